"""The pre-meeting briefing on paper: print preview, printer or PDF.

A thin layer over the pure renderer in briefing_html: it builds the Briefing
through the services, passes translated labels and dates in the user's locale,
and prints on A4 or Letter as the locale has it. The window and
``netdesk briefing --pdf`` share this code.
"""

from __future__ import annotations

import errno
import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from netdesk.domain.briefing import Briefing
from netdesk.domain.meetings import Gap, MeetingKind
from netdesk.models.formatting import short_date, to_local_qdatetime
from netdesk.printing.briefing_html import BriefingText, briefing_title, render_briefing_html
from netdesk.printing.document import export_pdf, preview_html
from netdesk.services.briefing import BriefingService
from netdesk.services.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("briefing", text)


def briefing_text() -> BriefingText:
    """The briefing's labels in the user's language."""
    return BriefingText(
        title=_tr("Briefing: {name}"),
        untitled=_tr("Briefing"),
        kicker=_tr("Briefing"),
        draft=_tr("draft"),
        kinds={
            MeetingKind.NETWORKING_INTERVIEW: _tr("Networking interview"),
            MeetingKind.COFFEE: _tr("Coffee"),
            MeetingKind.CALL: _tr("Call"),
            MeetingKind.EVENT: _tr("Event"),
        },
        role=_tr("{position} at {organisation}"),
        when=_tr("When"),
        where=_tr("Where"),
        not_set=_tr("not set yet"),
        confirmed=_tr("Confirmed"),
        yes=_tr("yes"),
        not_yet=_tr("not yet"),
        email=_tr("Email"),
        phone=_tr("Phone"),
        linkedin=_tr("LinkedIn"),
        missing=_tr("Still missing:"),
        gaps={
            Gap.NO_PURPOSE: _tr("no purpose written down"),
            Gap.NO_INTRODUCTION: _tr("no introduction"),
            Gap.NO_RESEARCH: _tr("no research"),
            Gap.NO_QUESTIONS: _tr("no questions"),
            Gap.FEW_QUESTIONS: _tr("fewer than five questions"),
            Gap.MANY_QUESTIONS: _tr("more than ten questions"),
            Gap.NO_REFERRAL_QUESTION: _tr("no question asking whom else to talk to"),
            Gap.NOT_CONFIRMED: _tr("the meeting is not confirmed"),
            Gap.NO_CV: _tr("CV not ready"),
            Gap.ROUTE_NOT_CHECKED: _tr("route or link not checked"),
        },
        no_person=_tr("No person chosen yet"),
        person=_tr("The person"),
        how_met=_tr("How we met"),
        first_met=_tr("First met"),
        referred_by=_tr("Led to them by"),
        referred_to=_tr("They referred me to"),
        history=_tr("Our conversations so far"),
        no_history=_tr("We have not spoken before."),
        promises=_tr("Open promises"),
        they_offered=_tr("They offered"),
        i_offered=_tr("I offered"),
        due=_tr("due {date}"),
        overdue=_tr("overdue, was due {date}"),
        research=_tr("Research"),
        culture=_tr("Culture"),
        positions=_tr("Positions"),
        availability=_tr("Availability of work"),
        news=_tr("Recent news"),
        position=_tr("The position or field"),
        background=_tr("Their background"),
        no_research=_tr("No research written down yet."),
        purpose=_tr("What I want to learn"),
        no_purpose=_tr("No purpose written down yet."),
        information_only=_tr(
            "A networking interview is for information and advice, not a request for a job."
        ),
        introduction=_tr("My introduction"),
        no_introduction=_tr("No introduction chosen yet."),
        spoken=_tr("{words} words: about {seconds} seconds spoken, at {rate} words a minute."),
        too_long=_tr("That is {over} seconds over the {target} seconds I aimed for."),
        from_pitch=_tr("From my pitch \u201c{name}\u201d."),
        tailored=_tr("Tailored for this meeting from my pitch \u201c{name}\u201d."),
        questions=_tr("My questions"),
        no_questions=_tr("No questions prepared yet."),
        asked_before=_tr("asked before, on {date}"),
        came_up=_tr("came up on {date}: {topic}"),
        materials=_tr("To bring and check"),
        cv=_tr("CV"),
        business_card=_tr("Business cards"),
        route_checked=_tr("Route or video link checked"),
        meeting_confirmed=_tr("Meeting confirmed"),
        afterwards=_tr("Afterwards"),
        afterwards_items=(
            _tr("Send thanks within 24 hours, saying how the conversation helped"),
            _tr("Connect on LinkedIn with a personal note"),
            _tr("Tell whoever referred me how it went"),
            _tr("Log the conversation in netdesk, with any new referrals and promises"),
        ),
        prepared=_tr("prepared {date}"),
    )


def format_when(moment: datetime) -> str:
    """The meeting's day in full and its time, in the user's locale and zone."""
    local = to_local_qdatetime(moment)
    locale = QLocale()
    return (
        f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)}, "
        f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def format_day(day: date) -> str:
    return short_date(day)


def render(briefing: Briefing) -> tuple[str, str]:
    """The briefing's HTML and title, in the user's language and locale."""
    text = briefing_text()
    html = render_briefing_html(briefing, text, format_when, format_day)
    return html, briefing_title(briefing, text)


def briefing_html_for(workspace: Workspace, meeting_id: int) -> str:
    """Raises RecordNotFoundError if there is no such meeting."""
    return render(BriefingService.of(workspace).build(meeting_id))[0]


def show_briefing_preview(
    parent: QWidget, workspace: Workspace, meeting_id: int
) -> QPrintPreviewDialog:
    """Open the print preview (window-modal, not blocking), from which the
    user prints or, through the printer list, saves a PDF."""
    html, title = render(BriefingService.of(workspace).build(meeting_id))
    return preview_html(parent, html, title)


def save_briefing_pdf(workspace: Workspace, meeting_id: int, path: Path) -> None:
    """Write the briefing to ``path`` as a PDF on the locale's paper size.

    Raises RecordNotFoundError for an unknown meeting, and OSError when the
    file cannot be written (Qt's printer would only fail silently).
    """
    html, title = render(BriefingService.of(workspace).build(meeting_id))
    # Written beside the target and moved over it only when complete: a failed
    # export never leaves an older PDF standing as if it were this one.
    partial = path.with_name(f".{path.name}.part")
    # Readable by its owner only, whatever the umask: the printer writes into
    # this file and keeps its mode. Creating it also shows the folder exists
    # and a file may be written there.
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        export_pdf(html, title, partial)
        with partial.open("rb") as written:
            if written.read(5) != b"%PDF-":
                raise OSError(errno.EIO, _tr("the PDF could not be written"), str(path))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)

"""The pre-meeting briefing as HTML: a pure function of a Briefing.

No Qt here, so the page is testable anywhere: every label comes in a
BriefingText (English defaults; the Qt layer passes a translated one), dates
are formatted by the functions the caller passes in, and every piece of user
text goes through html.escape. The HTML keeps to what Qt's rich-text engine
understands (HTML 4 tables, lists and a small CSS subset) and reads in black
and white: nothing is said by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from netdesk.domain.briefing import (
    Briefing,
    BriefingPerson,
    BriefingQuestion,
    Introduction,
    OpenPromise,
    ReferralBranch,
)
from netdesk.domain.meetings import Gap, MeetingKind, MeetingStatus
from netdesk.domain.streak import local_day, local_zone

TICKED = "\u2611"  # ☑
UNTICKED = "\u2610"  # ☐
NOTE_LINES = 2  # ruled lines to write on under each question

_CSS = """
body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
h1 { font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 4px; }
ul, ol { margin-top: 0px; margin-bottom: 4px; }
li { margin-bottom: 1px; }
.kicker { font-size: 8pt; font-weight: bold; color: #444; letter-spacing: 1px; }
.role { font-size: 11pt; margin-bottom: 6px; }
.label { font-weight: bold; padding-right: 10px; white-space: nowrap; }
.muted { color: #555; }
.small { font-size: 8pt; color: #444; }
.gaps { border-color: #000; }
.intro { font-size: 10.5pt; line-height: 125%; margin-left: 12px; margin-right: 12px; }
.number { font-weight: bold; white-space: nowrap; }
.q { margin-bottom: 6px; }
.question { font-weight: bold; }
.rule { border-bottom: 1px solid #888; height: 27px; }
.box { font-size: 11pt; padding-right: 4px; }
"""


def _kinds() -> dict[MeetingKind, str]:
    return {
        MeetingKind.NETWORKING_INTERVIEW: "Networking interview",
        MeetingKind.COFFEE: "Coffee",
        MeetingKind.CALL: "Call",
        MeetingKind.EVENT: "Event",
    }


def _gaps() -> dict[Gap, str]:
    return {
        Gap.NO_PURPOSE: "no purpose written down",
        Gap.NO_INTRODUCTION: "no introduction",
        Gap.NO_RESEARCH: "no research",
        Gap.NO_QUESTIONS: "no questions",
        Gap.FEW_QUESTIONS: "fewer than five questions",
        Gap.MANY_QUESTIONS: "more than ten questions",
        Gap.NO_REFERRAL_QUESTION: "no question asking whom else to talk to",
        Gap.NOT_CONFIRMED: "the meeting is not confirmed",
        Gap.NO_CV: "CV not ready",
        Gap.ROUTE_NOT_CHECKED: "route or link not checked",
    }


def _afterwards() -> tuple[str, ...]:
    return (
        "Send thanks within 24 hours, saying how the conversation helped",
        "Connect on LinkedIn with a personal note",
        "Tell whoever referred me how it went",
        "Log the conversation in netdesk, with any new referrals and promises",
    )


@dataclass(frozen=True)
class BriefingText:
    """Every word the briefing prints that is not the user's own."""

    title: str = "Briefing: {name}"
    untitled: str = "Briefing"
    kicker: str = "Briefing"
    draft: str = "draft"
    kinds: Mapping[MeetingKind, str] = field(default_factory=_kinds)
    role: str = "{position} at {organisation}"
    # The meeting.
    when: str = "When"
    where: str = "Where"
    not_set: str = "not set yet"
    confirmed: str = "Confirmed"
    yes: str = "yes"
    not_yet: str = "not yet"
    email: str = "Email"
    phone: str = "Phone"
    linkedin: str = "LinkedIn"
    missing: str = "Still missing:"
    gaps: Mapping[Gap, str] = field(default_factory=_gaps)
    no_person: str = "No person chosen yet"
    # The person.
    person: str = "The person"
    how_met: str = "How we met"
    first_met: str = "First met"
    referred_by: str = "Led to them by"
    referred_to: str = "They referred me to"
    history: str = "Our conversations so far"
    no_history: str = "We have not spoken before."
    promises: str = "Open promises"
    they_offered: str = "They offered"
    i_offered: str = "I offered"
    due: str = "due {date}"
    overdue: str = "overdue, was due {date}"
    # Research.
    research: str = "Research"
    culture: str = "Culture"
    positions: str = "Positions"
    availability: str = "Availability of work"
    news: str = "Recent news"
    position: str = "The position or field"
    background: str = "Their background"
    no_research: str = "No research written down yet."
    # Purpose and introduction.
    purpose: str = "What I want to learn"
    no_purpose: str = "No purpose written down yet."
    information_only: str = (
        "A networking interview is for information and advice, not a request for a job."
    )
    introduction: str = "My introduction"
    no_introduction: str = "No introduction chosen yet."
    spoken: str = "{words} words: about {seconds} seconds spoken, at {rate} words a minute."
    too_long: str = "That is {over} seconds over the {target} seconds I aimed for."
    from_pitch: str = "From my pitch \u201c{name}\u201d."
    tailored: str = "Tailored for this meeting from my pitch \u201c{name}\u201d."
    # Questions.
    questions: str = "My questions"
    no_questions: str = "No questions prepared yet."
    asked_before: str = "asked before, on {date}"
    came_up: str = "came up on {date}: {topic}"
    # Materials and afterwards.
    materials: str = "To bring and check"
    cv: str = "CV"
    business_card: str = "Business cards"
    route_checked: str = "Route or video link checked"
    meeting_confirmed: str = "Meeting confirmed"
    afterwards: str = "Afterwards"
    afterwards_items: tuple[str, ...] = field(default_factory=_afterwards)
    prepared: str = "prepared {date}"


def render_briefing_html(
    briefing: Briefing,
    text: BriefingText,
    format_when: Callable[[datetime], str],
    format_day: Callable[[date], str] = date.isoformat,
) -> str:
    """The whole briefing as one HTML document, ready for QTextDocument.setHtml.

    ``format_when`` writes the meeting's date and time; ``format_day`` writes
    calendar dates (earlier conversations, due dates, first met).
    """
    page = _Page(text, format_when, format_day)
    return page.render(briefing)


def briefing_title(briefing: Briefing, text: BriefingText) -> str:
    """The document's title (plain text, for a window or a PDF's metadata)."""
    if briefing.person is None:
        return text.untitled
    return text.title.format(name=briefing.person.name)


def _esc(value: str) -> str:
    return escape(value, quote=True)


def _block(value: str) -> str:
    """Multi-line user text with its line breaks kept."""
    return _esc(value).replace("\n", "<br>")


class _Page:
    def __init__(
        self,
        text: BriefingText,
        format_when: Callable[[datetime], str],
        format_day: Callable[[date], str],
    ) -> None:
        self.t = text
        self.when = format_when
        self.day = format_day

    def day_of(self, moment: datetime) -> str:
        return self.day(local_day(moment, local_zone()))

    def render(self, b: Briefing) -> str:
        parts = [
            "<html><head><meta charset='utf-8'>",
            f"<title>{_esc(briefing_title(b, self.t))}</title>",
            f"<style>{_CSS}</style></head><body>",
            self.header(b),
            self.gaps(b),
            self.person(b),
            self.history(b),
            self.promises(b),
            self.research(b),
            self.purpose(b),
            self.introduction(b.introduction),
            self.questions(b.questions),
            self.checklists(b),
            "</body></html>",
        ]
        return "".join(part for part in parts if part)

    # The top of the page: who, when, where ------------------------------------

    def header(self, b: Briefing) -> str:
        t = self.t
        kind = t.kinds.get(b.logistics.kind, b.logistics.kind.value)
        kicker = f"{t.kicker} \u00b7 {kind}"
        if b.logistics.status is MeetingStatus.DRAFT:
            kicker += f" ({t.draft})"
        kicker = kicker.upper() + " \u00b7 " + t.prepared.format(date=self.day_of(b.prepared_at))
        person = b.person
        name = person.name if person is not None else t.no_person
        parts = [f"<p class='kicker'>{_esc(kicker)}</p>", f"<h1>{_esc(name)}</h1>"]
        role = _role(person, t) if person is not None else ""
        if role:
            parts.append(f"<p class='role'>{role}</p>")
        logistics = b.logistics
        rows = [
            (t.when, _esc(self.when(logistics.starts_at)) if logistics.starts_at else ""),
            (t.where, _esc(logistics.place)),
        ]
        rows = [(label, value or f"<i>{_esc(t.not_set)}</i>") for label, value in rows]
        rows.append((t.confirmed, _esc(t.yes if logistics.confirmed else t.not_yet)))
        if person is not None:
            rows += [
                (t.phone, ", ".join(_esc(p) for p in person.phones)),
                (t.email, ", ".join(_esc(e) for e in person.emails)),
                (t.linkedin, _esc(person.linkedin_url)),
            ]
        parts.append(_table(rows))
        return "".join(parts)

    def gaps(self, b: Briefing) -> str:
        if not b.gaps:
            return ""
        items = "; ".join(_esc(self.t.gaps.get(gap, gap.value)) for gap in b.gaps)
        return (
            "<table class='gaps' width='100%' cellspacing='0' cellpadding='4' border='1' "
            "style='border-collapse: collapse;'><tr><td>"
            f"<b>{_esc(self.t.missing)}</b> {items}</td></tr></table>"
        )

    # The person and our history ------------------------------------------------

    def person(self, b: Briefing) -> str:
        person = b.person
        if person is None:
            return ""
        t = self.t
        rows = [
            (t.how_met, _esc(person.how_met)),
            (t.first_met, _esc(self.day(person.first_met)) if person.first_met else ""),
            (
                t.referred_by,
                " \u2192 ".join(_esc(n) for n in (*person.referred_by, person.name))
                if person.referred_by
                else "",
            ),
            (t.referred_to, _branches(person.referred_to)),
        ]
        table = _table(rows)
        return f"<h2>{_esc(t.person)}</h2>{table}" if table else ""

    def history(self, b: Briefing) -> str:
        if b.person is None:
            return ""
        t = self.t
        if not b.earlier:
            return f"<h2>{_esc(t.history)}</h2><p class='muted'>{_esc(t.no_history)}</p>"
        rows = "".join(
            f"<tr><td class='label'>{_esc(self.day_of(c.occurred_at))}</td>"
            f"<td class='muted' style='padding-right: 10px;'>{_esc(c.channel)}</td>"
            f"<td>{_esc(c.topics)}</td></tr>"
            for c in b.earlier
        )
        return (
            f"<h2>{_esc(t.history)} ({len(b.earlier)})</h2>"
            f"<table cellspacing='0' cellpadding='1'>{rows}</table>"
        )

    def promises(self, b: Briefing) -> str:
        if not b.promises:
            return ""
        t = self.t
        rows = [
            (t.they_offered, self.promise_list(b.promises_to_me)),
            (t.i_offered, self.promise_list(b.promises_by_me)),
        ]
        return f"<h2>{_esc(t.promises)}</h2>{_table(rows)}"

    def promise_list(self, promises: tuple[OpenPromise, ...]) -> str:
        lines = []
        for promise in promises:
            line = _esc(promise.description)
            if promise.due_on is not None:
                label = self.t.overdue if promise.overdue else self.t.due
                due = _esc(label.format(date=self.day(promise.due_on)))
                line += f" <i>({due})</i>" if not promise.overdue else f" <b>({due})</b>"
            lines.append(line)
        return "<br>".join(lines)

    # Research, purpose, introduction -------------------------------------------

    def research(self, b: Briefing) -> str:
        t = self.t
        if b.research.is_empty:
            return f"<h2>{_esc(t.research)}</h2><p class='muted'>{_esc(t.no_research)}</p>"
        found = b.research.organisation
        organisation = b.person.organisation if b.person is not None else ""
        rows = [
            (t.culture, _block(found.culture)),
            (t.positions, _block(found.positions)),
            (t.availability, _block(found.availability)),
            (t.news, _block(found.news)),
            (t.position, _block(b.research.position)),
            (t.background, _block(b.research.person_background)),
        ]
        heading = t.research + (f": {organisation}" if organisation else "")
        return f"<h2>{_esc(heading)}</h2>{_table(rows)}"

    def purpose(self, b: Briefing) -> str:
        t = self.t
        if b.purpose:
            parts = [f"<p>{_block(b.purpose)}</p>"]
        else:
            parts = [f"<p class='muted'>{_esc(t.no_purpose)}</p>"]
        if b.logistics.kind is MeetingKind.NETWORKING_INTERVIEW:
            parts.append(f"<p class='small'><i>{_esc(t.information_only)}</i></p>")
        return f"<h2>{_esc(t.purpose)}</h2>" + _whole("".join(parts))

    def introduction(self, intro: Introduction | None) -> str:
        t = self.t
        heading = f"<h2>{_esc(t.introduction)}</h2>"
        if intro is None:
            return heading + f"<p class='muted'>{_esc(t.no_introduction)}</p>"
        timing = intro.timing
        notes = [
            t.spoken.format(words=timing.words, seconds=timing.seconds, rate=intro.words_per_minute)
        ]
        if timing.over_by:
            notes.append(t.too_long.format(over=timing.over_by, target=timing.target_seconds))
        if intro.pitch_name:
            source = t.tailored if intro.tailored else t.from_pitch
            notes.append(source.format(name=intro.pitch_name))
        return heading + _whole(
            f"<p class='intro'>{_block(intro.text)}</p><p class='small'>{_esc(' '.join(notes))}</p>"
        )

    # Questions, with room for notes --------------------------------------------

    def questions(self, questions: tuple[BriefingQuestion, ...]) -> str:
        t = self.t
        heading = f"<h2>{_esc(t.questions)}</h2>"
        if not questions:
            return heading + f"<p class='muted'>{_esc(t.no_questions)}</p>"
        # A table of its own for each question, its ruled lines inside it: the
        # printer keeps short tables whole, so a page break never parts a
        # question from the room to write its answer.
        rules = (
            "<table width='100%' cellspacing='0' cellpadding='0' "
            "style='border-collapse: collapse;'>"
            + "<tr><td class='rule'>&nbsp;</td></tr>" * NOTE_LINES
            + "</table>"
        )
        return heading + "".join(
            "<table width='100%' cellspacing='0' cellpadding='2' class='q'><tr>"
            f"<td class='number' width='26' valign='top'>{number}.</td>"
            f"<td valign='top'><span class='question'>{_esc(question.text)}</span>"
            f"{self.covered(question)}{rules}</td></tr></table>"
            for number, question in enumerate(questions, start=1)
        )

    def covered(self, question: BriefingQuestion) -> str:
        covered = question.covered
        if covered is None:
            return ""
        day = self.day_of(covered.occurred_at)
        note = (
            self.t.asked_before.format(date=day)
            if covered.asked_before
            else self.t.came_up.format(date=day, topic=covered.topic)
        )
        return f" <span class='small'>({_esc(note)})</span>"

    # What to bring, and what to do afterwards ----------------------------------

    def checklists(self, b: Briefing) -> str:
        t = self.t
        materials = b.materials
        bring = "<br>".join(
            _check(done, label)
            for done, label in (
                (materials.cv, t.cv),
                (materials.business_card, t.business_card),
                (materials.route_checked, t.route_checked),
                (materials.confirmed, t.meeting_confirmed),
            )
        )
        after = "<br>".join(_check(False, item) for item in t.afterwards_items)
        return (
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='38%' valign='top'><h2>{_esc(t.materials)}</h2><p>{bring}</p></td>"
            "<td width='4%'></td>"
            f"<td width='58%' valign='top'><h2>{_esc(t.afterwards)}</h2><p>{after}</p></td>"
            "</tr></table>"
        )


def _whole(html: str) -> str:
    """A one-cell table around a passage: the printer keeps short tables on
    one page, with the heading before them."""
    return f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td>{html}</td></tr></table>"


def _check(done: bool, label: str) -> str:
    box = TICKED if done else UNTICKED
    return f"<span class='box'>{box}</span> {_esc(label)}"


def _role(person: BriefingPerson, t: BriefingText) -> str:
    position, organisation = _esc(person.position), _esc(person.organisation)
    if position and organisation:
        # The template is ours and the values are escaped already.
        return _esc(t.role).format(position=position, organisation=organisation)
    return position or organisation


def _branches(branches: tuple[ReferralBranch, ...]) -> str:
    if not branches:
        return ""

    def one(branch: ReferralBranch) -> str:
        onwards = ", ".join(one(b) for b in branch.onwards)
        return _esc(branch.name) + (f" (\u2192 {onwards})" if onwards else "")

    return ", ".join(one(b) for b in branches)


def _table(rows: list[tuple[str, str]]) -> str:
    """Label and value rows; rows without a value are left out. Values are HTML."""
    cells = "".join(
        f"<tr><td class='label' valign='top'>{_esc(label)}</td><td>{value}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>" if cells else ""

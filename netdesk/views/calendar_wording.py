"""The sentences a calendar export writes, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesk.domain.meetings import MeetingKind
from netdesk.services.calendar_export import CalendarWording
from netdesk.views.meeting_kinds import kind_labels


def calendar_wording() -> CalendarWording:
    def tr(text: str) -> str:
        return QCoreApplication.translate("calendar", text)

    kinds: dict[MeetingKind, str] = kind_labels()
    return CalendarWording(
        follow_up=tr("Follow up with {name}"),
        follow_up_detail=tr("Keep in touch every {days} days. Last in touch: {last}."),
        never_in_touch=tr("not yet"),
        promise_mine=tr("Promised {name}: {description}"),
        promise_theirs=tr("Remind {name}: {description}"),
        meeting=tr("{kind} with {name}"),
        meeting_no_one=tr("{kind}"),
        conversation=tr("{channel} with {name}"),
        conversation_no_channel=tr("Meeting with {name}"),
        organisation=tr("Organisation: {name}"),
        kinds=kinds,
    )

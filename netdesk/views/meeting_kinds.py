"""The kinds of meeting, as people read them: shared by the Meetings screen
and the preparation wizard (one translation context for both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesk.domain.meetings import MeetingKind


def kind_labels() -> dict[MeetingKind, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MeetingKinds", text)

    return {
        MeetingKind.NETWORKING_INTERVIEW: tr("Networking interview"),
        MeetingKind.COFFEE: tr("Coffee"),
        MeetingKind.CALL: tr("Call"),
        MeetingKind.EVENT: tr("Event"),
    }

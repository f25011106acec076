"""One app-wide notifier: after a successful write, the code that wrote says
what kind of data changed, and every screen showing that kind refreshes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    contacts_changed = Signal()
    organisations_changed = Signal()
    conversations_changed = Signal()
    promises_changed = Signal()
    channels_changed = Signal()
    trash_changed = Signal()
    pitches_changed = Signal()
    meetings_changed = Signal()

    def everything(self) -> None:
        for signal in (
            self.contacts_changed,
            self.organisations_changed,
            self.conversations_changed,
            self.promises_changed,
            self.channels_changed,
            self.trash_changed,
            self.pitches_changed,
            self.meetings_changed,
        ):
            signal.emit()

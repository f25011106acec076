"""Small input widgets the dialogs share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from netdesk.models.formatting import from_qdate, to_qdate


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box switches the date on."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._on_check_toggled)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)

    @Slot(bool)
    def _on_check_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

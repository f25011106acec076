"""The shared shape of every add/edit dialog: a form, a plain-text error area
that names each field at fault, and Save that only closes once the service
has accepted the draft. Closing a form that was changed (Esc, Cancel, the
window's close button) first asks whether to discard the changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.errors import FieldError, NetdeskError, ValidationError
from netdesk.messages import describe_error, describe_field_error
from netdesk.views.appearance import Tone, set_tone, tone_colour
from netdesk.views.common import plain_label

D = TypeVar("D")


class RecordDialog(QDialog, Generic[D]):
    def __init__(
        self,
        title: str,
        *,
        build: Callable[[], D],
        save: Callable[[D], object],
        parent: QWidget | None = None,
    ) -> None:
        """``build`` reads the form into a draft; ``save`` hands it to the service
        (raising ValidationError keeps the dialog open with the errors shown)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._build = build
        self._save = save
        self._fields: dict[str, tuple[str, QWidget]] = {}
        self._marked: list[QWidget] = []
        self._shown_state: list[object] | None = None
        self.discard_question: QMessageBox | None = None
        self.body = QWidget(self)
        self.error_label = plain_label()
        self.error_label.setObjectName("errors")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, Tone.ATTENTION, bold=True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves from anywhere, even inside a multi-line notes box.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def register_field(self, name: str, label: str, widget: QWidget) -> None:
        """Tie a draft field name to its widget, so errors can point at it."""
        self._fields[name] = (label.rstrip(":").replace("&", ""), widget)
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_state is None:  # the form as it opened, to tell a change
            self._shown_state = self._form_state()

    def is_changed(self) -> bool:
        """Anything in the form differs from how it opened."""
        return self._shown_state is not None and self._form_state() != self._shown_state

    def _form_state(self) -> list[object]:
        return [_value(widget) for widget in self.body.findChildren(QWidget)]

    @override
    def reject(self) -> None:
        """Esc, Cancel or the close button: a changed form asks first."""
        if not self.is_changed():
            super().reject()
        elif self.discard_question is None:
            self._ask_to_discard()

    def _ask_to_discard(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Discard your changes?"))
        box.setInformativeText(self.tr("What you typed in this form will be lost."))
        box.addButton(QMessageBox.StandardButton.Discard)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._on_discard_question_finished)
        self.discard_question = box
        box.open()

    @Slot(int)
    def _on_discard_question_finished(self, _result: int) -> None:
        box = self.discard_question
        self.discard_question = None
        if box is None:
            return
        clicked = box.clickedButton()
        discard = clicked is not None and box.standardButton(clicked) == (
            QMessageBox.StandardButton.Discard
        )
        box.deleteLater()
        if discard:
            super().reject()

    @override
    def accept(self) -> None:
        try:
            self._save(self._build())
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except NetdeskError as error:
            # A refused write (full disk, read-only file) keeps everything typed,
            # so Save can be pressed again once the cause is fixed.
            self._show_text(describe_error(error))
            return
        super().accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        for marked in self._marked:
            marked.setStyleSheet("")
        self._marked = []
        lines: list[str] = []
        for error in errors:
            label, field_widget = self._fields.get(error.field, (error.field, self.body))
            widget = field_widget if error.field in self._fields else None
            if error.index is not None and widget is not None and _is_multiline(widget):
                label = self.tr("{label} (line {line})").format(label=label, line=error.index + 1)
            lines.append(describe_field_error(error, label))
            if widget is not None and widget not in self._marked:
                widget.setStyleSheet(_invalid_style())
                widget.setAccessibleDescription(lines[-1])
                self._marked.append(widget)
        self._show_text("\n".join(lines))
        if self._marked:
            self._marked[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


def _invalid_style() -> str:
    """A field at fault gets a border in the warning colour of the palette in
    use; the error text above the buttons names it too, so colour is not the
    only sign."""
    return f"border: 2px solid {tone_colour(Tone.ATTENTION).name()};"


def _value(widget: QWidget) -> object:
    """What a person can change in one input, to compare before and after."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):  # dates and times too
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [widget.item(row).text() for row in range(widget.count())]
    return None


def _is_multiline(widget: QWidget) -> bool:
    return isinstance(widget, QPlainTextEdit)

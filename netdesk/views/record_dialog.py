"""The shared shape of every add/edit dialog: a form, a plain-text error area
that names each field at fault, and Save that only closes once the service
has accepted the draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
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


def _is_multiline(widget: QWidget) -> bool:
    return isinstance(widget, QPlainTextEdit)

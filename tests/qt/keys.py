"""Pressing keys the way a person does."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication


def press(qtbot, window, sequence: str) -> None:
    """Press a shortcut on the focused widget (where a real key press lands)."""
    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())

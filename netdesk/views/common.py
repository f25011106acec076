"""Small widget helpers used across the views."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def esc(text: str) -> str:
    """User text on its way into HTML: every <, > and & shown literally."""
    return escape(text, quote=True)


def esc_block(text: str) -> str:
    """Multi-line user text as HTML, line breaks kept."""
    return esc(text).replace("\n", "<br>")


def invitation(title: str, text: str, button: QPushButton) -> QWidget:
    """What an empty screen shows: what belongs here, and the one button
    that starts it (a heading, a short text at a readable width, the button)."""
    page = QWidget()
    heading = plain_label(title)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    heading.setFont(font)
    body = plain_label(text)
    body.setWordWrap(True)
    body.setMaximumWidth(640)  # a comfortable line length
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 24, 48, 24)
    layout.addStretch(1)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(2)
    return page


def plain_tooltip(text: str) -> str:
    """User text for a tooltip: Qt guesses whether a tooltip is rich text, so
    it is always given as escaped rich text (a typed <img> stays words)."""
    return f"<p>{esc_block(text)}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML (user data goes here)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def notes_edit(placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
    """A plain-text box sized to ``lines`` lines, where Tab moves on."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    metrics = edit.fontMetrics()
    edit.setMinimumHeight(metrics.lineSpacing() * lines + 12)
    return edit

"""A short tour of the main screens, one step each: what the screen is for
in the words of the networking advice, and the key that opens it. The tour
switches the tab as it goes; Esc or Skip ends it at any step, and Done goes
back to the first screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.views.common import plain_label

TOUR_DONE_KEY = "tour/done"


@dataclass(frozen=True, slots=True)
class TourStop:
    """One screen of the tour: its key (see ``TourDialog.texts``), the page
    to switch to, and the shortcut that opens it."""

    key: str
    page: QWidget
    shortcut: QKeySequence


class TourDialog(QDialog):
    """``show_page(page)`` switches the window's tab; ``ended(finished)`` says
    whether the last step was reached (False: skipped)."""

    ended = Signal(bool)
    step_changed = Signal(int)

    def __init__(
        self,
        stops: Sequence[TourStop],
        show_page: Callable[[QWidget], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TourDialog")
        self.setWindowTitle(self.tr("A short tour of netdesk"))
        texts = self.texts()
        self.stops = [stop for stop in stops if stop.key in texts]
        self._show_page = show_page
        self._texts = texts
        self.step = 0

        self.progress = plain_label()
        self.progress.setObjectName("tourProgress")
        self.title = plain_label()
        self.title.setObjectName("tourTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.body = plain_label()
        self.body.setObjectName("tourText")
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(380)
        self.key_label = plain_label()
        self.key_label.setObjectName("tourKey")

        # No mnemonics: the window behind keeps its Alt keys; Enter, Esc and
        # the arrow-free Tab order drive the tour.
        self.skip_button = QPushButton(self.tr("Skip tour"))
        self.skip_button.setToolTip(self.tr("End the tour (Esc). Help → Tour shows it again."))
        self.skip_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.key_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMaximumWidth(520)
        self.finished.connect(self._on_finished)
        self._show_step()

    def texts(self) -> dict[str, tuple[str, str]]:
        """Per screen: its name and what it is for."""
        tr = self.tr
        return {
            "today": (
                tr("Today"),
                tr(
                    "Network a little every day. Today shows what to do now: thank-you notes "
                    "to send, promises due for a reminder, people who have not heard from you "
                    "in a while, and your coming meetings."
                ),
            ),
            "contacts": (
                tr("Contacts"),
                tr(
                    "Everyone you know, and where they work. Tell them what kind of job you "
                    "are looking for, and note how often you want to keep in touch."
                ),
            ),
            "organisations": (
                tr("Organisations"),
                tr(
                    "The employers your contacts work for and those you would like to work "
                    "for, with your research: culture, positions and availability of work."
                ),
            ),
            "inventory": (
                tr("Inventory"),
                tr(
                    "Where the people you know work, by sector, and the target employers "
                    "where you know nobody yet: ask your contacts who could introduce you."
                ),
            ),
            "conversations": (
                tr("Conversations"),
                tr(
                    "Keep an overview of whom you spoke to, about what and when, whom they "
                    "referred you to, and whether you sent a message of thanks."
                ),
            ),
            "promises": (
                tr("Promises"),
                tr(
                    "What people offered to do for you, and you for them. Send a reminder "
                    "when a promise is due, and be a good contact to others too."
                ),
            ),
            "pitch": (
                tr("Pitch"),
                tr(
                    "Have a brief, clear introduction ready: who you are, what you want and "
                    "what you can do. Write it, time it and rehearse it."
                ),
            ),
            "meetings": (
                tr("Meetings"),
                tr(
                    "Never go ill-prepared. Prepare a networking interview step by step, print "
                    "a briefing to take along, and note afterwards how it helped."
                ),
            ),
        }

    @Slot()
    def next(self) -> None:
        if self.step + 1 >= len(self.stops):
            self.accept()
            return
        self.step += 1
        self._show_step()

    @Slot()
    def back(self) -> None:
        if self.step > 0:
            self.step -= 1
            self._show_step()

    def place_beside(self, window: QWidget) -> None:
        """Bottom right of the window, where it hides the least of the screen."""
        self.adjustSize()
        corner = window.mapToGlobal(QPoint(window.width(), window.height()))
        self.move(corner - QPoint(self.width() + 32, self.height() + 48))

    def _show_step(self) -> None:
        if not self.stops:
            return
        stop = self.stops[self.step]
        name, text = self._texts[stop.key]
        last = self.step + 1 == len(self.stops)
        self.progress.setText(
            self.tr("Step {step} of {count}").format(step=self.step + 1, count=len(self.stops))
        )
        self.title.setText(name)
        self.body.setText(text)
        keys = stop.shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        self.key_label.setText(self.tr("Open it with {keys}").format(keys=keys) if keys else "")
        self.key_label.setVisible(bool(keys))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.setAccessibleDescription(f"{name}. {text}")
        self._show_page(stop.page)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.step_changed.emit(self.step)

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        finished = result == QDialog.DialogCode.Accepted
        if finished and self.stops:
            # The walk ends where it began, on the screen to start the day with.
            self._show_page(self.stops[0].page)
        self.ended.emit(finished)

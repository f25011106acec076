"""Help → Networking guide: the advice netdesk is built on, as short points,
each with a button to the screen that serves it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.views.common import plain_label


@dataclass(frozen=True, slots=True)
class GuidePoint:
    text: str
    screen: str  # a key of GuideDialog.screen_names()


class GuideDialog(QDialog):
    """``screen_requested(key)`` asks the window to show a screen; the guide
    then closes. Keys: today, contacts, organisations, inventory,
    conversations, promises, pitch, meetings."""

    screen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("Networking guide"))
        names = self.screen_names()
        self.buttons: dict[GuidePoint, QPushButton] = {}

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        intro = plain_label(
            self.tr(
                "Networking means making and keeping contact with people who can help you "
                "reach your goals, and helping them in turn. It is the best way to learn "
                "about interesting employers and jobs. This is the advice netdesk is built "
                "on, with the screen that helps you follow it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # One grid for every section, so the buttons line up down the page.
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        row = 0
        for heading, points in self.sections():
            title = plain_label(heading)
            font = QFont(title.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            title.setFont(font)
            title.setContentsMargins(0, 12, 0, 2)
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for point in points:
                label = plain_label("• " + point.text)
                label.setWordWrap(True)
                button = QPushButton(self.tr("Go to {screen}").format(screen=names[point.screen]))
                button.setAutoDefault(False)
                button.setAccessibleDescription(point.text)
                button.clicked.connect(lambda _checked=False, s=point.screen: self._go(s))
                self.buttons[point] = button
                grid.addWidget(label, row, 0)
                grid.addWidget(button, row, 1)
                row += 1
        layout.addLayout(grid)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.addWidget(scroll, 1)
        outer.addWidget(close)
        close.setContentsMargins(0, 0, 12, 0)
        self.resize(760, 640)

    def screen_names(self) -> dict[str, str]:
        tr = self.tr
        return {
            "today": tr("Today"),
            "contacts": tr("Contacts"),
            "organisations": tr("Organisations"),
            "inventory": tr("Inventory"),
            "conversations": tr("Conversations"),
            "promises": tr("Promises"),
            "pitch": tr("Pitch"),
            "meetings": tr("Meetings"),
        }

    def sections(self) -> list[tuple[str, list[GuidePoint]]]:
        tr = self.tr
        return [
            (
                tr("Use your network to find work"),
                [
                    GuidePoint(
                        tr(
                            "Tell the people around you what kind of job you are looking for. "
                            "Write your goal down, and see whom you have not told yet."
                        ),
                        "pitch",
                    ),
                    GuidePoint(
                        tr("Make an inventory of where all your contacts work."),
                        "inventory",
                    ),
                    GuidePoint(
                        tr(
                            "Approach the contacts who matter for your search: what can they "
                            "tell you about the culture, the positions and the work available "
                            "where they work? Keep your research per organisation."
                        ),
                        "organisations",
                    ),
                    GuidePoint(
                        tr(
                            "Ask whether they know anyone who could help you further, and "
                            "note who referred you to whom."
                        ),
                        "conversations",
                    ),
                    GuidePoint(
                        tr(
                            "Help others the same way: by being a good contact to others, "
                            "you extend your own network."
                        ),
                        "promises",
                    ),
                ],
            ),
            (
                tr("Networking online"),
                [
                    GuidePoint(
                        tr(
                            "After meeting someone, connect on LinkedIn with a personal "
                            "message, and invite interesting people for a coffee."
                        ),
                        "contacts",
                    ),
                ],
            ),
            (
                tr("The networking interview"),
                [
                    GuidePoint(
                        tr(
                            "It is about information, orientation and advice, not a job "
                            "interview. Have a brief, clear introduction ready: who you are, "
                            "what you want, what you can do."
                        ),
                        "pitch",
                    ),
                    GuidePoint(
                        tr(
                            "Research the organisation and the position beforehand, and "
                            "prepare questions about what you do not know yet."
                        ),
                        "meetings",
                    ),
                    GuidePoint(
                        tr(
                            "Afterwards, thank them, and say how much and in what way the "
                            "meeting helped you."
                        ),
                        "today",
                    ),
                ],
            ),
            (
                tr("Do"),
                [
                    GuidePoint(
                        tr(
                            "Network every day: interesting people and information turn up "
                            "in unexpected places. Keep at it; networking is for the long term."
                        ),
                        "today",
                    ),
                    GuidePoint(
                        tr(
                            "Keep an overview of whom you spoke to, about what and when, whom "
                            "they referred you to, and whether you sent a message of thanks."
                        ),
                        "conversations",
                    ),
                    GuidePoint(
                        tr("Maintain your network: make sure people hear from you now and then."),
                        "contacts",
                    ),
                    GuidePoint(
                        tr(
                            "Send a reminder to people who said they could do something to "
                            "help you."
                        ),
                        "promises",
                    ),
                ],
            ),
            (
                tr("Don't"),
                [
                    GuidePoint(
                        tr(
                            "Don't ask for a job straight away, and don't only get in touch "
                            "when you need something: networking is about information."
                        ),
                        "pitch",
                    ),
                    GuidePoint(
                        tr(
                            "Don't go to a networking meeting ill-prepared: you would miss "
                            "the help and referrals you hoped for."
                        ),
                        "meetings",
                    ),
                    GuidePoint(
                        tr("Don't let your network lapse, even once you have a job."),
                        "today",
                    ),
                ],
            ),
        ]

    @Slot(str)
    def _go(self, screen: str) -> None:
        self.screen_requested.emit(screen)
        self.accept()

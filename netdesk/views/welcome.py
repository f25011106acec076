"""What a new user sees on an empty data file instead of an empty agenda:
three clear ways to start, each with a word on what happens next."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.views.common import plain_label


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that open a separate netdesk on a throwaway
    copy of the demo network (a frozen bundle is its own program)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "netdesk", "--demo"]


def start_demo() -> bool:
    """Start the demo beside this window; the user's own data is never opened."""
    program, arguments = demo_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class WelcomePage(QWidget):
    """Signals ask the window to act: ``import_requested`` (File → Import),
    ``add_contact_requested`` (the new-contact dialog), ``demo_requested``."""

    import_requested = Signal()
    add_contact_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        tr = self.tr

        heading = plain_label(tr("Welcome to netdesk"))
        heading.setObjectName("welcomeHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = plain_label(
            tr(
                "Most jobs are found through people. netdesk keeps track of who you know, "
                "where they work, what you talked about, whom they referred you to, and "
                "whether you thanked them. Everything stays on this computer.\n\n"
                "How would you like to start?"
            )
        )
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)

        # No mnemonics: the window's tabs and menus own the Alt keys.
        self.import_button = QPushButton(tr("Import my LinkedIn connections…"))
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        import_card = self._card(
            tr("Already connected on LinkedIn?"),
            tr(
                "Bring in everyone you are connected with, with where they work. To get the "
                "file from LinkedIn:\n"
                "1. Open LinkedIn and choose Me → Settings & Privacy.\n"
                "2. Under Data privacy, choose Get a copy of your data.\n"
                "3. Tick Connections only, and request the archive.\n"
                "4. LinkedIn emails you a link, usually within minutes; the download holds "
                "Connections.csv.\n"
                "Then choose the file here. You see a preview before anything is saved."
            ),
            self.import_button,
        )
        self.add_button = QPushButton(tr("Add my first contact…"))
        self.add_button.setObjectName("welcomeAdd")
        self.add_button.clicked.connect(self.add_contact_requested)
        add_card = self._card(
            tr("Starting from scratch?"),
            tr(
                "Start with one person you could ask for advice: a former colleague, a "
                "teacher, a friend who works where you would like to work. You can add "
                "the rest later, one by one or from a file."
            ),
            self.add_button,
        )
        self.demo_button = QPushButton(tr("Explore the demo network"))
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(self.demo_requested)
        demo_card = self._card(
            tr("Just looking around?"),
            tr(
                "See netdesk at work with invented people before you type anything. The "
                "demo opens in a separate window on a throwaway copy; it never mixes with "
                "your own data."
            ),
            self.demo_button,
        )

        column = QWidget()
        column.setObjectName("welcomeColumn")
        column.setMaximumWidth(760)  # readable lines on a wide screen
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(14)
        column_layout.addWidget(heading)
        column_layout.addWidget(intro)
        column_layout.addSpacing(6)
        for card in (import_card, add_card, demo_card):
            column_layout.addWidget(card)
        column_layout.addStretch(1)

        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(32, 24, 32, 24)
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.setTabOrder(self.import_button, self.add_button)
        self.setTabOrder(self.add_button, self.demo_button)
        self.setFocusProxy(self.import_button)  # Enter starts the first way at once

    def _card(self, title: str, text: str, button: QPushButton) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(title)
        heading = plain_label(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        body = plain_label(text)
        body.setWordWrap(True)
        button.setAccessibleDescription(text)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

"""Help → About netdesk: the version, what it is for, where the data lives
(a link that opens the folder), the licence, and the promise of privacy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from netdesk.views.common import esc, plain_label

LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(
        self, version: str, data_folder: Path, data_file: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About netdesk"))
        self.data_folder = data_folder

        title = plain_label(self.tr("netdesk {version}").format(version=version))
        title.setObjectName("aboutTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        purpose = plain_label(
            self.tr(
                "Your professional network during a job search: who you know, where they "
                "work, what you talked about, whom they referred you to, and whether you "
                "thanked them."
            )
        )
        purpose.setWordWrap(True)
        privacy = plain_label(
            self.tr(
                "netdesk uses no network: your data stays on this computer, in one file "
                "that only you can read."
            )
        )
        privacy.setWordWrap(True)

        folder_caption = plain_label(self.tr("Your data folder (click to open it):"))
        # The path is the user's own text on its way into HTML: escaped.
        self.folder_link = QLabel(
            f'<a href="{esc(QUrl.fromLocalFile(str(data_folder)).toString())}">'
            f"{esc(str(data_folder))}</a>"
        )
        self.folder_link.setObjectName("dataFolderLink")
        self.folder_link.setTextFormat(Qt.TextFormat.RichText)
        self.folder_link.setWordWrap(True)
        self.folder_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.folder_link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.folder_link.setAccessibleName(self.tr("Open the data folder"))
        self.folder_link.setAccessibleDescription(str(data_folder))
        self.folder_link.setToolTip(self.tr("Open this folder"))
        self.folder_link.linkActivated.connect(self._on_folder_link_activated)
        data_file_label = plain_label(self.tr("Data file: {name}").format(name=data_file.name))

        self.licence_label = plain_label(
            self.tr(
                "Free software: you may share and change it under the GNU General Public "
                "License, version 3 or later ({licence})."
            ).format(licence=LICENCE)
        )
        self.licence_label.setObjectName("licence")
        self.licence_label.setWordWrap(True)
        credit = plain_label(
            self.tr("The networking advice comes from the career service of Leiden University.")
        )
        credit.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(privacy)
        layout.addSpacing(6)
        layout.addWidget(folder_caption)
        layout.addWidget(self.folder_link)
        layout.addWidget(data_file_label)
        layout.addSpacing(6)
        layout.addWidget(self.licence_label)
        layout.addWidget(credit)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)

    @Slot(str)
    def _on_folder_link_activated(self, _link: str) -> None:
        self.open_folder()

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))

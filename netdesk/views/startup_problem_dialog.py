"""When the data file cannot be opened at start-up: say which file and what is
wrong, and offer a way on: the newest sound backup, another data folder, or
quitting with everything left as it is."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.clock import Clock, SystemClock
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.messages import describe_data_file_error
from netdesk.services.recovery import (
    GoodBackup,
    damaged_copy_name,
    newest_good_backup,
    restore_backup,
)
from netdesk.services.workspace import DATA_FILE_NAME, backups_folder
from netdesk.views.common import plain_label, show_error

# Problems a backup can cure. A folder in the file's place, or a file netdesk
# may not read, are the person's to sort out; another netdesk holding the lock
# only needs that window found.
RESTORABLE = frozenset(
    {
        DataFileProblem.DAMAGED,
        DataFileProblem.EMPTY,
        DataFileProblem.NOT_SQLITE,
        DataFileProblem.FOREIGN,
        DataFileProblem.TOO_NEW,
    }
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupProblemDialog", text)


class StartupChoice(Enum):
    QUIT = auto()
    RESTORE = auto()
    OTHER_FOLDER = auto()


class StartupProblemDialog(QDialog):
    def __init__(
        self,
        error: DataFileError,
        backup: GoodBackup | None,
        *,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StartupProblemDialog")
        self.setWindowTitle(self.tr("netdesk cannot open your data"))
        self.choice = StartupChoice.QUIT
        self._clock = clock or SystemClock()

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        self.problem = plain_label(describe_data_file_error(error))
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.problem, 1)

        self.restore_button: QCommandLinkButton | None = None
        if backup is not None and error.problem in RESTORABLE:
            self.restore_button = QCommandLinkButton(
                self.tr("&Restore the newest good backup"),
                self._restore_description(error, backup),
            )
            self.restore_button.setObjectName("restore")
            self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_folder_button = QCommandLinkButton(
            self.tr("&Open another data folder…"),
            self.tr(
                "Choose a folder holding a netdesk data file, or an empty folder to start a "
                "new one. Nothing here is changed."
            ),
        )
        self.other_folder_button.setObjectName("other_folder")
        self.other_folder_button.clicked.connect(self._on_other_folder_clicked)
        self.quit_button = QCommandLinkButton(
            self.tr("&Quit"), self.tr("Leave everything as it is, and close netdesk.")
        )
        self.quit_button.setObjectName("quit")
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        if self.restore_button is not None:
            layout.addWidget(self.restore_button)
        layout.addWidget(self.other_folder_button)
        layout.addWidget(self.quit_button)
        (self.restore_button or self.quit_button).setDefault(True)
        self.resize(620, self.sizeHint().height())

    def _restore_description(self, error: DataFileError, backup: GoodBackup) -> str:
        taken = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())).toLocalTime()
        locale = QLocale()
        when = self.tr("{date} at {time}").format(
            date=locale.toString(taken.date(), QLocale.FormatType.LongFormat),
            time=locale.toString(taken.time(), QLocale.FormatType.ShortFormat),
        )
        kept = damaged_copy_name(self._clock.now())
        if error.problem is DataFileProblem.TOO_NEW:
            lost = self.tr(
                "The backup is older than this file: every change made since {when}, "
                "including those made with the newer netdesk, is not in it."
            ).format(when=when)
        else:
            lost = self.tr("Changes made after that are not in it.")
        return self.tr(
            "The backup from {when}. {lost} Your current file is kept, unchanged, as {kept}."
        ).format(when=when, lost=lost, kept=kept)

    @Slot()
    def _on_restore_clicked(self) -> None:
        self.choice = StartupChoice.RESTORE
        self.accept()

    @Slot()
    def _on_other_folder_clicked(self) -> None:
        self.choice = StartupChoice.OTHER_FOLDER
        self.accept()


def resolve_startup_problem(
    error: DataFileError,
    data_dir: Path,
    parent: QWidget | None = None,
    *,
    clock: Clock | None = None,
) -> Path | None:
    """Ask how to go on. The data folder to try next (the same one once a
    backup is in place), or None to quit. Nothing is written unless the
    person chooses to restore; even then the unusable file is kept."""
    clock = clock or SystemClock()
    data_file = data_dir / DATA_FILE_NAME
    while True:
        backup = newest_good_backup(data_file) if error.problem in RESTORABLE else None
        dialog = StartupProblemDialog(error, backup, clock=clock, parent=parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if choice is StartupChoice.QUIT:
            return None
        if choice is StartupChoice.OTHER_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                parent,
                _tr("Choose a data folder for netdesk"),
                str(data_dir.parent),
            )
            if folder:
                return Path(folder)
            continue
        assert backup is not None  # the restore button is only there with one
        try:
            restore_backup(data_file, backup.path, clock.now())
        except (OSError, ValueError, DataFileError) as failure:
            show_error(
                parent,
                _tr("The backup could not be restored"),
                _tr(
                    "netdesk could not put the backup {backup} in place of {path} ({reason}). "
                    "Your data file has not been deleted. Backups are in {folder}."
                ).format(
                    backup=str(backup.path),
                    path=str(data_file),
                    reason=getattr(failure, "strerror", None) or str(failure),
                    folder=str(backups_folder(data_file)),
                ),
            )
            continue
        return data_dir

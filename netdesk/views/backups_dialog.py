"""File → Restore from backup…: the backups netdesk made, what restoring one
would change, and Restore (or a JSON backup file instead).

The restore runs on a worker with its own connection to the data file: it
checks every page of the backup, copies the data file aside and copies the
backup in, which takes seconds on a large file. SQLite's backup API writes
the backup into the data file in one write transaction, and any connection to
the file, the window's included, sees the result the moment it commits, so
the worker's connection serves as well as the window's, without freezing it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.errors import DataFileError, DataFileProblem, DataFileTooNewError
from netdesk.models.formatting import local_date_time, numerus
from netdesk.services.backups import BackupInfo, BackupReason, BackupService
from netdesk.services.workspace import SCHEMA_VERSION, Workspace, ensure_private_dir
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.background import BackgroundJob
from netdesk.views.common import plain_label
from netdesk.views.restore_dialog import ChangesTable

_PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Lists the backups, previews a restore, and restores on request.

    ``restored`` carries the copy of the data file kept before restoring (the
    window reloads every screen on it); ``json_requested`` asks the window to
    open its JSON backup flow instead."""

    restored = Signal(Path)
    json_requested = Signal()

    class Column:
        TAKEN = 0
        AGO = 1
        WHY = 2
        CONTACTS = 3
        ORGANISATIONS = 4
        CONVERSATIONS = 5

    def __init__(
        self,
        workspace: Workspace,
        backup_service: BackupService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._workspace = workspace
        self._service = backup_service
        self._job: BackgroundJob | None = None
        self._infos: dict[str, BackupInfo] = {}

        self.intro_label = plain_label()
        self.intro_label.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("When"),
                self.tr("Why"),
                self.tr("Contacts"),
                self.tr("Organisations"),
                self.tr("Conversations"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.Column.WHY, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        self.changes_label = plain_label(self.tr("What restoring the selected backup changes:"))
        self.changes = ChangesTable()
        self.changes.setAccessibleName(self.tr("Records now and after restoring the backup"))
        self.changes_label.setBuddy(self.changes)
        self.selected_label = plain_label()
        self.selected_label.setWordWrap(True)
        self.note_label = plain_label(
            self.tr(
                "Restoring replaces everything now in netdesk. A copy of your current data "
                "is kept first, in %1."
            ).replace("%1", str(backup_service.folder))
        )
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = plain_label()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # how long a page check takes is not known ahead
        self.progress.setAccessibleName(self.tr("Restoring"))
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.json_button: QPushButton = self.buttons.addButton(
            self.tr("Restore from a &JSON backup file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button: QPushButton = self.buttons.addButton(
            self.tr("Open backups &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close
        )
        for button in (self.restore_button, self.json_button, self.folder_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)  # Return never restores by accident
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.json_button.clicked.connect(self._on_json_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.selected_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.status_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.reload()

    # --- the list ------------------------------------------------------------

    def reload(self) -> None:
        """Read the backups folder again (names and counts; no page checks)."""
        infos = self._service.backups()
        self._infos = {str(info.path): info for info in infos}
        self.list.clear()
        now = self._workspace.clock.now()
        locale = QLocale()
        for info in infos:
            item = QTreeWidgetItem(
                [
                    local_date_time(info.taken_at),
                    self.ago_text(info.taken_at, now),
                    self.reason_text(info.reason),
                ]
            )
            item.setData(self.Column.TAKEN, _PATH_ROLE, str(info.path))
            item.setToolTip(self.Column.TAKEN, info.path.name)
            if info.counts is not None:
                counts = (
                    info.counts.contacts,
                    info.counts.organisations,
                    info.counts.conversations,
                )
                for column, count in enumerate(counts, start=self.Column.CONTACTS):
                    item.setText(column, locale.toString(count))
                    item.setTextAlignment(
                        column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            else:
                item.setText(self.Column.CONTACTS, self.tr("damaged"))
                item.setToolTip(self.Column.CONTACTS, self.unusable_text(info))
            self.list.addTopLevelItem(item)
        empty = not infos
        self.list.setVisible(not empty)
        for widget in (self.changes_label, self.changes, self.selected_label, self.note_label):
            widget.setVisible(not empty)
        if empty:
            self.intro_label.setText(
                self.tr(
                    "netdesk makes a backup when it closes, once a day while it runs, and "
                    "before it updates or restores your data; there is none yet."
                )
            )
            self.restore_button.setEnabled(False)
            self.json_button.setFocus()
        else:
            self.intro_label.setText(
                self.tr("Choose a backup to put back. The newest is at the top.")
            )
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
            self.list.setFocus()

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._infos.get(str(item.data(self.Column.TAKEN, _PATH_ROLE)))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_list_current_item_changed(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        self.status_label.hide()
        info = self.selected()
        self.changes.setRowCount(0)
        if info is None:
            self.selected_label.clear()
            self.restore_button.setEnabled(False)
            return
        if not info.restorable:
            self.selected_label.setText(self.unusable_text(info))
            self.restore_button.setEnabled(False)
            return
        try:
            plan = self._service.restore_plan(info.path)
        except DataFileError as error:
            self.selected_label.setText(self.problem_text(error))
            self.restore_button.setEnabled(False)
            return
        self.changes.show_changes(plan.tables)
        text = self.tr("Taken %1: %2.").replace("%1", local_date_time(info.taken_at))
        text = text.replace("%2", self.reason_text(info.reason))
        if info.schema_version is not None and info.schema_version < SCHEMA_VERSION:
            text += " " + self.tr(
                "It was made by an older netdesk and is brought up to date after restoring."
            )
        self.selected_label.setText(text)
        self.restore_button.setEnabled(self._job is None)

    # --- words ---------------------------------------------------------------

    def reason_text(self, reason: BackupReason) -> str:
        return {
            BackupReason.CLOSING: self.tr("When netdesk closed"),
            BackupReason.DAILY: self.tr("Daily backup"),
            BackupReason.MANUAL: self.tr("Made on request"),
            BackupReason.BEFORE_RESTORE: self.tr("Your data just before a restore"),
            BackupReason.BEFORE_MIGRATION: self.tr("Before an update of netdesk"),
            BackupReason.OTHER: self.tr("Backup"),
        }[reason]

    def ago_text(self, moment: datetime, now: datetime) -> str:
        """How long ago, in the largest whole unit ("3 days ago")."""
        seconds = (now - moment).total_seconds()
        if seconds < 0:
            return ""
        if seconds < 60:
            return self.tr("just now")
        minutes = int(seconds // 60)
        if minutes < 60:
            return numerus(self.tr("%n minute(s) ago", "", minutes), minutes)
        hours = minutes // 60
        if hours < 24:
            return numerus(self.tr("%n hour(s) ago", "", hours), hours)
        days = hours // 24
        if days < 14:
            return numerus(self.tr("%n day(s) ago", "", days), days)
        weeks = days // 7
        return numerus(self.tr("%n week(s) ago", "", weeks), weeks)

    def unusable_text(self, info: BackupInfo) -> str:
        if info.too_new:
            return self.too_new_text()
        return self.problem_words(info.problem or DataFileProblem.DAMAGED)

    def problem_text(self, error: DataFileError) -> str:
        if isinstance(error, DataFileTooNewError):
            return self.too_new_text()
        return self.problem_words(error.problem)

    def too_new_text(self) -> str:
        return self.tr("Made by a newer netdesk: update netdesk to restore it.")

    def problem_words(self, problem: DataFileProblem) -> str:
        texts = {
            DataFileProblem.MISSING: self.tr("The backup no longer exists."),
            DataFileProblem.FOREIGN: self.tr("This file is not a netdesk backup."),
            DataFileProblem.NO_ACCESS: self.tr("netdesk may not read this backup."),
        }
        return texts.get(problem, self.tr("This backup is damaged and cannot be restored."))

    # --- actions -------------------------------------------------------------

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is None or not info.restorable or self._job is not None:
            return
        service = self._service
        path = info.path
        job = BackgroundJob(
            lambda _progress: service.restore(path), self._workspace.thread_connection
        )
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        job.finished.connect(self._on_job_finished)
        self._job = job
        self._set_busy(True)
        job.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.list.setEnabled(not busy)
        for button in (self.restore_button, self.json_button, self.close_button):
            button.setEnabled(not busy)
        if busy:
            self._show_status(self.tr("Restoring… netdesk first checks the backup."))

    @Slot(object)
    def _on_job_succeeded(self, kept: object) -> None:
        assert isinstance(kept, Path)
        self.restored.emit(kept)
        self.accept()

    @Slot(object)
    def _on_job_failed(self, error: object) -> None:
        if isinstance(error, DataFileError):
            text = self.problem_text(error)
        else:
            text = self.tr("The backup could not be restored; your data is as it was. (%1)")
            text = text.replace("%1", str(error))
        self._show_status(text, error=True)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        set_tone(self.status_label, Tone.ATTENTION if error else None, bold=error)
        self.status_label.setText(text)
        self.status_label.show()

    @Slot(object)
    def _on_job_finished(self, _job: object) -> None:
        self._job = None
        self._set_busy(False)
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.restorable)

    @Slot()
    def _on_json_button_clicked(self) -> None:
        self.json_requested.emit()
        self.accept()

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        ensure_private_dir(self._service.folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._service.folder)))

    def is_restoring(self) -> bool:
        return self._job is not None

    @override
    def reject(self) -> None:
        if self._job is None:  # a restore under way finishes first
            super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()
            return
        super().closeEvent(event)

"""Restoring a JSON backup: what it holds, what it replaces, then Restore or Cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.models.formatting import local_date_time_long
from netdesk.services.json_backup import JsonBackupService, RestorePlan, TableChange
from netdesk.services.workspace import Workspace
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.background import BackgroundJob, Progress, Work, raise_unexpected
from netdesk.views.common import plain_label


class RestoreDialog(QDialog):
    """Shows a backup against the open data file and restores it on request.

    ``restored`` carries the copy of the data file kept before restoring; the
    window reloads every screen on it."""

    restored = Signal(Path)

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._service = JsonBackupService(workspace.clock, workspace.data_file)
        self._connection = workspace.thread_connection
        self._job: BackgroundJob | None = None
        self._path = path
        self.file_label = plain_label(self.tr("File: %1").replace("%1", path.name))
        self.file_label.setToolTip(str(path))
        self.made_label = plain_label()
        self.counts = ChangesTable()
        self.warning_label = plain_label()
        self.warning_label.setWordWrap(True)
        self.error_label = plain_label()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errors")
        set_tone(self.error_label, Tone.ATTENTION, bold=True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.made_label)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 440)
        self.plan: RestorePlan | None = None
        # Reading and checking a large backup takes seconds: on a worker.
        self.made_label.setText(self.tr("Reading the backup…"))
        self.restore_button.setEnabled(False)
        service = self._service

        def read(_progress: Progress) -> RestorePlan:
            return service.restore_plan(path)

        self._run(read, self._on_plan_read)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _run(self, work: Work, on_success: Callable[[object], None]) -> None:
        job = BackgroundJob(work, self._connection)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        self._job = job
        job.start()

    def _on_plan_read(self, plan: object) -> None:
        assert isinstance(plan, RestorePlan)
        self.plan = plan
        self.restore_button.setEnabled(True)
        self._show_plan(plan)

    def _on_failed(self, error: object) -> None:
        if not isinstance(error, ImportFileError):
            raise_unexpected(error)
        assert isinstance(error, ImportFileError)
        if self.plan is None:
            self._show_refusal(error)
        else:
            self._show_error(error)
            self.restore_button.setEnabled(True)
            self.cancel_button.setEnabled(True)

    def _on_finished(self, job: object) -> None:
        if job is self._job:
            self._job = None

    @override
    def reject(self) -> None:
        if self._job is not None and self.plan is not None:
            return  # a restore under way cannot be stopped half-way: wait for it
        super().reject()

    def _show_plan(self, plan: RestorePlan) -> None:
        self.made_label.setText(
            self.tr("Made on %1 by netdesk %2")
            .replace("%1", local_date_time_long(plan.exported_at))
            .replace("%2", plan.app_version or "?")
        )
        self.counts.show_changes(plan.tables)
        copy_note = self.tr("A copy of the current data file is kept first, in %1.").replace(
            "%1", str(plan.backups_folder)
        )
        if plan.data_file_empty:
            self.warning_label.setText(
                self.tr("The data file is empty: the backup fills it.") + " " + copy_note
            )
            self.restore_button.setDefault(True)
            self.restore_button.setFocus()
        else:
            self.warning_label.setText(
                self.tr(
                    "Everything now in netdesk will be replaced by the backup, "
                    "including what you added or changed since it was made."
                )
                + " "
                + copy_note
            )
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()

    def _show_refusal(self, error: ImportFileError) -> None:
        self.counts.hide()
        self.made_label.hide()
        self.restore_button.setEnabled(False)
        self.restore_button.hide()
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self._show_error(error)

    def _show_error(self, error: ImportFileError) -> None:
        text = self.problem_text(error.problem)
        where = []
        if error.row is not None:
            where.append(self.tr("row %1").replace("%1", str(error.row)))
        if error.detail:
            where.append(error.detail)
        if where:
            text += " (" + ", ".join(where) + ")"
        self.error_label.setText(text)
        self.error_label.show()

    def problem_text(self, problem: ImportFileProblem) -> str:
        texts = {
            ImportFileProblem.MISSING: self.tr("The file no longer exists."),
            ImportFileProblem.NO_ACCESS: self.tr("netdesk may not read this file."),
            ImportFileProblem.IS_DIRECTORY: self.tr("This is a folder, not a backup file."),
            ImportFileProblem.TOO_LARGE: self.tr("The file is far too large to be a backup."),
            ImportFileProblem.EMPTY: self.tr("The file is empty."),
            ImportFileProblem.UNDECODABLE: self.tr("The file is not UTF-8 text."),
            ImportFileProblem.WRONG_FORMAT: self.tr("This is not a netdesk backup."),
            ImportFileProblem.MALFORMED: self.tr("The backup is damaged or incomplete."),
            ImportFileProblem.TOO_NEW: self.tr(
                "The backup was made by a newer netdesk. Update netdesk to restore it."
            ),
            ImportFileProblem.UNKNOWN_TABLE: self.tr("The backup holds a table netdesk lacks."),
            ImportFileProblem.MISSING_TABLE: self.tr("The backup lacks a table."),
            ImportFileProblem.UNKNOWN_COLUMN: self.tr("The backup holds a field netdesk lacks."),
            ImportFileProblem.MISSING_COLUMN: self.tr("The backup lacks a field."),
            ImportFileProblem.WRONG_TYPE: self.tr("The backup holds a value of the wrong kind."),
            ImportFileProblem.INCONSISTENT: self.tr(
                "The backup's records do not fit together (a duplicate, or a link to a "
                "record that is missing)."
            ),
        }
        return texts.get(problem, self.tr("The backup cannot be read."))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.plan is None or self._job is not None:
            return
        self.restore_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.error_label.hide()
        self.warning_label.setText(self.tr("Restoring… this takes a moment for a large network."))
        service, path = self._service, self._path

        def restore(_progress: Progress) -> Path:
            return service.restore(path)

        self._run(restore, self._on_restored)

    def _on_restored(self, kept: object) -> None:
        assert isinstance(kept, Path)
        self.restored.emit(kept)
        self.accept()

    def counts_shown(self) -> dict[str, tuple[str, str]]:
        """Each row of the table: title -> (now, after restoring)."""
        return self.counts.counts_shown()


class ChangesTable(QTableWidget):
    """Records of each kind now and after a restore, plus those in the trash
    (shared by the restore of a JSON backup and of a backup file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._kinds = {
            "contact": self.tr("Contacts"),
            "organisation": self.tr("Organisations"),
            "conversation": self.tr("Conversations"),
            "promise": self.tr("Promises"),
            "referral": self.tr("Referrals"),
            "meeting": self.tr("Meetings"),
            "pitch": self.tr("Pitches"),
            "message": self.tr("Messages sent"),
            "message_template": self.tr("Own message templates"),
        }
        self.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("Now"), self.tr("After restoring")]
        )
        self.setAccessibleName(self.tr("Records now and after restoring"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_changes(self, tables: Sequence[TableChange]) -> None:
        locale = QLocale()
        changes = {change.table: change for change in tables}
        rows = [
            (title, changes[table].live_now, changes[table].live_after)
            for table, title in self._kinds.items()
            if table in changes
        ]
        trashed_now = sum(c.rows_now - c.live_now for c in tables)
        trashed_after = sum(c.rows_after - c.live_after for c in tables)
        rows.append((self.tr("In the trash"), trashed_now, trashed_after))
        self.setRowCount(len(rows))
        for number, (title, now, after) in enumerate(rows):
            self.setItem(number, 0, QTableWidgetItem(title))
            for column, count in ((1, now), (2, after)):
                item = QTableWidgetItem(locale.toString(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(number, column, item)

    def counts_shown(self) -> dict[str, tuple[str, str]]:
        """Each row: title -> (now, after restoring)."""
        found: dict[str, tuple[str, str]] = {}
        for row in range(self.rowCount()):
            cells = [self.item(row, column) for column in range(3)]
            title, now, after = (cell.text() if cell else "" for cell in cells)
            found[title] = (now, after)
        return found

"""File → Import…: read a file on a worker thread, preview what every row
will do, then write it all on the worker thread (or nothing, on Cancel).

The flow the person sees: the file's name and the format netdesk detected
(which they can change, and the file is read again); while reading, a busy
bar; then the counts, a filter and the table of rows; *Import* writes with a
progress bar and Cancel, which rolls everything back. Errors name the file,
line and field, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.import_plan import ImportPlan, ImportResult, PlanAction
from netdesk.domain.imports import (
    ImportCancelledError,
    ImportFileError,
    ImportFileProblem,
    ImportOutdatedError,
)
from netdesk.interchange import formats
from netdesk.interchange.contact_file import ContactFile
from netdesk.messages import describe_import_file_error, format_label
from netdesk.models.formatting import numerus
from netdesk.services.workspace import Workspace
from netdesk.views.background import BackgroundJob, Progress, Work, raise_unexpected
from netdesk.views.common import plain_label
from netdesk.views.import_preview import (
    ACTION,
    DETAILS,
    EMAIL,
    LINE,
    NAME,
    ORGANISATION,
    ImportPreviewModel,
    action_label,
)

# Refusals that choosing another format may cure.
_FORMAT_PROBLEMS = frozenset(
    {ImportFileProblem.WRONG_FORMAT, ImportFileProblem.NO_ROWS, ImportFileProblem.MALFORMED}
)


class _Stage(Enum):
    READING = auto()
    REFUSED = auto()
    PREVIEW = auto()
    WRITING = auto()
    STOPPING = auto()


class ImportDialog(QDialog):
    """Import one file. ``imported`` carries the ImportResult once written."""

    imported = Signal(object)

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._path = path
        self._job: BackgroundJob | None = None
        self._plan: ImportPlan | None = None
        self._stage = _Stage.READING
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(760, 480)
        self.resize(980, 620)

        self.format_box = QComboBox()
        for name in formats.IMPORT_FORMAT_NAMES:
            if name != formats.JSON:  # a backup is restored, not imported
                self.format_box.addItem(format_label(name), name)
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.activated.connect(self._on_format_chosen)
        self.detected_label = QLabel()
        format_row = QHBoxLayout()
        format_row.addWidget(self.format_box)
        format_row.addWidget(self.detected_label, 1)

        self.file_label = plain_label(str(path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        format_caption = QLabel(self.tr("&Format:"))
        format_caption.setBuddy(self.format_box)
        form.addRow(format_caption, format_row)

        self.status_label = plain_label()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)

        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Show rows"))
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_box.currentIndexChanged.connect(self._on_filter_changed)
        filter_caption = QLabel(self.tr("&Show:"))
        filter_caption.setBuddy(self.filter_box)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_caption)
        filter_row.addWidget(self.filter_box)
        filter_row.addStretch(1)

        self.model = ImportPreviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (LINE, "000000"),
            (ACTION, "Duplicate__"),
            (NAME, "Annemarie van den Berg"),
            (ORGANISATION, "Rijksmuseum Amsterdam"),
            (EMAIL, "annemarie@example.org"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(DETAILS, 280)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._write)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self._read(None)

    # Reading ------------------------------------------------------------------

    def _read(self, format_name: str | None) -> None:
        self._plan = None
        self.model.set_plan(None)
        self._set_stage(_Stage.READING)
        self.status_label.setText(self.tr("Reading {file}…").format(file=self._path.name))
        importing, path = self._workspace.importing, self._path

        def work(_progress: Progress) -> tuple[ContactFile, ImportPlan]:
            return importing.read_and_plan(path, format_name)

        self._run(work, self._on_read, self._on_read_failed)

    def _on_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        read, plan = result
        assert isinstance(read, ContactFile)
        assert isinstance(plan, ImportPlan)
        self._plan = plan
        self._select_format(read.format_name)
        self.detected_label.setText(self.tr("read as {encoding}").format(encoding=read.encoding))
        self.model.set_plan(plan)
        self._fill_filter(plan)
        self._set_stage(_Stage.PREVIEW)
        self.status_label.setText(self._summary(plan))
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_read_failed(self, error: object) -> None:
        if isinstance(error, ImportFileError):
            if error.format_name and error.format_name != formats.JSON:
                self._select_format(error.format_name)
            # Another format helps only a text file read the wrong way; an empty,
            # binary or unreadable file needs another file.
            another_format = error.problem in _FORMAT_PROBLEMS
            advice = (
                self.tr("Nothing has been imported. Choose another format above, or Cancel.")
                if another_format
                else self.tr("Nothing has been imported. Cancel, and choose another file.")
            )
            self.status_label.setText(describe_import_file_error(error) + "\n" + advice)
            self.detected_label.setText("")
            self._set_stage(_Stage.REFUSED)
            (self.format_box if another_format else self.cancel_button).setFocus()
            return
        raise_unexpected(error)

    def _on_format_chosen(self, _index: int) -> None:
        if self._stage in (_Stage.PREVIEW, _Stage.REFUSED):
            self._read(str(self.format_box.currentData()))

    def _select_format(self, name: str) -> None:
        index = self.format_box.findData(name)
        if index >= 0:
            self.format_box.setCurrentIndex(index)

    def _fill_filter(self, plan: ImportPlan) -> None:
        counts = {action: 0 for action in PlanAction}
        for row in plan.rows:
            counts[row.action] += 1
        number = QLocale().toString
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(
            self.tr("Every row ({count})").format(count=number(len(plan.rows))), None
        )
        for action in PlanAction:
            if counts[action]:
                self.filter_box.addItem(
                    f"{action_label(action)} ({number(counts[action])})", action
                )
        self.filter_box.setCurrentIndex(0)
        self.filter_box.blockSignals(False)
        self.model.show_only(None)

    def _on_filter_changed(self, _index: int) -> None:
        data = self.filter_box.currentData()  # Qt hands a StrEnum back as its str value
        self.model.show_only(PlanAction(data) if data else None)

    def _summary(self, plan: ImportPlan) -> str:
        counts = plan.counts
        number = QLocale().toString
        text = self.tr(
            "{rows} rows: {new} new, {updated} to update, {duplicates} already known or "
            "repeated, {skipped} skipped."
        ).format(
            rows=number(len(plan.rows)),
            new=number(counts.new),
            updated=number(counts.updated),
            duplicates=number(counts.duplicates),
            skipped=number(counts.skipped),
        )
        if not plan.writes_anything:
            text += " " + self.tr("There is nothing new to import.")
        elif counts.skipped:
            text += " " + self.tr(
                "Skipped rows are listed with the reason; fix them in the file "
                "and import it again to add them."
            )
        return text

    # Writing ------------------------------------------------------------------

    def _write(self) -> None:
        plan = self._plan
        if plan is None or not plan.writes_anything or self._stage is not _Stage.PREVIEW:
            return
        self._set_stage(_Stage.WRITING)
        self.status_label.setText(self.tr("Importing… Cancel stops and changes nothing."))
        importing = self._workspace.importing

        def work(progress: Progress) -> ImportResult:
            return importing.apply(plan, progress)

        self._run(work, self._on_written, self._on_write_failed)

    def _on_progress(self, done: int, total: int) -> None:
        if self._stage is _Stage.WRITING:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _on_written(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.imported.emit(result)
        self._stage = _Stage.PREVIEW
        self.accept()

    def _on_write_failed(self, error: object) -> None:
        if isinstance(error, ImportCancelledError):
            if self._close_when_stopped:
                return
            self.status_label.setText(self.tr("Import cancelled: nothing was changed."))
            self._set_stage(_Stage.PREVIEW)
            return
        if isinstance(error, ImportOutdatedError):
            self.status_label.setText(
                self.tr(
                    "Your contacts changed since this preview; nothing was imported. "
                    "The file is being read again."
                )
            )
            self._read(str(self.format_box.currentData()))
            return
        raise_unexpected(error)

    # Running work -------------------------------------------------------------

    def _run(
        self, work: Work, on_success: Callable[[object], None], on_failure: Callable[[object], None]
    ) -> None:
        job = BackgroundJob(work, self._workspace.thread_connection)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(on_success)
        job.failed.connect(on_failure)
        job.finished.connect(self._on_job_finished)
        self._job = job
        job.start()

    def _on_job_finished(self, job: object) -> None:
        if self._job is not job:
            return  # an earlier job, already replaced by a newer one
        self._job = None
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    def _set_stage(self, stage: _Stage) -> None:
        self._stage = stage
        busy = stage in (_Stage.READING, _Stage.WRITING, _Stage.STOPPING)
        self.progress.setVisible(busy)
        if stage is _Stage.READING:
            self.progress.setRange(0, 0)  # busy: reading has no steps to count
        elif stage is _Stage.WRITING:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        self.format_box.setEnabled(stage in (_Stage.PREVIEW, _Stage.REFUSED))
        self.filter_box.setEnabled(stage is _Stage.PREVIEW)
        plan = self._plan
        can_import = stage is _Stage.PREVIEW and plan is not None and plan.writes_anything
        self.import_button.setEnabled(can_import)
        if plan is not None and can_import:
            count = plan.counts.new + plan.counts.updated
            self.import_button.setText(numerus(self.tr("&Import %n contact(s)", "", count), count))
        self.cancel_button.setEnabled(stage is not _Stage.STOPPING)
        self.cancel_button.setText(
            self.tr("Close") if stage is _Stage.PREVIEW and not can_import else self.tr("Cancel")
        )

    # Closing ------------------------------------------------------------------

    @override
    def reject(self) -> None:
        """Cancel: while work runs, stop it (a write rolls back) and close
        once the thread has ended."""
        job = self._job
        if job is not None and job.is_running():
            job.cancel()
            self._close_when_stopped = True
            self._set_stage(_Stage.STOPPING)
            self.status_label.setText(self.tr("Stopping… nothing will be changed."))
            return
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None and self._job.is_running():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

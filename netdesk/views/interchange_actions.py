"""The window's ways in and out for data: File → Import…, Export…, Restore
from backup…, Tools → Find duplicates…, and files dropped onto the window.

Kept apart from the main window so that window stays about screens; the
dialogs themselves are imported when first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from netdesk.domain.errors import NetdeskError
from netdesk.models.changes import Changes
from netdesk.models.formatting import numerus
from netdesk.services.workspace import Workspace

ShowDialog = Callable[[QWidget], None]


class InterchangeActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        changes: Changes,
        undo_stack: QUndoStack,
        show_dialog: ShowDialog,
        selected_contacts: Callable[[], Sequence[int]],
        report: Callable[[str, NetdeskError], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._changes = changes
        self._undo_stack = undo_stack
        self._show_dialog = show_dialog
        self._selected_contacts = selected_contacts
        self._report = report
        tr = self.tr
        self.import_action = self._action(
            tr("&Import contacts…"),
            self.choose_import,
            "Ctrl+Shift+I",
            tr("Add contacts from LinkedIn, a vCard file, Google or Outlook (or drop a file here)"),
        )
        self.export_action = self._action(
            tr("E&xport…"),
            self.export,
            "Ctrl+Shift+E",
            tr("Save contacts as vCard or CSV, your calendar as iCalendar, or a full backup"),
        )
        self.restore_action = self._action(
            tr("&Restore from backup…"),
            self.choose_restore,
            None,
            tr("Put back one of netdesk's backups, or a JSON backup; your data is kept first"),
        )
        self.duplicates_action = self._action(
            tr("Find &duplicates…"),
            self.find_duplicates,
            None,
            tr("Find people who are in your contacts twice, and merge them"),
        )

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: str | None, tip: str
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    # Import ---------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from netdesk.views.import_dialog import ImportDialog

        dialog = ImportDialog(self._workspace, path, self._window)
        dialog.imported.connect(self._on_imported)
        self._show_dialog(dialog)

    def _on_imported(self, result: object) -> None:
        from netdesk.domain.import_plan import ImportResult

        assert isinstance(result, ImportResult)
        self._changes.contacts_changed.emit()
        self._changes.organisations_changed.emit()
        new, updated = len(result.created_ids), len(result.updated_ids)
        text = numerus(self.tr("Imported %n new contact(s)", "", new), new)
        if updated:
            text += ", " + numerus(self.tr("updated %n", "", updated), updated)
        self._window.statusBar().showMessage(text + ".", 10_000)

    # Export ---------------------------------------------------------------------

    def export(self) -> None:
        from netdesk.views.export_dialog import ExportDialog

        dialog = ExportDialog(self._workspace, self._selected_contacts(), self._window)
        dialog.accepted.connect(lambda: self._on_exported(dialog))
        self._show_dialog(dialog)

    def _on_exported(self, dialog: QWidget) -> None:
        from netdesk.views.export_dialog import ExportDialog

        assert isinstance(dialog, ExportDialog)
        result = dialog.result_export
        if result is None:
            return
        from netdesk.services.exporting import ExportFormat

        if result.format is ExportFormat.JSON:
            text = self.tr("Backup written to {path}.").format(path=result.path)
        elif result.format is ExportFormat.ICS:
            text = numerus(
                self.tr("%n calendar entry(s) written to {path}.", "", result.records),
                result.records,
            ).format(path=result.path)
        else:
            text = numerus(
                self.tr("%n contact(s) written to {path}.", "", result.records), result.records
            ).format(path=result.path)
        self._window.statusBar().showMessage(text, 10_000)

    # Restore --------------------------------------------------------------------

    def choose_restore(self) -> None:
        from netdesk.views.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._workspace, self._workspace.backups, self._window)
        dialog.restored.connect(self._on_restored)
        dialog.json_requested.connect(self.choose_json)
        self._show_dialog(dialog)

    def choose_json(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore from backup"),
            str(self._workspace.data_dir),
            self.tr("netdesk backups (*.json);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        from netdesk.views.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._workspace, path, self._window)
        dialog.restored.connect(self._on_restored)
        self._show_dialog(dialog)

    def _on_restored(self, kept: Path) -> None:
        self._undo_stack.clear()  # nothing before a restore can be undone on top of it
        self._changes.everything()
        self._window.statusBar().showMessage(
            self.tr("Restored. Your data as it was is kept in {path}.").format(path=kept), 15_000
        )

    # Duplicates -----------------------------------------------------------------

    def find_duplicates(self) -> None:
        from netdesk.views.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(
            self._workspace,
            self._undo_stack,
            self._window,
            changes=self._changes,
            report=self._report,
            merging=self._workspace.merging,
        )
        self._show_dialog(dialog)

    # Dropped files --------------------------------------------------------------

    @staticmethod
    def dropped_file(urls: list[QUrl]) -> Path | None:
        """The one local file being dropped, if that is what is being dropped."""
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].is_file() else None

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if self.dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        path = self.dropped_file(event.mimeData().urls())
        if path is None:
            return
        event.acceptProposedAction()
        self.open_dropped(path)

    def open_dropped(self, path: Path) -> None:
        """A backup opens the restore dialog; anything else the import."""
        from netdesk.interchange import formats

        try:
            with path.open("rb") as handle:
                head = handle.read(4096)
        except OSError:
            head = b""
        if formats.detect_format(head, path.name) == formats.JSON:
            self.restore(path)
        else:
            self.import_file(path)

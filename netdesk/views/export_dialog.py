"""File → Export…: choose what to export and in which format, then where.

vCard and CSV export contacts (all, or the ones selected in the Contacts
list); iCalendar exports follow-ups, promises due and meetings; JSON is a
complete backup of everything, which File → Restore from backup… reads back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.messages import describe_export_target_error
from netdesk.models.formatting import numerus
from netdesk.services.exporting import SUFFIXES, ExportFormat, ExportResult, ExportTargetError
from netdesk.services.workspace import Workspace
from netdesk.views.common import plain_label, show_error

# The choices, in the order shown: (format, vCard version).
_VCARD3, _VCARD4, _CSV, _ICS, _JSON = range(5)
_CHOICES = {
    _VCARD3: (ExportFormat.VCARD, "3.0"),
    _VCARD4: (ExportFormat.VCARD, "4.0"),
    _CSV: (ExportFormat.CSV, ""),
    _ICS: (ExportFormat.ICS, ""),
    _JSON: (ExportFormat.JSON, ""),
}


class ExportDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selected = list(selected_ids)
        self.result_export: ExportResult | None = None
        self.setWindowTitle(self.tr("Export"))

        formats = QGroupBox(self.tr("Format"))
        self.format_group = QButtonGroup(self)
        format_layout = QVBoxLayout(formats)
        labels = {
            _VCARD3: self.tr("&vCard 3.0: contacts, for most address books and phones"),
            _VCARD4: self.tr("v&Card 4.0: contacts, for newer address books"),
            _CSV: self.tr("&Spreadsheet (CSV): contacts, one row each"),
            _ICS: self.tr("Ca&lendar (iCalendar): follow-ups, promises due and meetings"),
            _JSON: self.tr("&Backup (JSON): everything, to restore later or elsewhere"),
        }
        for choice, label in labels.items():
            button = QRadioButton(label)
            self.format_group.addButton(button, choice)
            format_layout.addWidget(button)
        self.format_group.button(_VCARD3).setChecked(True)
        self.format_group.idToggled.connect(self._update)

        scope = QGroupBox(self.tr("Contacts"))
        self.all_button = QRadioButton(self.tr("&All contacts"))
        self.selected_button = QRadioButton(
            numerus(
                self.tr("Only the %n selected contact(s)", "", len(self._selected)),
                len(self._selected),
            )
        )
        self.all_button.setChecked(True)
        self.selected_button.setEnabled(bool(self._selected))
        if self._selected and len(self._selected) > 1:
            self.selected_button.setChecked(True)
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(self.all_button)
        scope_layout.addWidget(self.selected_button)
        self.scope_box = scope

        self.todos_box = QCheckBox(self.tr("Follow-ups and promises as &to-dos, not events"))
        self.note = plain_label()
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export…"))
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(scope)
        layout.addWidget(self.todos_box)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._update()

    def choice(self) -> tuple[ExportFormat, str]:
        return _CHOICES[self.format_group.checkedId()]

    def _update(self, *_args: object) -> None:
        format_, _version = self.choice()
        contacts = format_ in (ExportFormat.VCARD, ExportFormat.CSV)
        self.scope_box.setEnabled(contacts)
        self.todos_box.setEnabled(format_ is ExportFormat.ICS)
        notes = {
            ExportFormat.VCARD: self.tr(
                "Every field netdesk holds goes into the cards, notes and profile links too; "
                "netdesk reads its own cards back without loss."
            ),
            ExportFormat.CSV: self.tr(
                "Cells that a spreadsheet could run as a formula start with an apostrophe."
            ),
            ExportFormat.ICS: self.tr(
                "Each entry has a reminder. Exporting again updates the same entries in your "
                "calendar rather than adding new ones."
            ),
            ExportFormat.JSON: self.tr(
                "The backup holds your notes on real people: keep it somewhere private."
            ),
        }
        self.note.setText(notes[format_])

    def default_name(self) -> str:
        format_, _version = self.choice()
        stem = {
            ExportFormat.VCARD: "netdesk-contacts",
            ExportFormat.CSV: "netdesk-contacts",
            ExportFormat.ICS: "netdesk-calendar",
            ExportFormat.JSON: "netdesk-backup",
        }[format_]
        today = self._workspace.clock.now().astimezone().date()
        return f"{stem}-{today.isoformat()}{SUFFIXES[format_]}"

    def _export(self) -> None:
        format_, version = self.choice()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(folder or Path.home()) / self.default_name())
        path = self.chosen_path(suggestion)
        if not path:
            return
        ids = self._selected if self.selected_button.isChecked() else None
        if format_ is ExportFormat.ICS:
            from netdesk.views.calendar_wording import calendar_wording

            self._workspace.calendar_export.wording = calendar_wording()
        try:
            self.result_export = self._workspace.exporting.export(
                Path(path),
                format_,
                contact_ids=ids if format_ in (ExportFormat.VCARD, ExportFormat.CSV) else None,
                vcard_version=version or "3.0",
                as_todos=self.todos_box.isChecked(),
            )
        except ExportTargetError as error:
            show_error(self, self.tr("Export failed"), describe_export_target_error(error))
            return
        except OSError as error:
            show_error(
                self,
                self.tr("Export failed"),
                self.tr("netdesk could not write {path}: {reason}. Nothing was written.").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return
        self.accept()

    def chosen_path(self, suggestion: str) -> str:
        """Where to write: asks with the platform's save dialog."""
        format_, _version = self.choice()
        filters = {
            ExportFormat.VCARD: self.tr("vCard files (*.vcf)"),
            ExportFormat.CSV: self.tr("CSV files (*.csv)"),
            ExportFormat.ICS: self.tr("Calendar files (*.ics)"),
            ExportFormat.JSON: self.tr("netdesk backups (*.json)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), suggestion, filters[format_]
        )
        return path

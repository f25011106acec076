"""File → Export… and ``netdesk export``: contacts as vCard or CSV, the
calendar as iCalendar, everything as a JSON backup. Every file is written
privately (0600) under a temporary name and moved into place only when
complete, so a failed export never leaves half a file or replaces a good one."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from netdesk.domain.contacts import Contact
from netdesk.domain.errors import NetdeskError
from netdesk.services.contacts import ContactService
from netdesk.store.backup import backups_dir
from netdesk.store.files import write_private_file

if TYPE_CHECKING:  # imported when used: the calendar library is not needed at start-up
    from netdesk.services.calendar_export import CalendarExportService
    from netdesk.services.json_backup import JsonBackupService


class ExportFormat(StrEnum):
    VCARD = "vcard"
    CSV = "csv"
    ICS = "ics"
    JSON = "json"


VCARD_VERSIONS = ("3.0", "4.0")
SUFFIXES = {
    ExportFormat.VCARD: ".vcf",
    ExportFormat.CSV: ".csv",
    ExportFormat.ICS: ".ics",
    ExportFormat.JSON: ".json",
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    records: int  # contacts, or calendar entries; 0 for a backup


class ExportTargetError(NetdeskError):
    """The chosen file is netdesk's own data (the data file, its journals, the
    lock, a backup): writing an export there would destroy it."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: netdesk's own data file; not overwritten")
        self.path = path


class ExportService:
    def __init__(
        self,
        contacts: ContactService,
        calendar: CalendarExportService,
        backup: JsonBackupService,
        data_file: Path,
    ) -> None:
        self._contacts = contacts
        self._calendar = calendar
        self._backup = backup
        self._data_file = data_file

    def check_target(self, path: Path) -> None:
        """Raise ExportTargetError if ``path`` is one of netdesk's own files."""
        data = self._data_file.resolve()
        own = {data.with_name(data.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
        target = path.resolve()
        folder = data.parent
        if (
            target in own
            or target.parent == backups_dir(data).resolve()
            or (target.parent == folder and target.suffix in (".sqlite3", ".lock"))
            or (path.exists() and any(o.exists() and os.path.samefile(path, o) for o in own))
        ):
            raise ExportTargetError(path)

    def export(
        self,
        path: Path,
        format: ExportFormat,
        *,
        contact_ids: Sequence[int] | None = None,
        vcard_version: str = "3.0",
        as_todos: bool = False,
    ) -> ExportResult:
        """Write ``path``. ``contact_ids`` limits a vCard or CSV export to
        those contacts (default: every contact not in the trash). Raises
        ExportTargetError, writing nothing, for one of netdesk's own files."""
        self.check_target(path)
        if format is ExportFormat.JSON:
            self._backup.export_json(path)
            return ExportResult(path, format, 0)
        if format is ExportFormat.ICS:
            count = self._calendar.export(path, as_todos=as_todos)
            return ExportResult(path, format, count)
        contacts = self._chosen(contact_ids)
        if format is ExportFormat.VCARD:
            from netdesk.interchange.vcard_write import write_vcard

            if vcard_version not in VCARD_VERSIONS:
                raise ValueError(vcard_version)
            text = write_vcard(contacts, vcard_version, uuids=self._introducers(contacts))
            data = text.encode("utf-8")
        else:
            from netdesk.interchange.csv_export import write_contacts_csv

            data = write_contacts_csv(contacts)

        def write(stream: BinaryIO) -> None:
            stream.write(data)

        write_private_file(path, write)
        return ExportResult(path, format, len(contacts))

    def _introducers(self, contacts: list[Contact]) -> dict[int, str]:
        """The uuid of everyone who introduced one of ``contacts``."""
        ids = {c.met_through_id for c in contacts if c.met_through_id is not None}
        known = {c.id: c.uuid for c in contacts if c.id in ids}
        missing = [i for i in ids if i not in known]
        known.update((c.id, c.uuid) for c in self._contacts.get_many(missing))
        return known

    def _chosen(self, contact_ids: Sequence[int] | None) -> list[Contact]:
        ids = list(contact_ids) if contact_ids is not None else self._contacts.search_ids()
        return [c for c in self._contacts.get_many(ids) if c.deleted_at is None]

"""The open data file and the services over it: what the window and the
command line are handed once the file has been checked and opened."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.domain.clock import Clock, SystemClock
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.store import db
from netdesk.store.backup import backups_dir
from netdesk.store.db import DATA_FILE_NAME, FileSummary
from netdesk.store.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    from netdesk.services.agenda import TodayService
    from netdesk.services.backups import BackupService
    from netdesk.services.calendar_export import CalendarExportService
    from netdesk.services.channels import ChannelService
    from netdesk.services.contacts import ContactService
    from netdesk.services.conversations import ConversationService
    from netdesk.services.exporting import ExportService
    from netdesk.services.goal import GoalService
    from netdesk.services.importing import ImportService
    from netdesk.services.inventory import InventoryService
    from netdesk.services.json_backup import JsonBackupService
    from netdesk.services.meetings import MeetingService
    from netdesk.services.merging import MergeService
    from netdesk.services.organisations import OrganisationService
    from netdesk.services.outreach import OutreachService
    from netdesk.services.overview import OverviewService
    from netdesk.services.phrases import PhraseService
    from netdesk.services.pitches import PitchService
    from netdesk.services.promises import PromiseService
    from netdesk.services.settings import SettingsService
    from netdesk.services.trash import TrashService

__all__ = [
    "DATA_FILE_NAME",
    "SCHEMA_VERSION",
    "Counts",
    "FileSummary",
    "Workspace",
    "ensure_private_dir",
]

ensure_private_dir = db.ensure_private_dir


def summarise(data_file: Path) -> FileSummary:
    """Version, counts and integrity of a data file, without writing to it."""
    return db.summarise_data_file(data_file)


@dataclass(frozen=True, slots=True)
class Counts:
    contacts: int
    organisations: int
    conversations: int
    open_promises: int
    trash: int


def backups_folder(data_file: Path) -> Path:
    """Where the backups of ``data_file`` are kept."""
    return backups_dir(data_file)


class Workspace:
    def __init__(self, data_file: Path, clock: Clock) -> None:
        self.data_file = data_file
        self.clock = clock
        # The language of the interface ("en", "nl"): services that ship text
        # (message templates, the question bank, the demo network) pick theirs.
        self.language = "en"
        # SQLite's page check: start-up runs it only after an unclean shutdown
        # (or before a migration); otherwise it runs in the background.
        self._verified = threading.Event()
        self._verified.set()
        self._verdict: list[str] = ["ok"]

    # The services, each built (and its modules imported) when first used:
    # start-up imports only what the first screen needs. Python 3.12 dropped
    # cached_property's lock, so a worker thread is handed a service the
    # window's thread has already touched (as every BackgroundJob is).

    @cached_property
    def organisations(self) -> OrganisationService:
        from netdesk.services.organisations import OrganisationService

        return OrganisationService(self.clock)

    @cached_property
    def contacts(self) -> ContactService:
        from netdesk.services.contacts import ContactService

        return ContactService(self.clock, self.organisations)

    @cached_property
    def channels(self) -> ChannelService:
        from netdesk.services.channels import ChannelService

        return ChannelService(self.clock)

    @cached_property
    def conversations(self) -> ConversationService:
        from netdesk.services.conversations import ConversationService

        return ConversationService(self.clock, self.contacts)

    @cached_property
    def promises(self) -> PromiseService:
        from netdesk.services.promises import PromiseService

        return PromiseService(self.clock, self.contacts)

    @cached_property
    def trash(self) -> TrashService:
        from netdesk.services.trash import TrashService

        return TrashService(self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        from netdesk.services.settings import SettingsService

        return SettingsService()

    @cached_property
    def phrases(self) -> PhraseService:
        from netdesk.services.phrases import PhraseService

        return PhraseService(self.settings)

    @cached_property
    def goal(self) -> GoalService:
        from netdesk.services.goal import GoalService

        return GoalService(self.clock, self.organisations)

    @cached_property
    def pitches(self) -> PitchService:
        from netdesk.services.pitches import PitchService

        return PitchService(self.clock, self.settings)

    @cached_property
    def meetings(self) -> MeetingService:
        from netdesk.services.meetings import MeetingService

        return MeetingService(
            self.clock,
            self.contacts,
            self.conversations,
            self.promises,
            self.channels,
            self.settings,
            language=lambda: self.language,
        )

    @cached_property
    def overview(self) -> OverviewService:
        from netdesk.services.overview import OverviewService

        return OverviewService(
            self.clock,
            self.contacts,
            self.organisations,
            self.conversations,
            self.promises,
            self.meetings,
        )

    @cached_property
    def today(self) -> TodayService:
        from netdesk.services.agenda import TodayService

        return TodayService(self.clock, self.goal)

    @cached_property
    def outreach(self) -> OutreachService:
        from netdesk.services.outreach import OutreachService

        return OutreachService(
            self.clock, self.goal, self.phrases, self.settings, language=lambda: self.language
        )

    @cached_property
    def inventory(self) -> InventoryService:
        from netdesk.services.inventory import InventoryService

        return InventoryService()

    @cached_property
    def importing(self) -> ImportService:
        from netdesk.services.importing import ImportService

        return ImportService(self.clock, self.contacts, self.organisations)

    @contextlib.contextmanager
    def thread_connection(self) -> Iterator[None]:
        """For work on a worker thread: a connection of its own to the data
        file (one per thread), closed when the work is done."""
        db.database.connect(reuse_if_open=True)
        try:
            yield
        finally:
            db.database.close()

    # Services only some actions need, built (and their libraries imported)
    # when first used, so start-up does not pay for them.

    @cached_property
    def json_backup(self) -> JsonBackupService:
        from netdesk.services.json_backup import JsonBackupService

        return JsonBackupService(self.clock, self.data_file)

    @cached_property
    def backups(self) -> BackupService:
        from netdesk.services.backups import BackupService

        return BackupService(self.clock, self.data_file, self.settings)

    @cached_property
    def calendar_export(self) -> CalendarExportService:
        from netdesk.services.calendar_export import CalendarExportService

        return CalendarExportService(self.clock)

    @cached_property
    def exporting(self) -> ExportService:
        from netdesk.services.exporting import ExportService

        return ExportService(self.contacts, self.calendar_export, self.json_backup, self.data_file)

    @cached_property
    def merging(self) -> MergeService:
        from netdesk.services.merging import MergeService

        return MergeService(self.clock, self.trash)

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, create: bool = True) -> Workspace:
        """Open (creating or migrating if needed) the data file in ``data_dir``.

        Raises DataFileError, having written nothing, if the file is unusable.
        """
        clock = clock or SystemClock()
        db.ensure_private_dir(data_dir)
        data_file = data_dir / DATA_FILE_NAME
        opened = db.open_data_file(data_file, clock.now(), create=create)
        workspace = cls(data_file, clock)
        if not opened.verified:
            workspace._start_verification()
        return workspace

    def _start_verification(self) -> None:
        """Check every page in a worker thread (its own read-only connection)
        while the window starts; the first write waits for the verdict."""
        done = threading.Event()
        verdict: list[str] = []

        def run() -> None:
            verdict.extend(db.verify_data_file(self.data_file))
            done.set()

        def gate() -> None:
            done.wait()
            if verdict != ["ok"]:
                raise DataFileError(self.data_file, DataFileProblem.DAMAGED, "; ".join(verdict))
            db.set_write_gate(None)

        self._verdict = verdict
        self._verified = done
        db.set_write_gate(gate)
        threading.Thread(target=run, name="netdesk-verify", daemon=True).start()

    def verification(self) -> list[str] | None:
        """The page check's verdict (["ok"] when sound), or None while it runs."""
        return list(self._verdict) if self._verified.is_set() else None

    def close(self, *, damaged: bool = False) -> None:
        """Close the file; a damaged one is closed without writing to it."""
        self._verified.wait()
        db.set_write_gate(None)
        db.close_data_file(checkpoint=not damaged)

    @property
    def data_dir(self) -> Path:
        return self.data_file.parent

    @property
    def backups_dir(self) -> Path:
        return backups_dir(self.data_file)

    def counts(self) -> Counts:
        return Counts(
            contacts=self.contacts.count(),
            organisations=self.organisations.count(),
            conversations=self.conversations.count(),
            open_promises=self.promises.count_open(),
            trash=self.trash.count(),
        )

    def is_empty(self) -> bool:
        counts = self.counts()
        return not (counts.contacts or counts.organisations or counts.trash)

"""The open data file and the services over it: what the window and the
command line are handed once the file has been checked and opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netdesk.domain.clock import Clock, SystemClock
from netdesk.services.channels import ChannelService
from netdesk.services.contacts import ContactService
from netdesk.services.conversations import ConversationService
from netdesk.services.organisations import OrganisationService
from netdesk.services.overview import OverviewService
from netdesk.services.promises import PromiseService
from netdesk.services.trash import TrashService
from netdesk.store import db
from netdesk.store.backup import backups_dir
from netdesk.store.db import DATA_FILE_NAME, FileSummary
from netdesk.store.migrations import SCHEMA_VERSION

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
        self.organisations = OrganisationService(clock)
        self.contacts = ContactService(clock, self.organisations)
        self.channels = ChannelService(clock)
        self.conversations = ConversationService(clock, self.contacts)
        self.promises = PromiseService(clock, self.contacts)
        self.trash = TrashService(clock)
        self.overview = OverviewService(
            clock, self.contacts, self.organisations, self.conversations, self.promises
        )

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, create: bool = True) -> Workspace:
        """Open (creating or migrating if needed) the data file in ``data_dir``.

        Raises DataFileError, having written nothing, if the file is unusable.
        """
        clock = clock or SystemClock()
        db.ensure_private_dir(data_dir)
        data_file = data_dir / DATA_FILE_NAME
        db.open_data_file(data_file, clock.now(), create=create)
        return cls(data_file, clock)

    def close(self) -> None:
        db.close_data_file()

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

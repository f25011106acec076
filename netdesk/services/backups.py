"""Rotating backups of the data file, and putting one of them back.

Backups are whole-file copies made with SQLite's backup API: when netdesk
closes, at most once a calendar day while it runs, before a migration and
before a restore. Restoring copies a backup into the open data file with the
same API, so the file changes in one transaction: any connection sees either
all of the old data or all of the backup, and a crash midway leaves the old.

Everything here works on the calling thread's connection (peewee keeps one
per thread), so it may run on a worker that has opened its own
(``Workspace.thread_connection``): the copies take seconds on a large file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from peewee import SqliteDatabase

from netdesk.domain.clock import Clock, to_iso
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.domain.streak import local_day, local_zone
from netdesk.services.json_backup import (
    TableChange,
    backed_up_tables,
    count_rows,
    holds_nothing,
)
from netdesk.services.settings import SettingsService
from netdesk.store.backup import (
    KEEP_BACKUPS,
    KEEP_LAST_KEY,
    KEEP_LAST_RANGE,
    KEEP_WEEKS,
    KEEP_WEEKS_KEY,
    KEEP_WEEKS_RANGE,
    BackupReason,
    Retention,
    backups_dir,
    list_backups,
    open_read_only,
    parse_backup_name,
    read_backup_contents,
    take_backup,
)
from netdesk.store.db import database, inspect_data_file
from netdesk.store.migrations import SCHEMA_VERSION, run_migrations

__all__ = [
    "BackupCounts",
    "BackupInfo",
    "BackupReason",
    "BackupRestorePlan",
    "BackupService",
    "Retention",
]


@dataclass(frozen=True, slots=True)
class BackupCounts:
    """Live records (not in the trash) in a backup."""

    contacts: int
    organisations: int
    conversations: int
    promises: int
    meetings: int


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: BackupReason
    size: int  # bytes
    schema_version: int | None  # None when it cannot be read
    counts: BackupCounts | None  # None when it cannot be read
    problem: DataFileProblem | None = None  # why it cannot be read
    detail: str = ""

    @property
    def damaged(self) -> bool:
        return self.problem is not None

    @property
    def too_new(self) -> bool:
        """Made by a newer netdesk: this one cannot restore it."""
        return self.schema_version is not None and self.schema_version > SCHEMA_VERSION

    @property
    def restorable(self) -> bool:
        return not self.damaged and not self.too_new


@dataclass(frozen=True, slots=True)
class BackupRestorePlan:
    """What restoring a backup would change, table by table."""

    backup: BackupInfo
    tables: tuple[TableChange, ...]
    data_file_empty: bool
    backups_folder: Path  # where the copy taken before restoring goes

    def change(self, table: str) -> TableChange:
        return next(change for change in self.tables if change.table == table)


class BackupService:
    def __init__(
        self,
        clock: Clock,
        data_file: Path,
        settings: SettingsService,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        self._clock = clock
        self._data_file = data_file
        self._settings = settings
        self._tz = tz or local_zone()
        # A daily backup on a worker and a restore must not interleave: the
        # restore's rotation could delete the backup being restored.
        self._lock = threading.RLock()

    @property
    def folder(self) -> Path:
        return backups_dir(self._data_file)

    # --- retention ---------------------------------------------------------

    def retention(self) -> Retention:
        return Retention(
            keep_last=self._settings.integer(
                KEEP_LAST_KEY,
                KEEP_BACKUPS,
                minimum=KEEP_LAST_RANGE[0],
                maximum=KEEP_LAST_RANGE[1],
            ),
            keep_weeks=self._settings.integer(
                KEEP_WEEKS_KEY,
                KEEP_WEEKS,
                minimum=KEEP_WEEKS_RANGE[0],
                maximum=KEEP_WEEKS_RANGE[1],
            ),
        )

    def set_retention(self, retention: Retention) -> None:
        """Store new rules; they apply from the next backup on."""
        for value, (low, high) in (
            (retention.keep_last, KEEP_LAST_RANGE),
            (retention.keep_weeks, KEEP_WEEKS_RANGE),
        ):
            if not low <= value <= high:
                raise ValueError(f"{value} is outside {low}..{high}")
        self._settings.set_integer(KEEP_LAST_KEY, retention.keep_last)
        self._settings.set_integer(KEEP_WEEKS_KEY, retention.keep_weeks)

    # --- taking ------------------------------------------------------------

    def take(self, reason: BackupReason = BackupReason.MANUAL) -> Path:
        """Back up the open data file (through this thread's connection),
        verify the copy, rotate; return the backup's path."""
        word = f"before-v{SCHEMA_VERSION}" if reason is BackupReason.BEFORE_MIGRATION else reason
        with self._lock:
            return take_backup(
                database.connection(),
                self._data_file,
                reason=str(word),
                now=self._clock.now(),
                retention=self.retention(),
            )

    def daily_due(self) -> bool:
        """No backup at all yet on today's calendar date where the user is.
        Reads only the backups' names."""
        today = local_day(self._clock.now(), self._tz)
        for path in list_backups(self._data_file):
            name = parse_backup_name(path.name)
            if name is not None and local_day(name.taken_at, self._tz) == today:
                return False
        return True

    def changed_since_last_backup(self) -> bool:
        """Whether the data file (or its write-ahead log) was written after
        the newest backup was made. Reads only file times: cheap at any size."""
        backups = list_backups(self._data_file)
        if not backups:
            return True
        newest = backups[-1].stat().st_mtime
        written = self._data_file.stat().st_mtime
        wal = self._data_file.with_name(self._data_file.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            written = max(written, wal.stat().st_mtime)
        return written > newest

    def take_if_changed(self, reason: BackupReason) -> Path | None:
        """A backup unless nothing changed since the last one: opening and
        closing netdesk ten times must not push the real history out."""
        with self._lock:
            # What closing writes (the planner's statistics, the log moved into
            # the file) is written first, so closing leaves the file as old as
            # this backup and the next session does not look changed.
            database.execute_sql("PRAGMA optimize")
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return self.take(reason) if self.changed_since_last_backup() else None

    def take_daily_if_due(self) -> Path | None:
        with self._lock:
            return self.take(BackupReason.DAILY) if self.daily_due() else None

    # --- listing -----------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """Every backup, newest first; a damaged one is described, not raised."""
        return [self.info(path) for path in reversed(list_backups(self._data_file))]

    def info(self, path: Path) -> BackupInfo:
        name = parse_backup_name(path.name)
        if name is None:
            raise ValueError(f"{path.name} is not a backup's name")
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        contents = read_backup_contents(path)
        counts = None
        if contents.problem is None:
            c = contents.counts
            counts = BackupCounts(
                contacts=c["contact"],
                organisations=c["organisation"],
                conversations=c["conversation"],
                promises=c["promise"],
                meetings=c["meeting"],
            )
        return BackupInfo(
            path=path,
            taken_at=name.taken_at,
            reason=name.reason,
            size=size,
            schema_version=contents.schema_version,
            counts=counts,
            problem=contents.problem,
            detail=contents.detail,
        )

    # --- restoring ---------------------------------------------------------

    def restore_plan(self, path: Path) -> BackupRestorePlan:
        """Record counts now and after restoring ``path``, table by table.
        Raises DataFileError (DataFileTooNewError for a newer backup), having
        written nothing, when it cannot be restored. No page check yet: that
        comes with the restore."""
        inspect_data_file(path, deep=False)
        backup = self.info(path)
        with _peewee_read_only(path) as stored:
            after = {name: count_rows(stored, name) for name in backed_up_tables(stored)}
        now = {name: count_rows(database, name) for name in backed_up_tables(database)}
        tables = tuple(
            TableChange(
                table=name,
                rows_now=rows[0],
                rows_after=after.get(name, (0, 0))[0],
                live_now=rows[1],
                live_after=after.get(name, (0, 0))[1],
            )
            for name, rows in now.items()
        )
        return BackupRestorePlan(backup, tables, holds_nothing(now), self.folder)

    def verify(self, path: Path) -> int:
        """The schema version of a sound backup netdesk can restore. Raises
        DataFileError naming the problem otherwise (SQLite's full
        integrity_check: seconds for a large file)."""
        version = inspect_data_file(path, deep=False)
        try:
            with contextlib.closing(open_read_only(path)) as conn:
                verdict = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        except sqlite3.Error as exc:
            raise DataFileError(path, DataFileProblem.DAMAGED, str(exc)) from exc
        if verdict != ["ok"]:
            raise DataFileError(path, DataFileProblem.DAMAGED, "; ".join(verdict))
        return version

    def restore(self, path: Path) -> Path:
        """Replace the open data file's contents with the backup at ``path``;
        return the copy of the data file kept beforehand (reason
        before-restore). A backup of an older version is migrated once in
        place. On any failure the data file holds what it held before.

        Raises DataFileError (nothing changed) for a backup that is damaged,
        not netdesk's, or made by a newer netdesk."""
        with self._lock:
            version = self.verify(path)
            live = database.connection()
            now = self._clock.now()
            kept = take_backup(
                live,
                self._data_file,
                reason=BackupReason.BEFORE_RESTORE.value,
                now=now,
                retention=self.retention(),
                spare=(path,),
            )
            try:
                _copy_file_into(path, live)
                if version < SCHEMA_VERSION:
                    run_migrations(database, version, to_iso(now))
            except BaseException:
                # A failed copy changed nothing; a failed migration leaves the
                # backup's data half way: either way, put back what was there.
                with contextlib.suppress(sqlite3.Error):
                    _copy_file_into(kept, live)
                raise
            return kept


def _copy_file_into(path: Path, live: sqlite3.Connection) -> None:
    """Copy a whole database file into the database behind ``live``, in one
    step: one write transaction, which every connection to the file sees
    commit at once."""
    with contextlib.closing(open_read_only(path)) as source:
        source.backup(live, pages=-1)


@contextlib.contextmanager
def _peewee_read_only(path: Path) -> Iterator[SqliteDatabase]:
    stored = SqliteDatabase(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, autoconnect=False
    )
    stored.connect()
    try:
        yield stored
    finally:
        stored.close()

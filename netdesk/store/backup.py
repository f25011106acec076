"""Backups taken with SQLite's online backup API, verified, then rotated.

The copy is made in one step (``pages=-1``): a stepwise backup restarts on every
commit by another connection and can take minutes under load. A backup only
gets its final name after it has passed ``integrity_check`` and been synced.

A backup's name says when (UTC) and why it was taken:
``netdesk-20260115-090000-daily.sqlite3``, with a serial (``-2``) when that
name is already taken. Rotation decides from the names alone (see
``backups_to_delete``), so it never has to open the files.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path

from netdesk.domain.errors import DataFileProblem
from netdesk.domain.streak import local_day, local_zone
from netdesk.store.files import create_private_file, fsync_path

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
KEEP_WEEKS = 8
# Copies taken before a migration or a restore, kept whatever else rotates.
KEEP_PROTECTIVE = 3
KEEP_LAST_KEY = "backups.keep_last"
KEEP_WEEKS_KEY = "backups.keep_weeks"
KEEP_LAST_RANGE = (1, 1000)
KEEP_WEEKS_RANGE = (0, 520)

_INCOMING = ".incoming.tmp"
_NAME = re.compile(r"^netdesk-(\d{8}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")
_STAMP_END = len("netdesk-YYYYMMDD-HHMMSS")
_SERIAL = re.compile(r"-(\d+)\.sqlite3$")
_SERIAL_SUFFIX = re.compile(r"-\d+$")
_MIGRATION = re.compile(r"^before-v\d+$")
# One backup at a time in this process: they share the incoming file, and a
# rotation must not delete what another backup is about to name.
_taking = threading.Lock()


class BackupError(Exception):
    """A backup copy failed its integrity check and was discarded."""


class BackupReason(StrEnum):
    """Why a backup was taken; the value is the word in its name (a migration's
    backup is named ``before-v<version>`` after the version it preceded)."""

    CLOSING = "closing"
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_MIGRATION = "before-migration"
    OTHER = "other"


# A before-migration copy is the only copy of the data at the old schema
# version (every later backup is migrated), and a before-restore copy the only
# copy of what the restore replaced. Closing netdesk a dozen times, or one
# restore too many, would otherwise push them out of the newest N within a
# day, while the person may only notice next week that something is missing.
PROTECTIVE = frozenset({BackupReason.BEFORE_MIGRATION, BackupReason.BEFORE_RESTORE})


@dataclass(frozen=True, slots=True)
class Retention:
    """Which backups rotation keeps: the newest ``keep_last``, plus the newest
    of each of the last ``keep_weeks`` ISO weeks (this one included), plus the
    newest KEEP_PROTECTIVE taken before a migration or a restore."""

    keep_last: int = KEEP_BACKUPS
    keep_weeks: int = KEEP_WEEKS


@dataclass(frozen=True, slots=True)
class BackupName:
    """What a backup's file name says."""

    name: str
    taken_at: datetime  # aware, UTC
    reason: BackupReason
    serial: int  # 1, or the serial added when the same name was taken

    @property
    def age(self) -> tuple[str, int, str]:
        """Sort key, oldest first: the time in the name, then the serial
        ("…-manual-2" is newer than "…-manual", "-10" than "-9")."""
        return self.name[:_STAMP_END], self.serial, self.name


def parse_backup_name(name: str) -> BackupName | None:
    """The time and reason in a backup's name; None for anything else."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        taken_at = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    serial_match = _SERIAL.search(name[_STAMP_END:])
    serial = int(serial_match.group(1)) if serial_match else 1
    word = found.group(2) or ""
    if serial_match:
        word = _SERIAL_SUFFIX.sub("", word)
    return BackupName(name, taken_at, _reason_of(word), serial)


def _reason_of(word: str) -> BackupReason:
    if _MIGRATION.match(word):
        return BackupReason.BEFORE_MIGRATION
    try:
        reason = BackupReason(word)
    except ValueError:
        return BackupReason.OTHER
    return BackupReason.OTHER if reason is BackupReason.BEFORE_MIGRATION else reason


def backups_to_delete(
    names: Iterable[str], now: datetime, retention: Retention, tz: tzinfo
) -> list[str]:
    """The backups rotation deletes, oldest first. Pure: decided from the
    names (which carry time and reason), ``now`` and the user's time zone
    (whose calendar the weeks follow). Names that are not backups' stay."""
    parsed = sorted(
        (found for found in map(parse_backup_name, names) if found is not None),
        key=lambda backup: backup.age,
    )
    keep: set[str] = {backup.name for backup in parsed[-retention.keep_last :]}
    protective = [backup for backup in parsed if backup.reason in PROTECTIVE]
    keep.update(backup.name for backup in protective[-KEEP_PROTECTIVE:])
    if retention.keep_weeks > 0:
        first_monday = _monday(local_day(now, tz)) - timedelta(weeks=retention.keep_weeks - 1)
        newest_of_week: dict[date, str] = {}
        for backup in parsed:  # oldest first: the last one seen is the newest
            monday = _monday(local_day(backup.taken_at, tz))
            if monday >= first_monday:
                newest_of_week[monday] = backup.name
        keep.update(newest_of_week.values())
    return [backup.name for backup in parsed if backup.name not in keep]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def backups_dir(data_file: Path) -> Path:
    return data_file.parent / BACKUP_FOLDER


def list_backups(data_file: Path) -> list[Path]:
    """Backups of this data file, oldest first."""
    folder = backups_dir(data_file)
    if not folder.is_dir():
        return []
    found = [(parse_backup_name(p.name), p) for p in folder.iterdir()]
    return [path for name, path in sorted(_named(found), key=lambda pair: pair[0].age)]


def _named(
    found: Iterable[tuple[BackupName | None, Path]],
) -> Iterable[tuple[BackupName, Path]]:
    return ((name, path) for name, path in found if name is not None)


# Live records (not in the trash) a backup is described by.
COUNTED_TABLES = ("contact", "organisation", "conversation", "promise", "meeting")
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, as far as listing it needs to know."""

    schema_version: int | None  # None when it cannot be read
    counts: dict[str, int]  # live records per table of COUNTED_TABLES (0: no such table)
    problem: DataFileProblem | None = None
    detail: str = ""


def read_backup_contents(path: Path) -> BackupContents:
    """Version and record counts of a backup, read without writing to it.

    No page check: that is integrity_check's job before a restore (seconds
    for a large file, too slow for every backup each time they are listed).
    A file that cannot be read is described, never raised about."""
    from netdesk.store.db import APPLICATION_ID  # db imports this module

    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return BackupContents(None, {}, DataFileProblem.NO_ACCESS, exc.strerror or "")
    if not header:
        return BackupContents(None, {}, DataFileProblem.EMPTY)
    if not header.startswith(_SQLITE_HEADER):
        return BackupContents(None, {}, DataFileProblem.NOT_SQLITE)
    try:
        conn = open_read_only(path)
        try:
            if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                return BackupContents(None, {}, DataFileProblem.FOREIGN)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            present = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
            }
            counts = {
                table: int(
                    conn.execute(
                        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                    ).fetchone()[0]
                )
                if table in present
                else 0
                for table in COUNTED_TABLES
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupContents(None, {}, DataFileProblem.DAMAGED, str(exc))
    return BackupContents(version, counts)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. A backup is never open elsewhere, so
    it is also ``immutable``: no -wal or -shm side files appear beside it."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def read_retention(conn: sqlite3.Connection) -> Retention:
    """The retention set in a data file's settings (the defaults where none
    is set, or the file has no settings table yet)."""
    try:
        stored = dict(
            conn.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?)",
                (KEEP_LAST_KEY, KEEP_WEEKS_KEY),
            ).fetchall()
        )
    except sqlite3.Error:
        return Retention()
    return Retention(
        keep_last=bounded(stored.get(KEEP_LAST_KEY), KEEP_BACKUPS, KEEP_LAST_RANGE),
        keep_weeks=bounded(stored.get(KEEP_WEEKS_KEY), KEEP_WEEKS, KEEP_WEEKS_RANGE),
    )


def bounded(value: object, default: int, bounds: tuple[int, int]) -> int:
    """A stored whole number within bounds; anything else reads as the default."""
    try:
        number = int(str(value))
    except ValueError:
        return default
    return number if bounds[0] <= number <= bounds[1] else default


def take_backup(
    source: sqlite3.Connection,
    data_file: Path,
    *,
    reason: str,
    now: datetime,
    keep: int | None = None,
    retention: Retention | None = None,
    spare: Collection[Path] = (),
) -> Path:
    """Copy the database behind ``source`` into the backups folder, verify
    it, then rotate. ``retention`` defaults to the one set in the source's
    settings; ``keep`` overrides its keep_last; rotation leaves ``spare`` be
    (a backup about to be restored)."""
    rules = retention or read_retention(source)
    if keep is not None:
        rules = Retention(keep_last=keep, keep_weeks=rules.keep_weeks)
    with _taking:
        folder = backups_dir(data_file)
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
        incoming = folder / _INCOMING
        incoming.unlink(missing_ok=True)
        create_private_file(incoming)
        try:
            target = sqlite3.connect(incoming)
            try:
                source.backup(target, pages=-1)
                verdict = target.execute("PRAGMA integrity_check").fetchall()
            finally:
                target.close()
            if verdict != [("ok",)]:
                raise BackupError(f"the backup copy failed its integrity check: {verdict[0][0]}")
            fsync_path(incoming)
        except BaseException:
            incoming.unlink(missing_ok=True)  # no half copy of personal data left behind
            raise
        stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        final = folder / f"netdesk-{stamp}-{reason}.sqlite3"
        serial = 2
        while final.exists():
            final = folder / f"netdesk-{stamp}-{reason}-{serial}.sqlite3"
            serial += 1
        os.replace(incoming, final)
        fsync_path(folder)
        rotate_backups(data_file, now, rules, spare=spare)
    return final


def rotate_backups(
    data_file: Path,
    now: datetime,
    retention: Retention,
    *,
    spare: Collection[Path] = (),
    tz: tzinfo | None = None,
) -> list[Path]:
    """Delete the backups the retention rules let go; return them."""
    folder = backups_dir(data_file)
    names = [path.name for path in list_backups(data_file)]
    spared = {path.name for path in spare}
    gone = [
        folder / name
        for name in backups_to_delete(names, now, retention, tz or local_zone())
        if name not in spared
    ]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone

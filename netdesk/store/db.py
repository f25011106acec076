"""The data file: one SQLite database, checked before it is trusted.

Opening follows one rule: a file is only written to once it has been shown to
be a sound netdesk file of a version this program knows. The checks run on a
read-only connection, so a damaged, foreign or too-new file is reported and
left exactly as it was. New files are built under a temporary name and moved
into place, so a crash during creation never leaves a half-made data file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from netdesk.domain.clock import to_iso
from netdesk.domain.errors import (
    DataFileError,
    DataFileProblem,
    DataFileTooNewError,
    DataFileWriteError,
    WriteFailure,
)
from netdesk.store.backup import take_backup
from netdesk.store.files import create_private_file, fsync_path
from netdesk.store.migrations import SCHEMA_VERSION, run_migrations

DATA_FILE_NAME = "netdesk.sqlite3"
APPLICATION_ID = 0x6E64736B  # "ndsk" in the SQLite header: this file is netdesk's
_SQLITE_HEADER = b"SQLite format 3\x00"

# WAL for concurrent reads during writes; FULL sync because people write at
# human speed and durability costs nothing noticeable; secure_delete so that
# emptied trash is really gone from the file.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("busy_timeout", 5000),
    ("secure_delete", 1),
    ("cache_size", -32000),
)


class _GatedDatabase(SqliteDatabase):
    """The one way netdesk reaches its data file.

    Writes first pass a gate: until the file has been verified, a write waits
    for the verdict (and a damaged file refuses every write). A write the
    disk refuses (read-only, full, failing, locked) becomes DataFileWriteError
    naming the file and the reason; its transaction is rolled back, so the
    file never holds half a change.
    """

    write_gate: Callable[[], None] | None = None

    def begin(self, lock_type: str | None = None) -> None:
        self._pass_gate()
        with self._write_failures():
            super().begin(lock_type)

    def commit(self) -> None:
        with self._write_failures():
            super().commit()

    def rollback(self) -> None:
        # SQLite rolls a transaction back by itself after some failures (a
        # full disk, an I/O error); a second ROLLBACK would fail and hide why.
        if self._nothing_to_roll_back():
            return
        with self._write_failures():
            super().rollback()

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if self.transaction_depth() == 0 and _is_write(sql):
            self._pass_gate()  # a write outside atomic() (autocommit)
        elif sql.startswith("ROLLBACK TO SAVEPOINT") and self._nothing_to_roll_back():
            return None  # the whole transaction is already undone
        with self._write_failures():
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]

    def _nothing_to_roll_back(self) -> bool:
        if self.is_closed():
            return False
        return not self.connection().in_transaction  # type: ignore[no-untyped-call]

    def _pass_gate(self) -> None:
        if self.write_gate is not None:
            self.write_gate()

    @contextlib.contextmanager
    def _write_failures(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            reason = write_failure_of(exc)
            if reason is None:
                raise
            raise DataFileWriteError(Path(str(self.database)), reason, str(exc)) from exc


_WRITE_STATEMENTS = frozenset(
    {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM", "REINDEX"}
)


def _is_write(sql: str) -> bool:
    words = sql.lstrip().split(None, 1)
    return bool(words) and words[0].upper() in _WRITE_STATEMENTS


# SQLite's primary result codes (the low byte of an extended code).
_FAILURES_BY_CODE = {
    3: WriteFailure.NO_ACCESS,  # SQLITE_PERM
    5: WriteFailure.BUSY,  # SQLITE_BUSY
    6: WriteFailure.BUSY,  # SQLITE_LOCKED
    8: WriteFailure.READ_ONLY,  # SQLITE_READONLY
    10: WriteFailure.IO_ERROR,  # SQLITE_IOERR
    13: WriteFailure.DISK_FULL,  # SQLITE_FULL
    14: WriteFailure.NO_ACCESS,  # SQLITE_CANTOPEN
}
# Peewee's wrapped errors may lose the code; SQLite's messages are stable.
_FAILURES_BY_MESSAGE = (
    ("readonly database", WriteFailure.READ_ONLY),
    ("database or disk is full", WriteFailure.DISK_FULL),
    ("disk i/o error", WriteFailure.IO_ERROR),
    ("database is locked", WriteFailure.BUSY),
    ("database table is locked", WriteFailure.BUSY),
    ("unable to open database file", WriteFailure.NO_ACCESS),
)


def write_failure_of(error: BaseException) -> WriteFailure | None:
    """The write failure an SQLite error stands for, or None (a constraint,
    damage, a bug: those are not the disk refusing a write)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _FAILURES_BY_CODE:
            return _FAILURES_BY_CODE[code & 0xFF]
        current = current.__cause__ or current.__context__
    message = str(error).lower()
    for fragment, failure in _FAILURES_BY_MESSAGE:
        if fragment in message:
            return failure
    return None


# The one database handle of the process; open_data_file() points it at a file.
# No autoconnect: a query after close_data_file() must fail, not silently
# reopen (or create) a file.
_gated = _GatedDatabase(None, autoconnect=False)
database: SqliteDatabase = _gated


def set_write_gate(gate: Callable[[], None] | None) -> None:
    """Call ``gate`` before every write transaction (None: no gate)."""
    _gated.write_gate = gate


def inspect_data_file(path: Path, *, deep: bool = True) -> int:
    """The schema version of a sound netdesk file at ``path``.

    ``deep`` adds SQLite's quick_check, which reads every page (about 0.7 s for
    a file of 100,000 contacts). Raises DataFileError naming the problem.
    Never writes to the file.
    """
    if path.is_dir():
        raise DataFileError(path, DataFileProblem.IS_DIRECTORY)
    if not path.exists():
        raise DataFileError(path, DataFileProblem.MISSING)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DataFileError(path, DataFileProblem.NO_ACCESS, exc.strerror or "") from exc
    if not header:
        raise DataFileError(path, DataFileProblem.EMPTY)
    if not header.startswith(_SQLITE_HEADER):
        raise DataFileError(path, DataFileProblem.NOT_SQLITE)
    cut_short = _cut_short(path, header)
    if cut_short:
        raise DataFileError(path, DataFileProblem.DAMAGED, cut_short)
    try:
        with _read_only(path) as conn:
            if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                raise DataFileError(path, DataFileProblem.FOREIGN)
            problems = _quick_check(conn) if deep else ["ok"]
            if problems != ["ok"]:
                raise DataFileError(path, DataFileProblem.DAMAGED, "; ".join(problems))
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            # Reading the schema catches a damaged first page even without deep.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.DatabaseError as exc:
        if "unable to open" in str(exc):
            raise DataFileError(path, DataFileProblem.NO_ACCESS, str(exc)) from exc
        raise DataFileError(path, DataFileProblem.DAMAGED, str(exc)) from exc
    if version > SCHEMA_VERSION:
        raise DataFileTooNewError(path, version, SCHEMA_VERSION)
    return version


def _cut_short(path: Path, header: bytes) -> str:
    """Why the file is shorter than its own header says, or "". SQLite reads a
    file cut inside its header as a new, empty database (another program's,
    by its application_id), and one cut later only fails on the pages lost."""
    size = path.stat().st_size
    if len(header) < 100:
        return f"cut short: {size} bytes"
    if path.with_name(path.name + "-wal").exists():
        return ""  # mid-checkpoint the file may lag its header; the -wal completes it
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]  # SQLite's own rule for this field
    if size_is_valid and pages and size < pages * page_size:
        return f"cut short: {size} of {pages * page_size} bytes"
    return ""


def verify_data_file(path: Path) -> list[str]:
    """SQLite's quick_check of the file, on a read-only connection of its own
    (safe beside the open one, and from another thread): ["ok"] when sound."""
    try:
        with _read_only(path) as conn:
            return _quick_check(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("PRAGMA quick_check(5)")]


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write. Without a -wal beside the file it is also
    ``immutable``, so not even the -wal and -shm side files get created."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def create_data_file(path: Path, now: datetime) -> None:
    """Build a new, empty data file at ``path`` (which must not exist)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    staging = path.with_name(path.name + ".new")
    for leftover in _with_journals(staging):
        leftover.unlink(missing_ok=True)
    create_private_file(staging)
    fresh = SqliteDatabase(str(staging), pragmas=PRAGMAS)
    try:
        fresh.connect()
        fresh.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        run_migrations(fresh, 0, to_iso(now))
    finally:
        fresh.close()  # the last close checkpoints the WAL into the file
    fsync_path(staging)
    try:
        os.link(staging, path)  # fails rather than replace a file that appeared meanwhile
    except FileExistsError:
        staging.unlink()
        raise DataFileError(path, DataFileProblem.NOT_EMPTY) from None
    staging.unlink()
    fsync_path(path.parent)


@dataclass(frozen=True, slots=True)
class OpenedFile:
    original_version: int  # 0 for a file created just now
    verified: bool  # quick_check ran (and passed) before opening


def open_data_file(path: Path, now: datetime, *, create: bool = True) -> OpenedFile:
    """Point ``database`` at the file, creating or migrating it as needed.

    The full page check runs first when the last session did not end cleanly
    (a -wal file is left) or a migration is due; otherwise the caller runs
    verify_data_file() once the window is up, so start-up stays fast.
    A backup is taken before any migration of an existing file.
    """
    # Before anything touches the file: closing a descriptor on an open SQLite
    # file drops that connection's locks (howtocorrupt §2.2).
    close_data_file()
    if create and not path.exists():
        create_data_file(path, now)
        original, version, verified = 0, SCHEMA_VERSION, True
    else:
        unclean = path.with_name(path.name + "-wal").exists()
        version = original = inspect_data_file(path, deep=unclean)
        verified = unclean
        if version < SCHEMA_VERSION and not verified:
            inspect_data_file(path, deep=True)
            verified = True
    if 0 < version < SCHEMA_VERSION:
        with _read_only(path) as conn:
            take_backup(conn, path, reason=f"before-v{SCHEMA_VERSION}", now=now)
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect()
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        # Setting the pragmas writes (the -wal and -shm files): a read-only
        # file or folder, or a full disk, stops netdesk here, file unchanged.
        if write_failure_of(exc) is None:
            raise
        raise DataFileError(path, DataFileProblem.NO_ACCESS, str(exc)) from exc
    if version < SCHEMA_VERSION:
        try:
            run_migrations(database, version, to_iso(now))
        except BaseException:
            close_data_file()  # the failed step rolled back; leave no handle on the file
            raise
    return OpenedFile(original, verified)


def close_data_file(*, checkpoint: bool = True) -> None:
    """Checkpoint and close, so a closed data file is one self-contained file.

    Without ``checkpoint`` (a file found damaged) the main file is not written.
    """
    if database.database is None or database.is_closed():
        return
    if checkpoint:
        # A read-only or full disk refuses these; closing must still happen.
        with contextlib.suppress(sqlite3.Error, peewee.DatabaseError, DataFileWriteError):
            # Statistics for the query planner, as SQLite advises on close.
            database.execute_sql("PRAGMA optimize")
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()


def ensure_private_dir(folder: Path) -> None:
    """Create the data folder readable by its owner only. An existing one that
    is netdesk's (it holds the data file, or nothing yet) is made private too;
    any other folder someone points netdesk at keeps the modes they gave it."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
        return
    try:
        ours = (folder / DATA_FILE_NAME).exists() or not any(folder.iterdir())
        if ours and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError:
        pass  # reading or changing it failed: opening the file reports what is wrong


def _with_journals(path: Path) -> tuple[Path, Path, Path]:
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


@dataclass(frozen=True, slots=True)
class FileSummary:
    schema_version: int
    counts: dict[str, int]  # live records per table
    integrity: list[str]  # ["ok"] when sound


_SUMMARY_TABLES = ("contact", "organisation", "conversation", "promise")


def summarise_data_file(path: Path) -> FileSummary:
    """Version, record counts and a full integrity check, read-only."""
    version = inspect_data_file(path)
    with _read_only(path) as conn:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        integrity += [
            f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
            for row in conn.execute("PRAGMA foreign_key_check")
        ]
        counts = {
            table: int(
                conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            )
            for table in _SUMMARY_TABLES
            if version >= 1
        }
    return FileSummary(version, counts, integrity)

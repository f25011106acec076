"""Getting going again after the data file is found unusable at start-up.

The damaged file is evidence and may hold the only copy of recent work, so it
is never overwritten or deleted: it is moved aside under a dated name, and the
chosen backup is copied into its place under a temporary name first, so a
crash mid-way leaves either the old state or the new one, never half a file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from netdesk.store.backup import list_backups
from netdesk.store.db import APPLICATION_ID, inspect_data_file
from netdesk.store.files import create_private_file, fsync_path
from netdesk.store.migrations import SCHEMA_VERSION

_STAMP = "%Y%m%d-%H%M%S"
_SIDE_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class GoodBackup:
    path: Path
    taken_at: datetime  # UTC, from the backup's name
    schema_version: int


@dataclass(frozen=True, slots=True)
class Restored:
    data_file: Path  # now holds the backup's data
    damaged_copy: Path  # where the unusable file was moved


def newest_good_backup(data_file: Path) -> GoodBackup | None:
    """The newest backup of ``data_file`` that is a sound netdesk file this
    program can open (application_id, a full integrity_check, a known
    version), or None. Reads backups only; writes nothing."""
    for path in reversed(list_backups(data_file)):
        version = _sound_version(path)
        if version is not None:
            return GoodBackup(path, _taken_at(path), version)
    return None


def restore_backup(data_file: Path, backup: Path, now: datetime) -> Restored:
    """Move ``data_file`` (and its -wal/-shm) aside as
    ``netdesk-damaged-<time>.sqlite3`` in the same folder, then put a private
    copy of ``backup`` in its place. Raises OSError with nothing lost: the
    damaged file is either still in place or safely aside."""
    if _sound_version(backup) is None:
        raise ValueError(f"{backup} is not a sound netdesk backup")
    if data_file.is_dir():
        raise IsADirectoryError(data_file)  # someone's folder: not ours to move
    folder = data_file.parent
    staging = data_file.with_name(data_file.name + ".restoring")
    staging.unlink(missing_ok=True)  # a leftover of an interrupted restore
    create_private_file(staging)
    try:
        # The copy is complete and on disk before the damaged file moves: a
        # copy that fails (disk full) leaves the damaged file where it was,
        # so the next start reports it again rather than starting empty.
        with backup.open("rb") as source, staging.open("wb") as target:
            shutil.copyfileobj(source, target)
        fsync_path(staging)
        damaged_copy = _move_aside(data_file, _free_name(folder, now))
        os.link(staging, data_file)  # fails rather than replace a file that appeared
    finally:
        staging.unlink(missing_ok=True)
    fsync_path(folder)
    inspect_data_file(data_file, deep=True)  # the copy is as sound as its source
    return Restored(data_file, damaged_copy)


def damaged_copy_name(now: datetime) -> str:
    return f"netdesk-damaged-{now.astimezone(UTC).strftime(_STAMP)}.sqlite3"


def _free_name(folder: Path, now: datetime) -> Path:
    """A name for the damaged file that no file (nor side file) has yet."""
    first = folder / damaged_copy_name(now)
    candidate, serial = first, 2
    while any(_taken(candidate, suffix) for suffix in ("", *_SIDE_SUFFIXES)):
        candidate = first.with_name(f"{first.stem}-{serial}{first.suffix}")
        serial += 1
    return candidate


def _taken(path: Path, suffix: str) -> bool:
    return path.with_name(path.name + suffix).exists()


def _move_aside(data_file: Path, target: Path) -> Path:
    """Rename without ever replacing: the side files travel with the file
    (a -wal may hold its last changes)."""
    if data_file.exists() or data_file.is_symlink():
        _rename_no_replace(data_file, target)
    for suffix in _SIDE_SUFFIXES:
        side = data_file.with_name(data_file.name + suffix)
        if side.exists():
            _rename_no_replace(side, target.with_name(target.name + suffix))
    fsync_path(data_file.parent)
    return target


def _rename_no_replace(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # atomic, and fails if the target exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if target.exists():
            raise FileExistsError(target) from None
        source.rename(target)
        return
    source.unlink()


def _sound_version(path: Path) -> int | None:
    try:
        with _read_only(path) as conn:
            if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                return None
            if [row[0] for row in conn.execute("PRAGMA integrity_check(1)")] != ["ok"]:
                return None
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.Error, OSError):
        return None
    return version if 0 < version <= SCHEMA_VERSION else None


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    if not path.is_file():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _taken_at(path: Path) -> datetime:
    stamp = path.name[len("netdesk-") : len("netdesk-YYYYMMDD-HHMMSS")]
    return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)

"""Backups taken with SQLite's online backup API, verified, then rotated.

The copy is made in one step (``pages=-1``): a stepwise backup restarts on every
commit by another connection and can take minutes under load. A backup only
gets its final name after it has passed ``integrity_check`` and been synced.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from netdesk.store.files import create_private_file, fsync_path

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 10
_INCOMING = ".incoming.tmp"
_NAME = re.compile(r"^netdesk-\d{8}-\d{6}(?:-[a-z0-9-]+)?\.sqlite3$")
_STAMP_END = len("netdesk-YYYYMMDD-HHMMSS")
_SERIAL = re.compile(r"-(\d+)\.sqlite3$")


class BackupError(Exception):
    """A backup copy failed its integrity check and was discarded."""


def backups_dir(data_file: Path) -> Path:
    return data_file.parent / BACKUP_FOLDER


def list_backups(data_file: Path) -> list[Path]:
    """Backups of this data file, oldest first (names sort by time)."""
    folder = backups_dir(data_file)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=_age)


def _age(path: Path) -> tuple[str, int, str]:
    """Sort key: the time in the name, then the serial take_backup adds when that
    name is taken ("…-manual-2" is newer than "…-manual", "-10" than "-9")."""
    serial = _SERIAL.search(path.name[_STAMP_END:])
    return path.name[:_STAMP_END], int(serial.group(1)) if serial else 1, path.name


def take_backup(
    source: sqlite3.Connection,
    data_file: Path,
    *,
    reason: str,
    now: datetime,
    keep: int = KEEP_BACKUPS,
) -> Path:
    folder = backups_dir(data_file)
    folder.mkdir(mode=0o700, exist_ok=True)
    incoming = folder / _INCOMING
    incoming.unlink(missing_ok=True)
    create_private_file(incoming)
    target = sqlite3.connect(incoming)
    try:
        source.backup(target, pages=-1)
        verdict = target.execute("PRAGMA integrity_check").fetchall()
    finally:
        target.close()
    if verdict != [("ok",)]:
        incoming.unlink(missing_ok=True)
        raise BackupError(f"the backup copy failed its integrity check: {verdict[0][0]}")
    fsync_path(incoming)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    final = folder / f"netdesk-{stamp}-{reason}.sqlite3"
    serial = 2
    while final.exists():
        final = folder / f"netdesk-{stamp}-{reason}-{serial}.sqlite3"
        serial += 1
    os.replace(incoming, final)
    _rotate(data_file, keep)
    return final


def _rotate(data_file: Path, keep: int) -> None:
    backups = list_backups(data_file)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)

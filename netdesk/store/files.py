"""File-system helpers for personal data: private modes and durable writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only; fail if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def fsync_path(path: Path) -> None:
    """Flush a file, or a directory entry, to disk."""
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open a directory for fsync
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_file(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a whole file durably and privately: ``write`` fills a new
    temporary file beside ``target`` (mode 0600, a name no other file has),
    which replaces ``target`` only once complete and on disk. On any failure
    the temporary file is removed and ``target`` is as it was."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    part = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        fsync_path(part)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_path(target.parent)

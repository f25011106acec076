"""File-system helpers for personal data: private modes and durable writes."""

from __future__ import annotations

import os
from pathlib import Path


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

"""One netdesk per data folder: a QLockFile beside the data file.

A crashed netdesk leaves its lock behind; QLockFile sees that the process
named in it is gone and takes the lock over. A lock file that names no process
at all (garbled) is taken over once it has sat unchanged for a few seconds.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from netdesk.domain.errors import DataFileError, DataFileLockedError, DataFileProblem

LOCK_FILE_NAME = "netdesk.lock"
_GARBLED_GRACE_SECONDS = 5.0  # far longer than writing a lock file takes


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._lock = QLockFile(str(self.path))
        # Held for the life of the program, so age never makes it stale;
        # a dead owner process still does.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        """Take the lock or raise DataFileError saying who holds it."""
        if self._lock.tryLock(100):
            self._make_private()
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            pid, hostname, app = self._lock.getLockInfo()
            if int(pid) <= 0 and self._garbled_long_enough():
                # Nobody can be named as its owner (a crash while it was being
                # written, a disk error): without this netdesk would never start.
                self._lock.removeStaleLockFile()
                if self._lock.tryLock(100):
                    self._make_private()
                    return
            raise DataFileLockedError(self.path, int(pid), str(hostname), str(app))
        raise DataFileError(self.path, DataFileProblem.NO_ACCESS)

    def _make_private(self) -> None:
        """QLockFile creates the file with the umask's mode; it names this
        computer and process, so it is as private as the data beside it."""
        # A lock that works but cannot be chmod-ed (e.g. on FAT) still locks.
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)

    def _garbled_long_enough(self) -> bool:
        """A lock file that names no process and has not changed for a while:
        not one another netdesk is writing this very moment."""
        try:
            age = time.time() - self.path.stat().st_mtime
        except OSError:
            return False
        return age > _GARBLED_GRACE_SECONDS

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

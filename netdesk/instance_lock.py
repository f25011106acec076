"""One netdesk per data folder: a QLockFile beside the data file.

A crashed netdesk leaves its lock behind; QLockFile sees that the process
named in it is gone and takes the lock over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from netdesk.domain.errors import DataFileError, DataFileLockedError, DataFileProblem

LOCK_FILE_NAME = "netdesk.lock"


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
            return
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            pid, hostname, app = self._lock.getLockInfo()
            raise DataFileLockedError(self.path, int(pid), str(hostname), str(app))
        raise DataFileError(self.path, DataFileProblem.NO_ACCESS)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

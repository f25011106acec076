"""Running a long piece of work (reading a large file, writing an import) on a
worker thread while the window stays responsive.

The work gets its own connection to the data file (peewee keeps one per
thread), closed when it ends. It reports progress through a callback that is
safe to call from the worker; a cancel request makes that callback raise, so
the work stops at its next report and its transaction rolls back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netdesk.domain.imports import ImportCancelledError
from netdesk.store.db import database

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        try:
            database.connect(reuse_if_open=True)
            try:
                result = self._work(self._report)
            finally:
                database.close()
        except BaseException as error:  # reported to the window, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ImportCancelledError()
        self.progressed.emit(done, total)


class BackgroundJob(QObject):
    """One piece of work on its own thread. Connect to the signals, then
    :meth:`start`. ``finished`` comes last, after ``succeeded`` or ``failed``,
    once the thread has ended."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._thread = QThread(self)
        self._runner = _Runner(work, self._cancelled)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self.succeeded)
        self._runner.failed.connect(self.failed)
        for signal in (self._runner.succeeded, self._runner.failed):
            signal.connect(self._thread.quit)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancelled.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Block until the thread has ended (only for shutting down)."""
        self._thread.wait()

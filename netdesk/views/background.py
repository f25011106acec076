"""Running a long piece of work (reading a large file, writing an import) on a
worker thread while the window stays responsive.

The work gets its own connection to the data file (peewee keeps one per
thread), closed when it ends. It reports progress through a callback that is
safe to call from the worker; a cancel request makes that callback raise, so
the work stops at its next report and its transaction rolls back.

The worker is a plain Python thread, not a QThread: Qt aborts the process
when a QThread object is destroyed while its thread still runs, which a
dialog closing at the wrong moment would do. The job object lives in the
window's thread, so its signals reach the window queued, and a signal sent
after its receiver is gone is simply dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from netdesk.domain.imports import ImportCancelledError

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]
Connection = Callable[[], AbstractContextManager[None]]


class BackgroundJob(QObject):
    """One piece of work on its own thread. Connect to the signals, then
    :meth:`start`. ``finished`` (carrying the job) comes last, after
    ``succeeded`` or ``failed``, once the work's connection is closed.

    The job has no Qt parent: its thread keeps it alive until the work is
    over, even if the dialog that started it has been closed meanwhile."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal(object)

    def __init__(self, work: Work, connection: Connection) -> None:
        """``connection`` opens the worker's own connection to the data file
        for the time of the work (``Workspace.thread_connection``)."""
        super().__init__()
        self._work = work
        self._connection = connection
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._run, name="netdesk-background", daemon=True)

    # Every job whose work has not ended: the window waits for them before the
    # data file closes (a restore or import must not lose its connection).
    _running: ClassVar[set[BackgroundJob]] = set()
    _running_lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def finish_all(cls) -> None:
        """Ask every running job to stop (an import rolls back; a restore,
        which cannot stop half-way, completes) and wait until all have ended."""
        with cls._running_lock:
            jobs = list(cls._running)
        for job in jobs:
            job.cancel()
        for job in jobs:
            job.wait()
            job._forget()

    def start(self) -> None:
        with self._running_lock:
            self._running.add(self)
        # Queued, so it runs in the window's thread: the last reference to
        # the job must not drop in the worker, where its Qt object would be
        # destroyed from a thread it does not belong to.
        self.finished.connect(self._forget, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    @Slot(object)
    def _forget(self, _job: object = None) -> None:
        self._thread.join()  # ending already: its last signal has been sent
        with self._running_lock:
            self._running.discard(self)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancelled.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled.is_set()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work has ended (only for shutting down)."""
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            with self._connection():
                result = self._work(self._report)
        except BaseException as error:  # reported to the window, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit(self)

    def _report(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ImportCancelledError()
        self.progressed.emit(done, total)


def raise_unexpected(error: object) -> None:
    """An error the work did not expect still reaches the window's handler
    for unexpected errors, from the window's thread."""
    if isinstance(error, BaseException):
        raise error
    raise RuntimeError(str(error))

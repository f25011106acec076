"""Qt helpers for the benchmarks: noticing paints, waiting without sleeping,
and the line protocol between a probe process and the benchmark runner.

Kept to QtCore so that the floor probe pays nothing for it that a bare
PySide6 program would not pay anyway.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from typing_extensions import override

# A probe reports with lines "<tag> <json>" on stdout; the runner reads them.
PAINTED = "painted"
IDLE = "idle"
DONE = "done"


def report(tag: str, **figures: Any) -> None:
    print(f"{tag} {json.dumps(figures)}", flush=True)


def parse_report(line: str) -> tuple[str, dict[str, Any]]:
    tag, _, payload = line.strip().partition(" ")
    return tag, json.loads(payload) if payload else {}


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB.

    On Linux this is VmHWM from /proc/self/status: the high-water mark of this
    program's own memory. ru_maxrss is not used there because Linux carries it
    over fork and exec, so a child of a big parent (the runner, after
    generating data) would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        return ru_maxrss_mb()  # no /proc (macOS, Windows)
    return ru_maxrss_mb()


def ru_maxrss_mb() -> float:
    """resource.getrusage(RUSAGE_SELF).ru_maxrss in MiB (KiB on Linux, bytes on macOS)."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


class PaintWatcher(QObject):
    """Counts the paint events a widget receives and remembers when the last
    one arrived. ``on_first`` runs (from the event loop, once the paint pass
    that delivered the first paint has finished) when the first one arrives."""

    def __init__(self, widget: QObject, on_first: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.count = 0
        self.first_at: float | None = None
        self.last_at: float | None = None
        self._on_first = on_first
        widget.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last_at = time.perf_counter()
            self.count += 1
            if self.count == 1:
                self.first_at = self.last_at
                if self._on_first is not None:
                    # A posted event is delivered as soon as control is back in
                    # the event loop, i.e. once this whole paint pass (the rest of
                    # the window too) is done, and before any timer fires.
                    QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    @override
    def customEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.User and self._on_first is not None:
            self._on_first()


class ModelChanges(QObject):
    """Remembers when a model last told its views to redraw (reset, re-sorted
    or changed data), so that a paint can be known to show the new state."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.at: float | None = None
        model.modelReset.connect(self._mark)
        model.layoutChanged.connect(self._mark)
        model.dataChanged.connect(self._mark)

    def _mark(self, *_args: Any) -> None:
        self.at = time.perf_counter()

    def shown_by(self, paints: PaintWatcher) -> bool:
        """True once a paint has happened after the last change."""
        return self.at is not None and paints.last_at is not None and paints.last_at > self.at


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> float:
    """Run the event loop until ``condition`` holds; the perf_counter time at
    which it was first seen to hold (checked after every batch of events)."""
    if condition():
        return time.perf_counter()
    deadline = time.perf_counter() + timeout_s
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.start(int(timeout_s * 1000) + 10)  # wakes the loop if nothing else does
    try:
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            now = time.perf_counter()
            if condition():
                return now
            if now > deadline:
                raise TimeoutError("the window did not get there in time")
    finally:
        watchdog.stop()


def drain(rounds: int = 3) -> None:
    """Deliver whatever is pending (posted events, zero-time timers, paints)."""
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

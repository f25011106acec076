"""The floor for start-up: a bare PySide6 window with an empty table.

Run as ``python -m benchmarks.floor_probe`` (QT_QPA_PLATFORM=offscreen). It
does what startup_probe does with the same window size and the same paint
detection (an event filter for QEvent.Paint on the table's viewport, then a
posted event), minus netdesk: no data file, no model, no widgets of ours.
Reports the same ``painted``, ``idle`` and ``done`` lines.
"""

# ruff: noqa: E402 (the clock starts before any other import)
from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from benchmarks.qt_support import (
    DONE,
    IDLE,
    PAINTED,
    PaintWatcher,
    peak_rss_mb,
    report,
    ru_maxrss_mb,
)


def main() -> int:
    imported = time.perf_counter()
    app = QApplication(sys.argv[:1])
    app_made = time.perf_counter()
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(1280, 780)
    built = time.perf_counter()

    def on_idle() -> None:
        report(IDLE, at=time.perf_counter() - STARTED)
        app.exit(0)

    def on_painted() -> None:
        now = time.perf_counter()
        report(
            PAINTED,
            at=now - STARTED,
            imports=imported - STARTED,
            application=app_made - imported,
            open=0.0,
            window=built - app_made,
            show_to_paint=now - shown,
            paint_started=(watcher.first_at or now) - STARTED,
        )
        QTimer.singleShot(0, on_idle)

    watcher = PaintWatcher(table.viewport(), on_first=on_painted)
    shown = time.perf_counter()
    window.show()
    app.exec()
    report(DONE, peak_rss_mb=peak_rss_mb(), ru_maxrss_mb=ru_maxrss_mb(), search_ms=None, rows=0)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A fresh netdesk process on a data folder, timed to its first painted window.

Run by the benchmark runner as ``python -m benchmarks.startup_probe --data-dir D``
(with QT_QPA_PLATFORM=offscreen). It takes netdesk's real start-up path:
create_application(), the InstanceLock, Workspace.open() and MainWindow (with
its settings in a throwaway ini file, so every run is a first run), then show().

First paint is noticed with an event filter for QEvent.Paint on Today's
heading (netdesk opens on Today, whose agenda is computed before that first
paint); a posted event then reports once that paint pass is over. Reports,
one line each (see qt_support.report):

``painted``: the first frame is done. ``idle``: a zero-time timer started at
that moment has fired, i.e. work queued for "right after start-up" is done and
the window answers input. ``done``: after typing ``--search`` into the contacts
search field and waiting for the table to show the result, the peak RSS.
"""

# ruff: noqa: E402 (the clock starts before any other import)
from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from benchmarks.qt_support import (
    DONE,
    IDLE,
    PAINTED,
    ModelChanges,
    PaintWatcher,
    peak_rss_mb,
    report,
    ru_maxrss_mb,
    wait_until,
)
from netdesk.app import create_application
from netdesk.instance_lock import InstanceLock
from netdesk.services.workspace import Workspace
from netdesk.views.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--search", default="", help="text to type once the window is up")
    args = parser.parse_args()
    imported = time.perf_counter()

    app = create_application()
    lock = InstanceLock(args.data_dir)
    lock.acquire()
    app_made = time.perf_counter()
    workspace = Workspace.open(args.data_dir, create=False)
    opened = time.perf_counter()
    settings_dir = Path(tempfile.mkdtemp(prefix="netdesk-bench-settings-"))
    phases: dict[str, float] = {}
    try:
        settings = QSettings(str(settings_dir / "netdesk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(workspace, settings=settings)
        built = time.perf_counter()

        def on_idle() -> None:
            phases["idle"] = time.perf_counter() - STARTED
            report(IDLE, at=phases["idle"])
            app.exit(0)

        def on_painted() -> None:
            now = time.perf_counter()
            phases["painted"] = now - STARTED
            report(
                PAINTED,
                at=phases["painted"],
                imports=imported - STARTED,
                application=app_made - imported,
                open=opened - app_made,
                window=built - opened,
                show_to_paint=now - shown,
                paint_started=(watcher.first_at or now) - STARTED,
            )
            QTimer.singleShot(0, on_idle)

        watcher = PaintWatcher(window.today.heading, on_first=on_painted)
        shown = time.perf_counter()
        window.show()
        app.exec()

        search_ms = None
        if args.search:
            # Only now: QtTest is the benchmark's tool, not part of netdesk's start.
            from PySide6.QtTest import QTest

            panel = window.contacts
            window.show_panel(panel)  # from Today to the contacts, as a user would
            watcher = PaintWatcher(panel.table.viewport(), on_first=lambda: None)
            wait_until(lambda: watcher.first_at is not None)
            changes = ModelChanges(panel.model)
            started = time.perf_counter()
            QTest.keyClicks(panel.search, args.search)
            finished = wait_until(
                lambda: panel.model.filter_text == args.search and changes.shown_by(watcher)
            )
            search_ms = (finished - started) * 1000
        report(
            DONE,
            peak_rss_mb=peak_rss_mb(),
            ru_maxrss_mb=ru_maxrss_mb(),
            search_ms=search_ms,
            rows=window.contacts.model.rowCount(),
        )
        window.close()
    finally:
        workspace.close()
        lock.release()
        shutil.rmtree(settings_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

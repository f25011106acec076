"""netdesk's own window start-up, reporting the moment its first frame is painted.

Runs ``netdesk.cli.main`` unchanged (the same path as the ``netdesk`` command:
argument parsing, the lock, opening the data file, the main window) with one
addition: an event filter that notices the first paint of the main window,
prints ``painted`` and closes the window, so the program exits normally.

Frozen with ``packaging/netdesk.spec -- --probe`` (never part of the shipped
bundle) and run from source alike by packaging/measure_startup.py, which
times each process from its start to that line.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from netdesk.app import create_application
from netdesk.cli import main


class FirstPaint(QObject):
    """Application-wide filter: the first paint inside a main window ends the run."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._seen = True
            # Posted: delivered once the paint pass that is under way has finished.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self._app.removeEventFilter(self)
        print("painted", flush=True)
        for window in QApplication.topLevelWidgets():
            window.close()


if __name__ == "__main__":
    application = create_application()  # run_gui() reuses it
    watcher = FirstPaint(application)
    application.installEventFilter(watcher)
    sys.exit(main(sys.argv[1:]))

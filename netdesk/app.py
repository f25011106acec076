"""The window's composition root: the QApplication, the single-instance lock,
the data file, the main window, and a last-resort error dialog."""

from __future__ import annotations

import contextlib
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from netdesk import APP_NAME, __version__
from netdesk.domain.errors import DataFileError, DataFileLockedError
from netdesk.instance_lock import InstanceLock
from netdesk.messages import describe_data_file_error
from netdesk.services.workspace import Workspace, ensure_private_dir


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("netdesk")
    return app


def run_gui(data_dir: Path, *, demo: bool = False) -> int:
    app = create_application()
    sys.excepthook = _show_unexpected_error
    with contextlib.ExitStack() as cleanup:
        if demo:  # a throwaway folder: the demo never mixes with the user's data
            data_dir = Path(
                cleanup.enter_context(tempfile.TemporaryDirectory(prefix="netdesk-demo-"))
            )
        try:
            ensure_private_dir(data_dir)
            lock = InstanceLock(data_dir)
            lock.acquire()
            cleanup.callback(lock.release)
            workspace = Workspace.open(data_dir)
        except DataFileError as error:
            _startup_failure(error)
            return 1
        cleanup.callback(workspace.close)
        if demo:
            from netdesk.services.demo import build_demo_network

            build_demo_network(workspace)
        from netdesk.views.main_window import MainWindow

        window = MainWindow(workspace, demo=demo)
        window.show()
        return app.exec()


def _startup_failure(error: DataFileError) -> None:
    text = describe_data_file_error(error)
    print(f"netdesk: {text}", file=sys.stderr)
    box = QMessageBox()
    box.setIcon(
        QMessageBox.Icon.Information
        if isinstance(error, DataFileLockedError)
        else QMessageBox.Icon.Critical
    )
    box.setWindowTitle(QCoreApplication.translate("app", "netdesk cannot open your data"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A bug must not vanish silently, nor kill the window with unsaved input."""
    details = "".join(traceback.format_exception(kind, error, tb))
    print(details, file=sys.stderr)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("app", "Something went wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "app",
            "netdesk hit an unexpected problem: {message}\n\nEverything saved before this "
            "is safe. Please report the details below.",
        ).format(message=str(error) or kind.__name__)
    )
    box.setDetailedText(details)
    box.exec()

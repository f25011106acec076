"""The window's composition root: the QApplication, the single-instance lock,
the data file, the main window, and a last-resort error dialog."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from netdesk import APP_NAME, __version__
from netdesk.domain.errors import DataFileError, DataFileLockedError, DataFileProblem
from netdesk.instance_lock import InstanceLock
from netdesk.messages import describe_data_file_error
from netdesk.paths import resource_path
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
    app.setWindowIcon(application_icon())
    # Matches packaging/linux/netdesk.desktop, so a Wayland or X11 desktop
    # shows that entry's icon and name for the window.
    app.setDesktopFileName(APP_NAME)
    return app


def application_icon() -> QIcon:
    """netdesk's icon at each size in resources/app (PNG: Qt reads it without a plugin)."""
    icon = QIcon()
    for png in sorted(resource_path("app").glob("netdesk-*.png")):
        side = int(png.stem.rpartition("-")[2])
        icon.addFile(str(png), QSize(side, side))
    return icon


def run_gui(data_dir: Path, *, demo: bool = False) -> int:
    app = create_application()
    from netdesk.i18n import install_translators, language_setting
    from netdesk.views.appearance import apply_saved_color_scheme

    apply_saved_color_scheme(app)

    language = install_translators(app, language_setting())
    with contextlib.ExitStack() as cleanup:
        previous_hook, sys.excepthook = sys.excepthook, _show_unexpected_error
        cleanup.callback(setattr, sys, "excepthook", previous_hook)
        if demo:  # a throwaway folder: the demo never mixes with the user's data
            data_dir = Path(
                cleanup.enter_context(tempfile.TemporaryDirectory(prefix="netdesk-demo-"))
            )
        while True:
            lock: InstanceLock | None = None
            try:
                ensure_private_dir(data_dir)
                lock = InstanceLock(data_dir)
                lock.acquire()
                workspace = Workspace.open(data_dir)
                workspace.language = language  # templates, questions, the demo network
                break
            except DataFileError as error:
                if lock is not None:
                    lock.release()  # free before trying this folder or another again
                if isinstance(error, DataFileLockedError) or demo:
                    _startup_failure(error)
                    return 1
                print(f"netdesk: {describe_data_file_error(error)}", file=sys.stderr)
                from netdesk.views.startup_problem_dialog import resolve_startup_problem

                next_dir = resolve_startup_problem(error, data_dir)
                if next_dir is None:
                    return 1
                data_dir = next_dir
        cleanup.callback(lock.release)
        damaged: list[bool] = []
        cleanup.callback(lambda: workspace.close(damaged=bool(damaged)))
        if not demo:  # runs after the window is disposed, before the file closes
            cleanup.callback(_take_closing_backup, workspace, damaged)
        if demo:
            from netdesk.services.demo import build_demo_network

            build_demo_network(workspace)
        from netdesk.views.main_window import MainWindow

        window = MainWindow(workspace, demo=demo)
        cleanup.callback(_dispose, window)  # before the data file closes
        cleanup.enter_context(_closing_on_termination(window))
        window.show()
        late_damage: list[DataFileError] = []

        def on_damage(error: DataFileError) -> None:
            damaged.append(True)
            late_damage.append(error)

        watch = _watch_verification(workspace, on_damage=on_damage)
        cleanup.callback(watch.stop)
        code = app.exec()
    if late_damage and not demo:
        # The window is gone and the file closed without a write: now the
        # same choices as a damaged file at start-up (restore the newest good
        # backup, another folder, or quit).
        print(f"netdesk: {describe_data_file_error(late_damage[0])}", file=sys.stderr)
        from netdesk.views.startup_problem_dialog import resolve_startup_problem

        next_dir = resolve_startup_problem(late_damage[0], data_dir)
        return 1 if next_dir is None else run_gui(next_dir)
    return code


@contextlib.contextmanager
def _closing_on_termination(window: QWidget) -> Iterator[None]:
    """SIGTERM (a logout, a shutdown, `kill`) and SIGINT close the window as
    Ctrl+Q does: typing saved, the data file closed cleanly, the lock freed.

    Python runs signal handlers only between bytecodes, so a slow timer lets
    the interpreter in while Qt's event loop waits.
    """
    wanted = [sig for sig in (signal.SIGTERM, signal.SIGINT) if hasattr(signal, sig.name)]
    previous = {sig: signal.getsignal(sig) for sig in wanted}

    def on_signal(_number: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in wanted:
        signal.signal(sig, on_signal)
    heartbeat = QTimer()
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)
    try:
        yield
    finally:
        heartbeat.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _watch_verification(
    workspace: Workspace, *, on_damage: Callable[[DataFileError], None]
) -> QTimer:
    """When the background page check finds the file damaged: hand on the
    error and quit, without writing to the file."""
    timer = QTimer()

    def poll() -> None:
        verdict = workspace.verification()
        if verdict is None:
            return
        timer.stop()
        if verdict != ["ok"]:
            on_damage(
                DataFileError(workspace.data_file, DataFileProblem.DAMAGED, "; ".join(verdict))
            )
            QApplication.quit()

    timer.timeout.connect(poll)
    timer.start(100)
    return timer


def _take_closing_backup(workspace: Workspace, damaged: list[bool]) -> None:
    """The window is gone, so the copy (seconds for a large file) freezes nothing."""
    if damaged:
        return  # a damaged file would only fail the copy's check
    from netdesk.services.backups import BackupReason

    try:
        workspace.backups.take_if_changed(BackupReason.CLOSING)
    except Exception:  # a failed backup must not keep the data file from closing
        logging.getLogger(__name__).exception("backup on closing failed")


def _dispose(widget: QWidget) -> None:
    """Destroy a window now, so no timer of it fires after its data is closed."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(widget, QEvent.Type.DeferredDelete)


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

"""Take the screenshots in this folder: the main screens at 1280 by 780 on the
demo network, in English and Dutch, light and dark.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A Qt program like netdesk.app, outside the package folders the lint rule knows.
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from netdesk.app import create_application  # noqa: E402
from netdesk.domain.clock import FixedClock  # noqa: E402
from netdesk.i18n import install_translators  # noqa: E402
from netdesk.services.demo import build_demo_network  # noqa: E402
from netdesk.services.workspace import Workspace  # noqa: E402
from netdesk.views.appearance import apply_color_scheme  # noqa: E402

SIZE = (1280, 780)
LINKEDIN_SAMPLE = ROOT / "tests" / "data" / "linkedin" / "current.csv"
# Every screen in all four looks; the rest in English light and Dutch dark.
ALL_LOOKS = [("en", "light"), ("en", "dark"), ("nl", "light"), ("nl", "dark")]
SOME_LOOKS = [("en", "light"), ("nl", "dark")]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    # Quality 0 is PNG's strongest compression: the same pixels, a smaller file.
    widget.grab().save(str(HERE / f"{name}.png"), "PNG", 0)


def window(app: QApplication, folder: Path, language: str, *, demo: bool):
    from netdesk.views.main_window import MainWindow

    workspace = Workspace.open(folder / "data", clock=FixedClock())
    workspace.language = language
    if demo:
        build_demo_network(workspace, language)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(workspace, demo=demo, settings=settings)
    win.resize(*SIZE)
    win.show()
    settle(app)
    return win, workspace


def shoot(app: QApplication, language: str, scheme: str) -> None:
    apply_color_scheme(app, scheme)
    install_translators(app, language)
    look = f"{language}_{scheme}"
    full = (language, scheme) in SOME_LOOKS
    with tempfile.TemporaryDirectory() as tmp:
        win, workspace = window(app, Path(tmp), language, demo=True)
        win.tabs.setCurrentWidget(win.today)
        settle(app)
        save(win, f"today_{look}")
        win.tabs.setCurrentWidget(win.contacts)
        win.contacts.table.selectRow(2)
        settle(app)
        save(win, f"contacts_{look}")
        if full:
            for panel, name in ((win.pitch, "pitch"), (win.meetings, "meetings")):
                win.tabs.setCurrentWidget(panel)
                settle(app)
                save(win, f"{name}_{look}")
        win.close()
        workspace.close()
    if not full:
        return
    with tempfile.TemporaryDirectory() as tmp:
        win, workspace = window(app, Path(tmp), language, demo=False)
        save(win, f"welcome_{look}")
        from netdesk.views.import_dialog import ImportDialog

        dialog = ImportDialog(workspace, LINKEDIN_SAMPLE, win)
        dialog.resize(960, 640)
        dialog.show()
        for _ in range(50):  # the file is read on a worker
            settle(app)
            QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
        save(dialog, f"import_preview_{look}")
        dialog.close()
        win.close()
        workspace.close()


def main() -> None:
    QStandardPaths.setTestModeEnabled(True)
    app = create_application()
    for language, scheme in ALL_LOOKS:
        shoot(app, language, scheme)


if __name__ == "__main__":
    main()

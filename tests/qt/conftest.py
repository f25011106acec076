"""Fixtures for widget tests: real widgets over a real data file in tmp_path."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from netdesk.domain.clock import FixedClock
from netdesk.services.workspace import Workspace

# Every test counts days in UTC, whatever the machine's own zone, before
# anything reads the zone; a test about another zone passes it explicitly.
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def workspace(tmp_path: Path, clock: FixedClock) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "data", clock=clock)
    yield ws
    ws.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, workspace: Workspace, settings: QSettings):
    from netdesk.views.main_window import MainWindow

    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # netdesk opens on Today; most tests here act on the record tables.
    win.show_panel(win.contacts)
    yield win
    win.close()  # before the workspace fixture closes the data file


@pytest.fixture(autouse=True)
def _application_first(qapp):
    """The commands create a bare QCoreApplication when none exists; in one
    test process the widget tests need the QApplication to come first."""
    return qapp

"""Fixtures for Qt-free tests: a fresh data file per test, and a clock that
only moves when a test moves it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.services.workspace import Workspace

# Every test counts days in UTC, whatever the machine's own zone, before
# anything reads the zone; a test about another zone passes it explicitly.
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path, clock: FixedClock) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir, clock=clock)
    yield ws
    ws.close()

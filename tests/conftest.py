"""Test setup shared by every test: offscreen Qt, isolated data folders."""

from __future__ import annotations

import os

import pytest

# Before any QApplication exists: no real screen, ever, in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test may touch the user's real netdesk data folder."""
    monkeypatch.setenv("NETDESK_DATA_DIR", str(tmp_path / "netdesk-data"))


def pytest_collection_modifyitems(items):
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)

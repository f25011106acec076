"""Round trips that prove a backup brings back everything: the data they
use fills every table, and a SQLite backup copied back by hand over the data
file (what a person does in a file manager) gives back every row."""

from __future__ import annotations

import shutil
import sqlite3

from netdesk.domain.clock import FixedClock
from netdesk.services.workspace import Workspace
from netdesk.store.backup import take_backup
from netdesk.store.db import DATA_FILE_NAME, database
from tests.unit.test_json_backup import change_everything, enrich, snapshot


def test_the_json_round_trip_data_fills_every_table(
    workspace: Workspace, clock: FixedClock
) -> None:
    """test_json_backup compares every table; this shows none of them is
    compared empty (an empty table would pass whatever restore did to it)."""
    enrich(workspace, clock)
    empty = [name for name, rows in snapshot().items() if not rows]
    assert empty == []


def test_a_sqlite_backup_copied_back_gives_every_row_back(
    workspace: Workspace, clock: FixedClock
) -> None:
    enrich(workspace, clock)
    before = snapshot()
    assert all(before.values())
    found_before = workspace.contacts.search_ids("museum")
    backup = take_backup(
        database.connection(), workspace.data_file, reason="manual", now=clock.now()
    )
    change_everything(workspace, clock)
    assert snapshot() != before
    data_dir, data_file = workspace.data_dir, workspace.data_file
    workspace.close()

    # By hand: the data file and its side files away, the backup in their place.
    for suffix in ("", "-wal", "-shm"):
        data_file.with_name(data_file.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, data_dir / DATA_FILE_NAME)
    again = Workspace.open(data_dir, clock=clock)
    try:
        after = snapshot()
        assert set(after) == set(before)
        for name in before:
            assert after[name] == before[name], name
        assert again.contacts.search_ids("museum") == found_before
        assert again.contacts.search_ids("Nieuwkomer") == []
    finally:
        again.close()
    conn = sqlite3.connect(data_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        conn.close()


def test_the_backup_is_a_self_contained_file(workspace: Workspace, clock: FixedClock) -> None:
    """The copy needs no -wal beside it: everything committed is in the file."""
    enrich(workspace, clock)
    backup = take_backup(
        database.connection(), workspace.data_file, reason="manual", now=clock.now()
    )
    assert not backup.with_name(backup.name + "-wal").exists()
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()
    assert count == len(snapshot()["contact"])

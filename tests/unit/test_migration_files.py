"""A data file of every released schema version opens with every row and
value kept (the files: tests/data/db_v{N}.sqlite3, built by
tests/data/make_db_versions.py and make_db_v1.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.services.query import rows, scalar
from netdesk.services.workspace import Workspace
from netdesk.store.db import DATA_FILE_NAME
from netdesk.store.migrations import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"
VERSIONS = range(1, SCHEMA_VERSION + 1)
# Facts the program works out from other rows; a migration may recompute them.
DERIVED = {("contact", "touched_at"), ("contact", "previous_touched_at")}

Content = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def content(conn: sqlite3.Connection) -> Content:
    """Every table's columns and rows (rowid order), search indexes as rowid and body."""
    found: Content = {}
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_search_%'"
        )
    ]
    for table in tables:
        if table.endswith("_search"):
            columns = ["rowid", "body"]
        else:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        listed = ", ".join(f'"{c}"' if c != "rowid" else c for c in columns)
        found[table] = (
            columns,
            conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY rowid').fetchall(),
        )
    return found


def read_content(path: Path) -> Content:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return content(conn)
    finally:
        conn.close()


def kept(old: Content, new: Content, table: str) -> tuple[list[Any], list[Any]]:
    """The old file's rows of ``table``, and the same columns read now."""
    old_columns, old_rows = old[table]
    new_columns, new_rows = new[table]
    shared = [c for c in old_columns if c in new_columns and (table, c) not in DERIVED]
    pick_old = [old_columns.index(c) for c in shared]
    pick_new = [new_columns.index(c) for c in shared]
    return (
        [tuple(r[i] for i in pick_old) for r in old_rows],
        [tuple(r[i] for i in pick_new) for r in new_rows],
    )


def test_every_released_version_has_a_file() -> None:
    missing = [v for v in VERSIONS if not (DATA / f"db_v{v}.sqlite3").is_file()]
    assert not missing, "run: .venv/bin/python tests/data/make_db_versions.py"


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def opened(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[int, Content, Workspace]]:
    version: int = request.param
    source = DATA / f"db_v{version}.sqlite3"
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(source, folder / DATA_FILE_NAME)
    before = read_content(source)
    ws = Workspace.open(folder, clock=FixedClock())
    yield version, before, ws
    ws.close()


def test_every_row_and_value_is_kept(opened: tuple[int, Content, Workspace]) -> None:
    version, before, ws = opened
    conn = sqlite3.connect(f"{ws.data_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        after = content(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert set(before) <= set(after)
    for table in before:
        assert len(after[table][1]) == len(before[table][1]), table
        was, now = kept(before, after, table)
        assert now == was, table
    if version < SCHEMA_VERSION:
        assert [p.name for p in ws.backups_dir.iterdir()] == [
            f"netdesk-{ws.clock.now():%Y%m%d-%H%M%S}-before-v{SCHEMA_VERSION}.sqlite3"
        ]


# db_v1 is made by make_db_v1.py and checked value by value in test_migrations.py.
MADE_HERE = range(2, SCHEMA_VERSION + 1)


@pytest.mark.parametrize("opened", MADE_HERE, ids=[f"v{v}" for v in MADE_HERE], indirect=True)
def test_the_program_reads_the_values(opened: tuple[int, Content, Workspace]) -> None:
    version, _, ws = opened
    assert scalar("SELECT value FROM setting WHERE key = 'made_by'") == "make_db_versions"
    ada = ws.contacts.get(1)
    assert (ada.display_name, ada.organisation_name, ada.position) == (
        "Ada Varga",
        "Acme Archives",
        "Archivist",
    )
    assert ada.emails == ("ada@acme.example.org", "ada@home.example")
    assert ada.links == ("https://ada.example/cv",)
    assert ada.tags == ("museum", "alumni")
    assert ada.first_met == date(2025, 10, 3)
    assert ada.notes == "Knows everyone.\nAsk about <b>spring</b> & =SUM(1)"
    assert ws.contacts.search_ids("varga") == [1]
    assert ws.contacts.search_ids("العلي") == [3]
    counts = ws.counts()
    assert (counts.contacts, counts.organisations, counts.trash) == (3, 2, 2)
    assert counts.conversations == 2  # the trashed person's talk is hidden
    assert [r.note for r in ws.conversations.get(1).referrals] == ["Ask about the lab", ""]
    # Facts kept by triggers since version 3 are worked out for older files too.
    assert rows("SELECT touched_at, told_goal_at FROM contact WHERE id = 1")[0][1] is not None
    if version >= 2:
        assert [p.name for p in ws.pitches.all()] == ["Elevator", "Long one"]
        assert sorted(r.seconds for r in ws.pitches.rehearsals(1)) == [28.25, 31.5]
    if version >= 3:
        assert scalar("SELECT count(*) FROM message") == 2
    if version >= 4:
        meeting = ws.meetings.get(1)
        assert meeting.draft.place == "Café de Ster"
        assert [q.text for q in meeting.draft.questions] == [
            "How did you start?",
            "Who else should I meet?",
        ]

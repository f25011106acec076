"""The benchmark suite's Qt-free parts: the data generator and the JSON report.

The benchmarks never assert on time. These check that their data is a sound
netdesk file, that the import case's Connections.csv is one netdesk reads whole,
that a report carries every figure, and (marked slow) that a real ``--quick``
run writes every figure as a number.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import import_probe
from benchmarks.connections import write_connections_csv
from benchmarks.generate import cached_data, generate
from benchmarks.report import KEYS, build_figures, format_table, write_json
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import normalise_contact
from netdesk.interchange.linkedin_csv import read_linkedin_csv
from netdesk.services.contacts import search_body
from netdesk.services.workspace import Workspace
from netdesk.store.db import DATA_FILE_NAME, inspect_data_file
from netdesk.store.migrations import SCHEMA_VERSION


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bench")
    return generate(folder / DATA_FILE_NAME, 500)


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def test_generator_fills_a_sound_data_file_of_the_asked_size(generated) -> None:
    assert (generated.contacts, generated.organisations, generated.conversations) == (
        500,
        25,
        1500,
    )
    assert inspect_data_file(generated.data_file) == SCHEMA_VERSION
    for side in ("-wal", "-shm", "-journal"):
        assert not generated.data_file.with_name(DATA_FILE_NAME + side).exists()
    with contextlib.closing(sqlite3.connect(generated.data_file)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert _count(conn, "SELECT count(*) FROM contact") == 500
        assert _count(conn, "SELECT count(*) FROM organisation") == 25
        assert _count(conn, "SELECT count(*) FROM conversation") == 1500
        assert _count(conn, "SELECT count(*) FROM contact_search") == 500
        assert _count(conn, "SELECT count(*) FROM conversation_search") == 1500
        assert (
            _count(conn, "SELECT count(DISTINCT contact_id) FROM contact_method WHERE kind='email'")
            == 500
        )
        assert _count(conn, "SELECT count(*) FROM contact_method WHERE kind='phone'") > 0
        assert _count(conn, "SELECT count(*) FROM referral") > 0
        assert _count(conn, "SELECT count(*) FROM promise") > 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_generated_search_text_is_what_the_services_write(generated, tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(generated.data_file)) as conn:
        bodies = dict(conn.execute("SELECT rowid, body FROM contact_search"))
    workspace = Workspace.open(generated.data_dir, clock=FixedClock(), create=False)
    try:
        contacts = workspace.contacts.get_many(workspace.contacts.search_ids())
        assert len(contacts) == 500
        for contact in contacts:
            assert bodies[contact.id] == search_body(normalise_contact(contact.to_draft()))
        some = contacts[0]
        assert some.id in workspace.contacts.search_ids(some.last_name or some.first_name)
    finally:
        workspace.close()


def test_cached_data_is_reused(tmp_path: Path) -> None:
    messages: list[str] = []
    first = cached_data(200, cache_dir=tmp_path, log=messages.append)
    second = cached_data(200, cache_dir=tmp_path, log=messages.append)
    assert not first.cached
    assert second.cached
    assert second.data_file == first.data_file
    assert (second.contacts, second.organisations, second.conversations) == (200, 10, 600)
    assert inspect_data_file(second.data_file) == SCHEMA_VERSION


def _run(startup: float) -> dict:
    phases = dict.fromkeys(("imports", "application", "open", "window", "show_to_paint"), 0.1)
    return {"startup_s": startup, "idle_s": startup, "peak_rss_mb": 100.0, "phases": phases}


def _warm() -> dict:
    timing = {"median": 10.0, "worst": 12.0, "best": 9.0, "n": 3}
    search = {
        "rows": 10,
        "ms": 40.0,
        "worst_ms": 45.0,
        "wait_ms": 1.0,
        "query_ms": 30.0,
        "paint_ms": 9.0,
        "keystroke_ms": 42.0,
        "keystroke_worst_ms": 60.0,
        "floor_ms": 8.0,
    }
    return {
        "open": timing,
        "counts": timing,
        "conversations_tab": {**timing, "first_ms": 20.0},
        "contacts_first_load": {"total": 30.0},
        "search": {"ann": search, "mus": {**search, "ms": 20.0}},
        "sort": {
            "organisation_asc": {**timing, "floor_ms": 5.0},
            "organisation_desc": {**timing, "floor_ms": 5.0},
        },
    }


def test_report_has_every_key_and_a_table(tmp_path: Path) -> None:
    figures = build_figures(
        app_runs=[_run(0.5), _run(0.7), _run(0.6)],
        floor_runs=[_run(0.2)],
        warm=_warm(),
        imported={
            "rows": 500,
            "rows_per_s": 10_000.0,
            "floor_rows_per_s": 40_000.0,
            "worst_s": 0.1,
            "read_ms": 5.0,
            "plan_ms": 10.0,
            "apply_ms": 30.0,
        },
        data={"contacts": 500, "organisations": 25, "conversations": 1500},
    )
    path = tmp_path / "out" / "bench.json"
    write_json(path, figures)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(written)
    assert list(written)[: len(KEYS)] == list(KEYS)
    assert written["startup_s"] == pytest.approx(0.6)
    assert written["startup_ratio"] == pytest.approx(3.0)
    assert written["search_ms"] == pytest.approx(30.0)
    assert written["search_worst_ms"] == pytest.approx(60.0)
    assert written["import_ratio"] == pytest.approx(4.0)
    table = format_table(figures)
    assert "startup" in table
    assert "sort by organisation" in table
    assert "import" in table


def test_json_writer_refuses_incomplete_figures(tmp_path: Path) -> None:
    figures = dict.fromkeys(KEYS, 1.0)
    write_json(tmp_path / "all.json", figures)
    assert set(json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))) == set(KEYS)
    del figures["search_ms"]
    with pytest.raises(ValueError, match="search_ms"):
        write_json(tmp_path / "some.json", figures)


def test_linkedin_connections_file_is_read_whole_by_netdesk(tmp_path: Path) -> None:
    made = write_connections_csv(tmp_path / "Connections.csv", 400)
    assert 15 <= made.companies <= 20
    text = made.path.read_text(encoding="utf-8")
    assert text.startswith("Notes:\n")
    read = read_linkedin_csv(made.path)
    assert read.problems == ()
    assert len(read.connections) == 400
    assert all(c.connected_on is not None for c in read.connections)
    assert len({c.linkedin_url for c in read.connections}) == 400
    emails = [c.email for c in read.connections]
    assert 0 < emails.count("") < 400


def test_import_probe_brings_every_row_in_with_netdesk_and_the_floor(tmp_path: Path) -> None:
    made = write_connections_csv(tmp_path / "Connections.csv", 300)
    figures = import_probe.run(made.path, 300, repeats=1)
    assert figures["rows"] == 300
    assert figures["rows_per_s"] > 0
    assert figures["floor_rows_per_s"] > 0


@pytest.mark.slow
def test_quick_run_writes_every_key_as_a_number(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in KEYS:
        value = figures[key]
        assert isinstance(value, int | float), key
        assert not isinstance(value, bool), key
        assert math.isfinite(value), key
    # Each floor is a raw query returning exactly the rows netdesk showed; one
    # candidate is netdesk's own statements replayed (all of them: sorting by
    # organisation sends two), which must always qualify.
    for case in (*figures["search"].values(), *figures["sort"].values()):
        assert case["floor_candidates"]["netdesk's SQL, raw"]["same_ids"], case

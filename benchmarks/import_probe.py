"""The import case: a LinkedIn Connections.csv into a fresh, empty data file.

Run by the runner as ``python -m benchmarks.import_probe --csv FILE --out JSON``.
Qt-free. Each run makes a new data folder (not timed), then times, from the
file's path to the data committed:

- netdesk: ``read_linkedin_csv(path)`` → ``workspace.importing.plan(read)`` →
  ``workspace.importing.apply(plan)``, the path the import wizard takes;
- the floor, in a data file made the same way: a plain ``sqlite3`` connection
  with netdesk's pragmas reads the file with ``csv.reader`` and writes the same
  tables (organisation, contact, contact_method and the contact_search FTS
  table) with one ``executemany`` each in one transaction. It does the least
  any importer must: an id and uuid per row, casefolded sort keys, one row
  per distinct company, the search text.

Runs alternate between the two, so that noise from other programs on the
machine hits both alike. Writes medians and every run's phases as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from netdesk.interchange.linkedin_csv import read_linkedin_csv
from netdesk.services.workspace import Workspace
from netdesk.store.db import DATA_FILE_NAME, PRAGMAS, create_data_file

HEADER_FIRST_CELL = "First Name"


def netdesk_import(csv_path: Path, data_dir: Path) -> dict[str, Any]:
    """netdesk's own path, in a fresh data folder; phases in ms."""
    workspace = Workspace.open(data_dir)
    try:
        started = time.perf_counter()
        read = read_linkedin_csv(csv_path)
        read_at = time.perf_counter()
        plan = workspace.importing.plan(read)
        planned_at = time.perf_counter()
        result = workspace.importing.apply(plan)
        finished = time.perf_counter()
    finally:
        workspace.close()
    return {
        "s": finished - started,
        "read_ms": (read_at - started) * 1000,
        "plan_ms": (planned_at - read_at) * 1000,
        "apply_ms": (finished - planned_at) * 1000,
        "created": len(result.created_ids),
    }


def floor_import(csv_path: Path, data_dir: Path) -> dict[str, Any]:
    """Raw csv and executemany into the same tables of a fresh data file."""
    data_file = data_dir / DATA_FILE_NAME
    create_data_file(data_file, datetime.now(UTC))
    started = time.perf_counter()
    conn = sqlite3.connect(data_file, isolation_level=None)
    try:
        for name, value in PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}")
        now = datetime.now(UTC).isoformat()
        organisations: dict[str, tuple[int, str, str, str, str, str]] = {}
        contacts: list[tuple[Any, ...]] = []
        methods: list[tuple[int, str, str, int]] = []
        bodies: list[tuple[int, str]] = []
        with csv_path.open(encoding="utf-8", newline="") as source:
            reader = csv.reader(source)
            for record in reader:
                if record[:1] == [HEADER_FIRST_CELL]:
                    break
            for contact_id, record in enumerate(reader, start=1):
                first, last, url, email, company, position, connected = record
                org_id = None
                org_key = company.casefold()
                if company:
                    org = organisations.get(org_key)
                    if org is None:
                        org_uuid = str(uuid.uuid4())
                        org = (len(organisations) + 1, org_uuid, company, org_key, now, now)
                        organisations[org_key] = org
                    org_id = org[0]
                contacts.append(
                    (
                        contact_id,
                        str(uuid.uuid4()),
                        first,
                        last,
                        f"{first} {last}".casefold(),
                        org_id,
                        org_key,
                        position,
                        url,
                        connected,
                        now,
                        now,
                    )
                )
                if email:
                    methods.append((contact_id, "email", email, 0))
                bodies.append((contact_id, f"{first} {last} {position} {email} {url}".casefold()))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO organisation (id, uuid, name, name_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            organisations.values(),
        )
        conn.executemany(
            "INSERT INTO contact (id, uuid, first_name, last_name, name_key, organisation_id, "
            "organisation_key, position, linkedin_url, first_met, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            contacts,
        )
        conn.executemany(
            "INSERT INTO contact_method (contact_id, kind, value, position) VALUES (?, ?, ?, ?)",
            methods,
        )
        conn.executemany("INSERT INTO contact_search (rowid, body) VALUES (?, ?)", bodies)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {"s": time.perf_counter() - started, "created": len(contacts)}


def _in_fresh_folder(
    call: Callable[[Path, Path], dict[str, Any]], csv_path: Path
) -> dict[str, Any]:
    scratch = Path(tempfile.mkdtemp(prefix="netdesk-import-"))
    try:
        return call(csv_path, scratch / "data")
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch)


def run(csv_path: Path, rows: int, repeats: int) -> dict[str, Any]:
    netdesk_runs: list[dict[str, Any]] = []
    floor_runs: list[dict[str, Any]] = []
    for _ in range(repeats):
        floor_runs.append(_in_fresh_folder(floor_import, csv_path))
        netdesk_runs.append(_in_fresh_folder(netdesk_import, csv_path))
    for runs, who in ((netdesk_runs, "netdesk"), (floor_runs, "the floor")):
        wrong = [r["created"] for r in runs if r["created"] != rows]
        if wrong:
            raise RuntimeError(f"{who} imported {wrong[0]:,} contacts of {rows:,}")
    netdesk_s = statistics.median(r["s"] for r in netdesk_runs)
    floor_s = statistics.median(r["s"] for r in floor_runs)
    return {
        "rows": rows,
        "median_s": netdesk_s,
        "worst_s": max(r["s"] for r in netdesk_runs),
        "floor_s": floor_s,
        "rows_per_s": rows / netdesk_s,
        "floor_rows_per_s": rows / floor_s,
        "read_ms": statistics.median(r["read_ms"] for r in netdesk_runs),
        "plan_ms": statistics.median(r["plan_ms"] for r in netdesk_runs),
        "apply_ms": statistics.median(r["apply_ms"] for r in netdesk_runs),
        "runs": netdesk_runs,
        "floor_runs": floor_runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--rows", type=int, required=True, help="connections in the file")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    figures = run(args.csv, args.rows, args.repeats)
    args.out.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

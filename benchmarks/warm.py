"""The warm-process cases: one process, the data file open through Workspace,
real netdesk panels shown offscreen, and raw sqlite3 floors beside them.

Run by the runner as ``python -m benchmarks.warm --data-dir D --out FILE``;
writes its figures as JSON to FILE. Every case is run once untimed first.

- open_ms: Workspace.open() of the file (header check, PRAGMA quick_check,
  connect), closed again between runs.
- counts_ms: workspace.counts() (the status bar's numbers).
- search: a ContactsPanel is shown; for each fragment the search field is
  cleared, then the fragment is typed with QTest.keyClicks (all letters at
  once, as a fast typist does) and the clock stops once the model holds the
  new filter and the table's viewport has painted after the model changed.
  The time is split into waiting (the panel's typing-pause timer), the query
  (model.set_filter) and painting. Then the same fragment is typed one letter
  at a time, each letter timed the same way: the worst of those is the worst
  keystroke. The floor is the fastest of several raw sqlite3 queries (on a
  plain connection) that return exactly the ids netdesk shows, in its order.
- sort: model.sort() by Organisation and by Name, both directions, on the
  unfiltered table, until the viewport has painted the new order; floor: the
  fastest raw ``SELECT id ... ORDER BY`` returning the same ids.
- conversations_tab_ms: ConversationsPanel.reload() until painted.
- today_ms: TodayService.agenda() at the generated network's "now" (every
  section of the Today screen and ``netdesk today``, streak included).
- briefing_ms: the demo network's upcoming meeting, in a data file of its own
  made after the big one is closed: BriefingService.build(), the HTML, layout
  and the PDF written, as ``netdesk briefing --pdf`` does it.

Among the search and sort floors' candidates are always netdesk's own
statements, every one the call sent (sorting by organisation sends two),
replayed on the raw connection with their ids read the way netdesk reads them.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from benchmarks.generate import ANCHOR
from benchmarks.qt_support import ModelChanges, PaintWatcher, drain, wait_until
from netdesk.app import create_application
from netdesk.instance_lock import InstanceLock
from netdesk.printing.briefing_print import render, save_briefing_pdf
from netdesk.services.briefing import BriefingService
from netdesk.services.demo import build_demo_network
from netdesk.services.workspace import Workspace
from netdesk.store.db import database
from netdesk.views.panels import ContactsPanel, ConversationsPanel
from netdesk.views.table_panel import TablePanel

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
DIRECTION = {ASC: "asc", DESC: "desc"}


def ms(seconds: float) -> float:
    return seconds * 1000


def timed(call: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    """Milliseconds of each of ``repeats`` calls after one untimed warm-up."""
    result = call()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = call()
        times.append(ms(time.perf_counter() - started))
    return times, result


def summary(samples: Sequence[float]) -> dict[str, float]:
    return {
        "median": statistics.median(samples),
        "worst": max(samples),
        "best": min(samples),
        "n": len(samples),
    }


Statement = tuple[str, Any]  # SQL and its parameters


def netdesk_sql(call: Callable[[], Any]) -> tuple[Any, list[Statement]]:
    """Run ``call`` and return its result with every SQL statement it sent
    to SQLite, in order (sorting by organisation sends two)."""
    seen: list[Statement] = []
    original = database.execute_sql

    def recorder(sql: str, params: Any = None) -> Any:
        seen.append((sql, params))
        return original(sql, params)

    database.execute_sql = recorder  # type: ignore[method-assign]
    try:
        result = call()
    finally:
        del database.execute_sql
    return result, seen


class RawFloor:
    """Raw sqlite3 on its own read-only connection: the physical floor."""

    def __init__(self, data_file: Path) -> None:
        self.conn = sqlite3.connect(f"{data_file.resolve().as_uri()}?mode=ro", uri=True)
        self.conn.execute("PRAGMA cache_size = -32000")  # as netdesk's connection

    def ids(self, statements: Sequence[Statement]) -> list[int]:
        """The ids the statements return, one after the other. A statement
        may return them as one JSON array, as netdesk's list queries do."""
        found: list[int] = []
        for sql, params in statements:
            for row in self.conn.execute(sql, params or ()):
                value = row[0]
                if isinstance(value, str) and value.startswith("["):
                    found += json.loads(value)
                else:
                    found.append(value)
        return found

    def fastest(
        self, expected: list[int], candidates: dict[str, list[Statement]], repeats: int
    ) -> dict[str, Any]:
        """The fastest candidate that returns exactly ``expected``."""
        results: dict[str, Any] = {}
        for name, statements in candidates.items():
            times, found = timed(lambda statements=statements: self.ids(statements), repeats)
            results[name] = {"median_ms": statistics.median(times), "same_ids": found == expected}
        valid = {k: v for k, v in results.items() if v["same_ids"]}
        if not valid:  # no raw query reproduces netdesk's rows: say so, do not guess
            return {"ms": float("nan"), "query": "none matched", "candidates": results}
        best = min(valid, key=lambda k: valid[k]["median_ms"])
        return {"ms": valid[best]["median_ms"], "query": best, "candidates": results}


def search_candidates(fragment: str, netdesk: list[Statement]) -> dict[str, list[Statement]]:
    """Raw queries for the contacts a one-word search shows, in name order."""
    candidates = {"netdesk's SQL, raw": netdesk}
    if any(ch in fragment for ch in '%_\\"') or len(fragment) < 3 or " " in fragment:
        return candidates
    like = f"%{fragment}%"
    phrase = f'"{fragment}"'
    # Contacts whose own text matches (trigram index) or whose organisation does.
    by_org = (
        "SELECT c2.id FROM organisation o CROSS JOIN contact c2 ON c2.organisation_id = o.id "
        "WHERE o.name_key LIKE :like AND o.deleted_at IS NULL"
    )
    for name, fts in (
        ("FTS5 MATCH, join, sort", "contact_search MATCH :phrase"),
        ("FTS5 LIKE, join, sort", "body LIKE :like"),
    ):
        candidates[name] = [
            (
                f"SELECT c.id FROM (SELECT rowid AS id FROM contact_search WHERE {fts} "
                f"UNION {by_org}) s CROSS JOIN contact c ON c.id = s.id "
                "WHERE c.deleted_at IS NULL ORDER BY c.name_key, c.id",
                {"like": like, "phrase": phrase},
            )
        ]
    candidates["name index scan, IN (FTS5 MATCH)"] = [
        (
            "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN "
            f"(SELECT rowid FROM contact_search WHERE contact_search MATCH :phrase "
            f"UNION {by_org}) ORDER BY c.name_key, c.id",
            {"like": like, "phrase": phrase},
        )
    ]
    return candidates


def sort_candidates(
    column: str, descending: bool, netdesk: list[Statement]
) -> dict[str, list[Statement]]:
    direction = "DESC" if descending else "ASC"
    candidates = {"netdesk's SQL, raw": netdesk}
    # netdesk breaks ties (name, then id) in the sort's own direction.
    if column == "organisation":
        candidates["LEFT JOIN, ORDER BY"] = [
            (
                "SELECT c.id FROM contact c LEFT JOIN organisation o "
                "ON o.id = c.organisation_id AND o.deleted_at IS NULL "
                "WHERE c.deleted_at IS NULL ORDER BY o.name_key IS NULL, "
                f"o.name_key {direction}, c.name_key {direction}, c.id {direction}",
                (),
            )
        ]
        candidates["organisation key on the contact, one ORDER BY"] = [
            (
                "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY organisation_key = '', "
                f"organisation_key {direction}, name_key {direction}, id {direction}",
                (),
            )
        ]
    else:
        candidates["name index"] = [
            (
                "SELECT id FROM contact WHERE deleted_at IS NULL "
                f"ORDER BY name_key {direction}, id {direction}",
                (),
            )
        ]
    return candidates


class ShownPanel:
    """A real panel on screen (offscreen), with clocks on its model and view."""

    def __init__(self, panel: TablePanel) -> None:
        self.panel = panel
        panel.resize(1280, 740)
        panel.show()
        QTest.qWaitForWindowExposed(panel)
        self.paints = PaintWatcher(panel.table.viewport())
        self.changes = ModelChanges(panel.model)
        self.query_started = 0.0
        self.query_finished = 0.0
        model = panel.model
        set_filter = model.set_filter

        def timed_set_filter(text: str) -> None:
            self.query_started = time.perf_counter()
            set_filter(text)
            self.query_finished = time.perf_counter()

        # Instrumentation only: the panel calls model.set_filter when its timer fires.
        model.set_filter = timed_set_filter  # type: ignore[method-assign]
        drain()

    def shown(self, text: str | None = None) -> bool:
        if text is not None and self.panel.model.filter_text != text:
            return False
        return self.changes.shown_by(self.paints) or not self.panel.table.isVisible()

    def act(self, action: Callable[[], None], text: str | None = None) -> dict[str, float]:
        """Do ``action`` and wait until the view shows its outcome; the phases in ms."""
        self.changes.at = None
        self.query_started = self.query_finished = 0.0
        started = time.perf_counter()
        action()
        finished = wait_until(lambda: self.shown(text))
        figures = {"total": ms(finished - started)}
        if self.query_started:
            figures["wait"] = ms(self.query_started - started)
            figures["query"] = ms(self.query_finished - self.query_started)
            figures["paint"] = ms(finished - self.query_finished)
        return figures

    def clear_search(self) -> None:
        if self.panel.search.text() or self.panel.model.filter_text:
            self.act(self.panel.search.clear, "")
        drain()

    def type_text(self, text: str) -> dict[str, float]:
        search = self.panel.search
        expected = search.text() + text
        return self.act(lambda: QTest.keyClicks(search, text), expected)


def median_of(samples: list[dict[str, float]], key: str) -> float | None:
    values = [s[key] for s in samples if key in s]
    return statistics.median(values) if values else None


def run(data_dir: Path, fragments: Sequence[str], repeats: int) -> dict[str, Any]:
    create_application()
    lock = InstanceLock(data_dir)
    lock.acquire()
    figures: dict[str, Any] = {}
    try:
        open_times = []
        for _ in range(max(3, repeats)):
            started = time.perf_counter()
            workspace = Workspace.open(data_dir, create=False)
            open_times.append(ms(time.perf_counter() - started))
            workspace.close()
        figures["open"] = summary(open_times)
        workspace = Workspace.open(data_dir, create=False)
        try:
            figures.update(_run_open(workspace, fragments, repeats))
        finally:
            workspace.close()
    finally:
        lock.release()
    figures["briefing"] = _run_briefing(repeats)
    return figures


def _run_briefing(repeats: int) -> dict[str, Any]:
    """The demo briefing from meeting id to PDF file, and its parts."""
    with tempfile.TemporaryDirectory(prefix="netdesk-briefing-") as scratch:
        folder = Path(scratch)
        workspace = Workspace.open(folder / "data")
        try:
            build_demo_network(workspace)
            meeting = workspace.meetings.next_upcoming(workspace.clock.now())
            if meeting is None:
                raise RuntimeError("the demo network has no upcoming meeting")
            pdf = folder / "briefing.pdf"
            started = time.perf_counter()
            save_briefing_pdf(workspace, meeting.id, pdf)
            first = ms(time.perf_counter() - started)
            times, _ = timed(lambda: save_briefing_pdf(workspace, meeting.id, pdf), repeats)
            service = BriefingService.of(workspace)
            build_times, briefing = timed(lambda: service.build(meeting.id), repeats)
            render_times, _ = timed(lambda: render(briefing), repeats)
            written = pdf.read_bytes()
        finally:
            workspace.close()
    return {
        **summary(times),
        "first_ms": first,
        "build_ms": statistics.median(build_times),
        "html_ms": statistics.median(render_times),
        "pages": len(re.findall(rb"/Type\s*/Page\b", written)),
        "pdf_bytes": len(written),
    }


def _run_open(workspace: Workspace, fragments: Sequence[str], repeats: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    counts_times, counts = timed(workspace.counts, repeats)
    figures["counts"] = summary(counts_times)
    figures["counted"] = {
        "contacts": counts.contacts,
        "organisations": counts.organisations,
        "conversations": counts.conversations,
    }
    floor = RawFloor(workspace.data_file)

    contacts = ShownPanel(ContactsPanel(workspace))
    first_load = contacts.act(contacts.panel.ensure_loaded)
    figures["contacts_first_load"] = first_load
    contacts_service = workspace.contacts

    # Search ----------------------------------------------------------------
    search: dict[str, Any] = {}
    for fragment in fragments:
        contacts.clear_search()
        contacts.type_text(fragment)  # warm-up
        bursts: list[dict[str, float]] = []
        keystrokes: list[dict[str, float]] = []
        for _ in range(repeats):
            contacts.clear_search()
            bursts.append(contacts.type_text(fragment))
            contacts.clear_search()
            for letter in fragment:
                keystrokes.append(contacts.type_text(letter))
        shown_ids = contacts.panel.model.ids()
        expected, sent = netdesk_sql(lambda f=fragment: contacts_service.search_ids(f))
        if shown_ids != expected:
            raise RuntimeError(f"the panel shows other rows than search_ids({fragment!r})")
        raw = floor.fastest(expected, search_candidates(fragment, sent), repeats)
        service_times, _ = timed(lambda f=fragment: contacts_service.search_ids(f), repeats)
        search[fragment] = {
            "rows": len(expected),
            "ms": median_of(bursts, "total"),
            "worst_ms": max(b["total"] for b in bursts),
            "wait_ms": median_of(bursts, "wait"),
            "query_ms": median_of(bursts, "query"),
            "paint_ms": median_of(bursts, "paint"),
            "service_ms": statistics.median(service_times),
            "keystroke_ms": median_of(keystrokes, "total"),
            "keystroke_worst_ms": max(k["total"] for k in keystrokes),
            "floor_ms": raw["ms"],
            "floor_query": raw["query"],
            "floor_candidates": raw["candidates"],
        }
    contacts.clear_search()
    figures["search"] = search

    # Sort ------------------------------------------------------------------
    model = contacts.panel.model
    sort: dict[str, Any] = {}
    cases = (
        ("organisation", 1, ASC),
        ("organisation", 1, DESC),
        ("name", 0, DESC),
        ("name", 0, ASC),
    )
    samples: dict[str, list[float]] = {f"{c}_{DIRECTION[o]}": [] for c, _, o in cases}
    for round_ in range(repeats + 1):  # round 0 is the warm-up
        for column, number, order in cases:
            result = contacts.act(lambda n=number, o=order: model.sort(n, o))
            if round_:
                samples[f"{column}_{DIRECTION[order]}"].append(result["total"])
    model.sort(0, ASC)
    drain()
    for column, number, order in cases:
        key = f"{column}_{DIRECTION[order]}"
        sort_enum = model.columns[number].sort
        descending = order == DESC
        expected, sent = netdesk_sql(
            lambda s=sort_enum, d=descending: contacts_service.search_ids("", s, descending=d)
        )
        model.sort(number, order)
        if model.ids() != expected:
            raise RuntimeError(f"the table sorted by {key} shows other rows than search_ids")
        raw = floor.fastest(expected, sort_candidates(column, descending, sent), repeats)
        sort[key] = {
            **summary(samples[key]),
            "floor_ms": raw["ms"],
            "floor_query": raw["query"],
            "floor_candidates": raw["candidates"],
        }
    figures["sort"] = sort
    contacts.panel.close()

    # Conversations tab -------------------------------------------------------
    conversations = ShownPanel(ConversationsPanel(workspace))
    first = conversations.act(conversations.panel.reload)
    reloads = [conversations.act(conversations.panel.reload)["total"] for _ in range(repeats)]
    figures["conversations_tab"] = {**summary(reloads), "first_ms": first["total"]}
    conversations.panel.close()
    floor.conn.close()

    # Today -----------------------------------------------------------------
    while workspace.verification() is None:  # the page check would compete for the CPU
        time.sleep(0.05)
    today_times, agenda = timed(lambda: workspace.today.agenda(ANCHOR), repeats)
    figures["today"] = {
        **summary(today_times),
        "items": {
            "thanks": agenda.thanks.total,
            "promises": agenda.promises.total,
            "keep_in_touch": agenda.keep_in_touch.total,
            "follow_ups": agenda.follow_ups.total,
            "report_backs": agenda.report_backs.total,
            "upcoming": agenda.upcoming.total,
            "not_told": agenda.not_told.total,
            "streak_days": agenda.streak.current,
        },
    }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--fragments", default="ann,mus,van,ber")
    args = parser.parse_args()
    figures = run(args.data_dir, args.fragments.split(","), args.repeats)
    args.out.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

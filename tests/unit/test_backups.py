"""Rotating backups: the retention rules, taking them, the daily one across
midnight and time zones, listing damaged ones, and restoring (round trip, an
older version migrated, a newer one refused)."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, Initiator
from netdesk.domain.errors import DataFileError, DataFileProblem, DataFileTooNewError
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.backups import BackupReason, BackupService, Retention
from netdesk.services.demo import build_demo_network
from netdesk.services.workspace import Workspace
from netdesk.store.backup import (
    backups_dir,
    backups_to_delete,
    list_backups,
    parse_backup_name,
    read_retention,
    take_backup,
)
from netdesk.store.db import database
from netdesk.store.migrations import SCHEMA_VERSION

UTC_ZONE = ZoneInfo("UTC")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
V1_FILE = Path(__file__).resolve().parents[1] / "data" / "db_v1.sqlite3"


def name(moment: str, reason: str = "daily") -> str:
    """A backup's name from "2026-01-15 09:00" (UTC)."""
    stamp = at(moment).strftime("%Y%m%d-%H%M%S")
    return f"netdesk-{stamp}-{reason}.sqlite3"


def at(moment: str) -> datetime:
    return datetime.strptime(moment, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def service(ws: Workspace, tz: Any = UTC_ZONE) -> BackupService:
    return BackupService(ws.clock, ws.data_file, ws.settings, tz=tz)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search indexes as rowid and text)."""
    tables = [
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%search_%'"
        ).fetchall()
    ]
    found = {}
    for table in tables:
        columns = "rowid, body" if table.endswith("_search") else "*"
        found[table] = database.execute_sql(
            f'SELECT {columns} FROM "{table}" ORDER BY rowid'
        ).fetchall()
    found["user_version"] = database.execute_sql("PRAGMA user_version").fetchall()
    return found


def change_things(ws: Workspace, clock: FixedClock) -> None:
    """Create, edit and trash after the backup."""
    clock.advance(timedelta(hours=1))
    new = ws.contacts.create(ContactDraft(first_name="Quirijn", last_name="Nieuwkomer"))
    ws.conversations.create(
        ConversationDraft(
            contact_id=new.id,
            occurred_at=clock.now(),
            initiated_by=Initiator.ME,
            topics="Brand new talk",
        )
    )
    people = ws.contacts.get_many(ws.contacts.search_ids())
    ws.contacts.update(people[1].id, replace(people[1].to_draft(), notes="Edited after backup"))
    ws.promises.create(PromiseDraft(contact_id=people[2].id, description="A new promise"))
    ws.trash.trash(RecordKind.CONTACT, [people[3].id])
    ws.settings.set_text("my_name", "Someone Else")


# The retention rules --------------------------------------------------------------

NOW = "2026-03-04 12:00"  # a Wednesday; that ISO week began on Monday 2 March

RETENTION_CASES = [
    pytest.param([], Retention(10, 8), [], id="nothing to rotate"),
    pytest.param(
        [name(f"2026-03-04 0{h}:00") for h in range(5)],
        Retention(3, 0),
        [name("2026-03-04 00:00"), name("2026-03-04 01:00")],
        id="newest three",
    ),
    pytest.param(
        [name(f"2026-03-04 0{h}:00") for h in range(5)],
        Retention(3, 8),
        [name("2026-03-04 00:00"), name("2026-03-04 01:00")],
        id="one week: its newest is among the newest anyway",
    ),
    pytest.param(
        # One a day for five weeks, keep 2 and 3 weeks: the two newest, plus
        # Sunday (the newest) of each of the two weeks before this one.
        [
            name(f"2026-{d:%m-%d} 10:00")
            for d in (at("2026-01-29 00:00") + timedelta(days=i) for i in range(35))
        ],
        Retention(2, 3),
        None,  # worked out below
        id="weekly",
    ),
    pytest.param(
        [
            name("2026-01-01 10:00", "before-v5"),
            name("2026-01-02 10:00", "before-restore"),
            name("2026-01-03 10:00", "before-v6"),
            name("2026-01-04 10:00", "before-v7"),
            name("2026-03-04 08:00"),
            name("2026-03-04 09:00", "closing"),
        ],
        Retention(2, 0),
        [name("2026-01-01 10:00", "before-v5")],
        id="the newest three before a migration or restore stay",
    ),
    pytest.param(
        [name("2026-03-04 09:00"), name("2026-03-04 09:00").replace(".sqlite3", "-2.sqlite3")],
        Retention(1, 0),
        [name("2026-03-04 09:00")],
        id="a serial is newer than the same second without",
    ),
    pytest.param(
        [name("2026-03-04 09:00"), "notes.txt", "netdesk-backup.json"],
        Retention(1, 0),
        [],
        id="what is not a backup stays",
    ),
    pytest.param(
        [name("2026-02-22 23:30"), name("2026-02-23 00:30"), name(NOW)],
        Retention(1, 2),
        [name("2026-02-22 23:30")],
        id="Sunday night is the week before",
    ),
]


@pytest.mark.parametrize(("names", "retention", "deleted"), RETENTION_CASES)
def test_retention(names: list[str], retention: Retention, deleted: list[str] | None) -> None:
    found = backups_to_delete(names, at(NOW), retention, UTC_ZONE)
    if deleted is None:
        kept = sorted(set(names) - set(found))
        assert kept == [
            name("2026-02-22 10:00"),  # Sunday of the week of 16 February
            name("2026-03-01 10:00"),  # Sunday of last week
            name("2026-03-03 10:00"),
            name("2026-03-04 10:00"),
        ]
    else:
        assert found == deleted


def test_weeks_follow_the_users_calendar() -> None:
    # Monday 02:00 in Auckland is still Sunday in UTC: last week there, this week here.
    names = [name("2026-03-01 13:00"), name(NOW)]
    assert backups_to_delete(names, at(NOW), Retention(1, 1), UTC_ZONE) == [names[0]]
    assert backups_to_delete(names, at(NOW), Retention(1, 1), AUCKLAND) == [names[0]]
    assert backups_to_delete(names, at(NOW), Retention(1, 2), UTC_ZONE) == []


@pytest.mark.parametrize(
    ("text", "reason", "serial"),
    [
        ("netdesk-20260115-090000-daily.sqlite3", BackupReason.DAILY, 1),
        ("netdesk-20260115-090000-closing-3.sqlite3", BackupReason.CLOSING, 3),
        ("netdesk-20260115-090000-before-v7.sqlite3", BackupReason.BEFORE_MIGRATION, 1),
        ("netdesk-20260115-090000-before-v7-2.sqlite3", BackupReason.BEFORE_MIGRATION, 2),
        ("netdesk-20260115-090000-before-restore.sqlite3", BackupReason.BEFORE_RESTORE, 1),
        ("netdesk-20260115-090000-auto.sqlite3", BackupReason.OTHER, 1),
        ("netdesk-20260115-090000.sqlite3", BackupReason.OTHER, 1),
    ],
)
def test_names_say_when_and_why(text: str, reason: BackupReason, serial: int) -> None:
    parsed = parse_backup_name(text)
    assert parsed is not None
    assert parsed.taken_at == at("2026-01-15 09:00")
    assert (parsed.reason, parsed.serial) == (reason, serial)


@pytest.mark.parametrize(
    "text", ["netdesk-20261315-090000-daily.sqlite3", "netdesk-bad.sqlite3", "x.sqlite3"]
)
def test_other_names_are_not_backups(text: str) -> None:
    assert parse_backup_name(text) is None


# Taking and rotating on disk ----------------------------------------------------------


def test_take_makes_a_private_verified_copy(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Kopie"))
    path = service(workspace).take(BackupReason.CLOSING)
    assert path.name == "netdesk-20260115-090000-closing.sqlite3"
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    [info] = service(workspace).backups()
    assert info.reason is BackupReason.CLOSING
    assert info.taken_at == workspace.clock.now()
    assert info.schema_version == SCHEMA_VERSION
    assert info.counts is not None
    assert info.counts.contacts == 1
    assert info.size == path.stat().st_size
    assert not info.damaged
    assert info.restorable


def test_rotation_follows_the_settings(workspace: Workspace, clock: FixedClock) -> None:
    backups = service(workspace)
    backups.set_retention(Retention(keep_last=2, keep_weeks=2))
    assert backups.retention() == Retention(2, 2)
    assert read_retention(database.connection()) == Retention(2, 2)
    for _ in range(21):  # three weeks, one a day
        backups.take(BackupReason.DAILY)
        clock.advance(timedelta(days=1))
    now = clock.now() - timedelta(days=1)
    kept = [parse_backup_name(p.name) for p in list_backups(workspace.data_file)]
    days = [b.taken_at.date() for b in kept if b is not None]
    # 15 January 2026 is a Thursday; the last one is Wednesday 4 February.
    assert now.date().isoformat() == "2026-02-04"
    assert [d.isoformat() for d in days] == ["2026-02-01", "2026-02-03", "2026-02-04"]


def test_retention_out_of_bounds_reads_as_default(workspace: Workspace) -> None:
    workspace.settings.set_text("backups.keep_last", "0")
    workspace.settings.set_text("backups.keep_weeks", "many")
    assert service(workspace).retention() == Retention(10, 8)
    assert read_retention(database.connection()) == Retention(10, 8)
    with pytest.raises(ValueError, match="outside"):
        service(workspace).set_retention(Retention(0, 8))


def test_backups_in_one_second_get_serials_and_keep_their_order(workspace: Workspace) -> None:
    backups = service(workspace)
    made = [backups.take() for _ in range(3)]
    assert [p.name for p in made] == [
        "netdesk-20260115-090000-manual.sqlite3",
        "netdesk-20260115-090000-manual-2.sqlite3",
        "netdesk-20260115-090000-manual-3.sqlite3",
    ]
    assert [info.path for info in backups.backups()] == made[::-1]  # newest first


# The daily backup -----------------------------------------------------------------------


def test_daily_backup_once_per_calendar_day(workspace: Workspace, clock: FixedClock) -> None:
    backups = service(workspace)
    clock.current = at("2026-01-15 23:30")
    assert backups.take_daily_if_due() is not None
    assert backups.take_daily_if_due() is None
    clock.current = at("2026-01-15 23:59")
    assert backups.take_daily_if_due() is None
    clock.current = at("2026-01-16 00:01")  # past midnight: a new day
    assert backups.daily_due()
    made = backups.take_daily_if_due()
    assert made is not None
    assert made.name.endswith("-daily.sqlite3")
    assert backups.take_daily_if_due() is None


def test_any_backup_counts_as_the_days_backup(workspace: Workspace, clock: FixedClock) -> None:
    backups = service(workspace)
    backups.take(BackupReason.CLOSING)
    clock.advance(timedelta(hours=3))
    assert backups.take_daily_if_due() is None


def test_the_day_is_the_users_day(workspace: Workspace, clock: FixedClock) -> None:
    # 23:30 UTC on the 15th: 18:30 on the 15th in New York, 12:30 on the 16th in Auckland.
    clock.current = at("2026-01-15 23:30")
    service(workspace).take(BackupReason.DAILY)
    clock.current = at("2026-01-16 00:30")  # the 16th in UTC, 19:30 the 15th in New York
    assert service(workspace, UTC_ZONE).daily_due()
    assert not service(workspace, NEW_YORK).daily_due()
    assert not service(workspace, AUCKLAND).daily_due()  # 13:30 the 16th
    clock.current = at("2026-01-16 05:30")  # half past midnight in New York
    assert service(workspace, NEW_YORK).daily_due()
    clock.current = at("2026-01-16 10:59")  # 23:59 the 16th in Auckland
    assert not service(workspace, AUCKLAND).daily_due()
    clock.current = at("2026-01-16 11:00")  # midnight in Auckland
    assert service(workspace, AUCKLAND).daily_due()


# Listing ------------------------------------------------------------------------------------


def test_listing_describes_damaged_backups_without_failing(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Heel"))
    backups = service(workspace)
    good = backups.take()
    folder = backups_dir(workspace.data_file)
    (folder / name("2026-01-10 08:00")).write_bytes(b"not a database at all")
    (folder / name("2026-01-11 08:00")).write_bytes(b"")
    truncated = folder / name("2026-01-12 08:00")
    truncated.write_bytes(good.read_bytes()[:4096])
    foreign = folder / name("2026-01-13 08:00")
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE other (x)")
    conn.close()
    shredded = folder / name("2026-01-14 08:00")
    data = bytearray(good.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    shredded.write_bytes(bytes(data))

    listed = {info.path.name: info for info in backups.backups()}

    assert listed[good.name].counts is not None
    assert listed[good.name].counts.contacts == 1  # type: ignore[union-attr]
    problems = {n: info.problem for n, info in listed.items() if n != good.name}
    assert problems == {
        name("2026-01-10 08:00"): DataFileProblem.NOT_SQLITE,
        name("2026-01-11 08:00"): DataFileProblem.EMPTY,
        truncated.name: DataFileProblem.DAMAGED,
        foreign.name: DataFileProblem.FOREIGN,
        shredded.name: DataFileProblem.DAMAGED,
    }
    assert all(not listed[n].restorable and listed[n].counts is None for n in problems)
    with pytest.raises(DataFileError):
        backups.restore(shredded)


# Restoring ----------------------------------------------------------------------------------


def test_restore_round_trip(workspace: Workspace, clock: FixedClock) -> None:
    build_demo_network(workspace)
    backups = service(workspace)
    backup = backups.take()
    before = snapshot()
    change_things(workspace, clock)
    changed = snapshot()
    assert changed != before

    plan = backups.restore_plan(backup)
    contacts = plan.change("contact")
    assert contacts.rows_now == contacts.rows_after + 1
    assert contacts.live_now == contacts.live_after  # one more, one in the trash
    assert plan.backups_folder == backups.folder
    assert not plan.data_file_empty

    clock.advance(timedelta(minutes=5))
    kept = backups.restore(backup)

    assert snapshot() == before
    assert kept.name.endswith("-before-restore.sqlite3")
    assert mode(kept) == 0o600
    assert workspace.contacts.search_ids("Nieuwkomer") == []  # the search index too
    # The copy kept holds the data as it was just before.
    assert _rows(kept, "SELECT count(*) FROM contact WHERE first_name = 'Quirijn'") == 1


def test_restore_on_a_worker_connection_is_seen_by_the_window(
    workspace: Workspace, clock: FixedClock
) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Eerst"))
    backups = service(workspace)
    backup = backups.take()
    change_things_small(workspace)
    before_main = workspace.contacts.count()
    result: list[object] = []

    def work() -> None:
        with workspace.thread_connection():
            result.append(backups.restore(backup))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert isinstance(result[0], Path)
    assert before_main == 2
    assert workspace.contacts.count() == 1  # this thread's connection sees the restore


def change_things_small(ws: Workspace) -> None:
    ws.contacts.create(ContactDraft(first_name="Bram", last_name="Later"))


def test_restore_of_a_version_1_backup_migrates_it(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Nu"))
    folder = backups_dir(workspace.data_file)
    folder.mkdir(mode=0o700)
    old = folder / name("2025-06-01 10:00", "before-v2")
    shutil.copyfile(V1_FILE, old)
    backups = service(workspace)
    [info] = backups.backups()
    assert info.schema_version == 1
    assert info.restorable

    backups.restore(old)

    assert int(database.execute_sql("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
    expected = _rows(V1_FILE, "SELECT count(*) FROM contact WHERE deleted_at IS NULL")
    assert workspace.contacts.count() == expected
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert old.exists()  # the restored backup itself was spared by the rotation


def test_a_newer_backup_is_refused_and_nothing_changes(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Blijft"))
    backups = service(workspace)
    newer = backups.take()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    workspace.contacts.create(ContactDraft(first_name="Bram", last_name="Blijft"))
    before = snapshot()
    [info] = backups.backups()
    assert info.too_new
    assert not info.restorable

    with pytest.raises(DataFileTooNewError):
        backups.restore_plan(newer)
    with pytest.raises(DataFileTooNewError):
        backups.restore(newer)

    assert snapshot() == before
    assert list_backups(workspace.data_file) == [newer]  # no copy taken either


def test_a_failed_migration_puts_the_data_back(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.contacts.create(ContactDraft(first_name="Anna", last_name="Veilig"))
    folder = backups_dir(workspace.data_file)
    folder.mkdir(mode=0o700)
    old = folder / name("2025-06-01 10:00", "before-v2")
    shutil.copyfile(V1_FILE, old)
    before = snapshot()

    def broken(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("netdesk.services.backups.run_migrations", broken)
    with pytest.raises(sqlite3.OperationalError):
        service(workspace).restore(old)
    assert snapshot() == before


def _rows(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_closing_without_changes_takes_no_second_backup(workspace: Workspace, clock) -> None:
    service = workspace.backups
    first = service.take_if_changed(BackupReason.CLOSING)
    assert first is not None
    clock.advance(timedelta(minutes=5))
    assert service.take_if_changed(BackupReason.CLOSING) is None

    time.sleep(0.01)  # file times must be able to tell the write from the backup
    workspace.contacts.create(ContactDraft(first_name="Changed"))
    clock.advance(timedelta(minutes=5))
    assert service.take_if_changed(BackupReason.CLOSING) is not None


def test_a_session_without_changes_after_one_with_takes_no_backup(tmp_path: Path) -> None:
    """Closing checkpoints the log into the file: that must not look like a change."""
    folder = tmp_path / "data"
    clock = FixedClock()
    taken = []
    for writes in (True, False, False):
        ws = Workspace.open(folder, clock=clock)
        try:
            if writes:
                ws.contacts.create(ContactDraft(first_name="Changed"))
            time.sleep(0.01)  # file times must be able to tell the steps apart
            taken.append(ws.backups.take_if_changed(BackupReason.CLOSING) is not None)
        finally:
            ws.close()
        clock.advance(timedelta(minutes=5))
        time.sleep(0.01)
    assert taken == [True, False, False]


def test_a_failed_copy_leaves_no_partial_backup_behind(workspace: Workspace) -> None:
    class Failing:
        def backup(self, *_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def execute(self, *_args: object) -> object:
            return sqlite3.connect(":memory:").execute("SELECT 10, 0")

    with pytest.raises(sqlite3.OperationalError):
        take_backup(
            Failing(),  # type: ignore[arg-type]
            workspace.data_file,
            reason="manual",
            now=workspace.clock.now(),
            retention=Retention(),
        )
    assert [p.name for p in workspace.backups_dir.iterdir()] == []

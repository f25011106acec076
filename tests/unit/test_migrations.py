"""Migrations: one path to the schema, matching store.tables, and old files
still open with every row kept."""

from __future__ import annotations

import ast
import re
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from netdesk.domain.clock import FixedClock
from netdesk.domain.conversations import ChannelKey
from netdesk.domain.trash import RecordKind
from netdesk.services.workspace import Workspace
from netdesk.store import migrations
from netdesk.store.db import APPLICATION_ID, DATA_FILE_NAME, close_data_file
from netdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION, run_migrations
from netdesk.store.tables import ALL_TABLES

DATA = Path(__file__).resolve().parents[1] / "data"
DB_V1 = DATA / "db_v1.sqlite3"
NOW = "2026-01-15T09:00:00.000000Z"

Schema = dict[str, dict[str, Any]]


def schema_of(db: SqliteDatabase) -> Schema:
    """Tables with their columns, indexes and foreign keys, order-free."""
    result: Schema = {}
    for table in db.get_tables():
        result[table] = {
            "columns": {
                (c.name, c.data_type.upper(), c.null, c.primary_key) for c in db.get_columns(table)
            },
            "indexes": {(i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table)},
            "foreign_keys": {
                (fk.column, fk.dest_table, fk.dest_column, fk.on_delete, fk.on_update)
                for fk in db.get_foreign_keys(table)
            },
        }
    # Virtual tables: the module and its options (the trigram tokenizer) matter.
    for name, sql in db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
    ):
        result[name]["virtual"] = re.sub(r"[\s\"']", "", sql).lower()
    return result


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[SqliteDatabase]:
    db = SqliteDatabase(str(tmp_path / "migrated.sqlite3"), pragmas={"foreign_keys": 1})
    db.connect()
    run_migrations(db, 0, NOW)
    yield db
    db.close()


@pytest.fixture
def declared(tmp_path: Path) -> Iterator[SqliteDatabase]:
    db = SqliteDatabase(str(tmp_path / "declared.sqlite3"), pragmas={"foreign_keys": 1})
    db.connect()
    with db.bind_ctx(ALL_TABLES):
        db.create_tables(ALL_TABLES)
    yield db
    db.close()


def test_migrations_build_the_schema_the_tables_declare(
    migrated: SqliteDatabase, declared: SqliteDatabase
) -> None:
    got, want = schema_of(migrated), schema_of(declared)
    assert sorted(got) == sorted(want)
    for table in want:
        assert got[table] == want[table], table


def test_schema_comparison_notices_a_difference(
    migrated: SqliteDatabase, declared: SqliteDatabase
) -> None:
    """The check above can fail: one extra index or column is seen."""
    before = schema_of(migrated)
    migrated.execute_sql("CREATE INDEX contact_notes ON contact (notes)")
    assert schema_of(migrated)["contact"] != before["contact"]
    declared.execute_sql("ALTER TABLE promise ADD COLUMN extra TEXT")
    assert schema_of(declared)["promise"] != schema_of(migrated)["promise"]


def test_expected_core_schema(migrated: SqliteDatabase) -> None:
    schema = schema_of(migrated)
    assert {
        "organisation",
        "contact",
        "contact_method",
        "channel",
        "conversation",
        "referral",
        "promise",
        "tombstone",
        "setting",
        "contact_search",
        "conversation_search",
    } <= set(schema)
    assert ("organisation_name_key", ("name_key",), True) in schema["organisation"]["indexes"]
    assert ("contact_id", "contact", "id", "CASCADE", "NO ACTION") in schema["conversation"][
        "foreign_keys"
    ]
    assert "tokenize=trigram" in schema["contact_search"]["virtual"]


def test_migrating_from_zero_sets_the_version_and_seeds_channels(
    migrated: SqliteDatabase,
) -> None:
    assert migrated.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert len(MIGRATIONS) == SCHEMA_VERSION
    channels = migrated.execute_sql(
        "SELECT key, position, created_at FROM channel ORDER BY position"
    ).fetchall()
    assert [row[0] for row in channels] == [key.value for key in ChannelKey]
    assert [row[1] for row in channels] == list(range(len(ChannelKey)))
    assert {row[2] for row in channels} == {NOW}


def test_migrations_never_use_store_tables() -> None:
    """A released migration must not follow later edits of store.tables."""
    folder = Path(migrations.__file__).parent
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            assert not any(n.startswith("netdesk.store.tables") for n in names), path.name
            assert not any(n.startswith("netdesk.services") for n in names), path.name


# The committed version-1 file --------------------------------------------------

# Rows in tests/data/db_v1.sqlite3, as built by tests/data/make_db_v1.py.
V1_ROWS = {
    "organisation": 3,
    "contact": 7,
    "contact_method": 6,
    "channel": 9,
    "conversation": 4,
    "referral": 3,
    "promise": 4,
    "tombstone": 0,
    "setting": 0,
    "contact_search": 7,
    "conversation_search": 4,
}


def raw_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in V1_ROWS
        }
    finally:
        conn.close()


def header_value(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def test_committed_v1_file_is_small_checkpointed_and_version_1() -> None:
    assert DB_V1.is_file()
    assert DB_V1.stat().st_size < 300_000
    for suffix in ("-wal", "-shm", "-journal"):
        assert not DB_V1.with_name(DB_V1.name + suffix).exists()
    assert header_value(DB_V1, "user_version") == 1
    assert header_value(DB_V1, "application_id") == APPLICATION_ID
    assert raw_counts(DB_V1) == V1_ROWS


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copyfile(DB_V1, folder / DATA_FILE_NAME)
    return folder


def test_v1_file_opens_with_every_row_kept(v1_copy: Path) -> None:
    clock = FixedClock()
    ws = Workspace.open(v1_copy, clock=clock)
    try:
        assert raw_counts(ws.data_file) == V1_ROWS  # nothing lost while open, either
        counts = ws.counts()
        assert counts.contacts == 6  # one of the seven is in the trash
        assert counts.organisations == 3
        assert counts.conversations == 3  # the trashed person's one is hidden
        assert counts.open_promises == 2
        assert counts.trash == 1

        by_name = {c.display_name: c for c in ws.contacts.get_many(ws.contacts.search_ids())}
        assert set(by_name) == {
            "Zoë Müller",
            "محمد العلي",
            "Sunny ☀️ 🚀 Rocket",
            "Łukasz-Żółć",
            "Anneke van der Berg",
            "Piet",
        }
        zoe = by_name["Zoë Müller"]
        assert zoe.organisation_name == "Rijksmuseum Müseum B.V."
        assert zoe.emails == ("zoe@rijks.example.org", "zoe.muller@home.example")
        assert zoe.phones == ("+31 20 555 0101", "06-1234 5678 ext. 9")
        assert zoe.links == ("https://zoe.example/blog", "https://zoe.example/cv")
        assert zoe.first_met == date(2025, 10, 3)
        assert zoe.tags == ("museum", "Leiden", "alumni")
        assert zoe.cadence_days == 30
        assert len(zoe.notes) > 4000
        assert zoe.notes.count("\n") == 59

        arabic = by_name["محمد العلي"]
        assert arabic.organisation_name == "شركة الأمل"
        assert ws.contacts.search_ids("العلي") == [arabic.id]
        assert ws.contacts.search_ids("rocket") == [by_name["Sunny ☀️ 🚀 Rocket"].id]
        assert by_name["Sunny ☀️ 🚀 Rocket"].met_through_id == zoe.id

        bare = by_name["Łukasz-Żółć"]
        assert (bare.first_name, bare.emails, bare.organisation_id, bare.notes) == (
            "",
            (),
            None,
            "",
        )
        assert ws.contacts.search_ids("ŁUKASZ ŻÓŁĆ") == [bare.id]

        anneke = by_name["Anneke van der Berg"]
        assert anneke.met_through_id == zoe.id
        overview = ws.overview.contact(by_name["Piet"].id)
        assert overview.referred_by == [anneke.id, zoe.id]

        channels = {c.key: c for c in ws.channels.all(include_archived=True)}
        assert channels[ChannelKey.COFFEE].name == "Koffie ☕"
        assert [c.name for c in ws.channels.all(include_archived=True) if c.archived] == [
            "Job fair"
        ]

        [gone] = ws.trash.items()
        assert (gone.kind, gone.title) == (RecordKind.CONTACT, "Søren Kierkegård")
        ws.trash.restore(RecordKind.CONTACT, [gone.id])
        assert ws.counts().conversations == 4
        assert ws.counts().open_promises == 3
    finally:
        ws.close()


def test_v1_file_is_left_sound_after_opening(v1_copy: Path) -> None:
    Workspace.open(v1_copy, clock=FixedClock()).close()
    close_data_file()
    path = v1_copy / DATA_FILE_NAME
    assert header_value(path, "user_version") == SCHEMA_VERSION
    assert raw_counts(path) == V1_ROWS
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_v1_file_gains_empty_pitch_tables_that_work(v1_copy: Path) -> None:
    """Version 2 adds pitches, rehearsals and the job goal, empty, to an old file."""
    clock = FixedClock()
    ws = Workspace.open(v1_copy, clock=clock)
    try:
        assert ws.pitches.all() == []
        assert not ws.goal.get().is_set
        pitch = ws.pitches.create("Elevator", 30)
        assert pitch.is_default
        ws.pitches.record_rehearsal(pitch.id, clock.now(), 31.5)
        assert [r.seconds for r in ws.pitches.rehearsals(pitch.id)] == [31.5]
        assert ws.counts().contacts == 6  # the people are all still there
    finally:
        ws.close()


def test_v1_file_gains_outreach_and_todays_facts(v1_copy: Path) -> None:
    """Version 3 adds messages, templates, snoozes and reports back, and works
    out when each person last heard from me and whether they know my goal."""
    from netdesk.domain.templates import MessageDraft, TemplateKind
    from netdesk.services.query import rows

    clock = FixedClock()
    ws = Workspace.open(v1_copy, clock=clock)
    try:
        facts = {
            row[0]: (row[1], row[2], row[3])
            for row in rows(
                "SELECT c.id, c.touched_at, c.told_goal_at, "
                "(SELECT max(occurred_at) FROM conversation v WHERE v.contact_id = c.id "
                "AND v.deleted_at IS NULL) FROM contact c"
            )
        }
        created = dict(rows("SELECT id, created_at FROM contact"))
        for contact_id, (touched, _told, last_talk) in facts.items():
            assert touched == (last_talk or created[contact_id]), contact_id
        # Version 6: when each person first heard my goal.
        told = dict(
            rows(
                "SELECT contact_id, min(occurred_at) FROM conversation "
                "WHERE told_goal AND deleted_at IS NULL GROUP BY contact_id"
            )
        )
        assert told
        assert {i: f[1] for i, f in facts.items() if f[1] is not None} == told
        assert ws.outreach.templates()[0].builtin
        assert rows("SELECT count(*) FROM message") == [(0,)]
        # A person not in the trash, so the message is always sent and checked.
        [(someone,)] = rows(
            "SELECT min(id) FROM contact WHERE deleted_at IS NULL AND told_goal_at IS NULL "
            "AND touched_at < ?",
            (NOW_TEXT,),
        )
        assert ws.contacts.exists(someone)
        message = ws.outreach.mark_sent(
            MessageDraft(
                contact_id=someone, body="Hello", kind=TemplateKind.KEEP_IN_TOUCH, told_goal=True
            )
        )
        assert rows("SELECT touched_at, told_goal_at FROM contact WHERE id = ?", (someone,)) == [
            (NOW_TEXT, NOW_TEXT)
        ]
        assert rows("SELECT count(*) FROM message") == [(1,)]
        ws.outreach.undo_sent(message.id)
        assert rows("SELECT told_goal_at FROM contact WHERE id = ?", (someone,)) == [(None,)]
        agenda = ws.today.agenda()
        assert agenda.streak.days[-1].day == clock.now().date()
    finally:
        ws.close()


NOW_TEXT = "2026-01-15T09:00:00.000000Z"


def test_todays_triggers_exist_after_migrating(migrated: SqliteDatabase) -> None:
    triggers = {
        row[0]
        for row in migrated.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert {
        "contact_facts_after_conversation_insert",
        "contact_facts_after_conversation_update",
        "contact_facts_after_conversation_delete",
        "contact_facts_after_message_insert",
        "contact_facts_after_message_update",
        "contact_facts_after_message_delete",
        "contact_facts_after_contact_insert",
    } <= triggers
    # Since version 5 they read a person's conversations from a covering index.
    for (sql,) in migrated.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'conversation'"
    ):
        assert "INDEXED BY conversation_contact_id_deleted_at_occurred_at" in sql
    # Since version 6 they keep when a person first heard my goal, from messages too.
    for (sql,) in migrated.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'contact_facts_%' "
        "AND tbl_name IN ('conversation', 'message')"
    ):
        assert "told_goal_at" in sql
        assert "m.told_goal" in sql


def test_version_6_keeps_every_fact_of_a_version_5_file(tmp_path: Path) -> None:
    """Migrating a populated version-5 file: told_goal becomes told_goal_at
    (when each person first heard my goal), and messages gain their columns."""
    path = tmp_path / "v5only.sqlite3"
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        for version in range(1, 6):
            with db.atomic():
                MIGRATIONS[version - 1](db, NOW)
                db.execute_sql(f"PRAGMA user_version = {version:d}")
        sql = db.execute_sql
        for n, (first, created) in enumerate(
            [("Ann", "2026-01-01"), ("Bob", "2026-01-02"), ("Cem", "2026-01-03")], start=1
        ):
            sql(
                "INSERT INTO contact (id, uuid, first_name, name_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (n, f"c{n}", first, first.lower(), f"{created}T09:00:00.000000Z", NOW),
            )
        talks = [
            (1, "2026-01-05T10:00:00.000000Z", 1, None),
            (1, "2026-01-04T10:00:00.000000Z", 1, None),
            (2, "2026-01-06T10:00:00.000000Z", 0, None),
            (3, "2026-01-07T10:00:00.000000Z", 1, NOW),  # in the trash
        ]
        for n, (contact, when, told, deleted) in enumerate(talks, start=1):
            sql(
                "INSERT INTO conversation (id, uuid, contact_id, occurred_at, initiated_by, "
                "told_goal, created_at, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, 'me', ?, ?, ?, ?)",
                (n, f"v{n}", contact, when, told, NOW, NOW, deleted),
            )
        sql(
            "INSERT INTO message (uuid, contact_id, channel, sent_at, created_at) "
            "VALUES ('m1', 2, 'email', '2026-01-08T10:00:00.000000Z', ?)",
            (NOW,),
        )
        before = sql("SELECT id, touched_at FROM contact ORDER BY id").fetchall()
        run_migrations(db, 5, NOW)
        assert sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert sql("SELECT id, touched_at FROM contact ORDER BY id").fetchall() == before
        assert sql("SELECT id, told_goal_at FROM contact ORDER BY id").fetchall() == [
            (1, "2026-01-04T10:00:00.000000Z"),
            (2, None),
            (3, None),
        ]
        assert sql("SELECT told_goal, answered, reminded_before FROM message").fetchall() == [
            (0, 0, None)
        ]
        assert sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()

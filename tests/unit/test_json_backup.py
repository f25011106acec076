"""JSON backup and restore: every table, exactly; all or nothing; hostile files refused."""

from __future__ import annotations

import io
import json
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, Initiator
from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.templates import MessageChannel, MessageDraft, TemplateDraft, TemplateKind
from netdesk.domain.trash import RecordKind
from netdesk.interchange.json_backup import (
    Affinity,
    BackupDocument,
    ColumnSpec,
    TableData,
    check_schema,
    read_document,
    write_document,
)
from netdesk.services import json_backup
from netdesk.services.demo import build_demo_network
from netdesk.services.json_backup import JsonBackupService, read_schema, read_table
from netdesk.services.workspace import Workspace
from netdesk.store.db import database
from netdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION

HOUR = timedelta(hours=1)
SEARCH_TABLES = ("contact_search", "conversation_search")


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the app uses, search indexes included."""
    names = [
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        if not any(name.startswith(f"{s}_") for s in SEARCH_TABLES)
    ]
    found = {}
    for name in names:
        columns = "rowid, body" if name in SEARCH_TABLES else "*"
        found[name] = database.execute_sql(
            f'SELECT {columns} FROM "{name}" ORDER BY rowid'
        ).fetchall()
    return found


def service(ws: Workspace) -> JsonBackupService:
    return JsonBackupService(ws.clock, ws.data_file)


def enrich(ws: Workspace, clock: FixedClock) -> None:
    """The demo network plus what it lacks: messages, trash, tombstones, settings."""
    build_demo_network(ws)
    clock.advance(HOUR)
    people = ws.contacts.get_many(ws.contacts.search_ids())
    ws.outreach.mark_sent(
        MessageDraft(
            contact_id=people[0].id,
            body="Thank you, Zoë; lovely talk.\nSee you at the café.",
            subject="Thanks",
            channel=MessageChannel.EMAIL,
            told_goal=True,
        )
    )
    ws.outreach.create_template(
        TemplateDraft(TemplateKind.THANK_YOU, "Short thanks", "", "Thanks, {first_name}!")
    )
    ws.outreach.snooze(people[1].id)
    ws.settings.set_text("my_name", "Robin Example")
    ws.trash.trash(RecordKind.CONTACT, [people[2].id])
    talks = ws.conversations.search_ids()
    ws.trash.trash(RecordKind.CONVERSATION, [talks[0]])
    ws.trash.trash(RecordKind.CONTACT, [people[3].id])
    ws.trash.purge([i for i in ws.trash.items() if i.id == people[3].id])
    clock.advance(HOUR)


def change_everything(ws: Workspace, clock: FixedClock) -> None:
    clock.advance(HOUR)
    new = ws.contacts.create(ContactDraft(first_name="Quirijn", last_name="Nieuwkomer"))
    ws.conversations.create(
        ConversationDraft(
            contact_id=new.id,
            occurred_at=clock.now(),
            initiated_by=Initiator.ME,
            topics="Brand new talk",
            told_goal=True,
        )
    )
    people = ws.contacts.get_many(ws.contacts.search_ids())
    ws.contacts.update(people[4].id, replace(people[4].to_draft(), notes="Edited after backup"))
    ws.promises.create(PromiseDraft(contact_id=people[5].id, description="A new promise"))
    ws.trash.trash(RecordKind.CONTACT, [people[6].id])
    ws.trash.empty()
    ws.settings.set_text("my_name", "Someone Else")
    ws.settings.set_text("other", "x")


@pytest.fixture
def rich(workspace: Workspace, clock: FixedClock) -> Workspace:
    enrich(workspace, clock)
    return workspace


def backed_up(ws: Workspace, tmp_path: Path) -> Path:
    target = tmp_path / "backup.json"
    service(ws).export_json(target)
    return target


# Export ----------------------------------------------------------------------------


def test_export_holds_every_table_but_the_search_indexes(rich: Workspace, tmp_path: Path) -> None:
    target = backed_up(rich, tmp_path)

    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "netdesk-backup"
    assert document["format_version"] == 1
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["exported_at"] == "2026-01-15T11:00:00.000000Z"
    expected = set(snapshot()) - set(SEARCH_TABLES)
    assert set(document["tables"]) == expected
    assert "sqlite_sequence" not in document["tables"]
    contact = document["tables"]["contact"]
    assert {"touched_at", "previous_touched_at", "told_goal_at"} <= set(contact["columns"])
    assert len(document["tables"]["tombstone"]["rows"]) >= 1
    rows = database.execute_sql("SELECT * FROM contact ORDER BY id").fetchall()
    assert [tuple(r) for r in contact["rows"]] == rows
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


def test_export_to_a_stream_writes_the_same_document(rich: Workspace, tmp_path: Path) -> None:
    target = backed_up(rich, tmp_path)
    stream = io.BytesIO()
    service(rich).export_json(stream)
    assert stream.getvalue() == target.read_bytes()


def test_export_replaces_an_older_backup_whole(rich: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "backup.json"
    target.write_text("old", encoding="utf-8")
    service(rich).export_json(target)
    assert target.read_bytes().startswith(b"{\n")


# Restore ------------------------------------------------------------------------------


def test_restore_brings_back_every_table_exactly(
    rich: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    before = snapshot()
    found_before = rich.contacts.search_ids("museum"), rich.conversations.search_ids("picture")
    target = backed_up(rich, tmp_path)
    change_everything(rich, clock)
    assert snapshot() != before

    plan = service(rich).restore_plan(target)
    kept = service(rich).restore(target)

    after = snapshot()
    assert set(after) == set(before)
    for name in before:
        assert after[name] == before[name], name
    assert (rich.contacts.search_ids("museum"), rich.conversations.search_ids("picture")) == (
        found_before
    )
    assert rich.contacts.search_ids("Nieuwkomer") == []
    assert not plan.data_file_empty
    assert kept.parent == plan.backups_folder
    assert "before-restore" in kept.name


def test_restore_into_a_new_empty_file(rich: Workspace, clock: FixedClock, tmp_path: Path) -> None:
    before = snapshot()
    target = backed_up(rich, tmp_path)
    rich.close()
    fresh = Workspace.open(tmp_path / "elsewhere", clock=clock)
    try:
        plan = service(fresh).restore_plan(target)
        assert plan.data_file_empty
        assert plan.change("contact").rows_now == 0
        assert plan.change("contact").rows_after == len(before["contact"])
        service(fresh).restore(target)
        assert snapshot() == before
    finally:
        fresh.close()


def test_plan_counts_rows_now_and_after(rich: Workspace, clock: FixedClock, tmp_path: Path) -> None:
    target = backed_up(rich, tmp_path)
    contacts = len(snapshot()["contact"])
    live = rich.contacts.count()
    change_everything(rich, clock)

    plan = service(rich).restore_plan(target)

    change = plan.change("contact")
    assert (change.rows_after, change.live_after) == (contacts, live)
    assert change.rows_now == len(snapshot()["contact"])
    assert change.live_now == rich.contacts.count()
    assert plan.schema_version == SCHEMA_VERSION
    assert plan.exported_at == datetime(2026, 1, 15, 11, tzinfo=UTC)
    assert {c.table for c in plan.tables} == set(snapshot()) - set(SEARCH_TABLES)


def test_a_fresh_file_counts_as_empty(workspace: Workspace, tmp_path: Path) -> None:
    target = backed_up(workspace, tmp_path)
    assert service(workspace).restore_plan(target).data_file_empty


@pytest.mark.parametrize("step", ["_settle", "_rebuild_search"])
def test_a_failure_during_restore_leaves_every_table_as_it_was(
    rich: Workspace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    target = backed_up(rich, tmp_path)
    change_everything(rich, clock)
    before = snapshot()
    real = getattr(json_backup, step)
    calls = {"n": 0}

    def failing(db: SqliteDatabase, *args: Any) -> None:
        calls["n"] += 1
        # Fail late: after the rows of the live file have been replaced.
        if db is database and (step == "_rebuild_search" or args[0] == "meeting_question"):
            raise RuntimeError("disk on fire")
        real(db, *args)

    monkeypatch.setattr(json_backup, step, failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        service(rich).restore(target)

    assert calls["n"] > 0
    assert snapshot() == before


def test_an_older_backup_is_migrated_on_restore(workspace: Workspace, tmp_path: Path) -> None:
    old = SqliteDatabase(str(tmp_path / "v5.sqlite3"), pragmas=(("foreign_keys", 1),))
    old.connect()
    stamp = "2026-01-10T09:00:00.000000Z"
    for step in MIGRATIONS[:5]:
        step(old, stamp)
    old.execute_sql(
        "INSERT INTO contact (id, uuid, first_name, last_name, name_key, created_at, updated_at) "
        "VALUES (1, 'c-1', 'Ana', 'de Vries', 'de vries ana', ?, ?)",
        (stamp, stamp),
    )
    old.execute_sql(
        "INSERT INTO conversation (id, uuid, contact_id, occurred_at, initiated_by, topics, "
        "told_goal, created_at, updated_at) VALUES (1, 'v-1', 1, '2026-01-12T10:00:00.000000Z', "
        "'me', 'Archives in Leiden', 1, ?, ?)",
        (stamp, stamp),
    )
    tables = {name: read_table(old, name, specs) for name, specs in read_schema(old).items()}
    old.close()
    target = tmp_path / "v5.json"
    with target.open("wb") as stream:
        write_document(
            BackupDocument(5, datetime(2026, 1, 12, tzinfo=UTC), "0.0.9", tables), stream
        )

    plan = service(workspace).restore_plan(target)
    service(workspace).restore(target)

    assert plan.schema_version == 5
    (ana,) = workspace.contacts.get_many(workspace.contacts.search_ids("Vries"))
    assert ana.first_name == "Ana"
    row = database.execute_sql(
        "SELECT touched_at, told_goal_at FROM contact WHERE id = 1"
    ).fetchone()
    assert row == ("2026-01-12T10:00:00.000000Z", "2026-01-12T10:00:00.000000Z")
    assert workspace.conversations.search_ids("leiden") == [1]
    assert database.execute_sql("SELECT count(*) FROM channel").fetchone()[0] == 8


# Refused files ------------------------------------------------------------------------


def valid_document(ws: Workspace) -> dict[str, Any]:
    stream = io.BytesIO()
    service(ws).export_json(stream)
    document: dict[str, Any] = json.loads(stream.getvalue())
    return document


def with_person(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    contact = document["tables"]["contact"]
    row = dict.fromkeys(contact["columns"])
    row.update(
        id=1,
        uuid="u-1",
        first_name="Ana",
        last_name="",
        name_key="ana",
        organisation_key="",
        position="",
        linkedin_url="",
        how_met="",
        relevance=0,
        tags="",
        notes="",
        created_at="2026-01-01T00:00:00.000000Z",
        updated_at="2026-01-01T00:00:00.000000Z",
        touched_at="2026-01-01T00:00:00.000000Z",
        imported=0,
    )
    row.update(changes)
    contact["rows"].append([row[c] for c in contact["columns"]])
    return document


def mutate(document: dict[str, Any], how: str) -> bytes | dict[str, Any] | list[Any]:
    tables = document["tables"]
    if how == "not_json":
        return b'{"format": "netdesk-backup", '
    if how == "not_utf8":
        return b'{"format": "\xff"}'
    if how == "empty":
        return b"  \n"
    if how == "a_list":
        return [document]
    if how == "other_format":
        document["format"] = "someone-else"
    elif how == "newer_format":
        document["format_version"] = 2
    elif how == "newer_schema":
        document["schema_version"] = SCHEMA_VERSION + 1
    elif how == "schema_zero":
        document["schema_version"] = 0
    elif how == "bool_version":
        document["schema_version"] = True
    elif how == "bad_moment":
        document["exported_at"] = "yesterday"
    elif how == "unknown_table":
        tables["secrets"] = {"columns": ["x"], "rows": []}
    elif how == "missing_table":
        del tables["promise"]
    elif how == "unknown_column":
        tables["setting"]["columns"].append("extra")
    elif how == "missing_column":
        tables["setting"]["columns"] = ["key"]
    elif how == "short_row":
        tables["setting"]["rows"].append(["only-key"])
    elif how == "text_in_number":
        with_person(document, relevance="high")
    elif how == "null_in_required":
        with_person(document, name_key=None)
    elif how == "bool_value":
        with_person(document, relevance=True)
    elif how == "huge_number":
        with_person(document, relevance=2**70)
    elif how == "lone_surrogate":
        with_person(document, notes="\ud800")
    elif how == "bad_blob":
        with_person(document, notes={"$base64": "***"})
    elif how == "duplicate_id":
        with_person(with_person(document), uuid="u-2")
    elif how == "dangling_reference":
        with_person(document, organisation_id=999)
    elif how == "check_fails":
        with_person(document)
        tables["contact_method"]["rows"].append([1, 1, "fax", "123", "", 0])
    return document


REFUSALS = {
    "not_json": ImportFileProblem.MALFORMED,
    "not_utf8": ImportFileProblem.UNDECODABLE,
    "empty": ImportFileProblem.EMPTY,
    "a_list": ImportFileProblem.WRONG_FORMAT,
    "other_format": ImportFileProblem.WRONG_FORMAT,
    "newer_format": ImportFileProblem.TOO_NEW,
    "newer_schema": ImportFileProblem.TOO_NEW,
    "schema_zero": ImportFileProblem.MALFORMED,
    "bool_version": ImportFileProblem.MALFORMED,
    "bad_moment": ImportFileProblem.MALFORMED,
    "unknown_table": ImportFileProblem.UNKNOWN_TABLE,
    "missing_table": ImportFileProblem.MISSING_TABLE,
    "unknown_column": ImportFileProblem.UNKNOWN_COLUMN,
    "missing_column": ImportFileProblem.MISSING_COLUMN,
    "short_row": ImportFileProblem.MALFORMED,
    "text_in_number": ImportFileProblem.WRONG_TYPE,
    "null_in_required": ImportFileProblem.WRONG_TYPE,
    "bool_value": ImportFileProblem.WRONG_TYPE,
    "huge_number": ImportFileProblem.WRONG_TYPE,
    "lone_surrogate": ImportFileProblem.WRONG_TYPE,
    "bad_blob": ImportFileProblem.WRONG_TYPE,
    "duplicate_id": ImportFileProblem.INCONSISTENT,
    "dangling_reference": ImportFileProblem.INCONSISTENT,
    "check_fails": ImportFileProblem.INCONSISTENT,
}


def write(path: Path, content: bytes | dict[str, Any] | list[Any]) -> Path:
    data = content if isinstance(content, bytes) else json.dumps(content).encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("how", "problem"), REFUSALS.items())
def test_a_bad_backup_is_refused_with_its_reason_and_nothing_changes(
    workspace: Workspace, tmp_path: Path, how: str, problem: ImportFileProblem
) -> None:
    workspace.contacts.create(ContactDraft(first_name="Bram", last_name="Bestaand"))
    target = write(tmp_path / "bad.json", mutate(valid_document(workspace), how))
    before = snapshot()

    with pytest.raises(ImportFileError) as plan_error:
        service(workspace).restore_plan(target)
    with pytest.raises(ImportFileError) as restore_error:
        service(workspace).restore(target)

    assert plan_error.value.problem is problem
    assert restore_error.value.problem is problem
    assert restore_error.value.file == "bad.json"
    assert snapshot() == before
    assert not (workspace.backups_dir).exists() or not any(workspace.backups_dir.iterdir())


def test_a_missing_file_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        service(workspace).restore_plan(tmp_path / "nowhere.json")
    assert error.value.problem is ImportFileProblem.MISSING


def test_the_row_and_column_at_fault_are_named(workspace: Workspace, tmp_path: Path) -> None:
    document = with_person(with_person(valid_document(workspace), id=1), id=2, relevance="x")
    with pytest.raises(ImportFileError) as error:
        service(workspace).restore_plan(write(tmp_path / "b.json", document))
    # A backup's rows are not lines: the table, row and column are named instead.
    assert (error.value.row, error.value.detail) == (None, "contact, row 2, relevance")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=JSON_VALUES)
def test_any_json_value_is_refused_cleanly(
    workspace: Workspace, tmp_path: Path, value: object
) -> None:
    target = tmp_path / "any.json"
    target.write_text(json.dumps(value), encoding="utf-8")
    before = snapshot()
    with pytest.raises(ImportFileError):
        service(workspace).restore(target)
    assert snapshot() == before


def small_network(ws: Workspace, clock: FixedClock) -> None:
    ana = ws.contacts.create(ContactDraft(first_name="Ana", last_name="de Vries", tags=("a",)))
    bob = ws.contacts.create(
        ContactDraft(first_name="Bob", organisation="Acme", met_through_id=ana.id)
    )
    talk = ws.conversations.create(
        ConversationDraft(
            contact_id=bob.id, occurred_at=clock.now(), initiated_by=Initiator.ME, topics="Jobs"
        )
    )
    ws.promises.create(PromiseDraft(contact_id=bob.id, description="CV", conversation_id=talk.id))
    ws.outreach.mark_sent(MessageDraft(contact_id=ana.id, body="Hi"))


BASELINE: dict[Path, str] = {}
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_mutated_backup_restores_exactly_or_is_refused_cleanly(
    workspace: Workspace, clock: FixedClock, tmp_path: Path, data: st.DataObject
) -> None:
    # Every example mutates the same document, whatever earlier ones restored.
    if workspace.data_file not in BASELINE:
        small_network(workspace, clock)
        BASELINE[workspace.data_file] = json.dumps(valid_document(workspace))
    document = json.loads(BASELINE[workspace.data_file])
    tables = document["tables"]
    name = data.draw(st.sampled_from(sorted(t for t in tables if tables[t]["rows"])))
    table = tables[name]
    row = data.draw(st.integers(0, len(table["rows"]) - 1))
    action = data.draw(st.sampled_from(["value", "drop_row", "copy_row", "drop_column"]))
    if action == "value":
        column = data.draw(st.integers(0, len(table["columns"]) - 1))
        table["rows"][row][column] = data.draw(SCALARS)
    elif action == "drop_row":
        del table["rows"][row]
    elif action == "copy_row":
        table["rows"].append(list(table["rows"][row]))
    else:
        column = data.draw(st.integers(0, len(table["columns"]) - 1))
        del table["columns"][column]
    target = write(tmp_path / "mutated.json", document)
    before = snapshot()
    try:
        service(workspace).restore(target)
    except ImportFileError as error:
        event(f"refused: {error.problem}")
        assert snapshot() == before
    else:
        event("restored")
        # Whatever was accepted now reads back exactly as the document has it
        # (in rowid order: a changed id moves its row).
        assert row_sets(valid_document(workspace)) == row_sets(json.loads(target.read_bytes()))


def row_sets(document: dict[str, Any]) -> dict[str, tuple[list[str], list[str]]]:
    return {
        name: (table["columns"], sorted(json.dumps(row) for row in table["rows"]))
        for name, table in document["tables"].items()
    }


# The document itself ----------------------------------------------------------------


def test_blobs_are_kept_and_a_float_in_an_integer_column_is_refused() -> None:
    schema = {
        "t": (
            ColumnSpec("n", Affinity.INTEGER, True),
            ColumnSpec("r", Affinity.REAL, False),
            ColumnSpec("b", Affinity.BLOB, False),
        )
    }
    document = BackupDocument(
        SCHEMA_VERSION,
        datetime(2026, 1, 1, tzinfo=UTC),
        "1",
        {"t": TableData(("n", "r", "b"), [(1, 2.5, b"\x00\xff"), (3, None, "text")])},
    )
    stream = io.BytesIO()
    write_document(document, stream)
    assert b'{"$base64": "AP8="}' in stream.getvalue()
    raw = json.loads(stream.getvalue())
    raw["tables"]["t"]["rows"][1][:2] = [3, 4]
    read = read_document(json.dumps(raw).encode(), "f.json", newest_schema=SCHEMA_VERSION)
    checked = check_schema(read, schema, "f.json")
    assert checked.tables["t"].rows == [(1, 2.5, b"\x00\xff"), (3, 4.0, "text")]

    # netdesk never writes 3.0 for a whole number: it would not read back the same.
    raw["tables"]["t"]["rows"][1][0] = 3.0
    read = read_document(json.dumps(raw).encode(), "f.json", newest_schema=SCHEMA_VERSION)
    with pytest.raises(ImportFileError) as error:
        check_schema(read, schema, "f.json")
    assert error.value.problem is ImportFileProblem.WRONG_TYPE

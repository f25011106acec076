"""The data file: private modes, atomic creation, refusing unusable files
without touching them, summaries, backups and the backup before a migration."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.errors import DataFileError, DataFileProblem, DataFileTooNewError
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.workspace import Workspace
from netdesk.store import db, migrations
from netdesk.store.backup import KEEP_BACKUPS, list_backups, take_backup
from netdesk.store.db import (
    APPLICATION_ID,
    DATA_FILE_NAME,
    inspect_data_file,
    summarise_data_file,
)
from netdesk.store.migrations import SCHEMA_VERSION

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    db.close_data_file()


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fingerprint(path: Path) -> tuple[str, int, int]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime_ns,
        path.stat().st_size,
    )


def side_files(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + s) for s in SIDE_SUFFIXES) if p.exists()]


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def fill(ws: Workspace, contacts: int) -> None:
    with db.database.atomic():
        for n in range(contacts):
            contact = ws.contacts.create(
                ContactDraft(
                    first_name=f"Person{n}",
                    last_name="Müller",
                    organisation=f"Org {n % 7}",
                    emails=(f"p{n}@example.org",),
                    notes=f"Note {n}: " + "lorem ipsum " * 40,
                )
            )
            if n % 3 == 0:
                ws.conversations.create(
                    ConversationDraft(contact_id=contact.id, occurred_at=ws.clock.now())
                )


@pytest.fixture(scope="module")
def netdesk_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A sound, closed netdesk file with enough rows to span many pages."""
    folder = tmp_path_factory.mktemp("sound")
    ws = Workspace.open(folder, clock=FixedClock())
    try:
        fill(ws, 150)
    finally:
        ws.close()
    assert side_files(folder / DATA_FILE_NAME) == []
    return (folder / DATA_FILE_NAME).read_bytes()


# Creating a new file -----------------------------------------------------------


def test_new_data_folder_and_file_are_private_even_under_umask_022(
    tmp_path: Path, umask_022: None, clock: FixedClock
) -> None:
    folder = tmp_path / "fresh" / "data"
    ws = Workspace.open(folder, clock=clock)
    try:
        ws.contacts.create(ContactDraft(first_name="Anna"))  # leaves a -wal while open
        data_file = folder / DATA_FILE_NAME
        assert mode(folder) == 0o700
        assert mode(data_file) == 0o600
        present = side_files(data_file)
        assert present  # WAL mode: the side files exist while open...
        assert {mode(p) for p in present} == {0o600}  # ...and are private too
        backup = take_backup(db.database.connection(), data_file, reason="manual", now=clock.now())
        assert mode(backup.parent) == 0o700
        assert mode(backup) == 0o600
    finally:
        ws.close()
    assert side_files(data_file) == []  # closing checkpoints into one file


def test_creation_is_atomic_and_replaces_a_stale_staging_file(
    tmp_path: Path, umask_022: None, clock: FixedClock
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    staging = folder / (DATA_FILE_NAME + ".new")
    staging.write_bytes(b"half-made file from a crash")
    staging.chmod(0o644)
    (folder / (DATA_FILE_NAME + ".new-wal")).write_bytes(b"stale wal")

    ws = Workspace.open(folder, clock=clock)
    ws.close()

    names = sorted(p.name for p in folder.iterdir())
    assert names == [DATA_FILE_NAME]
    data_file = folder / DATA_FILE_NAME
    assert mode(data_file) == 0o600
    assert inspect_data_file(data_file) == SCHEMA_VERSION
    assert pragma(data_file, "application_id") == APPLICATION_ID
    assert count_rows(data_file, "channel") == 8


def test_create_data_file_refuses_to_replace_a_file(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / DATA_FILE_NAME
    path.write_bytes(b"precious")
    with pytest.raises(DataFileError) as exc:
        db.create_data_file(path, clock.now())
    assert exc.value.problem is DataFileProblem.NOT_EMPTY
    assert path.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATA_FILE_NAME]


def test_new_file_is_a_sound_netdesk_file(tmp_path: Path, clock: FixedClock) -> None:
    assert db.open_data_file(tmp_path / DATA_FILE_NAME, clock.now()).original_version == 0
    db.close_data_file()
    path = tmp_path / DATA_FILE_NAME
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(path, "application_id") == APPLICATION_ID
    assert inspect_data_file(path) == SCHEMA_VERSION
    assert list_backups(path) == []  # nothing to back up in a new file


def test_open_without_create_refuses_a_missing_file(tmp_path: Path, clock: FixedClock) -> None:
    with pytest.raises(DataFileError) as exc:
        Workspace.open(tmp_path / "data", clock=clock, create=False)
    assert exc.value.problem is DataFileProblem.MISSING
    assert not (tmp_path / "data" / DATA_FILE_NAME).exists()


# Opening an existing file ------------------------------------------------------


def test_reopening_a_sound_file_keeps_its_rows(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "data"
    ws = Workspace.open(folder, clock=clock)
    anna = ws.contacts.create(ContactDraft(first_name="Anna", organisation="Acme"))
    ws.conversations.create(ConversationDraft(contact_id=anna.id, occurred_at=clock.now()))
    ws.promises.create(PromiseDraft(contact_id=anna.id, description="call"))
    anna = ws.contacts.get(anna.id)
    ws.close()

    clock.advance(timedelta(days=1))
    assert (
        db.open_data_file(folder / DATA_FILE_NAME, clock.now()).original_version == SCHEMA_VERSION
    )
    db.close_data_file()
    again = Workspace.open(folder, clock=clock)
    try:
        assert again.contacts.get(anna.id) == anna
        counts = again.counts()
        assert (counts.contacts, counts.organisations, counts.conversations) == (1, 1, 1)
        assert counts.open_promises == 1
        assert list_backups(again.data_file) == []  # same version: no migration backup
    finally:
        again.close()


# Refusing unusable files -------------------------------------------------------


def _empty(path: Path, sound: bytes) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path, sound: bytes) -> None:
    path.write_bytes(random.Random(1).randbytes(20_000))


def _csv(path: Path, sound: bytes) -> None:
    path.write_text("first_name,last_name,email\nZoë,Müller,zoe@example.org\n", encoding="utf-8")


def _foreign(path: Path, sound: bytes) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, caption TEXT)")
        conn.execute("INSERT INTO photo (caption) VALUES ('holiday')")
        conn.commit()
    finally:
        conn.close()


def _truncated(path: Path, sound: bytes) -> None:
    path.write_bytes(sound[: len(sound) // 2])


def _middle_page_overwritten(path: Path, sound: bytes) -> None:
    page_size = int.from_bytes(sound[16:18], "big")
    pages = len(sound) // page_size
    middle = pages // 2
    garbage = random.Random(2).randbytes(page_size)
    damaged = sound[: middle * page_size] + garbage + sound[(middle + 1) * page_size :]
    assert len(damaged) == len(sound)
    path.write_bytes(damaged)


def _too_new(path: Path, sound: bytes) -> None:
    path.write_bytes(sound)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    finally:
        conn.close()


DAMAGED_CASES = {
    "empty": (_empty, {DataFileProblem.EMPTY}),
    "random": (_random_bytes, {DataFileProblem.NOT_SQLITE}),
    "csv": (_csv, {DataFileProblem.NOT_SQLITE}),
    "foreign": (_foreign, {DataFileProblem.FOREIGN}),
    "truncated": (_truncated, {DataFileProblem.DAMAGED, DataFileProblem.NOT_SQLITE}),
    "middle_page": (_middle_page_overwritten, {DataFileProblem.DAMAGED}),
    "too_new": (_too_new, {DataFileProblem.TOO_NEW}),
}


@pytest.fixture(params=list(DAMAGED_CASES))
def damaged(
    request: pytest.FixtureRequest, tmp_path: Path, netdesk_bytes: bytes
) -> tuple[Path, set[DataFileProblem]]:
    make, problems = DAMAGED_CASES[request.param]
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DATA_FILE_NAME
    make(path, netdesk_bytes)
    assert side_files(path) == []
    return path, problems


def test_inspect_refuses_an_unusable_file_without_touching_it(
    damaged: tuple[Path, set[DataFileProblem]],
) -> None:
    path, problems = damaged
    before = fingerprint(path)
    with pytest.raises(DataFileError) as exc:
        inspect_data_file(path)
    assert exc.value.problem in problems
    assert exc.value.path == path
    assert fingerprint(path) == before
    assert side_files(path) == []


def test_workspace_refuses_an_unusable_file_without_touching_it(
    damaged: tuple[Path, set[DataFileProblem]], clock: FixedClock
) -> None:
    path, problems = damaged
    before = fingerprint(path)
    refused: DataFileError | None = None
    try:
        workspace = Workspace.open(path.parent, clock=clock)
    except DataFileError as error:
        refused = error
    if refused is not None:
        assert refused.problem in problems
    else:
        # Damage only a full page check finds. After a clean shutdown that check
        # runs in the background; every write waits for its verdict and is refused.
        assert DataFileProblem.DAMAGED in problems
        with pytest.raises(DataFileError) as exc:
            workspace.contacts.create(ContactDraft(first_name="Ann"))
        assert exc.value.problem is DataFileProblem.DAMAGED
        verdict = workspace.verification()
        assert verdict is not None
        assert verdict != ["ok"]
        workspace.close(damaged=True)
    assert fingerprint(path) == before
    assert side_files(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == [DATA_FILE_NAME]  # no backups
    assert db.database.is_closed()


def test_too_new_file_names_both_versions(tmp_path: Path, netdesk_bytes: bytes) -> None:
    path = tmp_path / DATA_FILE_NAME
    _too_new(path, netdesk_bytes)
    with pytest.raises(DataFileTooNewError) as exc:
        inspect_data_file(path)
    assert exc.value.problem is DataFileProblem.TOO_NEW
    assert exc.value.file_version == SCHEMA_VERSION + 1
    assert exc.value.known_version == SCHEMA_VERSION


def test_a_directory_where_the_file_should_be(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "data"
    (folder / DATA_FILE_NAME).mkdir(parents=True)
    with pytest.raises(DataFileError) as exc:
        inspect_data_file(folder / DATA_FILE_NAME)
    assert exc.value.problem is DataFileProblem.IS_DIRECTORY
    with pytest.raises(DataFileError) as exc:
        Workspace.open(folder, clock=clock)
    assert exc.value.problem is DataFileProblem.IS_DIRECTORY
    assert list((folder / DATA_FILE_NAME).iterdir()) == []
    assert sorted(p.name for p in folder.iterdir()) == [DATA_FILE_NAME]


def test_the_sound_file_itself_passes(tmp_path: Path, netdesk_bytes: bytes) -> None:
    """The damaged cases are damaged copies of a file that is fine."""
    path = tmp_path / DATA_FILE_NAME
    path.write_bytes(netdesk_bytes)
    assert inspect_data_file(path) == SCHEMA_VERSION
    assert side_files(path) == []


# Summary -----------------------------------------------------------------------


def test_summarise_counts_live_records_and_checks_integrity(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "data"
    ws = Workspace.open(folder, clock=clock)
    anna = ws.contacts.create(ContactDraft(first_name="Anna", organisation="Acme"))
    bert = ws.contacts.create(ContactDraft(first_name="Bert", organisation="Globex"))
    ws.contacts.create(ContactDraft(first_name="Carl"))
    ws.conversations.create(ConversationDraft(contact_id=anna.id, occurred_at=clock.now()))
    ws.promises.create(PromiseDraft(contact_id=anna.id, description="x"))
    ws.promises.create(PromiseDraft(contact_id=anna.id, description="y", done=True))
    ws.trash.trash(RecordKind.CONTACT, [bert.id])
    ws.close()

    path = folder / DATA_FILE_NAME
    before = fingerprint(path)
    summary = summarise_data_file(path)
    assert summary.schema_version == SCHEMA_VERSION
    assert summary.counts == {"contact": 2, "organisation": 2, "conversation": 1, "promise": 2}
    assert summary.integrity == ["ok"]
    assert fingerprint(path) == before
    assert side_files(path) == []


def test_summarise_refuses_a_damaged_file(tmp_path: Path, netdesk_bytes: bytes) -> None:
    path = tmp_path / DATA_FILE_NAME
    _middle_page_overwritten(path, netdesk_bytes)
    with pytest.raises(DataFileError):
        summarise_data_file(path)


# Backups -----------------------------------------------------------------------


@pytest.fixture
def opened(tmp_path: Path, clock: FixedClock) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "data", clock=clock)
    ws.contacts.create(ContactDraft(first_name="Anna"))
    yield ws
    ws.close()


def test_take_backup_makes_a_private_sound_copy(opened: Workspace, clock: FixedClock) -> None:
    backup = take_backup(
        db.database.connection(), opened.data_file, reason="manual", now=clock.now()
    )
    assert backup.name == "netdesk-20260115-090000-manual.sqlite3"
    assert backup.parent == opened.backups_dir
    assert mode(backup) == 0o600
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no temp file
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT first_name FROM contact").fetchall() == [("Anna",)]
    finally:
        conn.close()
    assert inspect_data_file(backup) == SCHEMA_VERSION  # a backup is a netdesk file
    assert list_backups(opened.data_file) == [backup]


def test_rotation_keeps_the_ten_newest(opened: Workspace, clock: FixedClock) -> None:
    made = []
    for _ in range(KEEP_BACKUPS + 3):
        made.append(
            take_backup(db.database.connection(), opened.data_file, reason="auto", now=clock.now())
        )
        clock.advance(timedelta(minutes=1))
    kept = list_backups(opened.data_file)
    assert KEEP_BACKUPS == 10
    assert kept == made[-KEEP_BACKUPS:]
    assert sorted(opened.backups_dir.iterdir()) == made[-KEEP_BACKUPS:]


def test_rotation_with_a_smaller_keep(opened: Workspace, clock: FixedClock) -> None:
    for _ in range(4):
        last = take_backup(
            db.database.connection(), opened.data_file, reason="x", now=clock.now(), keep=2
        )
        clock.advance(timedelta(hours=1))
    assert len(list_backups(opened.data_file)) == 2
    assert list_backups(opened.data_file)[-1] == last


def test_list_backups_oldest_first_and_only_backups(opened: Workspace, clock: FixedClock) -> None:
    assert list_backups(opened.data_file) == []
    conn = db.database.connection()
    late = take_backup(conn, opened.data_file, reason="manual", now=clock.now() + timedelta(days=1))
    early = take_backup(conn, opened.data_file, reason="before-v2", now=clock.now())
    middle = take_backup(
        conn, opened.data_file, reason="auto", now=clock.now() + timedelta(hours=1)
    )
    for stray in (
        "notes.txt",
        ".incoming.tmp",
        "netdesk-bad.sqlite3",
        "netdesk-20260101-000000.db",
    ):
        (opened.backups_dir / stray).write_text("not a backup")
    assert list_backups(opened.data_file) == [early, middle, late]


def test_backups_in_the_same_second_keep_their_order(opened: Workspace, clock: FixedClock) -> None:
    conn = db.database.connection()
    made = [
        take_backup(conn, opened.data_file, reason="manual", now=clock.now(), keep=20)
        for _ in range(12)
    ]
    assert len({p.name for p in made}) == 12
    assert list_backups(opened.data_file) == made
    newest = take_backup(conn, opened.data_file, reason="manual", now=clock.now(), keep=3)
    assert list_backups(opened.data_file) == [*made[-2:], newest]


# The backup before a migration -------------------------------------------------


NEXT = SCHEMA_VERSION + 1  # a pretend next version: 2 while the schema is at 1


def _current_file(folder: Path, clock: FixedClock) -> Path:
    ws = Workspace.open(folder, clock=clock)
    try:
        anna = ws.contacts.create(ContactDraft(first_name="Anna", organisation="Acme"))
        ws.conversations.create(ConversationDraft(contact_id=anna.id, occurred_at=clock.now()))
    finally:
        ws.close()
    assert pragma(ws.data_file, "user_version") == SCHEMA_VERSION
    return ws.data_file


def _pretend_next_version(
    monkeypatch: pytest.MonkeyPatch, step: Callable[[SqliteDatabase, str], None]
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(db, "SCHEMA_VERSION", NEXT)


def test_migration_takes_a_backup_first(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    path = _current_file(folder, clock)
    seen: list[str] = []

    def next_step(database: SqliteDatabase, now: str) -> None:
        seen.append(now)
        database.execute_sql("ALTER TABLE contact ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    _pretend_next_version(monkeypatch, next_step)
    clock.advance(timedelta(days=3, seconds=7))
    assert db.open_data_file(path, clock.now()).original_version == SCHEMA_VERSION
    db.close_data_file()

    assert seen == ["2026-01-18T09:00:07.000000Z"]
    assert pragma(path, "user_version") == NEXT
    backups = list_backups(path)
    assert [b.name for b in backups] == [f"netdesk-20260118-090007-before-v{NEXT}.sqlite3"]
    assert mode(backups[0]) == 0o600
    assert pragma(backups[0], "user_version") == SCHEMA_VERSION
    assert count_rows(backups[0], "contact") == 1
    assert count_rows(path, "contact") == 1
    assert count_rows(path, "conversation") == 1
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(contact)")}
    finally:
        conn.close()
    assert "nickname" in columns

    # Opening again runs nothing and takes no second backup.
    clock.advance(timedelta(days=1))
    Workspace.open(folder, clock=clock).close()
    assert seen == ["2026-01-18T09:00:07.000000Z"]
    assert len(list_backups(path)) == 1


def test_failed_migration_leaves_the_file_at_its_version(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    path = _current_file(folder, clock)
    contact_rows = count_rows(path, "contact")
    assert contact_rows == 1

    def failing_step(database: SqliteDatabase, now: str) -> None:
        database.execute_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        database.execute_sql("DELETE FROM contact")
        raise RuntimeError("migration step failed")

    _pretend_next_version(monkeypatch, failing_step)
    with pytest.raises(RuntimeError, match="migration step failed"):
        Workspace.open(folder, clock=clock)
    # Nothing is left holding a half-open file.
    assert db.database.is_closed()
    assert side_files(path) == []

    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert count_rows(path, "contact") == contact_rows
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert "half_done" not in tables
    assert len(list_backups(path)) == 1  # the backup taken before the attempt

    monkeypatch.undo()
    ws = Workspace.open(folder, clock=clock)  # the program that made it still opens it
    try:
        assert ws.contacts.count() == contact_rows
    finally:
        ws.close()


def test_after_an_unclean_shutdown_the_page_check_runs_before_opening(
    tmp_path: Path, netdesk_bytes: bytes, clock: FixedClock
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DATA_FILE_NAME
    _middle_page_overwritten(path, netdesk_bytes)
    path.with_name(DATA_FILE_NAME + "-wal").touch()  # left behind by a crash
    before = fingerprint(path)
    with pytest.raises(DataFileError) as exc:
        Workspace.open(folder, clock=clock)
    assert exc.value.problem is DataFileProblem.DAMAGED
    assert fingerprint(path) == before


def test_a_sound_file_is_verified_in_the_background_and_writes_proceed(
    tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "data"
    Workspace.open(folder, clock=clock).close()
    workspace = Workspace.open(folder, clock=clock)
    try:
        workspace.contacts.create(ContactDraft(first_name="Ann"))  # waits for the verdict
        assert workspace.verification() == ["ok"]
    finally:
        workspace.close()

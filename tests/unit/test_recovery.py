"""Recovery at start-up: finding the newest sound backup, and putting it in
place while the damaged file is kept, byte for byte, beside it."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.services.recovery import (
    damaged_copy_name,
    newest_good_backup,
    restore_backup,
)
from netdesk.services.workspace import DATA_FILE_NAME, SCHEMA_VERSION, Workspace
from netdesk.store.backup import backups_dir, take_backup

T0 = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contact_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


def backup_now(data_file: Path, when: datetime) -> Path:
    conn = sqlite3.connect(f"{data_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return take_backup(conn, data_file, reason="manual", now=when)
    finally:
        conn.close()


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    """A closed netdesk file with two backups: one contact, then two."""
    folder = tmp_path / "data"
    ws = Workspace.open(folder, clock=FixedClock())
    try:
        ws.contacts.create(ContactDraft(first_name="Ilse", last_name="Brandauer"))
        ws.close()
        backup_now(ws.data_file, T0)
        ws = Workspace.open(folder, clock=FixedClock())
        ws.contacts.create(ContactDraft(first_name="Tomás", last_name="Okafor"))
    finally:
        ws.close()
    backup_now(folder / DATA_FILE_NAME, T0 + timedelta(days=1))
    return folder / DATA_FILE_NAME


def damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    raw[page : 3 * page] = b"\xa5" * (2 * page)
    path.write_bytes(bytes(raw))


def test_no_backups_folder_means_no_offer(tmp_path: Path) -> None:
    assert newest_good_backup(tmp_path / DATA_FILE_NAME) is None


def test_the_newest_sound_backup_is_offered_with_its_date(data_file: Path) -> None:
    good = newest_good_backup(data_file)
    assert good is not None
    assert good.taken_at == T0 + timedelta(days=1)
    assert good.schema_version == SCHEMA_VERSION
    assert contact_count(good.path) == 2


def test_damaged_foreign_and_too_new_backups_are_passed_over(data_file: Path) -> None:
    folder = backups_dir(data_file)
    newest = sorted(folder.iterdir())[-1]
    damage(newest)
    foreign = folder / "netdesk-20260120-090000-manual.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY)")
    conn.close()
    too_new = folder / "netdesk-20260121-090000-manual.sqlite3"
    too_new.write_bytes((folder / sorted(p.name for p in folder.iterdir())[0]).read_bytes())
    conn = sqlite3.connect(too_new)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    (folder / "netdesk-20260122-090000-manual.sqlite3").write_bytes(b"")
    before = {p.name: digest(p) for p in folder.iterdir()}
    good = newest_good_backup(data_file)
    assert good is not None
    assert good.taken_at == T0  # the one-contact backup, the only sound one left
    assert contact_count(good.path) == 1
    assert {p.name: digest(p) for p in folder.iterdir()} == before  # only read


def test_restore_keeps_the_damaged_file_and_puts_the_backup_in_place(data_file: Path) -> None:
    damage(data_file)
    wal = data_file.with_name(DATA_FILE_NAME + "-wal")
    wal.write_bytes(b"last changes, perhaps")
    damaged_digest, wal_digest = digest(data_file), digest(wal)
    good = newest_good_backup(data_file)
    assert good is not None
    now = T0 + timedelta(days=2, hours=3, seconds=7)

    restored = restore_backup(data_file, good.path, now)

    assert restored.damaged_copy == data_file.with_name("netdesk-damaged-20260117-120007.sqlite3")
    assert digest(restored.damaged_copy) == damaged_digest
    moved_wal = restored.damaged_copy.with_name(restored.damaged_copy.name + "-wal")
    assert digest(moved_wal) == wal_digest
    assert not wal.exists()
    assert digest(data_file) == digest(good.path)
    assert stat.S_IMODE(data_file.stat().st_mode) == 0o600
    assert not data_file.with_name(DATA_FILE_NAME + ".restoring").exists()
    ws = Workspace.open(data_file.parent, clock=FixedClock())
    try:
        assert ws.contacts.count() == 2
    finally:
        ws.close()


def test_a_second_restore_in_the_same_second_overwrites_nothing(data_file: Path) -> None:
    good = newest_good_backup(data_file)
    assert good is not None
    damage(data_file)
    first_damage = digest(data_file)
    first = restore_backup(data_file, good.path, T0)
    data_file.write_bytes(b"")  # unusable again
    second = restore_backup(data_file, good.path, T0)
    assert first.damaged_copy.name == damaged_copy_name(T0)
    assert second.damaged_copy.name == "netdesk-damaged-20260115-090000-2.sqlite3"
    assert digest(first.damaged_copy) == first_damage
    assert second.damaged_copy.read_bytes() == b""


def test_an_unsound_backup_is_refused_and_nothing_moves(data_file: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all")
    damage(data_file)
    before = digest(data_file)
    with pytest.raises(ValueError, match="not a sound netdesk backup"):
        restore_backup(data_file, bogus, T0)
    assert digest(data_file) == before
    assert not list(data_file.parent.glob("netdesk-damaged-*"))


def test_a_missing_data_file_is_simply_restored(data_file: Path) -> None:
    good = newest_good_backup(data_file)
    assert good is not None
    data_file.unlink()
    restored = restore_backup(data_file, good.path, T0)
    assert contact_count(data_file) == 2
    assert not restored.damaged_copy.exists()


def test_a_folder_where_the_file_should_be_is_not_moved(data_file: Path) -> None:
    good = newest_good_backup(data_file)
    assert good is not None
    data_file.unlink()
    data_file.mkdir()
    with pytest.raises(IsADirectoryError):
        restore_backup(data_file, good.path, T0)
    assert data_file.is_dir()


def test_a_copy_that_fails_leaves_the_damaged_file_in_place(
    data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import shutil

    damage(data_file)
    before = digest(data_file)
    good = newest_good_backup(data_file)
    assert good is not None

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full)
    with pytest.raises(OSError, match="No space"):
        restore_backup(data_file, good.path, T0 + timedelta(days=2))

    # Still there, unchanged: the next start reports it again, never starts empty.
    assert digest(data_file) == before
    assert [p.name for p in data_file.parent.glob("netdesk-damaged-*")] == []
    assert not data_file.with_name(DATA_FILE_NAME + ".restoring").exists()

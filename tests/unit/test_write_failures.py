"""Writes the disk refuses: a full disk, a read-only file, a file another
program keeps locked. Each becomes DataFileWriteError naming the file and the
reason, and the file holds nothing of the refused change.

A full disk is simulated with ``PRAGMA max_page_count`` just above the file's
size. Tests run as root, which ignores file modes, so a read-only file is
simulated with ``PRAGMA query_only`` and, where the machine allows it, made
real by running netdesk as an unprivileged user on a file of mode 0400.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.errors import DataFileError, DataFileWriteError, WriteFailure
from netdesk.services.demo import build_demo_network
from netdesk.services.workspace import Workspace
from netdesk.store import db
from netdesk.store.db import write_failure_of

BIG_NOTES = "Met at the harbour museum's volunteer evening. " * 400


def page_count() -> int:
    return int(db.database.execute_sql("PRAGMA page_count").fetchone()[0])


def fill_disk() -> None:
    """Let the file grow by one page at most: any real change fills it."""
    db.database.execute_sql(f"PRAGMA max_page_count = {page_count() + 1}")


def free_disk() -> None:
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")


def integrity() -> list[str]:
    return [row[0] for row in db.database.execute_sql("PRAGMA integrity_check").fetchall()]


def table_counts() -> dict[str, int]:
    tables = [
        row[0]
        for row in db.database.execute_sql(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {
        table: int(db.database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
    }


def test_a_full_disk_refuses_the_whole_change_and_names_the_file(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Ilse", last_name="Brandauer"))
    before = table_counts()
    fill_disk()
    draft = ContactDraft(
        first_name="Tomás",
        last_name="Okafor",
        organisation="Harbour Museum",  # a new organisation row, then the contact's
        emails=("tomas@example.org",),
        notes=BIG_NOTES,
    )
    with pytest.raises(DataFileWriteError) as refused:
        workspace.contacts.create(draft)
    assert refused.value.reason is WriteFailure.DISK_FULL
    assert refused.value.path == workspace.data_file
    assert table_counts() == before  # not the organisation, not half a contact
    assert integrity() == ["ok"]
    free_disk()
    saved = workspace.contacts.create(draft)
    assert workspace.contacts.get(saved.id).organisation_name == "Harbour Museum"
    assert integrity() == ["ok"]


def test_a_full_disk_during_a_big_transaction_leaves_none_of_it(workspace: Workspace) -> None:
    before = table_counts()
    fill_disk()

    def create_many() -> None:
        with db.database.atomic():
            for n in range(200):
                workspace.contacts.create(ContactDraft(first_name=f"Person {n}", notes=BIG_NOTES))

    with pytest.raises(DataFileWriteError):
        create_many()
    assert table_counts() == before
    assert integrity() == ["ok"]


def test_a_read_only_file_refuses_writes_and_keeps_what_it_had(workspace: Workspace) -> None:
    ilse = workspace.contacts.create(ContactDraft(first_name="Ilse"))
    db.database.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(DataFileWriteError) as refused:
            workspace.contacts.update(ilse.id, ContactDraft(first_name="Ilse", notes="new"))
        assert refused.value.reason is WriteFailure.READ_ONLY
        assert refused.value.path == workspace.data_file
        assert workspace.contacts.get(ilse.id).notes == ""
    finally:
        db.database.execute_sql("PRAGMA query_only = 0")
    assert workspace.contacts.update(ilse.id, ContactDraft(first_name="Ilse", notes="new"))


def test_a_file_locked_by_another_program_is_reported_after_the_wait(
    workspace: Workspace,
) -> None:
    other = sqlite3.connect(workspace.data_file)
    try:
        other.execute("BEGIN IMMEDIATE")  # holds the write lock
        db.database.execute_sql("PRAGMA busy_timeout = 50")
        with pytest.raises(DataFileWriteError) as refused:
            workspace.contacts.create(ContactDraft(first_name="Ilse"))
        assert refused.value.reason is WriteFailure.BUSY
        other.rollback()
    finally:
        other.close()
        db.database.execute_sql("PRAGMA busy_timeout = 5000")
    workspace.contacts.create(ContactDraft(first_name="Ilse"))
    assert workspace.contacts.count() == 1


def test_a_write_outside_a_transaction_still_passes_the_gate(workspace: Workspace) -> None:
    def refuse() -> None:
        raise DataFileError(workspace.data_file, db.DataFileProblem.DAMAGED, "page 7")

    db.set_write_gate(refuse)
    try:
        with pytest.raises(DataFileError):
            db.database.execute_sql("INSERT INTO setting (key, value) VALUES ('x', '1')")
        assert db.database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
    finally:
        db.set_write_gate(None)


def test_every_write_of_the_demo_network_runs_in_a_transaction(workspace: Workspace) -> None:
    """So a refused write never leaves half a change: build a whole network
    (most services' writes) and look at each statement's transaction depth."""
    outside: list[str] = []
    original = type(db.database).execute_sql

    def spy(self: db._GatedDatabase, sql: str, params: object = None) -> object:
        if self.transaction_depth() == 0 and db._is_write(sql):
            outside.append(sql)
        return original(self, sql, params)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(db.database), "execute_sql", spy)
        build_demo_network(workspace)
    assert workspace.contacts.count() > 0
    assert outside == []


def sqlite_error(message: str, code: int | None = None) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    if code is not None:
        error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite_error("attempt to write a readonly database", 8), WriteFailure.READ_ONLY),
        (
            sqlite_error("attempt to write a readonly database", 8 | (1 << 8)),
            WriteFailure.READ_ONLY,
        ),
        (sqlite_error("database or disk is full", 13), WriteFailure.DISK_FULL),
        (sqlite_error("disk I/O error", 10 | (3 << 8)), WriteFailure.IO_ERROR),  # IOERR_WRITE
        (sqlite_error("database is locked", 5), WriteFailure.BUSY),
        (sqlite_error("unable to open database file", 14), WriteFailure.NO_ACCESS),
        (sqlite_error("disk I/O error"), WriteFailure.IO_ERROR),  # no code: the words
        (sqlite_error("database is locked"), WriteFailure.BUSY),
        (sqlite_error("database disk image is malformed", 11), None),  # damage, not a write
        (sqlite3.IntegrityError("UNIQUE constraint failed: contact.id"), None),
        (sqlite_error("no such table: nothing", 1), None),
    ],
)
def test_sqlite_errors_are_sorted_into_write_failures(
    error: sqlite3.Error, expected: WriteFailure | None
) -> None:
    assert write_failure_of(error) is expected


# A real read-only file, as an unprivileged user sees it ---------------------

AS_NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from netdesk.domain.contacts import ContactDraft
    from netdesk.domain.errors import DataFileWriteError
    from netdesk.services.workspace import Workspace
    ws = Workspace.open(Path(sys.argv[1]), create=False)
    try:
        ws.contacts.create(ContactDraft(first_name="Ilse"))
    except DataFileWriteError as error:
        print(error.reason, error.path)
    finally:
        ws.close()
    """
)


@pytest.fixture
def unprivileged_folder() -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root (to act as another user) and setpriv")
    top = Path(tempfile.mkdtemp(prefix="netdesk-ro-"))
    top.chmod(0o755)  # nobody must reach the folder inside
    try:
        yield top / "data"
    finally:
        shutil.rmtree(top)


def test_a_file_of_mode_0400_is_reported_read_only(unprivileged_folder: Path) -> None:
    folder = unprivileged_folder
    Workspace.open(folder).close()
    data_file = folder / "netdesk.sqlite3"
    before = data_file.read_bytes()
    for path in (folder, data_file):
        os.chown(path, 65534, 65534)
    data_file.chmod(0o400)
    result = subprocess.run(
        [*AS_NOBODY, sys.executable, "-c", _CHILD, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "Operation not permitted" in result.stderr:
        pytest.skip("this machine does not allow switching users")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["read_only", str(data_file)]
    assert data_file.read_bytes() == before

"""A writer killed at any moment leaves a sound file with every operation
wholly there or wholly absent, and every operation it finished is there.

Run them:  .venv/bin/python -m pytest -m slow tests/unit/test_kill.py
NETDESK_KILLS sets how many times a writer is killed (default 220); the
moments are drawn from a fixed seed, so a failure repeats.

The writer (tests/unit/kill_writer.py) is forked from this process, so each
kill costs milliseconds rather than a fresh interpreter; the first few runs
start it as a script instead, the way a real program starts.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import normalise_contact
from netdesk.domain.text import split_tags
from netdesk.services.query import rows, scalar
from netdesk.services.workspace import Workspace
from netdesk.store.db import DATA_FILE_NAME
from tests.unit import kill_writer
from tests.unit.kill_writer import (
    CREATE,
    EDIT,
    LOG,
    MARKER_LAST_NAME,
    RESTORE,
    TRASH,
    import_csv,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX"),
]

KILLS = int(os.environ.get("NETDESK_KILLS", "220"))
SEED = 20260302
KILLS_PER_FILE = 30  # then a fresh file, so each check stays quick
AS_SCRIPT = 4  # the first runs start the writer as a script
WRITER = Path(kill_writer.__file__)


@dataclass
class Announced:
    """What one writer said: the operations it started, and those committed."""

    started: dict[int, tuple[str, int]] = field(default_factory=dict)
    committed: list[int] = field(default_factory=list)

    def read(self, text: str) -> None:
        for line in text.splitlines():
            words = line.split()
            if words == ["ready"]:
                continue
            if words[1] == "ok":
                self.committed.append(int(words[0]))
            else:
                self.started[int(words[0])] = (words[1], int(words[2]))

    def in_flight(self) -> int | None:
        pending = set(self.started) - set(self.committed)
        assert len(pending) <= 1, pending
        return pending.pop() if pending else None


@dataclass
class History:
    """Everything the writers of one data file announced, in order."""

    # (op, kind, target, finished): an operation cut short may have committed
    # before the writer could say so.
    done: list[tuple[int, str, int, bool]] = field(default_factory=list)
    maybe: list[tuple[int, str, int, bool]] = field(default_factory=list)
    import_rows: dict[int, int] = field(default_factory=dict)

    def add(self, said: Announced) -> None:
        for op in said.committed:
            self.done.append((op, *said.started[op], True))
        pending = said.in_flight()
        if pending is not None:
            self.maybe.append((pending, *said.started[pending], False))


# Running a writer and killing it ------------------------------------------------------


def read_until_ready(fd: int, deadline: float) -> str:
    text = ""
    while "ready\n" not in text:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 65536) if ready else b""
        assert chunk, f"the writer stopped before opening the file: {text!r}"
        text += chunk.decode()
    return text


def read_rest(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


def forked_writer(data_dir: Path, first_op: int, seed: int, csv: Path | None) -> tuple[int, int]:
    """(pid, fd to read what it says) of a writer forked from this process."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write until killed, and never return into pytest
        os.close(read_end)
        code = 0
        try:
            kill_writer.run(data_dir, first_op, seed, csv, write_end)
        except BaseException as exc:
            os.write(write_end, f"error {exc!r}\n".encode())
            code = 3
        os._exit(code)
    os.close(write_end)
    return pid, read_end


def kill_one(
    data_dir: Path, first_op: int, rng: random.Random, csv: Path | None, as_script: bool
) -> tuple[Announced, bool]:
    """Start a writer, kill it after a random delay; (what it said, whether it was killed)."""
    seed = rng.randrange(2**32)
    delay = rng.uniform(0.0, 0.5) if csv else rng.uniform(0.0, 0.15)
    said = Announced()
    if as_script:
        args = [sys.executable, str(WRITER), str(data_dir), str(first_op), str(seed)]
        child = subprocess.Popen([*args, *([str(csv)] if csv else [])], stdout=subprocess.PIPE)
        assert child.stdout is not None
        fd = child.stdout.fileno()
        text = read_until_ready(fd, time.monotonic() + 30)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        status = child.wait()
        text += read_rest(fd)
        child.stdout.close()
        killed = status == -signal.SIGKILL
    else:
        pid, fd = forked_writer(data_dir, first_op, seed, csv)
        text = read_until_ready(fd, time.monotonic() + 30)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        text += read_rest(fd)
        os.close(fd)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        assert killed or os.WEXITSTATUS(status) == 0, text
    assert "error" not in text, text
    said.read(text)
    return said, killed


# Checking what a killed writer left -----------------------------------------------------


def check_file(data_dir: Path, history: History) -> None:
    path = data_dir / DATA_FILE_NAME
    ws = Workspace.open(data_dir, clock=FixedClock())  # checks every page after a crash
    try:
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            raw.close()
        check_marked_people()
        check_outcomes()
        check_imports(history)
        check_search_indexes()
        check_durable(history)
    finally:
        ws.close()


def check_marked_people() -> None:
    """A created or edited person is one version of themselves, field by field."""
    people = rows(
        "SELECT c.id, c.first_name, c.last_name, c.position, c.notes, c.tags, o.name, s.body "
        "FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id "
        "LEFT JOIN contact_search s ON s.rowid = c.id "
        f"WHERE c.last_name LIKE '{MARKER_LAST_NAME}%'"
    )
    for contact_id, first, last, position, notes, tags, organisation, body in people:
        version = int(position[1:])
        op = int(last[1:])
        want = normalise_contact(kill_writer.marked(version, op))
        assert (first, notes, organisation) == (
            want.first_name,
            want.notes,
            want.organisation,
        ), contact_id
        assert split_tags(tags) == want.tags, contact_id
        methods = rows(
            "SELECT kind, value FROM contact_method WHERE contact_id = ? ORDER BY kind, position",
            (contact_id,),
        )
        assert methods == [
            *(("email", e) for e in want.emails),
            *(("phone", p) for p in want.phones),
        ], contact_id
        assert f"v{version}@example.org" in (body or ""), contact_id


def check_outcomes() -> None:
    """A logged talk comes with its referral, the new person, its promise, and
    its meeting marked done, or none of them is there."""
    talks = rows("SELECT id, topics FROM conversation WHERE topics LIKE 'talk %'")
    for talk_id, topics in talks:
        op = topics.split()[1]
        assert rows(
            "SELECT r.note, p.first_name, p.last_name FROM referral r "
            "JOIN contact p ON p.id = r.referred_id WHERE r.conversation_id = ?",
            (talk_id,),
        ) == [(f"ref {op}", "Ref", f"R{op}")]
        assert rows("SELECT description FROM promise WHERE conversation_id = ?", (talk_id,)) == [
            (f"promise {op}",)
        ]
        meeting = rows("SELECT status, purpose FROM meeting WHERE conversation_id = ?", (talk_id,))
        assert meeting == [("done", f"meet {op}")]
    logged = len(talks)
    assert scalar("SELECT count(*) FROM referral") == logged
    assert scalar("SELECT count(*) FROM promise") == logged
    assert scalar("SELECT count(*) FROM contact WHERE first_name = 'Ref'") == logged
    assert scalar("SELECT count(*) FROM meeting WHERE status = 'done'") == logged


def check_imports(history: History) -> None:
    """An import is all its people (each with an email and an organisation) or none."""
    for batch, size in history.import_rows.items():
        found = scalar("SELECT count(*) FROM contact WHERE position = ?", (f"batch {batch}",))
        assert found in (0, size), (batch, found, size)
        emails = scalar(
            "SELECT count(*) FROM contact_method m JOIN contact c ON c.id = m.contact_id "
            "WHERE c.position = ? AND m.kind = 'email'",
            (f"batch {batch}",),
        )
        assert emails == found
        assert not scalar(
            "SELECT count(*) FROM contact WHERE position = ? AND organisation_id IS NULL",
            (f"batch {batch}",),
        )


def check_search_indexes() -> None:
    assert scalar("SELECT count(*) FROM contact") == scalar("SELECT count(*) FROM contact_search")
    assert scalar("SELECT count(*) FROM conversation") == scalar(
        "SELECT count(*) FROM conversation_search"
    )


def check_durable(history: History) -> None:
    """Every operation a writer finished is there, as it left it (or as a
    later operation, finished or cut short, left it)."""
    version: dict[int, int] = {}
    trashed: dict[int, set[bool]] = {}
    for op, kind, target, finished in sorted(history.done + history.maybe):
        if kind == CREATE and finished:
            version[op] = op
            trashed[op] = {False}
        elif kind == EDIT and finished:
            version[target] = op  # a later edit cut short may be there too: still >= op
        elif kind in (TRASH, RESTORE):
            state = {kind == TRASH}
            trashed[target] = state if finished else trashed.get(target, {False, True}) | state
        elif kind == LOG and finished:
            assert scalar("SELECT count(*) FROM conversation WHERE topics = ?", (f"talk {op}",))
        elif kind == "import" and finished:
            size = history.import_rows[op]
            found = scalar("SELECT count(*) FROM contact WHERE position = ?", (f"batch {op}",))
            assert found == size, (op, found)
    for person, least in version.items():
        position = scalar(
            "SELECT position FROM contact WHERE last_name = ?", (f"{MARKER_LAST_NAME}{person}",)
        )
        assert position is not None, person
        assert int(position[1:]) >= least, person
    for person, allowed in trashed.items():
        gone = scalar(
            "SELECT deleted_at IS NOT NULL FROM contact WHERE last_name = ?",
            (f"{MARKER_LAST_NAME}{person}",),
        )
        assert bool(gone) in allowed, person


# The test -----------------------------------------------------------------------------


def test_a_killed_writer_never_leaves_half_an_operation(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    rng = random.Random(SEED)
    killed = imports = imports_cut = 0
    history = History()
    data_dir = tmp_path / "data-0"
    for run in range(KILLS):
        if run and run % KILLS_PER_FILE == 0:
            data_dir = tmp_path / f"data-{run}"
            history = History()
        first_op = (run + 1) * 100_000
        csv = None
        if run % 5 == 4:
            csv = tmp_path / "linkedin.csv"
            history.import_rows[first_op] = rng.randint(2000, 3000)
            import_csv(csv, first_op, history.import_rows[first_op])
            imports += 1
        said, was_killed = kill_one(data_dir, first_op, rng, csv, as_script=run < AS_SCRIPT)
        killed += was_killed
        imports_cut += bool(csv) and not said.committed
        history.add(said)
        check_file(data_dir, history)
    record_property("kills_survived", killed)
    print(
        f"\n{killed} kills survived ({KILLS} writers; {imports} importing, "
        f"{imports_cut} of those killed before the import committed)"
    )
    assert killed >= KILLS * 0.8  # most writers were still writing when killed

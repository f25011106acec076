"""Damaged data files, many ways: cut short, bytes overwritten (header, first
pages, middle, end), empty, a folder in its place, from a newer netdesk, not
SQLite, another program's SQLite. Each is refused with the right problem, or,
when the damage is in space SQLite does not use, opens and passes
integrity_check. Either way the file is left byte for byte as it was, with no
-wal or -shm beside it.

Opening trusts a cleanly closed file after the quick header checks; the full
page check runs in the background and every write waits for its verdict.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.services.workspace import DATA_FILE_NAME, SCHEMA_VERSION, Workspace
from netdesk.store import db

SEED = 20260115
TRUNCATIONS = 48
OVERWRITES_PER_REGION = 16
BROKEN_SQLITE = {DataFileProblem.DAMAGED, DataFileProblem.NOT_SQLITE}


@pytest.fixture(autouse=True)
def _closed_afterwards() -> Iterator[None]:
    yield
    db.set_write_gate(None)
    db.close_data_file(checkpoint=False)


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A cleanly closed netdesk file spanning many pages."""
    folder = tmp_path_factory.mktemp("sound")
    ws = Workspace.open(folder, clock=FixedClock())
    try:
        for n in range(120):
            ws.contacts.create(
                ContactDraft(
                    first_name=f"Person{n}",
                    last_name="Example",
                    organisation=f"Organisation {n % 9}",
                    emails=(f"person{n}@example.org",),
                    notes="Met at a careers fair; follow up about the archive role. " * (n % 5),
                )
            )
    finally:
        ws.close()
    return (folder / DATA_FILE_NAME).read_bytes()


@dataclass(frozen=True)
class Variant:
    name: str
    write: Callable[[Path], None]
    allowed: frozenset[DataFileProblem]  # empty: it must open (and be sound)
    may_open: bool = False  # damage may fall in unused space


def _bytes(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def variants(sound: bytes) -> list[Variant]:
    rng = random.Random(SEED)
    page = int.from_bytes(sound[16:18], "big")
    pages = len(sound) // page
    found: list[Variant] = []
    cuts = {1, 50, 99, 100, page - 1, page, page + 1, 2 * page, len(sound) - page}
    while len(cuts) < TRUNCATIONS:
        cuts.add(rng.randrange(1, len(sound)))
    for cut in sorted(cuts):
        found.append(Variant(f"cut at {cut}", _bytes(sound[:cut]), frozenset(BROKEN_SQLITE)))
    regions = {
        "header": (0, 100),
        "first pages": (100, 3 * page),
        "middle": ((pages // 2) * page, (pages // 2 + 2) * page),
        "end": ((pages - 1) * page, len(sound)),
    }
    for region, (start, end) in regions.items():
        for _ in range(OVERWRITES_PER_REGION):
            at = rng.randrange(start, end)
            length = rng.choice((1, 4, 16, 512))
            damaged = bytearray(sound)
            damaged[at : at + length] = rng.randbytes(len(damaged[at : at + length]))
            if bytes(damaged) == sound:
                continue
            found.append(
                Variant(
                    f"{region}: {length} random bytes at {at}",
                    _bytes(bytes(damaged)),
                    frozenset(
                        BROKEN_SQLITE
                        | {
                            DataFileProblem.FOREIGN,  # application_id hit
                            DataFileProblem.TOO_NEW,  # user_version hit
                        }
                    ),
                    may_open=True,
                )
            )
    found += [
        Variant("zero-length", _bytes(b""), frozenset({DataFileProblem.EMPTY})),
        Variant("a folder", lambda path: path.mkdir(), frozenset({DataFileProblem.IS_DIRECTORY})),
        Variant("newer netdesk", _newer(sound), frozenset({DataFileProblem.TOO_NEW})),
        Variant("random bytes", _bytes(rng.randbytes(9000)), frozenset(BROKEN_SQLITE)),
        Variant(
            "a text file", _bytes(b"Name,Email\nIlse,ilse@example.org\n"), frozenset(BROKEN_SQLITE)
        ),
        Variant("another program's SQLite", _foreign, frozenset({DataFileProblem.FOREIGN})),
    ]
    return found


def _newer(sound: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        raw = bytearray(sound)
        raw[60:64] = (SCHEMA_VERSION + 1).to_bytes(4, "big")  # user_version
        path.write_bytes(bytes(raw))

    return write


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, caption TEXT)")
        conn.execute("INSERT INTO photo (caption) VALUES ('holiday')")
        conn.commit()
    finally:
        conn.close()


def state(folder: Path) -> dict[str, str]:
    """Every file in the folder (the data file, side files, backups) with its hash."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    } | {str(p.relative_to(folder)) + "/": "" for p in folder.rglob("*") if p.is_dir()}


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def check_refusal(error: DataFileError, folder: Path, variant: Variant) -> None:
    assert error.problem in variant.allowed, (variant.name, error)
    assert error.path == folder / DATA_FILE_NAME


def open_as_netdesk_does(folder: Path, variant: Variant) -> str:
    """Open the folder the way start-up does; returns what happened."""
    try:
        workspace = Workspace.open(folder, clock=FixedClock(), create=False)
    except DataFileError as error:
        check_refusal(error, folder, variant)
        return f"refused: {error.problem}"
    # The quick checks passed: the background page check decides.
    workspace._verified.wait()
    verdict = workspace.verification()
    if verdict != ["ok"]:
        assert DataFileProblem.DAMAGED in variant.allowed, variant.name
        with pytest.raises(DataFileError) as refused:
            workspace.contacts.create(ContactDraft(first_name="Never written"))
        assert refused.value.problem is DataFileProblem.DAMAGED
        workspace.close(damaged=True)
        return "refused by the background check"
    assert variant.may_open, f"{variant.name} opened"
    workspace.close(damaged=True)  # no checkpoint: the test looks at the bytes
    assert integrity(folder / DATA_FILE_NAME) == ["ok"], variant.name
    return "opened (damage in unused space)"


def test_every_damaged_variant_is_refused_or_sound_and_left_unchanged(
    tmp_path: Path, sound: bytes
) -> None:
    outcomes: dict[str, int] = {}
    tried = variants(sound)
    for number, variant in enumerate(tried):
        folder = tmp_path / f"v{number}"
        folder.mkdir(mode=0o700)
        variant.write(folder / DATA_FILE_NAME)
        before = state(folder)
        # The plain inspection (as `netdesk info` runs it), then a real opening.
        try:
            db.inspect_data_file(folder / DATA_FILE_NAME)
        except DataFileError as error:
            check_refusal(error, folder, variant)
        else:
            assert variant.may_open, variant.name
            assert integrity(folder / DATA_FILE_NAME) == ["ok"], variant.name
        assert state(folder) == before, variant.name
        outcome = open_as_netdesk_does(folder, variant)
        assert state(folder) == before, (variant.name, outcome)
        assert db.database.is_closed()
        outcomes[outcome.split(":")[0]] = outcomes.get(outcome.split(":")[0], 0) + 1
    assert len(tried) >= 100
    print(f"{len(tried)} damaged variants: {outcomes}")


def test_no_write_happens_before_the_background_check_passes(
    tmp_path: Path, sound: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the quick checks miss (a page in the middle): the window opens,
    a save waits for the page check, and is refused when it finds damage."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    page = int.from_bytes(sound[16:18], "big")
    middle = (len(sound) // page // 2) * page
    damaged = sound[:middle] + bytes(range(256)) * (page // 256) + sound[middle + page :]
    (folder / DATA_FILE_NAME).write_bytes(damaged)
    before = state(folder)

    release = threading.Event()
    real_verify = db.verify_data_file

    def slow_verify(path: Path) -> list[str]:
        release.wait()
        return real_verify(path)

    monkeypatch.setattr(db, "verify_data_file", slow_verify)
    workspace = Workspace.open(folder, clock=FixedClock(), create=False)
    assert workspace.verification() is None  # still checking
    assert workspace.contacts.count() == 120  # reading is allowed meanwhile

    outcome: list[BaseException | None] = []

    def save() -> None:
        try:
            with workspace.thread_connection():
                workspace.contacts.create(ContactDraft(first_name="Waiting"))
            outcome.append(None)
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    saver = threading.Thread(target=save)
    saver.start()
    saver.join(0.3)
    assert saver.is_alive()  # held at the gate, however long the check takes
    assert outcome == []
    release.set()
    saver.join()
    assert isinstance(outcome[0], DataFileError)
    assert outcome[0].problem is DataFileProblem.DAMAGED
    verdict = workspace.verification()
    assert verdict is not None
    assert verdict != ["ok"]
    workspace.close(damaged=True)
    assert state(folder) == before


def test_a_sound_file_passes_every_check(tmp_path: Path, sound: bytes) -> None:
    """The variants above are damaged copies of a file that is fine."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    (folder / DATA_FILE_NAME).write_bytes(sound)
    before = state(folder)
    assert db.inspect_data_file(folder / DATA_FILE_NAME) == SCHEMA_VERSION
    workspace = Workspace.open(folder, clock=FixedClock(), create=False)
    workspace._verified.wait()
    assert workspace.verification() == ["ok"]
    workspace.close(damaged=True)
    assert state(folder) == before

"""Personal data stays private: every file netdesk writes is its owner's
alone, whatever the umask, and nothing ever touches the network."""

from __future__ import annotations

import ast
import os
import socket
import stat
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.meetings import MeetingDraft
from netdesk.services.exporting import ExportFormat
from netdesk.services.query import rows
from netdesk.services.workspace import Workspace
from netdesk.store.backup import take_backup
from netdesk.store.db import database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

ROOT = Path(__file__).resolve().parents[2]
LINKEDIN = ROOT / "tests" / "data" / "linkedin" / "current.csv"
NETWORK_MODULES = ("socket", "urllib.request", "http.client", "requests", "ssl")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that lets everyone read what is created (many systems' default)."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def opened(tmp_path: Path, permissive_umask: None) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "data", clock=FixedClock())
    yield ws
    ws.close()


def fill(ws: Workspace) -> int:
    """Some people (imported too) and a meeting to brief; the meeting's id."""
    _, plan = ws.importing.read_and_plan(LINKEDIN)
    ws.importing.apply(plan)
    person = ws.contacts.create(ContactDraft(first_name="Private", last_name="Person"))
    meeting = ws.meetings.create(
        MeetingDraft(contact_id=person.id, starts_at=ws.clock.now() + timedelta(days=1))
    )
    return meeting.id


# File modes -----------------------------------------------------------------------------


def test_data_folder_file_and_side_files_are_private(opened: Workspace) -> None:
    fill(opened)
    folder, data_file = opened.data_dir, opened.data_file
    assert mode(folder) == 0o700
    side_files = [data_file.with_name(data_file.name + s) for s in ("-wal", "-shm")]
    assert all(p.exists() for p in side_files)  # written to and still open: WAL in use
    for path in (data_file, *side_files):
        assert mode(path) == 0o600, path.name
    assert rows("PRAGMA journal_mode") == [("wal",)]


def test_backups_are_private(opened: Workspace) -> None:
    fill(opened)
    backup = take_backup(
        database.connection(), opened.data_file, reason="manual", now=opened.clock.now()
    )
    assert mode(backup.parent) == 0o700
    assert mode(backup) == 0o600
    kept = opened.json_backup.restore(write_json(opened))
    assert mode(kept) == 0o600


def write_json(ws: Workspace) -> Path:
    target = ws.data_dir.parent / "backup.json"
    ws.exporting.export(target, ExportFormat.JSON)
    return target


@pytest.mark.parametrize("kind", list(ExportFormat))
def test_every_export_is_private(opened: Workspace, kind: ExportFormat) -> None:
    fill(opened)
    target = opened.data_dir.parent / f"export{kind.value}"
    opened.exporting.export(target, kind)
    assert mode(target) == 0o600
    target.chmod(0o644)  # replacing a file someone made readable makes it private again
    opened.exporting.export(target, kind)
    assert mode(target) == 0o600


def test_the_command_line_export_is_private(opened: Workspace) -> None:
    from netdesk.cli_interchange import export_file

    fill(opened)
    data_dir = opened.data_dir
    opened.close()
    target = data_dir.parent / "people.csv"
    assert export_file(data_dir, target, "csv", vcard_version="3.0", as_todos=False) == 0
    assert mode(target) == 0o600


def test_the_briefing_pdf_is_private(opened: Workspace, qapp: Any) -> None:
    from netdesk.printing.briefing_print import save_briefing_pdf

    meeting_id = fill(opened)
    target = opened.data_dir.parent / "briefing.pdf"
    save_briefing_pdf(opened, meeting_id, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert mode(target) == 0o600


def test_the_lock_file_is_private(tmp_path: Path, permissive_umask: None, qapp: Any) -> None:
    from netdesk.instance_lock import InstanceLock

    folder = tmp_path / "data"
    Workspace.open(folder, clock=FixedClock()).close()
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        assert mode(lock.path) == 0o600
    finally:
        lock.release()


# No network -----------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way into the network fails the test (and is recorded, in case
    something swallows the error)."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args!r}")
            pytest.fail(f"netdesk used the network: {name}{args!r}")

        return call

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return attempts


def test_main_flows_never_touch_the_network(
    tmp_path: Path, no_network: list[str], qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdesk.cli import main
    from netdesk.printing.briefing_print import save_briefing_pdf

    before = os.umask(0o022)  # main() sets its own umask; put ours back after
    try:
        ws = Workspace.open(tmp_path / "data", clock=FixedClock())
        try:
            meeting_id = fill(ws)
            for kind in ExportFormat:
                ws.exporting.export(tmp_path / f"out.{kind.value}", kind)
            save_briefing_pdf(ws, meeting_id, tmp_path / "briefing.pdf")
            ws.today.agenda()
            ws.json_backup.restore(tmp_path / "out.json")
        finally:
            ws.close()
        data = ["--data-dir", str(tmp_path / "data")]
        assert main([*data, "today"]) == 0
        assert main([*data, "import", str(LINKEDIN)]) == 0
        assert main([*data, "export", "--format", "vcard", str(tmp_path / "cli.vcf")]) == 0
        assert main([*data, "briefing", str(meeting_id), "--pdf", str(tmp_path / "b.pdf")]) == 0
    finally:
        os.umask(before)
    capsys.readouterr()
    assert no_network == []


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


def test_no_module_can_reach_the_network() -> None:
    offending = {}
    for path in sorted((ROOT / "netdesk").rglob("*.py")):
        names = imported_modules(path)
        bad = sorted(
            name
            for name in names
            if name in NETWORK_MODULES
            or any(name.startswith(m + ".") for m in NETWORK_MODULES)
            or name.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))
            or name == "urllib.request"
        )
        if bad:
            offending[str(path.relative_to(ROOT))] = bad
    assert offending == {}


def test_the_network_check_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import ssl\nfrom PySide6 import QtNetwork\nfrom urllib import request\n"
        "from http.client import HTTPSConnection\n",
        encoding="utf-8",
    )
    names = imported_modules(sample)
    assert {"ssl", "PySide6.QtNetwork", "urllib.request", "http.client"} <= names


def test_network_modules_are_not_loaded_by_the_main_flows() -> None:
    """Belt and braces: importing every netdesk module a flow needs loads none
    of the network modules (checked in a fresh interpreter)."""
    import subprocess

    code = (
        "import sys\n"
        "import netdesk.cli, netdesk.cli_interchange, netdesk.services.workspace\n"
        "import netdesk.services.exporting, netdesk.services.json_backup\n"
        "import netdesk.services.calendar_export, netdesk.interchange.vcard_write\n"
        "import netdesk.interchange.formats, netdesk.interchange.vcard_read\n"
        "import netdesk.interchange.linkedin_csv, netdesk.interchange.google_csv\n"
        "bad = [m for m in ('requests', 'http.client', 'urllib.request', 'ssl', "
        "'PySide6.QtNetwork') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert found.stdout.strip() == ""


def test_an_existing_data_folder_is_made_private_but_not_a_foreign_one(tmp_path: Path) -> None:
    from netdesk.store.db import ensure_private_dir

    ours = tmp_path / "ours"
    Workspace.open(ours, clock=FixedClock()).close()
    ours.chmod(0o755)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    foreign.chmod(0o755)

    ensure_private_dir(ours)
    ensure_private_dir(foreign)

    assert mode(ours) == 0o700
    assert mode(foreign) == 0o755


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    from netdesk.store.files import write_private_file

    target = tmp_path / "export.csv"
    target.write_text("old")
    (tmp_path / "export.csv.part").write_text("someone else's file")

    def broken(stream) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_private_file(target, broken)

    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "export.csv.part"]
    write_private_file(target, lambda stream: stream.write(b"new"))
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert (tmp_path / "export.csv.part").read_text() == "someone else's file"

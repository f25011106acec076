"""The start-up dialog for an unusable data file: it names the file and the
problem, and restores the newest sound backup (keeping the damaged file),
switches to another folder, or quits with nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netdesk.cli import main
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.errors import DataFileError, DataFileLockedError, DataFileProblem
from netdesk.services.recovery import newest_good_backup
from netdesk.services.workspace import DATA_FILE_NAME, SCHEMA_VERSION, Workspace
from netdesk.store.backup import backups_dir, take_backup
from netdesk.views import startup_problem_dialog
from netdesk.views.startup_problem_dialog import (
    StartupChoice,
    StartupProblemDialog,
    resolve_startup_problem,
)

BACKUP_TIME = datetime(2026, 1, 14, 18, 30, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A netdesk folder with a backup holding two people."""
    folder = tmp_path / "data"
    ws = Workspace.open(folder, clock=FixedClock())
    try:
        ws.contacts.create(ContactDraft(first_name="Ilse", last_name="Brandauer"))
        ws.contacts.create(ContactDraft(first_name="Tomás", last_name="Okafor"))
    finally:
        ws.close()
    data_file = folder / DATA_FILE_NAME
    conn = sqlite3.connect(f"{data_file.as_uri()}?mode=ro", uri=True)
    try:
        take_backup(conn, data_file, reason="manual", now=BACKUP_TIME)
    finally:
        conn.close()
    return folder


def damage(data_file: Path) -> DataFileError:
    raw = bytearray(data_file.read_bytes())
    raw[100:4096] = b"\x00\xff" * ((4096 - 100) // 2)
    data_file.write_bytes(bytes(raw))
    try:
        Workspace.open(data_file.parent, clock=FixedClock()).close()
    except DataFileError as error:
        return error
    raise AssertionError("the damaged file opened")


def choosing(monkeypatch: pytest.MonkeyPatch, qtbot, button: str) -> list[str]:
    """Make the dialog's exec() show it and click ``button``; returns the texts shown."""
    shown: list[str] = []

    def exec_(dialog: StartupProblemDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog.problem.text())
        target = getattr(dialog, f"{button}_button")
        assert target is not None, f"no {button} button"
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(StartupProblemDialog, "exec", exec_)
    return shown


def test_the_dialog_names_the_file_the_problem_and_the_backup(qtbot, data_dir: Path) -> None:
    error = damage(data_dir / DATA_FILE_NAME)
    backup = newest_good_backup(data_dir / DATA_FILE_NAME)
    assert backup is not None
    dialog = StartupProblemDialog(error, backup, clock=FixedClock())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert str(data_dir / DATA_FILE_NAME) in dialog.problem.text()
    assert "is damaged" in dialog.problem.text()
    assert dialog.restore_button is not None
    description = dialog.restore_button.description()
    assert "2026" in description
    assert "netdesk-damaged-20260115-090000.sqlite3" in description  # FixedClock's now
    dialog.grab().save("/tmp/nd/startup_problem.png")


def test_restore_keeps_the_damaged_file_and_opens_the_backup(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    data_file = data_dir / DATA_FILE_NAME
    error = damage(data_file)
    damaged = digest(data_file)
    shown = choosing(monkeypatch, qtbot, "restore")
    assert resolve_startup_problem(error, data_dir, clock=FixedClock()) == data_dir
    assert str(data_file) in shown[0]
    kept = data_dir / "netdesk-damaged-20260115-090000.sqlite3"
    assert digest(kept) == damaged
    ws = Workspace.open(data_dir, clock=FixedClock())
    try:
        assert ws.contacts.count() == 2
    finally:
        ws.close()


def test_another_folder_is_chosen_and_nothing_changes(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, tmp_path: Path
) -> None:
    data_file = data_dir / DATA_FILE_NAME
    error = damage(data_file)
    before = sorted((p.name, digest(p)) for p in data_dir.iterdir() if p.is_file())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    choosing(monkeypatch, qtbot, "other_folder")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(elsewhere))
    assert resolve_startup_problem(error, data_dir) == elsewhere
    assert sorted((p.name, digest(p)) for p in data_dir.iterdir() if p.is_file()) == before


def test_a_cancelled_folder_choice_asks_again(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    error = damage(data_dir / DATA_FILE_NAME)
    answers = iter(["other_folder", "quit"])
    asked: list[str] = []

    def exec_(dialog: StartupProblemDialog) -> int:
        qtbot.addWidget(dialog)
        asked.append(next(answers))
        dialog.choice = (
            StartupChoice.OTHER_FOLDER if asked[-1] == "other_folder" else StartupChoice.QUIT
        )
        return 0

    monkeypatch.setattr(StartupProblemDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    assert resolve_startup_problem(error, data_dir) is None
    assert asked == ["other_folder", "quit"]


def test_quit_leaves_everything_as_it_was(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    error = damage(data_dir / DATA_FILE_NAME)
    before = sorted((p.name, digest(p)) for p in data_dir.rglob("*") if p.is_file())
    choosing(monkeypatch, qtbot, "quit")
    assert resolve_startup_problem(error, data_dir) is None
    assert sorted((p.name, digest(p)) for p in data_dir.rglob("*") if p.is_file()) == before


def test_without_a_sound_backup_there_is_no_restore_offer(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    for backup in backups_dir(data_dir / DATA_FILE_NAME).iterdir():
        backup.write_bytes(b"")
    error = damage(data_dir / DATA_FILE_NAME)
    dialogs: list[StartupProblemDialog] = []

    def exec_(dialog: StartupProblemDialog) -> int:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(StartupProblemDialog, "exec", exec_)
    assert resolve_startup_problem(error, data_dir) is None
    assert dialogs[0].restore_button is None


def test_a_too_new_file_warns_that_later_changes_are_lost(qtbot, data_dir: Path) -> None:
    data_file = data_dir / DATA_FILE_NAME
    conn = sqlite3.connect(data_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DataFileError) as refused:
        Workspace.open(data_dir, clock=FixedClock())
    assert refused.value.problem is DataFileProblem.TOO_NEW
    dialog = StartupProblemDialog(refused.value, newest_good_backup(data_file))
    qtbot.addWidget(dialog)
    assert "newer netdesk" in dialog.problem.text()
    assert dialog.restore_button is not None
    assert "newer netdesk, is not in it" in dialog.restore_button.description()


def test_a_locked_folder_gets_no_restore_offer(qtbot, data_dir: Path) -> None:
    error = DataFileLockedError(data_dir / "netdesk.lock", 4242, "desk", "netdesk")
    dialog = StartupProblemDialog(error, newest_good_backup(data_dir / DATA_FILE_NAME))
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "already open in another netdesk window" in dialog.problem.text()


def test_a_failed_restore_is_reported_and_the_file_kept(
    qtbot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    data_file = data_dir / DATA_FILE_NAME
    error = damage(data_file)
    answers = iter([StartupChoice.RESTORE, StartupChoice.QUIT])

    def exec_(dialog: StartupProblemDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.choice = next(answers)
        return 0

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    reported: list[str] = []
    monkeypatch.setattr(StartupProblemDialog, "exec", exec_)
    monkeypatch.setattr(startup_problem_dialog, "restore_backup", refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: reported.append(box.text()) or 0)
    before = digest(data_file)
    assert resolve_startup_problem(error, data_dir) is None
    assert "Permission denied" in reported[0]
    assert str(data_file) in reported[0]
    assert digest(data_file) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"SQLite format 3\x00" + bytes(range(256)) * 16, "is damaged"),
        (b"Name,Email\nIlse,ilse@example.org\n", "not a netdesk data file"),
    ],
)
def test_the_command_line_names_the_file_and_the_backups_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    path = data / DATA_FILE_NAME
    path.write_bytes(content)
    assert main(["--data-dir", str(data), "today"]) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert str(path) in err
    assert str(data / "backups") in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == content

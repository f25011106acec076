"""The command line and start-up: one clear sentence on failure, never a
traceback, and a data file that is never written when it cannot be trusted."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netdesk import __version__
from netdesk.cli import main
from netdesk.domain.errors import DataFileLockedError
from netdesk.instance_lock import InstanceLock
from netdesk.services.workspace import DATA_FILE_NAME, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"netdesk {__version__}"


def test_init_then_info(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    assert "Created" in capsys.readouterr().out
    assert (data / DATA_FILE_NAME).is_file()
    assert main(["--data-dir", str(data), "info"]) == 0
    out = capsys.readouterr().out
    assert str(data / DATA_FILE_NAME) in out
    assert f"Schema version: {SCHEMA_VERSION} (current)" in out
    assert "Contacts:" in out
    assert "Integrity:      ok" in out


def test_init_demo_fills_the_file_and_refuses_to_touch_it_again(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    out = capsys.readouterr().out
    assert "Demo network:" in out
    before = digest(data / DATA_FILE_NAME)
    assert main(["--data-dir", str(data), "init", "--demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("netdesk: ")
    assert "will not overwrite" in err
    assert len(err.strip().splitlines()) == 1
    assert digest(data / DATA_FILE_NAME) == before
    main(["--data-dir", str(data), "info"])
    info = capsys.readouterr().out
    assert "Contacts:       4" in info  # about 40 people


def test_init_replaces_a_zero_byte_file(tmp_path, capsys):
    data = tmp_path / "d"
    data.mkdir()
    (data / DATA_FILE_NAME).touch()
    assert main(["--data-dir", str(data), "init"]) == 0
    assert (data / DATA_FILE_NAME).stat().st_size > 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"First Name,Last Name\nAnn,Smith\n", "not a netdesk data file"),
        (os.urandom(4096), "not a netdesk data file"),
    ],
)
def test_info_on_a_bad_file_is_one_sentence_and_leaves_it_alone(
    tmp_path, capsys, content, expected
):
    data = tmp_path / "d"
    data.mkdir()
    path = data / DATA_FILE_NAME
    path.write_bytes(content)
    before = digest(path)
    assert main(["--data-dir", str(data), "info"]) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert str(path) in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert digest(path) == before
    assert sorted(p.name for p in data.iterdir()) == [DATA_FILE_NAME]


def test_a_file_from_a_newer_netdesk_is_refused(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    path = data / DATA_FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    assert main(["--data-dir", str(data), "info"]) == 1
    err = capsys.readouterr().err
    assert "newer netdesk" in err
    assert digest(path) == before


def test_missing_data_file_for_info(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "nothing"), "info"]) == 1
    assert "There is no data file" in capsys.readouterr().err


def test_python_dash_m_runs_without_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(tmp_path / "x"), "info"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("netdesk: There is no data file")
    assert "Traceback" not in result.stderr


def _hold_lock(data: Path) -> subprocess.Popen[str]:
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from netdesk.instance_lock import InstanceLock
        lock = InstanceLock(Path({str(data)!r}))
        lock.acquire()
        print("locked", flush=True)
        import time
        time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _kill(holder: subprocess.Popen[str]) -> None:
    """SIGKILL: the lock file stays behind, as after a crash."""
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert holder.stdout is not None
    holder.stdout.close()


def test_a_second_netdesk_is_told_and_a_crashed_ones_lock_is_taken_over(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    holder = _hold_lock(data)
    try:
        with pytest.raises(DataFileLockedError) as error:
            InstanceLock(data).acquire()
        assert error.value.pid == holder.pid
        path = data / DATA_FILE_NAME
        before = digest(path)
        assert main(["--data-dir", str(data), "init", "--demo"]) == 1
        err = capsys.readouterr().err
        assert "already open in another netdesk" in err
        assert str(holder.pid) in err
        assert digest(path) == before
    finally:
        _kill(holder)
    lock = InstanceLock(data)
    lock.acquire()  # the dead process's lock is stale and taken over
    lock.release()


def test_the_window_reports_a_damaged_file_and_does_not_write(qapp, tmp_path, monkeypatch):
    from netdesk import app

    data = tmp_path / "d"
    data.mkdir()
    path = data / DATA_FILE_NAME
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    before = digest(path)
    shown: list[str] = []
    from netdesk.views.startup_problem_dialog import StartupProblemDialog

    monkeypatch.setattr(StartupProblemDialog, "exec", lambda d: shown.append(d.problem.text()) or 0)
    assert app.run_gui(data) == 1
    assert shown
    assert str(path) in shown[0]
    assert digest(path) == before
    assert sorted(p.name for p in data.iterdir()) == [DATA_FILE_NAME]


def test_the_window_refuses_to_open_data_open_elsewhere(qapp, tmp_path, monkeypatch):
    from netdesk import app

    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    holder = _hold_lock(data)
    try:
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
        assert app.run_gui(data) == 1
        assert "already open in another netdesk window" in shown[0]
    finally:
        _kill(holder)


def test_damage_found_after_start_is_reported_and_the_file_left_alone(qapp, tmp_path, monkeypatch):
    """After a clean shutdown the page check runs while the window opens."""
    from PySide6.QtCore import QEventLoop, QTimer

    from netdesk import app

    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    path = data / DATA_FILE_NAME
    raw = bytearray(path.read_bytes())
    page = int.from_bytes(raw[16:18], "big")
    middle = (len(raw) // page // 2) * page
    raw[middle : middle + page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(raw))
    before = digest(path)
    shown: list[str] = []
    from netdesk.views.startup_problem_dialog import StartupProblemDialog

    # The same choices as at start-up: here the person chooses Quit.
    monkeypatch.setattr(StartupProblemDialog, "exec", lambda d: shown.append(d.problem.text()) or 0)
    # The window's event loop, as a local loop: quitting the test's shared
    # application would leave it unable to activate windows in later tests.
    loop = QEventLoop()
    monkeypatch.setattr(qapp, "exec", loop.exec)
    monkeypatch.setattr(app.QApplication, "quit", loop.quit)
    QTimer.singleShot(20_000, loop.quit)  # never hang the suite if detection fails
    assert app.run_gui(data) == 1
    assert shown
    assert "is damaged" in shown[-1]
    assert str(path) in shown[-1]
    assert digest(path) == before


def test_init_keeps_the_data_private_whatever_the_umask(tmp_path):
    data = tmp_path / "d"
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "init", "--demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.umask(0o022),  # the usual, world-readable default
    )
    assert result.returncode == 0, result.stderr
    assert data.stat().st_mode & 0o777 == 0o700
    for path in data.rglob("*"):
        assert path.stat().st_mode & 0o077 == 0, path


def test_sigterm_closes_the_window_as_ctrl_q_does(qtbot):
    """A logout or `kill` closes netdesk cleanly instead of killing it."""
    import os
    import signal

    from PySide6.QtWidgets import QWidget

    from netdesk.app import _closing_on_termination

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = signal.getsignal(signal.SIGTERM)
    with _closing_on_termination(widget):
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not widget.isVisible(), timeout=2000)
    assert signal.getsignal(signal.SIGTERM) is before  # put back afterwards

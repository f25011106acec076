"""One netdesk per data folder. A second one is told who holds the folder (and
so never opens the file to write); a lock left behind by a crashed netdesk is
recognised as stale and taken over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.domain.errors import DataFileLockedError, DataFileProblem
from netdesk.instance_lock import LOCK_FILE_NAME, InstanceLock
from netdesk.messages import describe_data_file_error

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from netdesk.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))  # kept: a collected lock unlocks
    lock.acquire()
    print("locked", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another netdesk (a child process) holding the folder's lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()
    child.stdout.close()


def dead_pid() -> int:
    """The id of a process that has ended (and was reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquire_and_release_in_one_process(folder: Path) -> None:
    lock = InstanceLock(folder)
    lock.acquire()
    assert (folder / LOCK_FILE_NAME).exists()
    lock.release()
    assert not (folder / LOCK_FILE_NAME).exists()
    lock.release()  # twice is harmless


def test_while_the_holder_lives_a_second_netdesk_is_told_who_it_is(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    for _attempt in range(2):  # asking again does not steal it either
        with pytest.raises(DataFileLockedError) as refused:
            InstanceLock(folder).acquire()
        assert refused.value.problem is DataFileProblem.LOCKED
        assert refused.value.pid == holder.pid
        assert refused.value.hostname == socket.gethostname()
    text = describe_data_file_error(refused.value)
    assert str(holder.pid) in text
    assert str(folder) in text
    assert "already open in another netdesk window" in text


def test_a_lock_left_by_a_killed_netdesk_is_taken_over(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)  # no clean-up: the lock file stays behind
    holder.wait()
    assert (folder / LOCK_FILE_NAME).exists()
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        with pytest.raises(DataFileLockedError) as refused:
            InstanceLock(folder).acquire()  # and it is ours now
        assert refused.value.pid == os.getpid()
    finally:
        lock.release()


def test_a_lock_file_naming_a_dead_process_is_stale(folder: Path) -> None:
    pid = dead_pid()
    (folder / LOCK_FILE_NAME).write_text(f"{pid}\nnetdesk\n{socket.gethostname()}\n")
    lock = InstanceLock(folder)
    lock.acquire()
    lock.release()


def test_a_lock_from_another_computer_is_respected(folder: Path) -> None:
    """A data folder on a shared drive: netdesk cannot see the other
    computer's processes, so it must not take the lock over."""
    (folder / LOCK_FILE_NAME).write_text(f"{os.getpid()}\nnetdesk\nanother-desk.example\n")
    with pytest.raises(DataFileLockedError) as refused:
        InstanceLock(folder).acquire()
    assert refused.value.hostname == "another-desk.example"
    assert "another-desk.example" in describe_data_file_error(refused.value)


def test_a_garbled_lock_file_does_not_lock_netdesk_out(folder: Path) -> None:
    garbled = folder / LOCK_FILE_NAME
    garbled.write_bytes(b"\x00\xffnot a lock")
    an_hour_ago = time.time() - 3600
    os.utime(garbled, (an_hour_ago, an_hour_ago))
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        with pytest.raises(DataFileLockedError) as refused:
            InstanceLock(folder).acquire()
        assert refused.value.pid == os.getpid()
    finally:
        lock.release()


def test_a_lock_file_being_written_this_moment_is_left_alone(folder: Path) -> None:
    fresh = folder / LOCK_FILE_NAME
    fresh.write_bytes(b"")  # another netdesk has just created it
    with pytest.raises(DataFileLockedError):
        InstanceLock(folder).acquire()
    assert fresh.read_bytes() == b""

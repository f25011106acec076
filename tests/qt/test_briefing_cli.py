"""`netdesk briefing`: the next meeting's briefing as a PDF, or the list of
meetings; one clear sentence and a non-zero exit on any failure."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from netdesk.cli import main
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.meetings import MeetingDraft, MeetingKind, MeetingStatus
from netdesk.services.workspace import DATA_FILE_NAME, Workspace


def demo(tmp_path: Path, capsys) -> Path:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    capsys.readouterr()
    return data


def one_sentence(err: str) -> str:
    assert err.startswith("netdesk: ")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    return err


def test_the_next_meeting_of_the_demo_network_as_a_pdf(qapp, tmp_path: Path, capsys) -> None:
    data = demo(tmp_path, capsys)
    out = tmp_path / "b.pdf"
    assert main(["--data-dir", str(data), "briefing", "--pdf", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Briefing saved: {out}"
    assert out.read_bytes().startswith(b"%PDF-")


def test_list_shows_ids_times_people_and_status(qapp, tmp_path: Path, capsys) -> None:
    data = demo(tmp_path, capsys)
    workspace = Workspace.open(data)
    try:
        person = workspace.contacts.create(ContactDraft(first_name="<b>Ann</b>"))
        draft = workspace.meetings.create(
            MeetingDraft(contact_id=person.id, kind=MeetingKind.COFFEE, status=MeetingStatus.DRAFT)
        )
        upcoming = workspace.meetings.next_upcoming(workspace.clock.now())
        assert upcoming is not None
        assert upcoming.starts_at is not None
        starts = upcoming.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
    finally:
        workspace.close()
    assert main(["--data-dir", str(data), "briefing", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "When", "Status", "Kind", "Person"]
    assert lines[1].split()[:3] == [str(upcoming.id), *starts.split()]
    assert "planned" in lines[1]
    assert lines[1].endswith("Noor El Amrani (Bureau Erfgoedregistratie)")
    assert lines[2].split() == [str(draft.id), "-", "draft", "coffee", "<b>Ann</b>"]

    out = tmp_path / "draft.pdf"
    assert main(["--data-dir", str(data), "briefing", str(draft.id), "--pdf", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_list_on_an_empty_file(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "briefing", "--list"]) == 0
    assert capsys.readouterr().out.startswith("No meetings yet.")


def test_no_upcoming_meeting_is_one_sentence(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    workspace = Workspace.open(data, clock=FixedClock())
    person = workspace.contacts.create(ContactDraft(first_name="Ann"))
    past = FixedClock().now() - timedelta(days=400)
    workspace.meetings.create(MeetingDraft(contact_id=person.id, starts_at=past))
    workspace.close()
    capsys.readouterr()
    out = tmp_path / "b.pdf"
    assert main(["--data-dir", str(data), "briefing", "--pdf", str(out)]) == 1
    err = one_sentence(capsys.readouterr().err)
    assert "no upcoming meeting" in err
    assert "--list" in err
    assert not out.exists()


def test_an_unknown_meeting_is_one_sentence(qapp, tmp_path: Path, capsys) -> None:
    data = demo(tmp_path, capsys)
    out = tmp_path / "b.pdf"
    assert main(["--data-dir", str(data), "briefing", "999", "--pdf", str(out)]) == 1
    err = one_sentence(capsys.readouterr().err)
    assert "there is no meeting 999" in err
    assert not out.exists()


def test_an_unwritable_pdf_is_one_sentence(qapp, tmp_path: Path, capsys) -> None:
    data = demo(tmp_path, capsys)
    out = tmp_path / "no such folder" / "b.pdf"
    assert main(["--data-dir", str(data), "briefing", "--pdf", str(out)]) == 1
    err = one_sentence(capsys.readouterr().err)
    assert f"could not write the PDF to {out}" in err


def test_a_missing_data_file_is_reported_and_not_created(tmp_path: Path, capsys) -> None:
    data = tmp_path / "nothing here"
    assert main(["--data-dir", str(data), "briefing", "--list"]) == 1
    err = one_sentence(capsys.readouterr().err)
    assert "There is no data file" in err
    assert not (data / DATA_FILE_NAME).exists()


def test_pdf_or_list_is_required(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), "briefing"])
    assert exit_info.value.code == 2
    assert "--pdf" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="offscreen fallback is Linux's")
def test_init_demo_then_briefing_in_a_terminal_without_a_display(tmp_path: Path) -> None:
    """The command from the issue, in fresh processes, with no display and no
    Qt platform chosen: netdesk picks the offscreen one itself."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    data, out = tmp_path / "D", tmp_path / "b.pdf"
    for args in (["init", "--demo"], ["briefing", "--pdf", str(out)]):
        done = subprocess.run(
            [sys.executable, "-m", "netdesk", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")

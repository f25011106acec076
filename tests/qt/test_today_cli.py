"""`netdesk today`: the same agenda as the Today screen, as text; one clear
sentence on failure, and nothing created or written when there is no data."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from netdesk.cli import main
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft, Relevance
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.goal import JobGoal
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.services.workspace import DATA_FILE_NAME, Workspace


def test_today_on_the_demo_network_prints_every_section(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "today"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("Today, ")
    for title in ("Thanks to send (", "Promises due (", "Keep in touch (", "Upcoming meetings ("):
        assert any(line.startswith(title) for line in lines), title
    assert "\nMy networking streak\n  " in out
    items = [line for line in lines if line.startswith("  ")]
    assert items
    assert all("{" not in line for line in items)
    assert "All done" not in out


def test_today_on_an_empty_file_says_all_is_done(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    workspace = Workspace.open(data, clock=FixedClock())
    workspace.goal.save(JobGoal(summary="a job in archives"))
    workspace.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "today"]) == 0
    out = capsys.readouterr().out
    assert "All done for today" in out
    assert "Thanks to send" not in out
    assert "Keep in touch" not in out


def test_today_asks_for_a_goal_and_lists_one_line_per_item(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    workspace = Workspace.open(data)
    now = workspace.clock.now()
    try:
        ann = workspace.contacts.create(
            ContactDraft(first_name="Ann", last_name="<b>Smit</b>", relevance=Relevance.HIGH)
        )
        workspace.conversations.create(
            ConversationDraft(
                contact_id=ann.id, occurred_at=now - timedelta(hours=2), topics="Jobs"
            )
        )
        workspace.promises.create(
            PromiseDraft(
                contact_id=ann.id,
                direction=PromiseDirection.THEIRS,
                description="Send the vacancy",
                due_on=(now - timedelta(days=2)).date(),
            )
        )
    finally:
        workspace.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "today"]) == 0
    out = capsys.readouterr().out
    assert "Thanks to send (1)\n  Ann <b>Smit</b>, " in out
    assert "Promises due (1)\n  Remind Ann <b>Smit</b>: they offered “Send the vacancy”" in out
    assert "Set your job goal first" in out
    assert "All done" not in out


def test_today_without_a_data_file_is_one_sentence_and_creates_nothing(
    tmp_path: Path, capsys
) -> None:
    missing = tmp_path / "nothing"
    assert main(["--data-dir", str(missing), "today"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("netdesk: There is no data file")
    assert len(err.strip().splitlines()) == 1
    assert not missing.exists()


def test_today_while_another_netdesk_has_the_data_open(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
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
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        capsys.readouterr()
        assert main(["--data-dir", str(data), "today"]) == 1
        err = capsys.readouterr().err
        assert "already open in another netdesk" in err
        assert len(err.strip().splitlines()) == 1
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert (data / DATA_FILE_NAME).exists()


def test_today_reports_a_damaged_page_and_writes_nothing(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from netdesk.domain.errors import DataFileError, DataFileProblem
    from netdesk.services.agenda import TodayService

    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "init"]) == 0
    capsys.readouterr()

    def damaged(self: TodayService, *args: object, **kwargs: object) -> None:
        raise DataFileError(data / DATA_FILE_NAME, DataFileProblem.DAMAGED, "malformed")

    closed: list[bool] = []
    close = Workspace.close
    monkeypatch.setattr(TodayService, "agenda", damaged)
    monkeypatch.setattr(
        Workspace,
        "close",
        lambda ws, damaged=False: closed.append(damaged) or close(ws, damaged=damaged),
    )
    assert main(["--data-dir", str(data), "today"]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err
    assert str(data / DATA_FILE_NAME) in err
    assert closed == [True]

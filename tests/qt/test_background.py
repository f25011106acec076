"""Work on a worker thread, and a window that closes while it runs."""

from __future__ import annotations

import threading
import time

from netdesk.domain.contacts import ContactDraft
from netdesk.views.background import BackgroundJob


def test_closing_the_window_stops_an_import_and_waits_for_it(qtbot, window, workspace) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress) -> None:  # type: ignore[no-untyped-def]
        for step in range(200):  # a long import, reporting progress as it goes
            started.set()
            steps.append(step)
            progress(step, 200)
            time.sleep(0.01)

    job = BackgroundJob(work, workspace.thread_connection)
    job.start()
    assert started.wait(5)

    window.close()  # as Ctrl+Q, a logout or SIGTERM do

    assert not job.is_running()  # cancelled at its next report, and ended
    assert len(steps) < 200
    assert BackgroundJob._running == set()


def test_a_restore_that_cannot_stop_is_waited_for(qtbot, window, workspace) -> None:
    done = threading.Event()

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # reports no progress: it cannot be stopped half-way
        workspace.contacts.create(ContactDraft(first_name="Restored"))
        done.set()

    job = BackgroundJob(work, workspace.thread_connection)
    job.start()
    window.close()

    assert done.is_set()
    assert workspace.contacts.count() == 1

"""Today inside the main window: its actions reach the other screens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.services.workspace import Workspace
from netdesk.views import today_text as words
from netdesk.views.conversation_dialog import ConversationDialog
from netdesk.views.main_window import MainWindow
from netdesk.views.message_dialog import MessageDialog
from netdesk.wizard.interview_wizard import InterviewWizard
from tests.qt.keys import press
from tests.qt.test_today_panel import click, rows


@pytest.fixture
def ann(workspace: Workspace) -> int:
    return workspace.contacts.create(ContactDraft(first_name="Ann", organisation="Acme")).id


def on_today(qtbot, window: MainWindow) -> None:
    window.show_today()
    window.today.refresh()


def test_a_prepared_meeting_stands_in_for_its_planned_conversation_and_prints(
    qtbot, window: MainWindow, workspace: Workspace, ann: int, clock: FixedClock
) -> None:
    when = clock.now() + timedelta(days=2)
    workspace.conversations.create(ConversationDraft(contact_id=ann, occurred_at=when))
    on_today(qtbot, window)
    [planned] = rows(window.today, words.UPCOMING)
    click(qtbot, planned, "prepare")
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, InterviewWizard))
    wizard = window._open_dialog
    assert wizard.meeting_page.person.contact_id() == ann
    assert wizard.meeting_page.starts_at() == when.replace(second=0, microsecond=0)
    wizard.accept()  # a planned meeting now

    on_today(qtbot, window)
    [prepared] = rows(window.today, words.UPCOMING)
    assert "briefing ready" in prepared.text.full_text()
    click(qtbot, prepared, "briefing")
    qtbot.waitUntil(lambda: window.findChild(QPrintPreviewDialog) is not None)
    window.findChild(QPrintPreviewDialog).reject()


def test_log_and_write_from_the_window(
    qtbot, window: MainWindow, workspace: Workspace, ann: int
) -> None:
    window.today.log_conversation_requested.emit(ann)
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, ConversationDialog))
    assert window._open_dialog.person.contact_id() == ann
    window._open_dialog.reject()

    window.show_panel(window.contacts)
    window.changes.contacts_changed.emit()
    window.contacts.ensure_loaded()
    window.contacts.select_id(ann)
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+M")
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, MessageDialog))
    dialog = window._open_dialog
    dialog.accept()  # marked as sent
    assert len(workspace.outreach.messages(ann)) == 1
    window.undo_stack.undo()  # an accidental "sent" is taken back
    assert workspace.outreach.messages(ann) == []
    window.undo_stack.redo()
    assert len(workspace.outreach.messages(ann)) == 1


def test_ctrl_0_comes_back_to_today_and_the_tab_counts_what_waits(
    qtbot, window: MainWindow, workspace: Workspace, ann: int, clock: FixedClock
) -> None:
    workspace.conversations.create(
        ConversationDraft(contact_id=ann, occurred_at=clock.now() - timedelta(hours=2))
    )
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+0")
    assert window.current_page() is window.today
    window.today.refresh()
    title = window.tabs.tabText(window.tabs.indexOf(window.today))
    assert title.startswith("&Today (")

"""Tools → Find duplicates, driven from the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.duplicates import MatchReason
from netdesk.models.changes import Changes
from netdesk.services.workspace import Workspace
from netdesk.views.duplicates_dialog import DuplicatesDialog


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Where a real key press lands: the focused widget."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def make_dialog(qtbot, workspace: Workspace, stack: QUndoStack, changes: Changes):
    dialog = DuplicatesDialog(workspace, stack, changes=changes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=10_000)
    return dialog


def test_merge_with_the_keyboard_then_undo(qtbot, workspace: Workspace) -> None:
    ws = workspace
    jan = ws.contacts.create(
        ContactDraft(first_name="J.", last_name="Smit", organisation="Acme", emails=("j@a.nl",))
    ).id
    jan_too = ws.contacts.create(
        ContactDraft(
            first_name="Jan", last_name="Smit", organisation="Acme", phones=("010 555 0101",)
        )
    ).id
    anna = ws.contacts.create(ContactDraft(first_name="Anna", emails=("anna@b.nl",))).id
    anna_too = ws.contacts.create(ContactDraft(first_name="Anne", emails=("ANNA@b.nl",))).id
    ws.conversations.create(
        ConversationDraft(contact_id=anna_too, occurred_at=datetime(2025, 5, 1, tzinfo=UTC))
    )
    stack, changes = QUndoStack(), Changes()
    dialog = make_dialog(qtbot, ws, stack, changes)

    pairs = [(p.first_id, p.second_id, p.reason) for p in dialog.pairs()]
    assert pairs == [
        (anna, anna_too, MatchReason.SAME_EMAIL),
        (jan, jan_too, MatchReason.INITIAL),
    ]
    assert QApplication.focusWidget() is dialog.list
    assert dialog.right.values[-2].text() == "1"  # Anne's conversation

    searches: list[int] = []
    real_candidates = dialog._merging.candidates
    dialog._merging.candidates = lambda **kw: searches.append(1) or real_candidates(**kw)

    press(qtbot, Qt.Key.Key_Down)
    assert dialog.current_pair().first_id == jan  # type: ignore[union-attr]
    with qtbot.waitSignal(changes.contacts_changed):
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(50)  # the stack's queued index change has arrived
    assert searches == []  # its own merge does not search the network again

    kept = ws.contacts.get(jan_too)
    assert kept.emails == ("j@a.nl",)
    assert kept.phones == ("010 555 0101",)
    assert not ws.contacts.exists(jan)
    assert [(p.first_id, p.second_id) for p in dialog.pairs()] == [(anna, anna_too)]
    assert stack.count() == 1

    with qtbot.waitSignal(changes.trash_changed):
        stack.undo()
    assert ws.contacts.exists(jan)
    assert ws.contacts.get(jan_too).emails == ()
    qtbot.waitUntil(lambda: len(dialog.pairs()) == 2)

    stack.redo()
    assert not ws.contacts.exists(jan)
    assert ws.contacts.get(jan_too).emails == ("j@a.nl",)


def test_not_the_same_person_is_remembered_and_undoable(qtbot, workspace: Workspace) -> None:
    for _ in range(2):
        workspace.contacts.create(
            ContactDraft(first_name="Ewa", last_name="Nowak", organisation="Acme")
        )
    stack = QUndoStack()
    dialog = make_dialog(qtbot, workspace, stack, Changes())

    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(lambda: dialog.pairs() == [])  # a mnemonic clicks as animated
    assert dialog.pages.currentWidget() is dialog.empty_page
    assert QApplication.focusWidget() is dialog.look_again_button
    again = make_dialog(qtbot, workspace, stack, Changes())
    assert again.pairs() == []
    stack.undo()
    qtbot.waitUntil(lambda: len(again.pairs()) == 1)


def test_user_text_stays_text(qtbot, workspace: Workspace) -> None:
    for _ in range(2):
        workspace.contacts.create(
            ContactDraft(first_name="<b>Bold</b>", last_name="&amp;", organisation="<i>X</i>")
        )
    dialog = make_dialog(qtbot, workspace, QUndoStack(), Changes())
    assert dialog.left.heading.text() == "<b>Bold</b> &amp;"
    assert dialog.left.heading.textFormat() == Qt.TextFormat.PlainText
    assert dialog.list.topLevelItem(0).text(2) == "<i>X</i>"

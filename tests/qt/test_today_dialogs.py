"""The message dialog, the templates editor and the inventory panel."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMessageBox

from netdesk.domain.contacts import Contact, ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.goal import JobGoal
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.templates import MessageChannel, TemplateKind
from netdesk.models.changes import Changes
from netdesk.services.query import rows
from netdesk.services.workspace import Workspace
from netdesk.views.inventory_panel import InventoryPanel
from netdesk.views.message_dialog import MessageDialog, SentMessageCommand
from netdesk.views.templates_dialog import TemplatesDialog

HOUR = timedelta(hours=1)


def person(ws: Workspace, first: str, **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, **fields))


def dialog_for(qtbot, ws: Workspace, contact: Contact, kind: TemplateKind, **ids: Any):
    dialog = MessageDialog(ws.outreach, contact.id, kind, **ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# The message dialog -------------------------------------------------------------------


def test_the_linkedin_note_counts_characters_as_you_type(qtbot, workspace: Workspace) -> None:
    workspace.outreach.set_linkedin_limit(200)
    ann = person(workspace, "Ann", organisation="Acme")
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.LINKEDIN_CONNECTION)
    assert not dialog.subject.isVisible()  # a LinkedIn note has no subject
    length = len(dialog.text())
    assert dialog.count.text() == f"{length} / 200 characters"
    qtbot.keyClicks(dialog.body, "x" * (201 - length))
    assert dialog.count.text() == "201 / 200 characters (1 too many for LinkedIn)"
    assert "c0392b" in dialog.count.styleSheet()
    qtbot.keyClick(dialog.body, Qt.Key.Key_Backspace)
    assert dialog.count.text() == "200 / 200 characters"
    assert dialog.count.styleSheet() == ""


def test_gaps_are_named_and_the_job_request_warning_shows_in_a_first_message(
    qtbot, workspace: Workspace
) -> None:
    ann = person(workspace, "Ann")
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.COFFEE_INVITATION)
    assert dialog.gaps.isVisible()
    assert "my job goal" in dialog.gaps.text()
    assert "my name" in dialog.gaps.text()
    assert "{" not in dialog.text()
    assert not dialog.warning.isVisible()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.body, " Are you hiring?")
    assert dialog.warning.isVisible()
    assert "are you hiring" in dialog.warning.text()


def test_no_warning_once_we_have_spoken(qtbot, workspace: Workspace, clock) -> None:
    ann = person(workspace, "Ann")
    workspace.conversations.create(ConversationDraft(contact_id=ann.id, occurred_at=clock.now()))
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.KEEP_IN_TOUCH)
    qtbot.keyClicks(dialog.body, " Do you have a job for me?")
    assert not dialog.warning.isVisible()


def test_copy_and_mail_then_mark_sent(qtbot, workspace: Workspace, monkeypatch) -> None:
    workspace.outreach.set_my_name("Sanne")
    ann = person(workspace, "Ann", emails=("ann@x.example", "ann@home.example"))
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.KEEP_IN_TOUCH)
    assert dialog.recipient.text() == "Ann <ann@x.example>"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    [url] = opened
    parts = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto"
    assert parts.path == "ann@x.example"
    query = parse_qs(parts.query)
    assert query["subject"] == [dialog.subject.text()]
    assert query["body"] == [dialog.text().replace("\n", "\r\n")]
    with qtbot.waitSignal(dialog.message_sent) as sent:
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    [message] = workspace.outreach.messages(ann.id)
    assert sent.args == [message.id]
    assert message.channel is MessageChannel.EMAIL
    assert message.kind is TemplateKind.KEEP_IN_TOUCH
    assert message.body == dialog.text()
    assert not dialog.isVisible()


def test_the_job_request_warning_reads_the_subject_too(qtbot, workspace: Workspace) -> None:
    ann = person(workspace, "Ann")
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.COFFEE_INVITATION)
    assert not dialog.warning.isVisible()
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "Are you hiring?")
    assert dialog.warning.isVisible()
    assert "are you hiring" in dialog.warning.text()
    dialog.subject.clear()
    assert not dialog.warning.isVisible()


def test_a_message_that_states_my_goal_is_recorded_as_telling_it(
    qtbot, workspace: Workspace
) -> None:
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    ann = person(workspace, "Ann")
    note = dialog_for(qtbot, workspace, ann, TemplateKind.KEEP_IN_TOUCH)
    assert note.tells_goal.isChecked()  # the note says what I am looking for
    thanks = dialog_for(qtbot, workspace, ann, TemplateKind.THANK_YOU)
    assert not thanks.tells_goal.isChecked()
    thanks.tells_goal.click()  # I wrote it in myself
    with qtbot.waitSignal(thanks.message_sent):
        qtbot.mouseClick(thanks.sent_button, Qt.MouseButton.LeftButton)
    assert thanks.sent is not None
    assert thanks.sent.told_goal
    assert workspace.outreach.messages(ann.id) == [thanks.sent]


def test_a_sent_message_can_be_undone_and_redone(qtbot, workspace: Workspace, clock) -> None:
    ann = person(workspace, "Ann")
    coffee = workspace.conversations.create(
        ConversationDraft(contact_id=ann.id, occurred_at=clock.now() - HOUR)
    )
    changes, stack = Changes(), QUndoStack()
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.THANK_YOU)
    dialog.message_sent.connect(
        lambda message_id: stack.push(
            SentMessageCommand(workspace.outreach, message_id, changes, lambda *_: None)
        )
    )
    with qtbot.waitSignal(changes.conversations_changed):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    sent = dialog.sent
    assert sent is not None
    assert stack.undoText() == "Mark message sent"
    assert workspace.conversations.get(coffee.id).thanks_sent_at == sent.sent_at
    stack.undo()
    assert workspace.outreach.messages(ann.id) == []
    assert workspace.conversations.get(coffee.id).thanks_sent_at is None
    stack.redo()
    assert workspace.outreach.messages(ann.id) == [sent]
    assert workspace.conversations.get(coffee.id).thanks_sent_at == sent.sent_at
    stack.undo()
    assert workspace.outreach.messages(ann.id) == []


def test_without_an_email_address_the_mail_button_is_off(qtbot, workspace: Workspace) -> None:
    ann = person(workspace, "Ann")
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.THANK_YOU)
    assert not dialog.mail_button.isEnabled()
    assert not dialog.linkedin_button.isVisible()


def test_choosing_another_template_refills_and_can_be_undone(qtbot, workspace: Workspace) -> None:
    ann = person(workspace, "Ann")
    dialog = dialog_for(qtbot, workspace, ann, TemplateKind.THANK_YOU)
    first = dialog.text()
    qtbot.keyClicks(dialog.body, "My own words. ")
    edited = dialog.text()
    dialog.template_box.setCurrentIndex(
        dialog.template_box.findData(workspace.outreach.builtin(TemplateKind.REFERRAL_REQUEST).key)
    )
    assert dialog.text() != first
    assert dialog.template().kind is TemplateKind.REFERRAL_REQUEST
    dialog.body.undo()
    assert dialog.text() == edited


# The templates editor ------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, workspace: Workspace):
    dialog = TemplatesDialog(workspace.outreach)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer(editor: TemplatesDialog, button: QMessageBox.StandardButton) -> None:
    """Click a button of the save-or-discard question (window-modal: no exec())."""
    box = editor.question
    assert box is not None
    assert box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.button(button).click()


def test_editing_and_restoring_a_built_in_template(qtbot, editor, workspace: Workspace) -> None:
    editor.select(workspace.outreach.builtin(TemplateKind.THANK_YOU).key)
    assert editor.name.isReadOnly()
    editor.body.setPlainText("Bedankt, {first_name}!")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    edited = workspace.outreach.builtin(TemplateKind.THANK_YOU)
    assert edited.modified
    assert edited.body == "Bedankt, {first_name}!"
    assert editor.restore_button.isEnabled()
    # Restoring puts the default in the editor, as an edit that Ctrl+Z takes back.
    shipped = workspace.outreach.shipped(TemplateKind.THANK_YOU)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText() == shipped.body
    assert editor.subject.text() == shipped.subject
    assert workspace.outreach.builtin(TemplateKind.THANK_YOU).modified  # nothing lost yet
    editor.body.undo()
    editor.subject.undo()
    assert editor.body.toPlainText() == "Bedankt, {first_name}!"
    assert editor.subject.text() == edited.subject
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    restored = workspace.outreach.builtin(TemplateKind.THANK_YOU)
    assert not restored.modified
    assert restored.id is None  # the edited version is gone, not a copy of the default


def test_closing_with_a_broken_edit_offers_to_discard_it(qtbot, editor, workspace) -> None:
    editor.select(workspace.outreach.builtin(TemplateKind.REMINDER).key)
    before = workspace.outreach.builtin(TemplateKind.REMINDER).body
    editor.body.setPlainText("Hi {frist_name}")
    assert editor.problems.isVisible()
    assert "{frist_name}" in editor.problems.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not workspace.outreach.builtin(TemplateKind.REMINDER).modified
    editor.reject()  # Esc
    assert editor.question is not None
    assert not editor.question.button(QMessageBox.StandardButton.Save).isEnabled()
    assert "{frist_name}" in editor.question.informativeText()
    answer(editor, QMessageBox.StandardButton.Cancel)
    assert editor.isVisible()
    assert editor.body.toPlainText() == "Hi {frist_name}"
    editor.close()  # the window's close button asks the same
    answer(editor, QMessageBox.StandardButton.Discard)
    assert not editor.isVisible()
    assert workspace.outreach.builtin(TemplateKind.REMINDER).body == before


def test_closing_with_a_sound_edit_can_save_it(qtbot, editor, workspace) -> None:
    editor.select(workspace.outreach.builtin(TemplateKind.REMINDER).key)
    editor.body.setPlainText("Hi {first_name}")
    editor.reject()
    answer(editor, QMessageBox.StandardButton.Save)
    assert not editor.isVisible()
    assert workspace.outreach.builtin(TemplateKind.REMINDER).body == "Hi {first_name}"


def test_own_templates_from_a_built_in_one(qtbot, editor, workspace, monkeypatch) -> None:
    editor.select(workspace.outreach.builtin(TemplateKind.COFFEE_INVITATION).key)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    own = editor.current()
    assert own is not None
    assert not own.builtin
    assert own.body == workspace.outreach.builtin(TemplateKind.COFFEE_INVITATION).body
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Koffie")
    editor.body.setPlainText("Hoi {first_name}, zin in koffie? ")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.insert.setCurrentIndex(editor.insert.findData("my_name"))
    editor.insert.activated.emit(editor.insert.findData("my_name"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = [t for t in workspace.outreach.templates() if not t.builtin]
    assert saved.name == "Koffie"
    assert saved.body.endswith("{my_name}")
    monkeypatch.setattr("netdesk.views.templates_dialog.confirm", lambda *a: True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert [t for t in workspace.outreach.templates() if not t.builtin] == []


def test_signature_and_linkedin_limit_are_kept(qtbot, editor, workspace: Workspace) -> None:
    editor.my_name.clear()
    qtbot.keyClicks(editor.my_name, "Sanne de Vries")
    editor.my_name.editingFinished.emit()
    editor.limit.setValue(200)
    assert workspace.outreach.my_name() == "Sanne de Vries"
    assert workspace.outreach.linkedin_limit() == 200


# The inventory panel --------------------------------------------------------------------


def test_the_inventory_groups_by_sector_and_marks_gaps(qtbot, workspace: Workspace) -> None:
    workspace.organisations.create(
        OrganisationDraft(name="Rijksmuseum", sector="Museums", is_target=True)
    )
    gap = workspace.organisations.create(
        OrganisationDraft(name="Van Gogh Museum", sector="Museums", is_target=True)
    )
    workspace.organisations.create(OrganisationDraft(name="Acme", sector="Software"))
    for name in ("Ann", "Bob"):
        person(workspace, name, organisation="Rijksmuseum")
    person(workspace, "Cem", organisation="Acme")
    panel = InventoryPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    museums = panel.tree.topLevelItem(0)
    assert museums is not None
    assert museums.text(0) == "Museums"
    assert museums.text(1) == "2"
    assert [museums.child(i).text(0) for i in range(museums.childCount())] == [
        "Rijksmuseum",
        "Van Gogh Museum",
    ]
    assert museums.child(1).text(3) == "Target employer — you know nobody here yet"
    assert panel.gaps.isVisible()
    assert "Van Gogh Museum" in panel.gaps.text()
    with qtbot.waitSignal(panel.open_record_requested) as opened:
        panel.tree.itemActivated.emit(museums.child(1), 0)
    assert opened.args == ["organisation", gap.id]
    person(workspace, "Dan", organisation="Van Gogh Museum")
    panel.mark_stale()
    assert not panel.gaps.isVisible()
    assert rows("SELECT count(*) FROM contact")[0][0] == 4

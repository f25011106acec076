"""Record dialogs: referrals picked by keyboard, Escape with unsaved work,
and writing a message with nobody selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import isValid

from netdesk.domain.contacts import ContactDraft
from netdesk.views.contact_dialog import ContactDialog
from netdesk.views.conversation_dialog import ConversationDialog
from netdesk.views.message_dialog import MessageDialog
from netdesk.views.organisation_dialog import OrganisationDialog
from netdesk.views.promise_dialog import PromiseDialog
from tests.qt.keys import press


def closed(dialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def open_dialog(qtbot, window, sequence, kind):
    press(qtbot, window, sequence)
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, kind) and not closed(window._open_dialog)
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pick(qtbot, picker, typed):
    """Type part of a name, then Down and Enter in the suggestions."""
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert all(" — " in line for line in shown)  # the list tells people apart
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def add_people(workspace):
    return [
        workspace.contacts.create(ContactDraft(first_name=first, last_name=last, organisation=org))
        for first, last, org in (
            ("Bas", "Willems", "Museum Noord"),
            ("Willem", "Dekker", "Bureau Erfgoed"),
            ("Sem", "de Jong", "Datalab Oost"),
            ("Yara", "Haddad", "Universiteit Rijnland"),
        )
    ]


def referral_texts(dialog):
    return [dialog.referrals.item(row).text() for row in range(dialog.referrals.count())]


def test_a_referral_picked_from_the_suggestions_links_the_existing_person(qtbot, window, workspace):
    bas, willem, _sem, _yara = add_people(workspace)
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    pick(qtbot, dialog.person, "Bas")
    assert dialog.person.contact_id() == bas.id
    assert dialog.person.text() == "Bas Willems"  # the name, not "— Museum Noord"
    pick(qtbot, dialog.referral_picker, "Willem")
    qtbot.waitUntil(lambda: dialog.referrals.count() == 1)
    assert dialog.referral_picker.text() == ""
    assert referral_texts(dialog) == ["Willem Dekker"]
    assert [d.contact_id for d in dialog.referral_drafts()] == [willem.id]
    # Add on the empty field, and the same person picked again, add nobody.
    qtbot.mouseClick(dialog.findChild(QPushButton, "addReferral"), Qt.MouseButton.LeftButton)
    pick(qtbot, dialog.referral_picker, "Willem")
    qtbot.waitUntil(lambda: dialog.referral_picker.text() == "")
    assert referral_texts(dialog) == ["Willem Dekker"]
    press(qtbot, dialog, "Ctrl+Return")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.contacts.count() == 4
    [conversation] = workspace.conversations.get_many(workspace.conversations.search_ids())
    assert [r.referred_id for r in conversation.referrals] == [willem.id]


def test_a_picked_referral_is_never_taken_for_a_new_person(qtbot, window, workspace):
    _bas, _willem, sem, yara = add_people(workspace)
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    pick(qtbot, dialog.person, "Sem de")
    assert dialog.person.contact_id() == sem.id
    pick(qtbot, dialog.referral_picker, "Yara")
    qtbot.waitUntil(lambda: dialog.referrals.count() == 1)
    assert referral_texts(dialog) == ["Yara Haddad"]
    assert "new contact" not in referral_texts(dialog)[0]
    assert [d.contact_id for d in dialog.referral_drafts()] == [yara.id]


def test_a_suggestion_pasted_in_full_finds_that_person(qtbot, window, workspace):
    _bas, willem, _sem, _yara = add_people(workspace)
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    QApplication.clipboard().setText("Willem Dekker — Bureau Erfgoed")
    dialog.referral_picker.setFocus()
    press(qtbot, dialog, "Ctrl+V")
    assert dialog.referral_picker.text() == "Willem Dekker — Bureau Erfgoed"
    qtbot.keyClick(dialog.referral_picker, Qt.Key.Key_Return)
    assert referral_texts(dialog) == ["Willem Dekker"]
    assert [d.contact_id for d in dialog.referral_drafts()] == [willem.id]


def test_a_new_name_typed_twice_is_added_once(qtbot, window, workspace):
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    for typed in ("Piet de Vries", "piet  de vries"):
        qtbot.keyClicks(dialog.referral_picker, typed)
        qtbot.keyClick(dialog.referral_picker, Qt.Key.Key_Return)
        assert dialog.referral_picker.text() == ""
    assert referral_texts(dialog) == ["Piet de Vries (new contact)"]


# Escape with unsaved work ------------------------------------------------------


def escape(qtbot, dialog):
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)


def test_escape_on_a_half_filled_conversation_asks_before_discarding(qtbot, window, workspace):
    bas, _willem, _sem, _yara = add_people(workspace)
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    pick(qtbot, dialog.person, "Bas")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.topics, "How registrars get hired")
    qtbot.keyClicks(dialog.referral_picker, "Piet de Vries")
    qtbot.keyClick(dialog.referral_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.notes, "Ask about the trainee post")

    escape(qtbot, dialog)
    box = dialog.discard_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Discard your changes?"
    assert box.defaultButton() is box.escapeButton()  # Keep editing
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep editing
    qtbot.waitUntil(lambda: dialog.discard_question is None)
    assert dialog.isVisible()
    assert dialog.topics.text() == "How registrars get hired"
    assert dialog.notes.toPlainText() == "Ask about the trainee post"
    assert dialog.person.contact_id() == bas.id

    escape(qtbot, dialog)
    box = dialog.discard_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape keeps editing too
    qtbot.waitUntil(lambda: dialog.discard_question is None)
    assert dialog.isVisible()

    escape(qtbot, dialog)
    box = dialog.discard_question
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box.button(QMessageBox.StandardButton.Discard), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.conversations.count() == 0


@pytest.mark.parametrize(
    ("sequence", "kind"),
    [
        ("Ctrl+N", ContactDialog),
        ("Ctrl+L", ConversationDialog),
        ("Ctrl+Shift+P", PromiseDialog),
    ],
)
def test_an_unchanged_dialog_closes_at_once_and_a_changed_one_asks(qtbot, window, sequence, kind):
    dialog = open_dialog(qtbot, window, sequence, kind)
    escape(qtbot, dialog)
    assert dialog.discard_question is None
    qtbot.waitUntil(lambda: closed(dialog))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    dialog = open_dialog(qtbot, window, sequence, kind)
    qtbot.keyClicks(QApplication.focusWidget(), "Zuiderlicht")
    escape(qtbot, dialog)
    assert dialog.discard_question is not None
    qtbot.waitUntil(dialog.discard_question.isVisible)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.discard_question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_question is None)
    # Typing it back as it was counts as unchanged.
    for _ in "Zuiderlicht":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    escape(qtbot, dialog)
    assert dialog.discard_question is None
    qtbot.waitUntil(lambda: closed(dialog))


def test_an_organisation_edited_then_cancelled_asks_too(qtbot, window, workspace):
    window.new_organisation_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, OrganisationDialog))
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.name, "Museum Het Zuiderlicht")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.discard_question is not None
    qtbot.waitUntil(dialog.discard_question.isVisible)
    qtbot.keyClick(
        dialog.discard_question.button(QMessageBox.StandardButton.Discard), Qt.Key.Key_Space
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.organisations.count() == 0


# Write a message with nobody selected -----------------------------------------------


def test_write_a_message_from_today_asks_whom_to_write_to(qtbot, window, workspace):
    bas, _willem, _sem, _yara = add_people(workspace)
    window.show_today()
    dialog = open_dialog(qtbot, window, "Ctrl+M", MessageDialog)
    assert QApplication.focusWidget() is dialog.person
    assert dialog.windowTitle() == "Write a message"
    assert not dialog.sent_button.isEnabled()
    assert dialog.text() == ""

    pick(qtbot, dialog.person, "Bas")
    assert dialog.person.contact_id() == bas.id
    assert dialog.windowTitle() == "Keep in touch — Bas Willems"
    assert dialog.recipient.text() == "Bas Willems"
    assert "Bas" in dialog.text()
    assert dialog.sent_button.isEnabled()


def test_my_name_is_asked_for_kept_and_signs_the_message(qtbot, window, workspace):
    bas, _willem, _sem, _yara = add_people(workspace)
    window.changes.contacts_changed.emit()
    window.contacts.select_id(bas.id)
    dialog = open_dialog(qtbot, window, "Ctrl+M", MessageDialog)
    assert dialog.person is None  # the person selected is the one written to
    assert dialog.windowTitle() == "Keep in touch — Bas Willems"
    assert "my name" in dialog.gaps.text()
    assert dialog.gaps.text().startswith("Not known yet, so shown as … in the text:")
    assert dialog.my_name is not None
    assert dialog.my_name.isVisible()

    dialog.my_name.setFocus()
    qtbot.keyClicks(dialog.my_name, "Noor Visser")
    qtbot.keyClick(dialog.my_name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter kept the name; it did not mark the message sent
    assert workspace.outreach.my_name() == "Noor Visser"
    assert "Noor Visser" in dialog.text()
    assert "my name" not in dialog.gaps.text()
    assert workspace.conversations.count() == 0

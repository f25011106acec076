"""Record dialogs: referrals picked by keyboard, Escape with unsaved work,
and writing a message with nobody selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from netdesk.domain.contacts import ContactDraft
from netdesk.views.conversation_dialog import ConversationDialog
from tests.qt.keys import press


def open_dialog(qtbot, window, sequence, kind):
    press(qtbot, window, sequence)
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, kind) and window._open_dialog.isVisible()
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def pick(qtbot, picker, typed):
    """Type part of a name, then Down and Enter in the suggestions."""
    qtbot.keyClicks(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
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

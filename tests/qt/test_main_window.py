"""The main window driven the way a person drives it: shortcuts, typing, clicks."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.promises import PromiseDraft
from netdesk.views.contact_dialog import ContactDialog
from netdesk.views.conversation_dialog import ConversationDialog
from netdesk.views.main_window import MainWindow
from netdesk.views.promise_dialog import PromiseDialog
from netdesk.views.trash_dialog import TrashDialog
from tests.qt.keys import press


def open_dialog(qtbot, window, sequence, kind):
    press(qtbot, window, sequence)
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, kind) and window._open_dialog.isVisible()
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def table_texts(panel, column=0):
    model = panel.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_new_user_adds_their_first_contact_with_the_keyboard(qtbot, window, workspace):
    assert window.contacts.stack.currentWidget() is window.contacts.empty
    assert "Ctrl+N" in window.contacts.empty.text()

    dialog = open_dialog(qtbot, window, "Ctrl+N", ContactDialog)
    qtbot.keyClicks(dialog.first_name, "Ann")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Smith")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Museum Het Zuiderlicht")
    assert "new organisation" in dialog.organisation_hint.text()
    qtbot.keyClicks(dialog.emails, "ann@zuiderlicht.example")
    qtbot.keyClick(dialog.emails, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert table_texts(window.contacts) == ["Ann Smith"]
    assert window.contacts.current_id() is not None
    contact = workspace.contacts.get(window.contacts.current_id())
    assert contact.organisation_name == "Museum Het Zuiderlicht"
    assert contact.emails == ("ann@zuiderlicht.example",)
    qtbot.waitUntil(lambda: "1 contact" in window.counts_label.text())
    assert "Museum Het Zuiderlicht" in window.contacts.browser.toPlainText()


def test_the_contact_dialog_names_the_field_at_fault_and_stays_open(qtbot, window, workspace):
    dialog = open_dialog(qtbot, window, "Ctrl+N", ContactDialog)
    qtbot.keyClicks(dialog.last_name, "Jansen")
    qtbot.keyClicks(dialog.emails, "lotte@example.org")
    qtbot.keyClick(dialog.emails, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.emails, "lotte(at)example")
    qtbot.keyClicks(dialog.linkedin_url, "example.org/lotte")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert dialog.isVisible()
    errors = dialog.error_label.text()
    assert 'Email (line 2): "lotte(at)example" is not an email address.' in errors
    assert "LinkedIn" in errors
    assert workspace.contacts.count() == 0
    assert dialog.emails.hasFocus()

    dialog.emails.setPlainText("lotte@example.org")
    dialog.linkedin_url.setText("linkedin.com/in/lotte-jansen")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = workspace.contacts.get(workspace.contacts.search_ids()[0])
    assert saved.linkedin_url == "https://linkedin.com/in/lotte-jansen"


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back(qtbot, window, workspace):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann"))
    workspace.contacts.create(ContactDraft(first_name="Bob"))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(ann.id)
    window.contacts.table.setFocus()

    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Delete)
    assert table_texts(window.contacts) == ["Bob"]
    assert workspace.trash.count() == 1
    assert "trash" in window.statusBar().currentMessage()

    press(qtbot, window, "Ctrl+Z")
    assert sorted(table_texts(window.contacts)) == ["Ann", "Bob"]
    assert workspace.trash.count() == 0
    press(qtbot, window, "Ctrl+Shift+Z")
    assert table_texts(window.contacts) == ["Bob"]


def test_an_edit_can_be_undone_and_redone(qtbot, window, workspace):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann", position="Intern"))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(ann.id)
    dialog = open_dialog(qtbot, window, "Ctrl+E", ContactDialog)
    dialog.position.clear()
    qtbot.keyClicks(dialog.position, "Registrar")
    qtbot.keyClick(dialog.position, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.contacts.get(ann.id).position == "Registrar"
    assert window.contacts.model.data(window.contacts.model.index(0, 2)) == "Registrar"
    window.undo_action.trigger()
    assert workspace.contacts.get(ann.id).position == "Intern"
    assert window.contacts.model.data(window.contacts.model.index(0, 2)) == "Intern"
    window.redo_action.trigger()
    assert workspace.contacts.get(ann.id).position == "Registrar"


def test_logging_a_conversation_for_the_selected_contact_with_a_new_referral(
    qtbot, window, workspace
):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann", last_name="Smith"))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(ann.id)

    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    assert dialog.person.contact_id() == ann.id
    qtbot.keyClicks(dialog.topics, "How registrars get hired")
    qtbot.keyClicks(dialog.referral_picker, "Piet de Vries")
    qtbot.keyClick(dialog.referral_picker, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the referral box adds; it does not save
    assert dialog.referrals.count() == 1
    assert "new contact" in dialog.referrals.item(0).text()
    dialog.told_goal.setChecked(True)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [conversation] = workspace.conversations.get_many(workspace.conversations.search_ids())
    assert conversation.contact_id == ann.id
    assert conversation.told_goal
    assert [r.referred_name for r in conversation.referrals] == ["Piet de Vries"]
    piet = workspace.contacts.get(conversation.referrals[0].referred_id)
    assert piet.met_through_id == ann.id
    text = window.contacts.browser.toPlainText()
    assert "How registrars get hired" in text
    assert "Piet de Vries" in text


def test_picking_a_person_by_typing_part_of_the_name(qtbot, window, workspace):
    workspace.contacts.create(ContactDraft(first_name="Zoë", last_name="van der Berg"))
    dialog = open_dialog(qtbot, window, "Ctrl+L", ConversationDialog)
    qtbot.keyClicks(dialog.person, "zoe")
    completer = dialog.person.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.person.contact_id() is not None
    assert dialog.person.text() == "Zoë van der Berg"


def test_an_unknown_person_is_reported_not_lost(qtbot, window, workspace):
    dialog = open_dialog(qtbot, window, "Ctrl+Shift+P", PromiseDialog)
    qtbot.keyClicks(dialog.person, "Nobody Known")
    qtbot.keyClicks(dialog.description, "Send the vacancy")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "Nobody Known" in dialog.error_label.text()
    assert workspace.promises.count_open() == 0


def test_search_filters_as_you_type_and_escape_clears(qtbot, window, workspace):
    for first, org in (("Ann", "Acme"), ("Bob", "Museum"), ("Cas", "Museum")):
        workspace.contacts.create(ContactDraft(first_name=first, organisation=org))
    window.changes.contacts_changed.emit()
    press(qtbot, window, "Ctrl+F")
    assert window.contacts.search.hasFocus()
    qtbot.keyClicks(window.contacts.search, "muse")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)
    assert "2 of 3" in window.contacts.count_label.text()
    # The first match's details follow the list, right after it.
    qtbot.waitUntil(lambda: "Bob" in window.contacts.browser.toPlainText())
    qtbot.keyClicks(window.contacts.search, "xyz")
    qtbot.waitUntil(lambda: window.contacts.stack.currentWidget() is window.contacts.empty)
    assert "musexyz" in window.contacts.empty.text()
    qtbot.keyClick(window.contacts.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3)


def test_the_detail_pane_shows_hostile_text_literally(qtbot, window, workspace):
    nasty = ContactDraft(
        first_name="<b>Eve</b>",
        last_name='<img src="/etc/hosts">',
        notes="Ann <ann@example.org> & Co\n<script>alert(1)</script>",
    )
    eve = workspace.contacts.create(nasty)
    window.changes.contacts_changed.emit()
    window.contacts.select_id(eve.id)
    text = window.contacts.browser.toPlainText()
    assert '<b>Eve</b> <img src="/etc/hosts">' in text
    assert "Ann <ann@example.org> & Co" in text
    assert "<script>alert(1)</script>" in text


def test_detail_links_navigate_between_people_and_organisations(qtbot, window, workspace):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann", organisation="Acme"))
    bob = workspace.contacts.create(ContactDraft(first_name="Bob", met_through_id=ann.id))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(bob.id)
    assert "Ann" in window.contacts.browser.toPlainText()
    window.contacts.browser.link_activated.emit("contact", ann.id)
    assert window.contacts.current_id() == ann.id
    window.contacts.browser.link_activated.emit("organisation", ann.organisation_id)
    assert window.current_panel() is window.organisations
    assert window.organisations.current_id() == ann.organisation_id
    assert "Ann" in window.organisations.browser.toPlainText()


def test_thanks_and_done_toggles_are_undoable(qtbot, window, workspace, clock):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann"))
    talk = workspace.conversations.create(
        ConversationDraft(contact_id=ann.id, occurred_at=clock.now() - timedelta(hours=3))
    )
    promise = workspace.promises.create(PromiseDraft(contact_id=ann.id, description="Intro"))
    window.changes.everything()
    press(qtbot, window, "Ctrl+3")
    window.conversations.select_id(talk.id)
    press(qtbot, window, "Ctrl+T")
    assert workspace.conversations.get(talk.id).thanks_sent_at == clock.now()
    press(qtbot, window, "Ctrl+Z")
    assert workspace.conversations.get(talk.id).thanks_sent_at is None
    press(qtbot, window, "Ctrl+4")
    window.promises.select_id(promise.id)
    press(qtbot, window, "Ctrl+D")
    assert workspace.promises.get(promise.id).is_done
    assert "Done" in window.promises.model.data(window.promises.model.index(0, 4))


def test_trash_dialog_restores_and_empties(qtbot, window, workspace, monkeypatch):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann"))
    bob = workspace.contacts.create(ContactDraft(first_name="Bob"))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(ann.id)
    window.delete_action.trigger()
    window.contacts.select_id(bob.id)
    window.delete_action.trigger()
    window.trash_action.trigger()
    dialog = window._open_dialog
    assert isinstance(dialog, TrashDialog)
    assert dialog.list.topLevelItemCount() == 2
    item = dialog.list.findItems("Ann", Qt.MatchFlag.MatchExactly, 1)[0]
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.title for i in dialog.selected()] == ["Ann"]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert table_texts(window.contacts) == ["Ann"]
    monkeypatch.setattr("netdesk.views.trash_dialog.confirm", lambda *args: True)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert workspace.trash.count() == 0
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not window.undo_stack.canUndo()


def test_window_layout_is_remembered_and_a_start_opens_on_today(qtbot, workspace, settings):
    first = MainWindow(workspace, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.show_screen("conversations")
    first.contacts.table.horizontalHeader().resizeSection(2, 333)
    first.contacts.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first.close()

    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    second = MainWindow(workspace, settings=again)
    qtbot.addWidget(second)
    second.show()
    # Every start opens on Today, whatever tab was open before.
    assert second.current_page() is second.today
    assert second.contacts.table.horizontalHeader().sectionSize(2) == 333
    assert second.contacts.model.sort_state == (1, True)
    assert second.size().width() == 700


@pytest.mark.parametrize("count", [1, 2])
def test_status_bar_counts_the_network(qtbot, window, workspace, count):
    for i in range(count):
        workspace.contacts.create(ContactDraft(first_name=f"P{i}", organisation="Acme"))
    window.changes.everything()
    expected = "1 contact · 1 organisation" if count == 1 else "2 contacts · 1 organisation"
    qtbot.waitUntil(lambda: expected in window.counts_label.text())


def test_a_first_click_on_a_date_header_sorts_newest_first(qtbot, window, workspace):
    workspace.contacts.create(ContactDraft(first_name="Ann"))
    window.changes.contacts_changed.emit()
    header = window.contacts.table.horizontalHeader()
    added = next(i for i, c in enumerate(window.contacts.model.columns) if c.key == "created")
    from PySide6.QtCore import QPoint

    window.contacts.table.scrollTo(window.contacts.model.index(0, added))
    position = header.sectionViewportPosition(added) + header.sectionSize(added) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, header.height() // 2)
    )
    assert window.contacts.model.sort_state == (added, True)
    window.contacts.table.scrollTo(window.contacts.model.index(0, 0))
    name_position = header.sectionViewportPosition(0) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name_position, 5))
    assert window.contacts.model.sort_state == (0, False)


def test_each_view_menu_entry_opens_the_tab_it_names(qtbot, window):
    view_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "View"
    )
    checked = 0
    for action in view_menu.actions():
        keys = action.shortcut().toString()
        if not (keys.startswith("Ctrl+") and keys[-1].isdigit()):
            continue
        action.trigger()
        current = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
        assert current.split(" (")[0] == action.text().replace("&", "").split(" (")[0], (
            action.text()
        )
        checked += 1
    assert checked >= 5  # Today and the four record tables


def _mnemonic(text: str) -> str | None:
    """The Alt key a text gives (the letter after a single &), if any."""
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("screen", ["today", "pitch", "meetings", "contacts"])
def test_alt_keys_are_unique_on_each_screen(qtbot, window, screen):
    """Two controls answering the same Alt key make the key useless for both."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    page = getattr(window, screen)
    window.show_screen(screen)
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [action.text() for action in window.menuBar().actions()]
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            texts.append(widget.text())
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None:
            texts.append(label.text())
    keys = [key for key in map(_mnemonic, texts) if key]
    clashes = sorted({key for key in keys if keys.count(key) > 1})
    assert clashes == [], [t for t in texts if _mnemonic(t) in clashes]


def test_only_today_is_built_at_start_and_a_screen_is_built_when_shown(qtbot, workspace, settings):
    window = MainWindow(workspace, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    lazy = [key for key in window.tab_pages if key != "today"]
    assert all(window.tab_pages[key].built is None for key in lazy)
    press(qtbot, window, "Ctrl+2")  # Organisations
    assert window.tab_pages["organisations"].built is not None
    assert window.current_page() is window.organisations
    assert window.tab_pages["contacts"].built is None
    window.close()


def test_starting_imports_no_screen_but_today():
    """The other screens' modules load when first shown, not at every start."""
    code = (
        "import sys, netdesk.app, netdesk.views.main_window;"
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'netdesk.views.panels', 'netdesk.views.pitch_editor', 'netdesk.views.meetings_page',"
        "'netdesk.views.inventory_panel', 'netdesk.services.importing', 'netdesk.wizard'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_screen_not_opened_keeps_the_layout_it_saved_before(qtbot, workspace, settings):
    first = MainWindow(workspace, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.contacts.table.horizontalHeader().resizeSection(2, 333)
    first.close()
    # A start that never opens Contacts must not forget its columns.
    second = MainWindow(workspace, settings=QSettings(settings.fileName(), settings.format()))
    qtbot.addWidget(second)
    second.show()
    second.close()
    third = MainWindow(workspace, settings=QSettings(settings.fileName(), settings.format()))
    qtbot.addWidget(third)
    third.show()
    assert third.contacts.table.horizontalHeader().sectionSize(2) == 333


def test_double_clicking_a_row_opens_it_for_editing(qtbot, window, workspace):
    workspace.contacts.create(ContactDraft(first_name="Ann", last_name="Smith"))
    window.changes.contacts_changed.emit()
    panel = window.contacts
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    table = panel.table
    rect = table.visualRect(panel.model.index(0, 0))
    # A double-click is a click and then a second press (Qt checks both land on the row).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(window._open_dialog, ContactDialog))
    window._open_dialog.close()


def test_switching_tabs_with_the_keyboard_puts_the_focus_in_the_new_screen(
    qtbot, workspace, settings
):
    window = MainWindow(workspace, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(window.tabs.count() - 1):
        press(qtbot, window, "Ctrl+Tab")
        page = window.current_page()
        focus = QApplication.focusWidget()
        assert focus is not None
        assert focus is page or page.isAncestorOf(focus), (window.current_key(), focus)
    window.close()

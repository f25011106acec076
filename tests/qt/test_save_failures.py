"""Saving on a full disk or to a read-only file: a clear message naming the
file, the dialog kept open with everything typed, and Save working again once
the cause is gone. A full disk is ``PRAGMA max_page_count`` just above the
file's size; read-only is ``PRAGMA query_only`` (tests run as root, which
ignores file modes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netdesk.store import db
from netdesk.views.contact_dialog import ContactDialog
from tests.qt.keys import press

NOTES = "Curator of the maritime collection; ask about the archive project. " * 200


def fill_disk() -> None:
    pages = int(db.database.execute_sql("PRAGMA page_count").fetchone()[0])
    db.database.execute_sql(f"PRAGMA max_page_count = {pages + 1}")


def free_disk() -> None:
    db.database.execute_sql("PRAGMA max_page_count = 1073741823")


def open_new_contact(qtbot, window) -> ContactDialog:
    press(qtbot, window, "Ctrl+N")
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, ContactDialog) and window._open_dialog.isVisible()
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save(qtbot, dialog: ContactDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_full_disk_keeps_the_dialog_and_its_text_until_save_works(
    qtbot, window, workspace
) -> None:
    dialog = open_new_contact(qtbot, window)
    qtbot.keyClicks(dialog.first_name, "Marit")
    qtbot.keyClicks(dialog.last_name, "Lindqvist")
    qtbot.keyClicks(dialog.organisation, "Maritime Museum Nord")
    dialog.notes.setPlainText(NOTES)
    qtbot.keyClicks(dialog.notes, " Owes me a call.")
    fill_disk()
    try:
        save(qtbot, dialog)
        assert dialog.isVisible()
        message = dialog.error_label.text()
        assert dialog.error_label.isVisible()
        assert str(workspace.data_file) in message
        assert "disk is full" in message
        assert "Traceback" not in message
        assert dialog.first_name.text() == "Marit"
        assert dialog.last_name.text() == "Lindqvist"
        assert dialog.organisation.text() == "Maritime Museum Nord"
        typed = dialog.notes.toPlainText()
        assert "Owes me a call." in typed
        assert len(typed) == len(NOTES) + len(" Owes me a call.")
        assert workspace.contacts.count() == 0
        assert workspace.organisations.count() == 0
    finally:
        free_disk()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.contacts.count() == 1
    assert workspace.organisations.count() == 1


def test_a_read_only_file_is_named_and_the_edit_kept(qtbot, window, workspace) -> None:
    dialog = open_new_contact(qtbot, window)
    qtbot.keyClicks(dialog.first_name, "Ayodele")
    db.database.execute_sql("PRAGMA query_only = 1")
    try:
        save(qtbot, dialog)
        assert dialog.isVisible()
        assert "read-only" in dialog.error_label.text()
        assert str(workspace.data_file) in dialog.error_label.text()
        assert dialog.first_name.text() == "Ayodele"
    finally:
        db.database.execute_sql("PRAGMA query_only = 0")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.contacts.count() == 1


def test_an_undo_the_disk_refuses_is_reported_naming_the_file(
    qtbot, window, workspace, monkeypatch
) -> None:
    dialog = open_new_contact(qtbot, window)
    qtbot.keyClicks(dialog.first_name, "Ayodele")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    db.database.execute_sql("PRAGMA query_only = 1")
    try:
        window.undo_stack.undo()  # would move the new contact to the trash
    finally:
        db.database.execute_sql("PRAGMA query_only = 0")
    assert shown
    assert str(workspace.data_file) in shown[0]
    assert "Traceback" not in shown[0]
    assert workspace.contacts.count() == 1  # still there: nothing was written
    contact_id = window.contacts.current_id()
    assert contact_id is not None
    assert workspace.contacts.get(contact_id).first_name == "Ayodele"
    assert workspace.trash.count() == 0


def test_a_delete_the_disk_refuses_is_reported_and_not_announced(
    qtbot, window, workspace, monkeypatch
) -> None:
    from netdesk.domain.contacts import ContactDraft

    contact = workspace.contacts.create(ContactDraft(first_name="Ayodele"))
    workspace.pitches.create("Elevator", 30)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.changes.everything()
    window.show_panel(window.contacts)
    window.contacts.select_id(contact.id)
    window.contacts.table.setFocus()
    db.database.execute_sql("PRAGMA query_only = 1")
    try:
        press(qtbot, window, "Delete")
        window.show_screen("pitch")
        window.pitch.versions.setCurrentRow(0)
        window.pitch.versions.setFocus()
        press(qtbot, window, "Delete")
    finally:
        db.database.execute_sql("PRAGMA query_only = 0")
    assert len(shown) == 2
    assert all(str(workspace.data_file) in text for text in shown)
    # The refusal is shown; nothing claims the records went to the trash.
    assert "trash" not in window.statusBar().currentMessage()
    assert workspace.contacts.count() == 1
    assert len(workspace.pitches.all()) == 1

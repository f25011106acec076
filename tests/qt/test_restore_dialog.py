"""The restore dialog, driven from the keyboard: Cancel keeps the data, Restore replaces it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.json_backup import JsonBackupService
from netdesk.services.workspace import Workspace
from netdesk.views.restore_dialog import RestoreDialog


def names(ws: Workspace) -> list[str]:
    return sorted(c.display_name for c in ws.contacts.get_many(ws.contacts.search_ids()))


def backup(ws: Workspace, tmp_path: Path) -> Path:
    target = tmp_path / "netdesk-backup.json"
    JsonBackupService(ws.clock, ws.data_file).export_json(target)
    return target


def with_people(ws: Workspace, tmp_path: Path) -> Path:
    """Two people and one in the trash backed up; then a newcomer added after."""
    ws.contacts.create(ContactDraft(first_name="Ana", last_name="de Vries"))
    ws.contacts.create(ContactDraft(first_name="Bob", last_name="Backup"))
    gone = ws.contacts.create(ContactDraft(first_name="Cas", last_name="Trashed"))
    ws.trash.trash(RecordKind.CONTACT, [gone.id])
    path = backup(ws, tmp_path)
    ws.contacts.create(ContactDraft(first_name="Nina", last_name="Nieuw"))
    return path


def opened(qtbot, ws: Workspace, path: Path) -> RestoreDialog:
    dialog = RestoreDialog(ws, path)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # the backup has been read
    return dialog


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_dialog_shows_what_changes_and_cancel_is_the_default(qtbot, workspace, tmp_path):
    path = with_people(workspace, tmp_path)
    dialog = opened(qtbot, workspace, path)

    counts = dialog.counts_shown()
    assert counts["Contacts"] == ("3", "2")
    assert counts["In the trash"] == ("1", "1")
    assert counts["Meetings"] == ("0", "0")
    assert "netdesk-backup.json" in dialog.file_label.text()
    assert "replaced" in dialog.warning_label.text()
    assert str(workspace.backups_dir) in dialog.warning_label.text()
    assert dialog.cancel_button.isDefault()
    assert QApplication.focusWidget() is dialog.cancel_button

    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert names(workspace) == ["Ana de Vries", "Bob Backup", "Nina Nieuw"]
    assert not workspace.backups_dir.exists()


def test_restore_from_the_keyboard_replaces_the_data_and_keeps_a_copy(qtbot, workspace, tmp_path):
    path = with_people(workspace, tmp_path)
    dialog = opened(qtbot, workspace, path)

    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.restore_button
    with qtbot.waitSignal(dialog.restored) as restored:
        press(qtbot, Qt.Key.Key_Space)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert names(workspace) == ["Ana de Vries", "Bob Backup"]
    assert workspace.trash.count() == 1
    (kept,) = restored.args
    assert kept.parent == workspace.backups_dir
    assert kept.exists()


def test_alt_r_restores(qtbot, workspace, tmp_path):
    path = with_people(workspace, tmp_path)
    dialog = opened(qtbot, workspace, path)
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert names(workspace) == ["Ana de Vries", "Bob Backup"]


def test_into_an_empty_file_restore_is_the_default(qtbot, workspace, clock, tmp_path):
    path = with_people(workspace, tmp_path)
    workspace.close()
    fresh = Workspace.open(tmp_path / "new", clock=clock)
    try:
        dialog = opened(qtbot, fresh, path)
        assert "empty" in dialog.warning_label.text()
        assert dialog.restore_button.isDefault()
        with qtbot.waitSignal(dialog.accepted):
            press(qtbot, Qt.Key.Key_Return)
        assert names(fresh) == ["Ana de Vries", "Bob Backup"]
    finally:
        fresh.close()


def test_a_file_that_is_not_a_backup_says_so_and_cannot_be_restored(qtbot, workspace, tmp_path):
    workspace.contacts.create(ContactDraft(first_name="Ana"))
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    dialog = opened(qtbot, workspace, path)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "This is not a netdesk backup."
    assert not dialog.restore_button.isVisible()
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Escape)
    assert names(workspace) == ["Ana"]

"""File → Restore from backup…: the list of backups, the preview, and a restore
driven from the keyboard."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.backups import BackupReason, BackupService
from netdesk.services.workspace import Workspace
from netdesk.views.backups_dialog import BackupsDialog

T0 = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
V1_FILE = Path(__file__).resolve().parents[1] / "data" / "db_v1.sqlite3"


def names(ws: Workspace) -> list[str]:
    return sorted(c.display_name for c in ws.contacts.get_many(ws.contacts.search_ids()))


def add(ws: Workspace, first: str, last: str) -> int:
    return ws.contacts.create(ContactDraft(first_name=first, last_name=last)).id


def several_backups(ws: Workspace, clock: FixedClock) -> BackupService:
    """Backups three days, five hours and twenty minutes old, an older
    version's, and a damaged one; a person added after each."""
    service = BackupService(clock, ws.data_file, ws.settings, tz=UTC)
    clock.current = T0 - timedelta(days=3)
    add(ws, "Ana", "de Vries")
    service.take(BackupReason.DAILY)
    clock.current = T0 - timedelta(hours=5)
    add(ws, "Bob", "Backup")
    service.take(BackupReason.CLOSING)
    clock.current = T0 - timedelta(minutes=20)
    gone = add(ws, "Cas", "Trashed")
    ws.trash.trash(RecordKind.CONTACT, [gone])
    service.take(BackupReason.BEFORE_RESTORE)
    add(ws, "Nina", "Nieuw")
    shutil.copyfile(V1_FILE, service.folder / "netdesk-20251201-080000-before-v2.sqlite3")
    (service.folder / "netdesk-20251120-080000-daily.sqlite3").write_bytes(b"\0" * 2048)
    clock.current = T0
    return service


def opened(qtbot, ws: Workspace, service: BackupService) -> BackupsDialog:
    dialog = BackupsDialog(ws, service)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def row_texts(dialog: BackupsDialog, row: int) -> list[str]:
    item = dialog.list.topLevelItem(row)
    assert item is not None
    return [item.text(column) for column in range(dialog.list.columnCount())]


def tab_to(qtbot, widget) -> None:
    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.text()}")


def test_the_list_says_when_why_and_how_much(qtbot, workspace, clock):
    service = several_backups(workspace, clock)
    dialog = opened(qtbot, workspace, service)

    assert dialog.list.topLevelItemCount() == 5
    newest = row_texts(dialog, 0)
    assert newest[1:4] == ["20 minutes ago", "Your data just before a restore", "2"]
    assert row_texts(dialog, 1)[1:4] == ["5 hours ago", "When netdesk closed", "2"]
    assert row_texts(dialog, 2)[1:4] == ["3 days ago", "Daily backup", "1"]
    assert row_texts(dialog, 3)[2] == "Before an update of netdesk"
    assert row_texts(dialog, 4)[3] == "damaged"
    assert "2026" in newest[0]  # the date and time, in the locale's short form

    # The newest is chosen and previewed: Nina goes, Cas stays in the trash.
    assert QApplication.focusWidget() is dialog.list
    assert dialog.changes.counts_shown()["Contacts"] == ("3", "2")
    assert dialog.changes.counts_shown()["In the trash"] == ("1", "1")
    assert str(service.folder) in dialog.note_label.text()
    assert dialog.restore_button.isEnabled()
    assert dialog.close_button.isDefault()
    dialog.grab().save("/tmp/nd/backups.png")

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # three days ago: only Ana
    assert dialog.changes.counts_shown()["Contacts"] == ("3", "1")
    assert "Daily backup" in dialog.selected_label.text()

    press(qtbot, Qt.Key.Key_Down)  # the version-1 file is restorable, brought up to date
    assert dialog.restore_button.isEnabled()
    assert "older netdesk" in dialog.selected_label.text()

    press(qtbot, Qt.Key.Key_End)  # the damaged one: said so, and no Restore
    assert "damaged" in dialog.selected_label.text()
    assert not dialog.restore_button.isEnabled()


def test_restore_from_the_keyboard(qtbot, workspace, clock):
    service = several_backups(workspace, clock)
    dialog = opened(qtbot, workspace, service)
    press(qtbot, Qt.Key.Key_Down)  # five hours ago: Ana and Bob
    tab_to(qtbot, dialog.restore_button)

    with qtbot.waitSignal(dialog.restored, timeout=20_000) as restored:
        press(qtbot, Qt.Key.Key_Space)

    kept = restored.args[0]
    assert kept.name.endswith("-before-restore.sqlite3")
    assert kept.parent == service.folder
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert names(workspace) == ["Ana de Vries", "Bob Backup"]


def test_return_closes_without_restoring(qtbot, workspace, clock):
    service = several_backups(workspace, clock)
    dialog = opened(qtbot, workspace, service)
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, Qt.Key.Key_Return)
    assert len(names(workspace)) == 3
    assert len(service.backups()) == 5


def test_a_restore_the_backup_refuses_leaves_the_dialog_open(qtbot, workspace, clock):
    service = several_backups(workspace, clock)
    dialog = opened(qtbot, workspace, service)
    newest = service.backups()[0].path
    data = bytearray(newest.read_bytes())
    data[8192:] = b"\xff" * (len(data) - 8192)  # damaged after it was listed
    newest.write_bytes(bytes(data))
    tab_to(qtbot, dialog.restore_button)

    with qtbot.waitSignal(dialog.restore_button.clicked):
        press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.is_restoring())

    assert dialog.isVisible()
    assert "damaged" in dialog.status_label.text()
    assert len(names(workspace)) == 3


def test_no_backups_yet(qtbot, workspace, clock):
    service = BackupService(clock, workspace.data_file, workspace.settings, tz=UTC)
    dialog = opened(qtbot, workspace, service)

    assert "when it closes" in dialog.intro_label.text()
    assert not dialog.list.isVisible()
    assert not dialog.restore_button.isEnabled()
    assert QApplication.focusWidget() is dialog.json_button

    with qtbot.waitSignal(dialog.json_requested):
        press(qtbot, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_open_backups_folder(qtbot, workspace, clock, monkeypatch: pytest.MonkeyPatch):
    service = BackupService(clock, workspace.data_file, workspace.settings, tz=UTC)
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    dialog = opened(qtbot, workspace, service)
    tab_to(qtbot, dialog.folder_button)
    press(qtbot, Qt.Key.Key_Space)
    assert [Path(url.toLocalFile()) for url in opened_urls] == [service.folder]
    assert service.folder.is_dir()

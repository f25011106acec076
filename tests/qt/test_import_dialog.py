"""File → Import…: the preview, writing on a worker thread, and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.import_plan import PlanAction
from netdesk.views.import_dialog import ImportDialog

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def open_dialog(qtbot, workspace, path: Path) -> ImportDialog:
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10_000)
    return dialog


def test_preview_lists_every_row_then_import_writes_them(qtbot, workspace, tmp_path) -> None:
    workspace.contacts.create(ContactDraft(first_name="Mei", emails=("mei@example.org",)))
    path = write_csv(
        tmp_path / "Connections.csv",
        "Anna,Kowalska,https://www.linkedin.com/in/anna,,Acme,Designer,09 Oct 2024",
        "Mei,Ng,,mei@example.org,Museum,Guide,09 Oct 2024",
        "Anna,Kowalska,https://www.linkedin.com/in/anna/,,Acme,,",
        "Bad,Row,,not-an-email,,,",
    )
    dialog = open_dialog(qtbot, workspace, path)

    assert dialog.format_box.currentData() == "linkedin"
    assert "4 rows: 1 new, 1 to update, 1 already known or repeated, 1 skipped" in (
        dialog.status_label.text()
    )
    model = dialog.model
    actions = [model.planned_row(r).action for r in range(model.rowCount())]
    assert actions == [PlanAction.NEW, PlanAction.UPDATE, PlanAction.DUPLICATE, PlanAction.SKIPPED]
    assert "not an email address" in model.index(3, 5).data()
    assert model.index(3, 2).data() == "Bad Row"  # whose row is skipped
    assert "same person as line 2" in model.index(2, 5).data()

    # Show only the skipped rows, from the keyboard.
    for _ in range(4):
        qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Down)
    assert dialog.filter_box.currentText() == "Skipped (1)"
    assert model.rowCount() == 1
    assert dialog.import_button.text() == "&Import 2 contacts"

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(imported.args[0].created_ids) == 1
    assert workspace.contacts.count() == 2
    (mei,) = workspace.contacts.get_many(workspace.contacts.search_ids("mei"))
    assert mei.organisation_name == "Museum"


def test_a_refused_file_names_itself_and_writes_nothing(qtbot, workspace, tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialog = open_dialog(qtbot, workspace, path)

    assert str(path) in dialog.status_label.text()
    assert "Nothing has been imported" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.format_box.isEnabled()
    assert workspace.contacts.count() == 0


def test_choosing_another_format_reads_the_file_again(qtbot, workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "export.csv", "Anna,Kowalska,,,Acme,,09 Oct 2024")
    dialog = open_dialog(qtbot, workspace, path)
    assert dialog.import_button.isEnabled()

    dialog.format_box.setCurrentIndex(dialog.format_box.findData("vcard"))
    dialog.format_box.activated.emit(dialog.format_box.currentIndex())
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10_000)

    assert "does not look like" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_while_writing_rolls_everything_back(qtbot, workspace, tmp_path) -> None:
    workspace.contacts.create(ContactDraft(first_name="Kept"))
    rows = [f"Person{i},Tester,,p{i}@example.org,Org {i % 9},,09 Oct 2024" for i in range(6_000)]
    dialog = open_dialog(qtbot, workspace, write_csv(tmp_path / "big.csv", *rows))

    # Hold the write at its first progress report until Cancel has been pressed.
    release = threading.Event()
    real_apply = workspace.importing.apply

    def held_apply(plan, progress):
        def report(done: int, total: int) -> None:
            if done:
                release.wait(10)
            progress(done, total)

        return real_apply(plan, report)

    workspace.importing.apply = held_apply
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 6_000, timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Stopping" in dialog.status_label.text()
    release.set()

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert workspace.contacts.count() == 1
    assert workspace.organisations.count() == 0


def test_cancel_while_reading_closes_once_reading_stopped(qtbot, workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "Connections.csv", "Anna,Kowalska,,,Acme,,09 Oct 2024")
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # at once, while the file is being read

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog._job is None
    assert workspace.contacts.count() == 0


def test_a_file_dropped_on_the_window_opens_the_import(qtbot, window, workspace, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = write_csv(tmp_path / "Connections.csv", "Anna,Kowalska,,,Acme,,09 Oct 2024")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)

    dialog = window._open_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter presses the default button
    qtbot.waitUntil(lambda: workspace.contacts.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Imported 1 new contact" in window.statusBar().currentMessage())

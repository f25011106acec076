"""File → Export…: format, scope, and the file written."""

from __future__ import annotations

import csv
import io
import stat

from PySide6.QtCore import Qt

from netdesk.domain.contacts import ContactDraft
from netdesk.interchange.vcard_read import read_vcard
from netdesk.views.export_dialog import ExportDialog


def test_selected_contacts_export_as_vcard_4(qtbot, workspace, tmp_path, monkeypatch) -> None:
    ann = workspace.contacts.create(
        ContactDraft(first_name="Ann", last_name="Lee", notes="Met at the fair", tags=("museums",))
    )
    bo = workspace.contacts.create(ContactDraft(first_name="Bo", last_name="Ek"))
    workspace.contacts.create(ContactDraft(first_name="Cy", last_name="Ng"))
    target = tmp_path / "chosen.vcf"
    dialog = ExportDialog(workspace, [ann.id, bo.id])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "chosen_path", lambda suggestion: str(target))
    dialog.show()

    assert dialog.selected_button.isChecked()  # several selected: export those
    dialog.format_group.button(1).click()  # vCard 4.0
    assert dialog.default_name().endswith(".vcf")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.result_export is not None
    assert dialog.result_export.records == 2
    read = read_vcard(target)
    assert sorted(d.first_name for _, d in read.records) == ["Ann", "Bo"]
    assert "VERSION:4.0" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_of_everyone_neutralises_formulas(qtbot, workspace, tmp_path, monkeypatch) -> None:
    workspace.contacts.create(ContactDraft(first_name="=HYPERLINK(1)", last_name="Evil"))
    target = tmp_path / "all.csv"
    dialog = ExportDialog(workspace, [])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "chosen_path", lambda suggestion: str(target))
    dialog.show()

    assert not dialog.selected_button.isEnabled()
    dialog.format_group.button(2).click()  # CSV
    assert not dialog.todos_box.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][0] == "'=HYPERLINK(1)"

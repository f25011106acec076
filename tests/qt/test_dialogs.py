"""Organisation, promise and channel editing, driven through the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.organisations import OrganisationDraft
from netdesk.views.channels_dialog import ChannelsDialog
from netdesk.views.organisation_dialog import OrganisationDialog
from netdesk.views.promise_dialog import PromiseDialog


def shown(qtbot, window, kind):
    qtbot.waitUntil(
        lambda: isinstance(window._open_dialog, kind) and window._open_dialog.isVisible()
    )
    dialog = window._open_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_target_employer_with_research_notes(qtbot, window, workspace):
    window.new_organisation_action.trigger()
    dialog = shown(qtbot, window, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "Museum Het Zuiderlicht")
    qtbot.keyClicks(dialog.website, "zuiderlicht.example")
    dialog.is_target.setChecked(True)
    qtbot.keyClicks(dialog.culture, "Informal, flat, lots of volunteers")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_panel() is window.organisations
    [organisation] = workspace.organisations.get_many(workspace.organisations.search_ids())
    assert organisation.is_target
    assert organisation.website == "https://zuiderlicht.example"
    assert "Informal, flat" in window.organisations.browser.toPlainText()
    window.organisations.targets_only.setChecked(True)
    assert window.organisations.model.rowCount() == 1


def test_organisation_names_are_unique_ignoring_case(qtbot, window, workspace):
    workspace.organisations.create(OrganisationDraft(name="Acme B.V."))
    window.new_organisation_action.trigger()
    dialog = shown(qtbot, window, OrganisationDialog)
    qtbot.keyClicks(dialog.name, "ACME b.v.")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert '"ACME b.v." already exists' in dialog.error_label.text()
    assert workspace.organisations.count() == 1


def test_a_promise_for_the_selected_person(qtbot, window, workspace):
    ann = workspace.contacts.create(ContactDraft(first_name="Ann", last_name="Smith"))
    window.changes.contacts_changed.emit()
    window.contacts.select_id(ann.id)
    window.new_promise_action.trigger()
    dialog = shown(qtbot, window, PromiseDialog)
    assert dialog.person.text() == "Ann Smith"
    assert QApplication.focusWidget() is dialog.description
    qtbot.keyClicks(dialog.description, "Introduce me to the head of collections")
    dialog.due.check.setChecked(True)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [promise] = workspace.promises.get_many(workspace.promises.search_ids())
    assert promise.contact_id == ann.id
    assert promise.due_on is not None
    assert "Introduce me to the head of collections" in window.contacts.browser.toPlainText()


def test_channels_can_be_added_renamed_reordered_and_archived(
    qtbot, window, workspace, monkeypatch
):
    window.channels_action.trigger()
    dialog = shown(qtbot, window, ChannelsDialog)
    names = iter(["Conference", "Conference talk"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(names), True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text() == "Conference"
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    channels = workspace.channels.all(include_archived=True)
    talk = next(c for c in channels if c.name == "Conference talk")
    assert talk.archived
    assert channels[-2] is not None
    assert channels[-2].name == "Conference talk"
    assert talk.id not in {c.id for c in workspace.channels.all()}

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("coffee", True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.error.text()


def test_demo_opens_a_living_network_in_a_throwaway_folder(qapp, tmp_path, monkeypatch):
    from netdesk import app
    from netdesk.views.main_window import MainWindow

    seen: dict[str, object] = {}

    def fake_exec() -> int:
        [window] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        window.contacts.ensure_loaded()
        seen["title"] = window.windowTitle()
        seen["contacts"] = window.contacts.model.rowCount()
        seen["folder"] = window.workspace.data_dir
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    own = tmp_path / "mine"
    assert app.run_gui(own, demo=True) == 0
    assert "demo network" in str(seen["title"]).lower()
    assert int(seen["contacts"]) >= 38  # type: ignore[call-overload]
    assert not Path(str(seen["folder"])).exists()  # thrown away on exit
    assert not own.exists()  # the user's own folder was never touched

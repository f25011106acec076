"""The Help menu: the networking guide with its links to the screens, the
keyboard shortcuts read from the window's actions, About with its data-folder
link, and a status tip on every menu action."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from netdesk.views import about_dialog
from netdesk.views.about_dialog import AboutDialog
from netdesk.views.guide_dialog import GuideDialog
from netdesk.views.shortcuts_dialog import ShortcutsDialog, plain_action_text


def menu_actions(window) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            if isinstance(action.menu(), QMenu):
                walk(action.menu())
            else:
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def help_action(window, text: str) -> QAction:
    [action] = [a for a in menu_actions(window) if plain_action_text(a.text()) == text]
    return action


def test_every_menu_action_has_a_status_tip(window):
    actions = menu_actions(window)
    assert len(actions) > 25
    missing = [a.text() for a in actions if not a.statusTip().strip()]
    assert missing == []


def test_the_help_menu_offers_guide_shortcuts_tour_and_about(window):
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    texts = [plain_action_text(a.text()) for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["Networking guide", "Keyboard shortcuts", "Tour", "About netdesk"]


def test_each_guide_point_leads_to_the_screen_that_serves_it(qtbot, window):
    window.show_guide()
    guide = window._open_dialog
    assert isinstance(guide, GuideDialog)
    points = list(guide.buttons)
    assert len(points) >= 12
    overview = next(p for p in points if p.text.startswith("Keep an overview of whom"))
    assert overview.screen == "conversations"
    qtbot.mouseClick(guide.buttons[overview], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.conversations
    qtbot.waitUntil(lambda: not guide.isVisible())


def test_every_guide_link_names_a_screen_of_the_window(qtbot, window):
    guide = GuideDialog()
    qtbot.addWidget(guide)
    for point, button in guide.buttons.items():
        page = window.screen_page(point.screen)
        window.show_screen(point.screen)
        assert window.current_page() is page
        assert guide.screen_names()[point.screen] in button.text()


def test_the_shortcuts_list_holds_every_menu_action_with_a_key(qtbot, window):
    window.show_shortcuts()
    dialog = window._open_dialog
    assert isinstance(dialog, ShortcutsDialog)
    listed = {(row.what, row.keys) for row in dialog.rows}
    with_keys = [a for a in menu_actions(window) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 15
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert any(
            what == plain_action_text(action.text()) and keys in shown for what, shown in listed
        ), action.text()
    assert any(row.keys == "F2" for row in dialog.rows)  # keys inside screens too
    dialog.reject()


def test_the_shortcuts_list_is_searchable(qtbot, window):
    window.show_shortcuts()
    dialog = window._open_dialog
    qtbot.keyClicks(dialog.search, "promise")
    shown = dialog.visible_texts()
    assert "New promise" in shown
    assert "Quit" not in shown
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zzzz")
    assert dialog.visible_texts() == []
    assert "zzzz" in dialog.none_label.text()
    dialog.reject()


def test_about_names_version_licence_privacy_and_opens_the_data_folder(
    qtbot, window, workspace, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(
        about_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    help_action(window, "About netdesk").trigger()
    about = window._open_dialog
    assert isinstance(about, AboutDialog)
    text = " ".join(label.text() for label in about.findChildren(about_dialog.QLabel))
    assert "GPL-3.0-or-later" in text
    assert "no network" in text
    assert str(workspace.data_dir) in about.folder_link.text()
    about.folder_link.linkActivated.emit(about.folder_link.text())
    assert [url.toLocalFile() for url in opened] == [str(workspace.data_dir)]
    about.reject()


def test_a_folder_name_with_markup_is_shown_as_words(qtbot, tmp_path):
    folder = tmp_path / "<b>mine & yours</b>"
    about = AboutDialog("1.0", folder, folder / "netdesk.sqlite3")
    qtbot.addWidget(about)
    assert "&lt;b&gt;mine &amp; yours&lt;/b&gt;" in about.folder_link.text()


def test_help_tour_starts_the_tour_even_after_it_was_done(qtbot, window, settings):
    settings.setValue("tour/done", True)
    help_action(window, "Tour").trigger()
    assert window.tour is not None
    qtbot.waitUntil(window.tour.isVisible)
    window.tour.reject()

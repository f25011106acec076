"""The interface language: Dutch or English from the setting or the system
locale, Qt's own buttons included, and Dutch text that fits its widgets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from netdesk.i18n import (
    chosen_language,
    install_translators,
    language_setting,
    remove_translators,
    save_language_setting,
)
from netdesk.services.workspace import Workspace
from tests.qt.test_accessibility import open_each_dialog, people  # noqa: F401 (a fixture)

# Set NETDESK_SCREENSHOT_DIR to keep a picture of each screen checked, to look at.
SCREENSHOTS = Path(os.environ.get("NETDESK_SCREENSHOT_DIR", "/nonexistent"))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Install translators for one test, and leave English behind."""
    locale = QLocale()

    def install(setting: str) -> str:
        return install_translators(qapp, setting)

    yield install
    remove_translators(qapp)
    QLocale.setDefault(locale)


def _window(qtbot, workspace: Workspace, settings: QSettings):
    from netdesk.views.main_window import MainWindow

    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menu_titles(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def _tab_titles(win) -> list[str]:
    return [win.tabs.tabText(i) for i in range(win.tabs.count())]


def test_dutch_window_menus_tabs_and_standard_buttons(qtbot, workspace, settings, language):
    assert language("nl") == "nl"
    win = _window(qtbot, workspace, settings)
    try:
        menus = _menu_titles(win)
        assert "&Bestand" in menus
        assert "Be&werken" in menus
        assert "&File" not in menus
        tabs = _tab_titles(win)
        assert "&Contacten" in tabs
        assert "&Toezeggingen" in tabs
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuleren"
        assert QLocale().language() == QLocale.Language.Dutch
    finally:
        win.close()


def test_english_window(qtbot, workspace, settings, language):
    assert language("en") == "en"
    win = _window(qtbot, workspace, settings)
    try:
        assert "&File" in _menu_titles(win)
        assert "&Contacts" in _tab_titles(win)
    finally:
        win.close()


def test_english_plurals_come_from_the_english_file(language):
    from PySide6.QtCore import QCoreApplication

    language("en")
    assert QCoreApplication.translate("panels", "%n contact(s)", None, 1) == "1 contact"
    assert QCoreApplication.translate("panels", "%n contact(s)", None, 2) == "2 contacts"


def test_setting_overrides_the_system_locale():
    dutch, belgian, german = QLocale("nl_NL"), QLocale("nl_BE"), QLocale("de_DE")
    assert chosen_language("en", dutch) == "en"
    assert chosen_language("nl", german) == "nl"
    assert chosen_language("system", belgian) == "nl"
    assert chosen_language("system", german) == "en"
    assert chosen_language(None, dutch) == "nl"
    assert chosen_language("klingon", dutch) == "nl"


def test_language_setting_is_kept(settings):
    assert language_setting(settings) == "system"
    save_language_setting("nl", settings)
    assert language_setting(settings) == "nl"
    with pytest.raises(ValueError, match="fr"):
        save_language_setting("fr", settings)


def _settle() -> None:
    """Let layouts finish: a wrapped label's height is known only after its
    width is, one pass of the event loop later."""
    for _ in range(3):
        QApplication.processEvents()


def _cut_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and checkboxes whose text does not fit."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or widget.pixmap() is not None:
                continue
            if widget.wordWrap():
                # Wrapped text is cut at the bottom when it gets fewer lines than it needs.
                needed = widget.heightForWidth(widget.width())
                if widget.height() + 1 < needed:
                    cut.append(f"wrapped {widget.text()!r}: {widget.height()} < {needed}")
                continue
            if widget.metaObject().className() != "QLabel":
                continue  # our own labels elide on purpose, with the full text in a tooltip
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text:
                continue
        else:
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            cut.append(
                f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.sizeHint().width()}"
            )
    return cut


def test_dutch_text_fits_on_the_main_screens(qtbot, workspace, settings, language):
    """Each tab at the default window size, in Dutch: no text cut short.
    With NETDESK_SCREENSHOT_DIR set, each tab is saved there as nl_<tab>.png."""
    language("nl")
    win = _window(qtbot, workspace, settings)
    try:
        problems: dict[str, list[str]] = {}
        tabs = win.tabs
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle()
            name = tabs.tabText(index).replace("&", "").split(" ")[0].lower()
            if SCREENSHOTS.is_dir():
                win.grab().save(str(SCREENSHOTS / f"nl_{name}.png"))
            cut = _cut_texts(tabs.currentWidget())
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                cut.append(f"tab {tabs.tabText(index)!r}")
            if cut:
                problems[name] = cut
        assert not problems, problems
    finally:
        win.close()


def test_dutch_text_fits_in_the_main_dialogs(qtbot, workspace, settings, language, people):  # noqa: F811
    """The record, message, channel, template, goal and phrase dialogs in Dutch,
    at the size they open with: no text cut short."""
    language("nl")
    win = _window(qtbot, workspace, settings)
    try:
        problems: dict[str, list[str]] = {}
        for dialog in open_each_dialog(qtbot, win, workspace, people):
            _settle()
            name = dialog.objectName() or type(dialog).__name__
            if SCREENSHOTS.is_dir():
                dialog.grab().save(str(SCREENSHOTS / f"nl_{name}.png"))
            cut = _cut_texts(dialog)
            if cut:
                problems[name] = cut
        assert not problems, problems
    finally:
        win.close()

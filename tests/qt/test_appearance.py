"""Look and feel: the icon set, light and dark, and dates that read like speech."""

from __future__ import annotations

import re
from datetime import date, timedelta
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.models.formatting import relative_day
from netdesk.models.tables import ContactTableModel
from netdesk.paths import resource_path
from netdesk.services.contacts import ContactSort
from netdesk.views.appearance import (
    SETTINGS_KEY,
    ColorScheme,
    Tone,
    appearance_menu,
    apply_color_scheme,
    apply_saved_color_scheme,
    dark_palette,
    is_dark,
    light_palette,
    read_color_scheme,
    set_tone,
    tone_colour,
)
from netdesk.views.icons import ACTION_ICONS, VIEW_ICONS, apply_icons, icon, icon_names

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def app(qapp: QApplication):
    yield qapp
    apply_color_scheme(qapp, ColorScheme.SYSTEM)  # the next test starts as the platform is


# Icons -----------------------------------------------------------------------


def test_every_named_icon_exists():
    names = set(icon_names())
    assert set(ACTION_ICONS.values()) <= names
    assert set(VIEW_ICONS.values()) <= names


@pytest.mark.parametrize("name", icon_names())
def test_each_icon_is_a_consistent_line_drawing(name):
    source = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    root = ElementTree.fromstring(source)
    assert root.get("viewBox") == "0 0 24 24"
    [group] = root.findall(f"{SVG}g")
    assert group.get("stroke") == "currentColor"
    assert 1.75 <= float(group.get("stroke-width", "0")) <= 2
    assert group.get("stroke-linecap") == "round"
    assert group.get("stroke-linejoin") == "round"
    # One colour only, chosen at load: nothing names a colour of its own.
    assert not re.search(r"#[0-9a-fA-F]{3,8}|rgb\(", source)
    assert QSvgRenderer(QByteArray(source.encode())).isValid()


def _ink(qicon: QIcon, pixels: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The most opaque pixel's colour: the colour the lines are drawn in."""
    image = qicon.pixmap(pixels, pixels, mode).toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def test_icons_are_drawn_in_the_palettes_text_colours(app):
    light = light_palette()
    dark = dark_palette()
    text = QPalette.ColorRole.WindowText
    assert _ink(icon("edit", light), 24).name() == light.color(text).name()
    assert _ink(icon("edit", dark), 24).name() == dark.color(text).name()
    disabled = dark.color(QPalette.ColorGroup.Disabled, text)
    assert _ink(icon("edit", dark), 24, QIcon.Mode.Disabled).name() == disabled.name()


def test_icons_are_rendered_for_double_density_not_scaled_up(app):
    sizes = {(s.width(), s.height()) for s in icon("find").availableSizes()}
    assert {(16, 16), (24, 24), (32, 32), (48, 48), (64, 64)} <= sizes
    # A 24-pixel toolbar button at 200% gets a picture drawn at 48 pixels.
    assert icon("find").pixmap(QSize(24, 24), 2.0).width() == 48


def test_the_window_shows_an_icon_for_every_action_and_screen(app, window):
    apply_icons(window)
    for attribute in ACTION_ICONS:
        owner = window
        for part in attribute.split("."):
            owner = getattr(owner, part, None)
        if owner is not None:
            assert not owner.icon().isNull(), attribute
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull(), window.tabs.tabText(index)
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None or action.isCheckable():
                continue
            assert not action.icon().isNull(), action.text()


def test_icons_are_tinted_again_when_the_window_turns_dark(app, qtbot, window):
    apply_icons(window)
    before = _ink(window.edit_action.icon(), 24)
    apply_color_scheme(app, ColorScheme.DARK)
    after = QApplication.palette().color(QPalette.ColorRole.WindowText)
    qtbot.waitUntil(lambda: _ink(window.edit_action.icon(), 24).name() == after.name())
    assert before.name() != after.name()
    tab = window.tabs.tabIcon(window.tabs.indexOf(window.tab_pages["contacts"]))
    assert _ink(tab, 24).name() == after.name()


# Light and dark ----------------------------------------------------------------


def test_forcing_dark_works_even_where_the_platform_cannot_switch(app):
    apply_color_scheme(app, ColorScheme.DARK)
    assert is_dark(app.palette())
    base = app.palette().color(QPalette.ColorRole.Base)
    text = app.palette().color(QPalette.ColorRole.Text)
    assert _contrast(text, base) >= 7
    apply_color_scheme(app, ColorScheme.LIGHT)
    assert not is_dark(app.palette())
    apply_color_scheme(app, ColorScheme.SYSTEM)
    assert not is_dark(app.palette())  # the offscreen platform is light


def test_the_saved_choice_is_applied_at_start(app, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert read_color_scheme(settings) is ColorScheme.SYSTEM
    settings.setValue(SETTINGS_KEY, "dark")
    apply_saved_color_scheme(app, settings)
    assert is_dark(app.palette())
    settings.setValue(SETTINGS_KEY, "purple")  # a hand-edited file
    assert read_color_scheme(settings) is ColorScheme.SYSTEM


def test_view_appearance_switches_at_once_and_remembers(app, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    label = QLabel("x")
    qtbot.addWidget(label)
    menu = appearance_menu(label, settings)
    actions = {ColorScheme(a.data()): a for a in menu.actions()}
    assert actions[ColorScheme.SYSTEM].isChecked()
    actions[ColorScheme.DARK].trigger()
    assert is_dark(app.palette())
    assert settings.value(SETTINGS_KEY) == "dark"
    assert actions[ColorScheme.DARK].isChecked()
    assert not actions[ColorScheme.SYSTEM].isChecked()
    actions[ColorScheme.SYSTEM].trigger()
    assert not is_dark(app.palette())
    assert settings.value(SETTINGS_KEY) == "system"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_warnings_stay_readable_on_either_background(app, palette):
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert _contrast(tone_colour(Tone.ATTENTION, palette), palette.color(role)) >= 4.5


def test_a_toned_label_follows_a_switch_to_dark(app, qtbot):
    label = QLabel("Overdue")
    qtbot.addWidget(label)
    set_tone(label, Tone.ATTENTION, bold=True)
    light_red = tone_colour(Tone.ATTENTION).name()
    assert light_red in label.styleSheet()
    apply_color_scheme(app, ColorScheme.DARK)
    assert tone_colour(Tone.ATTENTION).name() in label.styleSheet()
    assert light_red not in label.styleSheet()
    assert "font-weight: 600" in label.styleSheet()
    set_tone(label, None)
    apply_color_scheme(app, ColorScheme.LIGHT)
    assert label.styleSheet() == ""


# Dates ---------------------------------------------------------------------------

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("offset", "text"),
    [
        (0, "today"),
        (-1, "yesterday"),
        (1, "tomorrow"),
        (-3, "3 days ago"),
        (5, "in 5 days"),
        (-13, "13 days ago"),
        (-14, "2 weeks ago"),
        (20, "in 2 weeks"),
        (-75, "2 months ago"),
        (200, "in 6 months"),
    ],
)
def test_near_dates_read_as_people_say_them(app, offset, text):
    assert relative_day(TODAY + timedelta(days=offset), TODAY) == text


def test_dates_more_than_a_year_away_are_shown_as_dates(app):
    far = date(2024, 6, 1)
    shown = relative_day(far, TODAY)
    assert "2024" in shown or "24" in shown
    assert "ago" not in shown


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-2000, max_value=2000))
def test_every_relative_date_says_which_side_of_today_it_is(offset):
    shown = relative_day(TODAY + timedelta(days=offset), TODAY)
    assert shown
    if 1 < -offset < 365:
        assert shown.endswith(" ago")
    if 1 < offset < 365:
        assert shown.startswith("in ")
    assert "(s)" not in shown


def test_last_spoke_is_relative_with_the_exact_date_on_hover(app, workspace, clock):
    names = {"Ann": 1, "Bram": 20, "Cas": 3}
    for name, days in names.items():
        contact = workspace.contacts.create(ContactDraft(first_name=name))
        workspace.conversations.create(
            ConversationDraft(contact_id=contact.id, occurred_at=clock.now() - timedelta(days=days))
        )
    model = ContactTableModel(workspace.contacts, clock=clock)
    column = next(i for i, c in enumerate(model.columns) if c.key == "last_conversation")
    model.sort(column, Qt.SortOrder.DescendingOrder)
    model.refresh()
    assert model.columns[column].sort is ContactSort.LAST_CONVERSATION
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    # Newest first by the stored moment, not alphabetically by the words.
    assert shown == ["yesterday", "3 days ago", "2 weeks ago"]
    tooltip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026" in tooltip
    assert "January" in tooltip or "14" in tooltip

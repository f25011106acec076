"""Light and dark: follow the system, or force one (View → Appearance).

Qt 6 follows the system's colour scheme on Windows, macOS and most Linux
desktops, and ``QStyleHints.setColorScheme`` asks the platform to switch.
Where the platform cannot (the offscreen platform, older desktops, styles
without a dark look), netdesk switches to the Fusion style with a palette of
its own, so a forced choice always takes effect.

Colours that carry meaning (a warning, a muted hint) come from here too, in
a shade that stays readable on the current background; they are never the
only sign, as every warning also says so in words.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory, QWidget

SETTINGS_KEY = "ui/color_scheme"
_TONE_PROPERTY = "netdeskTone"


class ColorScheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Tone(StrEnum):
    """What a coloured text means."""

    ATTENTION = "attention"  # something is wrong or late
    MUTED = "muted"  # a hint that stays in the background


def read_color_scheme(settings: QSettings | None = None) -> ColorScheme:
    value = (settings or QSettings()).value(SETTINGS_KEY, ColorScheme.SYSTEM.value)
    try:
        return ColorScheme(str(value))
    except ValueError:
        return ColorScheme.SYSTEM


def save_color_scheme(scheme: ColorScheme, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(SETTINGS_KEY, scheme.value)


class _Original:
    """The style the platform chose, to go back to on "System"."""

    style_name: str | None = None
    forced = False


def apply_saved_color_scheme(app: QApplication, settings: QSettings | None = None) -> None:
    """Start-up: the scheme saved in ``ui/color_scheme`` (System when unset)."""
    apply_color_scheme(app, read_color_scheme(settings))


def apply_color_scheme(app: QApplication, setting: ColorScheme | str) -> None:
    """Follow the system (``system``) or force ``light`` or ``dark``."""
    try:
        scheme = ColorScheme(setting)
    except ValueError:
        scheme = ColorScheme.SYSTEM
    style = app.style()
    if _Original.style_name is None and style is not None:
        _Original.style_name = style.name()
    hints = app.styleHints()
    if _Original.forced:
        _restore_platform_look(app)
    if scheme is ColorScheme.SYSTEM:
        hints.unsetColorScheme()
    else:
        wanted = Qt.ColorScheme.Dark if scheme is ColorScheme.DARK else Qt.ColorScheme.Light
        hints.setColorScheme(wanted)
        if is_dark(app.palette()) != (scheme is ColorScheme.DARK):
            # The platform could not switch: draw it ourselves.
            app.setStyle(QStyleFactory.create("Fusion"))
            app.setPalette(dark_palette() if scheme is ColorScheme.DARK else light_palette())
            _Original.forced = True
    refresh_tones()


def _restore_platform_look(app: QApplication) -> None:
    if _Original.style_name:
        app.setStyle(QStyleFactory.create(_Original.style_name))
    # A palette that sets no role: the platform's own palette again, which
    # keeps following the system's later changes.
    app.setPalette(QPalette())
    _Original.forced = False


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A calm dark palette: soft contrast, text at about 13:1 on its base."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e4e5e7",
        roles.Base: "#1f2023",
        roles.AlternateBase: "#27292c",
        roles.ToolTipBase: "#3a3d41",
        roles.ToolTipText: "#e4e5e7",
        roles.PlaceholderText: "#9a9da3",
        roles.Text: "#e4e5e7",
        roles.Button: "#36383c",
        roles.ButtonText: "#e4e5e7",
        roles.BrightText: "#ffffff",
        roles.Light: "#4a4d52",
        roles.Midlight: "#3e4145",
        roles.Mid: "#303236",
        roles.Dark: "#1a1b1d",
        roles.Shadow: "#000000",
        roles.Highlight: "#3b6fd1",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#82aaff",
        roles.LinkVisited: "#c099ff",
        roles.Accent: "#3b6fd1",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7c7f85"))
    palette.setColor(disabled, roles.Highlight, QColor("#44474c"))
    palette.setColor(disabled, roles.Base, QColor("#26282b"))
    return palette


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` on this palette's background (AA contrast)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    dark = is_dark(palette)
    if tone is Tone.ATTENTION:
        return QColor("#ff8a7a" if dark else "#c0392b")
    return palette.color(QPalette.ColorRole.PlaceholderText)


def tone_style(tone: Tone, *, bold: bool = False) -> str:
    """A style sheet for a label's text in ``tone`` (for the current palette)."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {tone_colour(tone).name()};{weight}"


def set_tone(widget: QWidget, tone: Tone | None, *, bold: bool = False) -> None:
    """Colour a widget's text by meaning; ``None`` puts the plain colour back.
    The colour follows later switches between light and dark."""
    widget.setProperty(_TONE_PROPERTY, f"{tone.value}:{int(bold)}" if tone else "")
    widget.setStyleSheet(tone_style(tone, bold=bold) if tone else "")
    key = id(widget)
    if key not in _toned:
        _toned[key] = widget
        widget.destroyed.connect(lambda *_args, key=key: _toned.pop(key, None))


# The widgets set_tone has coloured, until Qt destroys them. Walking
# QApplication.allWidgets() instead touched widgets being torn down (a crash).
_toned: dict[int, QWidget] = {}


def refresh_tones() -> None:
    """Re-colour every toned widget for the palette now in use."""
    for widget in list(_toned.values()):
        value = widget.property(_TONE_PROPERTY)
        if isinstance(value, str) and value:
            name, _, bold = value.partition(":")
            widget.setStyleSheet(tone_style(Tone(name), bold=bold == "1"))


def appearance_menu(parent: QWidget, settings: QSettings | None = None) -> QMenu:
    """View → Appearance: System, Light or Dark, applied at once and kept."""
    menu = QMenu(_tr("&Appearance"), parent)
    menu.setObjectName("appearanceMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = read_color_scheme(settings)
    labels = {
        ColorScheme.SYSTEM: (
            _tr("Like the &system"),
            _tr("Light or dark as your computer is set"),
        ),
        ColorScheme.LIGHT: (_tr("&Light"), _tr("Dark text on a light background")),
        ColorScheme.DARK: (_tr("&Dark"), _tr("Light text on a dark background")),
    }
    for scheme, (text, tip) in labels.items():
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(scheme is current)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setData(scheme.value)
        group.addAction(action)
        menu.addAction(action)

    def choose(action: QAction) -> None:
        chosen = ColorScheme(str(action.data()))
        save_color_scheme(chosen, settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_color_scheme(app, chosen)

    group.triggered.connect(choose)
    return menu


def _tr(text: str) -> str:
    return QApplication.translate("appearance", text)

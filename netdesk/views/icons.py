"""netdesk's icons: line drawings in resources/icons, tinted to the palette.

Each SVG draws with ``currentColor``; it is rendered here in the palette's
text colour (and its disabled and highlighted text colours), so one set of
files reads well in light and dark. The pixmaps are rendered at every size a
toolbar, menu or tab asks for up to 200% scaling, so nothing is blurred by
scaling a smaller picture up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QToolBar, QWidget
from typing_extensions import override

from netdesk.paths import resource_path

# The sizes the icons are said to come in (any size is drawn on demand):
# logical 16-32 px at 100%, 150% and 200%.
_PIXEL_SIZES = (16, 20, 24, 32, 36, 40, 48, 64)

_ICON_PROPERTY = "netdeskIcon"  # an action's icon name, to tint it again

# Each action attribute of the main window (or of its ``interchange``) and
# the icon it shows.
ACTION_ICONS: dict[str, str] = {
    "new_contact_action": "new-contact",
    "new_organisation_action": "new-organisation",
    "log_conversation_action": "log-conversation",
    "new_promise_action": "new-promise",
    "prepare_meeting_action": "prepare-meeting",
    "message_action": "write-message",
    "open_folder_action": "open-folder",
    "quit_action": "quit",
    "undo_action": "undo",
    "redo_action": "redo",
    "edit_action": "edit",
    "delete_action": "delete",
    "thanks_action": "thanks",
    "done_action": "done",
    "find_action": "find",
    "trash_action": "trash",
    "channels_action": "channels",
    "templates_action": "templates",
    "about_action": "about",
    "help_action": "help",
    "guide_action": "guide",
    "shortcuts_action": "keyboard",
    "tour_action": "tour",
    "meetings_action": "meetings",
    "today_action": "today",
    "inventory_action": "inventory",
    "pitch_action": "pitch",
    "interchange.import_action": "import",
    "interchange.export_action": "export",
    "interchange.restore_action": "restore",
    "interchange.duplicates_action": "duplicates",
}

# Each screen (a main-window attribute) and its icon, for tabs and the View menu.
VIEW_ICONS: dict[str, str] = {
    "today": "today",
    "contacts": "contacts",
    "organisations": "organisations",
    "inventory": "inventory",
    "conversations": "conversations",
    "promises": "promises",
    "pitch": "pitch",
    "meetings": "meetings",
}


def icon_names() -> list[str]:
    """Every icon resources/icons holds."""
    return sorted(path.stem for path in resource_path("icons").glob("*.svg"))


@cache
def _svg_source(name: str) -> str:
    path = resource_path("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8")


def tinted_pixmap(name: str, pixels: int, colour: QColor) -> QPixmap:
    """One icon drawn ``pixels`` square in ``colour`` (transparent elsewhere)."""
    return _tinted_pixmap(name, pixels, colour.name(QColor.NameFormat.HexArgb))


@cache
def _tinted_pixmap(name: str, pixels: int, colour: str) -> QPixmap:
    # Qt's SVG renderer reads a hex colour with alpha as #AARRGGBB only in
    # some attributes, so the alpha goes into the painter's opacity instead.
    rgb = "#" + colour[3:]
    alpha = int(colour[1:3], 16) / 255
    svg = _svg_source(name).replace("currentColor", rgb)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(alpha)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return pixmap


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The named icon in the palette's text colours (the application's by default).

    Disabled actions get the palette's disabled text colour and selected items
    (a highlighted menu entry) its highlighted-text colour. Each size and
    state is drawn when first asked for, at the screen's pixel ratio: drawing
    every icon in every size up front cost 170 ms of start-up.
    """
    palette = palette if palette is not None else QApplication.palette()
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    colours = {
        QIcon.Mode.Normal: palette.color(group.Active, role.WindowText),
        QIcon.Mode.Active: palette.color(group.Active, role.WindowText),
        QIcon.Mode.Disabled: palette.color(group.Disabled, role.WindowText),
        QIcon.Mode.Selected: palette.color(group.Active, role.HighlightedText),
    }
    return QIcon(_TintedSvgEngine(name, colours))


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG icon in a colour per mode, at the size asked for."""

    def __init__(self, name: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._name = name
        self._colours = colours

    @override
    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    @override
    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = QPixmap(tinted_pixmap(self._name, pixels, self._colours[mode]))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    @override
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    @override
    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(pixels, pixels) for pixels in _PIXEL_SIZES]

    @override
    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._colours)


def _attribute(owner: object, dotted: str) -> object | None:
    for part in dotted.split("."):
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return owner


def apply_icons(window: QMainWindow) -> None:
    """Put the icons on the main window's actions, tabs and View menu, show
    them beside the toolbar's words, and tint them again whenever the palette
    changes (a switch between light and dark)."""
    _set_icons(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    if toolbar is not None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if window.findChild(_PaletteWatcher) is None:
        watcher = _PaletteWatcher(window)
        window.installEventFilter(watcher)


def _set_icons(window: QMainWindow) -> None:
    palette = QApplication.palette()
    for attribute, name in ACTION_ICONS.items():
        action = _attribute(window, attribute)
        if isinstance(action, QAction):
            action.setProperty(_ICON_PROPERTY, name)
    tabs = getattr(window, "tabs", None)
    view_names: dict[str, str] = {}
    # The tabs' pages by key (a screen not built yet has its placeholder there).
    pages = getattr(window, "tab_pages", {})
    for key, name in VIEW_ICONS.items():
        page = pages.get(key)
        if not isinstance(tabs, QTabWidget) or not isinstance(page, QWidget):
            continue
        index = tabs.indexOf(page)
        if index >= 0:
            tabs.setTabIcon(index, icon(name, palette))
            view_names[tabs.tabText(index)] = name
    for action in window.findChildren(QAction):
        # The View menu's entries for the record tables are named after their tabs.
        if not action.property(_ICON_PROPERTY) and action.text() in view_names:
            action.setProperty(_ICON_PROPERTY, view_names[action.text()])
        name = action.property(_ICON_PROPERTY)
        if isinstance(name, str) and name:
            action.setIcon(icon(name, palette))


class _PaletteWatcher(QObject):
    """Re-tints the window's icons once after a palette change."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False
        self._colour = _text_colour()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        )
        if changed and not self._pending and _text_colour() != self._colour:
            self._pending = True
            QTimer.singleShot(0, self, self._retint)
        return False

    def _retint(self) -> None:
        self._pending = False
        self._colour = _text_colour()
        _set_icons(self._window)


def _text_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.WindowText).name()

"""A read-only rich-text pane for details, safe for user text.

All HTML is built from escaped fragments (see views.common.esc). On top of
that, the pane refuses to load any resource, so even a stray <img> could never
pull a local file or a remote address into view. Links use the internal
``netdesk:`` scheme and are handled in-process, never opened externally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from netdesk.views.common import esc

SCHEME = "netdesk"

DETAIL_CSS = """
h2 { margin: 0 0 2px 0; }
h3 { margin: 14px 0 4px 0; }
p { margin: 2px 0 6px 0; }
td.label { color: %(muted)s; padding-right: 12px; }
.muted { color: %(muted)s; }
.due { font-weight: 600; }
"""


def detail_css(palette: QPalette) -> str:
    """The pane's style in this palette's colours (rich text knows no
    palette(), so quiet text gets the placeholder colour, readable light or dark)."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return DETAIL_CSS % {"muted": muted}


def link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="{SCHEME}:{kind}/{record_id}">{esc(text)}</a>'


class DetailBrowser(QTextBrowser):
    """Emits ``link_activated(kind, id)`` for internal links."""

    link_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._html = ""
        self._css = ""
        self._apply_css()
        self.anchorClicked.connect(self._on_anchor_clicked)

    def _apply_css(self) -> bool:
        css = detail_css(self.palette())
        if css == self._css:
            return False
        self._css = css
        self.document().setDefaultStyleSheet(css)
        return True

    @override
    def setHtml(self, text: str) -> None:
        self._html = text
        super().setHtml(text)

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light and dark switched: shown again in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self._apply_css() and self._html:
            super().setHtml(self._html)

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # nothing is ever loaded: no files, no network

    def show_placeholder(self, text: str) -> None:
        self.setHtml(f'<p class="muted">{esc(text)}</p>')

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        kind, _, record_id = url.path().partition("/")
        if record_id.isdigit():
            self.link_activated.emit(kind, int(record_id))

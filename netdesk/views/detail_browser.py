"""A read-only rich-text pane for details, safe for user text.

All HTML is built from escaped fragments (see views.common.esc). On top of
that, the pane refuses to load any resource, so even a stray <img> could never
pull a local file or a remote address into view. Links use the internal
``netdesk:`` scheme and are handled in-process, never opened externally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from netdesk.views.common import esc

SCHEME = "netdesk"

DETAIL_CSS = """
h2 { margin: 0 0 2px 0; }
h3 { margin: 14px 0 4px 0; }
p { margin: 2px 0 6px 0; }
td.label { color: palette(mid); padding-right: 12px; }
.muted { color: gray; }
.due { font-weight: 600; }
"""


def link(kind: str, record_id: int, text: str) -> str:
    return f'<a href="{SCHEME}:{kind}/{record_id}">{esc(text)}</a>'


class DetailBrowser(QTextBrowser):
    """Emits ``link_activated(kind, id)`` for internal links."""

    link_activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(DETAIL_CSS)
        self.anchorClicked.connect(self._on_anchor_clicked)

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

"""A tab's page that is built the first time it is needed.

The window opens on Today; building every other screen (and importing its
modules) before the first paint would make every start pay for screens most
starts never open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from typing_extensions import override


class LazyPage(QWidget):
    """Holds the place of ``build()``'s widget in a QTabWidget until it is shown
    or asked for; then the widget fills it."""

    def __init__(self, key: str, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Page")
        self._build: Callable[[], QWidget] | None = build
        self._content: QWidget | None = None
        self._building = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> QWidget | None:
        """The page's widget, or None while nobody has needed it."""
        return self._content

    def content(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._content is None:
            if self._building or self._build is None:
                raise RuntimeError(f"the {self.key} screen is asked for while it is built")
            self._building = True
            try:
                content = self._build()
            finally:
                self._building = False  # a failed build is tried again next time
            self._build = None
            self._content = content
            # No focus proxy here: Tab would jump from this page straight to
            # the proxy and never reach what comes before it.
            self._layout.addWidget(content)
            if self.isVisible():
                # Shown now, not on the layout's next pass: a tab switch moves
                # the focus into the screen right after this.
                content.show()
        return self._content

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)


def page_content(widget: QWidget) -> QWidget:
    """What a tab shows: the built widget of a LazyPage, or the widget itself."""
    return widget.content() if isinstance(widget, LazyPage) else widget


def tab_page_of(widget: QWidget) -> QWidget:
    """The tab page holding ``widget``: its LazyPage, or the widget itself."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, LazyPage) else widget

"""Help → Keyboard shortcuts: every menu action that has a key, read from the
window's own actions so the list never goes stale, plus the keys that work
inside a screen or dialog. A search field narrows the list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.views.common import plain_label


@dataclass(frozen=True, slots=True)
class KeyRow:
    what: str
    keys: str
    where: str


def plain_action_text(text: str) -> str:
    """A menu text as a sentence: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def action_rows(menus: Sequence[QMenu]) -> list[KeyRow]:
    """One row per action with a shortcut, in menu order (submenus included)."""
    rows: list[KeyRow] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{where} → {plain_action_text(submenu.title())}")
                continue
            rows.extend(_rows_of(action, where))

    for menu in menus:
        walk(menu, plain_action_text(menu.title()))
    return rows


def _rows_of(action: QAction, where: str) -> list[KeyRow]:
    if action.isSeparator():
        return []
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    if not keys:
        return []
    text = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
    return [KeyRow(plain_action_text(action.text()), text, where)]


class ShortcutsDialog(QDialog):
    def __init__(self, menus: Sequence[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = action_rows(menus) + self.screen_rows()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions and keys…"))
        self.search.setAccessibleName(self.tr("Search the shortcuts"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.items: list[QTreeWidgetItem] = []
        for row in self.rows:
            item = QTreeWidgetItem([row.what, row.keys, row.where])
            item.setToolTip(0, row.what)
            self.items.append(item)
        self.tree.addTopLevelItems(self.items)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.none_label = plain_label()
        self.none_label.setObjectName("noShortcut")
        self.none_label.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def screen_rows(self) -> list[KeyRow]:
        """Keys that work inside a screen or a dialog rather than from a menu."""
        tr = self.tr
        lists = tr("Lists")
        dialogs = tr("Dialogs")
        return [
            KeyRow(tr("Open the selected record"), tr("Enter or double-click"), lists),
            KeyRow(tr("Clear the search"), "Esc", lists),
            KeyRow(tr("Move between fields and buttons"), tr("Tab / Shift+Tab"), tr("Everywhere")),
            KeyRow(tr("Refresh Today"), "F5", tr("Today")),
            KeyRow(tr("Rename a pitch version"), "F2", tr("Pitch")),
            KeyRow(tr("Rehearse the pitch"), "F5", tr("Pitch")),
            KeyRow(tr("Start or stop the rehearsal timer"), tr("Space"), tr("Rehearsal")),
            KeyRow(
                tr("Delete the selected pitch version or meeting"), "Del", tr("Pitch, Meetings")
            ),
            KeyRow(tr("Save and close"), "Ctrl+Enter", dialogs),
            KeyRow(tr("Close without saving"), "Esc", dialogs),
            KeyRow(tr("Edit a chosen question"), "F2", tr("Meeting preparation")),
            KeyRow(
                tr("Move a chosen question up or down"),
                "Alt+Up / Alt+Down",
                tr("Meeting preparation"),
            ),
        ]

    def visible_texts(self) -> list[str]:
        """The action names on show (after a search)."""
        return [item.text(0) for item in self.items if not item.isHidden()]

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        shown = 0
        for item in self.items:
            hay = " ".join(item.text(c) for c in range(3)).casefold()
            match = needle in hay
            item.setHidden(not match)
            shown += match
        self.none_label.setText(
            self.tr("No shortcut matches “{text}”.").format(text=text) if not shown else ""
        )
        self.none_label.setVisible(not shown)

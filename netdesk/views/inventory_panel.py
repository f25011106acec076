"""Where my contacts work (the guidance: make an inventory of where all your
contacts work): organisations grouped by sector with their number of people,
target employers first, and target employers where I know nobody yet marked
as gaps. Double-click an organisation to see the people there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.models.formatting import count_text, numerus
from netdesk.services.inventory import Inventory, InventoryRow
from netdesk.services.workspace import Workspace
from netdesk.views.appearance import Tone, set_tone, tone_colour
from netdesk.views.common import plain_label

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _n(text: str, count: int) -> str:
    return numerus(QCoreApplication.translate("InventoryPanel", text, None, count), count)


class InventoryPanel(QWidget):
    """Emits ``open_record_requested("organisation", id)`` on double-click."""

    open_record_requested = Signal(str, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InventoryPanel")
        self._workspace = workspace
        self._stale = True
        self.inventory: Inventory | None = None
        self.summary = plain_label()
        self.summary.setObjectName("inventorySummary")
        self.summary.setWordWrap(True)
        self.gaps = plain_label()
        self.gaps.setObjectName("inventoryGaps")
        self.gaps.setWordWrap(True)
        set_tone(self.gaps, Tone.ATTENTION, bold=True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.tree = QTreeWidget()
        self.tree.setObjectName("inventoryTree")
        self.tree.setHeaderLabels(
            [self.tr("Sector / organisation"), self.tr("People"), self.tr("Location"), ""]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 340)
        self.tree.setColumnWidth(1, 70)
        self.tree.setColumnWidth(2, 160)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.gaps)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        inventory = self._workspace.inventory.inventory()
        self.inventory = inventory
        self._stale = False
        expanded = {item.text(0) for item in self._sectors() if item.isExpanded()}
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        items: list[QTreeWidgetItem] = []
        for group in inventory.sectors:
            title = group.sector or self.tr("No sector")
            parts = [_n("%n organisation(s)", len(group.organisations))]
            if group.targets:
                parts.append(_n("%n target employer(s)", group.targets))
            if group.gaps:
                parts.append(_n("%n where you know nobody", group.gaps))
            sector = QTreeWidgetItem([title, count_text(group.contacts), "", ", ".join(parts)])
            sector.setFont(0, bold)
            sector.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            sector.addChildren([self._row(o, bold) for o in group.organisations])
            items.append(sector)
        self.tree.addTopLevelItems(items)
        for item, group in zip(items, inventory.sectors, strict=True):
            # Sectors with target employers, and small ones, open; the rest on request.
            item.setExpanded(
                item.text(0) in expanded or group.targets > 0 or len(group.organisations) <= 8
            )
        people = sum(g.contacts for g in inventory.sectors)
        self.summary.setText(
            self.tr(
                "{people} at {organisations} in {sectors}; {without} without an organisation."
            ).format(
                people=_n("%n contact(s)", people),
                organisations=_n("%n organisation(s)", inventory.organisations),
                sectors=_n("%n sector(s)", len([g for g in inventory.sectors if g.sector])),
                without=_n("%n contact(s)", inventory.without_organisation),
            )
            if inventory.sectors
            else self.tr(
                "No organisations yet. Name where each contact works, and mark the employers "
                "you would like to work for as targets."
            )
        )
        gaps = inventory.gaps
        self.gaps.setText(
            self.tr(
                "Target employers where you know nobody yet: {names}. Who might know someone there?"
            ).format(names=", ".join(o.name for o in gaps))
            if gaps
            else ""
        )
        self.gaps.setVisible(bool(gaps))

    def _row(self, organisation: InventoryRow, bold: QFont) -> QTreeWidgetItem:
        note = ""
        if organisation.is_gap:
            note = self.tr("Target employer — you know nobody here yet")
        elif organisation.is_target:
            note = self.tr("Target employer")
        item = QTreeWidgetItem(
            [organisation.name, count_text(organisation.contacts), organisation.location, note]
        )
        item.setData(0, _ID_ROLE, organisation.organisation_id)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(0, self.tr("Double-click to see the people there"))
        if organisation.is_target:
            item.setFont(0, bold)
        if organisation.is_gap:
            # The note column says it in words; the colour only draws the eye.
            gap = QBrush(tone_colour(Tone.ATTENTION, self.tree.palette()))
            for column in range(4):
                item.setForeground(column, gap)
        return item

    def organisation_ids(self) -> list[int]:
        """The organisations in the order shown."""
        found: list[int] = []
        for sector in self._sectors():
            for j in range(sector.childCount()):
                child = sector.child(j)
                if child is not None:
                    found.append(int(child.data(0, _ID_ROLE)))
        return found

    def _sectors(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.inventory is not None:
            self.refresh()  # gaps in the shade that reads on the new background

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        organisation_id = item.data(0, _ID_ROLE)
        if organisation_id is not None:
            self.open_record_requested.emit("organisation", int(organisation_id))

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

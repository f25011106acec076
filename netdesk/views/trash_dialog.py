"""The trash: what was deleted, restorable until the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.trash import RecordKind, TrashItem
from netdesk.models.formatting import local_date_time
from netdesk.services.trash import TrashService
from netdesk.views.common import confirm, plain_label

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    def __init__(
        self,
        trash: TrashService,
        *,
        restore: Callable[[Sequence[TrashItem]], None],
        purge: Callable[[Sequence[TrashItem]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._trash = trash
        self._restore = restore
        self._purge = purge
        self._kinds = {
            RecordKind.CONTACT: self.tr("Contact"),
            RecordKind.ORGANISATION: self.tr("Organisation"),
            RecordKind.CONVERSATION: self.tr("Conversation"),
            RecordKind.PROMISE: self.tr("Promise"),
            RecordKind.PITCH: self.tr("Pitch"),
            RecordKind.MEETING: self.tr("Meeting"),
        }
        intro = plain_label(
            self.tr(
                "Deleted records wait here until you empty the trash. A deleted person's "
                "conversations and promises come back with them when restored."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Deleted")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setColumnWidth(0, 120)
        self.list.setColumnWidth(1, 320)
        self.list.itemDoubleClicked.connect(self._on_restore)
        self.empty_label = plain_label(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self._on_restore)
        self.purge_button = QPushButton(self.tr("&Delete for good…"))
        self.purge_button.clicked.connect(self._on_purge)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(self._on_empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for item in self._trash.items():
            row = QTreeWidgetItem(
                [self._kinds[item.kind], item.title, local_date_time(item.deleted_at)]
            )
            row.setData(0, _ITEM_ROLE, item)
            self.list.addTopLevelItem(row)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def selected(self) -> list[TrashItem]:
        return [row.data(0, _ITEM_ROLE) for row in self.list.selectedItems()]

    @Slot()
    def _update_buttons(self) -> None:
        has_items = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.restore_button.setEnabled(bool(self.selected()))
        self.purge_button.setEnabled(bool(self.selected()))
        self.empty_button.setEnabled(has_items)

    @Slot()
    def _on_restore(self) -> None:
        chosen = self.selected()
        if chosen:
            self._restore(chosen)
            self.reload()

    @Slot()
    def _on_purge(self) -> None:
        chosen = self.selected()
        if chosen and confirm(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete {count} record(s) for good? This cannot be undone. Backups made "
                "earlier still contain them."
            ).format(count=len(chosen)),
            self.tr("Delete for good"),
        ):
            self._purge(chosen)
            self.reload()

    @Slot()
    def _on_empty(self) -> None:
        count = self.list.topLevelItemCount()
        if count and confirm(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete all {count} record(s) in the trash for good? This cannot be undone. "
                "Backups made earlier still contain them."
            ).format(count=count),
            self.tr("Empty trash"),
        ):
            self._purge(self._trash.items())
            self.reload()

"""A table model over a service's records that stays fast at 100,000 rows.

The model holds only the ordered list of matching ids, which the service
computes in SQL (search and sort included). Records are fetched a page at a
time when the view first asks for a row, and kept in a bounded cache. So
opening, filtering and sorting cost one indexed query, never a Python pass
over every row (a QSortFilterProxyModel over 100k Python rows takes seconds).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from netdesk.models.roles import RECORD_ID_ROLE, RECORD_ROLE

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

_PAGE = 64
_CACHE_PAGES = 64
# The roles data() answers; any other is None.
_ANSWERED_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        RECORD_ID_ROLE,
        RECORD_ROLE,
    )
)

# Painting asks every visible cell for its flags: combine them once, not per cell.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class RecordSource(Protocol[R]):
    """What the model needs from a service."""

    def search_ids(self, text: str, sort: Any, descending: bool) -> list[int]: ...

    def get_many(self, wanted: Sequence[int]) -> list[R]: ...


@dataclass(frozen=True)
class ServiceSource(Generic[R]):
    """A RecordSource from a service's two list calls."""

    search: Callable[[str, Any, bool], list[int]]
    fetch: Callable[[Sequence[int]], list[R]]

    def search_ids(self, text: str, sort: Any, descending: bool) -> list[int]:
        return self.search(text, sort, descending)

    def get_many(self, wanted: Sequence[int]) -> list[R]:
        return self.fetch(wanted)


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str  # stable name, used for saved layouts
    title: str
    text: Callable[[R], str]
    sort: Enum
    tooltip: Callable[[R], str] | None = None
    align_right: bool = False
    default_descending: bool = False  # e.g. dates: newest first on first click


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        source: RecordSource[R],
        columns: Sequence[Column[R]],
        *,
        sort_column: int = 0,
        descending: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._ids: list[int] = []
        self._rows_by_id: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()
        self._filter = ""
        self._sort_column = sort_column
        self._descending = descending
        self._loaded = False

    # Queries --------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._descending

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def record_at(self, row: int) -> R | None:
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // _PAGE)
        return page[row % _PAGE]

    def row_of(self, record_id: int) -> int | None:
        if self._rows_by_id is None:
            self._rows_by_id = {rid: row for row, rid in enumerate(self._ids)}
        return self._rows_by_id.get(record_id)

    def _rows_of(self, record_ids: set[int]) -> dict[int, int]:
        if len(record_ids) > 16:
            return {rid: row for rid in record_ids if (row := self.row_of(rid)) is not None}
        found: dict[int, int] = {}
        for rid in record_ids:
            try:
                found[rid] = self._ids.index(rid)
            except ValueError:
                continue
        return found

    def ids(self) -> list[int]:
        return list(self._ids)

    # Changing what is shown ----------------------------------------------

    def set_filter(self, text: str) -> None:
        if text != self._filter or not self._loaded:
            self._filter = text
            self.refresh()

    def refresh(self) -> None:
        """Re-run the query. Unchanged membership and order update in place, so
        selection and scroll position survive an edit."""
        ids = self._query()
        self._loaded = True
        if ids == self._ids:
            self._pages.clear()
            if ids:
                last = self.index(len(ids) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._set_ids(ids)
        self.endResetModel()

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self._columns):
            return
        if self._loaded and (column, descending) == (self._sort_column, self._descending):
            return  # QTableView asks twice per header click; the rows are already so
        self._sort_column = column
        self._descending = descending
        if not self._loaded:
            return
        # A re-sort keeps the same rows: move persistent indexes (selection,
        # current item) along with their records instead of resetting.
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        persistent = self.persistentIndexList()
        self._set_ids(self._query())
        # Usually only the current row and the selection: look those few up.
        wanted = {old_ids[i.row()] for i in persistent if 0 <= i.row() < len(old_ids)}
        new_rows = self._rows_of(wanted)
        moved = []
        for index in persistent:
            old_row = index.row()
            new_row = new_rows.get(old_ids[old_row]) if 0 <= old_row < len(old_ids) else None
            moved.append(
                self.index(new_row, index.column()) if new_row is not None else QModelIndex()
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _query(self) -> list[int]:
        column = self._columns[self._sort_column]
        return self._source.search_ids(self._filter, column.sort, self._descending)

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._rows_by_id = None
        self._pages.clear()

    def _page(self, number: int) -> list[R | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        wanted = self._ids[number * _PAGE : (number + 1) * _PAGE]
        found = {self._id_of(r): r for r in self._source.get_many(wanted)}
        page = [found.get(i) for i in wanted]
        self._pages[number] = page
        while len(self._pages) > _CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    @staticmethod
    def _id_of(record: R) -> int:
        return int(record.id)  # type: ignore[attr-defined]

    # QAbstractItemModel ---------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting a cell asks for about ten roles; most are answered without
        # looking the record up (a visible page asks several hundred times).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if role == RECORD_ID_ROLE:
            return self.id_at(index.row())
        record = self.record_at(index.row())
        if record is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Plain text only: a tooltip would render "<b>" in a name as markup.
            tip = column.tooltip(record) if column.tooltip else column.text(record)
            return _plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # What a first click on the header does: dates and ranks start high.
            descending = column.default_descending
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


def _plain_tooltip(text: str) -> str:
    """Qt shows tooltips as rich text when they look like HTML; escaping and
    wrapping in a <p> forces a literal, wrapped rendering of user text."""
    from html import escape

    return "<p style='white-space:pre-wrap'>" + escape(text).replace("\n", "<br>") + "</p>"

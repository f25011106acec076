"""A screen of one kind of record: a search field, a sortable table, a count,
an optional detail pane, and a friendly message instead of a blank table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.trash import RecordKind
from netdesk.models.formatting import count_text
from netdesk.models.record_table import RecordTableModel
from netdesk.views.common import plain_label


class EmptyState(QWidget):
    """What an empty list shows instead of a blank table: a heading saying what
    belongs here, a sentence on how to add it, and the button that does it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty")
        self.heading = plain_label()
        self.heading.setObjectName("emptyHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.body = plain_label()
        self.body.setObjectName("emptyText")
        self.body.setWordWrap(True)
        self.body.setMaximumWidth(560)  # a comfortable line length
        # No mnemonic: the window's tabs and menus own the Alt keys.
        self.button = QPushButton()
        self.button.setObjectName("emptyButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.setFocusProxy(self.button)

    def show_message(self, heading: str, body: str, button_text: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(body)

    def text(self) -> str:
        """Everything the page says, as one text (for screen readers and tests)."""
        return "\n\n".join(t for t in (self.heading.text(), self.body.text()) if t)


class TablePanel(QWidget):
    """Subclasses supply the model, texts, and optionally a detail widget.

    ``add_requested`` is the empty list's button ("Add a contact"); the window
    answers it as it answers the menu action."""

    current_changed = Signal(object)  # record id or None
    activated = Signal(int)  # record id (double-click or Enter)
    counts_changed = Signal()
    add_requested = Signal()

    kind: RecordKind

    def __init__(
        self,
        model: RecordTableModel[Any],
        *,
        search_placeholder: str,
        empty_title: str,
        empty_text: str,
        add_text: str,
        no_match_title: str,
        count_format: Callable[[int], str],
        total: Callable[[], int],
        detail: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._empty_title = empty_title
        self._empty_text = empty_text
        self._add_text = add_text
        self._no_match_title = no_match_title
        self._count_format = count_format
        self._total = total
        # The unfiltered count, asked once per reload: typing a search does not
        # change it, and counting 100,000 rows on every keystroke costs 10-20 ms.
        self._known_total: int | None = None
        self._stale = True

        self.search = QLineEdit()
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(search_placeholder)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._details_later = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.timeout.connect(self.show_current_detail)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._apply_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        self.count_label = plain_label()
        self.count_label.setObjectName("count")
        self.filters = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addLayout(self.filters)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrow keys move between cells
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultSectionSize(150)
        column, descending = model.sort_state
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        # The indicator first: enabling sorting sorts by whatever it shows
        # (Qt's default is descending).
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.modelReset.connect(self._on_rows_changed)
        model.layoutChanged.connect(self._on_rows_changed)

        self.empty = EmptyState()
        self.empty.button.clicked.connect(self._on_empty_button_clicked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.detail = detail
        if detail is not None:
            self.splitter.addWidget(detail)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # No focus proxy to the table: Tab would jump from the panel to the
        # table and never reach the search field again.

    # State shared with the window ------------------------------------------

    def ensure_loaded(self) -> None:
        """Load rows the first time the panel is shown, or after a change."""
        if self._stale:
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        self._known_total = None
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self._known_total = None
        self.model.refresh()
        self._stale = False
        if current is not None and self.current_id() != current:
            self.select_id(current)
        self._on_rows_changed()
        self.show_current_detail()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.id_at(row) for row in rows]
        chosen = [i for i in ids if i is not None]
        if not chosen and self.current_id() is not None:
            return [self.current_id()]  # type: ignore[list-item]
        return chosen

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None and self.search.text():
            self.search.clear()
            self._apply_search()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def count_text(self) -> str:
        shown = self.model.rowCount()
        if not self.model.filter_text:
            return self._count_format(shown)
        if self._known_total is None:
            self._known_total = self._total()
        return self.tr("{shown} of {total}").format(
            shown=count_text(shown), total=self._count_format(self._known_total)
        )

    def empty_message(self) -> tuple[str, str, str]:
        """Heading, text and button of the empty list: nothing yet, or no match."""
        if self.model.filter_text:
            return (
                self._no_match_title.format(text=self.model.filter_text),
                self.tr(
                    "Check the spelling, or search for part of a name. Press Esc in the "
                    "search field to see the whole list again."
                ),
                self.tr("Clear the search"),
            )
        return self._empty_title, self._empty_text, self._add_text

    def show_current_detail(self) -> None:
        """Subclasses with a detail pane redraw it for the current record."""

    def save_state(self, settings: QSettings, key: str) -> None:
        settings.setValue(f"{key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{key}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings, key: str) -> None:
        header = settings.value(f"{key}/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
            # The saved sort indicator is the user's last sort: apply it to the model.
            h = self.table.horizontalHeader()
            self.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())
        splitter = settings.value(f"{key}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    # Slots -------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        # A zero-delay timer filters at once, yet keys typed while a query runs
        # queue up and are answered by one query, not one each.
        self._search_timer.start(0)

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text())
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            # The list first, the first match's details right after: typing
            # stays fluid, and a key typed meanwhile skips the details it replaces.
            self._details_later = True
            try:
                self.table.selectRow(0)
            finally:
                self._details_later = False

    @Slot()
    def _on_empty_button_clicked(self) -> None:
        if self.model.filter_text:
            self.search.clear()
            self._apply_search()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_requested.emit()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.activated.emit(record_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.id_at(current.row()) if current.isValid() else None)
        if self._details_later:
            self._detail_timer.start(0)
        else:
            self._detail_timer.stop()
            self.show_current_detail()

    @Slot()
    def _on_rows_changed(self) -> None:
        has_rows = self.model.rowCount() > 0
        if not has_rows:
            self.empty.show_message(*self.empty_message())
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.count_label.setText(self.count_text())
        if self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())
        self.counts_changed.emit()

"""The import preview's table: every row of the file, what the import will do
with it, and why. A lazy model over the plan, so 100,000 rows list instantly,
with a filter by what happens to the row."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from netdesk.domain.contacts import display_name
from netdesk.domain.import_plan import ImportPlan, PlanAction, PlannedRow
from netdesk.messages import describe_planned_row
from netdesk.views.common import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex

LINE, ACTION, NAME, ORGANISATION, EMAIL, DETAILS = range(6)


def action_label(action: PlanAction) -> str:
    labels = {
        PlanAction.NEW: QCoreApplication.translate("ImportPreview", "New"),
        PlanAction.UPDATE: QCoreApplication.translate("ImportPreview", "Update"),
        PlanAction.DUPLICATE: QCoreApplication.translate("ImportPreview", "Duplicate"),
        PlanAction.SKIPPED: QCoreApplication.translate("ImportPreview", "Skipped"),
    }
    return labels[action]


# A tint per action on the action cell, always beside its word (never colour alone).
_TINTS = {
    PlanAction.NEW: QColor(46, 160, 67),
    PlanAction.UPDATE: QColor(31, 111, 235),
    PlanAction.DUPLICATE: QColor(128, 128, 128),
    PlanAction.SKIPPED: QColor(207, 34, 46),
}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._all: tuple[PlannedRow, ...] = ()
        self._rows: tuple[PlannedRow, ...] = ()
        self._shown: PlanAction | None = None
        self._details: dict[int, str] = {}  # row index in _all -> text, made when first shown

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._all = plan.rows if plan is not None else ()
        self._details = {}
        self._apply_filter()
        self.endResetModel()

    def show_only(self, action: PlanAction | None) -> None:
        """Show the rows of one action (None: every row)."""
        self.beginResetModel()
        self._shown = action
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        shown = self._shown
        if shown is None:
            self._rows = self._all
        else:
            self._rows = tuple(r for r in self._all if r.action is shown)

    def planned_row(self, row: int) -> PlannedRow:
        return self._rows[row]

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Line"),
            self.tr("Import"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("What happens"),
        )
        return titles[section]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        planned = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(planned, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(text) if column in (NAME, DETAILS, EMAIL) and text else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == ACTION:
            return QBrush(_readable(_TINTS[planned.action]))
        return None

    def _text(self, planned: PlannedRow, column: int) -> str:
        draft = planned.draft
        if column == LINE:
            return str(planned.row_number)
        if column == ACTION:
            return action_label(planned.action)
        if column == DETAILS:
            key = id(planned)
            text = self._details.get(key)
            if text is None:
                text = self._details[key] = describe_planned_row(planned)
            return text
        if draft is None:
            # An unreadable row still says whose it is, as far as it can be read.
            if column == NAME and planned.problems:
                return planned.problems[0].label
            return ""
        if column == NAME:
            return display_name(draft.first_name, draft.last_name)
        if column == ORGANISATION:
            return draft.organisation
        if column == EMAIL:
            return ", ".join(draft.emails)
        return ""


def _readable(colour: QColor) -> QColor:
    """The tint, lightened on a dark palette so it stays legible."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        base = app.palette().color(QPalette.ColorRole.Base)
        if base.lightness() < 128:
            return colour.lighter(160)
    return colour

"""The last twelve weeks of networking, one square per day, painted with QPainter.

Weeks run left to right (the newest on the right), weekdays top to bottom from
the locale's first day of the week; the more actions on a day, the stronger its
square. Hovering a day tells what was done on it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from netdesk.domain.streak import GRID_WEEKS, DayActivity, Streak, week_grid
from netdesk.models.formatting import numerus, to_qdate

CELL = 13
GAP = 3
LEFT = 30  # room for weekday names
TOP = 16  # room for month names
# Actions on a day at which a square is at full strength.
FULL = 6
# How much of the text colour an empty day's square mixes into the background:
# enough to see the grid in light and dark, faint beside a day with actions.
EMPTY_SHARE = 0.2


def _n(text: str, count: int) -> str:
    return numerus(QCoreApplication.translate("StreakChart", text, None, count), count)


def day_summary(day: DayActivity) -> str:
    """What a square's tooltip says: the date and what was done (plain text)."""
    when = QLocale().toString(to_qdate(day.day), QLocale.FormatType.LongFormat)
    if not day.total:
        return "\n".join((when, QCoreApplication.translate("StreakChart", "No networking")))
    parts = [
        _n("%n conversation(s)", day.conversations) if day.conversations else "",
        _n("%n thank-you(s) sent", day.thanks) if day.thanks else "",
        _n("%n message(s) sent", day.messages) if day.messages else "",
        _n("%n contact(s) added", day.contacts) if day.contacts else "",
    ]
    return "\n".join((when, *[p for p in parts if p]))


def empty_day_colour(palette: QPalette) -> QColor:
    """An opaque colour between the window and its text, so an empty day stays
    visible whichever way the palette runs (a light or a dark window)."""
    back = palette.color(QPalette.ColorRole.Window)
    fore = palette.color(QPalette.ColorRole.WindowText)
    return QColor.fromRgbF(
        back.redF() + (fore.redF() - back.redF()) * EMPTY_SHARE,
        back.greenF() + (fore.greenF() - back.greenF()) * EMPTY_SHARE,
        back.blueF() + (fore.blueF() - back.blueF()) * EMPTY_SHARE,
    )


class StreakChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StreakChart")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._columns: list[list[DayActivity | None]] = []
        self._first_weekday = QLocale().firstDayOfWeek().value - 1  # Qt: Monday = 1
        self.setAccessibleName(self.tr("Networking activity over the last twelve weeks"))

    def set_streak(self, streak: Streak, first_weekday: int | None = None) -> None:
        """Show ``streak``'s days; weeks start on ``first_weekday`` (0 = Monday),
        by default the locale's."""
        if first_weekday is not None:
            self._first_weekday = first_weekday
        self._columns = week_grid(streak.days, self._first_weekday, GRID_WEEKS)
        active = sum(1 for column in self._columns for d in column if d is not None and d.total)
        self.setAccessibleDescription(
            _n("%n day(s) with networking in the last twelve weeks", active)
        )
        self.update()

    def columns(self) -> list[list[DayActivity | None]]:
        return self._columns

    @override
    def sizeHint(self) -> QSize:
        return QSize(LEFT + GRID_WEEKS * (CELL + GAP), TOP + 7 * (CELL + GAP))

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, week: int, weekday: int) -> QRect:
        return QRect(LEFT + week * (CELL + GAP), TOP + weekday * (CELL + GAP), CELL, CELL)

    def day_at(self, point: QPoint) -> DayActivity | None:
        for week, column in enumerate(self._columns):
            for weekday, day in enumerate(column):
                if day is not None and self.cell_rect(week, weekday).contains(point):
                    return day
        return None

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        strong = palette.color(QPalette.ColorRole.Highlight)
        empty = empty_day_colour(palette)
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        painter.setFont(small)
        painter.setPen(text)
        locale = QLocale()
        for weekday in (0, 2, 4):
            # Qt's weekdays run 1 (Monday) … 7 (Sunday).
            name = locale.dayName(
                (self._first_weekday + weekday) % 7 + 1, QLocale.FormatType.ShortFormat
            )
            rect = self.cell_rect(0, weekday).adjusted(-LEFT, -2, -CELL - 4, 2)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
        last_month = 0
        for week, column in enumerate(self._columns):
            first = next((d for d in column if d is not None), None)
            if first is not None and first.day.month != last_month:
                if last_month or first.day.day <= 7:
                    month = locale.monthName(first.day.month, QLocale.FormatType.ShortFormat)
                    x = self.cell_rect(week, 0).left()
                    painter.drawText(
                        QRect(x, 0, 4 * (CELL + GAP), TOP - 2),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                        month,
                    )
                last_month = first.day.month
        today = self._columns[-1] if self._columns else []
        today_day = max((d.day for d in today if d is not None), default=None)
        for week, column in enumerate(self._columns):
            for weekday, day in enumerate(column):
                if day is None:
                    continue
                rect = self.cell_rect(week, weekday)
                if day.total:
                    colour = QColor(strong)
                    colour.setAlpha(90 + int(165 * min(day.total, FULL) / FULL))
                else:
                    colour = empty
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, 2.5, 2.5)
                if day.day == today_day:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
                    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        painter.end()

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                # Dates and counts only: no user text reaches the (rich-text) tooltip.
                QToolTip.showText(event.globalPos(), day_summary(day), self)
            return True
        return super().event(event)

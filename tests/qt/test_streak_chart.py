"""The streak chart's empty days stay visible on a light and a dark palette."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from netdesk.domain.streak import DayActivity, Streak
from netdesk.views.appearance import dark_palette, light_palette
from netdesk.views.streak_chart import StreakChart

TODAY = date(2026, 3, 18)


def _quiet_streak() -> Streak:
    days = tuple(DayActivity(TODAY - timedelta(days=n)) for n in range(83, -1, -1))
    return Streak(today=TODAY, current=0, today_done=False, days=days)


def _lightness_gap(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_an_empty_day_stands_out_from_the_background(qtbot, palette) -> None:
    chart = StreakChart()
    qtbot.addWidget(chart)
    chart.setPalette(palette())
    chart.set_streak(_quiet_streak(), first_weekday=0)
    chart.resize(chart.sizeHint())
    background = chart.palette().color(QPalette.ColorRole.Window)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(background)
    chart.render(image)
    # A day in the middle of the grid, away from the today ring.
    square = image.pixelColor(chart.cell_rect(3, 3).center())
    assert _lightness_gap(square, background) >= 25
    # Still fainter than the text, so days with actions stand out more.
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    assert _lightness_gap(square, background) < _lightness_gap(text, background) / 2

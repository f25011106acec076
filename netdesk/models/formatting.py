"""Dates, times and enum values as a person reads them, in their locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from netdesk.domain.clock import Clock
from netdesk.domain.contacts import Relevance
from netdesk.domain.conversations import Initiator
from netdesk.domain.promises import PromiseDirection


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_local_qdatetime(moment: datetime) -> QDateTime:
    """A stored UTC moment as local wall-clock time."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def from_qdatetime(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toMSecsSinceEpoch() / 1000, tz=UTC)


def local_day(moment: datetime) -> date:
    """The calendar date of a moment where the user is."""
    return from_qdate(to_local_qdatetime(moment).date())


def local_today(clock: Clock) -> date:
    """Today's date where the user is (due dates are calendar dates)."""
    return local_day(clock.now())


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def local_date(moment: datetime | None) -> str:
    """The local calendar date of a moment, short form."""
    if moment is None:
        return ""
    return QLocale().toString(to_local_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def local_date_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(to_local_qdatetime(moment), QLocale.FormatType.ShortFormat)


def local_date_time_long(moment: datetime | None) -> str:
    if moment is None:
        return ""
    # Qt's long date-time format adds seconds and the zone's name; people
    # read the day in full and the time as they set a clock.
    local = to_local_qdatetime(moment)
    locale = QLocale()
    return QCoreApplication.translate("formatting", "{date} at {time}").format(
        date=locale.toString(local.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(local.time(), QLocale.FormatType.ShortFormat),
    )


def relative_day(day: date | None, today: date) -> str:
    """A calendar date as a person says it, near ``today``: "today",
    "yesterday", "3 days ago", "in 2 weeks". Beyond about a year the date
    itself says more, so it is shown instead."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return _tr("today")
    if delta == -1:
        return _tr("yesterday")
    if delta == 1:
        return _tr("tomorrow")
    days = abs(delta)
    if days >= 365:
        return short_date(day)
    translate = QCoreApplication.translate
    if days < 14:
        count = days
        text = (
            translate("formatting", "%n day(s) ago", None, count)
            if delta < 0
            else translate("formatting", "in %n day(s)", None, count)
        )
    elif days < 60:
        count = days // 7
        text = (
            translate("formatting", "%n week(s) ago", None, count)
            if delta < 0
            else translate("formatting", "in %n week(s)", None, count)
        )
    else:
        count = days // 30
        text = (
            translate("formatting", "%n month(s) ago", None, count)
            if delta < 0
            else translate("formatting", "in %n month(s)", None, count)
        )
    return numerus(text, count)


def relative_moment(moment: datetime | None, today: date) -> str:
    """A stored moment by its local calendar day, relative to ``today``."""
    if moment is None:
        return ""
    return relative_day(local_day(moment), today)


def long_date(day: date | None) -> str:
    """The exact date in full, for a tooltip over a relative one."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def relevance_text(relevance: Relevance) -> str:
    return {
        Relevance.UNSET: "",
        Relevance.LOW: _tr("Low"),
        Relevance.MEDIUM: _tr("Medium"),
        Relevance.HIGH: _tr("High"),
    }[relevance]


def initiator_text(initiator: Initiator) -> str:
    return {Initiator.ME: _tr("Me"), Initiator.THEM: _tr("Them")}[initiator]


def direction_text(direction: PromiseDirection) -> str:
    return {
        PromiseDirection.THEIRS: _tr("They offered me"),
        PromiseDirection.MINE: _tr("I offered them"),
    }[direction]


def numerus(translated: str, count: int) -> str:
    """English plurals for a numerus string no translation has resolved yet.

    Call sites keep calling tr("%n contact(s)", None, n) directly, so Qt's
    lupdate still extracts them; without a translation, Qt leaves the "(s)".
    """
    return translated.replace("(s)", "" if count == 1 else "s")


def cadence_text(days: int | None) -> str:
    if not days:
        return ""
    return numerus(QCoreApplication.translate("formatting", "every %n day(s)", None, days), days)


def count_text(count: int) -> str:
    return QLocale().toString(count)

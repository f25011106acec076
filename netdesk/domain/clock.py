"""Time: an injectable clock, and the one text format for points in time.

Points in time are stored as UTC ISO 8601 with a fixed width
(``2026-11-27T09:25:12.000000Z``) so that text order equals time order in SQL.
Calendar dates (due dates, first met) are stored as ``YYYY-MM-DD``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests and demos: stands still until told to move."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 15, 9, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


def to_iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return moment.astimezone(UTC).strftime(_ISO_FORMAT)


def from_iso(text: str) -> datetime:
    # fromisoformat is ten times faster than strptime, and read for every row
    # a list shows; the shape check keeps strptime's strictness.
    if len(text) == 27 and text[10] == "T" and text[-1] == "Z":
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    return datetime.strptime(text, _ISO_FORMAT).replace(tzinfo=UTC)


def maybe_from_iso(text: str | None) -> datetime | None:
    return None if text is None else from_iso(text)


def maybe_to_iso(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso(moment)


def date_to_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def date_from_text(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)

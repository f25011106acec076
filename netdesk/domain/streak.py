"""Local days and the networking streak (the guidance: network every day).

Points in time are stored in UTC; a day, though, is the user's own calendar
day, so every rule here takes the time zone it counts in. ``local_zone()`` is
the computer's zone with its daylight-saving rules; tests pass fixed zones.

A day counts when it holds at least one networking action: a conversation
(on the day it took place), a thank-you sent, a message marked as sent, or a
contact added. The current streak is the run of such days up to today, and
today stays open: before the first action of the day, the streak still runs
up to yesterday.
"""

from __future__ import annotations

import functools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

GRID_WEEKS = 12
# Enough days for GRID_WEEKS whole weeks whichever weekday a week starts on.
WINDOW_DAYS = GRID_WEEKS * 7 + 6


class SystemZone(tzinfo):
    """The computer's time zone, as the C library knows it, with its
    daylight-saving changes (a fixed offset would be an hour off for half
    the year). Used only when the zone database does not know the zone."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=time.localtime(self._stamp(dt)).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)  # the offset above already includes it

    def tzname(self, dt: datetime | None) -> str:
        return time.localtime(self._stamp(dt)).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=UTC) - _EPOCH).total_seconds()
        return dt + timedelta(seconds=time.localtime(stamp).tm_gmtoff)

    @staticmethod
    def _stamp(dt: datetime | None) -> float:
        """The moment a local wall-clock time stands for (a guess for a time
        that does not exist or happens twice; day_start does not rely on it)."""
        if dt is None:
            return time.time()
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0, 0, -1)
        return time.mktime(fields)

    def __repr__(self) -> str:
        return "SystemZone()"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SYSTEM_ZONE = SystemZone()
_LOCALTIME = Path("/etc/localtime")
_SECOND = timedelta(seconds=1)
_HOUR = timedelta(hours=1)


def local_zone() -> tzinfo:
    """The computer's time zone: from the zone database when it can be found
    (the TZ variable, else /etc/localtime), else as the C library knows it."""
    return _zone_for(os.environ.get("TZ"))


@functools.lru_cache(maxsize=8)
def _zone_for(tz_variable: str | None) -> tzinfo:
    found = _zone_from_variable(tz_variable) if tz_variable is not None else _zone_from_file()
    return found or _SYSTEM_ZONE


def _zone_from_variable(value: str) -> tzinfo | None:
    """TZ names a zone ("Europe/Amsterdam", ":Europe/Amsterdam") or a zone
    file; empty means UTC. Anything else (a POSIX rule such as
    "CET-1CEST,M3.5.0,M10.5.0/3") is left to the C library."""
    key = value.removeprefix(":")
    if not key:
        return UTC
    if key.startswith("/"):
        return _zone_from_file(Path(key))
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _zone_from_file(path: Path = _LOCALTIME) -> tzinfo | None:
    """A zone file, by its name in the database when it is a link into it."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        key = "/".join(parts[len(parts) - parts[::-1].index("zoneinfo") :])
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        with target.open("rb") as file:
            return ZoneInfo.from_file(file, key=str(path))
    except (OSError, ValueError):
        return None


def local_day(moment: datetime, tz: tzinfo) -> date:
    """The calendar day a moment falls on where the user is."""
    return moment.astimezone(tz).date()


def day_start(day: date, tz: tzinfo) -> datetime:
    """The moment (in UTC) a local calendar day begins: its first moment that
    falls on ``day`` (for a day a zone skipped, the start of the next one).

    Wall-clock midnight is only a guess: where the clocks change at midnight
    it does not exist, or happens twice, and zones answer for such times as
    they please. So the guess is checked, and if it is not the first moment
    of the day, the day's start is searched for to the second (zone offsets
    and their changes fall on whole seconds)."""
    guess = datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)
    if local_day(guess, tz) == day and local_day(guess - _SECOND, tz) < day:
        return guess
    after = guess  # a moment on the day or later
    for _ in range(48):
        if local_day(after, tz) >= day:
            break
        after += _HOUR
    before = after - _HOUR  # a moment before the day
    for _ in range(48):
        if local_day(before, tz) < day:
            break
        before -= _HOUR
    low, high = int(before.timestamp()), int(after.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if local_day(datetime.fromtimestamp(middle, UTC), tz) >= day:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


class ActionKind(StrEnum):
    CONVERSATION = "conversation"
    THANKS = "thanks"
    MESSAGE = "message"
    CONTACT = "contact"


@dataclass(frozen=True, slots=True)
class DayActivity:
    day: date
    conversations: int = 0
    thanks: int = 0
    messages: int = 0
    contacts: int = 0

    @property
    def total(self) -> int:
        return self.conversations + self.thanks + self.messages + self.contacts


@dataclass(frozen=True, slots=True)
class Streak:
    today: date
    current: int  # days in a row with an action, up to today (or yesterday)
    today_done: bool  # today already counts
    days: tuple[DayActivity, ...]  # oldest first, ending today

    @property
    def active_this_week(self) -> int:
        """Days with an action among the last seven, today included."""
        return sum(1 for d in self.days[-7:] if d.total)

    @property
    def actions_this_week(self) -> int:
        return sum(d.total for d in self.days[-7:])


def count_by_day(moments: Iterable[datetime], tz: tzinfo) -> Counter[date]:
    """How many of ``moments`` fall on each local day."""
    return Counter(local_day(m, tz) for m in moments)


def current_streak(active: Callable[[date], bool], today: date) -> int:
    """Days in a row with an action, ending today, or yesterday while today is open."""
    day = today if active(today) else today - timedelta(days=1)
    run = 0
    while active(day):
        run += 1
        day -= timedelta(days=1)
    return run


def activity_days(
    start: date, today: date, counts: Mapping[ActionKind, Mapping[date, int]]
) -> tuple[DayActivity, ...]:
    """One DayActivity per day from ``start`` to ``today``."""
    result: list[DayActivity] = []
    day = start
    while day <= today:
        result.append(
            DayActivity(
                day,
                conversations=counts.get(ActionKind.CONVERSATION, {}).get(day, 0),
                thanks=counts.get(ActionKind.THANKS, {}).get(day, 0),
                messages=counts.get(ActionKind.MESSAGE, {}).get(day, 0),
                contacts=counts.get(ActionKind.CONTACT, {}).get(day, 0),
            )
        )
        day += timedelta(days=1)
    return tuple(result)


def week_grid(
    days: Sequence[DayActivity], first_weekday: int, weeks: int = GRID_WEEKS
) -> list[list[DayActivity | None]]:
    """Columns of weeks (oldest first), each seven days from ``first_weekday``
    (0 = Monday … 6 = Sunday); the last column holds today, and days after
    today or before the first known day are None."""
    if not days:
        return []
    today = days[-1].day
    by_day = {d.day: d for d in days}
    offset = (today.weekday() - first_weekday) % 7
    first = today - timedelta(days=offset + 7 * (weeks - 1))
    columns: list[list[DayActivity | None]] = []
    for week in range(weeks):
        column: list[DayActivity | None] = []
        for weekday in range(7):
            day = first + timedelta(days=7 * week + weekday)
            column.append(by_day.get(day) if day <= today else None)
        columns.append(column)
    return columns

"""Calendar items as an iCalendar file (RFC 5545), for any calendar program.

Each item becomes a VEVENT (or, with ``as_todos``, follow-ups and promises a
VTODO) of the shape Google Calendar, Apple Calendar and Outlook all import:
DTSTAMP, a UID that stays the same from one export to the next (so importing
again updates the entry instead of adding a copy), SUMMARY, DESCRIPTION, a
start that is a DATE for all-day items and a UTC DATE-TIME for timed ones, an
end or duration, and a VALARM that displays a reminder. The icalendar library
escapes the text (commas, semicolons, newlines) and folds long lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from icalendar import Alarm, Calendar, Event, Todo

from netdesk import __version__

PRODID = f"-//netdesk//netdesk {__version__}//EN"
UID_DOMAIN = "netdesk"
# A timed item without an end of its own.
DEFAULT_DURATION = timedelta(hours=1)


class CalendarKind(StrEnum):
    FOLLOW_UP = "follow_up"  # a person is due to hear from me
    PROMISE = "promise"  # a promise with a due date, not yet done
    MEETING = "meeting"  # a meeting or conversation planned at a time


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One entry. ``start`` is a date for an all-day item, else an aware
    datetime (written in UTC). ``end`` (exclusive) or ``duration`` may be given;
    without either an all-day item lasts its day and a timed one an hour."""

    uid: str
    summary: str
    description: str
    start: date | datetime
    kind: CalendarKind
    end: date | datetime | None = None
    duration: timedelta | None = None
    # How long before the start the reminder shows (negative: after it, as
    # in "9:00 on the day" of an all-day item). None: no reminder.
    alarm_before: timedelta | None = None
    location: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    def __post_init__(self) -> None:
        if isinstance(self.start, datetime) and self.start.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")


def record_uid(record_uuid: str, kind: CalendarKind) -> str:
    """A UID from a record's uuid: the same record gives the same UID in every export."""
    return f"{record_uuid}-{kind.value.replace('_', '-')}@{UID_DOMAIN}"


def write_calendar(
    items: Iterable[CalendarItem], *, as_todos: bool = False, stamp: datetime | None = None
) -> bytes:
    """The items as a VCALENDAR. ``stamp`` is the DTSTAMP (now by default)."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for item in items:
        todo = as_todos and item.kind is not CalendarKind.MEETING
        calendar.add_component(_todo(item, stamp) if todo else _event(item, stamp))
    return bytes(calendar.to_ical())


def _event(item: CalendarItem, stamp: datetime) -> Event:
    event = Event()
    _common(event, item, stamp)
    event.add("dtstart", _when(item.start))
    if item.duration is not None:
        event.add("duration", item.duration)
    else:
        event.add("dtend", _when(item.end if item.end is not None else _default_end(item)))
    event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
    if item.alarm_before is not None:
        event.add_component(_alarm(item, related_to_end=False))
    return event


def _todo(item: CalendarItem, stamp: datetime) -> Todo:
    todo = Todo()
    _common(todo, item, stamp)
    todo.add("due", _when(item.start))
    todo.add("status", "NEEDS-ACTION")
    if item.alarm_before is not None:
        # A VTODO has no DTSTART here, so the reminder counts back from DUE.
        todo.add_component(_alarm(item, related_to_end=True))
    return todo


def _common(component: Event | Todo, item: CalendarItem, stamp: datetime) -> None:
    component.add("uid", item.uid)
    component.add("dtstamp", stamp)
    component.add("summary", item.summary)
    if item.description:
        component.add("description", item.description)
    if item.location:
        component.add("location", item.location)
    component.add("categories", [item.kind.value.replace("_", "-").upper()])


def _alarm(item: CalendarItem, *, related_to_end: bool) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.summary)
    before = item.alarm_before or timedelta(0)
    if related_to_end:
        alarm.add("trigger", -before, parameters={"RELATED": "END"})
    else:
        alarm.add("trigger", -before)
    return alarm


def _when(moment: date | datetime) -> date | datetime:
    return moment.astimezone(UTC) if isinstance(moment, datetime) else moment


def _default_end(item: CalendarItem) -> date | datetime:
    if isinstance(item.start, datetime):
        return item.start + DEFAULT_DURATION
    return item.start + timedelta(days=1)

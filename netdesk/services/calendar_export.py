"""What goes into a calendar export: follow-ups, promises and meetings.

- Follow-ups: every person with a keep-in-touch cadence, on the day they are
  due to hear from me again (as Today counts it: from when they last heard from
  me, or were added; a snooze moves it to the day the snooze ends). Overdue
  ones go on today, so the calendar shows them where they can still be done.
- Promises with a due date, not done, of people not in the trash.
- Meetings prepared in the wizard and planned, and conversations planned for
  later (one prepared meeting stands for a planned conversation with the same
  person on the same day, as on Today).

Records in the trash, and everything of a person in the trash, stay out.
The wording of the entries lives in :class:`CalendarWording`: English by
default; the window can pass translated text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import BinaryIO

from netdesk.domain.agenda import keep_in_touch_due_on, last_in_touch
from netdesk.domain.clock import Clock, from_iso, maybe_from_iso, to_iso
from netdesk.domain.contacts import display_name
from netdesk.domain.meetings import MeetingKind
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import local_day, local_zone
from netdesk.interchange.icalendar_export import (
    CalendarItem,
    CalendarKind,
    record_uid,
    write_calendar,
)
from netdesk.services.query import rows
from netdesk.store.files import write_private_file

# Reminders: all-day items at 9:00 on the day, timed ones half an hour before.
ALL_DAY_ALARM = -timedelta(hours=9)
MEETING_ALARM = timedelta(minutes=30)
MEETING_DURATION = {
    MeetingKind.NETWORKING_INTERVIEW: timedelta(hours=1),
    MeetingKind.COFFEE: timedelta(hours=1),
    MeetingKind.CALL: timedelta(minutes=30),
    MeetingKind.EVENT: timedelta(hours=2),
}
CONVERSATION_DURATION = timedelta(hours=1)


def _english_kinds() -> dict[MeetingKind, str]:
    return {
        MeetingKind.NETWORKING_INTERVIEW: "Networking interview",
        MeetingKind.COFFEE: "Coffee",
        MeetingKind.CALL: "Call",
        MeetingKind.EVENT: "Event",
    }


@dataclass(frozen=True, slots=True)
class CalendarWording:
    """Every sentence an export writes, as str.format templates."""

    follow_up: str = "Follow up with {name}"
    follow_up_detail: str = "Keep in touch every {days} days. Last in touch: {last}."
    never_in_touch: str = "not yet"
    promise_mine: str = "Promised {name}: {description}"
    promise_theirs: str = "Remind {name}: {description}"
    meeting: str = "{kind} with {name}"
    meeting_no_one: str = "{kind}"
    conversation: str = "{channel} with {name}"
    conversation_no_channel: str = "Meeting with {name}"
    organisation: str = "Organisation: {name}"
    kinds: dict[MeetingKind, str] = field(default_factory=_english_kinds)


class CalendarExportService:
    def __init__(
        self, clock: Clock, tz: tzinfo | None = None, wording: CalendarWording | None = None
    ) -> None:
        self._clock = clock
        self._tz = tz or local_zone()
        self.wording = wording or CalendarWording()

    def items(self, now: datetime | None = None) -> list[CalendarItem]:
        """Every entry of the export, by start (all-day items on their day)."""
        now = now or self._clock.now()
        items = [*self.follow_ups(now), *self.promises(), *self.meetings(now)]
        return sorted(items, key=lambda item: (self._sort_moment(item.start), item.uid))

    def export(
        self, target: Path | BinaryIO, *, as_todos: bool = False, now: datetime | None = None
    ) -> int:
        """Write the .ics; return how many entries it holds. A path is written
        as ``<name>.part``, readable by its owner only, then renamed into place."""
        now = now or self._clock.now()
        items = self.items(now)
        data = write_calendar(items, as_todos=as_todos, stamp=now)
        if isinstance(target, Path):

            def write(stream: BinaryIO) -> None:
                stream.write(data)

            write_private_file(target, write)
        else:
            target.write(data)
        return len(items)

    # Follow-ups -------------------------------------------------------------------

    def follow_ups(self, now: datetime) -> list[CalendarItem]:
        today = local_day(now, self._tz)
        stamp = to_iso(now)
        found = rows(
            "SELECT c.uuid, c.first_name, c.last_name, coalesce(o.name, ''), c.cadence_days, "
            "c.created_at, c.snoozed_until, "
            "(SELECT max(v.occurred_at) FROM conversation v WHERE v.contact_id = c.id "
            " AND v.deleted_at IS NULL AND v.occurred_at <= ?), "
            "(SELECT max(m.sent_at) FROM message m WHERE m.contact_id = c.id AND m.sent_at <= ?) "
            "FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id "
            "AND o.deleted_at IS NULL "
            "WHERE c.deleted_at IS NULL AND c.cadence_days IS NOT NULL ORDER BY c.id",
            (stamp, stamp),
        )
        items: list[CalendarItem] = []
        for uuid, first, last, organisation, cadence, created, snoozed, talked, wrote in found:
            heard = last_in_touch(
                from_iso(created),
                [from_iso(talked)] if talked else [],
                [from_iso(wrote)] if wrote else [],
                now,
            )
            due = max(keep_in_touch_due_on(heard, cadence, self._tz), today)
            snoozed_until = maybe_from_iso(snoozed)
            if snoozed_until is not None and snoozed_until > now:
                due = max(due, local_day(snoozed_until, self._tz))
            name = display_name(first, last)
            last_text = (
                local_day(heard, self._tz).isoformat()
                if talked or wrote
                else self.wording.never_in_touch
            )
            details = [self.wording.follow_up_detail.format(days=cadence, last=last_text)]
            if organisation:
                details.append(self.wording.organisation.format(name=organisation))
            items.append(
                CalendarItem(
                    uid=record_uid(uuid, CalendarKind.FOLLOW_UP),
                    summary=self.wording.follow_up.format(name=name),
                    description="\n".join(details),
                    start=due,
                    kind=CalendarKind.FOLLOW_UP,
                    alarm_before=ALL_DAY_ALARM,
                )
            )
        return items

    # Promises ---------------------------------------------------------------------

    def promises(self) -> list[CalendarItem]:
        found = rows(
            "SELECT p.uuid, p.direction, p.description, p.due_on, c.first_name, c.last_name, "
            "coalesce(o.name, '') FROM promise p JOIN contact c ON c.id = p.contact_id "
            "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
            "WHERE p.deleted_at IS NULL AND p.done_at IS NULL AND p.due_on IS NOT NULL "
            "AND c.deleted_at IS NULL ORDER BY p.due_on, p.id"
        )
        items: list[CalendarItem] = []
        for uuid, direction, description, due_on, first, last, organisation in found:
            template = (
                self.wording.promise_mine
                if PromiseDirection(direction) is PromiseDirection.MINE
                else self.wording.promise_theirs
            )
            name = display_name(first, last)
            items.append(
                CalendarItem(
                    uid=record_uid(uuid, CalendarKind.PROMISE),
                    summary=template.format(name=name, description=description),
                    description=self._organisation(organisation),
                    start=date.fromisoformat(due_on),
                    kind=CalendarKind.PROMISE,
                    alarm_before=ALL_DAY_ALARM,
                )
            )
        return items

    # Meetings ---------------------------------------------------------------------

    def meetings(self, now: datetime) -> list[CalendarItem]:
        prepared = rows(
            "SELECT m.uuid, m.contact_id, m.kind, m.starts_at, m.place, m.purpose, "
            "c.first_name, c.last_name, coalesce(o.name, '') FROM meeting m "
            "LEFT JOIN contact c ON c.id = m.contact_id "
            "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
            "WHERE m.deleted_at IS NULL AND m.status = 'planned' AND m.starts_at IS NOT NULL "
            "AND (c.id IS NULL OR c.deleted_at IS NULL) ORDER BY m.starts_at, m.id"
        )
        items: list[CalendarItem] = []
        days: set[tuple[int, date]] = set()
        for uuid, contact_id, kind, starts_at, place, purpose, first, last, org in prepared:
            start = from_iso(starts_at)
            meeting_kind = MeetingKind(kind)
            kind_name = self.wording.kinds.get(meeting_kind, str(kind))
            name = display_name(first or "", last or "")
            template = self.wording.meeting if name else self.wording.meeting_no_one
            if contact_id is not None:
                days.add((contact_id, local_day(start, self._tz)))
            items.append(
                CalendarItem(
                    uid=record_uid(uuid, CalendarKind.MEETING),
                    summary=template.format(kind=kind_name, name=name),
                    description="\n".join(p for p in (purpose, self._organisation(org)) if p),
                    start=start,
                    duration=MEETING_DURATION.get(meeting_kind, CONVERSATION_DURATION),
                    kind=CalendarKind.MEETING,
                    alarm_before=MEETING_ALARM,
                    location=place,
                )
            )
        planned = rows(
            "SELECT v.uuid, v.contact_id, v.occurred_at, v.topics, coalesce(ch.name, ''), "
            "c.first_name, c.last_name, coalesce(o.name, '') FROM conversation v "
            "JOIN contact c ON c.id = v.contact_id "
            "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
            "LEFT JOIN channel ch ON ch.id = v.channel_id "
            "WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL AND v.occurred_at > ? "
            "ORDER BY v.occurred_at, v.id",
            (to_iso(now),),
        )
        for uuid, contact_id, occurred_at, topics, channel, first, last, org in planned:
            start = from_iso(occurred_at)
            if (contact_id, local_day(start, self._tz)) in days:
                continue  # the prepared meeting stands for it
            name = display_name(first, last)
            summary = (
                self.wording.conversation.format(channel=channel, name=name)
                if channel
                else self.wording.conversation_no_channel.format(name=name)
            )
            items.append(
                CalendarItem(
                    uid=record_uid(uuid, CalendarKind.MEETING),
                    summary=summary,
                    description="\n".join(p for p in (topics, self._organisation(org)) if p),
                    start=start,
                    duration=CONVERSATION_DURATION,
                    kind=CalendarKind.MEETING,
                    alarm_before=MEETING_ALARM,
                )
            )
        return items

    def _organisation(self, name: str) -> str:
        return self.wording.organisation.format(name=name) if name else ""

    def _sort_moment(self, start: date | datetime) -> str:
        if isinstance(start, datetime):
            return to_iso(start)
        return f"{start.isoformat()}T00:00:00"

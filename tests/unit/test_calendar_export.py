"""Calendar export: follow-ups, promises and meetings as an .ics any calendar reads."""

from __future__ import annotations

import io
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, Initiator
from netdesk.domain.meetings import MeetingDraft, MeetingKind, MeetingStatus
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.interchange.icalendar_export import (
    CalendarItem,
    CalendarKind,
    record_uid,
    write_calendar,
)
from netdesk.services.calendar_export import CalendarExportService, CalendarWording
from netdesk.services.workspace import Workspace

STAMP = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
TRICKY = "Zoë Müller, Åsa; ünïcode\nsecond line, with \\ backslash"


def parsed(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def by_uid(calendar: Calendar, name: str = "VEVENT") -> dict[str, Any]:
    return {str(c["UID"]): c for c in calendar.walk(name)}


# The file -----------------------------------------------------------------------------


def sample_items() -> list[CalendarItem]:
    return [
        CalendarItem(
            uid=record_uid("c-1", CalendarKind.FOLLOW_UP),
            summary=f"Follow up with {TRICKY}",
            description=TRICKY,
            start=date(2026, 2, 1),
            kind=CalendarKind.FOLLOW_UP,
            alarm_before=-timedelta(hours=9),
        ),
        CalendarItem(
            uid=record_uid("p-1", CalendarKind.PROMISE),
            summary="Remind Ana: send the CV",
            description="",
            start=date(2026, 2, 3),
            kind=CalendarKind.PROMISE,
        ),
        CalendarItem(
            uid=record_uid("m-1", CalendarKind.MEETING),
            summary="Coffee with Ana",
            description="Ask about archives",
            start=datetime(2026, 2, 2, 14, 30, tzinfo=UTC),
            duration=timedelta(hours=1),
            kind=CalendarKind.MEETING,
            alarm_before=timedelta(minutes=30),
            location="Café de Zon; Leiden",
        ),
    ]


def test_the_calendar_has_the_header_every_program_expects() -> None:
    calendar = parsed(write_calendar(sample_items(), stamp=STAMP))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//netdesk//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert len(calendar.walk("VEVENT")) == 3
    for event in calendar.walk("VEVENT"):
        assert event.decoded("DTSTAMP") == STAMP


def test_all_day_items_are_dates_and_timed_ones_utc() -> None:
    data = write_calendar(sample_items(), stamp=STAMP)
    events = by_uid(parsed(data))
    follow_up = events["c-1-follow-up@netdesk"]
    assert follow_up.decoded("DTSTART") == date(2026, 2, 1)
    assert not isinstance(follow_up.decoded("DTSTART"), datetime)
    assert follow_up.decoded("DTEND") == date(2026, 2, 2)
    meeting = events["m-1-meeting@netdesk"]
    assert meeting.decoded("DTSTART") == datetime(2026, 2, 2, 14, 30, tzinfo=UTC)
    assert meeting.decoded("DURATION") == timedelta(hours=1)
    assert str(meeting["LOCATION"]) == "Café de Zon; Leiden"
    assert b"DTSTART;VALUE=DATE:20260201" in data
    assert b"DTSTART:20260202T143000Z" in data


def test_a_timed_item_in_another_zone_is_written_in_utc() -> None:
    from zoneinfo import ZoneInfo

    start = datetime(2026, 7, 1, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    item = CalendarItem("u@netdesk", "x", "", start, CalendarKind.MEETING)
    data = write_calendar([item], stamp=STAMP)
    assert b"DTSTART:20260701T080000Z" in data
    assert b"DTEND:20260701T090000Z" in data  # an hour when no end is given


def test_alarms_display_a_reminder_before_the_start() -> None:
    events = by_uid(parsed(write_calendar(sample_items(), stamp=STAMP)))
    (alarm,) = events["m-1-meeting@netdesk"].walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]) == "Coffee with Ana"
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=30)
    (morning,) = events["c-1-follow-up@netdesk"].walk("VALARM")
    assert morning.decoded("TRIGGER") == timedelta(hours=9)
    assert events["p-1-promise@netdesk"].walk("VALARM") == []


def test_user_text_survives_escaping() -> None:
    data = write_calendar(sample_items(), stamp=STAMP)
    event = by_uid(parsed(data))["c-1-follow-up@netdesk"]
    assert str(event["SUMMARY"]) == f"Follow up with {TRICKY}"
    assert str(event["DESCRIPTION"]) == TRICKY
    assert b"\\, " in data
    assert b"\\;" in data
    assert b"\\n" in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded


def test_as_todos_follow_ups_and_promises_become_tasks_meetings_stay_events() -> None:
    calendar = parsed(write_calendar(sample_items(), as_todos=True, stamp=STAMP))
    todos = by_uid(calendar, "VTODO")
    assert set(todos) == {"c-1-follow-up@netdesk", "p-1-promise@netdesk"}
    assert todos["p-1-promise@netdesk"].decoded("DUE") == date(2026, 2, 3)
    assert str(todos["p-1-promise@netdesk"]["STATUS"]) == "NEEDS-ACTION"
    (alarm,) = todos["c-1-follow-up@netdesk"].walk("VALARM")
    assert alarm["TRIGGER"].params["RELATED"] == "END"
    assert set(by_uid(calendar)) == {"m-1-meeting@netdesk"}


def test_a_naive_start_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        CalendarItem("u", "s", "", datetime(2026, 1, 1, 9), CalendarKind.MEETING)  # noqa: DTZ001


# What the data file gives ------------------------------------------------------------


@pytest.fixture
def export(workspace: Workspace) -> CalendarExportService:
    return CalendarExportService(workspace.clock, UTC)


def person(ws: Workspace, first: str, last: str = "", **fields: Any) -> int:
    return ws.contacts.create(ContactDraft(first_name=first, last_name=last, **fields)).id


def talk(ws: Workspace, contact_id: int, when: datetime, topics: str = "") -> int:
    return ws.conversations.create(
        ConversationDraft(
            contact_id=contact_id, occurred_at=when, initiated_by=Initiator.ME, topics=topics
        )
    ).id


def test_follow_ups_fall_when_the_cadence_runs_out(
    workspace: Workspace, clock: FixedClock, export: CalendarExportService
) -> None:
    now = clock.now()
    fresh = person(workspace, "Ana", "de Vries", organisation="Acme, Inc.", cadence_days=30)
    late = person(workspace, "Bob", cadence_days=30)
    talk(workspace, late, now - timedelta(days=45))
    snoozed = person(workspace, "Cas", cadence_days=7)
    talk(workspace, snoozed, now - timedelta(days=20))
    workspace.outreach.snooze_to(snoozed, now + timedelta(days=3))
    person(workspace, "Dirk")  # no cadence: no follow-up
    gone = person(workspace, "Eva", cadence_days=30)
    workspace.trash.trash(RecordKind.CONTACT, [gone])

    items = {item.summary: item for item in export.follow_ups(now)}

    assert set(items) == {
        "Follow up with Ana de Vries",
        "Follow up with Bob",
        "Follow up with Cas",
    }
    assert items["Follow up with Ana de Vries"].start == now.date() + timedelta(days=30)
    assert items["Follow up with Bob"].start == now.date()  # overdue: today
    assert items["Follow up with Cas"].start == now.date() + timedelta(days=3)
    assert "Organisation: Acme, Inc." in items["Follow up with Ana de Vries"].description
    uuid = workspace.contacts.get(fresh).uuid
    assert items["Follow up with Ana de Vries"].uid == f"{uuid}-follow-up@netdesk"


def test_a_planned_conversation_does_not_count_as_being_in_touch(
    workspace: Workspace, clock: FixedClock, export: CalendarExportService
) -> None:
    now = clock.now()
    ana = person(workspace, "Ana", cadence_days=30)
    talk(workspace, ana, now - timedelta(days=10))
    talk(workspace, ana, now + timedelta(days=40))
    (item,) = export.follow_ups(now)
    assert item.start == now.date() + timedelta(days=20)


def test_open_dated_promises_only(
    workspace: Workspace, clock: FixedClock, export: CalendarExportService
) -> None:
    ana = person(workspace, "Ana", "de Vries")
    bob = person(workspace, "Bob")
    due = clock.now().date() + timedelta(days=5)

    def promise(who: int, text: str, **fields: Any) -> int:
        return workspace.promises.create(
            PromiseDraft(contact_id=who, description=text, **fields)
        ).id

    promise(ana, "Send my CV; today", due_on=due, direction=PromiseDirection.MINE)
    promise(ana, "Introduce me to Cas", due_on=due)
    promise(ana, "No date")
    promise(ana, "Already done", due_on=due, done=True)
    trashed = promise(ana, "Trashed", due_on=due)
    workspace.trash.trash(RecordKind.PROMISE, [trashed])
    promise(bob, "Bob's, in the trash with him", due_on=due)
    workspace.trash.trash(RecordKind.CONTACT, [bob])

    items = export.promises()

    assert [(i.summary, i.start) for i in items] == [
        ("Promised Ana de Vries: Send my CV; today", due),
        ("Remind Ana de Vries: Introduce me to Cas", due),
    ]


def test_planned_meetings_and_conversations_to_come(
    workspace: Workspace, clock: FixedClock, export: CalendarExportService
) -> None:
    now = clock.now()
    ana = person(workspace, "Ana", "de Vries", organisation="Rijksmuseum")
    bob = person(workspace, "Bob")
    starts = now + timedelta(days=2)
    talk(workspace, ana, starts, "Planned with Ana")  # the prepared meeting stands for it
    talk(workspace, bob, now + timedelta(days=3), "Catch up")
    talk(workspace, bob, now - timedelta(days=3), "Already happened")
    workspace.meetings.create(
        MeetingDraft(
            contact_id=ana,
            starts_at=starts,
            place="Museumstraat 1, Amsterdam",
            kind=MeetingKind.COFFEE,
            purpose="Registration work",
        )
    )
    workspace.meetings.create(MeetingDraft(purpose="Unfinished", status=MeetingStatus.DRAFT))
    trashed = workspace.meetings.create(
        MeetingDraft(contact_id=bob, starts_at=starts, kind=MeetingKind.CALL)
    )
    workspace.trash.trash(RecordKind.MEETING, [trashed.id])

    items = export.meetings(now)

    assert [(i.summary, i.start, i.duration) for i in items] == [
        ("Coffee with Ana de Vries", starts, timedelta(hours=1)),
        ("Meeting with Bob", now + timedelta(days=3), timedelta(hours=1)),
    ]
    assert items[0].location == "Museumstraat 1, Amsterdam"
    assert items[0].description == "Registration work\nOrganisation: Rijksmuseum"
    assert items[1].description == "Catch up"


def test_the_export_file_updates_rather_than_duplicates(
    workspace: Workspace, clock: FixedClock, export: CalendarExportService, tmp_path: Path
) -> None:
    ana = person(workspace, "Ana", cadence_days=30)
    workspace.promises.create(
        PromiseDraft(contact_id=ana, description="CV", due_on=clock.now().date())
    )
    target = tmp_path / "netdesk.ics"

    assert export.export(target) == 2
    first = by_uid(parsed(target.read_bytes()))
    talk(workspace, ana, clock.now())
    clock.advance(timedelta(days=1))
    export.export(target)
    second = by_uid(parsed(target.read_bytes()))

    assert set(first) == set(second)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".part")] == []


def test_wording_can_be_replaced(workspace: Workspace, clock: FixedClock) -> None:
    person(workspace, "Ana", cadence_days=30)
    export = CalendarExportService(
        workspace.clock, UTC, CalendarWording(follow_up="Contact opnemen met {name}")
    )
    stream = io.BytesIO()
    export.export(stream, as_todos=True)
    (todo,) = parsed(stream.getvalue()).walk("VTODO")
    assert str(todo["SUMMARY"]) == "Contact opnemen met Ana"

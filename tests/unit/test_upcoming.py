"""Today's upcoming section: planned conversations and prepared meetings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.meetings import MeetingDraft, MeetingStatus
from netdesk.services.agenda import TodayService
from netdesk.services.workspace import Workspace


def test_the_upcoming_section_merges_and_orders_both_kinds(
    workspace: Workspace, clock: FixedClock
) -> None:
    ann = workspace.contacts.create(ContactDraft(first_name="Ann")).id
    bob = workspace.contacts.create(ContactDraft(first_name="Bob")).id
    workspace.conversations.create(
        ConversationDraft(contact_id=bob, occurred_at=clock.now() + timedelta(days=3))
    )
    workspace.meetings.create(
        MeetingDraft(contact_id=ann, starts_at=clock.now() + timedelta(days=1))
    )
    workspace.meetings.create(  # a draft is not coming up yet
        MeetingDraft(
            contact_id=bob, starts_at=clock.now() + timedelta(days=2), status=MeetingStatus.DRAFT
        )
    )
    upcoming = workspace.today.upcoming(clock.now())
    assert [(item.contact_name, item.meeting_id is not None) for item in upcoming.items] == [
        ("Ann", True),
        ("Bob", False),
    ]
    assert upcoming.total == 2
    # The same person on the same day: the prepared meeting stands in.
    workspace.conversations.create(
        ConversationDraft(contact_id=ann, occurred_at=clock.now() + timedelta(days=1, hours=1))
    )
    assert len(workspace.today.upcoming(clock.now()).items) == 2


def test_a_prepared_meeting_stands_in_on_the_same_local_day(
    workspace: Workspace, clock: FixedClock
) -> None:
    """Days are Amsterdam's: 23:30 UTC on the 16th is 00:30 on the 17th there."""
    amsterdam = ZoneInfo("Europe/Amsterdam")
    today = TodayService(clock, workspace.goal, tz=amsterdam)
    ann = workspace.contacts.create(ContactDraft(first_name="Ann")).id
    meeting = workspace.meetings.create(
        MeetingDraft(contact_id=ann, starts_at=datetime(2026, 1, 16, 23, 30, tzinfo=UTC))
    )
    same_day = workspace.conversations.create(  # 11:00 on the 17th in Amsterdam
        ConversationDraft(contact_id=ann, occurred_at=datetime(2026, 1, 17, 10, 0, tzinfo=UTC))
    )
    day_before = workspace.conversations.create(  # 23:00 on the 16th in Amsterdam
        ConversationDraft(contact_id=ann, occurred_at=datetime(2026, 1, 16, 22, 0, tzinfo=UTC))
    )
    upcoming = today.upcoming(clock.now())
    assert [(i.meeting_id, i.conversation_id) for i in upcoming.items] == [
        (None, day_before.id),
        (meeting.id, None),
    ]
    assert upcoming.total == 2
    assert same_day.id not in [i.conversation_id for i in upcoming.items]


def test_the_upcoming_total_counts_every_stand_in(workspace: Workspace, clock: FixedClock) -> None:
    """However few items are shown, the total leaves out every planned
    conversation a prepared meeting stands in for."""
    people = [workspace.contacts.create(ContactDraft(first_name=f"P{n}")).id for n in range(4)]
    for n, who in enumerate(people):
        when = clock.now() + timedelta(days=n + 1)
        workspace.conversations.create(ConversationDraft(contact_id=who, occurred_at=when))
        if n >= 2:  # the last two are prepared, later the same day
            workspace.meetings.create(
                MeetingDraft(contact_id=who, starts_at=when + timedelta(hours=2))
            )
    everything = workspace.today.upcoming(clock.now())
    assert len(everything.items) == everything.total == 4
    first = workspace.today.upcoming(clock.now(), limit=1)
    assert len(first.items) == 1
    assert first.total == 4
    assert workspace.today.agenda(limit=1).upcoming.total == 4

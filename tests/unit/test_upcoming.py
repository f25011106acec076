"""Today's upcoming section: planned conversations and prepared meetings."""

from __future__ import annotations

from datetime import timedelta

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.meetings import MeetingDraft, MeetingStatus
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

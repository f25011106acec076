"""Give and take: the ledger of what a contact did for me and what I did or
offered, and the flag for a person I only ever approach when I need something."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Contact, ContactDraft
from netdesk.domain.conversations import (
    Conversation,
    ConversationDraft,
    Initiator,
    Referral,
    ReferralDraft,
)
from netdesk.domain.ledger import Balance, EntryKind, Side, balance, build_ledger
from netdesk.domain.promises import Promise, PromiseDirection, PromiseDraft
from netdesk.services.workspace import Workspace

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def promise(pid: int, direction: PromiseDirection, done: bool, contact_id: int = 1) -> Promise:
    return Promise(
        id=pid,
        uuid=str(pid),
        contact_id=contact_id,
        contact_name="Ann",
        direction=direction,
        description=f"promise {pid}",
        due_on=None,
        done_at=NOW - pid * DAY if done else None,
        conversation_id=None,
        created_at=NOW - 30 * DAY,
        updated_at=NOW,
    )


def conversation(cid: int, how_helped: str, when: datetime, contact_id: int = 1) -> Conversation:
    return Conversation(
        id=cid,
        uuid=str(cid),
        contact_id=contact_id,
        contact_name="Ann",
        organisation_name="",
        occurred_at=when,
        channel_id=None,
        channel_name="",
        initiated_by=Initiator.ME,
        topics="",
        notes="",
        told_goal=False,
        referrals=(),
        thanks_sent_at=None,
        how_helped=how_helped,
        created_at=when,
        updated_at=when,
    )


def referral(rid: int, referrer: int, referred: int) -> Referral:
    return Referral(
        rid, str(rid), referrer, "Ann", referred, f"P{referred}", None, "", NOW - rid * DAY
    )


@pytest.mark.parametrize(
    ("received", "given", "expected"),
    [
        (0, 0, Balance.NOTHING_YET),
        (1, 0, Balance.TAKING),
        (2, 0, Balance.ONLY_TAKING),
        (5, 0, Balance.ONLY_TAKING),
        (5, 1, Balance.TAKING),
        (2, 2, Balance.EVEN),
        (0, 1, Balance.GIVING),
        (1, 3, Balance.GIVING),
    ],
)
def test_balance(received: int, given: int, expected: Balance) -> None:
    assert balance(received, given) is expected


def test_the_ledger_sorts_what_each_side_did() -> None:
    ledger = build_ledger(
        1,
        [
            promise(1, PromiseDirection.THEIRS, done=True),  # they did it
            promise(2, PromiseDirection.THEIRS, done=False),  # only offered: not yet received
            promise(3, PromiseDirection.MINE, done=True),
            promise(4, PromiseDirection.MINE, done=False),
            promise(5, PromiseDirection.MINE, done=True, contact_id=2),  # someone else's
        ],
        [referral(2, 1, 7), referral(4, 7, 1), referral(5, 1, 1)],
        [
            conversation(1, "Two names to contact.", NOW - 3 * DAY),
            conversation(2, "", NOW - 2 * DAY),  # nothing said about help
            conversation(3, "Will help.", NOW + DAY),  # planned: has not helped yet
        ],
        NOW,
    )
    assert [(e.kind, e.record_kind, e.record_id) for e in ledger.received] == [
        (EntryKind.PROMISE_KEPT, "promise", 1),
        (EntryKind.REFERRAL, "contact", 7),
        (EntryKind.HELPFUL_CONVERSATION, "conversation", 1),
    ]
    assert [(e.kind, e.record_id) for e in ledger.given] == [
        (EntryKind.MY_PROMISE_KEPT, 3),  # done 3 days ago
        (EntryKind.MY_PROMISE_OPEN, 4),  # offered 30 days ago
    ]
    assert all(e.side is Side.RECEIVED for e in ledger.received)
    assert all(e.side is Side.GIVEN for e in ledger.given)
    assert ledger.balance is Balance.TAKING
    assert not ledger.only_asks


def test_someone_who_helped_twice_while_i_gave_nothing_is_flagged() -> None:
    taking = build_ledger(
        1,
        [promise(1, PromiseDirection.THEIRS, done=True)],
        [referral(1, 1, 7)],
        [],
        NOW,
    )
    assert taking.only_asks
    assert not build_ledger(
        1, [promise(1, PromiseDirection.THEIRS, done=True)], [], [], NOW
    ).only_asks
    giving = build_ledger(
        1,
        [
            promise(1, PromiseDirection.THEIRS, done=True),
            promise(2, PromiseDirection.MINE, done=False),
        ],
        [referral(1, 1, 7)],
        [],
        NOW,
    )
    assert not giving.only_asks  # an offer of mine, even open, counts


def person(ws: Workspace, first: str, **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, **fields))


def test_the_contact_overview_carries_the_ledger(workspace: Workspace, clock: FixedClock) -> None:
    bram = person(workspace, "Bram")
    workspace.conversations.create(
        ConversationDraft(
            contact_id=bram.id,
            occurred_at=clock.now() - 5 * DAY,
            how_helped="Named three people to talk to.",
            referrals=(ReferralDraft(new_contact_name="Noor"),),
        )
    )
    overview = workspace.overview.contact(bram.id)
    assert {e.kind for e in overview.ledger.received} == {
        EntryKind.REFERRAL,
        EntryKind.HELPFUL_CONVERSATION,
    }
    assert overview.ledger.only_asks
    mine = workspace.promises.create(
        PromiseDraft(
            contact_id=bram.id, direction=PromiseDirection.MINE, description="Send the article"
        )
    )
    overview = workspace.overview.contact(bram.id)
    assert not overview.ledger.only_asks
    assert [e.record_id for e in overview.ledger.given] == [mine.id]
    assert [p.id for p in overview.open_promises] == [mine.id]
    workspace.promises.set_done(mine.id, True)
    overview = workspace.overview.contact(bram.id)
    assert overview.open_promises == []
    assert overview.ledger.given[0].kind is EntryKind.MY_PROMISE_KEPT

"""Give and take: what a contact did for me beside what I did or offered for
them (the guidance: be a good network contact to others, and don't only reach
out when you need something).

What they did for me: the promises they kept, the referrals they gave me, and
the conversations that helped me. What I did or offered: my own promises,
kept or still open. A person who has helped me at least twice while I have
offered nothing back is flagged: I only ever approach them when I need
something.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from netdesk.domain.conversations import Conversation, Referral
from netdesk.domain.promises import Promise, PromiseDirection

ONLY_ASKS_MIN = 2


class Side(StrEnum):
    RECEIVED = "received"  # they did it for me
    GIVEN = "given"  # I did or offered it for them


class EntryKind(StrEnum):
    PROMISE_KEPT = "promise_kept"  # they did what they offered
    REFERRAL = "referral"  # they referred me to someone
    HELPFUL_CONVERSATION = "helpful_conversation"  # a conversation that helped me
    MY_PROMISE_KEPT = "my_promise_kept"  # I did what I offered
    MY_PROMISE_OPEN = "my_promise_open"  # I offered, not done yet


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    side: Side
    kind: EntryKind
    when: datetime
    text: str  # the promise, the referred person's name, or how it helped
    record_kind: str  # "promise", "contact" or "conversation": what the entry links to
    record_id: int


class Balance(StrEnum):
    NOTHING_YET = "nothing_yet"
    GIVING = "giving"  # I gave more than I received
    EVEN = "even"
    TAKING = "taking"  # I received more, but gave something too
    ONLY_TAKING = "only_taking"  # helped repeatedly, nothing offered back


def balance(received: int, given: int) -> Balance:
    if received == 0 and given == 0:
        return Balance.NOTHING_YET
    if given == 0 and received >= ONLY_ASKS_MIN:
        return Balance.ONLY_TAKING
    if received > given:
        return Balance.TAKING
    if given > received:
        return Balance.GIVING
    return Balance.EVEN


@dataclass(frozen=True, slots=True)
class Ledger:
    received: tuple[LedgerEntry, ...]  # newest first
    given: tuple[LedgerEntry, ...]  # newest first

    @property
    def balance(self) -> Balance:
        return balance(len(self.received), len(self.given))

    @property
    def only_asks(self) -> bool:
        return self.balance is Balance.ONLY_TAKING


def build_ledger(
    contact_id: int,
    promises: Sequence[Promise],
    referrals: Sequence[Referral],
    conversations: Sequence[Conversation],
    now: datetime,
) -> Ledger:
    """The ledger of one contact from their (live) promises, referrals and conversations."""
    received: list[LedgerEntry] = []
    given: list[LedgerEntry] = []
    for p in promises:
        if p.contact_id != contact_id:
            continue
        if p.direction is PromiseDirection.THEIRS:
            if p.done_at is not None:
                received.append(
                    LedgerEntry(
                        Side.RECEIVED,
                        EntryKind.PROMISE_KEPT,
                        p.done_at,
                        p.description,
                        "promise",
                        p.id,
                    )
                )
        elif p.done_at is not None:
            given.append(
                LedgerEntry(
                    Side.GIVEN, EntryKind.MY_PROMISE_KEPT, p.done_at, p.description, "promise", p.id
                )
            )
        else:
            given.append(
                LedgerEntry(
                    Side.GIVEN,
                    EntryKind.MY_PROMISE_OPEN,
                    p.created_at,
                    p.description,
                    "promise",
                    p.id,
                )
            )
    for r in referrals:
        if r.referrer_id == contact_id and r.referred_id != contact_id:
            received.append(
                LedgerEntry(
                    Side.RECEIVED,
                    EntryKind.REFERRAL,
                    r.created_at,
                    r.referred_name,
                    "contact",
                    r.referred_id,
                )
            )
    for v in conversations:
        if v.contact_id == contact_id and v.how_helped and v.occurred_at <= now:
            received.append(
                LedgerEntry(
                    Side.RECEIVED,
                    EntryKind.HELPFUL_CONVERSATION,
                    v.occurred_at,
                    v.how_helped,
                    "conversation",
                    v.id,
                )
            )
    return Ledger(_newest_first(received), _newest_first(given))


def _newest_first(entries: list[LedgerEntry]) -> tuple[LedgerEntry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.when, e.record_id), reverse=True))

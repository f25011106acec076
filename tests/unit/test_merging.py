"""Merging two contacts in the data file, and undoing the merge exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from netdesk.domain.clock import FixedClock, to_iso
from netdesk.domain.contacts import ContactDraft, Relevance
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.duplicates import MatchReason, MergeRefusal
from netdesk.domain.meetings import MeetingDraft
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.templates import MessageDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.merging import MergeRefusedError, MergeService, contact_references
from netdesk.services.query import rows, scalar
from netdesk.services.workspace import Workspace


@pytest.fixture
def merging(workspace: Workspace, clock: FixedClock) -> MergeService:
    return MergeService(clock, workspace.trash)


def at(day: int, month: int = 1) -> datetime:
    return datetime(2025, month, day, 10, 0, tzinfo=UTC)


@dataclass
class Network:
    keep: int
    other: int
    third: int


def build(ws: Workspace) -> Network:
    """Two records of one person, each with a history, and a friend of theirs."""
    keep = ws.contacts.create(
        ContactDraft(
            first_name="J.",
            last_name="Smit",
            organisation="Acme Archives",
            emails=("jan@acme.example",),
            phones=("+31 6 1234 5678",),
            relevance=Relevance.LOW,
            notes="Met at the fair.",
        )
    ).id
    other = ws.contacts.create(
        ContactDraft(
            first_name="Jan",
            last_name="Smit",
            position="Archivist",
            emails=("JAN@acme.example", "jan.smit@home.example"),
            phones=("+31612345678", "010 555 0101"),
            links=("https://jansmit.example",),
            first_met=date(2023, 3, 4),
            relevance=Relevance.HIGH,
            tags=("alumni",),
            notes="Likes jazz.",
        )
    ).id
    third = ws.contacts.create(
        ContactDraft(first_name="Petra", last_name="Klaver", met_through_id=other)
    ).id
    ws.conversations.create(ConversationDraft(contact_id=keep, occurred_at=at(5), topics="Fair"))
    ws.conversations.create(ConversationDraft(contact_id=keep, occurred_at=at(20)))
    ws.conversations.create(
        ConversationDraft(
            contact_id=other,
            occurred_at=at(10),
            told_goal=True,
            referrals=(ReferralDraft(contact_id=third, note="Knows the director"),),
        )
    )
    ws.conversations.create(ConversationDraft(contact_id=other, occurred_at=at(3)))
    ws.conversations.create(ConversationDraft(contact_id=other, occurred_at=at(1, 2)))
    # Petra referred me to the other record; the kept one to the other (one person).
    ws.conversations.create(
        ConversationDraft(
            contact_id=third, occurred_at=at(2), referrals=(ReferralDraft(contact_id=other),)
        )
    )
    ws.conversations.create(
        ConversationDraft(
            contact_id=keep, occurred_at=at(6), referrals=(ReferralDraft(contact_id=other),)
        )
    )
    ws.promises.create(PromiseDraft(contact_id=other, description="Send the report"))
    ws.promises.create(PromiseDraft(contact_id=keep, description="Introduce me"))
    ws.meetings.create(MeetingDraft(contact_id=other, starts_at=at(1, 3), purpose="Coffee"))
    ws.outreach.mark_sent(MessageDraft(contact_id=other, body="Thanks!"))
    return Network(keep, other, third)


_COUNTS = {
    "conversations": "SELECT count(*) FROM conversation WHERE contact_id = ?",
    "referrals made": "SELECT count(*) FROM referral WHERE referrer_id = ? AND deleted_at IS NULL",
    "referred": "SELECT count(*) FROM referral WHERE referred_id = ? AND deleted_at IS NULL",
    "promises": "SELECT count(*) FROM promise WHERE contact_id = ?",
    "meetings": "SELECT count(*) FROM meeting WHERE contact_id = ?",
    "messages": "SELECT count(*) FROM message WHERE contact_id = ?",
}


def counts(contact_id: int) -> dict[str, int]:
    return {name: int(scalar(sql, (contact_id,))) for name, sql in _COUNTS.items()}


def dump() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search tables by their text), sorted."""
    tables = [
        name
        for (name,) in rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%search_%'"
        )
    ]
    found = {t: sorted(rows(f"SELECT * FROM {t}"), key=repr) for t in tables}
    for table in ("contact_search", "conversation_search"):
        found[table] = sorted(rows(f"SELECT rowid, body FROM {table}"))
    return found


def facts(contact_id: int) -> tuple[Any, ...]:
    return rows(
        "SELECT touched_at, previous_touched_at, told_goal_at FROM contact WHERE id = ?",
        (contact_id,),
    )[0]


def test_the_schema_references_contacts_from_these_columns(workspace: Workspace) -> None:
    """A merge moves every reference it finds in the schema; this list makes
    a new one noticed, so someone checks that moving it is right."""
    assert contact_references() == [
        ("contact", "met_through_id"),
        ("contact_method", "contact_id"),
        ("conversation", "contact_id"),
        ("meeting", "contact_id"),
        ("message", "contact_id"),
        ("promise", "contact_id"),
        ("referral", "referred_id"),
        ("referral", "referrer_id"),
    ]


def test_merge_keeps_every_record_of_both(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    keep_before, other_before = counts(net.keep), counts(net.other)

    merging.merge(net.keep, net.other)

    after = counts(net.keep)
    # The referral from one record to the other stays out of the way: it
    # is not counted as made by the person to themselves.
    assert after == {
        "conversations": keep_before["conversations"] + other_before["conversations"],
        "referrals made": keep_before["referrals made"] - 1 + other_before["referrals made"],
        "referred": keep_before["referred"] + other_before["referred"] - 1,
        "promises": keep_before["promises"] + other_before["promises"],
        "meetings": keep_before["meetings"] + other_before["meetings"],
        "messages": keep_before["messages"] + other_before["messages"],
    }
    assert counts(net.other) == {name: 0 for name in _COUNTS}
    assert not rows(
        "SELECT id FROM referral WHERE deleted_at IS NULL AND referrer_id = referred_id"
    )
    assert scalar("SELECT met_through_id FROM contact WHERE id = ?", (net.third,)) == net.keep


def test_merged_fields(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    merging.merge(net.keep, net.other)

    kept = workspace.contacts.get(net.keep)
    assert kept.display_name == "Jan Smit"
    assert kept.organisation_name == "Acme Archives"
    assert kept.position == "Archivist"
    assert kept.emails == ("jan@acme.example", "jan.smit@home.example")
    assert kept.phones == ("+31 6 1234 5678", "010 555 0101")
    assert kept.links == ("https://jansmit.example",)
    assert kept.first_met == date(2023, 3, 4)
    assert kept.relevance is Relevance.HIGH
    assert kept.tags == ("alumni",)
    assert kept.notes == "Met at the fair.\n\n---\n\nLikes jazz."
    assert workspace.contacts.search_ids("jazz") == [net.keep]
    assert workspace.contacts.search_ids("home.example") == [net.keep]


def test_the_other_contact_goes_to_the_trash(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    merging.merge(net.keep, net.other)
    assert not workspace.contacts.exists(net.other)
    trashed = [(i.kind, i.id) for i in workspace.trash.items()]
    assert (RecordKind.CONTACT, net.other) in trashed


def test_facts_kept_by_triggers_after_merge_and_undo(
    workspace: Workspace, merging: MergeService
) -> None:
    net = build(workspace)
    keep_before, other_before = facts(net.keep), facts(net.other)
    sent_at = to_iso(workspace.clock.now())  # the message, the latest of all

    record = merging.merge(net.keep, net.other)

    assert facts(net.keep) == (sent_at, to_iso(at(1, 2)), to_iso(at(10)))
    merging.unmerge(record)
    assert facts(net.keep) == keep_before
    assert facts(net.other) == other_before
    assert keep_before[2] is None  # the goal was told to the other record only


def test_undo_restores_every_table_exactly(
    workspace: Workspace, merging: MergeService, clock: FixedClock
) -> None:
    net = build(workspace)
    before = dump()
    clock.advance(timedelta(days=3))

    record = merging.merge(net.keep, net.other)
    assert dump() != before
    merging.unmerge(record)

    assert dump() == before
    assert workspace.contacts.exists(net.other)


def test_merge_again_after_undo(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    merging.unmerge(merging.merge(net.keep, net.other))
    merging.merge(net.other, net.keep)
    assert counts(net.keep)["conversations"] == 0
    assert counts(net.other)["conversations"] == 6


def test_kept_contact_met_through_the_other_is_not_its_own_referrer(
    workspace: Workspace, merging: MergeService
) -> None:
    other = workspace.contacts.create(ContactDraft(first_name="Ewa", last_name="Nowak")).id
    keep = workspace.contacts.create(
        ContactDraft(first_name="Ewa", last_name="Nowak", met_through_id=other)
    ).id
    record = merging.merge(keep, other)
    assert workspace.contacts.get(keep).met_through_id is None
    merging.unmerge(record)
    assert workspace.contacts.get(keep).met_through_id == other


def test_refusals(workspace: Workspace, merging: MergeService) -> None:
    a = workspace.contacts.create(ContactDraft(first_name="Anna")).id
    b = workspace.contacts.create(ContactDraft(first_name="Anna")).id
    workspace.trash.trash(RecordKind.CONTACT, [b])
    before = dump()
    cases = [((a, a), MergeRefusal.SAME_CONTACT), ((a, b), MergeRefusal.IN_TRASH)]
    cases += [((b, a), MergeRefusal.IN_TRASH), ((a, 999), MergeRefusal.NOT_FOUND)]
    for (keep, other), code in cases:
        with pytest.raises(MergeRefusedError) as caught:
            merging.merge(keep, other)
        assert caught.value.code is code
    assert dump() == before


def test_a_failure_in_the_middle_writes_nothing(
    workspace: Workspace, merging: MergeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    net = build(workspace)
    before = dump()

    def broken(kind: RecordKind, ids: list[int]) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(workspace.trash, "trash", broken)
    with pytest.raises(RuntimeError):
        merging.merge(net.keep, net.other)
    assert dump() == before


def test_undo_after_the_other_was_deleted_for_good_is_refused(
    workspace: Workspace, merging: MergeService
) -> None:
    net = build(workspace)
    record = merging.merge(net.keep, net.other)
    workspace.trash.empty()
    before = dump()
    with pytest.raises(MergeRefusedError) as caught:
        merging.unmerge(record)
    assert caught.value.code is MergeRefusal.NOT_FOUND
    assert dump() == before


def test_candidates_from_the_data_file(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    by_url = [
        workspace.contacts.create(
            ContactDraft(first_name=name, linkedin_url="https://nl.linkedin.com/in/Bram-V/")
        ).id
        for name in ("Bram", "Bram V.")
    ]
    found = merging.candidates()
    pairs = {(p.first_id, p.second_id): p.reasons for p in found}
    assert pairs[(net.keep, net.other)][0] is MatchReason.SAME_EMAIL
    assert pairs[tuple(by_url)] == (MatchReason.SAME_LINKEDIN,)
    assert found[0].reason is MatchReason.SAME_LINKEDIN
    assert merging.candidates(limit=1) == found[:1]


def test_not_the_same_person_is_remembered(
    workspace: Workspace, merging: MergeService, clock: FixedClock
) -> None:
    net = build(workspace)
    merging.dismiss(net.other, net.keep)
    assert (net.keep, net.other) not in {(p.first_id, p.second_id) for p in merging.candidates()}
    # Kept in the data file, not in the service.
    assert MergeService(clock, workspace.trash).candidates() == merging.candidates()
    merging.undismiss(net.keep, net.other)
    assert (net.keep, net.other) in {(p.first_id, p.second_id) for p in merging.candidates()}


def test_trashed_contacts_are_not_proposed(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    merging.merge(net.keep, net.other)
    assert merging.candidates() == []


def test_conversation_counts(workspace: Workspace, merging: MergeService) -> None:
    net = build(workspace)
    assert merging.conversation_counts([net.keep, net.other, 999]) == {
        net.keep: 3,
        net.other: 3,
        999: 0,
    }

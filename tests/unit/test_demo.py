"""The demo network: a believable job seeker's network, built through the services."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Contact, Relevance
from netdesk.domain.conversations import ChannelKey, Conversation, Initiator, Referral
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.domain.organisations import Organisation, OrganisationDraft
from netdesk.domain.promises import Promise, PromiseDirection
from netdesk.services.demo import build_demo_network
from netdesk.services.workspace import Workspace

DUTCH_CITIES = {
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Leiden",
    "Haarlem",
    "Amersfoort",
    "Groningen",
    "Middelburg",
    "Wassenaar",
    "Maastricht",
    "Zwolle",
    "Delft",
    "Nijmegen",
    "Tilburg",
    "Eindhoven",
    "Arnhem",
}


@pytest.fixture(params=["en", "nl"])
def demo(workspace: Workspace, request: pytest.FixtureRequest) -> Workspace:
    """The demo in each language it ships in: the same network either way."""
    workspace.language = request.param
    build_demo_network(workspace)
    return workspace


def organisations(ws: Workspace) -> list[Organisation]:
    return ws.organisations.get_many(ws.organisations.search_ids())


def contacts(ws: Workspace) -> list[Contact]:
    return ws.contacts.get_many(ws.contacts.search_ids())


def conversations(ws: Workspace) -> list[Conversation]:
    return ws.conversations.get_many(ws.conversations.search_ids())


def promises(ws: Workspace) -> list[Promise]:
    return ws.promises.get_many(ws.promises.search_ids())


def referrals(ws: Workspace) -> list[Referral]:
    return ws.conversations.referrals_involving(ws.contacts.search_ids())


def channel_keys(ws: Workspace) -> dict[int, ChannelKey | None]:
    return {c.id: c.key for c in ws.channels.all(include_archived=True)}


# The file ---------------------------------------------------------------


def test_fills_an_empty_file(demo: Workspace) -> None:
    counts = demo.counts()
    assert 38 <= counts.contacts <= 45
    assert 13 <= counts.organisations <= 17
    assert 70 <= counts.conversations <= 90
    assert counts.open_promises >= 8
    assert counts.trash == 0


def test_refuses_a_file_that_is_not_empty(workspace: Workspace) -> None:
    workspace.organisations.create(OrganisationDraft(name="Mine already"))
    with pytest.raises(DataFileError) as caught:
        build_demo_network(workspace)
    assert caught.value.problem is DataFileProblem.NOT_EMPTY
    assert workspace.counts().organisations == 1
    assert workspace.counts().contacts == 0


def test_is_all_or_nothing(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    real_create = workspace.promises.create
    calls = 0

    def failing_create(draft: Any) -> Promise:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk full")
        return real_create(draft)

    monkeypatch.setattr(workspace.promises, "create", failing_create)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo_network(workspace)
    assert workspace.is_empty()
    assert workspace.counts().conversations == 0
    assert workspace.counts().open_promises == 0

    monkeypatch.undo()
    build_demo_network(workspace)  # nothing was left behind to get in the way
    assert workspace.counts().contacts >= 38


# Organisations ----------------------------------------------------------


def test_organisations_are_complete_and_invented(demo: Workspace) -> None:
    for org in organisations(demo):
        assert org.sector, org.name
        assert org.location in DUTCH_CITIES, org.name
        parts = urlsplit(org.website)
        assert parts.scheme == "https", org.name
        assert (parts.hostname or "").endswith(".example"), org.website


def test_three_to_five_targets_with_research_notes(demo: Workspace) -> None:
    targets = demo.organisations.get_many(demo.organisations.search_ids(targets_only=True))
    assert 3 <= len(targets) <= 5
    for org in targets:
        for notes in (org.culture_notes, org.positions_notes, org.availability_notes):
            assert len(notes.split()) >= 20, (org.name, notes)
        assert org.contact_count >= 3, org.name


def test_every_organisation_has_people(demo: Workspace) -> None:
    assert all(org.contact_count >= 1 for org in organisations(demo))


# People -------------------------------------------------------------------


def test_people_have_varied_realistic_fields(demo: Workspace) -> None:
    people = contacts(demo)
    assert all(p.first_name and p.last_name for p in people)
    assert len({p.display_name for p in people}) == len(people)
    assert sum(1 for p in people if p.position) >= 36
    assert sum(1 for p in people if any(ph.startswith("+31 6 ") for ph in p.phones)) >= 10
    linkedin = [p.linkedin_url for p in people if p.linkedin_url]
    assert len(linkedin) >= 15
    assert all(url.startswith("https://www.linkedin.com/in/") for url in linkedin)
    assert len(set(linkedin)) == len(linkedin)
    assert sum(1 for p in people if p.notes) >= 25
    assert sum(1 for p in people if p.first_met) >= 30


def test_email_addresses_use_the_organisations_domain(demo: Workspace) -> None:
    domains = {
        org.id: (urlsplit(org.website).hostname or "").removeprefix("www.")
        for org in organisations(demo)
    }
    people = contacts(demo)
    assert sum(1 for p in people if p.emails) >= 30
    for person in people:
        for email in person.emails:
            domain = email.partition("@")[2]
            assert domain.endswith(".example"), email
            if person.organisation_id is not None:
                assert domain == domains[person.organisation_id], email


def test_names_are_diverse(demo: Workspace) -> None:
    names = [p.display_name for p in contacts(demo)]
    with_diacritics = [n for n in names if not n.isascii()]
    assert len(with_diacritics) >= 4, with_diacritics
    last_names = {p.last_name for p in contacts(demo)}
    for particle in ("van ", "van der ", "de ", "’t ", "El "):  # noqa: RUF001
        assert any(name.startswith(particle) for name in last_names), particle


def test_some_people_have_no_organisation(demo: Workspace) -> None:
    loners = [p for p in contacts(demo) if p.organisation_id is None and p.how_met]
    assert len(loners) >= 3
    teacher, friend = {"en": ("teacher", "friend"), "nl": ("docent", "vriend")}[demo.language]
    assert any(teacher in p.position.casefold() for p in loners)
    assert any(friend in p.tags for p in loners)


def test_how_we_met_is_varied(demo: Workspace) -> None:
    how = [p.how_met.casefold() for p in contacts(demo) if p.how_met]
    assert len(set(how)) >= 20
    text = " | ".join(how)
    ways = {
        "en": ("alumni", "internship", "thesis supervisor", "friend of a friend", "career fair"),
        "nl": ("alumni", "stage", "scriptiebegeleider", "van een vriend", "banenmarkt"),
    }
    for way in ways[demo.language]:
        assert way in text, way


def test_relevance_tags_and_cadence(demo: Workspace) -> None:
    people = contacts(demo)
    relevance = Counter(p.relevance for p in people)
    assert set(relevance) == set(Relevance)
    assert relevance[Relevance.HIGH] >= 5
    tags = {tag for p in people for tag in p.tags}
    assert {"alumni", "museum", "data", "mentor"} <= tags
    cadences = [p.cadence_days for p in people if p.cadence_days is not None]
    assert len(cadences) >= 20
    assert set(cadences) == {30, 60, 90, 180}


def test_dates_met_are_consistent(demo: Workspace, clock: FixedClock) -> None:
    today = clock.now().date()
    first_talk: dict[int, Any] = {}
    for talk in sorted(conversations(demo), key=lambda v: v.occurred_at):
        first_talk.setdefault(talk.contact_id, talk.occurred_at.date())
    for person in contacts(demo):
        if person.first_met is None:
            continue
        assert person.first_met <= today, person.display_name
        if person.id in first_talk:
            assert person.first_met <= first_talk[person.id], person.display_name


def test_every_record_passes_the_forms_validation(demo: Workspace) -> None:
    for person in contacts(demo):
        demo.contacts.check(person.to_draft(), person.id)  # raises ValidationError if not


# Conversations ------------------------------------------------------------


def test_conversations_span_the_last_year(demo: Workspace, clock: FixedClock) -> None:
    now = clock.now()
    talks = conversations(demo)
    assert all(now - timedelta(days=366) <= v.occurred_at <= now + timedelta(days=7) for v in talks)
    ages = Counter(min((now - v.occurred_at).days // 91, 3) for v in talks if v.occurred_at <= now)
    assert all(ages[quarter] >= 10 for quarter in range(4)), ages


def test_conversations_use_every_channel_and_both_initiators(demo: Workspace) -> None:
    keys = channel_keys(demo)
    talks = conversations(demo)
    used = {keys[v.channel_id] for v in talks if v.channel_id is not None}
    assert used == set(ChannelKey)
    assert {v.initiated_by for v in talks} == set(Initiator)
    assert min(Counter(v.initiated_by for v in talks).values()) >= 20


def test_conversations_have_specific_topics_and_notes(demo: Workspace) -> None:
    talks = conversations(demo)
    assert all(v.topics for v in talks)
    assert len({v.topics for v in talks}) == len(talks)
    assert sum(1 for v in talks if len(v.notes.split()) >= 8) >= len(talks) - 5
    assert all("lorem" not in (v.topics + v.notes).casefold() for v in talks)


def test_told_my_goal_in_most_but_not_all(demo: Workspace) -> None:
    talks = conversations(demo)
    told = sum(1 for v in talks if v.told_goal)
    assert len(talks) * 0.7 <= told < len(talks)


def test_thanks_sent_for_most_but_not_the_latest(demo: Workspace, clock: FixedClock) -> None:
    now = clock.now()
    past = [v for v in conversations(demo) if v.occurred_at <= now]
    thanked = [v for v in past if v.thanks_sent_at is not None]
    assert len(thanked) >= 0.85 * len(past)
    for v in thanked:
        assert v.thanks_sent_at is not None
        assert v.occurred_at < v.thanks_sent_at <= v.occurred_at + timedelta(days=2), v.topics
        assert v.thanks_sent_at <= now
        assert v.how_helped, v.topics
    unthanked = [v for v in past if v.thanks_sent_at is None]
    assert 3 <= len(unthanked) <= 6
    assert all(now - v.occurred_at <= timedelta(days=14) for v in unthanked)
    assert all(not v.how_helped for v in unthanked)


def test_a_networking_interview_is_planned_this_week(demo: Workspace, clock: FixedClock) -> None:
    now = clock.now()
    keys = channel_keys(demo)
    planned = [v for v in conversations(demo) if v.is_planned(now)]
    interviews = [
        v
        for v in planned
        if keys.get(v.channel_id or -1) is ChannelKey.NETWORKING_INTERVIEW
        and timedelta(days=1) <= v.occurred_at - now <= timedelta(days=7)
    ]
    assert interviews
    for interview in interviews:
        assert interview.thanks_sent_at is None
        assert len(interview.topics.split()) >= 4
        assert interview.notes
    assert any(keys.get(v.channel_id or -1) is ChannelKey.COFFEE for v in planned)
    assert all(v.thanks_sent_at is None and not v.how_helped for v in planned)


# Referrals ----------------------------------------------------------------


def test_referrals_are_made_in_conversations(demo: Workspace) -> None:
    found = referrals(demo)
    assert len(found) >= 8
    talk_of = {v.id: v for v in conversations(demo)}
    for referral in found:
        assert referral.conversation_id is not None
        assert talk_of[referral.conversation_id].contact_id == referral.referrer_id


def test_referrals_form_chains_three_people_deep(demo: Workspace) -> None:
    referred_by = {r.referred_id: r.referrer_id for r in referrals(demo)}

    def depth(contact_id: int) -> int:
        people = 1
        while contact_id in referred_by and people < 20:
            contact_id = referred_by[contact_id]
            people += 1
        return people

    deep = [c for c in referred_by if depth(c) >= 3]
    assert len(deep) >= 4
    assert max(depth(c) for c in referred_by) >= 4
    # The detail pane shows the same chain: A referred me to B, who referred me to C.
    longest = max(referred_by, key=depth)
    assert len(demo.overview.contact(longest).referred_by) >= 3


def test_some_referred_people_are_not_contacted_yet(demo: Workspace) -> None:
    spoken_to = {v.contact_id for v in conversations(demo)}
    waiting = {r.referred_id for r in referrals(demo)} - spoken_to
    assert len(waiting) >= 2


def test_people_named_in_a_conversation_become_contacts(demo: Workspace) -> None:
    people = {p.id: p for p in contacts(demo)}
    on_the_spot = [
        r
        for r in referrals(demo)
        if people[r.referred_id].met_through_id == r.referrer_id
        and not people[r.referred_id].how_met
        and people[r.referred_id].organisation_id is None
    ]
    assert len(on_the_spot) in range(1, 4)


# Promises -----------------------------------------------------------------


def test_open_promises_in_both_directions(demo: Workspace, clock: FixedClock) -> None:
    today = clock.now().date()
    all_promises = promises(demo)
    open_ = [p for p in all_promises if not p.is_done]
    assert len(open_) >= 8
    for direction in PromiseDirection:
        assert sum(1 for p in open_ if p.direction is direction) >= 3, direction
    assert sum(1 for p in open_ if p.is_overdue(today)) >= 2
    soon = [p for p in open_ if p.due_on and today <= p.due_on <= today + timedelta(days=7)]
    assert len(soon) >= 2
    assert sum(1 for p in open_ if p.due_on is None) >= 2
    assert sum(1 for p in all_promises if p.is_done) >= 2
    assert all(p.description for p in all_promises)


def test_promises_point_at_a_conversation_with_the_same_person(demo: Workspace) -> None:
    talk_of = {v.id: v for v in conversations(demo)}
    for promise in promises(demo):
        if promise.conversation_id is not None:
            assert talk_of[promise.conversation_id].contact_id == promise.contact_id


# Determinism --------------------------------------------------------------


def snapshot(ws: Workspace, shift: timedelta = timedelta()) -> tuple[Any, ...]:
    """What a person sees, with every time moved back by ``shift``."""
    return (
        [
            (o.name, o.sector, o.location, o.website, o.is_target, o.culture_notes)
            for o in organisations(ws)
        ],
        [
            (
                p.display_name,
                p.organisation_name,
                p.emails,
                p.phones,
                p.tags,
                p.relevance,
                p.met_through_name,
                p.first_met and p.first_met - shift,
            )
            for p in contacts(ws)
        ],
        [
            (
                v.contact_name,
                v.occurred_at - shift,
                v.channel_name,
                v.topics,
                v.thanks_sent_at and v.thanks_sent_at - shift,
                tuple((r.referrer_name, r.referred_name, r.note) for r in v.referrals),
            )
            for v in conversations(ws)
        ],
        [
            (p.contact_name, p.direction, p.description, p.due_on and p.due_on - shift)
            for p in promises(ws)
        ],
    )


def build_and_snapshot(data_dir: Path, clock: FixedClock, shift: timedelta) -> tuple[Any, ...]:
    ws = Workspace.open(data_dir, clock=clock)
    try:
        build_demo_network(ws)
        return snapshot(ws, shift)
    finally:
        ws.close()


def test_same_clock_same_network(tmp_path: Path) -> None:
    first = build_and_snapshot(tmp_path / "one", FixedClock(), timedelta())
    second = build_and_snapshot(tmp_path / "two", FixedClock(), timedelta())
    assert first == second


def test_everything_moves_with_the_clock(tmp_path: Path) -> None:
    later = timedelta(days=1000)
    start = FixedClock().now()
    today = build_and_snapshot(tmp_path / "today", FixedClock(start), timedelta())
    future = build_and_snapshot(tmp_path / "future", FixedClock(start + later), later)
    assert today == future

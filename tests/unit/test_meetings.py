"""Meetings without Qt: readiness, the question bank, questions already
covered, and the meeting service over a real data file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ChannelKey, ConversationDraft, ReferralDraft
from netdesk.domain.errors import ErrorCode, RecordNotFoundError, ValidationError
from netdesk.domain.meetings import (
    REFERRAL_CATEGORY,
    EarlierTalk,
    Gap,
    Materials,
    MeetingDraft,
    MeetingKind,
    MeetingStatus,
    OrganisationResearch,
    Question,
    already_covered,
    merge_banks,
    parse_question_bank,
    readiness,
)
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.meetings import OWN_CATEGORY, shipped_question_bank
from netdesk.services.workspace import Workspace

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
QUESTIONS = (
    *tuple(Question(f"Question {i}?", "culture") for i in range(5)),
    Question("Who else should I talk to?", REFERRAL_CATEGORY),
)
READY = MeetingDraft(
    contact_id=1,
    starts_at=NOW + timedelta(days=1),
    purpose="Learn how registrars work with data",
    introduction="I'm Sanne.",
    research=OrganisationResearch(culture="Informal, small teams"),
    questions=QUESTIONS,
    materials=Materials(cv=True, business_card=True, route_checked=True, confirmed=True),
)


# Readiness -----------------------------------------------------------------------


def test_a_prepared_meeting_has_no_gaps() -> None:
    assert readiness(READY, NOW) == []


def test_an_empty_meeting_lists_everything_missing_in_order() -> None:
    assert readiness(MeetingDraft(contact_id=1), NOW) == [
        Gap.NO_PURPOSE,
        Gap.NO_INTRODUCTION,
        Gap.NO_RESEARCH,
        Gap.NO_QUESTIONS,
        Gap.NOT_CONFIRMED,
        Gap.NO_CV,
        Gap.ROUTE_NOT_CHECKED,
    ]


@pytest.mark.parametrize(
    ("count", "gap"), [(1, Gap.FEW_QUESTIONS), (4, Gap.FEW_QUESTIONS), (11, Gap.MANY_QUESTIONS)]
)
def test_question_count_outside_five_to_ten(count: int, gap: Gap) -> None:
    questions = (
        Question("Who else?", REFERRAL_CATEGORY),
        *tuple(Question(f"Q{i}", "skills") for i in range(count - 1)),
    )

    assert gap in readiness(replace(READY, questions=questions), NOW)
    assert readiness(replace(READY, questions=questions[:1] + QUESTIONS[:5]), NOW) == []


def test_research_on_the_person_or_position_counts() -> None:

    bare = replace(READY, research=OrganisationResearch())
    assert Gap.NO_RESEARCH in readiness(bare, NOW)
    assert readiness(replace(bare, person_background="Curator since 2015"), NOW) == []


def test_a_missing_referral_question_is_pointed_out() -> None:

    no_referral = replace(READY, questions=QUESTIONS[:5])
    assert readiness(no_referral, NOW) == [Gap.NO_REFERRAL_QUESTION]


def test_confirming_matters_only_in_the_last_two_days() -> None:

    unconfirmed = replace(READY, materials=replace(READY.materials, confirmed=False))
    far = replace(unconfirmed, starts_at=NOW + timedelta(days=5))
    assert Gap.NOT_CONFIRMED not in readiness(far, NOW)
    assert Gap.NOT_CONFIRMED in readiness(unconfirmed, NOW)


# Question bank --------------------------------------------------------------------


def test_the_bank_file_format() -> None:
    bank = parse_question_bank(
        "# comment\n[culture] Corporate culture | culture, sfeer\nWhat is it like?  \n\n"
        "Who does well?\n[advice]Advice\nAny tips?\nno key line first is ignored\n"
    )
    assert [(c.key, c.title, c.keywords, c.questions) for c in bank] == [
        (
            "culture",
            "Corporate culture",
            ("culture", "sfeer"),
            ("What is it like?", "Who does well?"),
        ),
        ("advice", "Advice", (), ("Any tips?", "no key line first is ignored")),
    ]
    assert parse_question_bank("orphan question\n") == ()


def test_the_shipped_bank_covers_the_guidance() -> None:
    bank = {c.key: c for c in shipped_question_bank()}
    assert {"culture", "positions", "availability", "skills", "advice", REFERRAL_CATEGORY} <= set(
        bank
    )
    assert all(len(c.questions) >= 3 for c in bank.values())
    assert "Who else do you think I should talk to?" in bank[REFERRAL_CATEGORY].questions
    assert "May I mention your name when I contact them?" in bank[REFERRAL_CATEGORY].questions


def test_merging_banks_keeps_each_question_once() -> None:
    a = parse_question_bank("[x] X | k1\nOne?\nTwo?\n")
    b = parse_question_bank("[x] X | k2\ntwo?\nThree?\n[y] Y\nFour?\n")
    merged = merge_banks(a, b)
    assert [(c.key, c.keywords, c.questions) for c in merged] == [
        ("x", ("k1", "k2"), ("One?", "Two?", "Three?")),
        ("y", (), ("Four?",)),
    ]


def test_questions_covered_before_are_flagged_with_the_latest_talk() -> None:
    bank = shipped_question_bank()
    earlier = [
        EarlierTalk(NOW - timedelta(days=40), "Culture and team atmosphere"),
        EarlierTalk(NOW - timedelta(days=10), "Traineeships", ("Who else should I talk to?",)),
    ]
    culture = already_covered(Question("Anything", "culture"), bank, earlier)
    assert culture is not None
    assert culture.occurred_at == NOW - timedelta(days=40)
    assert not culture.asked_before
    assert culture.topic == "Culture and team atmosphere"
    asked = already_covered(Question("who else should I talk to?", "mine"), bank, earlier)
    assert asked is not None
    assert asked.asked_before
    assert already_covered(Question("Which skills?", "skills"), bank, earlier) is None
    assert already_covered(Question("Anything", "culture"), bank, []) is None


# Service ----------------------------------------------------------------------


@pytest.fixture
def person(workspace: Workspace) -> int:
    return workspace.contacts.create(
        ContactDraft(first_name="Zoë", last_name="Müller", organisation="Rijksmuseum")
    ).id


def test_a_meeting_is_saved_with_questions_and_its_research_reaches_the_organisation(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    draft = MeetingDraft(
        contact_id=person,
        starts_at=clock.now() + timedelta(days=2),
        place="  Museumstraat 1 ",
        purpose="How does registration work here?",
        research=OrganisationResearch(culture="Quiet", news="New wing opens in May"),
        questions=(Question(" What is it like? ", "culture"), Question("  ", "advice")),
    )
    meeting = workspace.meetings.create(draft, research_base=OrganisationResearch())
    assert meeting.contact_name == "Zoë Müller"
    assert meeting.organisation_name == "Rijksmuseum"
    assert meeting.draft.place == "Museumstraat 1"
    assert meeting.draft.questions == (Question("What is it like?", "culture"),)
    organisation = workspace.organisations.get(meeting.organisation_id)
    assert (organisation.culture_notes, organisation.news_notes) == (
        "Quiet",
        "New wing opens in May",
    )
    assert workspace.meetings.research_of(person).news == "New wing opens in May"


def test_a_planned_meeting_needs_a_person_and_a_time_but_a_draft_does_not(
    workspace: Workspace,
) -> None:
    with pytest.raises(ValidationError) as raised:
        workspace.meetings.create(MeetingDraft(purpose="x"))
    assert {e.field for e in raised.value.errors} == {"contact", "starts_at"}
    assert all(e.code is ErrorCode.REQUIRED for e in raised.value.errors)
    draft = workspace.meetings.create(MeetingDraft(purpose="x", status=MeetingStatus.DRAFT))
    assert draft.status is MeetingStatus.DRAFT
    assert draft.contact_name == ""


def test_upcoming_is_soonest_first_and_skips_drafts_done_and_past(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    def meeting(days: float, status: MeetingStatus = MeetingStatus.PLANNED) -> int:
        return workspace.meetings.create(
            MeetingDraft(
                contact_id=person, starts_at=clock.now() + timedelta(days=days), status=status
            )
        ).id

    later, soon = meeting(3), meeting(1)
    meeting(-2)
    meeting(2, MeetingStatus.DRAFT)
    assert [m.id for m in workspace.meetings.upcoming(clock.now())] == [soon, later]
    assert workspace.meetings.next_upcoming(clock.now()).id == soon
    workspace.trash.trash(RecordKind.CONTACT, [person])
    assert workspace.meetings.upcoming(clock.now()) == []  # hidden with the person
    with pytest.raises(RecordNotFoundError):
        workspace.meetings.get(soon)


def test_logging_the_outcome_makes_a_conversation_with_referrals_and_promises(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    meeting = workspace.meetings.create(
        MeetingDraft(
            contact_id=person,
            starts_at=clock.now() - timedelta(hours=2),
            kind=MeetingKind.COFFEE,
            introduction="I'm Sanne.",
            questions=(Question("Who else should I talk to?", REFERRAL_CATEGORY),),
        )
    )
    draft = workspace.meetings.outcome_draft(meeting)
    assert draft.channel_id == workspace.channels.by_key(ChannelKey.COFFEE).id
    assert draft.occurred_at == meeting.starts_at
    assert not draft.told_goal  # the user says whether they told their goal
    done = workspace.meetings.log_outcome(
        meeting.id,
        ConversationDraft(
            contact_id=None,
            occurred_at=draft.occurred_at,
            channel_id=draft.channel_id,
            topics="Registration, culture",
            referrals=(ReferralDraft(new_contact_name="Sem de Vries"),),
        ),
        [
            PromiseDraft(
                contact_id=None, direction=PromiseDirection.THEIRS, description="Intro to Sem"
            )
        ],
    )
    assert done.status is MeetingStatus.DONE
    conversation = workspace.conversations.get(done.conversation_id)
    assert conversation.contact_id == person
    assert conversation.thanks_sent_at is None  # the thank-you clock starts now
    promises = workspace.promises.get_many(workspace.promises.search_ids())
    assert [p.description for p in promises] == ["Intro to Sem"]
    talks = workspace.meetings.earlier_talks(person, before=clock.now())
    assert talks[0].questions_asked == ("Who else should I talk to?",)


def test_a_failed_outcome_changes_nothing(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    meeting = workspace.meetings.create(MeetingDraft(contact_id=person, starts_at=clock.now()))
    with pytest.raises(ValidationError):
        workspace.meetings.log_outcome(
            meeting.id,
            ConversationDraft(contact_id=None, occurred_at=clock.now(), topics="ok"),
            [PromiseDraft(contact_id=None, description="")],  # a promise needs words
        )
    assert workspace.meetings.get(meeting.id).status is MeetingStatus.PLANNED
    assert workspace.conversations.count() == 0


def test_own_questions_join_the_bank(workspace: Workspace) -> None:
    workspace.meetings.add_own_question("  What would you do in my shoes? ")
    workspace.meetings.add_own_question("What would you do in my shoes?")
    [own] = [c for c in workspace.meetings.question_bank() if c.key == OWN_CATEGORY]
    assert own.questions == ("What would you do in my shoes?",)


def test_a_new_person_is_added_with_the_meeting_or_not_at_all(
    workspace: Workspace, clock: FixedClock
) -> None:
    meeting = workspace.meetings.save(
        None,
        MeetingDraft(starts_at=clock.now()),
        new_person="Li Wei Zhang",
        organisation="Naturalis",
    )
    contact = workspace.contacts.get(meeting.draft.contact_id)
    assert (contact.first_name, contact.last_name) == ("Li", "Wei Zhang")
    assert meeting.organisation_name == "Naturalis"
    with pytest.raises(ValidationError):
        workspace.meetings.save(
            None, MeetingDraft(starts_at=None), new_person="Nobody Kept", organisation="X"
        )
    assert workspace.contacts.count() == 1


def test_only_notes_changed_from_what_was_shown_reach_the_organisation(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    organisation_id = workspace.contacts.get(person).organisation_id
    shown = OrganisationResearch(culture="Quiet", positions="Registrars")
    workspace.meetings.create(
        MeetingDraft(contact_id=person, starts_at=clock.now(), research=shown),
        research_base=OrganisationResearch(),
    )
    # Meanwhile the organisation's positions notes grow elsewhere.
    draft = workspace.organisations.get(organisation_id).to_draft()
    workspace.organisations.update(organisation_id, replace(draft, positions_notes="Newer"))
    # A meeting shown the old notes changes only the culture: positions stay newer.
    workspace.meetings.create(
        MeetingDraft(
            contact_id=person,
            starts_at=clock.now(),
            research=replace(shown, culture="Quiet, careful"),
        ),
        research_base=shown,
    )
    organisation = workspace.organisations.get(organisation_id)
    assert (organisation.culture_notes, organisation.positions_notes) == (
        "Quiet, careful",
        "Newer",
    )
    # Nothing shown (no base): nothing written, whatever the meeting holds.
    workspace.meetings.create(
        MeetingDraft(contact_id=person, starts_at=clock.now(), research=OrganisationResearch())
    )
    assert workspace.organisations.get(organisation_id).culture_notes == "Quiet, careful"


def test_an_organisation_in_the_trash_is_not_written_to(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    organisation_id = workspace.contacts.get(person).organisation_id
    workspace.trash.trash(RecordKind.ORGANISATION, [organisation_id])
    workspace.meetings.create(
        MeetingDraft(
            contact_id=person,
            starts_at=clock.now(),
            research=OrganisationResearch(culture="typed"),
        ),
        research_base=OrganisationResearch(),
    )
    workspace.trash.restore(RecordKind.ORGANISATION, [organisation_id])
    assert workspace.organisations.get(organisation_id).culture_notes == ""


def test_an_outcome_is_logged_once_and_can_be_taken_back(
    workspace: Workspace, person: int, clock: FixedClock
) -> None:
    meeting = workspace.meetings.create(MeetingDraft(contact_id=person, starts_at=clock.now()))
    outcome = ConversationDraft(contact_id=None, occurred_at=clock.now(), topics="Work")
    promise = PromiseDraft(contact_id=None, description="Send my CV")
    done = workspace.meetings.log_outcome(meeting.id, outcome, [promise])
    with pytest.raises(ValidationError) as raised:
        workspace.meetings.log_outcome(meeting.id, outcome)
    assert raised.value.errors[0].code is ErrorCode.ALREADY_LOGGED
    assert workspace.conversations.count() == 1

    workspace.meetings.undo_outcome(meeting.id)
    assert workspace.meetings.get(meeting.id).status is MeetingStatus.PLANNED
    assert workspace.conversations.count() == 0
    assert workspace.promises.count_open() == 0
    workspace.meetings.redo_outcome(meeting.id, done.conversation_id)
    again = workspace.meetings.get(meeting.id)
    assert (again.status, again.conversation_id) == (MeetingStatus.DONE, done.conversation_id)
    assert workspace.conversations.count() == 1
    assert workspace.promises.count_open() == 1

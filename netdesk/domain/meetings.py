"""Meetings being prepared: the guidance's networking (information) interview,
or a coffee, call or event, with everything the job seeker readies for it.

A meeting starts as a draft in the preparation wizard, is planned once saved,
and is done when its outcome has been logged as a conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from netdesk.domain.conversations import ChannelKey
from netdesk.domain.errors import ErrorCode, FieldError
from netdesk.domain.text import clean_block, clean_line, fold
from netdesk.domain.validation import check_block, check_line

# The guidance's usual range for a networking interview.
FEWEST_QUESTIONS = 5
MOST_QUESTIONS = 10
MAX_QUESTIONS = 40
# Confirm the meeting a day or two before; warn when it is this close.
CONFIRM_WITHIN = timedelta(days=2)


class MeetingKind(StrEnum):
    NETWORKING_INTERVIEW = "networking_interview"
    COFFEE = "coffee"
    CALL = "call"
    EVENT = "event"

    @property
    def channel(self) -> ChannelKey:
        """The channel the conversation is logged under afterwards."""
        return {
            MeetingKind.NETWORKING_INTERVIEW: ChannelKey.NETWORKING_INTERVIEW,
            MeetingKind.COFFEE: ChannelKey.COFFEE,
            MeetingKind.CALL: ChannelKey.PHONE,
            MeetingKind.EVENT: ChannelKey.EVENT,
        }[self]


class MeetingStatus(StrEnum):
    DRAFT = "draft"  # the wizard was left before finishing; nothing typed is lost
    PLANNED = "planned"
    DONE = "done"  # its outcome was logged as a conversation


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    category: str = ""  # a bank category key, or "" for the user's own


@dataclass(frozen=True, slots=True)
class Materials:
    cv: bool = False
    business_card: bool = False
    route_checked: bool = False
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class OrganisationResearch:
    """What I found out about the organisation; kept on the organisation
    itself, so the next meeting there starts from it."""

    culture: str = ""
    positions: str = ""
    availability: str = ""
    news: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.culture or self.positions or self.availability or self.news)


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    contact_id: int | None = None
    starts_at: datetime | None = None
    place: str = ""
    kind: MeetingKind = MeetingKind.NETWORKING_INTERVIEW
    purpose: str = ""
    pitch_id: int | None = None
    introduction: str = ""  # the words for this meeting: the pitch's, or a tailored copy
    research: OrganisationResearch = field(default_factory=OrganisationResearch)
    position_research: str = ""
    person_background: str = ""
    questions: tuple[Question, ...] = ()
    materials: Materials = field(default_factory=Materials)
    status: MeetingStatus = MeetingStatus.PLANNED


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int
    uuid: str
    draft: MeetingDraft
    contact_name: str
    organisation_id: int | None
    organisation_name: str
    conversation_id: int | None
    created_at: datetime
    updated_at: datetime

    @property
    def starts_at(self) -> datetime | None:
        return self.draft.starts_at

    @property
    def status(self) -> MeetingStatus:
        return self.draft.status


def normalise_meeting(draft: MeetingDraft) -> MeetingDraft:
    questions = tuple(
        Question(clean_line(q.text), q.category) for q in draft.questions if clean_line(q.text)
    )
    research = OrganisationResearch(
        culture=clean_block(draft.research.culture),
        positions=clean_block(draft.research.positions),
        availability=clean_block(draft.research.availability),
        news=clean_block(draft.research.news),
    )
    return replace(
        draft,
        place=clean_line(draft.place),
        purpose=clean_block(draft.purpose),
        introduction=clean_block(draft.introduction),
        research=research,
        position_research=clean_block(draft.position_research),
        person_background=clean_block(draft.person_background),
        questions=questions,
    )


def validate_meeting(draft: MeetingDraft) -> list[FieldError]:
    """Errors that stop saving. A draft needs nothing; a planned meeting needs
    the person and the time (everything else is a readiness gap, not an error)."""
    errors = check_line("place", draft.place)
    for name, value in (
        ("purpose", draft.purpose),
        ("introduction", draft.introduction),
        ("position_research", draft.position_research),
        ("person_background", draft.person_background),
        ("culture", draft.research.culture),
        ("positions", draft.research.positions),
        ("availability", draft.research.availability),
        ("news", draft.research.news),
    ):
        errors += check_block(name, value)
    if len(draft.questions) > MAX_QUESTIONS:
        errors.append(
            FieldError(
                "questions", ErrorCode.TOO_LONG, str(len(draft.questions)), limit=MAX_QUESTIONS
            )
        )
    for index, question in enumerate(draft.questions):
        errors += [replace(error, index=index) for error in check_line("questions", question.text)]
    if draft.status is not MeetingStatus.DRAFT:
        if draft.contact_id is None:
            errors.append(FieldError("contact", ErrorCode.REQUIRED))
        if draft.starts_at is None:
            errors.append(FieldError("starts_at", ErrorCode.REQUIRED))
    return errors


class Gap(StrEnum):
    """Something still missing before the meeting, in the order it is shown."""

    NO_PURPOSE = "no_purpose"
    NO_INTRODUCTION = "no_introduction"
    NO_RESEARCH = "no_research"
    NO_QUESTIONS = "no_questions"
    FEW_QUESTIONS = "few_questions"
    MANY_QUESTIONS = "many_questions"
    NO_REFERRAL_QUESTION = "no_referral_question"
    NOT_CONFIRMED = "not_confirmed"
    NO_CV = "no_cv"
    ROUTE_NOT_CHECKED = "route_not_checked"


REFERRAL_CATEGORY = "referrals"


def readiness(draft: MeetingDraft, now: datetime) -> list[Gap]:
    """What is still missing. The user may go anyway; this only says so."""
    gaps: list[Gap] = []
    if not draft.purpose.strip():
        gaps.append(Gap.NO_PURPOSE)
    if not draft.introduction.strip():
        gaps.append(Gap.NO_INTRODUCTION)
    if (
        draft.research.is_empty
        and not draft.position_research.strip()
        and not draft.person_background.strip()
    ):
        gaps.append(Gap.NO_RESEARCH)
    count = len(draft.questions)
    if count == 0:
        gaps.append(Gap.NO_QUESTIONS)
    elif count < FEWEST_QUESTIONS:
        gaps.append(Gap.FEW_QUESTIONS)
    elif count > MOST_QUESTIONS:
        gaps.append(Gap.MANY_QUESTIONS)
    if count and not any(q.category == REFERRAL_CATEGORY for q in draft.questions):
        gaps.append(Gap.NO_REFERRAL_QUESTION)
    soon = draft.starts_at is not None and draft.starts_at - now <= CONFIRM_WITHIN
    if not draft.materials.confirmed and (soon or draft.starts_at is None):
        gaps.append(Gap.NOT_CONFIRMED)
    if not draft.materials.cv:
        gaps.append(Gap.NO_CV)
    if not draft.materials.route_checked:
        gaps.append(Gap.ROUTE_NOT_CHECKED)
    return gaps


# The question bank --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionCategory:
    key: str
    title: str
    keywords: tuple[str, ...]  # words in a conversation's topics that suggest it was covered
    questions: tuple[str, ...]


def parse_question_bank(text: str) -> tuple[QuestionCategory, ...]:
    """The bank's text format: a ``[key] Title | keyword, keyword`` line opens
    a category; each following non-blank line is a question; # starts a comment."""
    categories: list[QuestionCategory] = []
    key = title = ""
    keywords: tuple[str, ...] = ()
    questions: list[str] = []

    def close() -> None:
        if key:
            categories.append(QuestionCategory(key, title, keywords, tuple(questions)))

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and "]" in line:
            close()
            key, rest = line[1:].split("]", 1)
            key = key.strip()
            title, _, words = rest.partition("|")
            title = title.strip() or key
            keywords = tuple(w.strip() for w in words.split(",") if w.strip())
            questions = []
        elif key:
            questions.append(clean_line(line))
    close()
    return tuple(categories)


def merge_banks(*banks: tuple[QuestionCategory, ...]) -> tuple[QuestionCategory, ...]:
    """Categories with the same key are joined, questions kept once, in order."""
    merged: dict[str, QuestionCategory] = {}
    for bank in banks:
        for category in bank:
            known = merged.get(category.key)
            if known is None:
                merged[category.key] = category
                continue
            seen = {fold(q) for q in known.questions}
            extra = tuple(q for q in category.questions if fold(q) not in seen)
            merged[category.key] = replace(
                known,
                keywords=known.keywords + category.keywords,
                questions=known.questions + extra,
            )
    return tuple(merged.values())


@dataclass(frozen=True, slots=True)
class EarlierTalk:
    """An earlier conversation with the person: when, and what about."""

    occurred_at: datetime
    topics: str
    questions_asked: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Covered:
    """Why a question may already have been answered: asked before, or its
    subject came up in an earlier conversation."""

    occurred_at: datetime
    asked_before: bool
    topic: str = ""


def already_covered(
    question: Question,
    bank: tuple[QuestionCategory, ...],
    earlier: list[EarlierTalk],
) -> Covered | None:
    """The most recent earlier conversation that seems to have answered this."""
    key = fold(question.text)
    keywords = next((c.keywords for c in bank if c.key == question.category), ())
    for talk in sorted(earlier, key=lambda t: t.occurred_at, reverse=True):
        if any(fold(asked) == key for asked in talk.questions_asked):
            return Covered(talk.occurred_at, asked_before=True)
        topic_words = set(fold(talk.topics).replace(",", " ").split())
        hit = next((w for w in keywords if fold(w) in topic_words), None)
        if hit is not None:
            return Covered(talk.occurred_at, asked_before=False, topic=talk.topics)
    return None

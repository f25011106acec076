"""Meetings being prepared, their questions, the question bank, and logging
a meeting's outcome as a conversation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import cache
from typing import Any

from netdesk.domain.clock import Clock, from_iso, maybe_from_iso, maybe_to_iso, to_iso
from netdesk.domain.contacts import ContactDraft, display_name
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.meetings import (
    EarlierTalk,
    Materials,
    Meeting,
    MeetingDraft,
    MeetingKind,
    MeetingStatus,
    OrganisationResearch,
    Question,
    QuestionCategory,
    merge_banks,
    normalise_meeting,
    parse_question_bank,
    validate_meeting,
)
from netdesk.domain.organisations import organisation_key
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.text import clean_line
from netdesk.services.channels import ChannelService
from netdesk.services.contacts import ContactService
from netdesk.services.conversations import ConversationService
from netdesk.services.promises import PromiseService
from netdesk.services.query import new_uuid, placeholders, rows
from netdesk.services.settings import SettingsService
from netdesk.services.shipped_text import (
    DEFAULT_LANGUAGE,
    LanguageSource,
    current_language,
    shipped_file,
)
from netdesk.store.db import database

OWN_CATEGORY = "mine"
_OWN_QUESTIONS = "questions.own"
_COLUMNS = (
    "m.id, m.uuid, m.contact_id, m.starts_at, m.place, m.kind, m.purpose, m.pitch_id, "
    "m.introduction, m.research_culture, m.research_positions, m.research_availability, "
    "m.research_news, m.position_research, m.person_background, m.has_cv, "
    "m.has_business_card, m.route_checked, m.confirmed, m.status, m.conversation_id, "
    "m.created_at, m.updated_at, c.first_name, c.last_name, o.id, o.name"
)
_FROM = (
    "FROM meeting m LEFT JOIN contact c ON c.id = m.contact_id "
    "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL"
)
# A meeting of a trashed person is hidden with them, like their conversations.
_LIVE = "m.deleted_at IS NULL AND (m.contact_id IS NULL OR c.deleted_at IS NULL)"


@cache
def shipped_question_bank(language: str = DEFAULT_LANGUAGE) -> tuple[QuestionCategory, ...]:
    """The bank in ``language`` (English if it has none). Category keys are the
    same in every language, so questions stored in a meeting keep their category."""
    path = shipped_file("questions", language, "questions.txt")
    return parse_question_bank(path.read_text("utf-8")) if path is not None else ()


class MeetingService:
    def __init__(
        self,
        clock: Clock,
        contacts: ContactService,
        conversations: ConversationService,
        promises: PromiseService,
        channels: ChannelService,
        settings: SettingsService | None = None,
        *,
        language: LanguageSource = DEFAULT_LANGUAGE,
    ) -> None:
        self._clock = clock
        self._language = language
        self._contacts = contacts
        self._conversations = conversations
        self._promises = promises
        self._channels = channels
        self._settings = settings or SettingsService()

    # Reading ---------------------------------------------------------------

    def get(self, meeting_id: int) -> Meeting:
        found = rows(f"SELECT {_COLUMNS} {_FROM} WHERE m.id = ? AND {_LIVE}", (meeting_id,))
        if not found:
            raise RecordNotFoundError("meeting", meeting_id)
        return self._from_rows(found)[0]

    def all(self) -> list[Meeting]:
        """Every meeting: drafts and planned ones by time (undated last), then done."""
        found = rows(
            f"SELECT {_COLUMNS} {_FROM} WHERE {_LIVE} ORDER BY m.status = 'done', "
            "m.starts_at IS NULL, m.starts_at, m.id"
        )
        return self._from_rows(found)

    def upcoming(self, now: datetime, limit: int | None = None) -> list[Meeting]:
        """Planned meetings from the start of the current hour on, soonest first."""
        since = to_iso(now.replace(minute=0, second=0, microsecond=0))
        sql = (
            f"SELECT {_COLUMNS} {_FROM} WHERE {_LIVE} AND m.status = 'planned' "
            "AND m.starts_at >= ? ORDER BY m.starts_at, m.id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit):d}"
        return self._from_rows(rows(sql, (since,)))

    def next_upcoming(self, now: datetime) -> Meeting | None:
        found = self.upcoming(now, limit=1)
        return found[0] if found else None

    def for_contact(self, contact_id: int) -> list[Meeting]:
        found = rows(
            f"SELECT {_COLUMNS} {_FROM} WHERE {_LIVE} AND m.contact_id = ? "
            "ORDER BY m.starts_at DESC, m.id DESC",
            (contact_id,),
        )
        return self._from_rows(found)

    def research_of(self, contact_id: int | None) -> OrganisationResearch:
        """What netdesk knows about the person's organisation, to start from."""
        if contact_id is None:
            return OrganisationResearch()
        found = rows(
            "SELECT o.culture_notes, o.positions_notes, o.availability_notes, o.news_notes "
            "FROM contact c JOIN organisation o ON o.id = c.organisation_id "
            "WHERE c.id = ? AND o.deleted_at IS NULL",
            (contact_id,),
        )
        return OrganisationResearch(*found[0]) if found else OrganisationResearch()

    def earlier_talks(self, contact_id: int, before: datetime | None = None) -> list[EarlierTalk]:
        """Earlier conversations with the person, with the questions asked in
        the meetings that led to them."""
        asked: dict[int, list[str]] = {}
        for conversation_id, text in rows(
            "SELECT m.conversation_id, q.text FROM meeting m "
            "JOIN meeting_question q ON q.meeting_id = m.id "
            "WHERE m.contact_id = ? AND m.conversation_id IS NOT NULL AND m.deleted_at IS NULL "
            "ORDER BY q.position",
            (contact_id,),
        ):
            asked.setdefault(conversation_id, []).append(text)
        limit = to_iso(before or self._clock.now())
        return [
            EarlierTalk(from_iso(occurred_at), topics, tuple(asked.get(conversation_id, ())))
            for conversation_id, occurred_at, topics in rows(
                "SELECT id, occurred_at, topics FROM conversation "
                "WHERE contact_id = ? AND deleted_at IS NULL AND occurred_at < ? "
                "ORDER BY occurred_at DESC",
                (contact_id, limit),
            )
        ]

    def question_bank(self) -> tuple[QuestionCategory, ...]:
        """The shipped bank, then the user's own questions."""
        return merge_banks(shipped_question_bank(self.language), self._own_bank())

    @property
    def language(self) -> str:
        """The language of the shipped question bank (the interface language)."""
        return current_language(self._language)

    def own_questions(self) -> tuple[str, ...]:
        text = self._settings.text(_OWN_QUESTIONS)
        return tuple(line for line in text.split("\n") if line)

    def add_own_question(self, text: str) -> None:
        question = clean_line(text)
        if question and question not in self.own_questions():
            self._settings.set_text(_OWN_QUESTIONS, "\n".join((*self.own_questions(), question)))

    def set_own_questions(self, questions: Sequence[str]) -> None:
        cleaned = [clean_line(q) for q in questions if clean_line(q)]
        self._settings.set_text(_OWN_QUESTIONS, "\n".join(dict.fromkeys(cleaned)))

    def _own_bank(self) -> tuple[QuestionCategory, ...]:
        own = self.own_questions()
        return (QuestionCategory(OWN_CATEGORY, "", (), own),) if own else ()

    # Writing -------------------------------------------------------------------

    def create(
        self, draft: MeetingDraft, *, research_base: OrganisationResearch | None = None
    ) -> Meeting:
        """Save a new meeting. With ``research_base`` (the organisation's notes
        as they were shown), the notes the user changed are written back to
        the person's organisation; without it the organisation is left alone."""
        draft = self._checked(draft)
        now = to_iso(self._clock.now())
        with database.atomic():
            cursor = database.execute_sql(
                f"INSERT INTO meeting (uuid, created_at, updated_at, {_WRITE_COLUMNS}) "
                f"VALUES (?, ?, ?, {placeholders(len(_WRITE_COLUMNS.split(',')))})",
                (new_uuid(), now, now, *_write_values(draft)),
            )
            meeting_id = int(cursor.lastrowid)
            self._write_questions(meeting_id, draft.questions)
            self._write_back_research(draft, research_base)
        return self.get(meeting_id)

    def update(
        self,
        meeting_id: int,
        draft: MeetingDraft,
        *,
        research_base: OrganisationResearch | None = None,
    ) -> Meeting:
        draft = self._checked(draft)
        assignments = ", ".join(f"{c.strip()} = ?" for c in _WRITE_COLUMNS.split(","))
        with database.atomic():
            self.get(meeting_id)
            database.execute_sql(
                f"UPDATE meeting SET {assignments}, updated_at = ? WHERE id = ?",
                (*_write_values(draft), to_iso(self._clock.now()), meeting_id),
            )
            self._write_questions(meeting_id, draft.questions)
            self._write_back_research(draft, research_base)
        return self.get(meeting_id)

    def save(
        self,
        meeting_id: int | None,
        draft: MeetingDraft,
        *,
        new_person: str = "",
        organisation: str = "",
        research_base: OrganisationResearch | None = None,
    ) -> Meeting:
        """Create or update; with ``new_person``, first add that person (at
        ``organisation``) as a contact, all in one transaction."""
        with database.atomic():
            if new_person:
                first, _, last = clean_line(new_person).partition(" ")
                contact = self._contacts.create(
                    ContactDraft(first_name=first, last_name=last, organisation=organisation)
                )
                draft = replace(draft, contact_id=contact.id)
            if meeting_id is None:
                return self.create(draft, research_base=research_base)
            return self.update(meeting_id, draft, research_base=research_base)

    def research_of_organisation(self, name: str) -> OrganisationResearch:
        """The notes on an organisation known by this name (for a new person there)."""
        found = rows(
            "SELECT culture_notes, positions_notes, availability_notes, news_notes "
            "FROM organisation WHERE name_key = ? AND deleted_at IS NULL",
            (organisation_key(clean_line(name)),),
        )
        return OrganisationResearch(*found[0]) if found else OrganisationResearch()

    def log_outcome(
        self,
        meeting_id: int,
        conversation: ConversationDraft,
        promises: Sequence[PromiseDraft] = (),
    ) -> Meeting:
        """Turn the meeting into a conversation (with its referrals and the
        promises made), all at once or not at all. A meeting is logged once."""
        with database.atomic():
            meeting = self.get(meeting_id)
            if meeting.status is MeetingStatus.DONE:
                raise ValidationError([FieldError("meeting", ErrorCode.ALREADY_LOGGED)])
            logged = self._conversations.create(
                replace(conversation, contact_id=meeting.draft.contact_id)
            )
            for promise in promises:
                self._promises.create(
                    replace(promise, contact_id=meeting.draft.contact_id, conversation_id=logged.id)
                )
            database.execute_sql(
                "UPDATE meeting SET status = 'done', conversation_id = ?, updated_at = ? "
                "WHERE id = ?",
                (logged.id, to_iso(self._clock.now()), meeting_id),
            )
        return self.get(meeting_id)

    def undo_outcome(self, meeting_id: int) -> None:
        """Take a logged outcome back: its conversation and the promises made
        with it go to the trash, and the meeting is planned again."""
        now = to_iso(self._clock.now())
        with database.atomic():
            conversation_id = self.get(meeting_id).conversation_id
            if conversation_id is None:
                return
            self._mark_outcome(conversation_id, now)
            database.execute_sql(
                "UPDATE meeting SET status = 'planned', conversation_id = NULL, updated_at = ? "
                "WHERE id = ?",
                (now, meeting_id),
            )

    def redo_outcome(self, meeting_id: int, conversation_id: int) -> None:
        """The inverse of undo_outcome: the same conversation and promises back."""
        now = to_iso(self._clock.now())
        with database.atomic():
            self._mark_outcome(conversation_id, None)
            database.execute_sql(
                "UPDATE meeting SET status = 'done', conversation_id = ?, updated_at = ? "
                "WHERE id = ?",
                (conversation_id, now, meeting_id),
            )

    def _mark_outcome(self, conversation_id: int, deleted_at: str | None) -> None:
        now = to_iso(self._clock.now())
        for table, key in (("conversation", "id"), ("promise", "conversation_id")):
            database.execute_sql(
                f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE {key} = ?",
                (deleted_at, now, conversation_id),
            )

    def outcome_draft(self, meeting: Meeting) -> ConversationDraft:
        """A conversation ready to fill in: the person, the time, the channel."""
        channel = self._channels.by_key(meeting.draft.kind.channel)
        return ConversationDraft(
            contact_id=meeting.draft.contact_id,
            occurred_at=meeting.draft.starts_at or self._clock.now(),
            channel_id=channel.id if channel is not None else None,
        )

    def _checked(self, draft: MeetingDraft) -> MeetingDraft:
        draft = normalise_meeting(draft)
        errors = validate_meeting(draft)
        if errors:
            raise ValidationError(errors)
        return draft

    def _write_questions(self, meeting_id: int, questions: Sequence[Question]) -> None:
        database.execute_sql("DELETE FROM meeting_question WHERE meeting_id = ?", (meeting_id,))
        for position, question in enumerate(questions):
            database.execute_sql(
                "INSERT INTO meeting_question (meeting_id, position, category, text) "
                "VALUES (?, ?, ?, ?)",
                (meeting_id, position, question.category, question.text),
            )

    def _write_back_research(self, draft: MeetingDraft, base: OrganisationResearch | None) -> None:
        """The organisation keeps the research, so it is not typed twice: each
        note the user changed from what was shown is written to it; notes
        left as shown are not, so newer notes on the organisation stay."""
        if draft.contact_id is None or base is None:
            return
        research = draft.research
        changed = [
            (column, value)
            for column, value, shown in (
                ("culture_notes", research.culture, base.culture),
                ("positions_notes", research.positions, base.positions),
                ("availability_notes", research.availability, base.availability),
                ("news_notes", research.news, base.news),
            )
            if value != shown
        ]
        if not changed:
            return
        assignments = ", ".join(f"{column} = ?" for column, _ in changed)
        database.execute_sql(
            f"UPDATE organisation SET {assignments}, updated_at = ? "
            "WHERE id = (SELECT organisation_id FROM contact WHERE id = ?) "
            "AND deleted_at IS NULL",
            (*(value for _, value in changed), to_iso(self._clock.now()), draft.contact_id),
        )

    def _from_rows(self, found: list[tuple[Any, ...]]) -> list[Meeting]:
        if not found:
            return []
        ids = [row[0] for row in found]
        questions: dict[int, list[Question]] = {}
        for meeting_id, category, text in rows(
            "SELECT meeting_id, category, text FROM meeting_question "
            f"WHERE meeting_id IN ({placeholders(len(ids))}) ORDER BY meeting_id, position",
            ids,
        ):
            questions.setdefault(meeting_id, []).append(Question(text, category))
        return [_meeting(row, tuple(questions.get(row[0], ()))) for row in found]


_WRITE_COLUMNS = (
    "contact_id, starts_at, place, kind, purpose, pitch_id, introduction, research_culture, "
    "research_positions, research_availability, research_news, position_research, "
    "person_background, has_cv, has_business_card, route_checked, confirmed, status"
)


def _write_values(draft: MeetingDraft) -> tuple[Any, ...]:
    return (
        draft.contact_id,
        maybe_to_iso(draft.starts_at),
        draft.place,
        draft.kind.value,
        draft.purpose,
        draft.pitch_id,
        draft.introduction,
        draft.research.culture,
        draft.research.positions,
        draft.research.availability,
        draft.research.news,
        draft.position_research,
        draft.person_background,
        int(draft.materials.cv),
        int(draft.materials.business_card),
        int(draft.materials.route_checked),
        int(draft.materials.confirmed),
        draft.status.value,
    )


def _meeting(row: tuple[Any, ...], questions: tuple[Question, ...]) -> Meeting:
    draft = MeetingDraft(
        contact_id=row[2],
        starts_at=maybe_from_iso(row[3]),
        place=row[4],
        kind=MeetingKind(row[5]),
        purpose=row[6],
        pitch_id=row[7],
        introduction=row[8],
        research=OrganisationResearch(row[9], row[10], row[11], row[12]),
        position_research=row[13],
        person_background=row[14],
        questions=questions,
        materials=Materials(bool(row[15]), bool(row[16]), bool(row[17]), bool(row[18])),
        status=MeetingStatus(row[19]),
    )
    return Meeting(
        id=row[0],
        uuid=row[1],
        draft=draft,
        contact_name=display_name(row[23] or "", row[24] or "") if row[2] is not None else "",
        organisation_id=row[25],
        organisation_name=row[26] or "",
        conversation_id=row[20],
        created_at=from_iso(row[21]),
        updated_at=from_iso(row[22]),
    )

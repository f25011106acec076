"""Gathering the pre-meeting briefing: the meeting, the person and our history,
my introduction and questions, in one call that the printers render."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from netdesk.domain.briefing import (
    Briefing,
    BriefingPerson,
    BriefingQuestion,
    EarlierConversation,
    Introduction,
    Logistics,
    OpenPromise,
    ReferralBranch,
    Research,
)
from netdesk.domain.clock import Clock
from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.meetings import Meeting, already_covered, readiness
from netdesk.domain.pitch import DEFAULT_TARGET_SECONDS, Pitch, timing
from netdesk.domain.referrals import ReferralNode
from netdesk.domain.streak import local_day, local_zone
from netdesk.services.meetings import MeetingService
from netdesk.services.overview import ContactOverview, OverviewService
from netdesk.services.pitches import PitchService

if TYPE_CHECKING:
    from netdesk.services.workspace import Workspace


class BriefingService:
    def __init__(
        self,
        clock: Clock,
        meetings: MeetingService,
        overview: OverviewService,
        pitches: PitchService,
        tz: tzinfo | None = None,
    ) -> None:
        self._clock = clock
        self._tz = tz or local_zone()
        self._meetings = meetings
        self._overview = overview
        self._pitches = pitches

    @classmethod
    def of(cls, workspace: Workspace) -> BriefingService:
        return cls(workspace.clock, workspace.meetings, workspace.overview, workspace.pitches)

    def build(self, meeting_id: int) -> Briefing:
        """Everything the briefing prints about one meeting.

        Raises RecordNotFoundError if the meeting does not exist or is in the trash.
        """
        meeting = self._meetings.get(meeting_id)
        draft = meeting.draft
        now = self._clock.now()
        # What happened before the meeting: never its own outcome, never a plan.
        before = min(now, draft.starts_at) if draft.starts_at is not None else now
        overview = (
            self._overview.contact(draft.contact_id) if draft.contact_id is not None else None
        )
        earlier = _earlier(overview, meeting, before)
        bank = self._meetings.question_bank()
        talks = (
            self._meetings.earlier_talks(draft.contact_id, before=before)
            if draft.contact_id is not None
            else []
        )
        today = local_day(now, self._tz)  # due dates are the user's calendar dates
        return Briefing(
            meeting_id=meeting.id,
            logistics=Logistics(
                starts_at=draft.starts_at,
                place=draft.place,
                kind=draft.kind,
                status=draft.status,
                confirmed=draft.materials.confirmed,
            ),
            person=_person(overview, meeting),
            earlier=earlier,
            promises=tuple(
                OpenPromise(p.direction, p.description, p.due_on, p.is_overdue(today))
                for p in sorted(
                    overview.open_promises if overview else [],
                    key=lambda p: (p.due_on is None, p.due_on, p.id),
                )
            ),
            research=Research(draft.research, draft.position_research, draft.person_background),
            purpose=draft.purpose,
            introduction=self._introduction(meeting),
            questions=tuple(
                BriefingQuestion(q.text, q.category, already_covered(q, bank, talks))
                for q in draft.questions
            ),
            materials=draft.materials,
            gaps=tuple(readiness(draft, now)),
            prepared_at=now,
        )

    def _introduction(self, meeting: Meeting) -> Introduction | None:
        text = meeting.draft.introduction
        if not text.strip():
            return None
        pitch = self._pitch(meeting.draft.pitch_id)
        words_per_minute = self._pitches.words_per_minute()
        target = pitch.target_seconds if pitch is not None else DEFAULT_TARGET_SECONDS
        return Introduction(
            text=text,
            timing=timing(text, words_per_minute, target),
            words_per_minute=words_per_minute,
            pitch_name=pitch.name if pitch is not None else "",
            tailored=pitch is not None and " ".join(text.split()) != _words(pitch),
        )

    def _pitch(self, pitch_id: int | None) -> Pitch | None:
        if pitch_id is None:
            return None
        try:
            return self._pitches.get(pitch_id)
        except RecordNotFoundError:  # trashed since: the words are still the meeting's
            return None


def _words(pitch: Pitch) -> str:
    return " ".join(pitch.text.spoken.split())


def _person(overview: ContactOverview | None, meeting: Meeting) -> BriefingPerson | None:
    if overview is None:
        return None
    contact = overview.contact
    names = overview.names

    def branch(node: ReferralNode) -> ReferralBranch:
        return ReferralBranch(
            names.get(node.contact_id, "?"), tuple(branch(c) for c in node.children)
        )

    return BriefingPerson(
        name=contact.display_name,
        position=contact.position,
        organisation=meeting.organisation_name or contact.organisation_name,
        emails=contact.emails,
        phones=contact.phones,
        linkedin_url=contact.linkedin_url,
        how_met=contact.how_met,
        first_met=contact.first_met,
        referred_by=tuple(names.get(i, "?") for i in reversed(overview.referred_by)),
        referred_to=tuple(branch(node) for node in overview.referred_to),
    )


def _earlier(
    overview: ContactOverview | None, meeting: Meeting, before: datetime
) -> tuple[EarlierConversation, ...]:
    if overview is None:
        return ()
    return tuple(
        EarlierConversation(c.occurred_at, c.channel_name, c.topics)
        for c in sorted(overview.conversations, key=lambda c: (c.occurred_at, c.id))
        if c.occurred_at < before and c.id != meeting.conversation_id
    )

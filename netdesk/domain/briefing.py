"""The pre-meeting briefing: everything worth having on paper before a
networking interview, gathered once so it can be rendered without the database.

Plain values only: the printing layer turns a Briefing into HTML, and the
service that builds it is the only part that reads the data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from netdesk.domain.meetings import (
    Covered,
    Gap,
    Materials,
    MeetingKind,
    MeetingStatus,
    OrganisationResearch,
)
from netdesk.domain.pitch import Timing
from netdesk.domain.promises import PromiseDirection


@dataclass(frozen=True, slots=True)
class Logistics:
    starts_at: datetime | None
    place: str
    kind: MeetingKind
    status: MeetingStatus
    confirmed: bool


@dataclass(frozen=True, slots=True)
class ReferralBranch:
    """Someone the person referred me to, and whom that someone referred me to."""

    name: str
    onwards: tuple[ReferralBranch, ...] = ()


@dataclass(frozen=True, slots=True)
class BriefingPerson:
    name: str
    position: str = ""
    organisation: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin_url: str = ""
    how_met: str = ""
    first_met: date | None = None
    # Who led me to them, from where the thread started to the nearest link.
    referred_by: tuple[str, ...] = ()
    referred_to: tuple[ReferralBranch, ...] = ()


@dataclass(frozen=True, slots=True)
class EarlierConversation:
    occurred_at: datetime
    channel: str
    topics: str


@dataclass(frozen=True, slots=True)
class OpenPromise:
    direction: PromiseDirection
    description: str
    due_on: date | None = None
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Introduction:
    """The words I will say about myself, and how long they take to say."""

    text: str
    timing: Timing
    words_per_minute: int
    pitch_name: str = ""  # "" when the pitch is gone or none was chosen
    tailored: bool = False  # edited for this meeting, away from the pitch's words


@dataclass(frozen=True, slots=True)
class BriefingQuestion:
    text: str
    category: str = ""
    covered: Covered | None = None  # it seems to have come up before


@dataclass(frozen=True, slots=True)
class Research:
    organisation: OrganisationResearch = field(default_factory=OrganisationResearch)
    position: str = ""
    person_background: str = ""

    @property
    def is_empty(self) -> bool:
        return self.organisation.is_empty and not (self.position or self.person_background)


@dataclass(frozen=True, slots=True)
class Briefing:
    meeting_id: int
    logistics: Logistics
    person: BriefingPerson | None  # None for a draft that names nobody yet
    earlier: tuple[EarlierConversation, ...]  # oldest first: the story so far
    promises: tuple[OpenPromise, ...]
    research: Research
    purpose: str
    introduction: Introduction | None
    questions: tuple[BriefingQuestion, ...]
    materials: Materials
    gaps: tuple[Gap, ...]
    prepared_at: datetime

    @property
    def promises_to_me(self) -> tuple[OpenPromise, ...]:
        return tuple(p for p in self.promises if p.direction is PromiseDirection.THEIRS)

    @property
    def promises_by_me(self) -> tuple[OpenPromise, ...]:
        return tuple(p for p in self.promises if p.direction is PromiseDirection.MINE)

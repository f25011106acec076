"""Conversations: who I spoke to, about what, when, whom they referred me to,
and whether I thanked them (the guidance's "keep an overview")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from netdesk.domain.errors import ErrorCode, FieldError
from netdesk.domain.text import clean_block, clean_line
from netdesk.domain.validation import check_block, check_line


class Initiator(StrEnum):
    ME = "me"
    THEM = "them"


class ChannelKey(StrEnum):
    """The channels every data file starts with. People may rename, reorder,
    archive or add to them; the key lets netdesk still recognise a built-in."""

    IN_PERSON = "in_person"
    COFFEE = "coffee"
    PHONE = "phone"
    VIDEO_CALL = "video_call"
    EMAIL = "email"
    LINKEDIN_MESSAGE = "linkedin_message"
    EVENT = "event"
    NETWORKING_INTERVIEW = "networking_interview"


@dataclass(frozen=True, slots=True)
class Channel:
    id: int
    uuid: str
    key: ChannelKey | None
    name: str
    position: int
    archived: bool


@dataclass(frozen=True, slots=True)
class ReferralDraft:
    """Someone this person referred me to: an existing contact, or a new one
    created on the spot from the name given."""

    contact_id: int | None = None
    new_contact_name: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Referral:
    id: int
    uuid: str
    referrer_id: int
    referrer_name: str
    referred_id: int
    referred_name: str
    conversation_id: int | None
    note: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ConversationDraft:
    contact_id: int | None
    occurred_at: datetime
    channel_id: int | None = None
    initiated_by: Initiator = Initiator.ME
    topics: str = ""
    notes: str = ""
    told_goal: bool = False
    referrals: tuple[ReferralDraft, ...] = ()
    thanks_sent_at: datetime | None = None
    how_helped: str = ""


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    uuid: str
    contact_id: int
    contact_name: str
    organisation_name: str
    occurred_at: datetime
    channel_id: int | None
    channel_name: str
    initiated_by: Initiator
    topics: str
    notes: str
    told_goal: bool
    referrals: tuple[Referral, ...]
    thanks_sent_at: datetime | None
    how_helped: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    def is_planned(self, now: datetime) -> bool:
        return self.occurred_at > now

    def to_draft(self) -> ConversationDraft:
        return ConversationDraft(
            contact_id=self.contact_id,
            occurred_at=self.occurred_at,
            channel_id=self.channel_id,
            initiated_by=self.initiated_by,
            topics=self.topics,
            notes=self.notes,
            told_goal=self.told_goal,
            referrals=tuple(
                ReferralDraft(contact_id=r.referred_id, note=r.note) for r in self.referrals
            ),
            thanks_sent_at=self.thanks_sent_at,
            how_helped=self.how_helped,
        )


def normalise_conversation(draft: ConversationDraft) -> ConversationDraft:
    referrals: list[ReferralDraft] = []
    seen: set[int] = set()
    for ref in draft.referrals:
        ref = replace(
            ref, new_contact_name=clean_line(ref.new_contact_name), note=clean_line(ref.note)
        )
        if ref.contact_id is not None:
            if ref.contact_id in seen:
                continue
            seen.add(ref.contact_id)
        elif not ref.new_contact_name:
            continue
        referrals.append(ref)
    return replace(
        draft,
        topics=clean_line(draft.topics),
        notes=clean_block(draft.notes),
        referrals=tuple(referrals),
        how_helped=clean_block(draft.how_helped),
    )


def validate_conversation(draft: ConversationDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if draft.contact_id is None:
        errors.append(FieldError("contact", ErrorCode.REQUIRED))
    errors += check_line("topics", draft.topics)
    errors += check_block("notes", draft.notes)
    for i, ref in enumerate(draft.referrals):
        if draft.contact_id is not None and ref.contact_id == draft.contact_id:
            errors.append(FieldError("referrals", ErrorCode.SELF_REFERENCE, index=i))
        errors += [replace(e, index=i) for e in check_line("referrals", ref.new_contact_name)]
        errors += [replace(e, index=i) for e in check_line("referrals", ref.note)]
    errors += check_block("how_helped", draft.how_helped)
    return errors

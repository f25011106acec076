"""Conversations and the referrals made in them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from netdesk.domain.clock import Clock, from_iso, maybe_from_iso
from netdesk.domain.contacts import ContactDraft, display_name
from netdesk.domain.conversations import (
    Conversation,
    ConversationDraft,
    Initiator,
    Referral,
    normalise_conversation,
    validate_conversation,
)
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.text import fold
from netdesk.services.contacts import ContactService
from netdesk.services.query import (
    SortSpec,
    chunks,
    new_uuid,
    ordered_ids,
    placeholders,
    rows,
    scalar,
    search_words,
    text_match,
)
from netdesk.store.db import database
from netdesk.store.tables import ConversationRow, ReferralRow


class ConversationSort(StrEnum):
    WHEN = "when"
    PERSON = "person"
    ORGANISATION = "organisation"
    CHANNEL = "channel"
    INITIATED_BY = "initiated_by"
    TOPICS = "topics"
    TOLD_GOAL = "told_goal"
    REFERRALS = "referrals"
    THANKS = "thanks"
    HOW_HELPED = "how_helped"


_REFERRAL_COUNT = (
    "(SELECT count(*) FROM referral r JOIN contact rc ON rc.id = r.referred_id "
    "WHERE r.conversation_id = v.id AND r.deleted_at IS NULL AND rc.deleted_at IS NULL)"
)
_PERSON_JOIN = "JOIN contact c ON c.id = v.contact_id"
_SORTS = {
    ConversationSort.WHEN: SortSpec("v.occurred_at", emptyable=False),
    ConversationSort.PERSON: SortSpec("c.name_key", emptyable=False, joins=_PERSON_JOIN),
    ConversationSort.ORGANISATION: SortSpec("c.organisation_key", joins=_PERSON_JOIN),
    ConversationSort.CHANNEL: SortSpec(
        "ch.position", joins="LEFT JOIN channel ch ON ch.id = v.channel_id"
    ),
    ConversationSort.INITIATED_BY: SortSpec("v.initiated_by", emptyable=False),
    ConversationSort.TOPICS: SortSpec("v.topics COLLATE NOCASE"),
    ConversationSort.TOLD_GOAL: SortSpec("v.told_goal", emptyable=False),
    ConversationSort.REFERRALS: SortSpec("nullif(" + _REFERRAL_COUNT + ", 0)"),
    # Unthanked first when ascending: they are the ones that need doing.
    ConversationSort.THANKS: SortSpec("coalesce(v.thanks_sent_at, '0')", emptyable=False),
    ConversationSort.HOW_HELPED: SortSpec("v.how_helped COLLATE NOCASE"),
}
# Conversations with a person in the trash are hidden with them.
_LIVE = (
    "v.deleted_at IS NULL AND v.contact_id NOT IN "
    "(SELECT id FROM contact WHERE deleted_at IS NOT NULL)"
)
_FROM = (
    "FROM conversation v JOIN contact c ON c.id = v.contact_id "
    "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
    "LEFT JOIN channel ch ON ch.id = v.channel_id "
)
_COLUMNS = (
    "v.id, v.uuid, v.contact_id, c.first_name, c.last_name, coalesce(o.name, ''), "
    "v.occurred_at, v.channel_id, coalesce(ch.name, ''), v.initiated_by, v.topics, v.notes, "
    "v.told_goal, v.thanks_sent_at, v.how_helped, v.created_at, v.updated_at, v.deleted_at"
)


class ConversationService:
    def __init__(self, clock: Clock, contacts: ContactService) -> None:
        self._clock = clock
        self._contacts = contacts

    # Reading ------------------------------------------------------------

    def count(self) -> int:
        return int(scalar(f"SELECT count(*) FROM conversation v WHERE {_LIVE}"))

    def search_ids(
        self,
        text: str = "",
        sort: ConversationSort = ConversationSort.WHEN,
        *,
        descending: bool = True,
        contact_id: int | None = None,
    ) -> list[int]:
        """Live conversations (with live people) matching every word of ``text``.

        A word may match the topics, notes or how it helped, the person's name,
        their organisation, the channel, or a referred person's name.
        """
        where = [_LIVE]
        params: dict[str, Any] = {}
        if contact_id is not None:
            where.append("v.contact_id = :contact")
            params["contact"] = contact_id
        words = search_words(text)
        if words:
            matching, match_params = self._matching(words)
            where.append(f"v.id IN ({matching})")
            params.update(match_params)
        return ordered_ids(
            "SELECT v.id FROM conversation v",
            where,
            params,
            _SORTS[sort],
            descending=descending,
            # By date: the index's own order (no sort at all). Otherwise the
            # newest first within each person, channel, ...
            tie_break=("v.occurred_at", "v.contact_id", "v.id"),
            tie_descending=None if sort is ConversationSort.WHEN else True,
        )

    @staticmethod
    def _matching(words: list[str]) -> tuple[str, dict[str, str]]:
        channels = rows("SELECT id, name FROM channel")
        parts: list[str] = []
        params: dict[str, str] = {}
        for n, word in enumerate(words):
            own, own_params = text_match("conversation_search", word, f"vq{n}")
            params.update(own_params)
            params[f"vw{n}"] = word
            people = f"SELECT id FROM contact WHERE instr(name_key, :vw{n}) > 0"
            at_organisations = (
                "SELECT id FROM contact WHERE organisation_id IN (SELECT id FROM organisation "
                f"WHERE deleted_at IS NULL AND instr(name_key, :vw{n}) > 0)"
            )
            channel_ids = ", ".join(str(c[0]) for c in channels if word in fold(c[1])) or "NULL"
            parts.append(
                f"SELECT * FROM ({own}"
                f" UNION SELECT id FROM conversation WHERE contact_id IN ({people})"
                f" UNION SELECT id FROM conversation WHERE contact_id IN ({at_organisations})"
                f" UNION SELECT id FROM conversation WHERE channel_id IN ({channel_ids})"
                " UNION SELECT conversation_id FROM referral WHERE deleted_at IS NULL"
                f" AND referred_id IN ({people}))"
            )
        return " INTERSECT ".join(parts), params

    def get_many(self, wanted: Sequence[int]) -> list[Conversation]:
        found: dict[int, tuple[Any, ...]] = {}
        referrals: dict[int, list[Referral]] = defaultdict(list)
        for part in chunks(wanted):
            marks = placeholders(len(part))
            for row in rows(f"SELECT {_COLUMNS} {_FROM} WHERE v.id IN ({marks})", part):
                found[row[0]] = row
            for referral in self._referrals(f"r.conversation_id IN ({marks})", part):
                assert referral.conversation_id is not None
                referrals[referral.conversation_id].append(referral)
        return [_from_row(found[i], referrals[i]) for i in wanted if i in found]

    def get(self, conversation_id: int) -> Conversation:
        found = self.get_many([conversation_id])
        if not found:
            raise RecordNotFoundError("conversation", conversation_id)
        return found[0]

    def referrals_involving(self, contact_ids: Sequence[int]) -> list[Referral]:
        """Live referrals where any of these people referred or was referred."""
        marks = placeholders(len(contact_ids))
        return self._referrals(
            f"(r.referrer_id IN ({marks}) OR r.referred_id IN ({marks}))",
            [*contact_ids, *contact_ids],
        )

    def _referrals(self, condition: str, params: Sequence[Any]) -> list[Referral]:
        return [
            Referral(
                id=row[0],
                uuid=row[1],
                referrer_id=row[2],
                referrer_name=display_name(row[3], row[4]),
                referred_id=row[5],
                referred_name=display_name(row[6], row[7]),
                conversation_id=row[8],
                note=row[9],
                created_at=from_iso(row[10]),
            )
            for row in rows(
                "SELECT r.id, r.uuid, r.referrer_id, a.first_name, a.last_name, r.referred_id, "
                "b.first_name, b.last_name, r.conversation_id, r.note, r.created_at "
                # CROSS JOIN fixes the loop order: referrals first, by index.
                "FROM referral r CROSS JOIN contact a ON a.id = r.referrer_id "
                "CROSS JOIN contact b ON b.id = r.referred_id "
                "LEFT JOIN conversation v ON v.id = r.conversation_id "
                f"WHERE {condition} AND r.deleted_at IS NULL AND a.deleted_at IS NULL "
                "AND b.deleted_at IS NULL AND v.deleted_at IS NULL "
                "ORDER BY r.created_at, r.id",
                params,
            )
        ]

    # Writing ------------------------------------------------------------

    def create(self, draft: ConversationDraft) -> Conversation:
        draft = self._checked(draft)
        assert draft.contact_id is not None
        now = self._clock.now()
        with database.atomic():
            row = ConversationRow.create(
                uuid=new_uuid(),
                contact=draft.contact_id,
                created_at=now,
                updated_at=now,
                **_row_fields(draft),
            )
            self._write_referrals(row.id, draft)
            self._index(row.id, draft)
        return self.get(row.id)

    def update(self, conversation_id: int, draft: ConversationDraft) -> Conversation:
        draft = self._checked(draft)
        with database.atomic():
            changed = (
                ConversationRow.update(
                    contact=draft.contact_id, updated_at=self._clock.now(), **_row_fields(draft)
                )
                .where(ConversationRow.id == conversation_id)
                .execute()
            )
            if not changed:
                raise RecordNotFoundError("conversation", conversation_id)
            self._write_referrals(conversation_id, draft)
            self._index(conversation_id, draft)
        return self.get(conversation_id)

    def set_thanks_sent(self, conversation_id: int, when: datetime | None) -> Conversation:
        with database.atomic():
            ConversationRow.update(thanks_sent_at=when, updated_at=self._clock.now()).where(
                ConversationRow.id == conversation_id
            ).execute()
        return self.get(conversation_id)

    def _checked(self, draft: ConversationDraft) -> ConversationDraft:
        draft = normalise_conversation(draft)
        errors = validate_conversation(draft)
        if draft.contact_id is not None and not self._contacts.exists(draft.contact_id):
            errors.append(FieldError("contact", ErrorCode.NOT_FOUND))
        for i, ref in enumerate(draft.referrals):
            if ref.contact_id is not None and not self._contacts.exists(ref.contact_id):
                errors.append(FieldError("referrals", ErrorCode.NOT_FOUND, index=i))
        if errors:
            raise ValidationError(errors)
        return draft

    def _write_referrals(self, conversation_id: int, draft: ConversationDraft) -> None:
        """Make the conversation's referrals exactly those of the draft.

        People named for the first time become contacts on the spot, met
        through the person who referred them.
        """
        assert draft.contact_id is not None
        now = self._clock.now()
        # Referrals to people in the trash are not shown in the form, so an
        # edit leaves them alone: restoring the person restores the referral.
        existing = {
            row[1]: row[0]
            for row in rows(
                "SELECT r.id, r.referred_id FROM referral r JOIN contact c ON c.id = r.referred_id "
                "WHERE r.conversation_id = ? AND c.deleted_at IS NULL",
                (conversation_id,),
            )
        }
        wanted: set[int] = set()
        for ref in draft.referrals:
            referred_id = ref.contact_id
            if referred_id is None:
                first, _, last = ref.new_contact_name.partition(" ")
                newcomer = ContactDraft(
                    first_name=first, last_name=last, met_through_id=draft.contact_id
                )
                referred_id = self._contacts.insert(self._contacts.check(newcomer))
            wanted.add(referred_id)
            if referred_id in existing:
                ReferralRow.update(
                    note=ref.note, referrer=draft.contact_id, deleted_at=None, updated_at=now
                ).where(ReferralRow.id == existing[referred_id]).execute()
            else:
                ReferralRow.create(
                    uuid=new_uuid(),
                    conversation=conversation_id,
                    referrer=draft.contact_id,
                    referred=referred_id,
                    note=ref.note,
                    created_at=now,
                    updated_at=now,
                )
        dropped = [rid for referred, rid in existing.items() if referred not in wanted]
        if dropped:
            ReferralRow.delete().where(ReferralRow.id.in_(dropped)).execute()

    @staticmethod
    def _index(conversation_id: int, draft: ConversationDraft) -> None:
        body = fold(" \n ".join(p for p in (draft.topics, draft.notes, draft.how_helped) if p))
        database.execute_sql(
            "INSERT OR REPLACE INTO conversation_search (rowid, body) VALUES (?, ?)",
            (conversation_id, body),
        )


def _row_fields(draft: ConversationDraft) -> dict[str, Any]:
    return {
        "occurred_at": draft.occurred_at,
        "channel": draft.channel_id,
        "initiated_by": draft.initiated_by.value,
        "topics": draft.topics,
        "notes": draft.notes,
        "told_goal": draft.told_goal,
        "thanks_sent_at": draft.thanks_sent_at,
        "how_helped": draft.how_helped,
    }


def _from_row(row: tuple[Any, ...], referrals: list[Referral]) -> Conversation:
    return Conversation(
        id=row[0],
        uuid=row[1],
        contact_id=row[2],
        contact_name=display_name(row[3], row[4]),
        organisation_name=row[5],
        occurred_at=from_iso(row[6]),
        channel_id=row[7],
        channel_name=row[8],
        initiated_by=Initiator(row[9]),
        topics=row[10],
        notes=row[11],
        told_goal=bool(row[12]),
        thanks_sent_at=maybe_from_iso(row[13]),
        how_helped=row[14],
        created_at=from_iso(row[15]),
        updated_at=from_iso(row[16]),
        deleted_at=maybe_from_iso(row[17]),
        referrals=tuple(referrals),
    )

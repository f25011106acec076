"""Contacts: list, search, read, create, edit. Trash and restore live in TrashService."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from netdesk.domain.clock import (
    Clock,
    date_from_text,
    from_iso,
    maybe_from_iso,
    to_iso,
)
from netdesk.domain.contacts import (
    Contact,
    ContactDraft,
    Relevance,
    display_name,
    name_key,
    normalise_contact,
    validate_contact,
)
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.organisations import organisation_key
from netdesk.domain.text import fold, split_tags
from netdesk.services.organisations import OrganisationService
from netdesk.services.query import (
    SortSpec,
    chunks,
    new_uuid,
    ordered_ids,
    placeholders,
    rows,
    scalar,
    search_terms,
    search_words,
    text_match,
)
from netdesk.store.db import database
from netdesk.store.tables import ContactMethodRow, ContactRow


class ContactSort(StrEnum):
    NAME = "name"
    ORGANISATION = "organisation"
    POSITION = "position"
    EMAIL = "email"
    PHONE = "phone"
    RELEVANCE = "relevance"
    TAGS = "tags"
    CADENCE = "cadence"
    LAST_CONVERSATION = "last_conversation"
    HOW_MET = "how_met"
    MET_THROUGH = "met_through"
    LINKEDIN = "linkedin"
    FIRST_MET = "first_met"
    CREATED = "created"
    UPDATED = "updated"


_FIRST_METHOD = (
    "(SELECT value FROM contact_method cm WHERE cm.contact_id = c.id AND cm.kind = '{kind}' "
    "ORDER BY cm.position LIMIT 1)"
)
# Planned (future) conversations are not contact yet: ":now" bounds the latest one.
_LAST_CONVERSATION = (
    # INDEXED BY: without statistics SQLite may walk every conversation by date.
    "(SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_occurred_at WHERE v.contact_id = c.id "
    "AND v.deleted_at IS NULL AND v.occurred_at <= {now})"
)
_MET_THROUGH_JOIN = "LEFT JOIN contact m ON m.id = c.met_through_id AND m.deleted_at IS NULL"
_SORTS = {
    ContactSort.NAME: SortSpec("c.name_key", emptyable=False),
    ContactSort.ORGANISATION: SortSpec(
        "c.organisation_key",
        filled="c.organisation_key > ''",
        empty="c.organisation_key = ''",
    ),
    ContactSort.POSITION: SortSpec("c.position COLLATE NOCASE"),
    ContactSort.EMAIL: SortSpec(_FIRST_METHOD.format(kind="email")),
    ContactSort.PHONE: SortSpec(_FIRST_METHOD.format(kind="phone")),
    ContactSort.RELEVANCE: SortSpec("nullif(c.relevance, 0)"),
    ContactSort.TAGS: SortSpec("c.tags COLLATE NOCASE"),
    ContactSort.CADENCE: SortSpec("c.cadence_days"),
    ContactSort.LAST_CONVERSATION: SortSpec(_LAST_CONVERSATION.format(now=":now")),
    ContactSort.HOW_MET: SortSpec("c.how_met COLLATE NOCASE"),
    ContactSort.MET_THROUGH: SortSpec("m.name_key", joins=_MET_THROUGH_JOIN),
    ContactSort.LINKEDIN: SortSpec("c.linkedin_url"),
    ContactSort.FIRST_MET: SortSpec("c.first_met"),
    ContactSort.CREATED: SortSpec("c.created_at", emptyable=False),
    ContactSort.UPDATED: SortSpec("c.updated_at", emptyable=False),
}
_FROM = (
    "FROM contact c "
    "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
    "LEFT JOIN contact m ON m.id = c.met_through_id AND m.deleted_at IS NULL "
)
_COLUMNS = (
    "c.id, c.uuid, c.first_name, c.last_name, o.id, o.name, c.position, c.linkedin_url, "
    "c.how_met, c.first_met, m.id, m.first_name, m.last_name, c.relevance, c.tags, c.notes, "
    "c.cadence_days, c.created_at, c.updated_at, c.deleted_at, "
    + _LAST_CONVERSATION.format(now="?")
)
TAG_SEPARATOR = ", "
_SEARCH_ORDER_INDEX = "contact_id_deleted_at_name_key"
_NAME_ORDER_INDEX = "contact_deleted_at_name_key"


def _search_order_index(words: list[str]) -> str:
    """The index a name-ordered search reads its matches through.

    A word of three letters or more (trigrams) matches a few thousand to
    tens of thousands of people: each match's deleted_at and name_key come
    from the covering index (m0007), not from its wide row, 40% faster at
    100,000 people. Only shorter words (one or two letters) match most
    people: walking the name index in order and keeping the matches then
    saves sorting them, 25-50% faster.
    """
    if any(len(word) >= 3 for word in words):
        return _SEARCH_ORDER_INDEX
    return _NAME_ORDER_INDEX


def matching_contacts(words: list[str]) -> tuple[str, dict[str, str]]:
    """SQL selecting the ids of contacts (live or not) that match every word,
    in their own text or in their organisation's name."""
    parts: list[str] = []
    params: dict[str, str] = {}
    for n, word in enumerate(words):
        own, own_params = text_match("contact_search", word, f"cq{n}")
        params.update(own_params)
        params[f"cw{n}"] = word
        parts.append(
            # UNION ALL: the IN list (or INTERSECT) drops duplicates anyway.
            f"SELECT * FROM ({own} UNION ALL SELECT id FROM contact WHERE organisation_id IN "
            f"(SELECT id FROM organisation WHERE deleted_at IS NULL "
            f"AND instr(name_key, :cw{n}) > 0))"
        )
    return " INTERSECT ".join(parts), params


class ContactService:
    def __init__(self, clock: Clock, organisations: OrganisationService) -> None:
        self._clock = clock
        self._organisations = organisations

    # Reading ------------------------------------------------------------

    def count(self) -> int:
        return int(scalar("SELECT count(*) FROM contact WHERE deleted_at IS NULL"))

    def search_ids(
        self,
        text: str = "",
        sort: ContactSort = ContactSort.NAME,
        *,
        descending: bool = False,
        organisation_id: int | None = None,
    ) -> list[int]:
        """Ids of live contacts matching every word of ``text``, in display order.

        Each word may match the contact's own text (names, position, tags,
        notes, how we met, emails, phones, links) or their organisation's name.
        """
        where = ["c.deleted_at IS NULL"]
        params: dict[str, Any] = {"now": to_iso(self._clock.now())}
        if organisation_id is not None:
            where.append("c.organisation_id = :organisation")
            params["organisation"] = organisation_id
        words = search_words(text)
        select = "SELECT c.id FROM contact c"
        if words:
            matching, match_params = matching_contacts(words)
            where.append(f"c.id IN ({matching})")
            params.update(match_params)
            if sort is ContactSort.NAME and organisation_id is None:
                select += f" INDEXED BY {_search_order_index(words)}"
        return ordered_ids(
            select,
            where,
            params,
            _SORTS[sort],
            descending=descending,
            tie_break=("c.name_key", "c.id"),
        )

    def get_many(self, wanted: Sequence[int]) -> list[Contact]:
        """Contacts by id, in the order asked, trashed ones included."""
        found: dict[int, tuple[Any, ...]] = {}
        methods: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        now = to_iso(self._clock.now())
        for part in chunks(wanted):
            marks = placeholders(len(part))
            sql = f"SELECT {_COLUMNS} {_FROM} WHERE c.id IN ({marks})"
            for row in rows(sql, [now, *part]):
                found[row[0]] = row
            for contact_id, kind, value in rows(
                "SELECT contact_id, kind, value FROM contact_method "
                f"WHERE contact_id IN ({marks}) ORDER BY contact_id, position",
                part,
            ):
                methods[contact_id][kind].append(value)
        return [_from_row(found[i], methods[i]) for i in wanted if i in found]

    def get(self, contact_id: int) -> Contact:
        found = self.get_many([contact_id])
        if not found:
            raise RecordNotFoundError("contact", contact_id)
        return found[0]

    def exists(self, contact_id: int) -> bool:
        return bool(
            scalar(
                "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL",
                (contact_id,),
            )
        )

    def suggest(self, text: str, *, limit: int = 20) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of live contacts whose name matches, for pickers."""
        where = ["c.deleted_at IS NULL"]
        params: list[Any] = []
        for term in search_terms(text):
            where.append("c.name_key LIKE ? ESCAPE '\\'")
            params.append(term)
        found = rows(
            f"SELECT c.id, c.first_name, c.last_name, coalesce(o.name, '') {_FROM} "
            f"WHERE {' AND '.join(where)} ORDER BY c.name_key, c.id LIMIT ?",
            [*params, limit],
        )
        return [(row[0], display_name(row[1], row[2]), row[3]) for row in found]

    def all_tags(self) -> list[str]:
        tags: dict[str, str] = {}
        for (text,) in rows("SELECT DISTINCT tags FROM contact WHERE tags != ''"):
            for tag in split_tags(text):
                tags.setdefault(tag.casefold(), tag)
        return sorted(tags.values(), key=fold)

    # Writing ------------------------------------------------------------

    def create(self, draft: ContactDraft) -> Contact:
        draft = self._checked(draft, contact_id=None)
        with database.atomic():
            contact_id = self.insert(draft)
        return self.get(contact_id)

    def insert(self, draft: ContactDraft) -> int:
        """Write a checked draft inside the caller's transaction; the new id."""
        now = self._clock.now()
        row = ContactRow.create(
            uuid=new_uuid(),
            created_at=now,
            updated_at=now,
            **self._row_fields(draft),
        )
        self._write_methods(row.id, draft)
        self._index(row.id, draft)
        return int(row.id)

    def update(self, contact_id: int, draft: ContactDraft) -> Contact:
        draft = self._checked(draft, contact_id=contact_id)
        with database.atomic():
            fields = self._row_fields(draft)
            fields.update(self._links_to_trash(contact_id, draft))
            changed = (
                ContactRow.update(updated_at=self._clock.now(), **fields)
                .where(ContactRow.id == contact_id)
                .execute()
            )
            if not changed:
                raise RecordNotFoundError("contact", contact_id)
            ContactMethodRow.delete().where(ContactMethodRow.contact == contact_id).execute()
            self._write_methods(contact_id, draft)
            self._index(contact_id, draft)
        return self.get(contact_id)

    @staticmethod
    def _links_to_trash(contact_id: int, draft: ContactDraft) -> dict[str, int]:
        """Links to a trashed organisation or referrer, which the form cannot
        show, survive an edit, so that restoring them restores the link."""
        found = rows(
            "SELECT o.id, m.id FROM contact c "
            "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NOT NULL "
            "LEFT JOIN contact m ON m.id = c.met_through_id AND m.deleted_at IS NOT NULL "
            "WHERE c.id = ?",
            (contact_id,),
        )
        if not found:
            return {}
        trashed_organisation, trashed_referrer = found[0]
        kept: dict[str, int] = {}
        if trashed_organisation is not None and not draft.organisation:
            kept["organisation"] = trashed_organisation
        if trashed_referrer is not None and draft.met_through_id is None:
            kept["met_through"] = trashed_referrer
        return kept

    def check(self, draft: ContactDraft, contact_id: int | None = None) -> ContactDraft:
        """The normalised draft, or ValidationError naming every field at fault."""
        return self._checked(draft, contact_id=contact_id)

    def _checked(self, draft: ContactDraft, contact_id: int | None) -> ContactDraft:
        draft = normalise_contact(draft)
        errors = validate_contact(draft, contact_id=contact_id)
        if draft.met_through_id is not None and not self.exists(draft.met_through_id):
            errors.append(FieldError("met_through", ErrorCode.NOT_FOUND))
        if errors:
            raise ValidationError(errors)
        return draft

    def _row_fields(self, draft: ContactDraft) -> dict[str, Any]:
        return {
            "first_name": draft.first_name,
            "last_name": draft.last_name,
            "name_key": name_key(draft.first_name, draft.last_name),
            "organisation": self._organisations.resolve(draft.organisation),
            "organisation_key": organisation_key(draft.organisation),
            "position": draft.position,
            "linkedin_url": draft.linkedin_url,
            "how_met": draft.how_met,
            "first_met": draft.first_met,
            "met_through": draft.met_through_id,
            "relevance": int(draft.relevance),
            "tags": TAG_SEPARATOR.join(draft.tags),
            "notes": draft.notes,
            "cadence_days": draft.cadence_days,
        }

    @staticmethod
    def _write_methods(contact_id: int, draft: ContactDraft) -> None:
        values = (("email", draft.emails), ("phone", draft.phones), ("url", draft.links))
        batch = [
            {"contact": contact_id, "kind": kind, "value": value, "position": position}
            for kind, items in values
            for position, value in enumerate(items)
        ]
        if batch:
            ContactMethodRow.insert_many(batch).execute()

    @staticmethod
    def _index(contact_id: int, draft: ContactDraft) -> None:
        database.execute_sql(
            "INSERT OR REPLACE INTO contact_search (rowid, body) VALUES (?, ?)",
            (contact_id, search_body(draft)),
        )


def search_body(draft: ContactDraft) -> str:
    """The folded text a contact is found by."""
    parts = [
        draft.first_name,
        draft.last_name,
        draft.position,
        draft.how_met,
        draft.linkedin_url,
        *draft.tags,
        *draft.emails,
        *draft.phones,
        *draft.links,
        draft.notes,
    ]
    return fold(" \n ".join(p for p in parts if p))


def _from_row(row: tuple[Any, ...], methods: dict[str, list[str]]) -> Contact:
    return Contact(
        id=row[0],
        uuid=row[1],
        first_name=row[2],
        last_name=row[3],
        organisation_id=row[4],
        organisation_name=row[5] or "",
        position=row[6],
        emails=tuple(methods.get("email", ())),
        phones=tuple(methods.get("phone", ())),
        linkedin_url=row[7],
        links=tuple(methods.get("url", ())),
        how_met=row[8],
        first_met=date_from_text(row[9]),
        met_through_id=row[10],
        met_through_name=display_name(row[11] or "", row[12] or ""),
        relevance=Relevance(row[13]),
        tags=split_tags(row[14]),
        notes=row[15],
        cadence_days=row[16],
        created_at=from_iso(row[17]),
        updated_at=from_iso(row[18]),
        deleted_at=maybe_from_iso(row[19]),
        last_conversation_at=maybe_from_iso(row[20]),
    )

"""Promises: what someone offered to do for me, or I for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

from netdesk.domain.clock import Clock, date_from_text, from_iso, maybe_from_iso
from netdesk.domain.contacts import display_name
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.promises import (
    Promise,
    PromiseDirection,
    PromiseDraft,
    normalise_promise,
    validate_promise,
)
from netdesk.services.contacts import ContactService
from netdesk.services.query import (
    SortSpec,
    chunks,
    new_uuid,
    ordered_ids,
    placeholders,
    rows,
    scalar,
    search_terms,
)
from netdesk.store.db import database
from netdesk.store.tables import PromiseRow


class PromiseSort(StrEnum):
    DUE = "due"
    PERSON = "person"
    DIRECTION = "direction"
    DESCRIPTION = "description"
    DONE = "done"


_PERSON_JOIN = "JOIN contact c ON c.id = p.contact_id"
_SORTS = {
    PromiseSort.DUE: SortSpec("p.due_on"),
    PromiseSort.PERSON: SortSpec("c.name_key", emptyable=False, joins=_PERSON_JOIN),
    PromiseSort.DIRECTION: SortSpec("p.direction", emptyable=False),
    PromiseSort.DESCRIPTION: SortSpec("p.description COLLATE NOCASE", emptyable=False),
    PromiseSort.DONE: SortSpec("coalesce(p.done_at, '0')", emptyable=False),
}
# Promises of a person in the trash are hidden with them.
_LIVE = (
    "p.deleted_at IS NULL AND p.contact_id NOT IN "
    "(SELECT id FROM contact WHERE deleted_at IS NOT NULL)"
)
_FROM = "FROM promise p JOIN contact c ON c.id = p.contact_id "
_COLUMNS = (
    "p.id, p.uuid, p.contact_id, c.first_name, c.last_name, p.direction, p.description, "
    "p.due_on, p.done_at, p.conversation_id, p.created_at, p.updated_at, p.deleted_at"
)


class PromiseService:
    def __init__(self, clock: Clock, contacts: ContactService) -> None:
        self._clock = clock
        self._contacts = contacts

    def count_open(self) -> int:
        return int(scalar(f"SELECT count(*) FROM promise p WHERE {_LIVE} AND p.done_at IS NULL"))

    def search_ids(
        self,
        text: str = "",
        sort: PromiseSort = PromiseSort.DUE,
        *,
        descending: bool = False,
        open_only: bool = False,
        contact_id: int | None = None,
        direction: PromiseDirection | None = None,
    ) -> list[int]:
        where = [_LIVE]
        params: dict[str, Any] = {}
        if contact_id is not None:
            where.append("p.contact_id = :contact")
            params["contact"] = contact_id
        if direction is not None:
            where.append("p.direction = :direction")
            params["direction"] = direction.value
        for n, term in enumerate(search_terms(text)):
            where.append(
                f"(p.description LIKE :t{n} ESCAPE '\\' OR p.contact_id IN "
                f"(SELECT id FROM contact WHERE name_key LIKE :t{n} ESCAPE '\\'))"
            )
            params[f"t{n}"] = term
        # Open promises before done ones, whatever the column.
        found: list[int] = []
        for state in ("p.done_at IS NULL", "p.done_at IS NOT NULL")[: 1 if open_only else 2]:
            found += ordered_ids(
                "SELECT p.id FROM promise p",
                [*where, state],
                params,
                _SORTS[sort],
                descending=descending,
                tie_break=("p.id",),
            )
        return found

    def get_many(self, wanted: Sequence[int]) -> list[Promise]:
        found: dict[int, Promise] = {}
        for part in chunks(wanted):
            sql = f"SELECT {_COLUMNS} {_FROM} WHERE p.id IN ({placeholders(len(part))})"
            for row in rows(sql, part):
                found[row[0]] = _from_row(row)
        return [found[i] for i in wanted if i in found]

    def get(self, promise_id: int) -> Promise:
        found = self.get_many([promise_id])
        if not found:
            raise RecordNotFoundError("promise", promise_id)
        return found[0]

    def create(self, draft: PromiseDraft) -> Promise:
        draft = self._checked(draft)
        now = self._clock.now()
        with database.atomic():
            row = PromiseRow.create(
                uuid=new_uuid(),
                created_at=now,
                updated_at=now,
                done_at=now if draft.done else None,
                **_row_fields(draft),
            )
        return self.get(row.id)

    def update(self, promise_id: int, draft: PromiseDraft) -> Promise:
        draft = self._checked(draft)
        before = self.get(promise_id)
        now = self._clock.now()
        # Keep the original completion time when a done promise stays done.
        done_at = (before.done_at or now) if draft.done else None
        with database.atomic():
            PromiseRow.update(updated_at=now, done_at=done_at, **_row_fields(draft)).where(
                PromiseRow.id == promise_id
            ).execute()
        return self.get(promise_id)

    def set_done(self, promise_id: int, done: bool) -> Promise:
        before = self.get(promise_id)
        return self.update(promise_id, replace(before.to_draft(), done=done))

    def _checked(self, draft: PromiseDraft) -> PromiseDraft:
        draft = normalise_promise(draft)
        errors = validate_promise(draft)
        if draft.contact_id is not None and not self._contacts.exists(draft.contact_id):
            errors.append(FieldError("contact", ErrorCode.NOT_FOUND))
        if errors:
            raise ValidationError(errors)
        return draft


def _row_fields(draft: PromiseDraft) -> dict[str, Any]:
    return {
        "contact": draft.contact_id,
        "direction": draft.direction.value,
        "description": draft.description,
        "due_on": draft.due_on,
        "conversation": draft.conversation_id,
    }


def _from_row(row: tuple[Any, ...]) -> Promise:
    return Promise(
        id=row[0],
        uuid=row[1],
        contact_id=row[2],
        contact_name=display_name(row[3], row[4]),
        direction=PromiseDirection(row[5]),
        description=row[6],
        due_on=date_from_text(row[7]),
        done_at=maybe_from_iso(row[8]),
        conversation_id=row[9],
        created_at=from_iso(row[10]),
        updated_at=from_iso(row[11]),
        deleted_at=maybe_from_iso(row[12]),
    )

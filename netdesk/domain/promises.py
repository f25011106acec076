"""Promises: what someone said they would do for me, or I for them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from netdesk.domain.errors import ErrorCode, FieldError
from netdesk.domain.text import clean_line
from netdesk.domain.validation import check_line


class PromiseDirection(StrEnum):
    THEIRS = "theirs"  # they offered to do something for me
    MINE = "mine"  # I offered to do something for them


@dataclass(frozen=True, slots=True)
class PromiseDraft:
    contact_id: int | None
    direction: PromiseDirection = PromiseDirection.THEIRS
    description: str = ""
    due_on: date | None = None
    done: bool = False
    conversation_id: int | None = None


@dataclass(frozen=True, slots=True)
class Promise:
    id: int
    uuid: str
    contact_id: int
    contact_name: str
    direction: PromiseDirection
    description: str
    due_on: date | None
    done_at: datetime | None
    conversation_id: int | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: date) -> bool:
        return not self.is_done and self.due_on is not None and self.due_on < today

    def to_draft(self) -> PromiseDraft:
        return PromiseDraft(
            contact_id=self.contact_id,
            direction=self.direction,
            description=self.description,
            due_on=self.due_on,
            done=self.is_done,
            conversation_id=self.conversation_id,
        )


def normalise_promise(draft: PromiseDraft) -> PromiseDraft:
    return replace(draft, description=clean_line(draft.description))


def validate_promise(draft: PromiseDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if draft.contact_id is None:
        errors.append(FieldError("contact", ErrorCode.REQUIRED))
    errors += check_line("description", draft.description, required=True)
    return errors

"""The trash: records that were deleted but can still be restored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class RecordKind(StrEnum):
    CONTACT = "contact"
    ORGANISATION = "organisation"
    CONVERSATION = "conversation"
    PROMISE = "promise"
    PITCH = "pitch"
    MEETING = "meeting"


@dataclass(frozen=True, slots=True)
class TrashItem:
    kind: RecordKind
    id: int
    uuid: str
    title: str
    deleted_at: datetime

"""My job goal: what I am looking for, in a few short lists.

It pre-fills the "what I'm looking for" part of a new pitch, and it is what
"has this person heard my goal?" is measured against. Target organisations are
the organisations marked as targets, not a list kept here.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.text import clean_block, split_lines

MAX_ITEMS = 20
MAX_ITEM_LENGTH = 120
MAX_SUMMARY_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class JobGoal:
    roles: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    summary: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.roles or self.sectors or self.summary)


def goal_from_text(roles: str, sectors: str, regions: str, summary: str) -> JobGoal:
    """A goal from what was typed: one item per line, checked."""
    goal = JobGoal(
        roles=_items(roles),
        sectors=_items(sectors),
        regions=_items(regions),
        summary=clean_block(summary).strip(),
    )
    validate_goal(goal)
    return goal


def _items(text: str) -> tuple[str, ...]:
    return split_lines(text)


def validate_goal(goal: JobGoal) -> None:
    errors: list[FieldError] = []
    for field in ("roles", "sectors", "regions"):
        items: tuple[str, ...] = getattr(goal, field)
        if len(items) > MAX_ITEMS:
            errors.append(FieldError(field, ErrorCode.TOO_LONG, str(len(items)), limit=MAX_ITEMS))
        for index, item in enumerate(items):
            if len(item) > MAX_ITEM_LENGTH:
                errors.append(
                    FieldError(field, ErrorCode.TOO_LONG, item, index=index, limit=MAX_ITEM_LENGTH)
                )
    if len(goal.summary) > MAX_SUMMARY_LENGTH:
        errors.append(
            FieldError("summary", ErrorCode.TOO_LONG, goal.summary[:40], limit=MAX_SUMMARY_LENGTH)
        )
    if errors:
        raise ValidationError(errors)


def join_items(items: tuple[str, ...], conjunction: str) -> str:
    """ "a", "a and b", "a, b and c": for sentences built from a goal."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"

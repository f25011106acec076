"""The guidance's main don't: asking a contact for a job outright. A pitch or a
first message is checked against phrases (English and Dutch ship with netdesk;
users add their own) and the user gets a gentle hint, never a block."""

from __future__ import annotations

from collections.abc import Sequence

from netdesk.domain.words import find_phrases


def find_job_requests(text: str, phrases: Sequence[str]) -> tuple[str, ...]:
    """The phrases of ``phrases`` that ``text`` contains, in the list's order."""
    return tuple(phrase for phrase, _count in find_phrases(text, phrases))

"""Values in a contact file that no contact field accepts, kept in the notes.

An email address, phone number or web address that netdesk's validation
refuses (``1-800-FLOWERS``, ``+49 1``, ``call after 6``) would make the import
skip the whole contact and lose every other value with it. Instead each such
value moves into the contact's notes, one line each, as it was written. The
wording is fixed English on purpose: it becomes the person's own data, not
interface text, and stays the same whatever language netdesk shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.text import clean_line
from netdesk.domain.validation import (
    MAX_LINE,
    MAX_NOTES,
    is_email,
    is_phone,
    is_web_url,
    normalise_url,
)

# The draft field -> how its line in the notes names it.
_LABELS = {"emails": "Email", "phones": "Phone", "links": "Web address"}


def as_written(field: str, value: str) -> str:
    """The notes line keeping a value of ``field`` (``"emails"``, ``"phones"``
    or ``"links"``) that its field cannot hold."""
    return f"{_LABELS[field]} (as written in the file): {clean_line(value)}"


def with_notes_lines(notes: str, lines: list[str]) -> str:
    """``notes`` with ``lines`` added after a blank line."""
    added = "\n".join(lines)
    return f"{notes.rstrip()}\n\n{added}" if notes.strip() else added


def keep_in_notes(draft: ContactDraft) -> ContactDraft:
    """The draft with every email, phone and web address that validation
    would refuse moved into its notes (see :func:`as_written`).

    Values are judged as the import will see them: trimmed, and a web address
    with the ``https://`` it lacks. Empty values (the import drops them) and
    values too long for any field (a problem the reader or the validation
    reports) stay where they are, and so does everything when the notes would
    grow past their limit: the import then names the value instead of
    dropping it unseen.
    """
    lines: list[str] = []

    def sort(field: str, values: tuple[str, ...], valid: Callable[[str], bool]) -> tuple[str, ...]:
        kept: list[str] = []
        for value in values:
            clean = clean_line(value)
            if not clean or len(clean) > MAX_LINE or valid(clean):
                kept.append(value)
            else:
                lines.append(as_written(field, clean))
        return tuple(kept)

    emails = sort("emails", draft.emails, is_email)
    phones = sort("phones", draft.phones, is_phone)
    links = sort("links", draft.links, lambda url: is_web_url(normalise_url(url)))
    if not lines:
        return draft
    notes = with_notes_lines(draft.notes, lines)
    if len(notes) > MAX_NOTES:
        return draft
    return replace(draft, emails=emails, phones=phones, links=links, notes=notes)

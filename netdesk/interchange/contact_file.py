"""A file of contacts, read: what every contact reader returns.

Readers differ in what they parse (LinkedIn's CSV, vCards, Google's and
Outlook's CSV) but hand the import the same thing: each readable record as a
:class:`ContactDraft` with the line it starts on, and each unreadable one as
problems naming its line and field.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.imports import ImportProblem


@dataclass(frozen=True, slots=True)
class ContactFile:
    """``records`` holds (line number, draft) in file order. Every data record
    is in exactly one of ``records`` and ``problems``. ``checked`` says the
    reader has already normalised and validated the drafts (the import then
    skips doing so again); otherwise the import does both. ``uids`` holds
    (line number, uuid) for records that carry netdesk's own identifier (a
    vCard netdesk wrote): the import matches those first, and keeps them."""

    file: str
    format_name: str
    encoding: str
    records: tuple[tuple[int, ContactDraft], ...]
    problems: tuple[ImportProblem, ...] = ()
    checked: bool = False
    uids: tuple[tuple[int, str], ...] = ()
    # (line number, uuid of who introduced them), from netdesk's own cards.
    met_through: tuple[tuple[int, str], ...] = ()

    @property
    def skipped_rows(self) -> tuple[int, ...]:
        """Line numbers of the records that cannot be imported, in file order."""
        return tuple(dict.fromkeys(p.row for p in self.problems))

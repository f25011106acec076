"""Contacts as a CSV file that spreadsheets open safely.

UTF-8 with a BOM (so Excel reads it as UTF-8, not the system code page), CRLF
line ends, a header row of plain English column names, and one row per
contact. A field with several values (emails, phones, links, tags) is one cell
with the values joined by ``; ``. Dates are ISO 8601: calendar dates as
``YYYY-MM-DD``, points in time as UTC.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``,
``-`` or ``@`` as a formula (and a leading tab or carriage return can hide
one), so text someone else wrote (a name pasted from a profile, a note) could
run code on opening. Following OWASP's advice, every such cell gets a leading
``'``, which spreadsheets show as text and do not display.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from netdesk.domain.clock import to_iso
from netdesk.domain.contacts import Contact, Relevance

COLUMNS = (
    "First name",
    "Last name",
    "Organisation",
    "Position",
    "Emails",
    "Phones",
    "LinkedIn",
    "Other links",
    "How met",
    "First met",
    "Relevance",
    "Tags",
    "Notes",
    "Keep in touch every (days)",
    "Last conversation",
    "Added",
)
VALUE_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_RELEVANCE_TEXT = {
    Relevance.UNSET: "",
    Relevance.LOW: "low",
    Relevance.MEDIUM: "medium",
    Relevance.HIGH: "high",
}


def write_contacts_csv(contacts: Iterable[Contact]) -> bytes:
    """The bytes of a CSV file with a header row and one row per contact."""
    buffer = io.StringIO(newline="")
    # QUOTE_MINIMAL quotes every cell holding a comma, a quote or a line
    # break, so multi-line notes stay one cell.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(cell) for cell in contact_cells(c)] for c in contacts)
    return buffer.getvalue().encode("utf-8-sig")


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet will show but never run it.

    This includes phone numbers written ``+31 20 555 0101``: a spreadsheet
    reads the leading ``+`` as a formula (and would show 31 + 20 + …), so they
    get the apostrophe too and stay text.
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def contact_cells(contact: Contact) -> list[str]:
    """One contact's cells, in the order of :data:`COLUMNS`, before neutralising."""
    return [
        contact.first_name,
        contact.last_name,
        contact.organisation_name,
        contact.position,
        VALUE_SEPARATOR.join(contact.emails),
        VALUE_SEPARATOR.join(contact.phones),
        contact.linkedin_url,
        VALUE_SEPARATOR.join(contact.links),
        contact.how_met,
        contact.first_met.isoformat() if contact.first_met else "",
        _RELEVANCE_TEXT[contact.relevance],
        VALUE_SEPARATOR.join(contact.tags),
        contact.notes,
        str(contact.cadence_days) if contact.cadence_days else "",
        to_iso(contact.last_conversation_at) if contact.last_conversation_at else "",
        to_iso(contact.created_at),
    ]

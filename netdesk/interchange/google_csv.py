"""Google Contacts' own CSV export ("Google CSV"), in both of its layouts.

- **Legacy** (until about 2023): ``Name,Given Name,Additional Name,Family
  Name,…,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…,Organization 1 -
  Name,Organization 1 - Title,…,Website 1 - Type,Website 1 - Value``. Old Gmail
  wrote it as UTF-16 with a BOM.
- **Current**: ``First Name,Middle Name,Last Name,Phonetic First Name,…,
  Organization Name,Organization Title,…,Labels,E-mail 1 - Label,E-mail 1 -
  Value,…``, in UTF-8.

Emails, phones and websites come in numbered groups (as many as the busiest
contact needs), each a type or label column and a value column. One cell may
hold several values joined with `` ::: ``, and the group holding the primary
value has its type marked with a leading ``* `` (``* Work``). Every value is
kept, the primary group's first. Group memberships and labels become tags, less
the groups every account has (``myContacts``, ``starred``).

A middle name, prefix, suffix, birthday and addresses have no place in a
netdesk contact and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from os import PathLike

from netdesk.domain.contacts import ContactDraft
from netdesk.interchange.contact_csv import (
    Row,
    header_keys,
    name_parts,
    read_contact_csv,
    sort_web_links,
    source_text,
    split_values,
    tags_from,
)
from netdesk.interchange.contact_file import ContactFile

FORMAT = "google"

# Between the values of one cell (written " ::: ").
VALUE_SEPARATOR = ":::"
# The column keys of the numbered groups: email2type, phone1label, website3value.
_GROUP_COLUMN = re.compile(r"(email|phone|website)(\d+)(type|label|value)")
# Columns that only a Google export has (LinkedIn and Outlook have none of them).
_GOOGLE_ONLY = frozenset({"groupmembership", "labels", "fileas", "phoneticfirstname"})


def looks_like(text: str) -> bool:
    """Whether ``text`` (the start of a decoded file) is a Google Contacts CSV."""
    keys = header_keys(text)
    return keys is not None and is_google_header(set(keys))


def is_google_header(keys: set[str]) -> bool:
    """Whether these column keys are a Google Contacts header, either layout."""
    named = {"givenname", "familyname"} <= keys or {"firstname", "lastname"} <= keys
    grouped = any(_GROUP_COLUMN.fullmatch(key) for key in keys)
    google = bool(keys & _GOOGLE_ONLY) or grouped
    return named and google and "connectedon" not in keys


def read_google_csv(source: bytes | str | PathLike[str], *, name: str | None = None) -> ContactFile:
    """Read a Google Contacts CSV export from its bytes or its path.

    ``name`` is how problems and errors refer to the file; it defaults to the
    path, or ``"contacts.csv"`` (Google's name for it) for bytes. Raises
    :class:`~netdesk.domain.imports.ImportFileError` when the file cannot be
    read, is not a Google export, or holds no rows.
    """
    file, text, encoding = source_text(source, name, "contacts.csv", FORMAT)
    return read_contact_csv(
        text,
        file=file,
        encoding=encoding,
        format_name=FORMAT,
        is_header=is_google_header,
        row_reader=_row_reader,
    )


def _row_reader(keys: set[str]) -> Callable[[Row], ContactDraft]:
    """Reads the rows under a header with these column keys."""
    numbers: dict[str, set[int]] = {"email": set(), "phone": set(), "website": set()}
    for key in keys:
        if m := _GROUP_COLUMN.fullmatch(key):
            numbers[m[1]].add(int(m[2]))
    groups = {kind: sorted(found) for kind, found in numbers.items()}
    return lambda row: _draft(row, groups)


def _grouped(row: Row, kind: str, numbers: list[int]) -> list[str]:
    """Every value of one kind (``email``), the primary group's first."""
    primary: list[str] = []
    others: list[str] = []
    for number in numbers:
        label = row[f"{kind}{number}type"] or row[f"{kind}{number}label"]
        values = split_values(row[f"{kind}{number}value"], VALUE_SEPARATOR)
        (primary if label.lstrip().startswith("*") else others).extend(values)
    return primary + others


def _first(cell: str) -> str:
    values = split_values(cell, VALUE_SEPARATOR)
    return values[0] if values else ""


def _draft(row: Row, groups: dict[str, list[int]]) -> ContactDraft:
    first = row["givenname"] or row["firstname"]
    last = row["familyname"] or row["lastname"]
    if not first.strip() and not last.strip():
        first, last = name_parts(row["name"])
    linkedin_url, links = sort_web_links(_grouped(row, "website", groups["website"]))
    return ContactDraft(
        first_name=first,
        last_name=last,
        organisation=_first(row["organization1name"] or row["organizationname"]),
        position=_first(row["organization1title"] or row["organizationtitle"]),
        emails=tuple(_grouped(row, "email", groups["email"])),
        phones=tuple(_grouped(row, "phone", groups["phone"])),
        linkedin_url=linkedin_url,
        links=links,
        tags=tags_from(split_values(row["groupmembership"] or row["labels"], VALUE_SEPARATOR)),
        notes=row["notes"],
    )

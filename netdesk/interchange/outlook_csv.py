"""Outlook's CSV contact export, and the same columns as other programs write them.

- The **long** header Outlook.com and Google's "Outlook CSV" write: ``First
  Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,
  E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,…,Job Title,
  Department,Company,…,Web Page,…,Notes,…,Categories``.
- The **short** one newer Outlook writes: ``First Name,Middle Name,Last Name,
  Title,Suffix,Nickname,E-mail Address,…,Job Title,Company,Web Page,Notes,
  Categories``.
- Desktop Outlook's export, every cell quoted and the columns in another order
  (``"Title","First Name",…``).

Columns are mapped by name, so all three read alike. ``Title`` is the
honorific (Mr., Dr.) and is not read; ``Job Title`` is the position.
Categories are separated by ``;``. Outlook on Windows often writes the file in
Windows-1252, which :func:`~netdesk.interchange.text_files.decode_text` reads
when the bytes are not UTF-8.
"""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike

from netdesk.domain.contacts import ContactDraft
from netdesk.interchange.contact_csv import (
    Row,
    header_keys,
    read_contact_csv,
    sort_web_links,
    source_text,
    split_values,
    tags_from,
)
from netdesk.interchange.contact_file import ContactFile

FORMAT = "outlook"

CATEGORY_SEPARATOR = ";"
_EMAIL_COLUMNS = ("emailaddress", "email2address", "email3address")
# The person's own numbers, most used first. Faxes, pagers, telex and the
# assistant's phone are left out: none of them reaches the person.
_PHONE_COLUMNS = (
    "primaryphone",
    "mobilephone",
    "businessphone",
    "businessphone2",
    "homephone",
    "homephone2",
    "otherphone",
    "carphone",
    "companymainphone",
    "callback",
    "radiophone",
    "isdn",
)
_WEB_COLUMNS = ("webpage", "personalwebpage")
# At least one of these, beside a first and a last name, makes an Outlook header.
_OUTLOOK_COLUMNS = frozenset(
    {
        "email2address",
        "email3address",
        "mobilephone",
        "businessphone",
        "homephone",
        "primaryphone",
        "jobtitle",
        "webpage",
        "categories",
        "emailaddress",
    }
)
# Columns that say the file is another format: LinkedIn's, or Google's own.
_OTHER_FORMATS = frozenset(
    {"connectedon", "url", "groupmembership", "labels", "givenname", "familyname"}
)
# Exchange writes its own internal address (an X.500 name) where the email
# of a colleague on the same server would be; it is no email address.
_EXCHANGE_ADDRESS_PREFIX = "/o="


def looks_like(text: str) -> bool:
    """Whether ``text`` (the start of a decoded file) is an Outlook CSV."""
    keys = header_keys(text)
    return keys is not None and is_outlook_header(set(keys))


def is_outlook_header(keys: set[str]) -> bool:
    """Whether these column keys are an Outlook contacts header."""
    if not {"firstname", "lastname"} <= keys or keys & _OTHER_FORMATS:
        return False
    if any(key.endswith(("label", "type")) and any(ch.isdigit() for ch in key) for key in keys):
        return False  # Google's numbered groups: E-mail 1 - Label
    return bool(keys & _OUTLOOK_COLUMNS)


def read_outlook_csv(
    source: bytes | str | PathLike[str], *, name: str | None = None
) -> ContactFile:
    """Read an Outlook contacts CSV from its bytes or its path.

    ``name`` is how problems and errors refer to the file; it defaults to the
    path, or ``"contacts.csv"`` for bytes. Raises
    :class:`~netdesk.domain.imports.ImportFileError` when the file cannot be
    read, is not an Outlook export, or holds no rows.
    """
    file, text, encoding = source_text(source, name, "contacts.csv", FORMAT)
    return read_contact_csv(
        text,
        file=file,
        encoding=encoding,
        format_name=FORMAT,
        is_header=is_outlook_header,
        row_reader=_row_reader,
    )


def _row_reader(keys: set[str]) -> Callable[[Row], ContactDraft]:
    return _draft


def _draft(row: Row) -> ContactDraft:
    emails = tuple(
        email
        for email in (row[column].strip() for column in _EMAIL_COLUMNS)
        if email and not email.casefold().startswith(_EXCHANGE_ADDRESS_PREFIX)
    )
    phones = tuple(phone for phone in (row[c].strip() for c in _PHONE_COLUMNS) if phone)
    linkedin_url, links = sort_web_links(url for url in (row[c] for c in _WEB_COLUMNS) if url)
    return ContactDraft(
        first_name=row["firstname"],
        last_name=row["lastname"],
        organisation=row["company"],
        position=row["jobtitle"],
        emails=emails,
        phones=phones,
        linkedin_url=linkedin_url,
        links=links,
        tags=tags_from(split_values(row["categories"], CATEGORY_SEPARATOR)),
        notes=row["notes"],
    )

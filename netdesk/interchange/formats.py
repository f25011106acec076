"""The file formats netdesk reads and writes, and telling which one a file is.

Detection looks at the file's content first (a vCard begins with
``BEGIN:VCARD``, a backup is a JSON object naming its format, each CSV dialect
has its own header) and only then at the name's extension, because people
rename files and spreadsheets re-save them. The person can always override it.

Readers are imported when first used: each pulls in its own parsing library.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import cast

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.text_files import read_file_bytes

LINKEDIN = "linkedin"
VCARD = "vcard"
GOOGLE = "google"
OUTLOOK = "outlook"
JSON = "json"

# How much of a file detection reads: every header fits in far less.
_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class ImportFormat:
    name: str
    module: str  # the reader's module, imported on first use
    reader: str  # its read function
    extensions: tuple[str, ...]

    def read(self, data: bytes, file: str) -> ContactFile:
        module = importlib.import_module(self.module)
        result = getattr(module, self.reader)(data, name=file)
        if not isinstance(result, ContactFile):  # LinkedIn's reader says more
            result = result.to_contact_file()
        return cast(ContactFile, result)

    def looks_like(self, text: str) -> bool:
        test = cast(Callable[[str], bool], importlib.import_module(self.module).looks_like)
        return test(text)


# Contact formats, in the order detection tries them: the most specific first
# (Google's current header and Outlook's both begin with First, Middle, Last).
CONTACT_FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(VCARD, "netdesk.interchange.vcard_read", "read_vcard", (".vcf", ".vcard")),
    ImportFormat(LINKEDIN, "netdesk.interchange.linkedin_csv", "read_linkedin_csv", (".csv",)),
    ImportFormat(GOOGLE, "netdesk.interchange.google_csv", "read_google_csv", (".csv",)),
    ImportFormat(OUTLOOK, "netdesk.interchange.outlook_csv", "read_outlook_csv", (".csv",)),
)
IMPORT_FORMAT_NAMES = (LINKEDIN, VCARD, GOOGLE, OUTLOOK, JSON)


def contact_format(name: str) -> ImportFormat:
    for found in CONTACT_FORMATS:
        if found.name == name:
            return found
    raise KeyError(name)


def load(source: bytes | str | PathLike[str], *, name: str | None = None) -> tuple[bytes, str]:
    """A file's bytes and the name messages use for it."""
    if isinstance(source, bytes):
        return source, name or "file"
    file = name or str(source)
    return read_file_bytes(Path(source), file), file


def detect_format(data: bytes, file: str) -> str | None:
    """The format a file's content says it is in, or failing that its
    extension; None when neither tells."""
    text = _sniff_text(data[:_SNIFF_BYTES])
    start = text.lstrip()
    if start.startswith("{") and '"netdesk-backup"' in start[:1000]:
        return JSON
    for candidate in CONTACT_FORMATS:
        if candidate.looks_like(text):
            return candidate.name
    suffix = Path(file).suffix.casefold()
    if suffix == ".json":
        return JSON
    for candidate in CONTACT_FORMATS:
        if suffix in candidate.extensions and suffix != ".csv":
            return candidate.name
    return None


def read_contacts(data: bytes, file: str, format_name: str | None = None) -> ContactFile:
    """Read a file of contacts in ``format_name`` (detected when None).
    Raises ImportFileError naming the file when it cannot be read at all."""
    name = format_name or detect_format(data, file)
    if name is None or name == JSON:
        # A backup is restored, not imported contact by contact.
        raise ImportFileError(file, ImportFileProblem.WRONG_FORMAT, format_name=name or "")
    return contact_format(name).read(data, file)


def _sniff_text(head: bytes) -> str:
    """The start of a file as text, for sniffing only: undecodable bytes (or a
    character cut in half at the end) are dropped rather than refused."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    text = head.decode("utf-8-sig", errors="ignore")
    return text

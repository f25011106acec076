"""The file formats netdesk reads and writes, and telling which one a file is.

Detection looks at the file's content first (a vCard begins with
``BEGIN:VCARD``, a backup is a JSON object naming its format, each CSV dialect
has its own header) and only then at the name's extension, because people
rename files and spreadsheets re-save them. The person can always override it.

Readers are imported when first used: each pulls in its own parsing library,
which start-up need not pay for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from types import ModuleType
from typing import cast

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.text_files import decode_text, read_file_bytes

LINKEDIN = "linkedin"
VCARD = "vcard"
GOOGLE = "google"
OUTLOOK = "outlook"
JSON = "json"

# How much of a file detection reads: every header fits in far less.
_SNIFF_BYTES = 64 * 1024


def _vcard() -> ModuleType:
    from netdesk.interchange import vcard_read

    return vcard_read


def _linkedin() -> ModuleType:
    from netdesk.interchange import linkedin_csv

    return linkedin_csv


def _google() -> ModuleType:
    from netdesk.interchange import google_csv

    return google_csv


def _outlook() -> ModuleType:
    from netdesk.interchange import outlook_csv

    return outlook_csv


@dataclass(frozen=True, slots=True)
class ImportFormat:
    name: str
    # The reader's module, imported on first use (written as an import
    # statement, not a string, so the desktop bundle's builder finds it).
    module: Callable[[], ModuleType]
    reader: str  # its read function
    extensions: tuple[str, ...]

    def read(self, data: bytes, file: str) -> ContactFile:
        result = getattr(self.module(), self.reader)(data, name=file)
        if not isinstance(result, ContactFile):  # LinkedIn's reader says more
            result = result.to_contact_file()
        return cast(ContactFile, result)

    def looks_like(self, text: str) -> bool:
        test = cast(Callable[[str], bool], self.module().looks_like)
        return test(text)


# Contact formats, in the order detection tries them: the most specific first
# (Google's current header and Outlook's both begin with First, Middle, Last).
CONTACT_FORMATS: tuple[ImportFormat, ...] = (
    ImportFormat(VCARD, _vcard, "read_vcard", (".vcf", ".vcard")),
    ImportFormat(LINKEDIN, _linkedin, "read_linkedin_csv", (".csv",)),
    ImportFormat(GOOGLE, _google, "read_google_csv", (".csv",)),
    ImportFormat(OUTLOOK, _outlook, "read_outlook_csv", (".csv",)),
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
    if format_name is None:
        decode_text(data, file)  # an empty or binary file says so, not "wrong format"
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

"""Reading vCard files (``.vcf``) of one or many cards, versions 2.1, 3.0 and 4.0.

What each version brings, and how it is read:

- **2.1** (old phones, Outlook): values in ``ENCODING=QUOTED-PRINTABLE`` whose
  long lines end in ``=`` and go on at the start of the next line (a *soft*
  break, with no leading space), a ``CHARSET=`` per property (UTF-8,
  ISO-8859-1, windows-1252…), parameters without names (``TEL;CELL;HOME:``),
  and base64 photos whose lines may not be indented.
- **3.0** (Apple, Google): grouped properties (``item1.URL`` labelled by
  ``item1.X-ABLabel``), escaped ``\\:`` ``\\,`` ``\\;`` ``\\n`` in any value,
  URLs included, and folded lines starting with a space or a tab.
- **4.0**: ``TYPE="work,voice"`` lists and ``tel:`` URIs (a leading ``tel:``
  is dropped in any version: some 3.0 writers put one in too).

An email, phone or web address that validation would refuse moves into the
card's notes (:mod:`.kept_values`), so the rest of the card still imports.

Why not vobject: its component reader fails on quoted-printable soft breaks
(the next line does not start with a space), raises ``UnicodeDecodeError`` or
``LookupError`` on a missing or unknown ``CHARSET``, unescapes only the
properties it has a behaviour for (``URL`` and ``X-`` values stay escaped),
keeps quoted ``TYPE`` lists whole, stops a whole stream at the first broken
card, and counts lines its own way. Above all its content-line regular
expression backtracks exponentially (``N;a;a;…;a=``: 50 characters take
seconds), and a chosen file is untrusted input. So cards are found, unfolded,
decoded and split here, by a linear scanner (:mod:`.vcard_syntax`).

Each card's problems name the line its ``BEGIN:VCARD`` is on; the other cards
are still read. A file without any card is refused.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from os import PathLike
from pathlib import Path

from netdesk.domain.contacts import ContactDraft, Relevance
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.domain.text import clean_block, clean_line
from netdesk.domain.validation import MAX_LINE, MAX_NOTES
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.kept_values import keep_in_notes
from netdesk.interchange.linkedin_csv import PROFILE_PREFIX, normalise_linkedin_url
from netdesk.interchange.text_files import MIXED_ENCODING, decode_text, read_file_bytes
from netdesk.interchange.vcard_syntax import (
    CADENCE_DAYS,
    FIRST_MET,
    FORMAT,
    HOW_MET,
    MET_THROUGH,
    PRODUCT,
    RELEVANCE,
    ContentLine,
    parse_content_line,
    split_escaped,
    unescape,
)

__all__ = ["FORMAT", "looks_like", "read_vcard"]

# How much of an offending value a problem keeps.
_PROBLEM_VALUE_CHARS = 80

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BEGIN = "BEGIN:VCARD"
_END = "END:VCARD"
# Old 2.1 writers leave the lines of a base64 photo unindented.
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")
_CADENCE = re.compile(r"[+-]?[0-9]{1,9}")
_RELEVANCE_NAMES = {r.name.lower(): r for r in Relevance} | {str(int(r)): r for r in Relevance}
# A social profile that is no web address (Apple's ``x-apple:handle``) is skipped.
_WEB = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)

# The draft field a property fills, for naming it in problems.
_FIELDS = {
    "N": "name",
    "FN": "name",
    "ORG": "organisation",
    "TITLE": "position",
    "ROLE": "position",
    "EMAIL": "emails",
    "TEL": "phones",
    "URL": "links",
    "X-SOCIALPROFILE": "links",
    "NOTE": "notes",
    "CATEGORIES": "tags",
    "X-ABLABEL": "links",
    "X-ABSHOWAS": "name",
    "PRODID": "card",
    "UID": "card",
    HOW_MET: "how_met",
    MET_THROUGH: "met_through",
    FIRST_MET: "first_met",
    RELEVANCE: "relevance",
    CADENCE_DAYS: "cadence_days",
}


def read_vcard(source: bytes | str | PathLike[str], *, name: str | None = None) -> ContactFile:
    """Read a vCard file from its bytes or its path.

    ``name`` is how problems and errors refer to the file; it defaults to the
    path, or ``"contacts.vcf"`` for bytes. Raises :class:`ImportFileError` when
    the file cannot be read, holds no card, or is not a vCard file.
    """
    if isinstance(source, bytes):
        file = name or "contacts.vcf"
        data = source
    else:
        file = name or str(source)
        data = read_file_bytes(Path(source), file, FORMAT)
    text, encoding = decode_text(data, file, FORMAT)
    return _read_text(text, file, encoding)


def looks_like(text: str) -> bool:
    """Whether the start of a file is a vCard: its first line that is not
    blank is ``BEGIN:VCARD``."""
    for line in text.lstrip("\ufeff \t\r\n")[:200].splitlines()[:1]:
        return line.strip().upper() == _BEGIN
    return False


@dataclass(slots=True)
class _Card:
    start: int  # the line of BEGIN:VCARD
    lines: list[tuple[int, str]] = field(default_factory=list)
    closed: bool = False


def _read_text(text: str, file: str, encoding: str) -> ContactFile:
    cards, stray_line = _split_cards(_LINE_BREAK.split(text))
    if not cards:
        if stray_line:
            raise ImportFileError(
                file,
                ImportFileProblem.MALFORMED,
                format_name=FORMAT,
                row=stray_line,
                detail=_END,
            )
        raise ImportFileError(file, ImportFileProblem.WRONG_FORMAT, format_name=FORMAT)
    records: list[tuple[int, ContactDraft]] = []
    problems: list[ImportProblem] = []
    uids: list[tuple[int, str]] = []
    met_through: list[tuple[int, str]] = []
    for card in cards:
        reader = _CardReader(file, card, encoding)
        draft = reader.read()
        if reader.problems:
            problems += reader.problems
        elif draft is not None:
            records.append((card.start, draft))
            if reader.uid:
                uids.append((card.start, reader.uid))
            if reader.met_through:
                met_through.append((card.start, reader.met_through))
    if not records and not problems:
        raise ImportFileError(file, ImportFileProblem.NO_ROWS, format_name=FORMAT)
    return ContactFile(
        file=file,
        format_name=FORMAT,
        encoding=encoding,
        records=tuple(records),
        problems=tuple(problems),
        uids=tuple(uids),
        met_through=tuple(met_through),
    )


def _split_cards(lines: list[str]) -> tuple[list[_Card], int]:
    """The cards in file order, and the first ``END:VCARD`` outside any card
    (0 if none): in a file without cards, a sign it was cut at its start."""
    cards: list[_Card] = []
    current: _Card | None = None
    stray = 0
    for number, line in enumerate(lines, start=1):
        # A folded continuation starts with white space and is never a marker.
        marker = "" if line[:1] in (" ", "\t") else line.rstrip().upper()
        if marker == _BEGIN:
            if current is not None:
                cards.append(current)  # never closed
            current = _Card(number)
        elif marker == _END:
            if current is None:
                stray = stray or number
            else:
                current.closed = True
                cards.append(current)
                current = None
        elif current is not None:
            current.lines.append((number, line))
    if current is not None:
        cards.append(current)
    return cards, stray


def _uuid(value: str) -> str:
    """A UID that is a UUID (``urn:uuid:…`` or bare), in canonical form; else ""."""
    text = value.strip()
    if text[:9].lower() == "urn:uuid:":
        text = text[9:]
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return ""


def _cut(value: str) -> str:
    return value if len(value) <= _PROBLEM_VALUE_CHARS else value[:_PROBLEM_VALUE_CHARS] + "…"


class _UndecodableError(ValueError):
    pass


class _CardReader:
    """One card into a draft, collecting what cannot be read as problems."""

    def __init__(self, file: str, card: _Card, encoding: str) -> None:
        self.file = file
        self.card = card
        # QP bytes are read back from the text in the encoding it came from.
        self.encoding = "cp1252" if encoding in ("cp1252", MIXED_ENCODING) else "utf-8"
        # Some lines UTF-8, some Windows-1252: which one a value came from is
        # not known, so a charset it does not fit leaves it as decoded.
        self.mixed = encoding == MIXED_ENCODING
        self.problems: list[ImportProblem] = []
        self.version = "3.0"
        self.uid = ""  # the card's UID when it is a UUID (netdesk writes the contact's)
        self.met_through = ""  # the UID of who introduced them (netdesk's own cards)

    def problem(self, field_name: str, code: ImportCode, value: str = "") -> None:
        self.problems.append(
            ImportProblem(self.file, self.card.start, field_name, code, _cut(value))
        )

    def read(self) -> ContactDraft | None:
        """The card's draft; None for an empty card. Problems are collected."""
        if not self.card.closed:
            self.problem("card", ImportCode.UNCLOSED_CARD, _BEGIN)
            return None
        self.version = _version(self.card.lines)
        properties: list[ContentLine] = []
        for line in self._logical_lines():
            prop = parse_content_line(line)
            if prop is None:
                self.problem("card", ImportCode.MALFORMED_CARD, line)
                return None
            properties.append(prop)
        if all(p.name == "VERSION" for p in properties):
            return None
        return self._draft(properties)

    def _logical_lines(self) -> list[str]:
        """The card's lines unfolded: a line starting with white space goes
        on the line before (2.1 keeps that space; 3.0 and 4.0 drop it), a
        quoted-printable line ending in ``=`` goes on at the next line."""
        keep_space = self.version == "2.1"
        # Each logical line as its pieces, joined once at the end: a photo
        # folded over 30,000 lines is not copied 30,000 times.
        logical: list[list[str]] = []
        soft_break = base64_data = quoted_printable = False
        for _, line in self.card.lines:
            if soft_break:
                pieces = logical[-1]
                while not pieces[-1]:
                    pieces.pop()
                pieces[-1] = pieces[-1][:-1]
                pieces.append(line)
            elif line[:1] in (" ", "\t") and logical:
                logical[-1].append(line if keep_space else line[1:])
            elif not line.strip():
                base64_data = False  # a blank line ends 2.1 base64 data
                continue
            elif base64_data and _BASE64_LINE.fullmatch(line):
                logical[-1].append(line)
                continue
            else:
                logical.append([line])
                encoding = _encoding(line)
                quoted_printable = encoding == "QUOTED-PRINTABLE"
                base64_data = encoding in ("B", "BASE64")
            soft_break = quoted_printable and _ends_in_equals(logical[-1])
        return ["".join(pieces) for pieces in logical]

    def _decoded(self, prop: ContentLine) -> str:
        """The property's value with its transfer encoding and charset undone
        (still escaped). Raises _UndecodableError."""
        encoding = prop.param("ENCODING").upper()
        charset = prop.param("CHARSET").strip()
        if encoding == "QUOTED-PRINTABLE":
            raw = _qp_bytes(prop.value, self.encoding)
            return _decode_bytes(binascii.a2b_qp(raw), charset)
        if encoding in ("B", "BASE64"):
            try:
                data = base64.b64decode("".join(prop.value.split()))
            except (binascii.Error, ValueError) as exc:
                raise _UndecodableError from exc
            return _decode_bytes(data, charset)
        if charset and self.encoding == "cp1252" and not prop.value.isascii():
            # The file was not UTF-8 as a whole: take this value's bytes as
            # its own charset says (a UTF-8 card in a Latin-1 file).
            try:
                return _decode_bytes(prop.value.encode("cp1252"), charset)
            except (UnicodeEncodeError, _UndecodableError):
                if not self.mixed:
                    raise
                return prop.value  # a UTF-8 line: read right already
        return prop.value

    def _draft(self, properties: list[ContentLine]) -> ContactDraft:
        # Property name -> (property, value with its encoding undone, still
        # escaped), in card order.
        found: dict[str, list[tuple[ContentLine, str]]] = {}
        labels: dict[str, str] = {}  # Apple's item group -> its X-ABLabel
        web: list[tuple[ContentLine, str]] = []  # URL and X-SOCIALPROFILE, in order
        for prop in properties:
            field_name = _FIELDS.get(prop.name)
            if field_name is None:
                continue  # PHOTO, ADR, BDAY…: nothing netdesk holds
            try:
                value = self._decoded(prop)
            except _UndecodableError:
                self.problem(field_name, ImportCode.UNDECODABLE, prop.value)
                continue
            if prop.name == "X-ABLABEL":
                labels[prop.group] = unescape(value).strip().casefold()
            elif field_name == "links":
                web.append((prop, value))
            else:
                found.setdefault(prop.name, []).append((prop, value))

        def raw(name: str) -> str:
            values = found.get(name)
            return values[0][1] if values else ""

        def first(name: str) -> str:
            return unescape(raw(name))

        def every(name: str) -> list[tuple[ContentLine, str]]:
            return found.get(name, [])

        organisation = clean_line(unescape(split_escaped(raw("ORG"), ";")[0]))
        first_name, last_name = _names(raw("N"), first("FN"), organisation, first("X-ABSHOWAS"))
        linkedin_url, links = _web_links(web, labels, PRODUCT in raw("PRODID").lower())
        self.uid = _uuid(first("UID"))
        self.met_through = _uuid(first(MET_THROUGH))
        draft = ContactDraft(
            first_name=first_name,
            last_name=last_name,
            organisation=organisation,
            position=clean_line(first("TITLE") or first("ROLE")),
            emails=tuple(_email(unescape(value)) for _, value in every("EMAIL")),
            phones=tuple(self._phone(unescape(value)) for _, value in every("TEL")),
            linkedin_url=linkedin_url,
            links=links,
            how_met=clean_line(first(HOW_MET)),
            first_met=self._first_met(first(FIRST_MET)),
            relevance=self._relevance(first(RELEVANCE)),
            tags=tuple(
                unescape(tag)
                for _, value in every("CATEGORIES")
                for tag in split_escaped(value, ",")
                if tag.strip()
            ),
            notes="\n\n".join(
                note for _, value in every("NOTE") if (note := clean_block(unescape(value)))
            ),
            cadence_days=self._cadence(first(CADENCE_DAYS)),
        )
        draft = keep_in_notes(draft)
        self._check_lengths(draft)
        return draft

    def _phone(self, value: str) -> str:
        """A phone number; a ``tel:`` URI (4.0's default, and what some 3.0
        writers put in any TEL) as people write it."""
        value = value.strip()
        if value[:4].lower() == "tel:":
            number, *params = value[4:].split(";")
            extension = next((p[4:] for p in params if p[:4].lower() == "ext="), "")
            return f"{number} ext. {extension}" if extension else number
        return value

    def _first_met(self, value: str) -> date | None:
        value = value.strip()
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem("first_met", ImportCode.INVALID_DATE, value)
            return None

    def _relevance(self, value: str) -> Relevance:
        value = value.strip()
        if not value:
            return Relevance.UNSET
        found = _RELEVANCE_NAMES.get(value.lower())
        if found is None:
            self.problem("relevance", ImportCode.INVALID_VALUE, value)
            return Relevance.UNSET
        return found

    def _cadence(self, value: str) -> int | None:
        value = value.strip()
        if not value:
            return None
        if not _CADENCE.fullmatch(value):
            self.problem("cadence_days", ImportCode.INVALID_VALUE, value)
            return None
        return int(value)

    def _check_lengths(self, draft: ContactDraft) -> None:
        """Values far beyond what a field holds (validation.py's limits)."""
        lines: list[tuple[str, str]] = [
            ("first_name", draft.first_name),
            ("last_name", draft.last_name),
            ("organisation", draft.organisation),
            ("position", draft.position),
            ("linkedin_url", draft.linkedin_url),
            ("how_met", draft.how_met),
        ]
        lines += [("emails", v) for v in draft.emails]
        lines += [("phones", v) for v in draft.phones]
        lines += [("links", v) for v in draft.links]
        lines += [("tags", v) for v in draft.tags]
        for field_name, value in lines:
            if len(value) > MAX_LINE and len(clean_line(value)) > MAX_LINE:
                self.problem(field_name, ImportCode.TOO_LONG, clean_line(value))
        if len(draft.notes) > MAX_NOTES:
            self.problem("notes", ImportCode.TOO_LONG, draft.notes)


def _names(name: str, full_name: str, organisation: str, show_as: str) -> tuple[str, str]:
    """First and last name from N (family;given;additional;prefix;suffix), or
    from FN when N is empty, unless FN names the company (Apple's company
    cards)."""
    parts = [clean_line(unescape(p)) for p in split_escaped(name, ";")]
    parts += [""] * (5 - len(parts))
    family, given, additional, _prefix, suffix = parts[:5]
    if family or given or additional:
        first = " ".join(p for p in (given, additional) if p)
        last = " ".join(p for p in (family, suffix) if p)
        return first, last
    full_name = clean_line(full_name)
    if (
        not full_name
        or show_as.strip().upper() == "COMPANY"
        or full_name.casefold() == organisation.casefold()
    ):
        return "", ""
    if "," in full_name:  # "Müller, Zoë"
        last, _, first = full_name.partition(",")
        return first.strip(), last.strip()
    first, _, last = full_name.partition(" ")
    return first, last


def _web_links(
    found_in_card: list[tuple[ContentLine, str]], labels: dict[str, str], ours: bool
) -> tuple[str, tuple[str, ...]]:
    """The LinkedIn profile and the other web addresses. A link marked as
    LinkedIn (``TYPE=linkedin``, or an ``X-ABLabel`` saying so) wins; failing
    that, except in our own export (which always marks it), the first LinkedIn
    profile, or else the first LinkedIn page."""
    found: list[tuple[str, bool, str]] = []  # value, marked, as a LinkedIn address
    for prop, raw_value in found_in_card:
        value = unescape(raw_value).strip()
        if not value or (prop.name == "X-SOCIALPROFILE" and not _WEB.match(value)):
            continue
        marked = "linkedin" in prop.types() or labels.get(prop.group) == "linkedin"
        found.append((value, marked, normalise_linkedin_url(value) or ""))
    chosen = next((i for i, (_, marked, url) in enumerate(found) if marked and url), None)
    if chosen is None and not ours:
        profiles = (i for i, (_, _, url) in enumerate(found) if url.startswith(PROFILE_PREFIX))
        pages = (i for i, (_, _, url) in enumerate(found) if url)
        chosen = next(profiles, next(pages, None))
    if chosen is None:
        return "", tuple(value for value, _, _ in found)
    linkedin_url = found[chosen][2]
    links = tuple(
        value
        for i, (value, _, url) in enumerate(found)
        if i != chosen and (ours or url != linkedin_url)
    )
    return linkedin_url, links


def _encoding(line: str) -> str:
    """The ENCODING of the property a line starts, upper-case, or ``""``."""
    colon = line.find(":")
    if ";" not in line[: colon if colon >= 0 else len(line)]:
        return ""  # no parameters: the common case, found without parsing
    head = parse_content_line(line)
    return head.param("ENCODING").upper() if head else ""


def _ends_in_equals(pieces: list[str]) -> bool:
    last = next((piece for piece in reversed(pieces) if piece), "")
    return last.endswith("=")


def _version(lines: list[tuple[int, str]]) -> str:
    for _, line in lines:
        if line[:8].upper() == "VERSION:":
            return line[8:].strip()
    return "3.0"


def _qp_bytes(value: str, encoding: str) -> bytes:
    """The bytes of a quoted-printable value (ASCII, but for what careless
    writers leave unencoded) as the file held them."""
    try:
        return value.encode(encoding)
    except UnicodeEncodeError:  # a UTF-8 line in a mostly Windows-1252 file
        return value.encode("utf-8", errors="replace")


def _decode_bytes(data: bytes, charset: str) -> str:
    """Bytes in a declared charset; with none, UTF-8 or else Windows-1252."""
    if not charset:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            charset = "cp1252"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeError, ValueError) as exc:
        # LookupError: no such charset, or one that is no text encoding (base64)
        raise _UndecodableError from exc


def _email(value: str) -> str:
    value = value.strip()
    return value[7:] if value[:7].lower() == "mailto:" else value

"""The text grammar of vCards 2.1, 3.0 and 4.0, shared by the reader and the writer.

A card is a run of *content lines* ``[group.]NAME[;param[=value[,value]]]*:value``
between ``BEGIN:VCARD`` and ``END:VCARD``. Long lines are folded: a line
break followed by one space or tab continues the line before. In values,
``\\n`` is a line break and ``\\,`` ``\\;`` ``\\\\`` stand for themselves; Apple
also escapes ``\\:``.

Every scan here is linear in the length of the line, written by hand or with
regular expressions that cannot backtrack, because a vCard is untrusted input.
(vobject's own line grammar nests quantifiers: ``N;a;a;…;a=`` of 50 characters
takes seconds, and every extra ``;a`` doubles that.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT = "vcard"

# Our own properties, so an export read back loses nothing netdesk holds.
HOW_MET = "X-NETDESK-HOW-MET"
FIRST_MET = "X-NETDESK-FIRST-MET"
RELEVANCE = "X-NETDESK-RELEVANCE"
CADENCE_DAYS = "X-NETDESK-CADENCE-DAYS"
# Who introduced this person: that contact's UID (urn:uuid:…).
MET_THROUGH = "X-NETDESK-MET-THROUGH"
# The PRODID our export writes, and how the reader tells our cards apart.
PRODUCT = "netdesk"

# RFC 6350 3.2: lines SHOULD NOT be longer than 75 octets, line break excluded.
FOLD_OCTETS = 75

# 2.1 allows parameters without a name: ``TEL;CELL;HOME:`` (types) and
# ``NOTE;QUOTED-PRINTABLE:`` (an encoding).
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})

_NAME = re.compile(r"[A-Za-z0-9_-]+")
_UNQUOTED_PARAM_VALUE = re.compile(r'[^";:,]*')
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPED_CHARS = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
# Control characters have no place in a vCard value (RFC 6350 3.3); a tab
# is kept, line breaks are escaped.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEXT_SPECIALS = re.compile(r"\r\n|[\\\n\r,;]")
_URI_SPECIALS = re.compile(r"\r\n|[\\\n\r]")


@dataclass(frozen=True, slots=True)
class ContentLine:
    """One unfolded property. ``name`` and parameter names are upper-case;
    parameter values are as written, a comma list split into its items.
    ``value`` is still escaped (and maybe quoted-printable)."""

    group: str
    name: str
    params: dict[str, tuple[str, ...]]
    value: str

    def param(self, name: str) -> str:
        """The first value of a parameter, or ``""``."""
        values = self.params.get(name, ())
        return values[0] if values else ""

    def types(self) -> frozenset[str]:
        """The TYPE values, lower-case, however they were listed."""
        return frozenset(t.strip().lower() for t in self.params.get("TYPE", ()))


def parse_content_line(line: str) -> ContentLine | None:
    """A content line split into its parts, or None if it is not one."""
    match = _NAME.match(line)
    if match is None:
        return None
    group, name = "", match[0]
    pos = match.end()
    if line.startswith(".", pos):
        group = name
        match = _NAME.match(line, pos + 1)
        if match is None:
            return None
        name, pos = match[0], match.end()
    params: dict[str, list[str]] = {}
    while line.startswith(";", pos):
        match = _NAME.match(line, pos + 1)
        if match is None:
            return None
        param, pos = match[0].upper(), match.end()
        if not line.startswith("=", pos):
            key = "ENCODING" if param in _BARE_ENCODINGS else "TYPE"
            params.setdefault(key, []).append(param)
            continue
        values = params.setdefault(param, [])
        pos += 1
        while True:
            if line.startswith('"', pos):
                end = line.find('"', pos + 1)
                if end < 0:
                    return None
                # vCard 4.0 writes TYPE="work,voice": one quoted list.
                values.extend(line[pos + 1 : end].split(","))
                pos = end + 1
            else:
                value = _UNQUOTED_PARAM_VALUE.match(line, pos)
                if value is None:  # never: the pattern matches the empty string
                    return None
                values.append(value[0])
                pos = value.end()
            if not line.startswith(",", pos):
                break
            pos += 1
    if not line.startswith(":", pos):
        return None
    return ContentLine(
        group=group.lower(),
        name=name.upper().replace("_", "-"),  # Lotus Notes writes X_NAMES
        params={key: tuple(values) for key, values in params.items()},
        value=line[pos + 1 :],
    )


def unescape(value: str) -> str:
    """A text value as people wrote it. Unknown escapes keep their backslash
    (``C:\\temp`` written without escaping stays as it was)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _ESCAPED_CHARS.get(m[1], m[0]), value)


def split_escaped(value: str, separator: str) -> list[str]:
    """The parts of a structured value (``N``, ``ORG``, ``CATEGORIES``) split
    at each separator that is not escaped; the parts are still escaped."""
    if separator not in value:
        return [value]
    parts: list[str] = []
    start = 0
    for match in re.finditer(r"\\.|" + re.escape(separator), value, re.DOTALL):
        if match[0] == separator:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def escape_text(value: str) -> str:
    """A text value escaped for 3.0 and 4.0; control characters dropped."""
    value = _CONTROL.sub("", value)
    return _TEXT_SPECIALS.sub(_escape_one, value)


def escape_uri(value: str) -> str:
    """A URI value: only what the reader would otherwise unescape or break
    on, since other programs take URIs literally."""
    value = _CONTROL.sub("", value)
    return _URI_SPECIALS.sub(_escape_one, value)


def _escape_one(match: re.Match[str]) -> str:
    char = match[0]
    return "\\n" if char in ("\n", "\r", "\r\n") else "\\" + char


def fold(line: str) -> str:
    """A content line folded to lines of at most 75 octets of UTF-8 (the
    leading space of a continuation counts), never inside a character, joined
    with CRLF."""
    if len(line) <= FOLD_OCTETS and line.isascii():
        return line
    pieces: list[str] = []
    start = 0
    size = 0
    for index, char in enumerate(line):
        code = ord(char)
        octets = 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
        if size + octets > FOLD_OCTETS:
            pieces.append(line[start:index])
            start, size = index, 1  # the continuation's leading space
        size += octets
    pieces.append(line[start:])
    return "\r\n ".join(pieces)

"""Text helpers shared by search, sorting and uniqueness checks."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry their "accent" inside the letter itself, so Unicode
# decomposition leaves them alone; people type them as these ASCII letters.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "\u0131": "i",  # dotless i (Turkish)
        "ħ": "h",
    }
)

_SURROGATE = re.compile("[\ud800-\udfff]")


# Characters the fold table keeps: every alphabet people write names in fits.
_FOLD_CACHE_LIMIT = 1 << 16


class _FoldTable(dict[int, str]):
    """Each character's folded form, worked out the first time it is seen.

    Folding is per character: NFKD only reorders combining marks, and those
    are dropped, so folding a string character by character gives what
    folding it whole would. ``str.translate`` then does the walk in C, about
    ten times faster than a Python loop over every character of a contact's
    search text.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).casefold())
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = stripped.translate(_LETTERS)
        if len(self) < _FOLD_CACHE_LIMIT:  # a text of every code point must not pin 100 MB
            self[code] = folded
        return folded


_FOLDED = _FoldTable()


def fold(text: str) -> str:
    """Fold text for matching: case-insensitive and accent-insensitive.

    "Zoë Müller" and "zoe muller" fold to the same string, as do "Łukasz Søren"
    and "lukasz soren", so a name is found however it is typed.

    Search indexes and uniqueness keys store folded text: changing what this
    function returns needs a migration that rebuilds them.
    """
    if text.isascii():  # most names and companies: nothing to decompose or map
        return " ".join(text.lower().split())
    # storable() first: a lone surrogate was never stored, so no key changes.
    return " ".join(storable(text).translate(_FOLDED).split())


def storable(text: str) -> str:
    """Text SQLite can keep: a lone surrogate ("\\ud800", half of a UTF-16
    pair) has no UTF-8 form, and writing it would fail, so it becomes U+FFFD,
    as a UTF-16 decoder with errors="replace" would read it; a whole pair
    becomes the character it stands for."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_line(text: str) -> str:
    """One line of user text: surrounding space trimmed, inner runs collapsed."""
    return " ".join(storable(text).split())


def clean_block(text: str) -> str:
    """Multi-line user text: trailing space and surrounding blank lines removed."""
    text = storable(text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def split_lines(text: str) -> tuple[str, ...]:
    """Non-empty, trimmed lines, duplicates (ignoring case) dropped, order kept."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in text.splitlines():
        value = raw.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return tuple(result)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "museum, Leiden; alumni": trimmed, de-duplicated, order kept."""
    return split_lines(text.replace(",", "\n").replace(";", "\n"))

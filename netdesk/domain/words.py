"""Words as a listener hears them: counting, sentences, and phrase matching on
folded text (so "Vacature" and "vacature", "café" and "cafe" match alike)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from netdesk.domain.text import fold

# A word is a run of letters or digits, joined by inner hyphens or apostrophes:
# "Zoë", "part-time", "I'm" and "2026" are one word each; emoji and dashes none.
_APOSTROPHE = "\u2019"  # the typographic apostrophe of "I\u2019m"
# Numbers keep their separators: "3.5" and "10,000" are one word each.
_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['\u2019\-][^\W_]+)*")
# A sentence ends at . ! ? or … followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
WILDCARD = "*"


def words(text: str) -> list[str]:
    # Composed form first: "Zoë" pasted as "Zoe" + a combining mark is one word.
    return _WORD.findall(unicodedata.normalize("NFC", text))


def word_count(text: str) -> int:
    return len(words(text))


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def folded_words(text: str) -> list[str]:
    return words(fold(text.replace(_APOSTROPHE, "'")))


def parse_phrases(text: str) -> tuple[str, ...]:
    """A phrase list file: one phrase per line; blank lines and # comments skipped."""
    seen: set[str] = set()
    phrases: list[str] = []
    for line in text.splitlines():
        phrase = line.split("#", 1)[0].strip()
        key = " ".join(folded_words(phrase) if phrase != WILDCARD else [])
        if phrase and key and key not in seen:
            seen.add(key)
            phrases.append(phrase)
    return tuple(phrases)


def find_phrases(text: str, phrases: Sequence[str]) -> list[tuple[str, int]]:
    """Each phrase found in ``text`` with how often, in the list's order.

    Matching is on whole folded words, so "job" does not match "jobcentre" and
    "a job for me" does not match "a job centre". A ``*`` in a phrase stands
    for exactly one word: "do you have * job" finds "do you have a job".
    """
    haystack = folded_words(text)
    starts: dict[str, list[int]] = {}
    for index, word in enumerate(haystack):
        starts.setdefault(word, []).append(index)
    found: list[tuple[str, int]] = []
    for phrase in phrases:
        pattern = _phrase_words(phrase)
        if not pattern:
            continue
        # Only where the first word occurs (or everywhere, for a leading *).
        candidates = range(len(haystack)) if pattern[0] == WILDCARD else starts.get(pattern[0], [])
        count = sum(1 for start in candidates if _matches_at(haystack, pattern, start))
        if count:
            found.append((phrase, count))
    return found


def first_match(text: str, phrase: str) -> str:
    """The words of ``text`` (folded) that ``phrase`` first matched, or ''."""
    haystack = folded_words(text)
    pattern = _phrase_words(phrase)
    for start in range(len(haystack)):
        if pattern and _matches_at(haystack, pattern, start):
            return " ".join(haystack[start : start + len(pattern)])
    return ""


@lru_cache(maxsize=4096)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's folded words (cached: the same lists are checked per keystroke)."""
    result: list[str] = []
    for part in phrase.split():
        if part == WILDCARD:
            result.append(WILDCARD)
        else:
            result.extend(folded_words(part))
    return tuple(result)


def _matches_at(haystack: list[str], pattern: Sequence[str], start: int) -> bool:
    if start + len(pattern) > len(haystack):
        return False
    return all(part in (WILDCARD, haystack[start + i]) for i, part in enumerate(pattern))

"""The personal pitch: a short introduction of who I am, what I am looking for
and what I can offer, with one clear request, timed as it will be spoken.

Pure rules: composing the parts into one text, timing it at a speaking rate,
and the gentle checks shown beside the editor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from netdesk.domain.asks import find_job_requests
from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.text import clean_line, storable
from netdesk.domain.validation import MAX_LINE, MAX_NOTES
from netdesk.domain.words import find_phrases, first_match, sentences, word_count

DEFAULT_WORDS_PER_MINUTE = 130
MIN_WORDS_PER_MINUTE = 60
MAX_WORDS_PER_MINUTE = 250
DEFAULT_TARGET_SECONDS = 30
MIN_TARGET_SECONDS = 5
MAX_TARGET_SECONDS = 15 * 60
# Spoken sentences longer than this lose the listener.
LONG_SENTENCE_WORDS = 30
# How many rehearsal times are kept per pitch.
REHEARSALS_KEPT = 5
_ENDS_SENTENCE = (".", "!", "?", "…", ":", ";")


class PitchPart(StrEnum):
    WHO_I_AM = "who_i_am"
    LOOKING_FOR = "looking_for"
    CAN_OFFER = "can_offer"
    REQUEST = "request"


REQUIRED_PARTS = (PitchPart.WHO_I_AM, PitchPart.LOOKING_FOR, PitchPart.CAN_OFFER)


@dataclass(frozen=True, slots=True)
class PitchText:
    """The words of a pitch: the parts, and the composed wording if edited."""

    who_i_am: str = ""
    looking_for: str = ""
    can_offer: str = ""
    request: str = ""
    composed: str = ""
    composed_edited: bool = False

    def part(self, part: PitchPart) -> str:
        value: str = getattr(self, part.value)
        return value

    def with_part(self, part: PitchPart, value: str) -> PitchText:
        if part is PitchPart.WHO_I_AM:
            return replace(self, who_i_am=value)
        if part is PitchPart.LOOKING_FOR:
            return replace(self, looking_for=value)
        if part is PitchPart.CAN_OFFER:
            return replace(self, can_offer=value)
        return replace(self, request=value)

    @property
    def spoken(self) -> str:
        """What is said: the free wording once edited, else the parts joined."""
        return self.composed if self.composed_edited else compose(self)

    @property
    def has_parts(self) -> bool:
        return any(self.part(part).strip() for part in PitchPart)


@dataclass(frozen=True, slots=True)
class Pitch:
    id: int
    uuid: str
    name: str
    position: int
    is_default: bool
    target_seconds: int
    text: PitchText
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Rehearsal:
    started_at: datetime
    seconds: float


def compose(text: PitchText) -> str:
    """The parts as one spoken text, each part a sentence (or more) in order."""
    pieces: list[str] = []
    for part in PitchPart:
        value = " ".join(text.part(part).split())
        if value:
            pieces.append(value if value.endswith(_ENDS_SENTENCE) else value + ".")
    return " ".join(pieces)


def spoken_seconds(words: int, words_per_minute: int) -> float:
    return words * 60.0 / words_per_minute


class TimingVerdict(StrEnum):
    EMPTY = "empty"
    ON_TARGET = "on_target"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class Timing:
    words: int
    seconds: int  # rounded up: a listener hears the whole last word
    target_seconds: int
    verdict: TimingVerdict

    @property
    def over_by(self) -> int:
        return max(0, self.seconds - self.target_seconds)

    @property
    def to_spare(self) -> int:
        return max(0, self.target_seconds - self.seconds)


def timing(spoken: str, words_per_minute: int, target_seconds: int) -> Timing:
    words = word_count(spoken)
    seconds = math.ceil(spoken_seconds(words, words_per_minute) - 1e-9)
    if words == 0:
        verdict = TimingVerdict.EMPTY
    elif seconds > target_seconds:
        verdict = TimingVerdict.TOO_LONG
    else:
        verdict = TimingVerdict.ON_TARGET
    return Timing(words, seconds, target_seconds, verdict)


class HintKind(StrEnum):
    PART_MISSING = "part_missing"
    TOO_LONG = "too_long"
    ASKS_FOR_JOB = "asks_for_job"
    FILLER_WORDS = "filler_words"
    LONG_SENTENCE = "long_sentence"


@dataclass(frozen=True, slots=True)
class Hint:
    """One gentle suggestion. ``part`` is set for a missing part; ``phrases``
    holds what was found (with counts for filler words); ``words`` and
    ``excerpt`` describe a long sentence or the time over target."""

    kind: HintKind
    part: PitchPart | None = None
    phrases: tuple[tuple[str, int], ...] = ()
    words: int = 0
    excerpt: str = ""


def check_pitch(
    text: PitchText,
    *,
    words_per_minute: int,
    target_seconds: int,
    job_request_phrases: Sequence[str],
    filler_words: Sequence[str],
) -> list[Hint]:
    """Every hint for this pitch, most important first. Never blocks saving."""
    hints: list[Hint] = []
    spoken = text.spoken
    if not text.composed_edited:
        hints += [
            Hint(HintKind.PART_MISSING, part=p) for p in REQUIRED_PARTS if not text.part(p).strip()
        ]
    elif not spoken.strip():
        hints += [Hint(HintKind.PART_MISSING, part=p) for p in REQUIRED_PARTS]
    asks = find_job_requests(spoken, job_request_phrases)
    if asks:
        hints.append(
            Hint(
                HintKind.ASKS_FOR_JOB,
                phrases=tuple((a, 1) for a in asks),
                excerpt=first_match(spoken, asks[0]),  # the words said, not the pattern
            )
        )
    timed = timing(spoken, words_per_minute, target_seconds)
    if timed.verdict is TimingVerdict.TOO_LONG:
        hints.append(Hint(HintKind.TOO_LONG, words=timed.words, excerpt=str(timed.over_by)))
    for sentence in sentences(spoken):
        count = word_count(sentence)
        if count > LONG_SENTENCE_WORDS:
            hints.append(Hint(HintKind.LONG_SENTENCE, words=count, excerpt=_excerpt(sentence)))
    fillers = find_phrases(spoken, filler_words)
    if fillers:
        hints.append(Hint(HintKind.FILLER_WORDS, phrases=tuple(fillers)))
    return hints


def _excerpt(sentence: str, words: int = 6) -> str:
    parts = sentence.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def check_name(name: str) -> str:
    """A pitch's name, trimmed; raises ValidationError when empty or too long."""
    cleaned = clean_line(name)
    if not cleaned:
        raise ValidationError([FieldError("name", ErrorCode.REQUIRED)])
    if len(cleaned) > MAX_LINE:
        raise ValidationError(
            [FieldError("name", ErrorCode.TOO_LONG, cleaned[:40], limit=MAX_LINE)]
        )
    return cleaned


def check_target(seconds: int) -> int:
    if not MIN_TARGET_SECONDS <= seconds <= MAX_TARGET_SECONDS:
        raise ValidationError([FieldError("target_seconds", ErrorCode.OUT_OF_RANGE, str(seconds))])
    return seconds


def check_text(text: PitchText) -> PitchText:
    """Bound every part's length (a pitch is short; a runaway paste is not).
    The words are kept as typed, but for what SQLite cannot store."""
    text = replace(
        text,
        who_i_am=storable(text.who_i_am),
        looking_for=storable(text.looking_for),
        can_offer=storable(text.can_offer),
        request=storable(text.request),
        composed=storable(text.composed),
    )
    errors = [
        FieldError(field, ErrorCode.TOO_LONG, value[:40], limit=MAX_NOTES)
        for field, value in (
            *((part.value, text.part(part)) for part in PitchPart),
            ("composed", text.composed),
        )
        if len(value) > MAX_NOTES
    ]
    if errors:
        raise ValidationError(errors)
    return text


def copy_name(name: str, existing: Sequence[str], template: str) -> str:
    """A free name for a copy: ``template`` has {name} and {number}, and the
    number is left out ("Elevator (copy)") the first time."""
    taken = {n.casefold() for n in existing}
    number = 1
    while True:
        candidate = template.format(name=name, number="" if number == 1 else f" {number}")
        if candidate.casefold() not in taken:
            return candidate
        number += 1

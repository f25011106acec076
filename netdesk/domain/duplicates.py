"""Duplicate people: which pairs of contacts are likely one person, and what a
merged contact keeps of both.

Proposals never compare every pair of the network: people are grouped by a key
(a LinkedIn profile, an email address, a name, a name at one organisation) and
only people sharing a key are compared, so 100,000 contacts take about as long
as reading them.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from netdesk.domain.text import fold


class MatchReason(StrEnum):
    """Why two contacts look like one person."""

    SAME_LINKEDIN = "same_linkedin"
    SAME_EMAIL = "same_email"
    SAME_NAME = "same_name"  # same folded name, same (or a missing) organisation
    SWAPPED_NAMES = "swapped_names"  # first and last name the other way round
    INITIAL = "initial"  # "J. Smit" and "Jan Smit" at one organisation
    SIMILAR_NAME = "similar_name"  # a typo or two apart, at one organisation


# How strong each reason is on its own (out of 100).
STRENGTH = {
    MatchReason.SAME_LINKEDIN: 100,
    MatchReason.SAME_EMAIL: 95,
    MatchReason.SAME_NAME: 85,
    MatchReason.SWAPPED_NAMES: 75,
    MatchReason.INITIAL: 70,
    MatchReason.SIMILAR_NAME: 65,
}
# The same name where one or both have no organisation: a weaker hint.
SAME_NAME_WITHOUT_ORGANISATION = 60
# Two typos apart (long names only) is weaker than one.
SIMILAR_NAME_TWO_EDITS = 55
# Each further reason for the same pair adds this much, up to 100.
EXTRA_REASON_BONUS = 5

# A key shared by more people than this says nothing about any two of them
# (a shared mailbox such as info@…, a very common name without organisation).
MAX_GROUP = 25
# Names within one organisation are compared pairwise; a block this large is
# skipped rather than compared in full.
MAX_BLOCK = 200


class MergeRefusal(StrEnum):
    """Why two contacts cannot be merged (or a merge cannot be undone)."""

    SAME_CONTACT = "same_contact"
    IN_TRASH = "in_trash"
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class Candidate:
    """What proposing needs of one live contact, already folded."""

    id: int
    first_name: str
    last_name: str
    organisation_key: str
    linkedin: str  # normalised profile link, "" if none
    emails: tuple[str, ...]

    @classmethod
    def of(
        cls,
        contact_id: int,
        first_name: str,
        last_name: str,
        organisation_key: str = "",
        linkedin: str = "",
        emails: Iterable[str] = (),
    ) -> Candidate:
        return cls(
            id=contact_id,
            first_name=_fold_name(first_name),
            last_name=_fold_name(last_name),
            organisation_key=organisation_key,
            linkedin=linkedin,
            emails=tuple(sorted({email_key(e) for e in emails if e.strip()})) if emails else (),
        )


@functools.lru_cache(maxsize=8192)
def _fold_name(name: str) -> str:
    """fold(), remembered: names repeat a lot across a network."""
    return fold(name)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two contacts that are likely one person; ``first_id`` < ``second_id``."""

    first_id: int
    second_id: int
    reasons: tuple[MatchReason, ...]  # strongest first
    strength: int  # 1..100

    @property
    def reason(self) -> MatchReason:
        return self.reasons[0]


def pair_key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


class _Found:
    """Reasons gathered per pair, each with the strength it was found at."""

    def __init__(self, dismissed: Set[tuple[int, int]]) -> None:
        self.dismissed = dismissed
        self.pairs: dict[tuple[int, int], dict[MatchReason, int]] = defaultdict(dict)

    def add(self, a: int, b: int, reason: MatchReason, strength: int) -> None:
        if a == b:
            return
        key = pair_key(a, b)
        if key in self.dismissed:
            return
        reasons = self.pairs[key]
        reasons[reason] = max(strength, reasons.get(reason, 0))


def propose_pairs(
    people: Iterable[Candidate], dismissed: Set[tuple[int, int]] = frozenset()
) -> list[DuplicatePair]:
    """Likely duplicate pairs among ``people``, strongest first.

    ``dismissed`` holds pair_key()s the person said are not the same person.
    """
    everyone = list(people)
    found = _Found(dismissed)
    _same_key(found, everyone, lambda c: (c.linkedin,) if c.linkedin else (), "linkedin")
    _same_key(found, everyone, lambda c: c.emails, "email")
    _same_name(found, everyone)
    _names_at_one_organisation(found, everyone)
    by_id = {c.id: c for c in everyone}
    proposals = [_proposal(key, reasons) for key, reasons in found.pairs.items()]
    proposals.sort(
        key=lambda p: (
            -p.strength,
            by_id[p.first_id].last_name,
            by_id[p.first_id].first_name,
            p.first_id,
            p.second_id,
        )
    )
    return proposals


_RANK = {reason: rank for rank, reason in enumerate(MatchReason)}


def _proposal(key: tuple[int, int], reasons: dict[MatchReason, int]) -> DuplicatePair:
    if len(reasons) == 1:
        (only, strength), *_ = reasons.items()
        return DuplicatePair(key[0], key[1], (only,), strength)
    ordered = sorted(reasons, key=lambda r: (-reasons[r], _RANK[r]))
    strength = min(100, reasons[ordered[0]] + EXTRA_REASON_BONUS * (len(ordered) - 1))
    return DuplicatePair(key[0], key[1], tuple(ordered), strength)


def _same_key(
    found: _Found,
    people: list[Candidate],
    keys: Callable[[Candidate], Iterable[str]],
    kind: str,
) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for person in people:
        for key in keys(person):
            groups[key].append(person.id)
    reason = MatchReason.SAME_LINKEDIN if kind == "linkedin" else MatchReason.SAME_EMAIL
    for ids in groups.values():
        if 1 < len(ids) <= MAX_GROUP:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    found.add(a, b, reason, STRENGTH[reason])


def _same_name(found: _Found, people: list[Candidate]) -> None:
    """The same folded name: at one organisation, or where one has none."""
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for person in people:
        if person.first_name or person.last_name:
            groups[(person.first_name, person.last_name)].append(person)
    for group in groups.values():
        if len(group) < 2:
            continue
        by_organisation: dict[str, list[Candidate]] = defaultdict(list)
        for person in group:
            by_organisation[person.organisation_key].append(person)
        for key, members in by_organisation.items():
            if key and len(members) <= MAX_GROUP:
                _all_pairs(found, members, MatchReason.SAME_NAME, STRENGTH[MatchReason.SAME_NAME])
        # People without an organisation may be anyone of that name.
        if len(group) <= MAX_GROUP:
            for loose in by_organisation.get("", []):
                for person in group:
                    if person.id != loose.id:
                        found.add(
                            loose.id,
                            person.id,
                            MatchReason.SAME_NAME,
                            SAME_NAME_WITHOUT_ORGANISATION,
                        )


def _all_pairs(found: _Found, members: Sequence[Candidate], reason: MatchReason, s: int) -> None:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            found.add(a.id, b.id, reason, s)


def _names_at_one_organisation(found: _Found, people: list[Candidate]) -> None:
    """Swapped, abbreviated and misspelt names among colleagues."""
    by_organisation: dict[str, list[Candidate]] = defaultdict(list)
    for person in people:
        if person.organisation_key and person.first_name and person.last_name:
            by_organisation[person.organisation_key].append(person)
    swapped = STRENGTH[MatchReason.SWAPPED_NAMES]
    for colleagues in by_organisation.values():
        if len(colleagues) < 2:
            continue
        by_last: dict[str, list[Candidate]] = defaultdict(list)
        by_first: dict[str, list[Candidate]] = defaultdict(list)
        by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        for person in colleagues:
            by_last[person.last_name].append(person)
            by_first[person.first_name].append(person)
            by_name[(person.first_name, person.last_name)].append(person.id)
        for (first, last), ids in by_name.items():
            if first < last:  # each swapped pair once
                for a in ids:
                    for b in by_name.get((last, first), ()):
                        found.add(a, b, MatchReason.SWAPPED_NAMES, swapped)
        # One name the same, the other abbreviated or a typo or two apart.
        for block in by_last.values():
            if 1 < len(block) <= MAX_BLOCK:
                _compare_names(found, block, lambda c: c.first_name, initials=True)
        for block in by_first.values():
            if 1 < len(block) <= MAX_BLOCK:
                _compare_names(found, block, lambda c: c.last_name, initials=False)


def _compare_names(
    found: _Found,
    block: list[Candidate],
    name: Callable[[Candidate], str],
    *,
    initials: bool,
) -> None:
    for i, a in enumerate(block):
        for b in block[i + 1 :]:
            x, y = name(a), name(b)
            if x == y:
                continue
            if initials and (is_initial_of(x, y) or is_initial_of(y, x)):
                found.add(a.id, b.id, MatchReason.INITIAL, STRENGTH[MatchReason.INITIAL])
                continue
            distance = similar_distance(x, y)
            if distance == 1:
                strength = STRENGTH[MatchReason.SIMILAR_NAME]
                found.add(a.id, b.id, MatchReason.SIMILAR_NAME, strength)
            elif distance == 2:
                found.add(a.id, b.id, MatchReason.SIMILAR_NAME, SIMILAR_NAME_TWO_EDITS)


_INITIALS = re.compile(r"(?:\w\.?[\s-]*)+")


def initials(name: str) -> str:
    """The letters of a name written as initials ("j.p." → "jp"), else ""."""
    compact = name.replace(" ", "")
    if not compact or not _INITIALS.fullmatch(name):
        return ""
    letters = [part for part in re.split(r"[.\s-]+", name) if part]
    return "".join(letters) if all(len(part) == 1 for part in letters) else ""


def is_initial_of(short: str, full: str) -> bool:
    """Whether ``short`` is initials of ``full``: "j." of "jan", "j.p." of
    "jan pieter" or "jan-pieter" (both folded)."""
    letters = initials(short)
    if not letters or initials(full):
        return False
    words = [w for w in re.split(r"[\s-]+", full) if w]
    if len(letters) == 1:
        return full.startswith(letters)
    return "".join(w[0] for w in words) == letters


def similar_distance(a: str, b: str) -> int | None:
    """Edit distance (a swap of neighbours counts once) when small enough to be
    a typo: one edit for names of up to five letters, two for longer ones;
    None otherwise, and for names under three letters."""
    if min(len(a), len(b)) < 3:
        return None
    limit = 1 if min(len(a), len(b)) <= 5 else 2
    distance = edit_distance(a, b, limit)
    return distance if 0 < distance <= limit else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


# Merging -------------------------------------------------------------------

NOTES_SEPARATOR = "\n\n---\n\n"


@dataclass(frozen=True, slots=True)
class PersonDetails:
    """The fields of a contact that a merge combines."""

    first_name: str
    last_name: str
    organisation_id: int | None
    organisation_key: str
    position: str
    linkedin_url: str
    how_met: str
    first_met: date | None
    met_through_id: int | None
    relevance: int
    tags: tuple[str, ...]
    notes: str
    cadence_days: int | None
    snoozed_until: datetime | None


def combine_details(
    kept: PersonDetails, other: PersonDetails, *, kept_id: int, other_id: int
) -> PersonDetails:
    """The kept contact's values, with what only the other had filled in.

    Tags are unioned, notes joined, the earlier first meeting and the higher
    relevance kept. A first name given only as initials takes the full name
    the other has. Nobody ends up introduced by themselves.
    """
    first_name = kept.first_name or other.first_name
    if kept.last_name == other.last_name and is_initial_of(
        fold(kept.first_name), fold(other.first_name)
    ):
        first_name = other.first_name
    organisation_id, organisation_key = kept.organisation_id, kept.organisation_key
    if organisation_id is None:
        organisation_id, organisation_key = other.organisation_id, other.organisation_key
    met_through = kept.met_through_id
    if met_through in (None, other_id):
        met_through = other.met_through_id
    if met_through in (kept_id, other_id):
        met_through = None
    dates = [d for d in (kept.first_met, other.first_met) if d is not None]
    return PersonDetails(
        first_name=first_name,
        last_name=kept.last_name or other.last_name,
        organisation_id=organisation_id,
        organisation_key=organisation_key,
        position=kept.position or other.position,
        linkedin_url=kept.linkedin_url or other.linkedin_url,
        how_met=kept.how_met or other.how_met,
        first_met=min(dates) if dates else None,
        met_through_id=met_through,
        relevance=max(kept.relevance, other.relevance),
        tags=kept.tags + missing_values(kept.tags, other.tags, str.casefold),
        notes=combine_notes(kept.notes, other.notes),
        cadence_days=kept.cadence_days or other.cadence_days,
        snoozed_until=kept.snoozed_until or other.snoozed_until,
    )


def combine_notes(kept: str, other: str) -> str:
    if not other.strip() or other.strip() in kept:
        return kept
    if not kept.strip():
        return other
    return kept + NOTES_SEPARATOR + other


def missing_values(
    kept: Sequence[str], other: Sequence[str], key: Callable[[str], str]
) -> tuple[str, ...]:
    """Values of ``other`` that ``kept`` lacks (compared by ``key``), in order."""
    seen = {key(v) for v in kept}
    added: list[str] = []
    for value in other:
        k = key(value)
        if k not in seen:
            seen.add(k)
            added.append(value)
    return tuple(added)


def email_key(value: str) -> str:
    return value.strip().casefold()


def phone_key(value: str) -> str:
    """Digits (and a leading +) only: "+31 6-1234 5678" is "+31612345678"."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return ("+" if value.strip().startswith("+") else "") + digits or value.casefold()


def link_key(value: str) -> str:
    return value.strip().casefold().rstrip("/")

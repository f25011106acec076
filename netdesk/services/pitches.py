"""Personal pitches: named versions kept in order, one the default, saved as
they are typed; their rehearsal times; and the speaking rate they are timed at."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from netdesk.domain.clock import Clock, from_iso, to_iso
from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.pitch import (
    DEFAULT_WORDS_PER_MINUTE,
    MAX_WORDS_PER_MINUTE,
    MIN_WORDS_PER_MINUTE,
    REHEARSALS_KEPT,
    Pitch,
    PitchText,
    Rehearsal,
    check_name,
    check_target,
    check_text,
)
from netdesk.services.query import new_uuid, rows, scalar
from netdesk.services.settings import SettingsService
from netdesk.store.db import database

_COLUMNS = (
    "id, uuid, name, position, is_default, target_seconds, who_i_am, looking_for, "
    "can_offer, request, composed, composed_edited, created_at, updated_at"
)
_WORDS_PER_MINUTE = "pitch.words_per_minute"


class PitchService:
    def __init__(self, clock: Clock, settings: SettingsService | None = None) -> None:
        self._clock = clock
        self._settings = settings or SettingsService()

    # Reading -------------------------------------------------------------------

    def all(self) -> list[Pitch]:
        """Every pitch not in the trash, in the user's order."""
        pitches = [
            _from_row(row)
            for row in rows(
                f"SELECT {_COLUMNS} FROM pitch WHERE deleted_at IS NULL ORDER BY position, id"
            )
        ]
        return _with_one_default(pitches)

    def get(self, pitch_id: int) -> Pitch:
        for pitch in self.all():
            if pitch.id == pitch_id:
                return pitch
        raise RecordNotFoundError("pitch", pitch_id)

    def default(self) -> Pitch | None:
        """The pitch used when none is chosen (the first one if none is marked)."""
        return next((pitch for pitch in self.all() if pitch.is_default), None)

    def count(self) -> int:
        return int(scalar("SELECT count(*) FROM pitch WHERE deleted_at IS NULL"))

    # Writing ---------------------------------------------------------------

    def create(self, name: str, target_seconds: int, text: PitchText | None = None) -> Pitch:
        name = check_name(name)
        target_seconds = check_target(target_seconds)
        text = check_text(text or PitchText())
        now = to_iso(self._clock.now())
        with database.atomic():
            position = int(scalar("SELECT coalesce(max(position), -1) + 1 FROM pitch"))
            first = self.count() == 0
            cursor = database.execute_sql(
                "INSERT INTO pitch (uuid, name, position, is_default, target_seconds, who_i_am, "
                "looking_for, can_offer, request, composed, composed_edited, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_uuid(),
                    name,
                    position,
                    int(first),
                    target_seconds,
                    *_text_values(text),
                    now,
                    now,
                ),
            )
            pitch_id = int(cursor.lastrowid)
        return self.get(pitch_id)

    def duplicate(self, pitch_id: int, name: str) -> Pitch:
        """A copy right after the original, with its words and target (not its
        rehearsals, which belong to the original)."""
        original = self.get(pitch_id)
        with database.atomic():
            copy = self.create(name, original.target_seconds, original.text)
            order = [p.id for p in self.all() if p.id != copy.id]
            order.insert(order.index(pitch_id) + 1, copy.id)
            self.set_order(order)
        return self.get(copy.id)

    def save_text(self, pitch_id: int, text: PitchText) -> None:
        """Autosave: store the words as typed. A pitch in the trash takes them
        too (they were typed just before it went), to come back with it."""
        text = check_text(text)
        self._update(pitch_id, _text_assignments(), _text_values(text), trashed_too=True)

    def rename(self, pitch_id: int, name: str) -> None:
        self._update(pitch_id, "name = ?", (check_name(name),))

    def set_target(self, pitch_id: int, target_seconds: int) -> None:
        self._update(pitch_id, "target_seconds = ?", (check_target(target_seconds),))

    def set_default(self, pitch_id: int) -> None:
        with database.atomic():
            self._require(pitch_id)
            database.execute_sql("UPDATE pitch SET is_default = (id = ?)", (pitch_id,))

    def order(self) -> list[int]:
        return [pitch.id for pitch in self.all()]

    def set_order(self, pitch_ids: Sequence[int]) -> None:
        """Put the pitches in this order (ids not listed keep their place after)."""
        with database.atomic():
            rest = [pitch_id for pitch_id in self.order() if pitch_id not in pitch_ids]
            for position, pitch_id in enumerate([*pitch_ids, *rest]):
                database.execute_sql(
                    "UPDATE pitch SET position = ? WHERE id = ?", (position, pitch_id)
                )

    def move(self, pitch_id: int, offset: int) -> list[int]:
        """Move a pitch up (negative) or down; the order before, for undo."""
        before = self.order()
        index = before.index(pitch_id)
        target = max(0, min(len(before) - 1, index + offset))
        after = list(before)
        after.insert(target, after.pop(index))
        self.set_order(after)
        return before

    def _update(
        self, pitch_id: int, assignments: str, values: Sequence[Any], *, trashed_too: bool = False
    ) -> None:
        with database.atomic():
            self._require(pitch_id, trashed_too=trashed_too)
            database.execute_sql(
                f"UPDATE pitch SET {assignments}, updated_at = ? WHERE id = ?",
                (*values, to_iso(self._clock.now()), pitch_id),
            )

    def _require(self, pitch_id: int, *, trashed_too: bool = False) -> None:
        live = "" if trashed_too else " AND deleted_at IS NULL"
        if not rows(f"SELECT 1 FROM pitch WHERE id = ?{live}", (pitch_id,)):
            raise RecordNotFoundError("pitch", pitch_id)

    # Rehearsals and speaking rate ----------------------------------------------

    def record_rehearsal(self, pitch_id: int, started_at: datetime, seconds: float) -> None:
        """Keep a rehearsal time; only the last few per pitch are kept."""
        with database.atomic():
            self._require(pitch_id)
            database.execute_sql(
                "INSERT INTO rehearsal (pitch_id, started_at, seconds) VALUES (?, ?, ?)",
                (pitch_id, to_iso(started_at), max(0.0, seconds)),
            )
            database.execute_sql(
                "DELETE FROM rehearsal WHERE pitch_id = ? AND id NOT IN (SELECT id FROM "
                "rehearsal WHERE pitch_id = ? ORDER BY started_at DESC, id DESC LIMIT ?)",
                (pitch_id, pitch_id, REHEARSALS_KEPT),
            )

    def rehearsals(self, pitch_id: int) -> list[Rehearsal]:
        """The kept rehearsal times, newest first."""
        return [
            Rehearsal(from_iso(started_at), float(seconds))
            for started_at, seconds in rows(
                "SELECT started_at, seconds FROM rehearsal WHERE pitch_id = ? "
                "ORDER BY started_at DESC, id DESC",
                (pitch_id,),
            )
        ]

    def words_per_minute(self) -> int:
        return self._settings.integer(
            _WORDS_PER_MINUTE,
            DEFAULT_WORDS_PER_MINUTE,
            minimum=MIN_WORDS_PER_MINUTE,
            maximum=MAX_WORDS_PER_MINUTE,
        )

    def set_words_per_minute(self, value: int) -> None:
        clamped = max(MIN_WORDS_PER_MINUTE, min(MAX_WORDS_PER_MINUTE, value))
        self._settings.set_integer(_WORDS_PER_MINUTE, clamped)


def _text_assignments() -> str:
    return (
        "who_i_am = ?, looking_for = ?, can_offer = ?, request = ?, composed = ?, "
        "composed_edited = ?"
    )


def _text_values(text: PitchText) -> tuple[Any, ...]:
    return (
        text.who_i_am,
        text.looking_for,
        text.can_offer,
        text.request,
        text.composed,
        int(text.composed_edited),
    )


def _from_row(row: tuple[Any, ...]) -> Pitch:
    return Pitch(
        id=row[0],
        uuid=row[1],
        name=row[2],
        position=row[3],
        is_default=bool(row[4]),
        target_seconds=row[5],
        text=PitchText(
            who_i_am=row[6],
            looking_for=row[7],
            can_offer=row[8],
            request=row[9],
            composed=row[10],
            composed_edited=bool(row[11]),
        ),
        created_at=from_iso(row[12]),
        updated_at=from_iso(row[13]),
    )


def _with_one_default(pitches: list[Pitch]) -> list[Pitch]:
    """Exactly one default among the live pitches: the marked one if it is not
    in the trash, else the first."""
    if not pitches or any(pitch.is_default for pitch in pitches):
        return pitches
    return [replace(pitches[0], is_default=True), *pitches[1:]]

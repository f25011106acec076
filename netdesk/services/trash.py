"""The trash: deleting marks a record, restoring clears the mark, emptying
removes the records for good and leaves a tombstone (their uuid) behind.

Conversations and promises of a trashed contact are hidden with them and come
back with them; they are not marked themselves, so restoring the person
restores the whole history exactly as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from netdesk.domain.clock import Clock, from_iso, to_iso
from netdesk.domain.contacts import display_name
from netdesk.domain.trash import RecordKind, TrashItem
from netdesk.services.organisations import sync_contact_keys
from netdesk.services.query import chunks, execute_many, placeholders, rows, scalar
from netdesk.store.db import database

_TITLES = {
    RecordKind.CONTACT: "SELECT id, uuid, first_name, last_name, deleted_at FROM contact",
    RecordKind.ORGANISATION: "SELECT id, uuid, name, '', deleted_at FROM organisation",
    RecordKind.CONVERSATION: (
        "SELECT v.id, v.uuid, c.first_name || ' ' || c.last_name, v.topics, v.deleted_at "
        "FROM conversation v JOIN contact c ON c.id = v.contact_id"
    ),
    RecordKind.PROMISE: (
        "SELECT p.id, p.uuid, c.first_name || ' ' || c.last_name, p.description, p.deleted_at "
        "FROM promise p JOIN contact c ON c.id = p.contact_id"
    ),
    RecordKind.PITCH: "SELECT id, uuid, name, '', deleted_at FROM pitch",
    RecordKind.MEETING: (
        "SELECT m.id, m.uuid, coalesce(c.first_name || ' ' || c.last_name, ''), m.purpose, "
        "m.deleted_at FROM meeting m LEFT JOIN contact c ON c.id = m.contact_id"
    ),
}
_TABLE = {kind: kind.value for kind in RecordKind}
_ALIAS = {
    RecordKind.CONTACT: "",
    RecordKind.ORGANISATION: "",
    RecordKind.CONVERSATION: "v.",
    RecordKind.PROMISE: "p.",
    RecordKind.PITCH: "",
    RecordKind.MEETING: "m.",
}


class TrashService:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def trash(self, kind: RecordKind, record_ids: Sequence[int]) -> None:
        self._mark(kind, record_ids, to_iso(self._clock.now()))

    def restore(self, kind: RecordKind, record_ids: Sequence[int]) -> None:
        self._mark(kind, record_ids, None)

    def _mark(self, kind: RecordKind, record_ids: Sequence[int], deleted_at: str | None) -> None:
        now = to_iso(self._clock.now())
        with database.atomic():
            for part in chunks(record_ids):
                database.execute_sql(
                    f"UPDATE {_TABLE[kind]} SET deleted_at = ?, updated_at = ? "
                    f"WHERE id IN ({placeholders(len(part))})",
                    [deleted_at, now, *part],
                )
            if kind is RecordKind.ORGANISATION:
                sync_contact_keys(record_ids)

    def count(self) -> int:
        return sum(
            int(scalar(f"SELECT count(*) FROM {_TABLE[kind]} WHERE deleted_at IS NOT NULL"))
            for kind in RecordKind
        )

    def items(self) -> list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        items: list[TrashItem] = []
        for kind, sql in _TITLES.items():
            where = f" WHERE {_ALIAS[kind]}deleted_at IS NOT NULL"
            for row in rows(sql + where):
                items.append(TrashItem(kind, row[0], row[1], _title(kind, row), from_iso(row[4])))
        items.sort(key=lambda item: item.deleted_at, reverse=True)
        return items

    def purge(self, items: Sequence[TrashItem]) -> None:
        """Delete these trashed records for good, leaving tombstones."""
        with database.atomic():
            for kind in RecordKind:
                chosen = [item.id for item in items if item.kind == kind]
                for part in chunks(chosen):
                    self._purge(kind, part)

    def empty(self) -> int:
        """Delete everything in the trash for good; how many records went."""
        items = self.items()
        self.purge(items)
        return len(items)

    def _purge(self, kind: RecordKind, record_ids: Sequence[int]) -> None:
        # Only what is still in the trash: an item listed before an undo restored
        # it must not lose its search rows or history, nor leave tombstones.
        found = rows(
            f"SELECT id, uuid FROM {_TABLE[kind]} "
            f"WHERE id IN ({placeholders(len(record_ids))}) AND deleted_at IS NOT NULL",
            record_ids,
        )
        if not found:
            return
        record_ids = [row[0] for row in found]
        marks = placeholders(len(record_ids))
        now = to_iso(self._clock.now())
        doomed: list[tuple[str, str]] = [(kind.value, row[1]) for row in found]
        # Cascades take the person's history with them: remember those uuids too.
        if kind is RecordKind.CONTACT:
            for table in ("conversation", "promise", "meeting"):
                doomed += [
                    (table, row[0])
                    for row in rows(
                        f"SELECT uuid FROM {table} WHERE contact_id IN ({marks})", record_ids
                    )
                ]
        execute_many(
            "INSERT OR REPLACE INTO tombstone (uuid, kind, purged_at) VALUES (?, ?, ?)",
            [(uuid, kind_name, now) for kind_name, uuid in doomed],
        )
        if kind is RecordKind.CONTACT:
            database.execute_sql(f"DELETE FROM contact_search WHERE rowid IN ({marks})", record_ids)
            database.execute_sql(
                "DELETE FROM conversation_search WHERE rowid IN "
                f"(SELECT id FROM conversation WHERE contact_id IN ({marks}))",
                record_ids,
            )
        if kind is RecordKind.CONVERSATION:
            database.execute_sql(
                f"DELETE FROM conversation_search WHERE rowid IN ({marks})", record_ids
            )
        database.execute_sql(
            f"DELETE FROM {_TABLE[kind]} WHERE id IN ({marks}) AND deleted_at IS NOT NULL",
            record_ids,
        )


def _title(kind: RecordKind, row: tuple[Any, ...]) -> str:
    if kind is RecordKind.CONTACT:
        return display_name(row[2], row[3])
    if kind in (RecordKind.ORGANISATION, RecordKind.PITCH):
        return str(row[2])
    who = " ".join(str(row[2]).split())
    return f"{who}: {row[3]}" if row[3] else who

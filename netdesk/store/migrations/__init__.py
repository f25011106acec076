"""The ordered list of schema migrations. Every data file, a new one too, is
built by running them in order, so there is exactly one path to a schema.

The file's schema version is ``PRAGMA user_version``: the number of migrations
applied. Each migration and its version bump commit together or not at all.
Never edit a released migration; add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from netdesk.store.migrations import (
    m0001_initial,
    m0002_pitch,
    m0003_outreach,
    m0004_meetings,
    m0005_today_indexes,
    m0006_told_and_undo_sent,
    m0007_contact_search_order_index,
    m0008_contact_insert_trigger,
    m0009_imported_contacts,
)

Migration = Callable[[SqliteDatabase, str], None]

MIGRATIONS: tuple[Migration, ...] = (
    m0001_initial.apply,
    m0002_pitch.apply,
    m0003_outreach.apply,
    m0004_meetings.apply,
    m0005_today_indexes.apply,
    m0006_told_and_undo_sent.apply,
    m0007_contact_search_order_index.apply,
    m0008_contact_insert_trigger.apply,
    m0009_imported_contacts.apply,
)
SCHEMA_VERSION = len(MIGRATIONS)


def run_migrations(db: SqliteDatabase, from_version: int, now: str) -> None:
    """Bring the file from ``from_version`` to SCHEMA_VERSION, one atomic step each."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db, now)
            db.execute_sql(f"PRAGMA user_version = {version:d}")

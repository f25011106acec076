"""Schema version 9: contacts remember that an import added them.

The networking streak counts the people someone adds as an action of that
day; a LinkedIn import of 500 connections is not 500 actions. The index the
streak counts new contacts with now leads with the flag too, so counting the
ones added by hand reads the index alone.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_STATEMENTS = (
    "ALTER TABLE contact ADD COLUMN imported INTEGER NOT NULL DEFAULT 0",
    'DROP INDEX "contact_deleted_at_created_at"',
    'CREATE INDEX "contact_deleted_at_imported_created_at" '
    'ON "contact" ("deleted_at", "imported", "created_at")',
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # earlier imports cannot be told apart: they count as added by hand
    for statement in _STATEMENTS:
        db.execute_sql(statement)

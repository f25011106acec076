"""Schema version 8: a contact written with its ``touched_at`` keeps it.

The trigger that gives a new contact its first "in touch" date (its creation)
ran an UPDATE for every inserted contact, even when the insert had set the
date already: an import of 100,000 connections spent half its contact writes
there. It now runs only when the date is missing, so the import sets it itself
and every other way of creating a contact works as before.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_STATEMENTS = (
    "DROP TRIGGER contact_facts_after_contact_insert",
    """
    CREATE TRIGGER contact_facts_after_contact_insert AFTER INSERT ON contact
    WHEN NEW.touched_at IS NULL
    BEGIN
        UPDATE contact SET touched_at = NEW.created_at WHERE id = NEW.id;
    END
    """,
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # a trigger only
    for statement in _STATEMENTS:
        db.execute_sql(statement)

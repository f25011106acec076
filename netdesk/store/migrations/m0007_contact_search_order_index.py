"""Schema version 7: a search's matches are put in name order from an index.

A contact search first finds the matching ids (the trigram index, and the
organisations' names), then needs each one's deleted_at and name_key to drop
trashed people and sort by name. Read from the table, that is one visit to a
wide row (notes and all) per match: at 100,000 contacts a three-letter search
matches 12,000-26,000 people and the visits cost 30-55 ms. The covering index
(id, deleted_at, name_key) answers the same lookups from about 3 MB of index
pages instead, 40% faster; the list query asks for it with INDEXED BY.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_STATEMENTS = (
    'CREATE INDEX "contact_id_deleted_at_name_key" ON "contact" ("id", "deleted_at", "name_key")',
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # an index only
    for statement in _STATEMENTS:
        db.execute_sql(statement)

"""Schema version 2: personal pitches, their rehearsal times, and my job goal.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_STATEMENTS = (
    # A pitch is written in parts; ``composed`` is the wording as spoken, which
    # follows the parts until the user edits it (composed_edited = 1).
    """
    CREATE TABLE pitch (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0,
        target_seconds INTEGER NOT NULL DEFAULT 30,
        who_i_am TEXT NOT NULL DEFAULT '',
        looking_for TEXT NOT NULL DEFAULT '',
        can_offer TEXT NOT NULL DEFAULT '',
        request TEXT NOT NULL DEFAULT '',
        composed TEXT NOT NULL DEFAULT '',
        composed_edited INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "pitch_uuid" ON "pitch" ("uuid")',
    """
    CREATE TABLE rehearsal (
        id INTEGER NOT NULL PRIMARY KEY,
        pitch_id INTEGER NOT NULL REFERENCES pitch (id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        seconds REAL NOT NULL
    )
    """,
    'CREATE INDEX "rehearsal_pitch_id_started_at" ON "rehearsal" ("pitch_id", "started_at")',
    # One row at most (id 1): what I am looking for. Lists are newline-separated.
    """
    CREATE TABLE job_goal (
        id INTEGER NOT NULL PRIMARY KEY,
        roles TEXT NOT NULL DEFAULT '',
        sectors TEXT NOT NULL DEFAULT '',
        regions TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )
    """,
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # nothing to seed: a new user starts without a pitch
    for statement in _STATEMENTS:
        db.execute_sql(statement)

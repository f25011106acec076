"""Schema version 4: meetings prepared in the wizard, their questions, and
recent news as a fourth kind of research on an organisation.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_STATEMENTS = (
    "ALTER TABLE organisation ADD COLUMN news_notes TEXT NOT NULL DEFAULT ''",
    # The research fields keep what was prepared for this meeting; the same
    # text is written back to the organisation so the next meeting starts from it.
    """
    CREATE TABLE meeting (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
        starts_at TEXT,
        place TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL
            CHECK (kind IN ('networking_interview', 'coffee', 'call', 'event')),
        purpose TEXT NOT NULL DEFAULT '',
        pitch_id INTEGER REFERENCES pitch (id) ON DELETE SET NULL,
        introduction TEXT NOT NULL DEFAULT '',
        research_culture TEXT NOT NULL DEFAULT '',
        research_positions TEXT NOT NULL DEFAULT '',
        research_availability TEXT NOT NULL DEFAULT '',
        research_news TEXT NOT NULL DEFAULT '',
        position_research TEXT NOT NULL DEFAULT '',
        person_background TEXT NOT NULL DEFAULT '',
        has_cv INTEGER NOT NULL DEFAULT 0,
        has_business_card INTEGER NOT NULL DEFAULT 0,
        route_checked INTEGER NOT NULL DEFAULT 0,
        confirmed INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('draft', 'planned', 'done')),
        conversation_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "meeting_uuid" ON "meeting" ("uuid")',
    'CREATE INDEX "meeting_contact_id" ON "meeting" ("contact_id")',
    'CREATE INDEX "meeting_pitch_id" ON "meeting" ("pitch_id")',
    'CREATE INDEX "meeting_conversation_id" ON "meeting" ("conversation_id")',
    'CREATE INDEX "meeting_deleted_at_status_starts_at" '
    'ON "meeting" ("deleted_at", "status", "starts_at")',
    """
    CREATE TABLE meeting_question (
        id INTEGER NOT NULL PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL
    )
    """,
    'CREATE INDEX "meeting_question_meeting_id_position" '
    'ON "meeting_question" ("meeting_id", "position")',
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now
    for statement in _STATEMENTS:
        db.execute_sql(statement)

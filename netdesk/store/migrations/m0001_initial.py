"""Schema version 1: contacts, organisations, conversations, referrals, promises.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

import uuid

from peewee import SqliteDatabase

# Every record table carries a stable uuid (exports, merges, sync), created and
# updated times, and deleted_at (the trash: a tombstone until emptied).
_STATEMENTS = (
    """
    CREATE TABLE organisation (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        sector TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        culture_notes TEXT NOT NULL DEFAULT '',
        positions_notes TEXT NOT NULL DEFAULT '',
        availability_notes TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        is_target INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "organisation_uuid" ON "organisation" ("uuid")',
    'CREATE UNIQUE INDEX "organisation_name_key" ON "organisation" ("name_key")',
    """
    CREATE TABLE contact (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL,
        organisation_id INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
        organisation_key TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        linkedin_url TEXT NOT NULL DEFAULT '',
        how_met TEXT NOT NULL DEFAULT '',
        first_met TEXT,
        met_through_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        relevance INTEGER NOT NULL DEFAULT 0,
        tags TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        cadence_days INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "contact_uuid" ON "contact" ("uuid")',
    'CREATE INDEX "contact_deleted_at_name_key" ON "contact" ("deleted_at", "name_key")',
    'CREATE INDEX "contact_organisation_id" ON "contact" ("organisation_id")',
    # The organisation's sort key, copied onto the contact ('' when it has none
    # or it is in the trash): sorting 100,000 people by organisation is then an
    # index walk instead of a join and a sort.
    'CREATE INDEX "contact_deleted_at_organisation_key_name_key" '
    'ON "contact" ("deleted_at", "organisation_key", "name_key")',
    'CREATE INDEX "contact_met_through_id" ON "contact" ("met_through_id")',
    'CREATE INDEX "contact_linkedin_url" ON "contact" ("linkedin_url")',
    # Emails, phones and other links: as many as a person has, in their order.
    """
    CREATE TABLE contact_method (
        id INTEGER NOT NULL PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
        value TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    )
    """,
    'CREATE INDEX "contact_method_contact_id_kind_position" '
    'ON "contact_method" ("contact_id", "kind", "position")',
    'CREATE INDEX "contact_method_kind_value" ON "contact_method" ("kind", "value")',
    """
    CREATE TABLE channel (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        key TEXT,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "channel_uuid" ON "channel" ("uuid")',
    'CREATE UNIQUE INDEX "channel_key" ON "channel" ("key")',
    """
    CREATE TABLE conversation (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        occurred_at TEXT NOT NULL,
        channel_id INTEGER REFERENCES channel (id) ON DELETE SET NULL,
        initiated_by TEXT NOT NULL CHECK (initiated_by IN ('me', 'them')),
        topics TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        told_goal INTEGER NOT NULL DEFAULT 0,
        thanks_sent_at TEXT,
        how_helped TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "conversation_uuid" ON "conversation" ("uuid")',
    'CREATE INDEX "conversation_contact_id_occurred_at" '
    'ON "conversation" ("contact_id", "occurred_at")',
    # Lists newest first and counts live conversations from this index alone.
    'CREATE INDEX "conversation_deleted_at_occurred_at_contact_id" '
    'ON "conversation" ("deleted_at", "occurred_at", "contact_id")',
    'CREATE INDEX "conversation_channel_id" ON "conversation" ("channel_id")',
    """
    CREATE TABLE referral (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        conversation_id INTEGER REFERENCES conversation (id) ON DELETE CASCADE,
        referrer_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        referred_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "referral_uuid" ON "referral" ("uuid")',
    'CREATE INDEX "referral_conversation_id" ON "referral" ("conversation_id")',
    'CREATE INDEX "referral_referrer_id" ON "referral" ("referrer_id")',
    'CREATE INDEX "referral_referred_id" ON "referral" ("referred_id")',
    """
    CREATE TABLE promise (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        conversation_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        direction TEXT NOT NULL CHECK (direction IN ('theirs', 'mine')),
        description TEXT NOT NULL,
        due_on TEXT,
        done_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    'CREATE UNIQUE INDEX "promise_uuid" ON "promise" ("uuid")',
    'CREATE INDEX "promise_contact_id" ON "promise" ("contact_id")',
    'CREATE INDEX "promise_conversation_id" ON "promise" ("conversation_id")',
    'CREATE INDEX "promise_deleted_at_done_at_due_on" '
    'ON "promise" ("deleted_at", "done_at", "due_on")',
    # Records purged from the trash, remembered by uuid so that a later import,
    # merge or sync does not bring them back.
    """
    CREATE TABLE tombstone (
        uuid TEXT NOT NULL PRIMARY KEY,
        kind TEXT NOT NULL,
        purged_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE setting (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    # Search indexes: folded (case- and accent-free) text kept in step by the
    # services; trigram tokens give substring search in a few milliseconds.
    "CREATE VIRTUAL TABLE contact_search USING fts5(body, tokenize = 'trigram')",
    "CREATE VIRTUAL TABLE conversation_search USING fts5(body, tokenize = 'trigram')",
)

_CHANNELS = (
    ("in_person", "In person"),
    ("coffee", "Coffee"),
    ("phone", "Phone"),
    ("video_call", "Video call"),
    ("email", "Email"),
    ("linkedin_message", "LinkedIn message"),
    ("event", "Event"),
    ("networking_interview", "Networking interview"),
)


def apply(db: SqliteDatabase, now: str) -> None:
    for statement in _STATEMENTS:
        db.execute_sql(statement)
    for position, (key, name) in enumerate(_CHANNELS):
        db.execute_sql(
            "INSERT INTO channel (uuid, key, name, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), key, name, position, now, now),
        )

"""Schema version 3: Today and outreach.

- Messages marked as sent, and the user's message templates (the shipped
  defaults live in resources/templates; a row here is an edited default or a
  template of the user's own).
- contact.snoozed_until (keep-in-touch snooze), referral.reported_back_at (the
  referrer heard how it went), promise.reminded_at (I reminded them).
- Two facts kept on the contact by triggers, so Today reads them from an
  index instead of visiting every conversation of 100,000 people:
  touched_at, when the person last heard from me (the latest live conversation,
  planned ones included, or message sent; else when they were added), and
  told_goal (some live conversation with them has "told my goal" set).

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# The contact's derived facts, recomputed from its own rows. INDEXED BY: without
# statistics SQLite may answer max() by walking every conversation by date,
# which made each insert visit the whole table.
_FACTS = (
    "touched_at = coalesce(nullif(max("
    "coalesce((SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_occurred_at "
    "WHERE v.contact_id = contact.id AND v.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    "WHERE m.contact_id = contact.id), '')"
    "), ''), contact.created_at), "
    "told_goal = EXISTS (SELECT 1 FROM conversation v "
    "INDEXED BY conversation_contact_id_occurred_at WHERE v.contact_id = contact.id "
    "AND v.deleted_at IS NULL AND v.told_goal)"
)

_STATEMENTS = (
    "ALTER TABLE contact ADD COLUMN snoozed_until TEXT",
    "ALTER TABLE contact ADD COLUMN touched_at TEXT",
    "ALTER TABLE contact ADD COLUMN told_goal INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE referral ADD COLUMN reported_back_at TEXT",
    "ALTER TABLE promise ADD COLUMN reminded_at TEXT",
    """
    CREATE TABLE message_template (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        kind TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "message_template_uuid" ON "message_template" ("uuid")',
    'CREATE INDEX "message_template_kind_builtin" ON "message_template" ("kind", "builtin")',
    """
    CREATE TABLE message (
        id INTEGER NOT NULL PRIMARY KEY,
        uuid TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        kind TEXT,
        template_id INTEGER REFERENCES message_template (id) ON DELETE SET NULL,
        conversation_id INTEGER REFERENCES conversation (id) ON DELETE SET NULL,
        referral_id INTEGER REFERENCES referral (id) ON DELETE SET NULL,
        promise_id INTEGER REFERENCES promise (id) ON DELETE SET NULL,
        channel TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        sent_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    'CREATE UNIQUE INDEX "message_uuid" ON "message" ("uuid")',
    'CREATE INDEX "message_contact_id_sent_at" ON "message" ("contact_id", "sent_at")',
    'CREATE INDEX "message_sent_at" ON "message" ("sent_at")',
    'CREATE INDEX "message_template_id" ON "message" ("template_id")',
    'CREATE INDEX "message_conversation_id" ON "message" ("conversation_id")',
    'CREATE INDEX "message_referral_id" ON "message" ("referral_id")',
    'CREATE INDEX "message_promise_id" ON "message" ("promise_id")',
    # Existing people and conversations: the facts as they stand.
    f"UPDATE contact SET {_FACTS}",
    # Today's lists, each one range of one index (with LIMIT) and a count.
    'CREATE INDEX "contact_deleted_at_cadence_days_touched_at_snoozed_until" '
    'ON "contact" ("deleted_at", "cadence_days", "touched_at", "snoozed_until")',
    'CREATE INDEX "contact_deleted_at_told_goal_relevance_name_key" '
    'ON "contact" ("deleted_at", "told_goal", "relevance", "name_key")',
    'CREATE INDEX "contact_deleted_at_created_at" ON "contact" ("deleted_at", "created_at")',
    'CREATE INDEX "contact_snoozed_until" ON "contact" ("snoozed_until")',
    'CREATE INDEX "conversation_deleted_at_thanks_sent_at_occurred_at" '
    'ON "conversation" ("deleted_at", "thanks_sent_at", "occurred_at")',
    'CREATE INDEX "referral_deleted_at_created_at" ON "referral" ("deleted_at", "created_at")',
    # Promises due: the range by date (or, undated, by when they were made),
    # with what the count checks, so counting never reads the table.
    'CREATE INDEX "promise_agenda" ON "promise" ("deleted_at", "done_at", "due_on", '
    '"created_at", "reminded_at", "direction", "contact_id")',
    # Keeping the facts: every change to a conversation or message recomputes
    # them for the people involved; a new person starts from when they were added.
    f"""
    CREATE TRIGGER contact_facts_after_conversation_insert AFTER INSERT ON conversation
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id = NEW.contact_id;
    END
    """,
    f"""
    CREATE TRIGGER contact_facts_after_conversation_update
    AFTER UPDATE OF contact_id, occurred_at, deleted_at, told_goal ON conversation
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id IN (OLD.contact_id, NEW.contact_id);
    END
    """,
    f"""
    CREATE TRIGGER contact_facts_after_conversation_delete AFTER DELETE ON conversation
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id = OLD.contact_id;
    END
    """,
    f"""
    CREATE TRIGGER contact_facts_after_message_insert AFTER INSERT ON message
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id = NEW.contact_id;
    END
    """,
    f"""
    CREATE TRIGGER contact_facts_after_message_update
    AFTER UPDATE OF contact_id, sent_at ON message
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id IN (OLD.contact_id, NEW.contact_id);
    END
    """,
    f"""
    CREATE TRIGGER contact_facts_after_message_delete AFTER DELETE ON message
    BEGIN
        UPDATE contact SET {_FACTS} WHERE id = OLD.contact_id;
    END
    """,
    """
    CREATE TRIGGER contact_facts_after_contact_insert AFTER INSERT ON contact
    BEGIN
        UPDATE contact SET touched_at = NEW.created_at WHERE id = NEW.id;
    END
    """,
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # nothing to seed: the default templates ship as resources
    for statement in _STATEMENTS:
        db.execute_sql(statement)

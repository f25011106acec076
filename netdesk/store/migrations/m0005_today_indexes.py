"""Schema version 5: Today reads its index ranges without visiting table rows.

Measured at 100,000 contacts, Today's agenda touched more pages than the page
cache holds (92 ms); with these covering indexes it takes under 50 ms.

- conversation (contact_id, deleted_at, occurred_at): a person's live
  conversations by date, from the index alone. The triggers that keep
  contact.touched_at and contact.told_goal now read it (they are recreated
  here), and so does Today's check of whom I have spoken to since a referral.
- The thanks index gains contact_id, so counting unthanked conversations of
  people not in the trash never reads a conversation row.

Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_FACTS = (
    "touched_at = coalesce(nullif(max("
    "coalesce((SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    "WHERE v.contact_id = contact.id AND v.deleted_at IS NULL), ''), "
    "coalesce((SELECT max(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    "WHERE m.contact_id = contact.id), '')"
    "), ''), contact.created_at), "
    "told_goal = EXISTS (SELECT 1 FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    "WHERE v.contact_id = contact.id AND v.deleted_at IS NULL AND v.told_goal)"
)

_STATEMENTS = (
    'CREATE INDEX "conversation_contact_id_deleted_at_occurred_at" '
    'ON "conversation" ("contact_id", "deleted_at", "occurred_at")',
    'DROP INDEX "conversation_deleted_at_thanks_sent_at_occurred_at"',
    'CREATE INDEX "conversation_deleted_at_thanks_sent_at_occurred_at_contact_id" '
    'ON "conversation" ("deleted_at", "thanks_sent_at", "occurred_at", "contact_id")',
    "DROP TRIGGER contact_facts_after_conversation_insert",
    "DROP TRIGGER contact_facts_after_conversation_update",
    "DROP TRIGGER contact_facts_after_conversation_delete",
    "DROP TRIGGER contact_facts_after_message_insert",
    "DROP TRIGGER contact_facts_after_message_update",
    "DROP TRIGGER contact_facts_after_message_delete",
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
)


def apply(db: SqliteDatabase, now: str) -> None:
    del now  # indexes and triggers only
    for statement in _STATEMENTS:
        db.execute_sql(statement)

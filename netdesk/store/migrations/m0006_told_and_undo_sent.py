"""Schema version 6: a message can tell my goal, and marking one sent can be undone.

- message.told_goal: the message told them what job I am looking for (its
  template said so, or the user ticked it). Like a conversation with "told my
  goal", it takes the person off Today's "not yet told".
- message.answered: marking the message sent marked what it answers (the
  conversation thanked, the referral reported back, the promise reminded);
  message.reminded_before: the promise's reminder it replaced. Undoing the
  message puts exactly those back.
- contact.told_goal becomes contact.told_goal_at: when the person first heard
  my goal, in a live conversation (planned ones included) or a message. A
  flag could not tell a planned conversation from one that has taken place;
  a moment can (Today compares it with now), so telling my goal in a planned
  meeting counts only once the meeting has happened. The index for "not yet
  told" follows: (deleted_at, relevance, told_goal_at, name_key).
- contact.previous_touched_at: when the person last heard from me before
  touched_at (the conversation or message before the latest one). touched_at
  counts planned conversations too; for a person with one still to come, this
  is when they last heard from me in fact (unless two are still to come),
  read from the keep-in-touch index, which gains it and created_at.

The triggers that keep the contact's facts are recreated with the new ones.
Literal SQL only: a migration describes the schema as it was when released and
must never follow later edits of store.tables.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# A person's latest live conversation (planned ones too) and message ('' if none).
_LAST_TALK = (
    "coalesce((SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    "WHERE v.contact_id = contact.id AND v.deleted_at IS NULL), '')"
)
_LAST_MESSAGE = (
    "coalesce((SELECT max(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    "WHERE m.contact_id = contact.id), '')"
)
_LATEST = f"max({_LAST_TALK}, {_LAST_MESSAGE})"
# '9' sorts after every stored moment: min() over "none" stays none.
_FACTS = (
    f"touched_at = coalesce(nullif({_LATEST}, ''), contact.created_at), "
    "previous_touched_at = nullif(max("
    "coalesce((SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    f"WHERE v.contact_id = contact.id AND v.deleted_at IS NULL AND v.occurred_at < {_LATEST}), "
    "''), "
    "coalesce((SELECT max(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    f"WHERE m.contact_id = contact.id AND m.sent_at < {_LATEST}), '')"
    "), ''), "
    "told_goal_at = nullif(min("
    "coalesce((SELECT min(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    "WHERE v.contact_id = contact.id AND v.deleted_at IS NULL AND v.told_goal), '9'), "
    "coalesce((SELECT min(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    "WHERE m.contact_id = contact.id AND m.told_goal), '9')"
    "), '9')"
)

_STATEMENTS = (
    "ALTER TABLE message ADD COLUMN told_goal INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE message ADD COLUMN answered INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE message ADD COLUMN reminded_before TEXT",
    # Nothing may refer to contact.told_goal while it is dropped.
    'DROP INDEX "contact_deleted_at_told_goal_relevance_name_key"',
    "DROP TRIGGER contact_facts_after_conversation_insert",
    "DROP TRIGGER contact_facts_after_conversation_update",
    "DROP TRIGGER contact_facts_after_conversation_delete",
    "DROP TRIGGER contact_facts_after_message_insert",
    "DROP TRIGGER contact_facts_after_message_update",
    "DROP TRIGGER contact_facts_after_message_delete",
    "ALTER TABLE contact DROP COLUMN told_goal",
    "ALTER TABLE contact ADD COLUMN told_goal_at TEXT",
    "ALTER TABLE contact ADD COLUMN previous_touched_at TEXT",
    f"UPDATE contact SET {_FACTS}",
    'CREATE INDEX "contact_deleted_at_relevance_told_goal_at_name_key" '
    'ON "contact" ("deleted_at", "relevance", "told_goal_at", "name_key")',
    'DROP INDEX "contact_deleted_at_cadence_days_touched_at_snoozed_until"',
    'CREATE INDEX "contact_keep_in_touch" ON "contact" ("deleted_at", "cadence_days", '
    '"touched_at", "snoozed_until", "created_at", "previous_touched_at")',
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
    AFTER UPDATE OF contact_id, sent_at, told_goal ON message
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
    del now  # columns, an index and triggers only
    for statement in _STATEMENTS:
        db.execute_sql(statement)

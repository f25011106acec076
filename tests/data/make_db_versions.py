"""Build tests/data/db_v{N}.sqlite3: a data file of every released schema version.

Run from the repository root:  .venv/bin/python tests/data/make_db_versions.py [--force]

For each version N from 1 to the current SCHEMA_VERSION, a new file is built
by applying the migrations one by one up to N, then every table that exists
at N gets a few rows of invented data, written in literal SQL as that version
knew its schema. tests/unit/test_migration_files.py opens each file with the
current program and checks that every row and value is kept.

A file that exists is left alone: a released version's file is frozen. So
after adding a migration, run this again and it adds the one new file
(commit it). db_v1.sqlite3 comes from make_db_v1.py and is never rebuilt
here; --force rebuilds the others.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peewee import SqliteDatabase  # noqa: E402

from netdesk.store.db import APPLICATION_ID  # noqa: E402
from netdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION  # noqa: E402

DATA = Path(__file__).resolve().parent
FROZEN = {1}  # built by make_db_v1.py
NOW = "2026-01-15T09:00:00.000000Z"
MARKER = ("made_by", "make_db_versions")  # a setting row: which builder made the file


def target(version: int) -> Path:
    return DATA / f"db_v{version}.sqlite3"


# Literal rows. Each list runs on every file of that version or later; the
# columns named are those the version has (later columns take their defaults).

V1 = [
    "INSERT INTO organisation (id, uuid, name, name_key, sector, website, location, "
    "culture_notes, notes, is_target, created_at, updated_at) VALUES "
    "(1, 'o-0001', 'Acme Archives', 'acme archives', 'Culture', 'https://acme.example.org', "
    "'Utrecht', 'Quiet.\nFriendly.', 'First choice', 1, "
    "'2026-01-02T10:00:00.000000Z', '2026-01-02T10:00:00.000000Z'), "
    "(2, 'o-0002', 'Zürich Lab', 'zurich lab', '', '', '', '', '', 0, "
    "'2026-01-02T10:05:00.000000Z', '2026-01-02T10:05:00.000000Z'), "
    "(3, 'o-0003', 'Gone B.V.', 'gone b.v.', '', '', '', '', '', 0, "
    "'2026-01-02T10:06:00.000000Z', '2026-01-03T10:00:00.000000Z')",
    "UPDATE organisation SET deleted_at = '2026-01-03T10:00:00.000000Z' WHERE id = 3",
    "INSERT INTO contact (id, uuid, first_name, last_name, name_key, organisation_id, "
    "organisation_key, position, linkedin_url, how_met, first_met, met_through_id, relevance, "
    "tags, notes, cadence_days, created_at, updated_at, deleted_at) VALUES "
    "(1, 'c-0001', 'Ada', 'Varga', 'varga ada', 1, 'acme archives', 'Archivist', "
    "'https://www.linkedin.com/in/ada-varga', 'Open day', '2025-10-03', NULL, 3, "
    "'museum\nalumni', 'Knows everyone.\nAsk about <b>spring</b> & =SUM(1)', 30, "
    "'2026-01-02T11:00:00.000000Z', '2026-01-02T11:00:00.000000Z', NULL), "
    "(2, 'c-0002', 'Bram', 'de Wit', 'de wit bram', 2, 'zurich lab', '', '', '', NULL, 1, 2, "
    "'', '', NULL, '2026-01-02T12:00:00.000000Z', '2026-01-02T12:00:00.000000Z', NULL), "
    "(3, 'c-0003', 'محمد', 'العلي', 'العلي محمد', NULL, '', 'مدير', '', '', NULL, NULL, 0, "
    "'🎨 art', 'Emoji 🎉', NULL, '2026-01-02T13:00:00.000000Z', '2026-01-02T13:00:00.000000Z', "
    "NULL), "
    "(4, 'c-0004', 'Søren', 'Trashed', 'trashed soren', NULL, '', '', '', '', NULL, NULL, 0, "
    "'', '', NULL, '2026-01-02T14:00:00.000000Z', '2026-01-04T09:00:00.000000Z', "
    "'2026-01-04T09:00:00.000000Z')",
    "INSERT INTO contact_method (contact_id, kind, value, label, position) VALUES "
    "(1, 'email', 'ada@acme.example.org', '', 0), (1, 'email', 'ada@home.example', 'home', 1), "
    "(1, 'phone', '+31 20 555 0101', '', 0), (1, 'url', 'https://ada.example/cv', '', 0), "
    "(2, 'phone', '06-1234 5678', '', 0)",
    "INSERT INTO channel (uuid, key, name, position, archived, created_at, updated_at) VALUES "
    "('ch-own', NULL, 'Job fair', 8, 1, '2026-01-02T09:00:00.000000Z', "
    "'2026-01-02T09:00:00.000000Z')",
    "UPDATE channel SET name = 'Koffie ☕' WHERE key = 'coffee'",
    "INSERT INTO conversation (id, uuid, contact_id, occurred_at, channel_id, initiated_by, "
    "topics, notes, told_goal, thanks_sent_at, how_helped, created_at, updated_at, deleted_at) "
    "VALUES "
    "(1, 'v-0001', 1, '2026-01-05T10:00:00.000000Z', 2, 'me', 'Career switch', "
    "'Follow up in May.', 1, '2026-01-06T08:00:00.000000Z', 'Two names', "
    "'2026-01-05T12:00:00.000000Z', '2026-01-05T12:00:00.000000Z', NULL), "
    "(2, 'v-0002', 2, '2026-01-20T10:00:00.000000Z', NULL, 'them', 'Planned call', '', 0, NULL, "
    "'', '2026-01-05T13:00:00.000000Z', '2026-01-05T13:00:00.000000Z', NULL), "
    "(3, 'v-0003', 4, '2026-01-03T10:00:00.000000Z', NULL, 'me', 'Old talk', '', 0, NULL, '', "
    "'2026-01-03T12:00:00.000000Z', '2026-01-03T12:00:00.000000Z', NULL)",
    "INSERT INTO referral (uuid, conversation_id, referrer_id, referred_id, note, created_at, "
    "updated_at) VALUES "
    "('r-0001', 1, 1, 2, 'Ask about the lab', '2026-01-05T12:00:00.000000Z', "
    "'2026-01-05T12:00:00.000000Z'), "
    "('r-0002', 1, 1, 3, '', '2026-01-05T12:00:00.000000Z', '2026-01-05T12:00:00.000000Z')",
    "INSERT INTO promise (uuid, contact_id, conversation_id, direction, description, due_on, "
    "done_at, created_at, updated_at) VALUES "
    "('p-0001', 1, 1, 'theirs', 'Send two names', '2026-02-01', NULL, "
    "'2026-01-05T12:00:00.000000Z', '2026-01-05T12:00:00.000000Z'), "
    "('p-0002', 1, NULL, 'mine', 'Share my CV 📄', NULL, '2026-01-07T09:00:00.000000Z', "
    "'2026-01-05T12:00:00.000000Z', '2026-01-07T09:00:00.000000Z'), "
    "('p-0003', 2, 2, 'mine', 'Call back', NULL, NULL, '2026-01-05T13:00:00.000000Z', "
    "'2026-01-05T13:00:00.000000Z')",
    "INSERT INTO tombstone (uuid, kind, purged_at) VALUES "
    "('c-purged', 'contact', '2026-01-04T09:30:00.000000Z')",
    "INSERT INTO setting (key, value) VALUES ('my_name', 'Robin Example'), "
    f"('{MARKER[0]}', '{MARKER[1]}')",
    "INSERT INTO contact_search (rowid, body) VALUES "
    "(1, 'ada \n varga \n archivist \n open day \n https://www.linkedin.com/in/ada-varga \n "
    "museum \n alumni \n ada@acme.example.org \n ada@home.example \n +31 20 555 0101 \n "
    "https://ada.example/cv \n knows everyone. ask about <b>spring</b> & =sum(1)'), "
    "(2, 'bram \n de wit \n 06-1234 5678'), (3, 'محمد \n العلي \n مدير \n 🎨 art \n emoji 🎉'), "
    "(4, 'soren \n trashed')",
    "INSERT INTO conversation_search (rowid, body) VALUES "
    "(1, 'career switch \n follow up in may. \n two names'), (2, 'planned call'), "
    "(3, 'old talk')",
]

V2 = [
    "INSERT INTO pitch (id, uuid, name, position, is_default, target_seconds, who_i_am, "
    "looking_for, can_offer, request, composed, composed_edited, created_at, updated_at) VALUES "
    "(1, 'pi-0001', 'Elevator', 0, 1, 30, 'An archivist', 'A role in a museum', 'Order', "
    "'Who should I meet?', 'An archivist looking for a role in a museum.', 1, "
    "'2026-01-08T09:00:00.000000Z', '2026-01-08T09:00:00.000000Z'), "
    "(2, 'pi-0002', 'Long one', 1, 0, 120, '', '', '', '', '', 0, "
    "'2026-01-08T09:10:00.000000Z', '2026-01-08T09:10:00.000000Z')",
    "INSERT INTO rehearsal (pitch_id, started_at, seconds) VALUES "
    "(1, '2026-01-08T10:00:00.000000Z', 31.5), (1, '2026-01-09T10:00:00.000000Z', 28.25)",
    "INSERT INTO job_goal (id, roles, sectors, regions, summary, updated_at) VALUES "
    "(1, 'Archivist\nCurator', 'Culture', 'Utrecht\nAmsterdam', 'A museum role', "
    "'2026-01-08T09:00:00.000000Z')",
]

V3 = [
    "UPDATE contact SET snoozed_until = '2026-02-01' WHERE id = 2",
    "UPDATE referral SET reported_back_at = '2026-01-10T09:00:00.000000Z' WHERE uuid = 'r-0001'",
    "UPDATE promise SET reminded_at = '2026-01-11T09:00:00.000000Z' WHERE uuid = 'p-0003'",
    "INSERT INTO message_template (id, uuid, kind, builtin, name, subject, body, created_at, "
    "updated_at) VALUES "
    "(1, 't-0001', 'thank_you', 0, 'Short thanks', 'Thanks', 'Thanks, {first_name}!', "
    "'2026-01-09T09:00:00.000000Z', '2026-01-09T09:00:00.000000Z'), "
    "(2, 't-0002', 'coffee_invitation', 1, 'Coffee', '', 'Coffee, {first_name}?', "
    "'2026-01-09T09:00:00.000000Z', '2026-01-09T09:00:00.000000Z')",
    "INSERT INTO message (uuid, contact_id, kind, template_id, conversation_id, referral_id, "
    "promise_id, channel, subject, body, sent_at, created_at) VALUES "
    "('m-0001', 1, 'thank_you', 1, 1, NULL, NULL, 'email', 'Thanks', 'Thank you, Ada.', "
    "'2026-01-06T08:00:00.000000Z', '2026-01-06T08:00:00.000000Z'), "
    "('m-0002', 3, NULL, NULL, NULL, NULL, NULL, 'linkedin', '', 'Hello!', "
    "'2026-01-09T08:00:00.000000Z', '2026-01-09T08:00:00.000000Z')",
]

V4 = [
    "UPDATE organisation SET news_notes = 'New wing opens in June' WHERE id = 1",
    "INSERT INTO meeting (id, uuid, contact_id, starts_at, place, kind, purpose, pitch_id, "
    "introduction, research_culture, research_positions, research_availability, research_news, "
    "position_research, person_background, has_cv, has_business_card, route_checked, confirmed, "
    "status, conversation_id, created_at, updated_at) VALUES "
    "(1, 'mt-0001', 1, '2026-01-05T10:00:00.000000Z', 'Café de Ster', 'coffee', 'Advice', 1, "
    "'An archivist looking for a role.', 'Quiet.', '', '', 'New wing', 'Archivist role', "
    "'Curator for ten years', 1, 1, 1, 1, 'done', 1, '2026-01-04T09:00:00.000000Z', "
    "'2026-01-05T12:00:00.000000Z'), "
    "(2, 'mt-0002', 2, '2026-01-20T10:00:00.000000Z', '', 'call', '', NULL, '', '', '', '', '', "
    "'', '', 0, 0, 0, 0, 'planned', NULL, '2026-01-05T13:00:00.000000Z', "
    "'2026-01-05T13:00:00.000000Z'), "
    "(3, 'mt-0003', NULL, NULL, '', 'networking_interview', 'Someone at the lab', NULL, '', '', "
    "'', '', '', '', '', 0, 0, 0, 0, 'draft', NULL, '2026-01-06T09:00:00.000000Z', "
    "'2026-01-06T09:00:00.000000Z')",
    "INSERT INTO meeting_question (meeting_id, position, category, text) VALUES "
    "(1, 0, 'career', 'How did you start?'), (1, 1, '', 'Who else should I meet?'), "
    "(2, 0, 'referral', 'Whom would you ask?')",
]

V6 = [
    "UPDATE message SET told_goal = 1, answered = 1 WHERE uuid = 'm-0001'",
    "UPDATE message SET reminded_before = '2026-01-08T09:00:00.000000Z' WHERE uuid = 'm-0002'",
]

ROWS_FROM = {1: V1, 2: V2, 3: V3, 4: V4, 6: V6}


def build(version: int, folder: Path) -> Path:
    path = folder / f"v{version}.sqlite3"
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.connect()
    try:
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        for step in range(1, version + 1):
            with db.atomic():
                MIGRATIONS[step - 1](db, NOW)
                db.execute_sql(f"PRAGMA user_version = {step:d}")
        with db.atomic():
            for since, statements in sorted(ROWS_FROM.items()):
                if since <= version:
                    for statement in statements:
                        db.execute_sql(statement)
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA page_size = 1024")  # small pages: a small file to commit
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        empty = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_search_%'"
            ).fetchall()
            if not conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        ]
        assert not empty, f"version {version}: no rows in {empty}"
    finally:
        conn.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild files that exist")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for version in range(1, SCHEMA_VERSION + 1):
            final = target(version)
            if version in FROZEN or (final.exists() and not args.force):
                print(f"kept  {final.name}")
                continue
            built = build(version, Path(folder))
            final.write_bytes(built.read_bytes())
            print(f"wrote {final.name} ({final.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

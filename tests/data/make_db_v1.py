"""Build tests/data/db_v1.sqlite3: a schema-version-1 data file full of edge cases.

Run from the repository root:  .venv/bin/python tests/data/make_db_v1.py [--force]

The file is committed and must stay a version-1 file for ever, so that
tests/unit/test_migrations.py can check that every later version still opens
it and keeps every row. When the schema moves on, leave this file alone and
write make_db_v2.py. If you do rebuild it, update the counts in
test_migrations.py (the uuids change on every run, nothing else does).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from netdesk.domain.clock import FixedClock  # noqa: E402
from netdesk.domain.contacts import ContactDraft, Relevance  # noqa: E402
from netdesk.domain.conversations import (  # noqa: E402
    ChannelKey,
    ConversationDraft,
    Initiator,
    ReferralDraft,
)
from netdesk.domain.organisations import OrganisationDraft  # noqa: E402
from netdesk.domain.promises import PromiseDirection, PromiseDraft  # noqa: E402
from netdesk.domain.trash import RecordKind  # noqa: E402
from netdesk.services.workspace import Workspace  # noqa: E402
from netdesk.store.db import DATA_FILE_NAME  # noqa: E402
from netdesk.store.migrations import SCHEMA_VERSION  # noqa: E402

TARGET = Path(__file__).resolve().parent / "db_v1.sqlite3"
START = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)

LONG_NOTES = "\n".join(
    f"Line {n}: ask about the archive project, the café on the corner, and Zoë's talk. ✓"
    for n in range(60)
)


def build(ws: Workspace, clock: FixedClock) -> None:
    hour = timedelta(hours=1)
    orgs = ws.organisations
    orgs.create(
        OrganisationDraft(
            name="Rijksmuseum Müseum B.V.",
            sector="Culture",
            website="rijks.example.org",
            location="Amsterdam",
            culture_notes="Informal.\nFlat hierarchy.",
            positions_notes="Archivist opening in spring",
            availability_notes="Quiet in July",
            notes="Target number one",
            is_target=True,
        )
    )
    orgs.create(OrganisationDraft(name="شركة الأمل", location="عمّان"))

    zoe = ws.contacts.create(
        ContactDraft(
            first_name="Zoë",
            last_name="Müller",
            organisation="RIJKSMUSEUM müseum b.v.",  # same organisation, other spelling
            position="Curator",
            emails=("zoe@rijks.example.org", "zoe.muller@home.example"),
            phones=("+31 20 555 0101", "06-1234 5678 ext. 9"),
            linkedin_url="https://nl.linkedin.com/in/zoe-muller",
            links=("zoe.example/blog", "https://zoe.example/cv"),
            how_met="Open day",
            first_met=date(2025, 10, 3),
            relevance=Relevance.HIGH,
            tags=("museum", "Leiden", "alumni"),
            notes=LONG_NOTES,
            cadence_days=30,
        )
    )
    clock.advance(hour)
    mohammed = ws.contacts.create(
        ContactDraft(
            first_name="محمد",
            last_name="العلي",
            organisation="شركة الأمل",
            position="مدير",
            notes="يتحدث العربية والإنجليزية",
            relevance=Relevance.MEDIUM,
            tags=("عمّان",),
        )
    )
    clock.advance(hour)
    sunny = ws.contacts.create(
        ContactDraft(
            first_name="Sunny ☀️",
            last_name="🚀 Rocket",
            notes="Emoji everywhere 🎉👩‍💻🇳🇱",
            tags=("🎨 art",),
            met_through_id=zoe.id,
        )
    )
    clock.advance(hour)
    bare = ws.contacts.create(ContactDraft(last_name="Łukasz-Żółć"))  # nothing optional
    clock.advance(hour)
    gone = ws.contacts.create(
        ContactDraft(first_name="Søren", last_name="Kierkegård", organisation="Gone Corp")
    )

    coffee = ws.channels.by_key(ChannelKey.COFFEE)
    assert coffee is not None
    ws.channels.rename(coffee.id, "Koffie ☕")
    fair = ws.channels.create("Job fair")
    ws.channels.set_archived(fair.id, True)

    clock.advance(hour)
    first = ws.conversations.create(
        ConversationDraft(
            contact_id=zoe.id,
            occurred_at=clock.now() - timedelta(days=10),
            channel_id=coffee.id,
            initiated_by=Initiator.ME,
            topics="Career switch to archives",
            notes="She knows everyone.\n\nFollow up in May.",
            told_goal=True,
            referrals=(
                ReferralDraft(contact_id=mohammed.id, note="Ask about Amman"),
                ReferralDraft(new_contact_name="Anneke van der Berg", note="Head of archives"),
            ),
            thanks_sent_at=clock.now() - timedelta(days=9),
            how_helped="Two introductions",
        )
    )
    anneke_id = next(r.referred_id for r in first.referrals if r.note == "Head of archives")
    ws.conversations.create(
        ConversationDraft(
            contact_id=anneke_id,
            occurred_at=clock.now() - timedelta(days=5),
            channel_id=fair.id,
            initiated_by=Initiator.THEM,
            topics="Archive team",
            referrals=(ReferralDraft(new_contact_name="Piet"),),
        )
    )
    ws.conversations.create(
        ConversationDraft(contact_id=mohammed.id, occurred_at=clock.now() + timedelta(days=3))
    )
    gone_talk = ws.conversations.create(
        ConversationDraft(contact_id=gone.id, occurred_at=clock.now() - timedelta(days=1))
    )

    ws.promises.create(
        PromiseDraft(
            contact_id=zoe.id,
            direction=PromiseDirection.THEIRS,
            description="Send the names of two archivists",
            due_on=date(2026, 2, 1),
            conversation_id=first.id,
        )
    )
    ws.promises.create(
        PromiseDraft(
            contact_id=zoe.id,
            direction=PromiseDirection.MINE,
            description="Share my CV 📄",
            done=True,
        )
    )
    ws.promises.create(
        PromiseDraft(contact_id=gone.id, description="Lend a book", conversation_id=gone_talk.id)
    )
    ws.promises.create(
        PromiseDraft(contact_id=sunny.id, direction=PromiseDirection.MINE, description="Call")
    )

    clock.advance(hour)
    ws.trash.trash(RecordKind.CONTACT, [gone.id])
    assert bare.display_name == "Łukasz-Żółć"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args()
    if SCHEMA_VERSION != 1:
        print("db_v1.sqlite3 is frozen at schema version 1; write make_db_vN.py instead.")
        return 1
    if TARGET.exists() and not args.force:
        print(f"{TARGET} exists; pass --force to rebuild it (then update the test's counts).")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(START)
        ws = Workspace.open(Path(folder), clock=clock)
        try:
            build(ws, clock)
        finally:
            ws.close()  # checkpoints: one self-contained file
        built = Path(folder) / DATA_FILE_NAME
        conn = sqlite3.connect(built)
        try:
            conn.execute("VACUUM")
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        finally:
            conn.close()
        shutil.copyfile(built, TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

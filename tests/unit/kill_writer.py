"""A writer for tests/unit/test_kill.py: opens a data file and writes until killed.

Run alone:  .venv/bin/python tests/unit/kill_writer.py DATA_DIR FIRST_OP SEED [CSV]

Every operation is numbered from FIRST_OP and leaves its number in the data,
so whoever finds the file afterwards can tell which operations are there and
check that each is there whole. Each operation is announced on stdout (or a
pipe) before it starts and again once it has committed, so the reader knows
which ones must be there and which one may or may not be. With CSV, the one
operation is importing that LinkedIn file; without, the loop makes single
edits until the process is killed.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __name__ == "__main__":  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.meetings import MeetingDraft
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.query import ids, scalar
from netdesk.services.workspace import Workspace

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MARKER_LAST_NAME = "K"  # a marked person is "V<version> K<op>"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"

# The kinds of single edit, in the order the loop makes them.
CREATE, EDIT, LOG, TRASH, RESTORE = "create", "edit", "log", "trash", "restore"
KINDS = (CREATE, EDIT, LOG, CREATE, TRASH, EDIT, RESTORE, LOG)


def kind_of(op: int) -> str:
    return KINDS[op % len(KINDS)]


def marked(version: int, op: int) -> ContactDraft:
    """A person whose every field says which version of them this is."""
    return ContactDraft(
        first_name=f"V{version}",
        last_name=f"{MARKER_LAST_NAME}{op}",
        organisation=f"Marker Org {op % 5}",
        position=f"v{version}",
        emails=(f"v{version}@example.org", f"v{version}.b@example.org"),
        phones=(f"+31 20 555 {version % 10000:04d}",),
        tags=("kill", f"t{version % 3}"),
        notes=f"note v{version}\n" + "x" * (version % 50),
    )


def import_csv(path: Path, batch: int, rows: int) -> None:
    """A LinkedIn export of ``rows`` new people, all with position "batch <batch>"."""
    lines = [LINKEDIN_HEADER]
    for n in range(rows):
        lines.append(
            f"Imp{n},B{batch},https://www.linkedin.com/in/b{batch}-p{n},"
            f"b{batch}.p{n}@example.org,Batch Org {n % 40},batch {batch},09 Oct 2024"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(data_dir: Path, first_op: int, seed: int, csv: Path | None, out: int) -> None:
    """Write until killed. On fd ``out``: "ready" once the file is open, then
    "<op> <kind> <target>" as each operation starts and "<op> ok" once it
    has committed (target: the marked person's op number, or -1)."""
    clock = FixedClock(START + timedelta(minutes=first_op))
    ws = Workspace.open(data_dir, clock=clock)
    os.write(out, b"ready\n")
    if csv is not None:
        os.write(out, f"{first_op} import -1\n".encode())
        _, plan = ws.importing.read_and_plan(csv)
        ws.importing.apply(plan)
        os.write(out, f"{first_op} ok\n".encode())
        ws.close()
        return
    rng = random.Random(seed)
    op = first_op
    while True:
        clock.advance(timedelta(seconds=1))
        kind = kind_of(op)
        target = _target(kind, rng)
        if target is None:  # nobody to edit, trash or restore yet
            kind, target = CREATE, op
        os.write(out, f"{op} {kind} {target}\n".encode())
        _one_edit(ws, kind, op, target)
        os.write(out, f"{op} ok\n".encode())
        op += 1


def _target(kind: str, rng: random.Random) -> int | None:
    """The op number of the marked person an edit is about (None: nobody fits)."""
    if kind == CREATE:
        return -1
    trashed = "IS NOT NULL" if kind == RESTORE else "IS NULL"
    found = ids(
        f"SELECT CAST(substr(last_name, 2) AS INTEGER) FROM contact "
        f"WHERE last_name LIKE '{MARKER_LAST_NAME}%' AND deleted_at {trashed} ORDER BY id"
    )
    return rng.choice(found) if found else None


def _one_edit(ws: Workspace, kind: str, op: int, target: int) -> None:
    if kind == CREATE:
        ws.contacts.create(marked(op, op))
        return
    person = scalar("SELECT id FROM contact WHERE last_name = ?", (f"{MARKER_LAST_NAME}{target}",))
    if kind == EDIT:
        ws.contacts.update(person, marked(op, target))
    elif kind == TRASH:
        ws.trash.trash(RecordKind.CONTACT, [person])
    elif kind == RESTORE:
        ws.trash.restore(RecordKind.CONTACT, [person])
    elif kind == LOG:
        meeting = ws.meetings.create(
            MeetingDraft(contact_id=person, starts_at=ws.clock.now(), purpose=f"meet {op}")
        )
        ws.meetings.log_outcome(
            meeting.id,
            ConversationDraft(
                contact_id=person,
                occurred_at=ws.clock.now(),
                topics=f"talk {op}",
                notes=f"notes of talk {op}",
                referrals=(ReferralDraft(new_contact_name=f"Ref R{op}", note=f"ref {op}"),),
            ),
            (PromiseDraft(contact_id=None, description=f"promise {op}"),),
        )


def main() -> None:
    data_dir, first_op, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    csv = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    run(data_dir, first_op, seed, csv, sys.stdout.fileno())


if __name__ == "__main__":
    main()

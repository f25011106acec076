"""Duplicate contacts: find likely pairs in the data file, merge two people
into one, and undo a merge exactly.

A merge moves everything that points at the other contact (found from the
schema's foreign keys, so a table added later is moved too) to the kept one,
combines the two contacts' fields, and moves the other contact to the trash.
Its MergeRecord remembers what was there before, so unmerge() puts every row
back as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from netdesk.domain.clock import Clock, date_from_text, maybe_from_iso, to_iso
from netdesk.domain.contacts import ContactDraft, name_key
from netdesk.domain.duplicates import (
    Candidate,
    DuplicatePair,
    MergeRefusal,
    PersonDetails,
    combine_details,
    email_key,
    link_key,
    missing_values,
    pair_key,
    phone_key,
    propose_pairs,
)
from netdesk.domain.errors import NetdeskError
from netdesk.domain.text import split_tags
from netdesk.domain.trash import RecordKind
from netdesk.interchange.linkedin_csv import normalise_linkedin_url
from netdesk.services.contacts import TAG_SEPARATOR, search_body
from netdesk.services.query import chunks, execute_many, placeholders, rows, scalar
from netdesk.services.trash import TrashService
from netdesk.store.db import database

# "Not the same person", one setting per pair of contact uuids (sorted): the
# answer travels with the file and its backups, and survives export by uuid.
DISMISSED_PREFIX = "duplicates.not_same."
_DISMISSED_END = "duplicates.not_same/"  # "/" sorts right after "."

# Contact methods are unioned, not moved: the other contact keeps its own rows
# (it goes to the trash whole), and the kept one gains the ones it lacked.
_UNIONED = {("contact_method", "contact_id")}
_METHOD_KEYS = {"email": email_key, "phone": phone_key, "url": link_key}


class MergeRefusedError(NetdeskError):
    def __init__(self, code: MergeRefusal, contact_id: int) -> None:
        super().__init__(f"contact {contact_id}: {code}")
        self.code = code
        self.contact_id = contact_id


@dataclass(frozen=True, slots=True)
class MovedRows:
    """Rows of ``table`` whose ``column`` pointed at the other contact."""

    table: str
    column: str
    rowids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """What a merge changed, with what was there before: enough to undo it."""

    keep_id: int
    other_id: int
    keep_before: tuple[tuple[str, Any], ...]  # every column of both contact rows
    other_before: tuple[tuple[str, Any], ...]
    keep_search_body: str | None
    added_method_ids: tuple[int, ...]
    moved: tuple[MovedRows, ...]
    hidden_referral_ids: tuple[int, ...]  # between the two: would point at itself
    merged_at: str


class MergeService:
    def __init__(self, clock: Clock, trash: TrashService) -> None:
        self._clock = clock
        self._trash = trash

    # Proposing -----------------------------------------------------------

    def candidates(self, *, limit: int | None = None) -> list[DuplicatePair]:
        """Likely duplicate pairs among live contacts, strongest first,
        leaving out pairs said to be different people."""
        people: dict[int, tuple[Any, ...]] = {}
        uuids: dict[str, int] = {}
        for row in rows(
            "SELECT id, uuid, first_name, last_name, organisation_key, linkedin_url "
            "FROM contact WHERE deleted_at IS NULL"
        ):
            people[row[0]] = row
            uuids[row[1]] = row[0]
        emails: dict[int, list[str]] = defaultdict(list)
        # From the (kind, value) index alone; a join to skip trashed people
        # costs more than skipping them here.
        for contact_id, value in rows(
            "SELECT contact_id, value FROM contact_method WHERE kind = 'email'"
        ):
            if contact_id in people:
                emails[contact_id].append(value)
        found = propose_pairs(
            (
                Candidate.of(
                    row[0],
                    row[2],
                    row[3],
                    row[4],
                    (normalise_linkedin_url(row[5]) or "") if row[5] else "",
                    emails.get(row[0], ()),
                )
                for row in people.values()
            ),
            self._dismissed_pairs(uuids),
        )
        return found if limit is None else found[:limit]

    def conversation_counts(self, contact_ids: Sequence[int]) -> dict[int, int]:
        """Live conversations per contact (0 for none)."""
        counts = dict.fromkeys(contact_ids, 0)
        for part in chunks(list(contact_ids)):
            for contact_id, count in rows(
                "SELECT contact_id, count(*) FROM conversation "
                f"WHERE deleted_at IS NULL AND contact_id IN ({placeholders(len(part))}) "
                "GROUP BY contact_id",
                part,
            ):
                counts[contact_id] = count
        return counts

    def dismiss(self, first_id: int, second_id: int) -> None:
        """Remember that these two are not the same person."""
        with database.atomic():
            database.execute_sql(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (self._dismissed_key(first_id, second_id), to_iso(self._clock.now())),
            )

    def undismiss(self, first_id: int, second_id: int) -> None:
        with database.atomic():
            database.execute_sql(
                "DELETE FROM setting WHERE key = ?",
                (self._dismissed_key(first_id, second_id),),
            )

    def _dismissed_key(self, first_id: int, second_id: int) -> str:
        found = dict(rows("SELECT id, uuid FROM contact WHERE id IN (?, ?)", (first_id, second_id)))
        for contact_id in (first_id, second_id):
            if contact_id not in found:
                raise MergeRefusedError(MergeRefusal.NOT_FOUND, contact_id)
        low, high = sorted((found[first_id], found[second_id]))
        return f"{DISMISSED_PREFIX}{low}.{high}"

    @staticmethod
    def _dismissed_pairs(uuids: dict[str, int]) -> set[tuple[int, int]]:
        pairs: set[tuple[int, int]] = set()
        for (key,) in rows(
            "SELECT key FROM setting WHERE key > ? AND key < ?",
            (DISMISSED_PREFIX, _DISMISSED_END),
        ):
            first, _, second = key[len(DISMISSED_PREFIX) :].partition(".")
            if first in uuids and second in uuids:
                pairs.add(pair_key(uuids[first], uuids[second]))
        return pairs

    # Merging -------------------------------------------------------------

    def merge(self, keep_id: int, other_id: int) -> MergeRecord:
        """Make ``other_id`` part of ``keep_id``, in one transaction.

        Raises MergeRefusedError (SAME_CONTACT, NOT_FOUND, IN_TRASH) having
        written nothing.
        """
        if keep_id == other_id:
            raise MergeRefusedError(MergeRefusal.SAME_CONTACT, keep_id)
        now = to_iso(self._clock.now())
        with database.atomic():
            keep = _contact_row(keep_id)
            other = _contact_row(other_id)
            for contact_id, row in ((keep_id, keep), (other_id, other)):
                if row["deleted_at"] is not None:
                    raise MergeRefusedError(MergeRefusal.IN_TRASH, contact_id)
            search_body = scalar("SELECT body FROM contact_search WHERE rowid = ?", (keep_id,))
            hidden = _hide_referrals_between(keep_id, other_id, now)
            moved = _move_references(other_id, keep_id, exclude_contact=keep_id)
            details = combine_details(
                _details(keep), _details(other), kept_id=keep_id, other_id=other_id
            )
            _write_details(keep_id, details, now)
            added = _union_methods(keep_id, other_id)
            _reindex(keep_id)
            self._trash.trash(RecordKind.CONTACT, [other_id])
        return MergeRecord(
            keep_id=keep_id,
            other_id=other_id,
            keep_before=tuple(keep.items()),
            other_before=tuple(other.items()),
            keep_search_body=search_body,
            added_method_ids=added,
            moved=moved,
            hidden_referral_ids=hidden,
            merged_at=now,
        )

    def unmerge(self, record: MergeRecord) -> None:
        """Put both contacts and everything moved back as before the merge.

        Raises MergeRefusedError (NOT_FOUND) if either contact has since been
        deleted for good; nothing is written then.
        """
        with database.atomic():
            for contact_id in (record.keep_id, record.other_id):
                if not scalar("SELECT 1 FROM contact WHERE id = ?", (contact_id,)):
                    raise MergeRefusedError(MergeRefusal.NOT_FOUND, contact_id)
            self._trash.restore(RecordKind.CONTACT, [record.other_id])
            for moved in record.moved:
                for part in chunks(moved.rowids):
                    database.execute_sql(
                        f"UPDATE {moved.table} SET {moved.column} = ? "
                        f"WHERE rowid IN ({placeholders(len(part))})",
                        [record.other_id, *part],
                    )
            for part in chunks(record.hidden_referral_ids):
                database.execute_sql(
                    "UPDATE referral SET deleted_at = NULL "
                    f"WHERE id IN ({placeholders(len(part))})",
                    part,
                )
            for part in chunks(record.added_method_ids):
                database.execute_sql(
                    f"DELETE FROM contact_method WHERE id IN ({placeholders(len(part))})", part
                )
            # Last: the moves above let the triggers recompute the contacts'
            # facts; the rows as they were agree with them and say so exactly.
            _restore_row(record.keep_id, record.keep_before)
            _restore_row(record.other_id, record.other_before)
            if record.keep_search_body is None:
                database.execute_sql(
                    "DELETE FROM contact_search WHERE rowid = ?", (record.keep_id,)
                )
            else:
                database.execute_sql(
                    "INSERT OR REPLACE INTO contact_search (rowid, body) VALUES (?, ?)",
                    (record.keep_id, record.keep_search_body),
                )


def contact_references() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to contact in the data file."""
    return [
        (table, column)
        for table, column in rows(
            'SELECT m.name, f."from" FROM sqlite_master m, pragma_foreign_key_list(m.name) f '
            "WHERE m.type = 'table' AND f.\"table\" = 'contact' ORDER BY m.name, f.\"from\""
        )
    ]


def _contact_row(contact_id: int) -> dict[str, Any]:
    cursor = database.execute_sql("SELECT * FROM contact WHERE id = ?", (contact_id,))
    row = cursor.fetchone()
    if row is None:
        raise MergeRefusedError(MergeRefusal.NOT_FOUND, contact_id)
    return {d[0]: value for d, value in zip(cursor.description, row, strict=True)}


def _restore_row(contact_id: int, before: tuple[tuple[str, Any], ...]) -> None:
    columns = [(name, value) for name, value in before if name != "id"]
    database.execute_sql(
        f"UPDATE contact SET {', '.join(f'{name} = ?' for name, _ in columns)} WHERE id = ?",
        [*(value for _, value in columns), contact_id],
    )


def _hide_referrals_between(keep_id: int, other_id: int, now: str) -> tuple[int, ...]:
    """Live referrals between the two would refer the person to themselves:
    they go out of sight (and come back on undo)."""
    hidden = tuple(
        row[0]
        for row in rows(
            "SELECT id FROM referral WHERE deleted_at IS NULL AND "
            "((referrer_id = ? AND referred_id = ?) OR (referrer_id = ? AND referred_id = ?)) "
            "ORDER BY id",
            (keep_id, other_id, other_id, keep_id),
        )
    )
    for part in chunks(hidden):
        database.execute_sql(
            f"UPDATE referral SET deleted_at = ? WHERE id IN ({placeholders(len(part))})",
            [now, *part],
        )
    return hidden


def _move_references(from_id: int, to_id: int, *, exclude_contact: int) -> tuple[MovedRows, ...]:
    """Point every reference to ``from_id`` at ``to_id``, except contact
    methods (unioned instead), referrals between the two, and the kept
    contact's own "met through" (combined with its fields)."""
    moved: list[MovedRows] = []
    for table, column in contact_references():
        if (table, column) in _UNIONED:
            continue
        where = f"{column} = ?"
        params: list[Any] = [from_id]
        if table == "contact":
            where += " AND id != ?"
            params.append(exclude_contact)
        if table == "referral":
            where += " AND referrer_id != ? AND referred_id != ?"
            params += [to_id, to_id]
        found = tuple(r[0] for r in rows(f"SELECT rowid FROM {table} WHERE {where}", params))
        for part in chunks(found):
            database.execute_sql(
                f"UPDATE {table} SET {column} = ? WHERE rowid IN ({placeholders(len(part))})",
                [to_id, *part],
            )
        if found:
            moved.append(MovedRows(table, column, found))
    return tuple(moved)


def _details(row: dict[str, Any]) -> PersonDetails:
    return PersonDetails(
        first_name=row["first_name"],
        last_name=row["last_name"],
        organisation_id=row["organisation_id"],
        organisation_key=row["organisation_key"],
        position=row["position"],
        linkedin_url=row["linkedin_url"],
        how_met=row["how_met"],
        first_met=date_from_text(row["first_met"]),
        met_through_id=row["met_through_id"],
        relevance=row["relevance"],
        tags=split_tags(row["tags"]),
        notes=row["notes"],
        cadence_days=row["cadence_days"],
        snoozed_until=maybe_from_iso(row["snoozed_until"]),
    )


def _write_details(contact_id: int, details: PersonDetails, now: str) -> None:
    database.execute_sql(
        "UPDATE contact SET first_name = ?, last_name = ?, name_key = ?, organisation_id = ?, "
        "organisation_key = ?, position = ?, linkedin_url = ?, how_met = ?, first_met = ?, "
        "met_through_id = ?, relevance = ?, tags = ?, notes = ?, cadence_days = ?, "
        "snoozed_until = ?, updated_at = ? WHERE id = ?",
        (
            details.first_name,
            details.last_name,
            name_key(details.first_name, details.last_name),
            details.organisation_id,
            details.organisation_key,
            details.position,
            details.linkedin_url,
            details.how_met,
            details.first_met.isoformat() if details.first_met else None,
            details.met_through_id,
            details.relevance,
            TAG_SEPARATOR.join(details.tags),
            details.notes,
            details.cadence_days,
            to_iso(details.snoozed_until) if details.snoozed_until else None,
            now,
            contact_id,
        ),
    )


def _union_methods(keep_id: int, other_id: int) -> tuple[int, ...]:
    """Give the kept contact the emails, phones and links only the other had,
    after its own; the ids of the rows added."""
    methods: dict[int, dict[str, list[tuple[str, str]]]] = {
        keep_id: defaultdict(list),
        other_id: defaultdict(list),
    }
    for contact_id, kind, value, label in rows(
        "SELECT contact_id, kind, value, label FROM contact_method "
        "WHERE contact_id IN (?, ?) ORDER BY contact_id, kind, position, id",
        (keep_id, other_id),
    ):
        methods[contact_id][kind].append((value, label))
    added: list[tuple[int, str, str, str, int]] = []
    for kind, key in _METHOD_KEYS.items():
        kept = methods[keep_id][kind]
        labels = dict(methods[other_id][kind])
        values = missing_values([v for v, _ in kept], [v for v, _ in methods[other_id][kind]], key)
        for position, value in enumerate(values, start=len(kept)):
            added.append((keep_id, kind, value, labels[value], position))
    if not added:
        return ()
    first = int(scalar("SELECT coalesce(max(id), 0) FROM contact_method")) + 1
    execute_many(
        "INSERT INTO contact_method (id, contact_id, kind, value, label, position) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(first + n, *row) for n, row in enumerate(added)],
    )
    return tuple(range(first, first + len(added)))


def _reindex(contact_id: int) -> None:
    """The kept contact's search text, with what it gained (as ContactService
    writes it)."""
    row = _contact_row(contact_id)
    methods: dict[str, list[str]] = defaultdict(list)
    for kind, value in rows(
        "SELECT kind, value FROM contact_method WHERE contact_id = ? ORDER BY kind, position",
        (contact_id,),
    ):
        methods[kind].append(value)
    draft = ContactDraft(
        first_name=row["first_name"],
        last_name=row["last_name"],
        position=row["position"],
        emails=tuple(methods["email"]),
        phones=tuple(methods["phone"]),
        linkedin_url=row["linkedin_url"],
        links=tuple(methods["url"]),
        how_met=row["how_met"],
        tags=split_tags(row["tags"]),
        notes=row["notes"],
    )
    database.execute_sql(
        "INSERT OR REPLACE INTO contact_search (rowid, body) VALUES (?, ?)",
        (contact_id, search_body(draft)),
    )

"""Importing contacts: plan every row against the data file, then write the
plan in one transaction, or nothing.

Matching, strongest key first: the LinkedIn profile URL (normalised), then an
email address (ignoring case), then name plus organisation (folded; a name
alone never matches, too many people share one). Live contacts are matched
before trashed ones; a row whose only match is in the trash is skipped with
``IN_TRASH`` so the person can restore the contact, rather than revived or
duplicated behind their back.

The plan reads the existing keys in a handful of bulk queries, and new
contacts are written with ``executemany``: 100,000 rows take seconds, not
minutes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from os import PathLike

from netdesk.domain.clock import Clock, date_from_text, date_to_text, to_iso
from netdesk.domain.contacts import ContactDraft, name_key, normalise_contact, validate_contact
from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.import_plan import (
    ImportPlan,
    ImportResult,
    KnownContact,
    MatchKey,
    PlanAction,
    PlannedRow,
    PlanReason,
    import_changes,
    merge_import,
)
from netdesk.domain.imports import ImportOutdatedError, ImportProblem
from netdesk.domain.organisations import organisation_key
from netdesk.interchange import formats
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.linkedin_csv import LinkedInImport, normalise_linkedin_url
from netdesk.services.contacts import TAG_SEPARATOR, ContactService, search_body
from netdesk.services.organisations import OrganisationService
from netdesk.services.query import execute_many, new_uuids, rows, scalar
from netdesk.store.db import database

_INSERT_CONTACT = (
    "INSERT INTO contact (id, uuid, first_name, last_name, name_key, organisation_id, "
    "organisation_key, position, linkedin_url, how_met, first_met, relevance, tags, notes, "
    "cadence_days, created_at, updated_at, touched_at, imported) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
)
_INSERT_METHOD = (
    "INSERT INTO contact_method (contact_id, kind, value, position) VALUES (?, ?, ?, ?)"
)
_INSERT_SEARCH = "INSERT INTO contact_search (rowid, body) VALUES (?, ?)"

# Rows written between two progress reports (and chances to cancel).
_BATCH = 5_000
# New contacts from which an import builds the indexes after the rows (and
# only when it at least doubles the contacts).
_REBUILD_AT = 10_000
_UPDATE_BATCH = 200

_Key = tuple[MatchKey, object]
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class _Index:
    """Match keys -> contact id, one dict for live contacts, one for trashed."""

    live: dict[_Key, int] = field(default_factory=dict)
    trashed: dict[_Key, int] = field(default_factory=dict)
    known: dict[int, KnownContact] = field(default_factory=dict)


_UUID, _URL, _EMAIL, _NAME_AND_ORG = (
    MatchKey.UUID,
    MatchKey.LINKEDIN_URL,
    MatchKey.EMAIL,
    MatchKey.NAME_AND_ORGANISATION,
)


def _keys(draft: ContactDraft, uid: str = "", org_keys: dict[str, str] | None = None) -> list[_Key]:
    """A draft's match keys, strongest first. ``org_keys`` caches organisation
    keys by name: an export names a few thousand companies in many rows."""
    keys: list[_Key] = [(_UUID, uid)] if uid else []
    if draft.linkedin_url:
        keys.append((_URL, draft.linkedin_url))
    for email in draft.emails:
        keys.append((_EMAIL, email.casefold()))
    name = draft.organisation
    if name:
        if org_keys is None:
            org = organisation_key(name)
        else:
            org = org_keys.get(name) or org_keys.setdefault(name, organisation_key(name))
        if org:
            keys.append((_NAME_AND_ORG, (name_key(draft.first_name, draft.last_name), org)))
    return keys


def _agrees(key: _Key, url: str, other_url: str) -> bool:
    """Whether a match by ``key`` stands: two different LinkedIn profiles are
    two people, however alike their names."""
    return key[0] is not MatchKey.NAME_AND_ORGANISATION or not (
        url and other_url and url != other_url
    )


def _url_key(url: str) -> str:
    if not url:
        return ""
    normalised = normalise_linkedin_url(url)
    return url if normalised is None else normalised


class ImportService:
    def __init__(
        self, clock: Clock, contacts: ContactService, organisations: OrganisationService
    ) -> None:
        self._clock = clock
        self._contacts = contacts
        self._organisations = organisations

    # Planning -----------------------------------------------------------

    def read_and_plan(
        self,
        source: bytes | str | PathLike[str],
        format_name: str | None = None,
        *,
        name: str | None = None,
    ) -> tuple[ContactFile, ImportPlan]:
        """Read a file in ``format_name`` (detected from its content when None)
        and plan it. Raises ImportFileError, naming the file, when it cannot be
        read at all. Writes nothing."""
        data, file = formats.load(source, name=name)
        contact_file = formats.read_contacts(data, file, format_name)
        return contact_file, self.plan(contact_file)

    def plan(self, contact_file: ContactFile | LinkedInImport) -> ImportPlan:
        """Every record of a read file, classified. Writes nothing."""
        if isinstance(contact_file, LinkedInImport):
            contact_file = contact_file.to_contact_file()
        return self.plan_drafts(
            contact_file.file,
            contact_file.format_name,
            contact_file.records,
            contact_file.problems,
            checked=contact_file.checked,
            uids=dict(contact_file.uids),
            met_through=dict(contact_file.met_through),
        )

    def plan_drafts(
        self,
        file: str,
        format_name: str,
        drafts: Iterable[tuple[int, ContactDraft]],
        problems: Iterable[ImportProblem] = (),
        *,
        checked: bool = False,
        uids: Mapping[int, str] | None = None,
        met_through: Mapping[int, str] | None = None,
    ) -> ImportPlan:
        """The plan for drafts read from any format, with the rows the reader
        could not read (``problems``) listed as skipped. Drafts are normalised
        and validated unless the reader has ``checked`` them already. ``uids``
        maps row numbers to netdesk's own identifiers, matched first."""
        uids = uids or {}
        introduced_by = met_through or {}
        purged = {uid for (uid,) in rows("SELECT uuid FROM tombstone")} if uids else set()
        index = self._load_index(with_uuids=bool(uids))
        planned: list[PlannedRow] = []
        by_row: dict[int, list[ImportProblem]] = {}
        for problem in problems:
            by_row.setdefault(problem.row, []).append(problem)
        for row_number, found in by_row.items():
            planned.append(
                PlannedRow(
                    row_number,
                    PlanAction.SKIPPED,
                    None,
                    reason=PlanReason.UNREADABLE,
                    problems=tuple(found),
                )
            )

        seen: dict[_Key, int] = {}  # key -> row number of the first row with it
        org_keys: dict[str, str] = {}
        claimed: dict[int, int] = {}  # contact id -> row number that matched it
        live, trashed, known = index.live, index.trashed, index.known
        urls: dict[int, str] = {}  # row number -> its LinkedIn URL
        for row_number, raw in drafts:
            draft = raw if checked else normalise_contact(raw)
            errors = () if checked else validate_contact(draft)
            if errors:
                planned.append(
                    PlannedRow(
                        row_number,
                        PlanAction.SKIPPED,
                        draft,
                        reason=PlanReason.INVALID,
                        errors=tuple(errors),
                    )
                )
                continue
            uid = uids.get(row_number, "")
            if uid in purged:
                planned.append(
                    PlannedRow(row_number, PlanAction.SKIPPED, draft, reason=PlanReason.DELETED)
                )
                continue
            keys = _keys(draft, uid, org_keys)
            url = draft.linkedin_url
            urls[row_number] = url
            earlier = next(
                ((k, seen[k]) for k in keys if k in seen and _agrees(k, url, urls[seen[k]])),
                None,
            )
            if earlier is not None:
                planned.append(
                    PlannedRow(
                        row_number,
                        PlanAction.DUPLICATE,
                        draft,
                        contact_id=None,
                        reason=PlanReason.SAME_AS_ROW,
                        matched_by=earlier[0][0],
                        duplicate_of=earlier[1],
                    )
                )
                continue
            for key in keys:
                seen[key] = row_number
            match = next(
                (
                    (k, live[k])
                    for k in keys
                    if k in live and _agrees(k, url, known[live[k]].linkedin_url)
                ),
                None,
            )
            if match is None:
                match = next(
                    (
                        (k, trashed[k])
                        for k in keys
                        if k in trashed and _agrees(k, url, known[trashed[k]].linkedin_url)
                    ),
                    None,
                )
            if match is None:
                planned.append(
                    PlannedRow(
                        row_number,
                        PlanAction.NEW,
                        draft,
                        uuid=uid,
                        met_through_uuid=introduced_by.get(row_number, ""),
                    )
                )
                continue
            matched_by, contact_id = match[0][0], match[1]
            if contact_id in claimed:
                planned.append(
                    PlannedRow(
                        row_number,
                        PlanAction.DUPLICATE,
                        draft,
                        contact_id=contact_id,
                        reason=PlanReason.SAME_AS_ROW,
                        matched_by=matched_by,
                        duplicate_of=claimed[contact_id],
                    )
                )
                continue
            claimed[contact_id] = row_number
            contact = known[contact_id]
            if contact.trashed:
                planned.append(
                    PlannedRow(
                        row_number,
                        PlanAction.SKIPPED,
                        draft,
                        contact_id=contact_id,
                        reason=PlanReason.IN_TRASH,
                        matched_by=matched_by,
                    )
                )
                continue
            changes = import_changes(contact, draft)
            planned.append(
                PlannedRow(
                    row_number,
                    PlanAction.UPDATE if changes else PlanAction.DUPLICATE,
                    draft,
                    contact_id=contact_id,
                    changes=changes,
                    reason=None if changes else PlanReason.ALREADY_KNOWN,
                    matched_by=matched_by,
                )
            )
        planned.sort(key=lambda p: p.row_number)
        return ImportPlan(
            file=file, format_name=format_name, rows=tuple(planned), basis=self._basis()
        )

    @staticmethod
    def _load_index(*, with_uuids: bool = False) -> _Index:
        """Every contact's match keys, in two queries (three with uuids)."""
        index = _Index()
        methods: dict[str, dict[int, list[str]]] = {"email": {}, "phone": {}, "url": {}}
        for contact_id, kind, value in rows(
            "SELECT contact_id, kind, value FROM contact_method ORDER BY contact_id, position"
        ):
            methods[kind].setdefault(contact_id, []).append(value.casefold())
        emails, phones, links = methods["email"], methods["phone"], methods["url"]
        found = rows(
            "SELECT c.id, c.name_key, coalesce(o.name_key, ''), c.position, c.linkedin_url, "
            "c.first_met, c.deleted_at IS NOT NULL FROM contact c "
            "LEFT JOIN organisation o ON o.id = c.organisation_id ORDER BY c.id"
        )
        nothing: frozenset[str] = frozenset()
        for contact_id, key, org, position, url, first_met, is_trashed in found:
            url = _url_key(url)
            own = emails.get(contact_id, [])
            index.known[contact_id] = KnownContact(
                id=contact_id,
                organisation_key=org,
                position=position,
                linkedin_url=url,
                emails=frozenset(own),
                first_met=date_from_text(first_met),
                trashed=bool(is_trashed),
                phones=frozenset(phones[contact_id]) if contact_id in phones else nothing,
                links=frozenset(links[contact_id]) if contact_id in links else nothing,
            )
            target = index.trashed if is_trashed else index.live
            if url:
                target.setdefault((MatchKey.LINKEDIN_URL, url), contact_id)
            for email in own:
                target.setdefault((MatchKey.EMAIL, email), contact_id)
            if org:
                target.setdefault((MatchKey.NAME_AND_ORGANISATION, (key, org)), contact_id)
        if with_uuids:
            for contact_id, uid, is_trashed in rows(
                "SELECT id, uuid, deleted_at IS NOT NULL FROM contact"
            ):
                (index.trashed if is_trashed else index.live)[(MatchKey.UUID, uid)] = contact_id
        return index

    @staticmethod
    def _basis() -> str:
        """A fingerprint of the contacts and their addresses: any create, edit,
        trash or restore changes it."""
        contacts = rows("SELECT count(*), max(id), max(updated_at), max(deleted_at) FROM contact")
        methods = rows("SELECT count(*), max(id) FROM contact_method")
        return repr((contacts[0], methods[0]))

    # Writing ------------------------------------------------------------

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        """Write the plan's new and updated contacts in one transaction: if any
        of it fails, or ``progress`` raises (:class:`ImportCancelledError` when the
        person cancels), nothing is written.

        ``progress(done, total)`` is called between batches of rows. Raises
        :class:`ImportOutdatedError` if the contacts changed since the plan was made.
        """
        new_rows = [p for p in plan.rows if p.action is PlanAction.NEW and p.draft is not None]
        new = [(p.draft, p.uuid) for p in new_rows if p.draft is not None]
        updates = [
            p
            for p in plan.rows
            if p.action is PlanAction.UPDATE and p.draft is not None and p.contact_id is not None
        ]
        total = len(new) + len(updates)
        report = progress or _no_progress
        with database.atomic():
            if plan.basis and self._basis() != plan.basis:
                raise ImportOutdatedError()
            report(0, total)
            created = self._insert_new(new, lambda done: report(done, total))
            _link_introducers(zip(created, (p.met_through_uuid for p in new_rows), strict=True))
            updated = self._update(updates, lambda done: report(len(new) + done, total))
            report(total, total)  # the last chance to cancel, inside the transaction
        return ImportResult(counts=plan.counts, created_ids=created, updated_ids=updated)

    def _insert_new(
        self, drafts: list[tuple[ContactDraft, str]], progress: Callable[[int], None]
    ) -> tuple[int, ...]:
        """Create contacts from (draft, uuid) pairs: a uuid the file gave is
        kept (the plan has checked it is not taken), else a new one is made."""
        if not drafts:
            return ()
        organisations: dict[str, int | None] = {"": None}
        organisations.update(self._organisations.resolve_many(d.organisation for d, _ in drafts))
        now = to_iso(self._clock.now())
        # One write transaction holds the file: no other writer can take ids.
        first_id = int(scalar("SELECT coalesce(max(id), 0) FROM contact")) + 1
        with _indexes_built_after(len(drafts) >= max(_REBUILD_AT, first_id)):
            for start in range(0, len(drafts), _BATCH):
                batch = drafts[start : start + _BATCH]
                self._insert_batch(batch, first_id + start, now, organisations)
                progress(min(start + _BATCH, len(drafts)))
        return tuple(range(first_id, first_id + len(drafts)))

    @staticmethod
    def _insert_batch(
        drafts: list[tuple[ContactDraft, str]],
        first_id: int,
        now: str,
        organisations: dict[str, int | None],
    ) -> None:
        contact_rows: list[tuple[object, ...]] = []
        method_rows: list[tuple[object, ...]] = []
        search_rows: list[tuple[int, str]] = []
        keys: dict[str, str] = {}  # organisation name -> key: a few names, many rows
        fresh = iter(new_uuids(sum(1 for _, uid in drafts if not uid)))
        for contact_id, (draft, uid) in enumerate(drafts, start=first_id):
            name = draft.organisation
            org = keys.get(name)
            if org is None:
                org = keys[name] = organisation_key(name)
            contact_rows.append(
                (
                    contact_id,
                    uid or next(fresh),
                    draft.first_name,
                    draft.last_name,
                    name_key(draft.first_name, draft.last_name),
                    organisations[org],
                    org,
                    draft.position,
                    draft.linkedin_url,
                    draft.how_met,
                    date_to_text(draft.first_met),
                    int(draft.relevance),
                    TAG_SEPARATOR.join(draft.tags),
                    draft.notes,
                    draft.cadence_days,
                    now,
                    now,
                    now,  # first in touch when added, as the insert trigger would set
                )
            )
            for kind, values in (("email", draft.emails), ("phone", draft.phones)):
                method_rows.extend(
                    (contact_id, kind, value, position) for position, value in enumerate(values)
                )
            if draft.links:
                method_rows.extend(
                    (contact_id, "url", value, position)
                    for position, value in enumerate(draft.links)
                )
            search_rows.append((contact_id, search_body(draft)))
        execute_many(_INSERT_CONTACT, contact_rows)
        execute_many(_INSERT_METHOD, method_rows)
        execute_many(_INSERT_SEARCH, search_rows)

    def _update(
        self, updates: list[PlannedRow], progress: Callable[[int], None]
    ) -> tuple[int, ...]:
        if not updates:
            return ()
        current = {
            c.id: c
            for c in self._contacts.get_many([p.contact_id for p in updates if p.contact_id])
        }
        done: list[int] = []
        for planned in updates:
            assert planned.contact_id is not None
            assert planned.draft is not None
            contact = current.get(planned.contact_id)
            if contact is None:
                raise RecordNotFoundError("contact", planned.contact_id)
            merged = merge_import(contact.to_draft(), planned.draft, planned.changes)
            self._contacts.update(contact.id, merged)
            done.append(contact.id)
            if len(done) % _UPDATE_BATCH == 0:
                progress(len(done))
        progress(len(done))
        return tuple(done)


@contextlib.contextmanager
def _indexes_built_after(wanted: bool) -> Iterator[None]:
    """When an import at least doubles the contacts, their indexes are
    dropped and built again after the rows are in: sorting once is about
    three times faster than updating eleven indexes row by row. Inside the
    caller's transaction, so a failure or Cancel rolls the indexes back too."""
    if not wanted:
        yield
        return
    found = rows(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
        "AND tbl_name IN ('contact', 'contact_method') AND sql IS NOT NULL"
    )
    for name, _sql in found:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        database.execute_sql(sql)


def _link_introducers(created: Iterable[tuple[int, str]]) -> None:
    """Who introduced each new contact, by uuid: someone already in the file
    or created by this import (a file of netdesk's own cards)."""
    links = [(uid, contact_id) for contact_id, uid in created if uid]
    if links:
        execute_many(
            "UPDATE contact SET met_through_id = "
            "(SELECT c.id FROM contact c WHERE c.uuid = ? AND c.id != contact.id) "
            "WHERE id = ? AND met_through_id IS NULL",
            links,
        )


def _no_progress(done: int, total: int) -> None:
    """Progress nobody watches."""

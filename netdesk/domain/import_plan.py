"""What an import will do, row by row, before anything is written.

A plan lists every row of the file as one of:

- ``NEW``: nobody in the data file or earlier in the file matches; a contact
  will be created;
- ``UPDATE``: matched to an existing contact, and the row adds or changes
  something the export owns (``changes`` names those fields);
- ``DUPLICATE``: matched, but writes nothing: the contact already holds all of
  it (``ALREADY_KNOWN``), or an earlier row of the same file is the same person
  (``SAME_AS_ROW``, ``duplicate_of`` names that row);
- ``SKIPPED``: cannot or should not be imported (``UNREADABLE`` with the
  reader's problems, ``INVALID``, or ``IN_TRASH``: the match is a contact in
  the trash, which the import reports rather than revives).

Pure: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.errors import FieldError
from netdesk.domain.imports import ImportProblem
from netdesk.domain.organisations import organisation_key


class PlanAction(StrEnum):
    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"


class PlanReason(StrEnum):
    """Why a row is a duplicate or skipped."""

    ALREADY_KNOWN = "already_known"
    SAME_AS_ROW = "same_as_row"
    UNREADABLE = "unreadable"
    INVALID = "invalid"
    IN_TRASH = "in_trash"
    # The file's record is one netdesk deleted for good (its uuid left a
    # tombstone): an old export must not bring it back.
    DELETED = "deleted"


class MatchKey(StrEnum):
    """What a row was matched by, strongest first."""

    UUID = "uuid"  # netdesk's own identifier, in a vCard netdesk wrote
    LINKEDIN_URL = "linkedin_url"
    EMAIL = "email"
    NAME_AND_ORGANISATION = "name_and_organisation"


# The fields an import may change on an existing contact, in form order.
ORGANISATION = "organisation"
POSITION = "position"
EMAILS = "emails"
PHONES = "phones"
LINKEDIN_URL = "linkedin_url"
LINKS = "links"
FIRST_MET = "first_met"


@dataclass(frozen=True, slots=True)
class PlannedRow:
    row_number: int
    action: PlanAction
    draft: ContactDraft | None
    contact_id: int | None = None
    changes: tuple[str, ...] = ()
    reason: PlanReason | None = None
    matched_by: MatchKey | None = None
    duplicate_of: int | None = None
    problems: tuple[ImportProblem, ...] = ()
    errors: tuple[FieldError, ...] = ()
    uuid: str = ""  # a new contact keeps the identifier its file gave it
    met_through_uuid: str = ""  # who introduced a new contact, by their uuid


@dataclass(frozen=True, slots=True)
class ImportCounts:
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """``basis`` fingerprints the contacts the plan was made against: applying
    it after they changed is refused rather than creating duplicates."""

    file: str
    format_name: str
    rows: tuple[PlannedRow, ...]
    basis: str = ""

    @property
    def counts(self) -> ImportCounts:
        tally = dict.fromkeys(PlanAction, 0)
        for row in self.rows:
            tally[row.action] += 1
        return ImportCounts(
            new=tally[PlanAction.NEW],
            updated=tally[PlanAction.UPDATE],
            duplicates=tally[PlanAction.DUPLICATE],
            skipped=tally[PlanAction.SKIPPED],
        )

    @property
    def writes_anything(self) -> bool:
        return any(row.action in (PlanAction.NEW, PlanAction.UPDATE) for row in self.rows)


@dataclass(frozen=True, slots=True)
class ImportResult:
    counts: ImportCounts
    created_ids: tuple[int, ...] = ()
    updated_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class KnownContact:
    """What matching and merging need of a contact already in the data file.
    ``organisation_key`` is the key of its organisation ('' for none), and
    ``emails``, ``phones`` and ``links`` are casefolded."""

    id: int
    organisation_key: str
    position: str
    linkedin_url: str
    emails: frozenset[str]
    first_met: date | None
    trashed: bool = False
    phones: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()


def import_changes(known: KnownContact, draft: ContactDraft) -> tuple[str, ...]:
    """The fields a row changes on a contact: only what the export owns
    (organisation, position, LinkedIn URL), an email, phone or link not yet
    known, and a first meeting when the contact has none. An empty value in
    the file never clears anything, and names, notes and tags are the
    person's own."""
    changes: list[str] = []
    if draft.organisation and organisation_key(draft.organisation) != known.organisation_key:
        changes.append(ORGANISATION)
    if draft.position and draft.position != known.position:
        changes.append(POSITION)
    if any(email.casefold() not in known.emails for email in draft.emails):
        changes.append(EMAILS)
    if any(phone.casefold() not in known.phones for phone in draft.phones):
        changes.append(PHONES)
    if draft.linkedin_url and draft.linkedin_url != known.linkedin_url:
        changes.append(LINKEDIN_URL)
    if any(link.casefold() not in known.links for link in draft.links):
        changes.append(LINKS)
    if draft.first_met is not None and known.first_met is None:
        changes.append(FIRST_MET)
    return tuple(changes)


def merge_import(
    current: ContactDraft, incoming: ContactDraft, changes: tuple[str, ...]
) -> ContactDraft:
    """The contact's draft with the listed fields taken from the file. Emails,
    phones and links are added after the ones already there; none is dropped."""
    merged = current
    if ORGANISATION in changes:
        merged = replace(merged, organisation=incoming.organisation)
    if POSITION in changes:
        merged = replace(merged, position=incoming.position)
    if EMAILS in changes:
        merged = replace(merged, emails=_added(merged.emails, incoming.emails))
    if PHONES in changes:
        merged = replace(merged, phones=_added(merged.phones, incoming.phones))
    if LINKS in changes:
        merged = replace(merged, links=_added(merged.links, incoming.links))
    if LINKEDIN_URL in changes:
        merged = replace(merged, linkedin_url=incoming.linkedin_url)
    if FIRST_MET in changes and merged.first_met is None:
        merged = replace(merged, first_met=incoming.first_met)
    return merged


def _added(current: tuple[str, ...], incoming: tuple[str, ...]) -> tuple[str, ...]:
    known = {value.casefold() for value in current}
    return current + tuple(value for value in incoming if value.casefold() not in known)

"""Organisations: the inventory of where contacts work, with research notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import Any

from netdesk.domain.clock import Clock, from_iso, maybe_from_iso, to_iso
from netdesk.domain.errors import ErrorCode, FieldError, RecordNotFoundError, ValidationError
from netdesk.domain.organisations import (
    Organisation,
    OrganisationDraft,
    normalise_organisation,
    organisation_key,
    validate_organisation,
)
from netdesk.services.query import (
    SortSpec,
    chunks,
    new_uuid,
    ordered_ids,
    placeholders,
    rows,
    scalar,
    search_terms,
)
from netdesk.store.db import database
from netdesk.store.tables import OrganisationRow


class OrganisationSort(StrEnum):
    NAME = "name"
    SECTOR = "sector"
    LOCATION = "location"
    WEBSITE = "website"
    TARGET = "target"
    CONTACTS = "contacts"
    UPDATED = "updated"


_CONTACT_COUNT = (
    "(SELECT count(*) FROM contact c WHERE c.organisation_id = o.id AND c.deleted_at IS NULL)"
)
_SORTS = {
    OrganisationSort.NAME: SortSpec("o.name_key", emptyable=False),
    OrganisationSort.SECTOR: SortSpec("o.sector COLLATE NOCASE"),
    OrganisationSort.LOCATION: SortSpec("o.location COLLATE NOCASE"),
    OrganisationSort.WEBSITE: SortSpec("o.website COLLATE NOCASE"),
    OrganisationSort.TARGET: SortSpec("o.is_target", emptyable=False),
    OrganisationSort.CONTACTS: SortSpec(_CONTACT_COUNT, emptyable=False),
    OrganisationSort.UPDATED: SortSpec("o.updated_at", emptyable=False),
}
_SEARCHED = (
    "o.name_key",
    "o.sector",
    "o.location",
    "o.culture_notes",
    "o.positions_notes",
    "o.availability_notes",
    "o.news_notes",
    "o.notes",
)
_COLUMNS = (
    "o.id, o.uuid, o.name, o.sector, o.website, o.location, o.culture_notes, "
    "o.positions_notes, o.availability_notes, o.notes, o.is_target, o.created_at, "
    f"o.updated_at, o.deleted_at, {_CONTACT_COUNT}, o.news_notes"
)


class OrganisationService:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    # Reading ------------------------------------------------------------

    def count(self) -> int:
        return int(scalar("SELECT count(*) FROM organisation WHERE deleted_at IS NULL"))

    def search_ids(
        self,
        text: str = "",
        sort: OrganisationSort = OrganisationSort.NAME,
        *,
        descending: bool = False,
        targets_only: bool = False,
    ) -> list[int]:
        where = ["o.deleted_at IS NULL"]
        params: dict[str, Any] = {}
        if targets_only:
            where.append("o.is_target = 1")
        for n, term in enumerate(search_terms(text)):
            where.append(
                "(" + " OR ".join(f"{column} LIKE :t{n} ESCAPE '\\'" for column in _SEARCHED) + ")"
            )
            params[f"t{n}"] = term
        return ordered_ids(
            "SELECT o.id FROM organisation o",
            where,
            params,
            _SORTS[sort],
            descending=descending,
            tie_break=("o.name_key", "o.id"),
        )

    def get_many(self, wanted: Sequence[int]) -> list[Organisation]:
        found: dict[int, Organisation] = {}
        for part in chunks(wanted):
            sql = f"SELECT {_COLUMNS} FROM organisation o WHERE o.id IN ({placeholders(len(part))})"
            for row in rows(sql, part):
                found[row[0]] = _from_row(row)
        return [found[i] for i in wanted if i in found]

    def get(self, organisation_id: int) -> Organisation:
        found = self.get_many([organisation_id])
        if not found:
            raise RecordNotFoundError("organisation", organisation_id)
        return found[0]

    def names(self) -> list[str]:
        """Every live organisation's name, for completion in forms."""
        return [
            row[0]
            for row in rows(
                "SELECT name FROM organisation WHERE deleted_at IS NULL ORDER BY name_key"
            )
        ]

    def find_by_name(self, name: str) -> Organisation | None:
        found = scalar(
            "SELECT id FROM organisation WHERE name_key = ? AND deleted_at IS NULL",
            (organisation_key(name),),
        )
        return None if found is None else self.get(int(found))

    # Writing ------------------------------------------------------------

    def create(self, draft: OrganisationDraft) -> Organisation:
        draft = self._checked(draft, organisation_id=None)
        now = self._clock.now()
        with database.atomic():
            row = OrganisationRow.create(
                uuid=new_uuid(),
                name_key=organisation_key(draft.name),
                created_at=now,
                updated_at=now,
                **_draft_fields(draft),
            )
        return self.get(row.id)

    def update(self, organisation_id: int, draft: OrganisationDraft) -> Organisation:
        draft = self._checked(draft, organisation_id=organisation_id)
        with database.atomic():
            changed = (
                OrganisationRow.update(
                    name_key=organisation_key(draft.name),
                    updated_at=self._clock.now(),
                    **_draft_fields(draft),
                )
                .where(OrganisationRow.id == organisation_id)
                .execute()
            )
            sync_contact_keys([organisation_id])
        if not changed:
            raise RecordNotFoundError("organisation", organisation_id)
        return self.get(organisation_id)

    def set_target(self, organisation_id: int, is_target: bool) -> Organisation:
        current = self.get(organisation_id)
        return self.update(organisation_id, replace(current.to_draft(), is_target=is_target))

    def resolve(self, name: str) -> int | None:
        """The id of the organisation called ``name``, created if new.

        Must run inside the caller's transaction. A trashed organisation of the
        same name is brought back rather than duplicated: its research notes are
        worth more than a fresh, empty row.
        """
        if not name:
            return None
        key = organisation_key(name)
        found = rows("SELECT id, deleted_at FROM organisation WHERE name_key = ?", (key,))
        now = self._clock.now()
        if found:
            organisation_id, deleted_at = found[0]
            if deleted_at is not None:
                return self._revived(organisation_id)
            return int(organisation_id)
        row = OrganisationRow.create(
            uuid=new_uuid(), name=name, name_key=key, created_at=now, updated_at=now
        )
        return int(row.id)

    def resolve_many(self, names: Iterable[str]) -> dict[str, int]:
        """Organisation key -> id for every non-empty name, as :meth:`resolve`
        would give, with the new ones created in one batch (an import brings
        thousands). Must run inside the caller's transaction."""
        wanted: dict[str, str] = {}
        for name in names:
            if name:
                wanted.setdefault(organisation_key(name), name)
        if not wanted:
            return {}
        resolved: dict[str, int] = {}
        for key, organisation_id, deleted_at in rows(
            "SELECT name_key, id, deleted_at FROM organisation"
        ):
            if key in wanted:
                resolved[key] = (
                    organisation_id if deleted_at is None else self._revived(organisation_id)
                )
        missing = [key for key in wanted if key not in resolved]
        if missing:
            now = to_iso(self._clock.now())
            first_id = int(scalar("SELECT coalesce(max(id), 0) FROM organisation")) + 1
            batch = [
                (organisation_id, new_uuid(), wanted[key], key, now, now)
                for organisation_id, key in enumerate(missing, start=first_id)
            ]
            database.cursor().executemany(
                "INSERT INTO organisation (id, uuid, name, name_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                batch,
            )
            resolved.update((key, organisation_id) for organisation_id, _, _, key, _, _ in batch)
        return resolved

    def _revived(self, organisation_id: int) -> int:
        """Bring a trashed organisation back (see :meth:`resolve`)."""
        OrganisationRow.update(deleted_at=None, updated_at=self._clock.now()).where(
            OrganisationRow.id == organisation_id
        ).execute()
        sync_contact_keys([organisation_id])
        return organisation_id

    def _checked(self, draft: OrganisationDraft, organisation_id: int | None) -> OrganisationDraft:
        draft = normalise_organisation(draft)
        errors = validate_organisation(draft)
        if draft.name:
            clash = rows(
                "SELECT deleted_at FROM organisation WHERE name_key = ? AND id IS NOT ?",
                (organisation_key(draft.name), organisation_id),
            )
            if clash:
                code = ErrorCode.DUPLICATE if clash[0][0] is None else ErrorCode.IN_TRASH
                errors.append(FieldError("name", code, draft.name))
        if errors:
            raise ValidationError(errors)
        return draft


def sync_contact_keys(organisation_ids: Sequence[int]) -> None:
    """Copy the organisations' sort keys onto their contacts ('' while an
    organisation is in the trash). Runs inside the caller's transaction."""
    for part in chunks(organisation_ids):
        database.execute_sql(
            "UPDATE contact SET organisation_key = coalesce((SELECT o.name_key "
            "FROM organisation o WHERE o.id = contact.organisation_id AND o.deleted_at IS NULL), "
            f"'') WHERE organisation_id IN ({placeholders(len(part))})",
            list(part),
        )


def _draft_fields(draft: OrganisationDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "sector": draft.sector,
        "website": draft.website,
        "location": draft.location,
        "culture_notes": draft.culture_notes,
        "positions_notes": draft.positions_notes,
        "availability_notes": draft.availability_notes,
        "notes": draft.notes,
        "is_target": draft.is_target,
        "news_notes": draft.news_notes,
    }


def _from_row(row: tuple[Any, ...]) -> Organisation:
    return Organisation(
        id=row[0],
        uuid=row[1],
        name=row[2],
        sector=row[3],
        website=row[4],
        location=row[5],
        culture_notes=row[6],
        positions_notes=row[7],
        availability_notes=row[8],
        notes=row[9],
        is_target=bool(row[10]),
        created_at=from_iso(row[11]),
        updated_at=from_iso(row[12]),
        deleted_at=maybe_from_iso(row[13]),
        contact_count=row[14],
        news_notes=row[15],
    )

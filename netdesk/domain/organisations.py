"""Organisations: where contacts work, with the job seeker's research on them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from netdesk.domain.errors import ErrorCode, FieldError
from netdesk.domain.text import clean_block, clean_line, fold
from netdesk.domain.validation import check_block, check_line, is_web_url, normalise_url


@dataclass(frozen=True, slots=True)
class OrganisationDraft:
    name: str = ""
    sector: str = ""
    website: str = ""
    location: str = ""
    culture_notes: str = ""
    positions_notes: str = ""
    availability_notes: str = ""
    notes: str = ""
    is_target: bool = False
    news_notes: str = ""


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int
    uuid: str
    name: str
    sector: str
    website: str
    location: str
    culture_notes: str
    positions_notes: str
    availability_notes: str
    notes: str
    is_target: bool
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    contact_count: int = 0
    news_notes: str = ""

    def to_draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            name=self.name,
            sector=self.sector,
            website=self.website,
            location=self.location,
            culture_notes=self.culture_notes,
            positions_notes=self.positions_notes,
            availability_notes=self.availability_notes,
            notes=self.notes,
            is_target=self.is_target,
            news_notes=self.news_notes,
        )


def organisation_key(name: str) -> str:
    """Names are unique ignoring case, accents and spacing: "ACME  b.v." is "Acme B.V."."""
    return fold(name)


def normalise_organisation(draft: OrganisationDraft) -> OrganisationDraft:
    return replace(
        draft,
        name=clean_line(draft.name),
        sector=clean_line(draft.sector),
        website=normalise_url(clean_line(draft.website)),
        location=clean_line(draft.location),
        culture_notes=clean_block(draft.culture_notes),
        positions_notes=clean_block(draft.positions_notes),
        availability_notes=clean_block(draft.availability_notes),
        notes=clean_block(draft.notes),
        news_notes=clean_block(draft.news_notes),
    )


def validate_organisation(draft: OrganisationDraft) -> list[FieldError]:
    errors = check_line("name", draft.name, required=True)
    errors += check_line("sector", draft.sector)
    if draft.website and not is_web_url(draft.website):
        errors.append(FieldError("website", ErrorCode.INVALID_URL, draft.website))
    errors += check_line("location", draft.location)
    for field in ("culture_notes", "positions_notes", "availability_notes", "news_notes", "notes"):
        errors += check_block(field, getattr(draft, field))
    return errors

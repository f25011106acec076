"""Contacts: the people in a job seeker's network."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import IntEnum

from netdesk.domain.errors import ErrorCode, FieldError
from netdesk.domain.text import clean_block, clean_line, fold, split_tags
from netdesk.domain.validation import (
    check_block,
    check_each_line,
    check_line,
    is_email,
    is_linkedin_url,
    is_phone,
    is_web_url,
    normalise_url,
)

MAX_CADENCE_DAYS = 3650


class Relevance(IntEnum):
    """How relevant a contact is to the job search (the guidance: approach
    your *relevant* contacts first)."""

    UNSET = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """What a person types into the contact form. The organisation is given by
    name: the service finds it (ignoring case) or creates it."""

    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    linkedin_url: str = ""
    links: tuple[str, ...] = ()
    how_met: str = ""
    first_met: date | None = None
    met_through_id: int | None = None
    relevance: Relevance = Relevance.UNSET
    tags: tuple[str, ...] = ()
    notes: str = ""
    cadence_days: int | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    uuid: str
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation_name: str
    position: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    linkedin_url: str
    links: tuple[str, ...]
    how_met: str
    first_met: date | None
    met_through_id: int | None
    met_through_name: str
    relevance: Relevance
    tags: tuple[str, ...]
    notes: str
    cadence_days: int | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    last_conversation_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    def to_draft(self) -> ContactDraft:
        return ContactDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            organisation=self.organisation_name,
            position=self.position,
            emails=self.emails,
            phones=self.phones,
            linkedin_url=self.linkedin_url,
            links=self.links,
            how_met=self.how_met,
            first_met=self.first_met,
            met_through_id=self.met_through_id,
            relevance=self.relevance,
            tags=self.tags,
            notes=self.notes,
            cadence_days=self.cadence_days,
        )


def display_name(first_name: str, last_name: str) -> str:
    return " ".join(part for part in (first_name, last_name) if part)


def name_key(first_name: str, last_name: str) -> str:
    """Sort key: last name first, folded, so "van Dijk" and "Van Dijk" sit together."""
    return fold(f"{last_name} {first_name}")


def normalise_contact(draft: ContactDraft) -> ContactDraft:
    """Trim what people paste, add missing URL schemes, drop empty lines."""

    def lines(values: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        kept: list[str] = []
        for value in (clean_line(v) for v in values):
            if value and value.casefold() not in seen:
                seen.add(value.casefold())
                kept.append(value)
        return tuple(kept)

    return replace(
        draft,
        first_name=clean_line(draft.first_name),
        last_name=clean_line(draft.last_name),
        organisation=clean_line(draft.organisation),
        position=clean_line(draft.position),
        emails=lines(draft.emails),
        phones=lines(draft.phones),
        linkedin_url=normalise_url(clean_line(draft.linkedin_url)),
        links=tuple(normalise_url(v) for v in lines(draft.links)),
        how_met=clean_line(draft.how_met),
        # A tag is stored in one text with its neighbours, separated by commas:
        # one holding a comma or semicolon is several tags, here as when read back.
        tags=lines(tuple(tag for typed in draft.tags for tag in split_tags(clean_line(typed)))),
        notes=clean_block(draft.notes),
        cadence_days=draft.cadence_days or None,
    )


def validate_contact(draft: ContactDraft, *, contact_id: int | None = None) -> list[FieldError]:
    """Problems with a normalised draft, in the order the form shows its fields."""
    errors: list[FieldError] = []
    if not draft.first_name and not draft.last_name:
        errors.append(FieldError("first_name", ErrorCode.REQUIRED))
    errors += check_line("first_name", draft.first_name)
    errors += check_line("last_name", draft.last_name)
    errors += check_line("organisation", draft.organisation)
    errors += check_line("position", draft.position)
    errors += check_each_line("emails", draft.emails, is_email, ErrorCode.INVALID_EMAIL)
    errors += check_each_line("phones", draft.phones, is_phone, ErrorCode.INVALID_PHONE)
    if long_url := check_line("linkedin_url", draft.linkedin_url):
        errors += long_url
    elif draft.linkedin_url and not is_linkedin_url(draft.linkedin_url):
        errors.append(
            FieldError("linkedin_url", ErrorCode.INVALID_LINKEDIN_URL, draft.linkedin_url)
        )
    errors += check_each_line("links", draft.links, is_web_url, ErrorCode.INVALID_URL)
    errors += check_line("how_met", draft.how_met)
    if contact_id is not None and draft.met_through_id == contact_id:
        errors.append(FieldError("met_through", ErrorCode.SELF_REFERENCE))
    for i, tag in enumerate(draft.tags):
        errors += [replace(e, index=i) for e in check_line("tags", tag)]
    errors += check_block("notes", draft.notes)
    if draft.cadence_days is not None and not 1 <= draft.cadence_days <= MAX_CADENCE_DAYS:
        errors.append(
            FieldError(
                "cadence_days",
                ErrorCode.OUT_OF_RANGE,
                str(draft.cadence_days),
                limit=MAX_CADENCE_DAYS,
            )
        )
    return errors

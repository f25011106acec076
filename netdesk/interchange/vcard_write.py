"""Writing contacts as vCard 3.0 (what Apple, Google and Outlook read) or 4.0.

Every field netdesk holds is written: what other programs know as standard
properties, the rest as ``X-NETDESK-*`` properties that they keep and ignore
and :mod:`.vcard_read` maps back. The LinkedIn profile is a URL in an Apple
item group labelled "LinkedIn" (``item1.URL;TYPE=linkedin`` with
``item1.X-ABLabel:LinkedIn``): Apple and Google show the label, the rest a web
address, and the reader knows it by either mark.

Text is escaped (``\\`` ``,`` ``;`` and line breaks), lines are folded at 75
octets of UTF-8 without cutting a character, and every line ends in CRLF, as
RFC 2426 and RFC 6350 ask. Control characters cannot appear in a vCard value
and are dropped. vobject's serializer is not used: it has no 4.0, and the
same few rules serve both versions here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime

from netdesk import __version__
from netdesk.domain.contacts import Contact, Relevance, display_name
from netdesk.domain.text import clean_line
from netdesk.interchange.vcard_syntax import (
    CADENCE_DAYS,
    FIRST_MET,
    HOW_MET,
    MET_THROUGH,
    PRODUCT,
    RELEVANCE,
    escape_text,
    escape_uri,
    fold,
)

__all__ = ["VERSIONS", "write_vcard"]

VERSIONS = ("3.0", "4.0")
LINKEDIN_GROUP = "item1"


def write_vcard(
    contacts: Iterable[Contact], version: str = "3.0", *, uuids: Mapping[int, str] | None = None
) -> str:
    """The contacts as one vCard file's text, one card each, in order.
    ``uuids`` gives the UID of each contact who introduced one of them, so
    who-met-whom survives the round trip."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not one of {VERSIONS}")
    known = uuids or {}
    return "".join(
        fold(line) + "\r\n" for contact in contacts for line in _card(contact, version, known)
    )


def _card(contact: Contact, version: str, uuids: Mapping[int, str]) -> Iterator[str]:
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:-//{PRODUCT}//{PRODUCT} {__version__}//EN"
    yield f"UID:urn:uuid:{contact.uuid}"
    # FN is required; a contact without a name shows as its organisation,
    # which the reader knows not to take for a name.
    full_name = display_name(clean_line(contact.first_name), clean_line(contact.last_name))
    yield "FN:" + escape_text(full_name or contact.organisation_name)
    yield f"N:{escape_text(contact.last_name)};{escape_text(contact.first_name)};;;"
    if contact.organisation_name:
        yield "ORG:" + escape_text(contact.organisation_name)
    if contact.position:
        yield "TITLE:" + escape_text(contact.position)
    # 3.0's INTERNET type is gone from 4.0, where an address is text.
    email = "EMAIL;TYPE=INTERNET:" if version == "3.0" else "EMAIL:"
    for address in contact.emails:
        yield email + escape_text(address)
    # 4.0 takes a tel: URI by default; numbers as people type them are text.
    tel = "TEL;VALUE=text:" if version == "4.0" else "TEL:"
    for phone in contact.phones:
        yield tel + escape_text(phone)
    if contact.linkedin_url:
        yield f"{LINKEDIN_GROUP}.URL;TYPE=linkedin:" + escape_uri(contact.linkedin_url)
        yield f"{LINKEDIN_GROUP}.X-ABLabel:LinkedIn"
    for link in contact.links:
        yield "URL:" + escape_uri(link)
    if contact.tags:
        yield "CATEGORIES:" + ",".join(escape_text(tag) for tag in contact.tags)
    if contact.notes:
        yield "NOTE:" + escape_text(contact.notes)
    if contact.how_met:
        yield f"{HOW_MET}:" + escape_text(contact.how_met)
    if contact.first_met is not None:
        yield f"{FIRST_MET}:{contact.first_met.isoformat()}"
    if contact.relevance is not Relevance.UNSET:
        yield f"{RELEVANCE}:{contact.relevance.name.lower()}"
    if contact.cadence_days is not None:
        yield f"{CADENCE_DAYS}:{contact.cadence_days}"
    if contact.met_through_id is not None and contact.met_through_id in uuids:
        yield f"{MET_THROUGH}:urn:uuid:{uuids[contact.met_through_id]}"
    yield "REV:" + _timestamp(contact.updated_at, version)
    yield "END:VCARD"


def _timestamp(moment: datetime, version: str) -> str:
    """A UTC time: 3.0 takes ISO 8601's extended form, 4.0 only the basic one."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ" if version == "3.0" else "%Y%m%dT%H%M%SZ")

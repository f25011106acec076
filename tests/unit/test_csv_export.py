"""Contacts written as a spreadsheet-safe CSV: UTF-8 with a BOM, CRLF, one row
per contact, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import Contact, Relevance
from netdesk.interchange.csv_export import COLUMNS, neutralise, write_contacts_csv

ADDED = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def contact(**fields: object) -> Contact:
    values: dict[str, object] = {
        "id": 1,
        "uuid": "00000000-0000-4000-8000-000000000001",
        "first_name": "Zoë",
        "last_name": "Müller",
        "organisation_id": None,
        "organisation_name": "",
        "position": "",
        "emails": (),
        "phones": (),
        "linkedin_url": "",
        "links": (),
        "how_met": "",
        "first_met": None,
        "met_through_id": None,
        "met_through_name": "",
        "relevance": Relevance.UNSET,
        "tags": (),
        "notes": "",
        "cadence_days": None,
        "created_at": ADDED,
        "updated_at": ADDED,
    }
    values.update(fields)
    return Contact(**values)  # type: ignore[arg-type]


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_header_and_a_full_row() -> None:
    full = contact(
        organisation_name="Stichting Erfgoed",
        position="Curator",
        emails=("zoe@example.org", "zoe.m@example.net"),
        phones=("020 555 0101",),
        linkedin_url="https://www.linkedin.com/in/zoe",
        links=("https://zoe.example", "https://erfgoed.example/zoe"),
        how_met="Archive open day",
        first_met=date(2024, 10, 9),
        relevance=Relevance.HIGH,
        tags=("museum", "Amsterdam"),
        notes="Curator, digitisation.",
        cadence_days=30,
        last_conversation_at=datetime(2026, 1, 10, 14, 30, tzinfo=UTC),
    )

    data = write_contacts_csv([full, contact(first_name="Daan", last_name="")])

    assert data.startswith("\ufeffFirst name,Last name,Organisation,".encode())
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 3
    header, zoe, daan = parse(data)
    assert tuple(header) == COLUMNS
    assert dict(zip(header, zoe, strict=True)) == {
        "First name": "Zoë",
        "Last name": "Müller",
        "Organisation": "Stichting Erfgoed",
        "Position": "Curator",
        "Emails": "zoe@example.org; zoe.m@example.net",
        "Phones": "020 555 0101",
        "LinkedIn": "https://www.linkedin.com/in/zoe",
        "Other links": "https://zoe.example; https://erfgoed.example/zoe",
        "How met": "Archive open day",
        "First met": "2024-10-09",
        "Relevance": "high",
        "Tags": "museum; Amsterdam",
        "Notes": "Curator, digitisation.",
        "Keep in touch every (days)": "30",
        "Last conversation": "2026-01-10T14:30:00.000000Z",
        "Added": "2026-01-15T09:00:00.000000Z",
    }
    assert daan[:2] == ["Daan", ""]
    # Nothing set: empty cells, not "None" or "0".
    assert daan[2:15] == [""] * 13


def test_no_contacts_is_just_the_header() -> None:
    assert parse(write_contacts_csv([])) == [list(COLUMNS)]


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+1+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
    ],
    ids=["equals", "plus", "minus", "at", "tab", "carriage-return"],
)
def test_formula_starts_get_an_apostrophe_in_every_column(text: str) -> None:
    hostile = contact(
        first_name=text,
        last_name=text,
        organisation_name=text,
        position=text,
        emails=(text,),
        phones=(text,),
        linkedin_url=text,
        links=(text,),
        how_met=text,
        tags=(text,),
        notes=text,
    )

    (_, row) = parse(write_contacts_csv([hostile]))

    text_cells = [row[i] for i, name in enumerate(COLUMNS) if name not in _NOT_TEXT]
    assert text_cells == ["'" + text] * len(text_cells)


_NOT_TEXT = {"First met", "Relevance", "Keep in touch every (days)", "Last conversation", "Added"}


def test_phone_numbers_with_a_plus_get_the_apostrophe_too() -> None:
    # Spreadsheets would read +31 20 555 0101 as a sum; the apostrophe keeps it
    # text and is not shown.
    (_, row) = parse(write_contacts_csv([contact(phones=("+31 20 555 0101", "020 555 0102"))]))
    assert row[COLUMNS.index("Phones")] == "'+31 20 555 0101; 020 555 0102"


def test_ordinary_text_is_left_alone_and_quoted_where_needed() -> None:
    notes = 'First line, with a comma\nsecond "quoted" line\r\n= not at the start'
    plain = contact(
        first_name="Anne-Marie",
        organisation_name="Kowalska, Nowak & Partners",
        position="Head of R&D (a=b)",
        notes=notes,
    )

    data = write_contacts_csv([plain])

    (_, row) = parse(data)
    assert row[0] == "Anne-Marie"
    assert row[2] == "Kowalska, Nowak & Partners"
    assert row[3] == "Head of R&D (a=b)"
    assert row[COLUMNS.index("Notes")] == notes
    assert b'"Kowalska, Nowak & Partners"' in data
    assert b'"First line, with a comma\nsecond ""quoted"" line\r\n= not at the start"' in data


def test_neutralise() -> None:
    assert neutralise("") == ""
    assert neutralise("plain") == "plain"
    assert neutralise(" =1+1") == " =1+1"  # no spreadsheet runs a leading space
    assert neutralise("'=1") == "'=1"
    for start in "=+-@\t\r":
        assert neutralise(start + "x") == "'" + start + "x"


_text = st.text(max_size=40)
_texts = st.lists(st.text(max_size=20), max_size=3).map(tuple)
_contacts = st.builds(
    contact,
    first_name=_text,
    last_name=_text,
    organisation_name=_text,
    position=_text,
    emails=_texts,
    phones=_texts,
    linkedin_url=_text,
    links=_texts,
    how_met=_text,
    first_met=st.none() | st.dates(),
    relevance=st.sampled_from(Relevance),
    tags=_texts,
    notes=st.text(max_size=200),
    cadence_days=st.none() | st.integers(1, 3650),
    last_conversation_at=st.none() | st.datetimes(timezones=st.just(UTC)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_contacts, max_size=4))
def test_any_text_gives_one_row_per_contact_and_no_formula(contacts: list[Contact]) -> None:
    rows = parse(write_contacts_csv(contacts))

    assert len(rows) == 1 + len(contacts)
    assert all(len(row) == len(COLUMNS) for row in rows)
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    for row, written in zip(rows[1:], contacts, strict=True):
        # Round trip: each cell is the value, behind an apostrophe where needed.
        assert row[0] in (written.first_name, "'" + written.first_name)
        assert row[COLUMNS.index("Notes")] in (written.notes, "'" + written.notes)

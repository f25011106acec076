"""Outlook contacts CSV. The samples in tests/data/outlook are invented people:
``outlook.csv`` has the long header (UTF-8 with a BOM, CRLF), and
``outlook_com_cp1252.csv`` the short one in Windows-1252 bytes."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import ContactDraft, normalise_contact, validate_contact
from netdesk.domain.import_plan import PlanAction
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.interchange import google_csv, linkedin_csv
from netdesk.interchange.outlook_csv import FORMAT, looks_like, read_outlook_csv
from netdesk.services.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = DATA / "outlook"
SHORT_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,"
    "E-mail 3 Address,Home Phone,Business Phone,Mobile Phone,Job Title,Company,Web Page,"
    "Notes,Categories"
)
# Desktop Outlook: every cell quoted, the honorific first, columns in its own order.
DESKTOP_HEADER = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Street","Business City","Business Fax","Business Phone",'
    '"Home Phone","Mobile Phone","Other Phone","Pager","Primary Phone","Categories",'
    '"E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Notes",'
    '"Web Page"'
)


def read_lines(*lines: str, header: str = SHORT_HEADER):  # type: ignore[no-untyped-def]
    return read_outlook_csv(("\r\n".join([header, *lines]) + "\r\n").encode(), name="o.csv")


def drafts(result) -> list[ContactDraft]:  # type: ignore[no-untyped-def]
    return [draft for _, draft in result.records]


def sample_text(path: Path) -> str:
    return linkedin_csv.decode(path.read_bytes(), path.name)[0][:65536]


# -- the layouts -----------------------------------------------------------------


def test_long_header() -> None:
    raw = (SAMPLES / "outlook.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw

    result = read_outlook_csv(SAMPLES / "outlook.csv")

    assert result.format_name == FORMAT == "outlook"
    assert result.encoding == "utf-8"
    assert not result.checked
    assert result.problems == ()
    # Anna's notes span lines 2-3; line 5 is a row of commas.
    assert [row for row, _ in result.records] == [2, 4, 6, 7]
    anna, jan, chloe, larsen = drafts(result)
    assert anna == ContactDraft(
        first_name="Anna",
        last_name="Kowalska",
        organisation="Kowalska, Nowak & Partners",
        # Title (Dr.) is the honorific; Job Title is the position.
        position="Partner",
        emails=("anna@kowalska.example", "a.kowalska@uni.example"),
        # Mobile before business; faxes and the assistant's phone left out.
        phones=("+48 600 100 200", "+48 22 555 0101"),
        linkedin_url="https://www.linkedin.com/in/anna-kowalska",
        tags=("Lawyers", "Warsaw"),
        notes="Introduced by Pieter.\r\nFollow up in spring.",
    )
    # An Exchange-internal address is no email; myContacts is no tag.
    assert jan.emails == ("jan.smit@example.nl",)
    assert jan.position == "Engineer"
    assert jan.links == ("https://jansmit.example",)
    assert jan.tags == ("Colleagues",)
    # The primary phone first.
    assert chloe.phones == ("+33 1 00 00 00 00", "+33 1 00 00 00 01")
    assert chloe.organisation == "Société Générale"
    assert (larsen.first_name, larsen.last_name, larsen.phones) == (
        "Larsen",
        "",
        ("+47 466 88 000",),
    )


def test_short_header_in_windows_1252() -> None:
    raw = (SAMPLES / "outlook_com_cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    for char in "éüß€":
        assert char.encode("cp1252") in raw

    result = read_outlook_csv(SAMPLES / "outlook_com_cp1252.csv")

    assert result.encoding == "cp1252"
    assert result.problems == ()
    rene, jurgen, zoe, ana = drafts(result)
    assert (rene.first_name, rene.last_name) == ("René", "Weiß")
    assert rene.organisation == "Müller & Söhne GmbH"
    assert rene.position == "Geschäftsführer"
    assert rene.notes == "Budget: 5.000 € per quarter"
    assert rene.tags == ("Kunden", "Köln")
    assert (jurgen.last_name, jurgen.organisation) == ("Groß", "Groß Straßenbau")
    assert (zoe.first_name, zoe.last_name, zoe.organisation) == ("Zoë", "Brontë", "Café Übersee")
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe-bronte"
    assert (ana.last_name, ana.notes) == ("Núñez", "Prefers email \u2013 not phone.")
    # Nothing anywhere reads as mojibake.
    text = repr(drafts(result))
    assert "\u00c3" not in text  # the first half of UTF-8 é read as cp1252
    assert "\u00e2\u201a\u00ac" not in text  # UTF-8 € read as cp1252


def test_desktop_export_with_every_cell_quoted_and_its_own_column_order() -> None:
    result = read_lines(
        '"Ms.","Mei","","Ng","","Studio Ng","Design","Founder","","","+31 20 555 0102",'
        '"+31 20 555 0101","","+31 6 5555 0101","","","","Clients;Design;",'
        '"mei@studio-ng.example","SMTP","Mei Ng (mei@studio-ng.example)","","",'
        '"www.linkedin.com/in/MeiNg"',
        header=DESKTOP_HEADER,
    )

    (mei,) = drafts(result)
    assert mei == ContactDraft(
        first_name="Mei",
        last_name="Ng",
        organisation="Studio Ng",
        position="Founder",
        emails=("mei@studio-ng.example",),
        phones=("+31 6 5555 0101", "+31 20 555 0101"),
        linkedin_url="https://www.linkedin.com/in/meing",
        tags=("Clients", "Design"),
    )


def test_samples_are_valid_contacts_once_normalised() -> None:
    for name in ("outlook.csv", "outlook_com_cp1252.csv"):
        for _, draft in read_outlook_csv(SAMPLES / name).records:
            assert validate_contact(normalise_contact(draft)) == []


def test_columns_are_found_by_name_ignoring_case_and_spacing() -> None:
    result = read_lines("Acme,Ada,Byron,CTO", header="company, FIRST name ,Last-Name,job title")
    (draft,) = drafts(result)
    assert (draft.first_name, draft.last_name, draft.organisation, draft.position) == (
        "Ada",
        "Byron",
        "Acme",
        "CTO",
    )


def test_blank_and_comma_only_rows_are_skipped() -> None:
    result = read_lines("", "Ada,,Byron" + "," * 14, "," * 16, "Bo,,Chen" + "," * 14)
    assert [row for row, _ in result.records] == [3, 5]


# -- problems by row -------------------------------------------------------------


def test_row_with_more_cells_than_the_header_is_a_problem() -> None:
    result = read_lines("Ada,,Byron" + "," * 14 + ",x,y", "Bo,,Chen" + "," * 16)
    assert result.problems == (ImportProblem("o.csv", 2, "", ImportCode.EXTRA_CELLS, "x,y"),)
    assert [row for row, _ in result.records] == [3]


def test_absurdly_long_values_are_problems_with_row_and_field() -> None:
    company = "Acme " * 80
    result = read_lines(f"Ada,,Byron,,,,,,,,,,,{company},,,")
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "organisation", ImportCode.TOO_LONG)
    ]
    assert result.records == ()


def test_a_long_web_page_is_too_long() -> None:
    url = "https://example.org/" + "x" * 100_000
    result = read_lines(f"Ada,,Byron,,,,,,,,,,,,{url},,")
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "links", ImportCode.TOO_LONG)
    ]


def test_odd_phones_and_addresses_move_into_the_notes_and_the_row_imports(
    workspace: Workspace,
) -> None:
    result = read_lines(
        "Ada,,Byron,,,,ada@example.org,Ada at home,,1-800-FLOWERS,+49 1,+31 6 5555 0100,"
        'Curator,Acme,,"Met at the archive,\r\nthen twice more.",'
    )
    (draft,) = drafts(result)
    assert draft.emails == ("ada@example.org",)
    assert draft.phones == ("+31 6 5555 0100",)
    assert draft.notes == (
        "Met at the archive,\r\nthen twice more.\n\n"
        "Email (as written in the file): Ada at home\n"
        "Phone (as written in the file): +49 1\n"  # business phone, then home
        "Phone (as written in the file): 1-800-FLOWERS"
    )
    (row,) = workspace.importing.plan(result).rows
    assert row.action is PlanAction.NEW


def test_an_unclosed_quote_is_malformed_with_its_line() -> None:
    body = (
        "Ada,,Byron" + "," * 14 + "\r\n"
        'Bo,,Chen,,,,,,,,,,,,,"Notes that never end' + "\r\n"
        "Cy,,Dee" + "," * 14 + "\r\n"
    )
    with pytest.raises(ImportFileError) as caught:
        read_outlook_csv((SHORT_HEADER + "\r\n" + body).encode(), name="o.csv")
    assert caught.value.problem is ImportFileProblem.MALFORMED
    assert caught.value.row == 3


def test_a_windows_1252_row_in_a_utf8_file_is_read_line_by_line() -> None:
    data = (SHORT_HEADER + "\r\nJürgen,,Müller" + "," * 14 + "\r\n").encode() + (
        "Zoë,,Roe" + "," * 14 + "\r\n"
    ).encode("cp1252")
    result = read_outlook_csv(data)
    assert result.encoding == "utf-8 and cp1252"
    assert [(d.first_name, d.last_name) for d in drafts(result)] == [
        ("Jürgen", "Müller"),
        ("Zoë", "Roe"),
    ]


# -- files refused ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sample",
    [
        DATA / "linkedin" / "current.csv",
        DATA / "google" / "legacy.csv",
        DATA / "google" / "current.csv",
    ],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_other_formats_are_refused(sample: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_outlook_csv(sample)
    assert caught.value.problem is ImportFileProblem.WRONG_FORMAT
    assert caught.value.format_name == "outlook"


def test_header_without_rows_is_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_outlook_csv((SHORT_HEADER + "\r\n" + "," * 16 + "\r\n").encode())
    assert caught.value.problem is ImportFileProblem.NO_ROWS


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"   \r\n", ImportFileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ImportFileProblem.BINARY),
        (b"\xff\xfeA\x00\x00\xd8", ImportFileProblem.UNDECODABLE),
        (b"Name;Vorname;E-Mail\r\n", ImportFileProblem.WRONG_FORMAT),
    ],
)
def test_broken_files(data: bytes, problem: ImportFileProblem) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_outlook_csv(data, name="broken.csv")
    assert caught.value.problem is problem
    assert caught.value.file == "broken.csv"


# -- detection: Google, Outlook and LinkedIn never claim each other's files ------------


@pytest.mark.parametrize(
    ("path", "claims"),
    [
        (DATA / "outlook" / "outlook.csv", "outlook"),
        (DATA / "outlook" / "outlook_com_cp1252.csv", "outlook"),
        (DATA / "google" / "legacy.csv", "google"),
        (DATA / "google" / "current.csv", "google"),
        *(
            (DATA / "linkedin" / name, "")
            for name in ("current.csv", "legacy_2018.csv", "spreadsheet.csv", "cp1252.csv")
        ),
        # An Outlook file among LinkedIn's samples, which LinkedIn's reader refuses.
        (DATA / "linkedin" / "outlook.csv", "outlook"),
    ],
    ids=lambda value: f"{value.parent.name}/{value.name}" if isinstance(value, Path) else value,
)
def test_detection(path: Path, claims: str) -> None:
    text = sample_text(path)
    assert looks_like(text) == (claims == "outlook")
    assert google_csv.looks_like(text) == (claims == "google")


def test_detection_of_the_desktop_header_and_a_bare_name_list() -> None:
    assert looks_like(DESKTOP_HEADER)
    assert not google_csv.looks_like(DESKTOP_HEADER)
    assert not looks_like("First Name,Last Name\r\nAda,Byron\r\n")
    assert not looks_like(linkedin_csv_header())


def linkedin_csv_header() -> str:
    return "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


# -- robustness ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_arbitrary_bytes_raise_only_import_file_errors(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        read_outlook_csv(data)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_after_the_header_raises_only_import_file_errors(tail: str) -> None:
    with contextlib.suppress(ImportFileError):
        read_outlook_csv((SHORT_HEADER + "\r\n" + tail).encode("utf-8", "surrogatepass"))

"""Google Contacts CSV in both layouts. The samples in tests/data/google are
invented people in each layout's bytes: the legacy export as old Gmail wrote it
(UTF-16 with a BOM, CRLF), the current one in UTF-8 without a BOM."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import ContactDraft, normalise_contact, validate_contact
from netdesk.domain.import_plan import PlanAction
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.interchange import linkedin_csv
from netdesk.interchange.google_csv import FORMAT, looks_like, read_google_csv
from netdesk.services.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = DATA / "google"
CURRENT_HEADER = (
    "First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Organization Name,Organization Title,Notes,"
    "Website 1 - Label,Website 1 - Value"
)


def read_lines(*lines: str, header: str = CURRENT_HEADER):  # type: ignore[no-untyped-def]
    return read_google_csv(("\r\n".join([header, *lines]) + "\r\n").encode(), name="g.csv")


def drafts(result) -> list[ContactDraft]:  # type: ignore[no-untyped-def]
    return [draft for _, draft in result.records]


# -- the two layouts -------------------------------------------------------------


def test_legacy_export_in_utf16_keeps_every_value_primary_first() -> None:
    raw = (SAMPLES / "legacy.csv").read_bytes()
    assert raw.startswith(b"\xff\xfe")
    assert "\r\n".encode("utf-16-le") in raw

    result = read_google_csv(SAMPLES / "legacy.csv")

    assert result.format_name == FORMAT == "google"
    assert result.encoding == "utf-16"
    assert not result.checked
    assert result.problems == ()
    # Zoë's notes span lines 2-3; line 6 is a row of commas.
    assert [row for row, _ in result.records] == [2, 4, 5, 7]
    zoe, wang, pieter, noor = drafts(result)
    assert zoe == ContactDraft(
        first_name="Zoë",
        last_name="Müller",
        organisation="Stichting Erfgoed",
        position="Curator",
        # "* Work" marks the primary group: its address comes first, then every
        # value of the other group, in order.
        emails=("zoe.muller@erfgoed.example", "zoe@example.org", "zoe.m@example.net"),
        phones=("+31 20 555 0101", "+31 6 1234 5678"),
        linkedin_url="https://www.linkedin.com/in/zoe-muller-4a1b2c",
        tags=("Museum people",),
        notes="Met at the archive open day.\nAsk about the digitisation project, 2025.",
    )
    assert (wang.first_name, wang.last_name) == ("芳", "王")
    assert wang.organisation == "Museum of Things, Ltd."
    # A LinkedIn profile among the websites is the LinkedIn URL; others are links.
    assert wang.linkedin_url == "https://www.linkedin.com/in/wangfang"
    assert wang.links == ("https://things.example/staff/wang",)
    assert wang.tags == ()  # only system groups
    # Only the whole name: the first word is the first name.
    assert (pieter.first_name, pieter.last_name) == ("Pieter", "de Vries")
    assert pieter.tags == ("Volunteers",)
    assert noor.phones == ("020 555 0199", "+31 20 555 0198")
    # A LinkedIn company page is no profile.
    assert noor.linkedin_url == ""
    assert noor.links == (
        "https://noor.example",
        "https://www.linkedin.com/company/recruit-example",
    )
    assert noor.tags == ("Recruiters",)


def test_current_export_in_utf8() -> None:
    raw = (SAMPLES / "current.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")

    result = read_google_csv(SAMPLES / "current.csv", name="contacts.csv")

    assert result.file == "contacts.csv"
    assert result.encoding == "utf-8"
    assert result.problems == ()
    # Daan's formatted address spans lines 2-4; line 6 is a row of commas.
    assert [row for row, _ in result.records] == [2, 5, 7, 8]
    daan, jose, lee, mei = drafts(result)
    assert daan == ContactDraft(
        first_name="Daan",
        last_name="van Leeuwen",
        organisation="Stadsarchief",
        position="Archivist",
        emails=("daan@stadsarchief.example", "daan.vl@example.nl"),
        phones=("+31 6 8765 4321",),
        linkedin_url="https://www.linkedin.com/in/daanvanleeuwen",
        tags=("Archives",),
    )
    assert jose.position == "Analyst, Risk"
    assert jose.notes == 'Said "call me in March".'
    assert jose.phones == ("+34 600 000 000", "+34 600 000 001", "+34 91 000 0000")
    assert jose.tags == ("Finance", "Madrid")
    assert lee.tags == ()
    assert mei.last_name == ""
    assert mei.links == ("mei.example/portfolio",)


def test_samples_are_valid_contacts_once_normalised() -> None:
    for name in ("legacy.csv", "current.csv"):
        for _, draft in read_google_csv(SAMPLES / name).records:
            assert validate_contact(normalise_contact(draft)) == []


def test_columns_are_found_by_name_in_any_order_case_and_spacing() -> None:
    result = read_lines(
        "ops@example.org,* Work,Ada,Lovelace",
        header="e-mail 1 - VALUE,E-Mail 1 -  Label,first name,LAST NAME,Labels",
    )

    (draft,) = drafts(result)
    assert (draft.first_name, draft.last_name, draft.emails) == (
        "Ada",
        "Lovelace",
        ("ops@example.org",),
    )


def test_any_number_of_groups_primary_group_first() -> None:
    header = ",".join(
        ["First Name", "Last Name", "Labels"]
        + [f"E-mail {n} - {part}" for n in range(1, 13) for part in ("Label", "Value")]
    )
    cells = []
    for n in range(1, 13):
        cells += ["* Work" if n == 11 else "Other", f"p{n}@example.org"]
    result = read_lines(",".join(["Ada", "Byron", "", *cells]), header=header)

    (draft,) = drafts(result)
    assert draft.emails[0] == "p11@example.org"
    # Group 10 sorts after 9 by number, not by text.
    assert draft.emails[1:] == tuple(f"p{n}@example.org" for n in (*range(1, 11), 12))


def test_system_groups_are_not_tags() -> None:
    result = read_lines(
        'Ada,,Byron,"* myContacts ::: * starred ::: starred ::: myContacts ::: * Friends",,,,,,,,,',
    )
    assert drafts(result)[0].tags == ("Friends",)


def test_blank_and_comma_only_rows_are_skipped() -> None:
    result = read_lines("", "Ada,,Byron,,,,,,,,,,", ",,,,,,,,,,,,", "   ", "Bo,,Chen,,,,,,,,,,")
    assert [row for row, _ in result.records] == [3, 6]


# -- problems by row -------------------------------------------------------------


def test_row_with_more_cells_than_the_header_is_a_problem() -> None:
    result = read_lines("Ada,,Byron,,,,,,,,,,,surplus", "Bo,,Chen,,,,,,,,,,,,")

    assert result.problems == (ImportProblem("g.csv", 2, "", ImportCode.EXTRA_CELLS, "surplus"),)
    # Empty cells past the header harm nothing.
    assert [row for row, _ in result.records] == [3]
    assert result.skipped_rows == (2,)


def test_absurdly_long_values_are_problems_with_row_and_field() -> None:
    long_title = "Head " * 100
    long_email = "a" * 400 + "@example.org"
    result = read_lines(
        f"Ada,,Byron,,Work,{long_email},,,Acme,{long_title},,,",
        "Bo,,Chen,,,,,,,,,,",
    )

    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "position", ImportCode.TOO_LONG),
        (2, "emails", ImportCode.TOO_LONG),
    ]
    assert result.problems[0].value.endswith("…")
    assert len(result.problems[0].value) == 81
    assert [row for row, _ in result.records] == [3]


def test_notes_are_checked_against_the_notes_limit() -> None:
    notes = "word " * 24_000  # 120,000 characters: within the csv module's 128 KiB limit
    result = read_lines(f'Ada,,Byron,,,,,,,,"{notes}",,')
    assert [(p.field, p.code) for p in result.problems] == [("notes", ImportCode.TOO_LONG)]


def test_values_validation_refuses_move_into_the_notes() -> None:
    result = read_lines(
        "Ada,,Byron,,Work,not-an-address ::: ada@example.org,"
        "Mobile,1-800-FLOWERS ::: +31 20 555 0100,"
        ',,"Met at the archive.",Blog,not a site'
    )
    (draft,) = drafts(result)
    assert result.problems == ()
    assert draft.emails == ("ada@example.org",)
    assert draft.phones == ("+31 20 555 0100",)
    assert draft.links == ()
    assert draft.notes == (
        "Met at the archive.\n\n"
        "Email (as written in the file): not-an-address\n"
        "Phone (as written in the file): 1-800-FLOWERS\n"
        "Web address (as written in the file): not a site"
    )
    assert validate_contact(normalise_contact(draft)) == []


def test_a_row_with_an_odd_phone_imports_with_its_emails(workspace: Workspace) -> None:
    plan = workspace.importing.plan(read_lines("Ada,,Byron,,Work,ada@example.org,,+49 1,,,,,"))
    (row,) = plan.rows
    assert row.action is PlanAction.NEW
    assert row.draft.emails == ("ada@example.org",)
    assert row.draft.phones == ()
    assert row.draft.notes == "Phone (as written in the file): +49 1"


def test_multi_line_notes_are_kept() -> None:
    result = read_lines(
        'Ada,,Byron,,,,,,,,"First line,\r\nsecond ""quoted"" line",,', "Bo,,Chen,,,,,,,,,,"
    )
    assert [row for row, _ in result.records] == [2, 4]
    assert drafts(result)[0].notes == 'First line,\r\nsecond "quoted" line'


def test_a_utf8_file_with_a_latin1_row_is_read_line_by_line() -> None:
    data = (CURRENT_HEADER + "\r\nJürgen,,Müller,,,,,,,,,,\r\n").encode() + (
        "Zoë,,Roe,,,,,,,,,,\r\n".encode("latin-1")
    )
    result = read_google_csv(data)
    assert result.encoding == "utf-8 and cp1252"
    assert [(d.first_name, d.last_name) for d in drafts(result)] == [
        ("Jürgen", "Müller"),
        ("Zoë", "Roe"),
    ]


# -- files refused ---------------------------------------------------------------


def test_linkedin_export_is_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_google_csv(DATA / "linkedin" / "current.csv")
    assert caught.value.problem is ImportFileProblem.WRONG_FORMAT
    assert caught.value.format_name == "google"


def test_header_without_rows_is_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_google_csv((CURRENT_HEADER + "\r\n,,,,\r\n\r\n").encode())
    assert caught.value.problem is ImportFileProblem.NO_ROWS


def test_an_unclosed_quote_in_a_small_file_is_malformed_with_its_line() -> None:
    body = 'Ada,,Byron,,,,,,,,"Notes that never end\r\nBo,,Chen,,,,,,,,,,\r\nCy,,Dee,,,,,,,,,,\r\n'
    with pytest.raises(ImportFileError) as caught:
        read_google_csv((CURRENT_HEADER + "\r\n" + body).encode(), name="g.csv")
    assert caught.value.problem is ImportFileProblem.MALFORMED
    assert caught.value.row == 2
    assert str(caught.value).startswith("g.csv, line 2")


def test_unclosed_quote_is_malformed_with_its_line() -> None:
    body = "Ada,,Byron,,,,,,,,,,\r\n" + 'Bo,,"Chen' + "x" * 140_000
    with pytest.raises(ImportFileError) as caught:
        read_google_csv((CURRENT_HEADER + "\r\n" + body).encode())
    assert caught.value.problem is ImportFileProblem.MALFORMED
    assert caught.value.row == 3


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ImportFileProblem.EMPTY),
        (b"\x00\x01\x02PK", ImportFileProblem.BINARY),
        (b"just some text\n", ImportFileProblem.WRONG_FORMAT),
    ],
)
def test_broken_files(data: bytes, problem: ImportFileProblem) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_google_csv(data, name="broken.csv")
    assert caught.value.problem is problem
    assert caught.value.file == "broken.csv"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_google_csv(tmp_path / "nowhere.csv")
    assert caught.value.problem is ImportFileProblem.MISSING


# -- detection ---------------------------------------------------------------------


def sample_text(path: Path) -> str:
    return linkedin_csv.decode(path.read_bytes(), path.name)[0][:65536]


@pytest.mark.parametrize("name", ["legacy.csv", "current.csv"])
def test_google_files_look_like_google(name: str) -> None:
    assert looks_like(sample_text(SAMPLES / name))


@pytest.mark.parametrize(
    "path", sorted((DATA / "linkedin").glob("*.csv")), ids=lambda p: f"linkedin/{p.name}"
)
def test_linkedin_files_do_not_look_like_google(path: Path) -> None:
    assert not looks_like(sample_text(path))


def test_looks_like_needs_a_header_not_just_names() -> None:
    assert not looks_like("First Name,Last Name\r\nAda,Byron\r\n")
    assert not looks_like("")
    assert not looks_like('"unclosed')
    assert looks_like("\r\n" + CURRENT_HEADER)


# -- robustness ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_arbitrary_bytes_raise_only_import_file_errors(data: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        read_google_csv(data)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=16), st.text(max_size=100))
def test_arbitrary_rows_under_a_real_header(cells: list[str], tail: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow(cells)
    data = (CURRENT_HEADER + "\r\n" + buffer.getvalue() + tail).encode()
    try:
        result = read_google_csv(data)
    except ImportFileError:
        return
    assert all(isinstance(draft, ContactDraft) for _, draft in result.records)

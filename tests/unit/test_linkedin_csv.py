"""LinkedIn Connections.csv in every layout: the samples in tests/data/linkedin
are invented people written in each layout's exact bytes (BOM, CRLF, cp1252)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import normalise_contact, validate_contact
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.interchange.linkedin_csv import (
    LinkedInConnection,
    normalise_linkedin_url,
    parse_connection_date,
    read_linkedin_csv,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "linkedin"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def sample(name: str) -> Path:
    return SAMPLES / name


def read_text(text: str, name: str = "c.csv"):
    return read_linkedin_csv(text.encode("utf-8"), name=name)


def make_connections_csv(rows: int) -> bytes:
    """A current-layout export of ``rows`` invented connections, with the
    preamble, quoted companies, non-ASCII names and ten years of dates."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    firsts = ("Zoë", "Daan", "Mei", "王", "محمد", "Anna", "Pieter", "Noor", "José", "Lee")
    lasts = ("Müller", "van Leeuwen", "Ng", "芳", "الحسن", "Kowalska", "de Vries", "Visser")
    companies = ("Acme", '"Museum of Things, Ltd."', "Stadsarchief", "", "Société Générale")
    lines = ["Notes:", '"Some addresses are missing, see https://www.linkedin.com/."', "", HEADER]
    for i in range(rows):
        first = firsts[i % len(firsts)]
        last = lasts[i % len(lasts)]
        email = f"person{i}@example.org" if i % 3 else ""
        company = companies[i % len(companies)]
        day = f"{i % 28 + 1:02d} {months[i % 12]} {2015 + i % 10}"
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/person-{i},{email},{company},"
            f"Position {i % 50},{day}"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- the three layouts ---------------------------------------------------------


def test_current_export_with_notes_preamble() -> None:
    result = read_linkedin_csv(sample("current.csv"))

    assert result.encoding == "utf-8"
    assert result.header_row == 4
    assert result.file == str(sample("current.csv"))
    assert [c.row_number for c in result.connections] == [5, 6, 7, 9]
    zoe, wang, mohammed, daan = result.connections
    assert zoe == LinkedInConnection(
        row_number=5,
        first_name="Zoë",
        last_name="Müller",
        linkedin_url="https://www.linkedin.com/in/zoe-muller-4a1b2c",
        email="",
        company="Stichting Erfgoed",
        position="Curator",
        connected_on=date(2024, 10, 9),
    )
    assert (wang.first_name, wang.last_name) == ("王", "芳")
    assert wang.company == "Museum of Things, Ltd."
    assert wang.linkedin_url == "https://www.linkedin.com/in/%E7%8E%8B%E8%8A%B3"
    # A quoted position over two lines: the record starts on line 7, the next
    # on 9; the position is joined into one line.
    assert mohammed.row_number == 7
    assert mohammed.position == "Head of Collections, Digital"
    # Trailing and leading spaces trimmed; the profile link made canonical.
    assert daan.first_name == "Daan"
    assert daan.last_name == "van Leeuwen"
    assert daan.email == "daan@example.nl"
    assert daan.company == "Stadsarchief"
    assert daan.linkedin_url == "https://www.linkedin.com/in/daanvanleeuwen"
    # The comma-only row on line 10 is neither a connection nor a problem.
    assert result.blank_rows == 1
    file = str(sample("current.csv"))
    assert result.problems == (
        # Each problem says whose row it is, as far as the row tells.
        ImportProblem(
            file, 11, "connected_on", ImportCode.INVALID_DATE, "31 Feb 2022", "Ines Ortega"
        ),
        ImportProblem(file, 12, "first_name", ImportCode.REQUIRED, "", ""),
    )
    assert result.skipped_rows == (11, 12)


def test_2018_export_without_url_column() -> None:
    result = read_linkedin_csv(sample("legacy_2018.csv"))

    assert result.header_row == 1
    assert "linkedin_url" not in result.columns
    pieter, anna = result.connections
    assert pieter.row_number == 2
    assert pieter.email == ""  # urn:li:member:… means the member hides the address
    assert pieter.linkedin_url == ""
    assert pieter.connected_on == date(2018, 1, 8)
    assert anna.company == "Kowalska, Nowak & Partners"
    assert anna.connected_on == date(2017, 12, 24)
    assert [(p.row, p.field, p.code, p.value) for p in result.problems] == [
        (4, "connected_on", ImportCode.INVALID_DATE, "13/25/17, 10:00 AM"),
        (5, "email", ImportCode.INVALID_EMAIL, "not-an-address"),
    ]


def test_spreadsheet_resave_with_bom_crlf_and_reordered_columns() -> None:
    raw = sample("spreadsheet.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw

    result = read_linkedin_csv(raw, name="Connections (1).csv")

    assert result.file == "Connections (1).csv"
    assert result.columns["first_name"] == "First Name"  # no BOM stuck to the title
    assert result.columns["connected_on"] == "Connected On"
    lee, mei, noor = result.connections
    assert (lee.row_number, lee.first_name, lee.last_name) == (2, "Lee", "Smith")
    assert lee.company == "Acme"
    assert lee.position == "Engineer"
    assert lee.email == "lee@example.com"
    assert lee.linkedin_url == "https://www.linkedin.com/in/lee-smith"
    assert lee.connected_on == date(2022, 2, 7)
    assert mei.row_number == 5  # after a row of commas (3) and an empty line (4)
    assert mei.company == 'Quote "Best" Co'
    assert mei.linkedin_url == "https://www.linkedin.com/in/mei-ng"
    assert mei.connected_on == date(2019, 8, 15)
    assert noor.connected_on == date(2021, 3, 1)
    assert result.blank_rows == 3
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (7, "connected_on", ImportCode.INVALID_DATE)
    ]


def test_cp1252_file_is_decoded_as_windows_1252() -> None:
    raw = sample("cp1252.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")

    result = read_linkedin_csv(raw)

    assert result.encoding == "cp1252"
    zoe, jose = result.connections
    assert (zoe.first_name, zoe.last_name, zoe.company) == ("Zoë", "Müller", "Société Générale")
    assert (jose.first_name, jose.last_name) == ("José", "Núñez")
    assert jose.company == "“Café” Coöperatie"
    assert jose.position == "Barista € 5"
    assert jose.connected_on == date(2018, 11, 30)


def test_a_latin1_line_in_a_utf8_file_leaves_the_utf8_lines_intact() -> None:
    data = (f"{HEADER}\nJürgen,Müller,,,Acme,,09 Oct 2024\n").encode() + (
        "Zoë,Roe,,,Acme,,09 Oct 2024\n".encode("latin-1")
    )
    result = read_linkedin_csv(data)
    assert result.encoding == "utf-8 and cp1252"
    assert [(c.first_name, c.last_name) for c in result.connections] == [
        ("Jürgen", "Müller"),
        ("Zoë", "Roe"),
    ]


def test_utf16_with_bom_is_read() -> None:
    text = f"{HEADER}\nZoë,Müller,,,,,09 Oct 2024\n"
    result = read_linkedin_csv(text.encode("utf-16"))
    assert result.encoding == "utf-16"
    assert result.connections[0].first_name == "Zoë"


def test_header_found_by_name_ignoring_case_and_spacing() -> None:
    text = (
        "Exported by a spreadsheet\n"
        "connected  on , POSITION,first_name,Last name ,e-mail address\n"
        "09 Oct 2024,Curator,Zoë,Müller,zoe@example.de\n"
    )
    result = read_text(text)
    assert result.header_row == 2
    (zoe,) = result.connections
    assert (zoe.row_number, zoe.first_name, zoe.position) == (3, "Zoë", "Curator")
    assert zoe.connected_on == date(2024, 10, 9)


def test_short_rows_are_padded_and_extra_cells_reported() -> None:
    text = (
        f"{HEADER}\n"
        "Zoë,Müller,,,Acme\n"  # fewer cells than the header: the rest is empty
        "Lee,Smith,,,Acme,Engineer,09 Oct 2024,,\n"  # empty extra cells are fine
        "Mei,Ng,,,Smith, Jones & Co,Analyst,09 Oct 2024\n"  # an unquoted comma
    )
    result = read_text(text)
    assert [(c.row_number, c.connected_on) for c in result.connections] == [
        (2, None),
        (3, date(2024, 10, 9)),
    ]
    assert [(p.row, p.code, p.value) for p in result.problems] == [
        (4, ImportCode.EXTRA_CELLS, "09 Oct 2024")
    ]


def test_every_bad_field_of_a_row_is_reported() -> None:
    long_company = "x" * 301
    text = f"{HEADER}\n,,https://example.org/in/someone,a@b,{long_company},,yesterday\n"
    result = read_text(text)
    assert result.connections == ()
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "first_name", ImportCode.REQUIRED),
        (2, "company", ImportCode.TOO_LONG),
        (2, "linkedin_url", ImportCode.INVALID_LINKEDIN_URL),
        (2, "email", ImportCode.INVALID_EMAIL),
        (2, "connected_on", ImportCode.INVALID_DATE),
    ]
    assert len(result.problems[1].value) < 100  # kept short for the preview
    assert result.skipped_rows == (2,)


def test_a_long_profile_link_or_email_is_too_long() -> None:
    url = "https://www.linkedin.com/in/" + "x" * 100_000
    email = "a" * 100_000 + "@example.org"
    text = f"{HEADER}\nZoë,Müller,{url},,,,\nLee,Smith,,{email},,,\nMei,Ng,,,,,\n"
    result = read_text(text)
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (2, "linkedin_url", ImportCode.TOO_LONG),
        (3, "email", ImportCode.TOO_LONG),
    ]
    assert all(len(p.value) <= 81 for p in result.problems)
    assert [c.row_number for c in result.connections] == [4]


def test_a_profile_link_made_too_long_by_percent_encoding_is_too_long() -> None:
    url = "https://www.linkedin.com/in/" + "ü" * 100  # 128 characters, 628 encoded
    result = read_text(f"{HEADER}\nZoë,Müller,{url},,,,\n")
    assert [(p.field, p.code) for p in result.problems] == [("linkedin_url", ImportCode.TOO_LONG)]


def test_connection_becomes_a_valid_contact_draft() -> None:
    result = read_linkedin_csv(sample("current.csv"))
    for connection in result.connections:
        draft = connection.to_draft()
        assert draft.first_met == connection.connected_on
        assert draft.organisation == connection.company
        assert normalise_contact(draft) == draft
        assert validate_contact(draft) == []
    assert result.connections[1].to_draft().emails == ("wang.fang@example.cn",)
    assert result.connections[0].to_draft().emails == ()


# -- dates and links -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09 Oct 2024", date(2024, 10, 9)),  # current export
        ("9 October 2024", date(2024, 10, 9)),
        ("1 Sept 2023", date(2023, 9, 1)),
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),  # 2018 export: month first
        ("12/24/17, 9:03 AM", date(2017, 12, 24)),
        ("24/12/17, 21:03", date(2017, 12, 24)),  # day first when it cannot be a month
        ("3/4/2016", date(2016, 3, 4)),
        ("7-Feb-22", date(2022, 2, 7)),  # spreadsheet re-save
        ("07-feb-2022", date(2022, 2, 7)),
        ("2022-02-07", date(2022, 2, 7)),
        ("2022-02-07 10:00:00", date(2022, 2, 7)),
        ("Oct 9, 2024", date(2024, 10, 9)),
        ("  09 Oct 2024  ", date(2024, 10, 9)),
        ("1-Jan-99", date(1999, 1, 1)),
    ],
)
def test_connection_date_formats(text: str, expected: date) -> None:
    assert parse_connection_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "31 Feb 2022", "13/25/17", "09 Foo 2024", "Feb 2022", "2024", "0/0/00"],
)
def test_unreadable_connection_dates(text: str) -> None:
    assert parse_connection_date(text) is None


def test_dates_are_read_without_strptime(monkeypatch: pytest.MonkeyPatch) -> None:
    # strptime's %b follows the process locale, which Qt sets from the
    # desktop's: under a German one, "Oct" would not be read.
    import _strptime

    def refuse(*_: object) -> None:
        raise AssertionError("strptime is locale-dependent")

    monkeypatch.setattr(_strptime, "_strptime_datetime", refuse)
    monkeypatch.setattr(_strptime, "_strptime", refuse)
    assert parse_connection_date("09 Oct 2024") == date(2024, 10, 9)
    assert parse_connection_date("7-May-22") == date(2022, 5, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.linkedin.com/in/zoe-muller", "https://www.linkedin.com/in/zoe-muller"),
        ("http://linkedin.com/in/Zoe-Muller/", "https://www.linkedin.com/in/zoe-muller"),
        ("www.linkedin.com/in/zoe-muller", "https://www.linkedin.com/in/zoe-muller"),
        ("https://nl.linkedin.com/in/zoe-muller?trk=x", "https://www.linkedin.com/in/zoe-muller"),
        ("https://www.linkedin.com/in/zo%c3%ab", "https://www.linkedin.com/in/zo%C3%AB"),
        ("https://www.linkedin.com/in/zoë", "https://www.linkedin.com/in/zo%C3%AB"),
        ("https://www.linkedin.com/pub/zoe/1/2/3", "https://www.linkedin.com/pub/zoe/1/2/3"),
        ("", ""),
        ("https://example.org/in/zoe", None),
        ("not a link", None),
    ],
)
def test_linkedin_url_normalised(text: str, expected: str | None) -> None:
    assert normalise_linkedin_url(text) == expected


# -- files that are refused ----------------------------------------------------


def test_not_a_linkedin_export_names_the_file() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_linkedin_csv(sample("outlook.csv"))
    assert caught.value.problem is ImportFileProblem.WRONG_FORMAT
    assert caught.value.format_name == "linkedin"
    assert caught.value.file == str(sample("outlook.csv"))
    assert "outlook.csv" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ImportFileProblem.EMPTY),
        (b" \r\n\n", ImportFileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ImportFileProblem.BINARY),
        (
            b"First Name,Last Name,Connected On\n\x81\x8d,x,1 Jan 2020\n",
            ImportFileProblem.UNDECODABLE,
        ),
        (HEADER.encode() + b"\n", ImportFileProblem.NO_ROWS),
        (HEADER.encode() + b"\n,,,,,,\n\n", ImportFileProblem.NO_ROWS),
        (b"hello world\n", ImportFileProblem.WRONG_FORMAT),
        (HEADER.encode() + b'\nZo,"' + b"x" * 200_000 + b"\n", ImportFileProblem.MALFORMED),
    ],
)
def test_refused_files(data: bytes, problem: ImportFileProblem) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_linkedin_csv(data, name="Connections.csv")
    assert caught.value.problem is problem
    assert caught.value.file == "Connections.csv"
    assert str(caught.value).startswith("Connections.csv")


def test_malformed_file_names_the_line() -> None:
    data = HEADER.encode() + b'\nZo,Ng,,,,,1 Jan 2020\nMei,"' + b"x" * 200_000
    with pytest.raises(ImportFileError) as caught:
        read_linkedin_csv(data, name="big.csv")
    assert caught.value.row == 3


def test_an_unclosed_quote_refuses_the_file_naming_its_line() -> None:
    text = (
        f"{HEADER}\nZoë,Müller,,,,,09 Oct 2024\n"
        'A,"B,,,,,09 Oct 2024\nC,D,,,,,09 Oct 2024\nE,F,,,,,09 Oct 2024\n'
    )
    with pytest.raises(ImportFileError) as caught:
        read_text(text, name="Connections.csv")
    assert caught.value.problem is ImportFileProblem.MALFORMED
    assert caught.value.row == 3
    assert str(caught.value).startswith("Connections.csv, line 3")


def test_an_unclosed_quote_on_the_last_line_without_a_line_end() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_text(f'{HEADER}\nZoë,Müller,,,,,09 Oct 2024\nA,"B,,,,,')
    assert (caught.value.problem, caught.value.row) == (ImportFileProblem.MALFORMED, 3)


def test_a_quote_closed_rows_later_is_a_line_break_problem_of_its_row() -> None:
    text = (
        f"{HEADER}\n"
        'A,"B,,,,,09 Oct 2024\nC",D,,,,09 Oct 2024\n'  # lines 2-3: rows run together
        "Zoë,Müller,,,,,09 Oct 2024\n"
        '"Mei\r\nNg",Lee,,,"Acme\nLtd",,09 Oct 2024\n'
    )
    result = read_text(text)
    assert [(p.row, p.field, p.code, p.value) for p in result.problems] == [
        (2, "last_name", ImportCode.LINE_BREAK, "B,,,,,09 Oct 2024 C"),
        (5, "first_name", ImportCode.LINE_BREAK, "Mei Ng"),
    ]
    assert [c.row_number for c in result.connections] == [4]


def test_a_quoted_comma_and_doubled_quotes_still_read() -> None:
    result = read_text(f'{HEADER}\nZoë,Müller,,,"Acme, ""the best"" Ltd",,09 Oct 2024\n')
    (zoe,) = result.connections
    assert zoe.company == 'Acme, "the best" Ltd'


def test_header_only_searched_near_the_top() -> None:
    text = "\n".join(["x,y"] * 60 + [HEADER, "Zoë,Müller,,,,,09 Oct 2024"])
    with pytest.raises(ImportFileError) as caught:
        read_text(text)
    assert caught.value.problem is ImportFileProblem.WRONG_FORMAT


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as missing:
        read_linkedin_csv(tmp_path / "nope.csv")
    assert missing.value.problem is ImportFileProblem.MISSING
    assert "nope.csv" in str(missing.value)
    with pytest.raises(ImportFileError) as directory:
        read_linkedin_csv(tmp_path)
    assert directory.value.problem is ImportFileProblem.IS_DIRECTORY


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: (HEADER + "\n" + t).encode()))
def test_no_input_crashes_the_reader(data: bytes) -> None:
    try:
        result = read_linkedin_csv(data)
    except ImportFileError:
        return
    rows = {c.row_number for c in result.connections}
    assert rows.isdisjoint(result.skipped_rows)


# -- a large file ----------------------------------------------------------------
# Its speed is measured by the benchmark suite (issue 9), never asserted here.


def test_a_large_generated_file_is_read_whole() -> None:
    rows = 20_000
    result = read_linkedin_csv(make_connections_csv(rows))
    assert len(result.connections) == rows
    assert result.problems == ()
    assert result.connections[-1].row_number == rows + 4
    assert result.connections[1].company == "Museum of Things, Ltd."

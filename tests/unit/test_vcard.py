"""vCard import and export. The samples in tests/data/vcard are invented people
written byte for byte by tests/data/vcard/make_samples.py (quoted-printable soft
breaks, ISO-8859-1 and windows-1252 bytes, CRLF and LF mixed)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import (
    Contact,
    ContactDraft,
    Relevance,
    normalise_contact,
    validate_contact,
)
from netdesk.domain.errors import ErrorCode
from netdesk.domain.import_plan import PlanAction
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.kept_values import keep_in_notes
from netdesk.interchange.vcard import FORMAT, looks_like, read_vcard, write_vcard
from netdesk.interchange.vcard_syntax import (
    ContentLine,
    escape_text,
    fold,
    parse_content_line,
    split_escaped,
    unescape,
)
from netdesk.services.workspace import Workspace

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "vcard"
GOOD_SAMPLES = ("v21_quoted_printable.vcf", "v30_apple.vcf", "v40.vcf", "latin1_v21.vcf")
ALL_SAMPLES = (*GOOD_SAMPLES, "malformed.vcf")


def sample(name: str) -> Path:
    return SAMPLES / name


def read_text(text: str, name: str = "c.vcf") -> ContactFile:
    return read_vcard(text.encode("utf-8"), name=name)


def card(*lines: str) -> str:
    return "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""))


def drafts(result: ContactFile) -> list[ContactDraft]:
    return [draft for _, draft in result.records]


def contact_from(draft: ContactDraft, number: int = 1) -> Contact:
    """A saved contact holding the draft's fields, as the store would give it."""
    fields = {f.name: getattr(draft, f.name) for f in dataclasses.fields(ContactDraft)}
    organisation = fields.pop("organisation")
    return Contact(
        id=number,
        uuid=str(uuid.UUID(int=number)),
        organisation_id=number if organisation else None,
        organisation_name=organisation,
        met_through_name="",
        created_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        updated_at=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        **fields,
    )


ZOE = ContactDraft(
    first_name="Zoë",
    last_name="Müller",
    organisation="Museum of Things, Ltd.",
    position="Curator; digital",
    emails=("zoe@example.nl", "z.muller@museum.example"),
    phones=("+31 6 1234 5678",),
    linkedin_url="https://www.linkedin.com/in/zoe-muller",
    links=("https://zoe.example/blog",),
    how_met="ICOM dinner, Leiden",
    first_met=date(2024, 10, 9),
    relevance=Relevance.HIGH,
    tags=("museum", "alumni, Leiden"),
    notes="Ask about the archive role.\nShe leads the digitisation project \u2013 all 3 phases"
    " \u2013 and wants a C:\\ path fixed.",
    cadence_days=90,
)


# -- version 2.1 -----------------------------------------------------------------


def test_v21_quoted_printable_soft_breaks_and_charsets() -> None:
    result = read_vcard(sample("v21_quoted_printable.vcf"))

    assert result.format_name == FORMAT == "vcard"
    assert result.encoding == "utf-8"
    assert result.checked is False
    assert result.problems == ()
    assert [row for row, _ in result.records] == [1, 14, 23, 30]
    zoe, daan, jose, mei = drafts(result)
    assert zoe == ContactDraft(
        first_name="Zoë",
        last_name="Müller",
        organisation="Stichting Erfgoed",  # the first ORG component only
        position="Curator",
        emails=("zoe@example.nl",),
        phones=("+31 6 1234 5678", "+31 20 555 0100"),  # TEL;CELL;HOME and TEL;WORK;VOICE
        linkedin_url="https://www.linkedin.com/in/zoe-muller-4a1b2c",
        # =0D=0A is a line break; "a=" + "bout" a soft break inside a word.
        notes="Met at the Erfgoed congres, Leiden.\n"
        "Ask about the digitisation project \u2013 she leads it.",
    )
    assert (daan.first_name, daan.last_name) == ("Daan", "van Leeuwen")
    assert daan.emails == ("daan@example.nl", "d.vanleeuwen@stadsarchief.example")
    # Bare QUOTED-PRINTABLE, no charset: UTF-8; the space after a soft break is text.
    assert daan.notes == "Café owner's brother; works at the archive"
    # CHARSET=windows-1252: curly quotes and the euro sign.
    assert (jose.first_name, jose.last_name) == ("José", "Núñez")
    assert jose.organisation == "“Café” Coöperatie"
    assert jose.position == "Barista € 5"
    assert jose.phones == ("+34 91 555 01 99",)
    # An unindented base64 photo is skipped; 2.1 unfolding keeps the space.
    assert (mei.first_name, mei.position) == ("Mei", "Senior analyst, markets")
    assert mei.notes == "Two lines folded by Outlook, which keeps the space."


def test_latin1_file_with_a_charset_per_property() -> None:
    raw = sample("latin1_v21.vcf").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")

    result = read_vcard(raw, name="nokia.vcf")

    assert result.file == "nokia.vcf"
    assert result.encoding == "cp1252"
    assert result.problems == ()
    soren, francoise, jurgen = drafts(result)
    assert (soren.first_name, soren.last_name) == ("Søren", "Ødegaard")
    assert soren.organisation == "Københavns Museum"
    assert (francoise.first_name, francoise.last_name) == ("Françoise", "Lefèvre")
    assert francoise.notes == "Rencontrée à Paris"
    assert (jurgen.first_name, jurgen.last_name) == ("Jürgen", "Groß")


def test_a_utf8_card_in_a_latin1_file_is_read_by_its_own_charset() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;Zo\xeb\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:M\xc3\xbcller;Zo\xc3\xab\r\nEND:VCARD\r\n"
    )
    result = read_vcard(data)
    assert result.encoding == "utf-8 and cp1252"
    assert [(d.first_name, d.last_name) for d in drafts(result)] == [("Zoë", "Müller")] * 2


def test_a_utf8_card_and_a_latin1_card_without_charsets_are_both_read_right() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen\r\nNOTE:Grüße aus Köln\r\nEND:VCARD\r\n"
    ).encode() + (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Zoë\r\nORG:Société Générale\r\nEND:VCARD\r\n"
    ).encode("latin-1")
    result = read_vcard(data)
    assert result.encoding == "utf-8 and cp1252"
    assert result.problems == ()
    jurgen, zoe = drafts(result)
    assert (jurgen.first_name, jurgen.last_name, jurgen.notes) == (
        "Jürgen",
        "Müller",
        "Grüße aus Köln",
    )
    assert (zoe.first_name, zoe.last_name, zoe.organisation) == ("Zoë", "Roe", "Société Générale")


def test_quoted_printable_in_a_file_of_both_encodings() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen\r\nEND:VCARD\r\n".encode()
        + "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Zoë\r\n".encode("latin-1")
        + b"NOTE;ENCODING=QUOTED-PRINTABLE:Caf=E9 \xe9\r\nEND:VCARD\r\n"
    )
    result = read_vcard(data)
    assert [(d.first_name, d.notes) for d in drafts(result)] == [("Jürgen", ""), ("Zoë", "Café é")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NOTE;ENCODING=QUOTED-PRINTABLE:Caf=E9", "Café"),  # not UTF-8: Windows-1252
        ("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9", "Café"),
        ("NOTE;QUOTED-PRINTABLE;CHARSET=utf-8:Caf=C3=A9 =3D ok", "Café = ok"),
        ("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:line=0Anext", "line\nnext"),
        ("NOTE;ENCODING=BASE64;CHARSET=UTF-8:Q2Fmw6k=", "Café"),
        ("NOTE;ENCODING=b:Q2Fmw6k=", "Café"),
    ],
)
def test_transfer_encodings_and_charsets(line: str, expected: str) -> None:
    (draft,) = drafts(read_text(card("N:Ng;Mei", line)))
    assert draft.notes == expected


@pytest.mark.parametrize(
    "line",
    [
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=klingon:Qapla=E9",  # no such charset
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=E9",  # not UTF-8
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=base64:Caf=E9",  # no text encoding
        "NOTE;ENCODING=QUOTED-PRINTABLE:=81=8D",  # neither UTF-8 nor Windows-1252
        "NOTE;ENCODING=BASE64:Q2Fmw6",  # cut short
    ],
)
def test_undecodable_value_is_a_problem_of_its_field(line: str) -> None:
    text = card("N:Lee;Smith") + card("N:Ng;Mei", line)
    result = read_text(text)
    assert [row for row, _ in result.records] == [1]
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (5, "notes", ImportCode.UNDECODABLE)
    ]


# -- version 3.0 -----------------------------------------------------------------


def test_v30_apple_groups_labels_escapes_and_folding() -> None:
    raw = sample("v30_apple.vcf").read_bytes()
    assert b"\r\n" in raw
    assert b"\n" in raw.replace(b"\r\n", b"")  # LF-only lines too

    result = read_vcard(raw)

    assert result.problems == ()
    assert [row for row, _ in result.records] == [1, 22, 34, 42]
    mei, anna, acme, pieter = drafts(result)
    assert mei == ContactDraft(
        first_name="Mei",
        last_name="Ng",
        organisation="Museum of Things, Ltd.",
        position="Head of Collections",
        emails=("mei.ng@museum.example", "mei@example.org"),
        phones=("+44 7700 900123",),
        # item1.URL labelled LinkedIn, with Apple's escaped colon.
        linkedin_url="https://www.linkedin.com/in/mei-ng",
        links=("https://museum.example/people/mei",),  # the x-apple: social handle is no link
        tags=("museum", "alumni, Leiden"),
        notes="Introduced by Lee at the ICOM dinner.\n"
        "Follow up: ask about the archive role; her old files are in C:\\archive.",
    )
    # Additional names join the first name; the prefix is dropped.
    assert (anna.first_name, anna.last_name) == ("Anna Maria", "Kowalska")
    assert anna.organisation == "Kowalska, Nowak & Partners"
    # An unlabelled profile without scheme, made canonical.
    assert anna.linkedin_url == "https://www.linkedin.com/in/anna-kowalska"
    assert anna.links == ()
    # A tab opens a folded line as a space does; one character is dropped.
    assert anna.notes == (
        "A very long note that Apple folds at seventy-five octets, here with a tab "
        "opening the continuation instead of a space."
    )
    # Apple's company card: FN is the company, not a person's name.
    assert (acme.first_name, acme.last_name, acme.organisation) == ("", "", "Acme")
    assert acme.phones == ("+1 555 0100",)
    # An empty N: the name comes from FN. A profile wins over a company page.
    assert (pieter.first_name, pieter.last_name) == ("Pieter", "de Vries")
    assert pieter.linkedin_url == "https://www.linkedin.com/in/pieter-de-vries"
    assert pieter.links == ("https://www.linkedin.com/company/de-vries-bäckerei",)


def test_full_name_split_when_n_is_missing() -> None:
    result = read_text(
        card("FN:Daan van Leeuwen") + card("FN:Müller\\, Zoë") + card("FN:王芳") + card("N:;;;;")
    )
    assert [(d.first_name, d.last_name) for d in drafts(result)] == [
        ("Daan", "van Leeuwen"),
        ("Zoë", "Müller"),
        ("王芳", ""),
        ("", ""),
    ]


def test_role_stands_in_for_a_missing_title() -> None:
    result = read_text(card("N:A;B", "ROLE:Chair") + card("N:A;B", "ROLE:Chair", "TITLE:CEO"))
    assert [d.position for d in drafts(result)] == ["Chair", "CEO"]


def test_every_note_and_category_is_kept() -> None:
    (draft,) = drafts(
        read_text(card("N:A;B", "NOTE:one", "NOTE:two", "CATEGORIES:a,b", "CATEGORIES:c"))
    )
    assert draft.notes == "one\n\ntwo"
    assert draft.tags == ("a", "b", "c")


def test_linkedin_url_of_a_card_from_elsewhere() -> None:
    result = read_text(
        # The first profile, not the first LinkedIn page.
        card(
            "N:A;B",
            "URL:https://www.linkedin.com/company/acme",
            "URL:https://nl.linkedin.com/in/Zoe/",
            "URL:https://www.linkedin.com/in/zoe",  # the same profile again: dropped
        )
        # Only a page: that is the LinkedIn address.
        + card("N:A;B", "URL:https://www.linkedin.com/company/acme")
        # Marked by type: it wins even when later.
        + card(
            "N:A;B",
            "URL:https://www.linkedin.com/in/first",
            "URL;TYPE=linkedin:https://www.linkedin.com/in/marked",
        )
    )
    first, page, marked = drafts(result)
    assert first.linkedin_url == "https://www.linkedin.com/in/zoe"
    assert first.links == ("https://www.linkedin.com/company/acme",)
    assert page.linkedin_url == "https://www.linkedin.com/company/acme"
    assert marked.linkedin_url == "https://www.linkedin.com/in/marked"
    assert marked.links == ("https://www.linkedin.com/in/first",)


# -- version 4.0 -----------------------------------------------------------------


def test_v40_type_lists_tel_uris_and_social_profile() -> None:
    result = read_vcard(sample("v40.vcf"))

    assert result.problems == ()
    assert [row for row, _ in result.records] == [1, 16, 24]
    lee, wang, noor = drafts(result)
    assert lee == ContactDraft(
        first_name="Lee",
        last_name="Smith",
        organisation="Acme",
        position="Engineer",
        emails=("lee.smith@acme.example",),
        phones=("+1-555-555-0100 ext. 12", "+1-555-555-0123"),
        linkedin_url="https://www.linkedin.com/in/lee-smith",
        links=("https://lee.example",),
        tags=("engineering", "former colleague"),
    )
    assert (wang.first_name, wang.last_name) == ("王芳", "")
    assert wang.position == "Researcher"
    assert wang.emails == ("wang.fang@example.cn",)  # mailto: dropped
    assert wang.phones == ("+86 10 5555 0100",)  # VALUE=text
    assert noor.how_met == "Alumni evening, 2019"
    assert noor.first_met == date(2019, 11, 14)
    assert noor.relevance is Relevance.HIGH
    assert noor.cadence_days == 90


@pytest.mark.parametrize("version", ["2.1", "3.0", "4.0"])
def test_a_tel_uri_is_a_phone_number_in_every_version(version: str) -> None:
    text = card("N:Ng;Mei", "TEL;TYPE=cell:tel:+15550100", "TEL:TEL:+31 20 555 0100;ext=12")
    (draft,) = drafts(read_text(text.replace("VERSION:3.0", f"VERSION:{version}")))
    assert draft.phones == ("+15550100", "+31 20 555 0100 ext. 12")
    assert validate_contact(normalise_contact(draft)) == []


def test_values_validation_refuses_move_into_the_notes() -> None:
    text = card(
        "N:Ng;Mei",
        "EMAIL:mei@example.org",
        "EMAIL:mei at example dot org",
        "TEL:1-800-FLOWERS",
        "TEL:+49 1",
        "TEL:+31 20 555 0100",
        "URL:https://mei.example",
        "URL:not a site",
        "NOTE:Met at the archive.",
    )
    result = read_text(text)
    assert result.problems == ()
    (draft,) = drafts(result)
    assert draft.emails == ("mei@example.org",)
    assert draft.phones == ("+31 20 555 0100",)
    assert draft.links == ("https://mei.example",)
    assert draft.notes == (
        "Met at the archive.\n\n"
        "Email (as written in the file): mei at example dot org\n"
        "Phone (as written in the file): 1-800-FLOWERS\n"
        "Phone (as written in the file): +49 1\n"
        "Web address (as written in the file): not a site"
    )
    assert validate_contact(normalise_contact(draft)) == []


def test_a_card_with_odd_values_imports(workspace: Workspace) -> None:
    result = read_text(card("N:Ng;Mei", "EMAIL:mei@example.org", "TEL:1-800-FLOWERS"))
    (row,) = workspace.importing.plan(result).rows
    assert row.action is PlanAction.NEW
    assert row.draft is not None
    assert row.draft.emails == ("mei@example.org",)
    assert row.draft.notes == "Phone (as written in the file): 1-800-FLOWERS"


def test_odd_values_stay_put_when_the_notes_would_grow_past_their_limit() -> None:
    notes = "n" * 99_990
    (draft,) = drafts(read_text(card("N:Ng;Mei", "TEL:1-800-FLOWERS", f"NOTE:{notes}")))
    assert draft.phones == ("1-800-FLOWERS",)  # the import names it as invalid
    assert draft.notes == notes


def test_sample_drafts_are_valid_contacts() -> None:
    for name in GOOD_SAMPLES:
        for _, draft in read_vcard(sample(name)).records:
            errors = validate_contact(normalise_contact(draft))
            if draft.organisation == "Acme" and not draft.first_name:
                assert [e.code for e in errors] == [ErrorCode.REQUIRED]  # a company card
            else:
                assert errors == [], (name, draft)


# -- broken cards and refused files ---------------------------------------------


def test_broken_cards_are_problems_and_the_rest_is_read() -> None:
    result = read_vcard(sample("malformed.vcf"), name="malformed.vcf")

    assert [row for row, _ in result.records] == [1, 25]
    lee, zoe = drafts(result)
    assert (lee.first_name, lee.emails) == ("Lee", ("lee@example.com",))
    assert (zoe.first_name, zoe.first_met) == ("Zoë", date(2024, 10, 9))
    assert [(p.row, p.field, p.code, p.value) for p in result.problems] == [
        (6, "card", ImportCode.MALFORMED_CARD, "this line is not a property"),
        (11, "notes", ImportCode.UNDECODABLE, "Qapla=E9"),
        (11, "relevance", ImportCode.INVALID_VALUE, "very"),
        (17, "position", ImportCode.TOO_LONG, "Director " * 8 + "Director…"),
        (22, "card", ImportCode.UNCLOSED_CARD, "BEGIN:VCARD"),
    ]
    assert result.skipped_rows == (6, 11, 17, 22)
    assert {row for row, _ in result.records}.isdisjoint(result.skipped_rows)


@pytest.mark.parametrize(
    ("line", "field", "code"),
    [
        ("X-NETDESK-FIRST-MET:9 Oct", "first_met", ImportCode.INVALID_DATE),
        ("X-NETDESK-RELEVANCE:7", "relevance", ImportCode.INVALID_VALUE),
        ("X-NETDESK-CADENCE-DAYS:weekly", "cadence_days", ImportCode.INVALID_VALUE),
        ("X-NETDESK-CADENCE-DAYS:" + "9" * 5000, "cadence_days", ImportCode.INVALID_VALUE),
        ("EMAIL:" + "a" * 300 + "@example.org", "emails", ImportCode.TOO_LONG),
        ("CATEGORIES:ok," + "t" * 301, "tags", ImportCode.TOO_LONG),
        ("NOTE:" + "n" * 100_001, "notes", ImportCode.TOO_LONG),
        ('TEL;VALUE=uri;TYPE="cell:+1', "card", ImportCode.MALFORMED_CARD),  # quote unclosed
        ("N;=x:A;B", "card", ImportCode.MALFORMED_CARD),
    ],
)
def test_unreadable_values(line: str, field: str, code: ImportCode) -> None:
    result = read_text(card("N:Ng;Mei", line))
    assert result.records == ()
    assert [(p.row, p.field, p.code) for p in result.problems] == [(1, field, code)]
    assert len(result.problems[0].value) <= 81


def test_a_long_name_of_white_space_is_not_too_long() -> None:
    (draft,) = drafts(read_text(card("N:Ng;Mei" + " " * 400)))
    assert draft.first_name == "Mei"


def test_a_line_built_to_make_regular_expressions_backtrack_is_one_problem() -> None:
    # vobject's line grammar takes seconds on 50 characters of this and
    # doubles with each ";a"; the reader here scans it once.
    result = read_text(card("N" + ";a" * 5000 + "=") + card("N:Ng;Mei"))
    assert [(p.row, p.code) for p in result.problems] == [(1, ImportCode.MALFORMED_CARD)]
    assert [row for row, _ in result.records] == [5]


def test_empty_cards_are_neither_records_nor_problems() -> None:
    result = read_text("BEGIN:VCARD\nEND:VCARD\n" + card("N:Ng;Mei") + card())
    assert [row for row, _ in result.records] == [3]
    assert result.problems == ()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ImportFileProblem.EMPTY),
        (b"\r\n \n", ImportFileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ImportFileProblem.BINARY),
        (b"hello world\n", ImportFileProblem.WRONG_FORMAT),
        (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
         ImportFileProblem.WRONG_FORMAT),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", ImportFileProblem.WRONG_FORMAT),
        (b"BEGIN:VCARD\r\nEND:VCARD\r\n", ImportFileProblem.NO_ROWS),
        (b"BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n\r\n", ImportFileProblem.NO_ROWS),
        (b"N:Ng;Mei\r\nEND:VCARD\r\n", ImportFileProblem.MALFORMED),  # cut at the start
        (b"VERSION:3.0\r\nN:Ng;Mei\r\n", ImportFileProblem.WRONG_FORMAT),
    ],
)  # fmt: skip
def test_refused_files(data: bytes, problem: ImportFileProblem) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_vcard(data, name="contacts.vcf")
    assert caught.value.problem is problem
    assert caught.value.file == "contacts.vcf"
    assert str(caught.value).startswith("contacts.vcf")


def test_malformed_file_names_the_line() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_text("\n\nFN:Mei Ng\nEND:VCARD\n")
    assert caught.value.row == 4
    assert caught.value.format_name == "vcard"


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as missing:
        read_vcard(tmp_path / "nope.vcf")
    assert missing.value.problem is ImportFileProblem.MISSING
    assert "nope.vcf" in str(missing.value)
    with pytest.raises(ImportFileError) as directory:
        read_vcard(tmp_path)
    assert directory.value.problem is ImportFileProblem.IS_DIRECTORY


def test_a_file_in_utf16_is_read() -> None:
    result = read_vcard(card("N:Müller;Zoë").encode("utf-16"))
    assert result.encoding == "utf-16"
    assert drafts(result)[0].first_name == "Zoë"


# -- format detection ------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_samples_look_like_vcards(name: str) -> None:
    text = sample(name).read_bytes().decode("cp1252")
    assert looks_like(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff\r\n  begin:vcard \r\nVERSION:3.0", True),
        ("BEGIN:VCARD", True),
        ("", False),
        ("BEGIN:VCALENDAR\r\n", False),
        ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", False),
        ("Notes:\nBEGIN:VCARD\n", False),
        ('"BEGIN:VCARD",x\n', False),
        ('{"format": "netdesk-backup"}', False),
    ],
)
def test_looks_like(text: str, expected: bool) -> None:
    assert looks_like(text) is expected


# -- the line grammar ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("FN:Mei Ng", ContentLine("", "FN", {}, "Mei Ng")),
        (
            "item1.URL;type=pref:https\\://x.example",
            ContentLine("item1", "URL", {"TYPE": ("pref",)}, "https\\://x.example"),
        ),
        (
            "TEL;CELL;HOME:+31 6",
            ContentLine("", "TEL", {"TYPE": ("CELL", "HOME")}, "+31 6"),
        ),
        (
            "NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:a=3Db:c",
            ContentLine(
                "", "NOTE", {"ENCODING": ("QUOTED-PRINTABLE",), "CHARSET": ("UTF-8",)}, "a=3Db:c"
            ),
        ),
        (
            'TEL;VALUE=uri;TYPE="work,voice";type=cell:tel:+1',
            ContentLine(
                "", "TEL", {"VALUE": ("uri",), "TYPE": ("work", "voice", "cell")}, "tel:+1"
            ),
        ),
        ('X-A;LABEL="a:b;c":v', ContentLine("", "X-A", {"LABEL": ("a:b;c",)}, "v")),
        ("X_LOTUS:v", ContentLine("", "X-LOTUS", {}, "v")),
        ("N:", ContentLine("", "N", {}, "")),
    ],
)
def test_content_lines(line: str, expected: ContentLine) -> None:
    assert parse_content_line(line) == expected


@pytest.mark.parametrize(
    "line", ["", "garbage", ":value", "N :x", " N:x", "N;:x", 'N;X="open:x', "a.b.N:x", "é:x"]
)
def test_not_content_lines(line: str) -> None:
    assert parse_content_line(line) is None


def test_escapes() -> None:
    assert unescape(r"a\,b\;c\nd\Ne\\f\:g") == "a,b;c\nd\ne\\f:g"
    assert unescape("C:\\temp\\") == "C:\\temp\\"  # unknown escapes stay as written
    assert escape_text("a,b;c\\d\r\ne\rf\ng\x00\x07\th") == "a\\,b\\;c\\\\d\\ne\\nf\\ng\th"
    assert split_escaped(r"Müller\; Sons;Zoë;;", ";") == [r"Müller\; Sons", "Zoë", "", ""]
    assert split_escaped(r"a\\;b", ";") == ["a\\\\", "b"]


def test_folding_at_75_octets_never_inside_a_character() -> None:
    line = "NOTE:" + "é" * 50 + "😀" * 30 + "x" * 100
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
    assert fold("FN:short") == "FN:short"
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"


# -- writing ---------------------------------------------------------------------


def test_written_card_in_version_3() -> None:
    text = write_vcard([contact_from(ZOE, 7)])
    assert text == (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//netdesk//netdesk 0.1.0//EN\r\n"
        "UID:urn:uuid:00000000-0000-0000-0000-000000000007\r\n"
        "FN:Zoë Müller\r\n"
        "N:Müller;Zoë;;;\r\n"
        "ORG:Museum of Things\\, Ltd.\r\n"
        "TITLE:Curator\\; digital\r\n"
        "EMAIL;TYPE=INTERNET:zoe@example.nl\r\n"
        "EMAIL;TYPE=INTERNET:z.muller@museum.example\r\n"
        "TEL:+31 6 1234 5678\r\n"
        "item1.URL;TYPE=linkedin:https://www.linkedin.com/in/zoe-muller\r\n"
        "item1.X-ABLabel:LinkedIn\r\n"
        "URL:https://zoe.example/blog\r\n"
        "CATEGORIES:museum,alumni\\, Leiden\r\n"
        "NOTE:Ask about the archive role.\\nShe leads the digitisation project \u2013 al\r\n"
        " l 3 phases \u2013 and wants a C:\\\\ path fixed.\r\n"
        "X-NETDESK-HOW-MET:ICOM dinner\\, Leiden\r\n"
        "X-NETDESK-FIRST-MET:2024-10-09\r\n"
        "X-NETDESK-RELEVANCE:high\r\n"
        "X-NETDESK-CADENCE-DAYS:90\r\n"
        "REV:2025-01-02T03:04:05Z\r\n"
        "END:VCARD\r\n"
    )


def test_written_card_in_version_4() -> None:
    lines = write_vcard([contact_from(ZOE)], "4.0").split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "EMAIL:zoe@example.nl" in lines
    assert "TEL;VALUE=text:+31 6 1234 5678" in lines
    assert "REV:20250102T030405Z" in lines


def test_a_contact_without_a_name_shows_as_its_organisation() -> None:
    text = write_vcard([contact_from(ContactDraft(organisation="Acme; Sons"))])
    assert "FN:Acme\\; Sons\r\nN:;;;;\r\n" in text
    (draft,) = drafts(read_text(text))
    assert (draft.first_name, draft.last_name, draft.organisation) == ("", "", "Acme; Sons")


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"2\.1"):
        write_vcard([], "2.1")
    assert write_vcard([]) == ""


def test_control_characters_are_dropped() -> None:
    text = write_vcard([contact_from(ContactDraft(first_name="Mei\x00\x1b", notes="a\x07\tb"))])
    (draft,) = drafts(read_text(text))
    assert (draft.first_name, draft.notes) == ("Mei", "a\tb")


def test_export_is_read_by_vobject_too() -> None:
    # A second, independent parser: what other programs will see.
    vobject = pytest.importorskip("vobject")
    parsed = vobject.readOne(write_vcard([contact_from(ZOE)]))
    assert parsed.fn.value == "Zoë Müller"
    assert parsed.n.value.family == "Müller"
    assert parsed.org.value == ["Museum of Things, Ltd."]
    assert parsed.note.value == ZOE.notes
    assert [e.value for e in parsed.email_list] == list(ZOE.emails)
    assert parsed.categories.value == list(ZOE.tags)


# -- round trips -------------------------------------------------------------------


def comparable(draft: ContactDraft) -> ContactDraft:
    return dataclasses.replace(normalise_contact(draft), met_through_id=None)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("name", GOOD_SAMPLES)
def test_samples_survive_export_and_import(name: str, version: str) -> None:
    originals = drafts(read_vcard(sample(name)))
    contacts = [contact_from(d, i) for i, d in enumerate(originals, start=1)]
    again = read_vcard(write_vcard(contacts, version).encode())
    assert again.problems == ()
    assert [comparable(d) for d in drafts(again)] == [comparable(d) for d in originals]


_awkward = st.sampled_from([",", ";", "\\", "\\n", ":", "\n", "\r\n", '"', "é", "😀", " ", "\t"])
_plain = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=8)
_text = st.lists(_plain | _awkward, max_size=6).map("".join)
_lines = st.lists(_text, max_size=3).map(tuple)

contact_drafts = st.builds(
    ContactDraft,
    first_name=_text,
    last_name=_text,
    organisation=_text,
    position=_text,
    emails=_lines,
    phones=_lines,
    linkedin_url=st.sampled_from(
        ["", "https://www.linkedin.com/in/zoe-muller", "https://www.linkedin.com/in/%E7%8E%8B"]
    ),
    links=_lines,
    how_met=_text,
    first_met=st.none() | st.dates(),
    met_through_id=st.none() | st.integers(1, 100),
    relevance=st.sampled_from(Relevance),
    tags=_lines,
    notes=st.lists(_plain | _awkward, max_size=40).map("".join),
    cadence_days=st.none() | st.integers(-(10**6), 10**6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(contact_drafts, min_size=1, max_size=3), st.sampled_from(["3.0", "4.0"]))
def test_any_contacts_survive_export_and_import(
    originals: list[ContactDraft], version: str
) -> None:
    contacts = [contact_from(d, i) for i, d in enumerate(originals, start=1)]
    text = write_vcard(contacts, version)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")

    again = read_vcard(text.encode("utf-8"))

    assert again.problems == ()
    # Emails, phones and links no contact could hold come back in the notes.
    expected = [comparable(keep_in_notes(d)) for d in originals]
    assert [comparable(d) for d in drafts(again)] == expected


def test_an_export_imported_into_another_data_file_gives_the_same_contacts(
    workspace: Workspace, tmp_path: Path, clock: FixedClock
) -> None:
    met = workspace.contacts.create(
        ContactDraft(first_name="Lee", last_name="Smith", emails=("lee@example.com",))
    )
    zoe = workspace.contacts.create(dataclasses.replace(ZOE, met_through_id=met.id))
    mei = workspace.contacts.create(
        ContactDraft(first_name="Mei", linkedin_url="https://www.linkedin.com/in/mei-ng")
    )
    saved = workspace.contacts.get_many([met.id, zoe.id, mei.id])
    exported = write_vcard(saved, "4.0", uuids={c.id: c.uuid for c in saved}).encode()

    # Back into its own data file: every card is known already (by address).
    again, plan = workspace.importing.read_and_plan(exported, name="export.vcf")
    assert again.format_name == "vcard"
    assert [r.action for r in plan.rows] == [PlanAction.DUPLICATE] * 3

    other = Workspace.open(tmp_path / "other", clock=clock)
    try:
        _, plan = other.importing.read_and_plan(exported, name="export.vcf")
        result = other.importing.apply(plan)
        imported = other.contacts.get_many(list(result.created_ids))
    finally:
        other.close()
    # Every field comes back; who introduced whom points at the new file's ids.
    assert [dataclasses.replace(c.to_draft(), met_through_id=None) for c in imported] == [
        dataclasses.replace(c.to_draft(), met_through_id=None) for c in saved
    ]
    assert [c.met_through_name for c in imported] == [c.met_through_name for c in saved]


# -- nothing crashes -------------------------------------------------------------


def check_result(result: ContactFile) -> None:
    rows = [row for row, _ in result.records]
    assert rows == sorted(rows)
    assert set(rows).isdisjoint(result.skipped_rows)
    for problem in result.problems:
        assert isinstance(problem, ImportProblem)
        assert problem.row >= 1


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=400)
    | st.text(max_size=400).map(lambda t: ("BEGIN:VCARD\r\n" + t).encode())
    | st.lists(
        st.sampled_from(
            [
                "BEGIN:VCARD",
                "END:VCARD",
                "VERSION:2.1",
                "N;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-16:=FF=",
                "NOTE;ENCODING=b:@@",
                "PHOTO;ENCODING=BASE64:AAAA",
                "AAAA",
                " folded",
                "\tfolded",
                "N:a;b",
                "X-NETDESK-CADENCE-DAYS:-0",
                "URL;TYPE=linkedin:linkedin.com/in/x",
                "item1.X-ABLabel:LinkedIn",
                "",
                "garbage",
            ]
        )
        | st.text(max_size=30),
        max_size=30,
    ).map(lambda lines: "\n".join(lines).encode())
)
def test_no_input_crashes_the_reader(data: bytes) -> None:
    try:
        result = read_vcard(data)
    except ImportFileError:
        return
    check_result(result)


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    data = bytearray(sample(draw(st.sampled_from(ALL_SAMPLES))).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["delete", "insert", "replace", "truncate", "repeat"]))
        if action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(
                st.binary(max_size=8)
                | st.sampled_from([b"=", b"\r\n", b"\n ", b";", b":", b"\\", b'"', b"=\r\n"])
            )
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[max(0, at - 60) : at]
    return bytes(data)


@settings(max_examples=300, deadline=None)
@given(mutated_samples())
def test_mutated_samples_never_crash_the_reader(data: bytes) -> None:
    try:
        result = read_vcard(data)
    except ImportFileError:
        return
    check_result(result)

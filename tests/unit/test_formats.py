"""Telling a file's format from its content, then its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.interchange import formats

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("linkedin/current.csv", "linkedin"),
        ("linkedin/legacy_2018.csv", "linkedin"),
        ("linkedin/spreadsheet.csv", "linkedin"),
        ("linkedin/cp1252.csv", "linkedin"),
        ("linkedin/outlook.csv", "outlook"),
        ("google/current.csv", "google"),
        ("google/legacy.csv", "google"),
        ("outlook/outlook.csv", "outlook"),
        ("outlook/outlook_com_cp1252.csv", "outlook"),
        ("vcard/v21_quoted_printable.vcf", "vcard"),
        ("vcard/v30_apple.vcf", "vcard"),
        ("vcard/v40.vcf", "vcard"),
        ("vcard/latin1_v21.vcf", "vcard"),
    ],
)
def test_every_sample_is_told_by_its_content(sample: str, expected: str) -> None:
    data = (DATA / sample).read_bytes()
    # Renamed files are told apart just the same: content comes before the name.
    assert formats.detect_format(data, "renamed.txt") == expected


def test_a_backup_is_told_by_its_format_marker() -> None:
    data = b'{\n  "format": "netdesk-backup", "format_version": 1, "tables": {}}'
    assert formats.detect_format(data, "whatever.bin") == formats.JSON


def test_unknown_content_falls_back_to_the_extension_or_none() -> None:
    assert formats.detect_format(b"hello", "cards.vcf") == formats.VCARD
    assert formats.detect_format(b"hello", "export.csv") is None
    assert formats.detect_format(b"hello", "notes.txt") is None


def test_an_unknown_file_is_refused_naming_it() -> None:
    with pytest.raises(ImportFileError) as caught:
        formats.read_contacts(b"just some words\n", "notes.txt")
    assert caught.value.file == "notes.txt"
    assert caught.value.problem is ImportFileProblem.WRONG_FORMAT


def test_a_chosen_format_overrides_detection() -> None:
    data = (DATA / "linkedin" / "current.csv").read_bytes()
    with pytest.raises(ImportFileError) as caught:
        formats.read_contacts(data, "Connections.csv", formats.GOOGLE)
    assert caught.value.format_name == formats.GOOGLE


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ImportFileProblem.EMPTY),
        (b"   \r\n", ImportFileProblem.EMPTY),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", ImportFileProblem.BINARY),
    ],
)
def test_an_empty_or_binary_file_says_so_when_detecting(data: bytes, problem) -> None:
    with pytest.raises(ImportFileError) as caught:
        formats.read_contacts(data, "export.csv")
    assert caught.value.problem is problem

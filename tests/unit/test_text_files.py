"""Decoding a chosen file: UTF-16, UTF-8, Windows-1252, and files that mix the
last two line by line (one line added in a Latin-1 editor to a UTF-8 file)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.interchange.text_files import MIXED_ENCODING, decode_text


def test_utf8_and_utf16_files_are_read_whole() -> None:
    assert decode_text("Zoë\n".encode(), "f") == ("Zoë\n", "utf-8")
    assert decode_text("\ufeffZoë\n".encode(), "f") == ("Zoë\n", "utf-8")
    assert decode_text("Zoë\n".encode("utf-16"), "f") == ("Zoë\n", "utf-16")


def test_a_windows_1252_file_is_read_as_windows_1252() -> None:
    data = "Zoë Müller\r\nCafé € 5\r\n".encode("cp1252")
    assert decode_text(data, "f") == ("Zoë Müller\r\nCafé € 5\r\n", "cp1252")


def test_utf8_lines_stay_utf8_beside_a_latin1_line() -> None:
    data = "Jürgen Müller\n".encode() + "Zoë Roe\n".encode("latin-1") + "Łukasz 王芳\n".encode()

    text, encoding = decode_text(data, "f")

    assert text == "Jürgen Müller\nZoë Roe\nŁukasz 王芳\n"
    assert encoding == MIXED_ENCODING == "utf-8 and cp1252"


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_each_kind_of_line_end_separates_the_encodings(line_end: str) -> None:
    data = f"Müller{line_end}".encode() + f"Zoë{line_end}".encode("cp1252")
    assert decode_text(data, "f") == (f"Müller{line_end}Zoë{line_end}", MIXED_ENCODING)


def test_only_ascii_beside_the_latin1_lines_is_plain_windows_1252() -> None:
    data = b"First,Last\n" + "Zoë,Müller\n".encode("latin-1")
    assert decode_text(data, "f") == ("First,Last\nZoë,Müller\n", "cp1252")


def test_a_bom_before_a_latin1_line_is_dropped() -> None:
    data = b"\xef\xbb\xbf" + "Zoë\n".encode("latin-1") + "Müller\n".encode()
    assert decode_text(data, "f") == ("Zoë\nMüller\n", MIXED_ENCODING)


def test_a_line_in_neither_encoding_names_its_byte_in_the_file() -> None:
    data = "Müller\n".encode() + b"Zo\xeb \x81\n"
    with pytest.raises(ImportFileError) as caught:
        decode_text(data, "mixed.csv")
    assert caught.value.problem is ImportFileProblem.UNDECODABLE
    assert caught.value.detail == "byte b'\\x81' at 12"


def test_control_characters_beside_latin1_lines_mean_binary() -> None:
    data = "Müller\n".encode() + b"Zo\xeb\x07\x1b\n"
    with pytest.raises(ImportFileError) as caught:
        decode_text(data, "f")
    assert caught.value.problem is ImportFileProblem.BINARY


# Letters whose Latin-1 bytes (0xC5 and up) are never UTF-8 continuation bytes,
# so no line of them is valid UTF-8 by chance (as "Ã¼" would be).
_LETTERS = st.text(alphabet="aZ ,.-éüëßñøÅ", max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_LETTERS, st.booleans()), min_size=1, max_size=8))
def test_mixed_lines_never_turn_into_mojibake(lines: list[tuple[str, bool]]) -> None:
    """Every line comes back as written, whichever of the two it is in."""
    data = b"".join((line + "\n").encode("utf-8" if utf8 else "latin-1") for line, utf8 in lines)
    if not data.strip():
        return
    text, _ = decode_text(data, "f")
    assert text == "".join(line + "\n" for line, _ in lines)

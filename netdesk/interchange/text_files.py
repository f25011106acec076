"""Reading a chosen file's bytes and text, shared by every reader.

A file is refused, with a reason and its name, before any of it is parsed when
it is missing, a folder, unreadable, far larger than any real export, empty,
binary, or in an encoding that cannot be told apart from mojibake.

Text is decoded as UTF-16 when it starts with that BOM, else as UTF-8 (a BOM is
dropped). A file that is not UTF-8 as a whole is decoded line by line: UTF-8
where the line is, Windows-1252 where it is not (what a spreadsheet on Windows
writes, and a superset of the printable Latin-1). So a file someone added one
Latin-1 line to keeps its UTF-8 lines intact instead of turning every ``ü``
into ``Ã¼``. The encoding used is returned so a preview can show it:
``"utf-8"``, ``"utf-16"``, ``"cp1252"`` (every non-ASCII line needed it) or
``"utf-8 and cp1252"`` (both occur).
"""

from __future__ import annotations

from pathlib import Path

from netdesk.domain.imports import ImportFileError, ImportFileProblem

# Refuse files far beyond any real export (LinkedIn caps connections at 30,000;
# a 100,000-row file is about 15 MB) before reading them into memory.
MAX_FILE_BYTES = 256 * 1024 * 1024

UTF8_BOM = b"\xef\xbb\xbf"
# The encoding reported for a file with UTF-8 lines and Windows-1252 lines.
MIXED_ENCODING = "utf-8 and cp1252"


def read_file_bytes(path: Path, file: str, format_name: str = "") -> bytes:
    """The bytes of ``path``; ``file`` is how errors name it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                file, ImportFileProblem.TOO_LARGE, format_name=format_name, detail=str(size)
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(file, ImportFileProblem.MISSING, format_name=format_name) from exc
    except IsADirectoryError as exc:
        raise ImportFileError(
            file, ImportFileProblem.IS_DIRECTORY, format_name=format_name
        ) from exc
    except PermissionError as exc:
        raise ImportFileError(file, ImportFileProblem.NO_ACCESS, format_name=format_name) from exc
    except OSError as exc:
        raise ImportFileError(
            file, ImportFileProblem.UNREADABLE, format_name=format_name, detail=str(exc)
        ) from exc


def decode_text(data: bytes, file: str, format_name: str = "") -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    if not data.strip():
        raise ImportFileError(file, ImportFileProblem.EMPTY, format_name=format_name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _undecodable(file, format_name, exc) from exc
    if b"\x00" in data:
        raise ImportFileError(file, ImportFileProblem.BINARY, format_name=format_name)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: try the spreadsheet encoding next
    text, encoding = _decode_lines(data, file, format_name)
    if any(ch < " " and ch not in "\t\r\n" for ch in text):
        # Control characters in a non-UTF-8 file mean it is not text at all.
        raise ImportFileError(file, ImportFileProblem.BINARY, format_name=format_name)
    return text, encoding


def _decode_lines(data: bytes, file: str, format_name: str) -> tuple[str, str]:
    """Each line as UTF-8 where it is valid UTF-8, else as Windows-1252.

    Lines are split at CR, LF and CRLF (bytes that are never part of a UTF-8
    sequence), so a quoted CSV field or a folded vCard line spanning lines of
    both encodings is still read right, each line in its own."""
    pieces: list[str] = []
    utf8 = False  # a non-ASCII line read as UTF-8
    offset = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    for line in data[offset:].splitlines(keepends=True):
        try:
            pieces.append(line.decode("utf-8"))
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                pieces.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise _undecodable(file, format_name, exc, offset) from exc
        offset += len(line)
    return "".join(pieces), MIXED_ENCODING if utf8 else "cp1252"


def _undecodable(
    file: str, format_name: str, exc: UnicodeDecodeError, offset: int = 0
) -> ImportFileError:
    return ImportFileError(
        file,
        ImportFileProblem.UNDECODABLE,
        format_name=format_name,
        detail=f"byte {exc.object[exc.start : exc.start + 1]!r} at {offset + exc.start}",
    )

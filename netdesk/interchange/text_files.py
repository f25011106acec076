"""Reading a chosen file's bytes and text, shared by every reader.

A file is refused, with a reason and its name, before any of it is parsed when
it is missing, a folder, unreadable, far larger than any real export, empty,
binary, or in an encoding that cannot be told apart from mojibake.

Text is decoded as UTF-16 when it starts with that BOM, else as UTF-8 (a BOM is
dropped), else as Windows-1252: what a spreadsheet on Windows writes, and a
superset of the printable Latin-1. The encoding used is returned so a preview
can show it.
"""

from __future__ import annotations

from pathlib import Path

from netdesk.domain.imports import ImportFileError, ImportFileProblem

# Refuse files far beyond any real export (LinkedIn caps connections at 30,000;
# a 100,000-row file is about 15 MB) before reading them into memory.
MAX_FILE_BYTES = 256 * 1024 * 1024


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
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _undecodable(file, format_name, exc) from exc
    if any(ch < " " and ch not in "\t\r\n" for ch in text):
        # Control characters in a non-UTF-8 file mean it is not text at all.
        raise ImportFileError(file, ImportFileProblem.BINARY, format_name=format_name)
    return text, "cp1252"


def _undecodable(file: str, format_name: str, exc: UnicodeDecodeError) -> ImportFileError:
    return ImportFileError(
        file,
        ImportFileProblem.UNDECODABLE,
        format_name=format_name,
        detail=f"byte {exc.object[exc.start : exc.start + 1]!r} at {exc.start}",
    )

"""What the address-book CSV readers (Google, Outlook) share.

Both formats are a header row naming the columns, then one contact per record.
Columns are found by name, compared ignoring case, spaces and punctuation
(``E-mail 1 - Value`` is ``email1value``), so their order does not matter and a
spreadsheet that re-spaced a title still reads.

:func:`read_contact_csv` walks the records: blank rows and rows of commas are
skipped, a row with more filled cells than the header has columns is a problem
(``EXTRA_CELLS``), and a value far beyond what any field holds is a problem
(``TOO_LONG``). An email, phone or web address validation would refuse moves
into the notes (:mod:`.kept_values`), so the rest of the contact still
imports. Every other check is left to the import, which normalises and
validates each draft (``checked=False``). A quote still open at the end of the
file refuses the file (``MALFORMED``, naming the line its record starts on)
rather than reading the rest of the file as one value.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from os import PathLike
from pathlib import Path

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.domain.validation import MAX_LINE, MAX_NOTES
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.csv_records import CsvBreakError, csv_records
from netdesk.interchange.kept_values import keep_in_notes
from netdesk.interchange.linkedin_csv import PROFILE_PREFIX, normalise_linkedin_url
from netdesk.interchange.text_files import decode_text, read_file_bytes

# Blank lines tolerated before the header (a spreadsheet may leave some).
HEADER_SEARCH_RECORDS = 5
# How much of an offending value a problem keeps.
_PROBLEM_VALUE_CHARS = 80

# Groups every Google account has; they say nothing about the person.
_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})


def column_key(title: str) -> str:
    """A column title reduced to its letters and digits, case folded."""
    return "".join(ch for ch in title.casefold() if ch.isalnum())


def is_blank(record: list[str]) -> bool:
    return not "".join(record).strip()


def header_keys(text: str) -> list[str] | None:
    """The column keys of the first non-blank record of ``text``, or None if
    there is none near the start or the text is not CSV."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    try:
        for _, record in zip(range(HEADER_SEARCH_RECORDS), reader, strict=False):
            if not is_blank(record):
                return [column_key(cell) for cell in record]
    except csv.Error:
        return None
    return None


def source_text(
    source: bytes | str | PathLike[str], name: str | None, default_name: str, format_name: str
) -> tuple[str, str, str]:
    """(file name for messages, decoded text, encoding) of a file's bytes or path."""
    if isinstance(source, bytes):
        file = name or default_name
        data = source
    else:
        file = name or str(source)
        data = read_file_bytes(Path(source), file, format_name)
    text, encoding = decode_text(data, file, format_name)
    return file, text, encoding


class Row:
    """One record, its cells looked up by column key ("" for a missing column
    or a short row)."""

    __slots__ = ("_columns", "_record")

    def __init__(self, columns: dict[str, int], record: list[str]) -> None:
        self._columns = columns
        self._record = record

    def __getitem__(self, key: str) -> str:
        index = self._columns.get(key)
        if index is None or index >= len(self._record):
            return ""
        return self._record[index]


def split_values(cell: str, separator: str) -> list[str]:
    """The non-empty, trimmed values of a cell holding several."""
    return [value for value in (part.strip() for part in cell.split(separator)) if value]


def tags_from(groups: Iterable[str]) -> tuple[str, ...]:
    """Group or category names as tags: Google's primary mark (``* ``) dropped,
    and the groups every account has left out."""
    tags: list[str] = []
    for group in groups:
        name = group.strip().removeprefix("*").strip()
        if name and column_key(name) not in _SYSTEM_GROUPS:
            tags.append(name)
    return tuple(tags)


def sort_web_links(urls: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """(LinkedIn profile, other links): the first LinkedIn profile among the
    URLs, made canonical, and every other URL in order."""
    profile = ""
    others: list[str] = []
    for url in (raw.strip() for raw in urls):
        if not url:
            continue
        canonical = normalise_linkedin_url(url)
        if not profile and canonical and canonical.startswith(PROFILE_PREFIX):
            profile = canonical
        else:
            # A LinkedIn page that is not a profile (a company, a post), a
            # second profile, or any other site.
            others.append(canonical or url)
    return profile, tuple(others)


def name_parts(full_name: str) -> tuple[str, str]:
    """(first, last) of a name given whole: the first word is the first name,
    the rest the last name, so "Pieter de Vries" keeps "de Vries" whole."""
    first, _, rest = full_name.strip().partition(" ")
    return first, rest.strip()


def too_long(draft: ContactDraft) -> Iterator[tuple[str, str]]:
    """(field, value) of each value longer than its field can hold."""
    for field, value in (
        ("first_name", draft.first_name),
        ("last_name", draft.last_name),
        ("organisation", draft.organisation),
        ("position", draft.position),
        ("linkedin_url", draft.linkedin_url),
        ("how_met", draft.how_met),
    ):
        if len(value) > MAX_LINE:
            yield field, value
    for field, values in (
        ("emails", draft.emails),
        ("phones", draft.phones),
        ("links", draft.links),
        ("tags", draft.tags),
    ):
        for value in values:
            if len(value) > MAX_LINE:
                yield field, value
    if len(draft.notes) > MAX_NOTES:
        yield "notes", draft.notes


def _cut(value: str) -> str:
    return value if len(value) <= _PROBLEM_VALUE_CHARS else value[:_PROBLEM_VALUE_CHARS] + "…"


def read_contact_csv(
    text: str,
    *,
    file: str,
    encoding: str,
    format_name: str,
    is_header: Callable[[set[str]], bool],
    row_reader: Callable[[set[str]], Callable[[Row], ContactDraft]],
) -> ContactFile:
    """Read ``text`` as a CSV address book whose header ``is_header`` accepts
    (given the set of its column keys). ``row_reader``, given the same keys,
    returns the function that turns a record into a draft.

    Raises :class:`ImportFileError`: ``WRONG_FORMAT`` when the first non-blank
    record is not such a header, ``NO_ROWS`` when no record follows it, and
    ``MALFORMED`` when the CSV itself breaks (a quote never closed, or a
    field over the csv module's 128 KiB limit).
    """
    records = csv_records(text)

    def fail(problem: ImportFileProblem, exc: CsvBreakError | None = None) -> ImportFileError:
        row = exc.row if exc and problem is ImportFileProblem.MALFORMED else None
        detail = exc.detail if exc else ""
        return ImportFileError(file, problem, format_name=format_name, row=row, detail=detail)

    header: list[str] | None = None
    try:
        for start, record in records:
            if not is_blank(record):
                header = record
                break
            if start >= HEADER_SEARCH_RECORDS:
                break
    except CsvBreakError as exc:
        raise fail(ImportFileProblem.WRONG_FORMAT, exc) from exc
    keys = [column_key(cell) for cell in header or ()]
    if not header or not is_header(set(keys)):
        raise fail(ImportFileProblem.WRONG_FORMAT)
    to_draft = row_reader(set(keys))

    columns: dict[str, int] = {}
    for index, key in enumerate(keys):
        columns.setdefault(key, index)  # the first of two same-named columns wins
    width = len(header)

    records_read: list[tuple[int, ContactDraft]] = []
    problems: list[ImportProblem] = []
    data_rows = 0
    try:
        for row_number, record in records:
            if is_blank(record):
                continue
            data_rows += 1
            if len(record) > width and not is_blank(record[width:]):
                problems.append(
                    ImportProblem(
                        file,
                        row_number,
                        "",
                        ImportCode.EXTRA_CELLS,
                        _cut(",".join(record[width:])),
                    )
                )
                continue
            draft = keep_in_notes(to_draft(Row(columns, record)))
            long_values = [
                ImportProblem(file, row_number, field, ImportCode.TOO_LONG, _cut(value))
                for field, value in too_long(draft)
            ]
            if long_values:
                problems += long_values
            else:
                records_read.append((row_number, draft))
    except CsvBreakError as exc:
        raise fail(ImportFileProblem.MALFORMED, exc) from exc

    if not data_rows:
        raise fail(ImportFileProblem.NO_ROWS)
    return ContactFile(
        file=file,
        format_name=format_name,
        encoding=encoding,
        records=tuple(records_read),
        problems=tuple(problems),
    )

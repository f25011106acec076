"""LinkedIn's ``Connections.csv``, in every layout it has been seen in.

- **Current** export: a ``Notes:`` preamble of a few lines (one quoted, with
  commas and URLs in it), a blank line, then the header
  ``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` and
  dates like ``09 Oct 2024``.
- **2018** export: no preamble, no URL column, dates like ``1/8/18, 6:14 PM``
  (month first), and an email of ``urn:li:member:…`` for members who hide it.
- **Re-saved by a spreadsheet**: columns reordered or dropped, dates like
  ``7-Feb-22`` or ``2022-02-07``, a UTF-8 BOM, CRLF line ends, rows of commas.

The header is found by its column names (at least *First Name*, *Last Name* and
*Connected On*, compared ignoring case and spacing) among the first lines, and
columns are mapped by name, so order does not matter.

Text is decoded by :func:`netdesk.interchange.text_files.decode_text`: UTF-16
with a BOM, UTF-8, or Windows-1252. A file that is none of them is refused
rather than read as mojibake. :attr:`LinkedInImport.encoding` says which one
was used, so the preview can show it.

A quote left open refuses the file (``MALFORMED``, naming the line its record
starts on) instead of reading every following row into one value; a quote
closed rows later leaves a line break in a name, address or date, and that
row is a problem (``LINE_BREAK``); a company or position typed over two lines
is joined into one.

Dates are parsed by hand with an English month table: ``strptime``'s ``%b``
follows the process locale, which Qt sets from the desktop's.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from os import PathLike
from pathlib import Path
from urllib.parse import quote, unquote

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.domain.validation import MAX_LINE, is_email
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.csv_records import CsvBreakError, csv_records
from netdesk.interchange.text_files import decode_text, read_file_bytes

FORMAT = "linkedin"

# The header is looked for among this many lines; the preamble has four.
HEADER_SEARCH_LINES = 50
# How much of an offending value a problem keeps.
_PROBLEM_VALUE_CHARS = 80

PROFILE_PREFIX = "https://www.linkedin.com/in/"

# Our field name -> the column titles (normalised by _column_key) that hold it.
# The order is the order _parse unpacks a record in.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname",),
    "last_name": ("lastname",),
    "linkedin_url": ("url", "profileurl", "linkedinurl"),
    "email": ("emailaddress", "email"),
    "company": ("company", "companyname"),
    "position": ("position", "title", "jobtitle"),
    "connected_on": ("connectedon",),
}
_REQUIRED_COLUMNS = ("first_name", "last_name", "connected_on")
_MAY_SPAN_LINES = frozenset({"company", "position"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# A time after the date ("6:14 PM", "18:14", "18:14:05") is ignored.
_TIME = r"(?:[,\sT]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
# 09 Oct 2024, 7-Feb-22, 07 February 2022, 7.Feb.2022
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s\-./]+([A-Za-z]{3,9})\.?[\s\-./,]+(\d{2}|\d{4})" + _TIME)
# Oct 9, 2024 / Feb-07-22
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.?[\s\-./]+(\d{1,2})[\s\-./,]+(\d{2}|\d{4})" + _TIME)
# 1/8/18, 6:14 PM (month first, as LinkedIn writes it; day first when it cannot be a month)
_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})" + _TIME)
# 2022-02-07, 2022/02/07
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME)

_PROFILE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com/in/([^/?#\s]+)/?(?:[?#]\S*)?",
    re.IGNORECASE,
)
# Already canonical: most rows of a current export, returned as they are.
_CANONICAL_PROFILE = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9\-_.~]+")
_LINKEDIN_PAGE = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)*linkedin\.com)(/\S*)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LinkedInConnection:
    """One connection, trimmed and checked. ``row_number`` is the 1-based line
    in the file where the record starts. Missing values are ``""``, and a
    missing connection date is None (an unreadable one is a problem)."""

    row_number: int
    first_name: str
    last_name: str
    linkedin_url: str
    email: str
    company: str
    position: str
    connected_on: date | None

    def to_draft(self) -> ContactDraft:
        """The contact this connection describes; the connection date is when
        the two first met."""
        return ContactDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            organisation=self.company,
            position=self.position,
            emails=(self.email,) if self.email else (),
            linkedin_url=self.linkedin_url,
            first_met=self.connected_on,
        )


@dataclass(frozen=True, slots=True)
class LinkedInImport:
    """A whole file, read. Every data row is in exactly one of ``connections``
    (readable) or ``problems`` (one entry per unreadable field). Blank rows and
    rows of commas are in neither; ``blank_rows`` counts them."""

    file: str
    encoding: str
    header_row: int
    columns: dict[str, str]
    connections: tuple[LinkedInConnection, ...]
    problems: tuple[ImportProblem, ...]
    blank_rows: int = 0

    @property
    def skipped_rows(self) -> tuple[int, ...]:
        """Line numbers of the rows that cannot be imported, in file order."""
        return tuple(dict.fromkeys(p.row for p in self.problems))

    def to_contact_file(self) -> ContactFile:
        """The file as every importer sees it (fields already checked)."""
        return ContactFile(
            file=self.file,
            format_name=FORMAT,
            encoding=self.encoding,
            records=tuple((c.row_number, c.to_draft()) for c in self.connections),
            problems=self.problems,
            checked=True,
        )


def read_linkedin_csv(
    source: bytes | str | PathLike[str], *, name: str | None = None
) -> LinkedInImport:
    """Read a LinkedIn ``Connections.csv`` from its bytes or its path.

    ``name`` is how problems and errors refer to the file; it defaults to the
    path, or ``"Connections.csv"`` for bytes. Raises :class:`ImportFileError`
    when the file cannot be read, is not a LinkedIn export, or holds no rows.
    """
    if isinstance(source, bytes):
        file = name or "Connections.csv"
        data = source
    else:
        file = name or str(source)
        data = read_file_bytes(Path(source), file, FORMAT)
    text, encoding = decode(data, file)
    return _parse(text, file, encoding)


def looks_like(text: str) -> bool:
    """Whether the start of a file is a LinkedIn connections export: its
    header, by column names, among the first lines."""
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text, newline=""))):
            if _map_header(record) is not None:
                return True
            if number >= HEADER_SEARCH_LINES:
                break
    except csv.Error:
        return False
    return False


def decode(data: bytes, file: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read with."""
    return decode_text(data, file, FORMAT)


def parse_connection_date(text: str) -> date | None:
    """A connection date in any layout's format, or None if it is not one.

    Two-digit years are 20xx up to 69 and 19xx from 70 (as POSIX does). Numeric
    dates are month first, as LinkedIn writes them, unless the first number
    cannot be a month.
    """
    text = text.strip()
    try:
        if m := _DAY_MONTH_YEAR.fullmatch(text):
            month = _MONTHS.get(m[2].lower())
            return None if month is None else date(_year(m[3]), month, int(m[1]))
        if m := _MONTH_DAY_YEAR.fullmatch(text):
            month = _MONTHS.get(m[1].lower())
            return None if month is None else date(_year(m[3]), month, int(m[2]))
        if m := _NUMERIC.fullmatch(text):
            first, second = int(m[1]), int(m[2])
            if first > 12:
                first, second = second, first
            return date(_year(m[3]), first, second)
        if m := _ISO.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # 31 Feb, month 13, year 0
        return None
    return None


def normalise_linkedin_url(text: str) -> str | None:
    """A profile link as ``https://www.linkedin.com/in/<slug>``: any scheme,
    country subdomain, trailing slash, query or fragment dropped, the slug
    lower-cased and percent-encoded one way. Other LinkedIn pages keep their
    path on ``https://www.linkedin.com``. None if it is not a LinkedIn link;
    ``""`` for an empty one."""
    text = text.strip()
    if not text:
        return ""
    if _CANONICAL_PROFILE.fullmatch(text):
        return text
    if m := _PROFILE.fullmatch(text):
        slug = unquote(m[1]).lower()
        return PROFILE_PREFIX + quote(slug, safe="-_.~")
    if m := _LINKEDIN_PAGE.fullmatch(text):
        return "https://www.linkedin.com" + (m[2] or "/").rstrip("/")
    return None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _column_key(title: str) -> str:
    return "".join(ch for ch in title.casefold() if ch.isalnum())


def _map_header(record: list[str]) -> dict[str, int] | None:
    """Our field -> column index, if this record is a Connections.csv header."""
    keys = [_column_key(cell) for cell in record]
    found: dict[str, int] = {}
    for field, titles in _COLUMNS.items():
        for index, key in enumerate(keys):
            if key in titles:
                found[field] = index
                break
    if all(field in found for field in _REQUIRED_COLUMNS):
        return found
    return None


def _cut(value: str) -> str:
    return value if len(value) <= _PROBLEM_VALUE_CHARS else value[:_PROBLEM_VALUE_CHARS] + "…"


def _parse(text: str, file: str, encoding: str) -> LinkedInImport:
    records = csv_records(text)
    columns: dict[str, int] | None = None
    header: list[str] = []
    header_row = 0
    try:
        for start, record in records:
            if columns := _map_header(record):
                header_row, header = start, record
                break
            if start >= HEADER_SEARCH_LINES:
                break
    except CsvBreakError as exc:
        raise ImportFileError(
            file, ImportFileProblem.WRONG_FORMAT, format_name=FORMAT, detail=exc.detail
        ) from exc
    if columns is None:
        raise ImportFileError(file, ImportFileProblem.WRONG_FORMAT, format_name=FORMAT)

    width = len(header)
    # Every record is padded to at least width + 1 cells, so a column the
    # layout lacks (URL in 2018) reads cell ``width``, which is always empty.
    pad = [""] * (width + 1)
    cells = itemgetter(*(columns.get(field, width) for field in _COLUMNS))

    dates: dict[str, date | None] = {}
    connections: list[LinkedInConnection] = []
    problems: list[ImportProblem] = []
    blank_rows = 0
    data_rows = 0
    append = connections.append
    join = " ".join

    label = ""  # the name on the row being read, for its problems

    def problem(row: int, field: str, code: ImportCode, value: str = "") -> None:
        problems.append(ImportProblem(file, row, field, code, _cut(value), label))

    try:
        for row, record in records:
            whole = "".join(record)
            if not whole.strip():
                blank_rows += 1
                continue
            data_rows += 1
            count = len(record)
            name_cells = cells(record + pad) if count <= width else cells(record)
            label = _cut(join(f"{name_cells[0]} {name_cells[1]}".split()))
            if count > width and "".join(record[width:]).strip():
                problem(row, "", ImportCode.EXTRA_CELLS, ",".join(record[width:]))
                continue
            if count <= width:
                record += pad[: width + 1 - count]
            first, last, raw_url, email, company, position, raw_date = cells(record)
            before = len(problems)
            if "\n" in whole or "\r" in whole:
                # A name, address or date over several lines is a quote closed
                # rows later, with the rows between inside it. Company and
                # position may really span lines (people type them so): those
                # are joined into one line below.
                for field, value in zip(_COLUMNS, cells(record), strict=True):
                    if field not in _MAY_SPAN_LINES and ("\n" in value or "\r" in value):
                        problem(row, field, ImportCode.LINE_BREAK, join(value.split()))
                if len(problems) > before:
                    continue

            # What clean_line does, inlined: this loop runs once per connection.
            first = join(first.split())
            last = join(last.split())
            company = join(company.split())
            position = join(position.split())
            raw_url = raw_url.strip()
            email = email.strip()

            if not first and not last:
                problem(row, "first_name", ImportCode.REQUIRED)
            if max(map(len, (first, last, raw_url, email, company, position))) > MAX_LINE:
                for field, value in (
                    ("first_name", first),
                    ("last_name", last),
                    ("linkedin_url", raw_url),
                    ("email", email),
                    ("company", company),
                    ("position", position),
                ):
                    if len(value) > MAX_LINE:
                        problem(row, field, ImportCode.TOO_LONG, value)

            url: str | None = ""
            if raw_url and len(raw_url) <= MAX_LINE:
                url = normalise_linkedin_url(raw_url)
                if url is None:
                    problem(row, "linkedin_url", ImportCode.INVALID_LINKEDIN_URL, raw_url)
                elif len(url) > MAX_LINE:  # percent-encoding made it longer
                    problem(row, "linkedin_url", ImportCode.TOO_LONG, url)

            if email.startswith("urn:li:"):  # a member who hides their address
                email = ""
            elif email and len(email) <= MAX_LINE and not is_email(email):
                problem(row, "email", ImportCode.INVALID_EMAIL, email)

            try:
                connected_on = dates[raw_date]
            except KeyError:
                connected_on = dates[raw_date] = parse_connection_date(raw_date)
            if connected_on is None and raw_date.strip():
                problem(row, "connected_on", ImportCode.INVALID_DATE, raw_date.strip())

            if len(problems) == before:
                append(
                    LinkedInConnection(
                        row, first, last, url or "", email, company, position, connected_on
                    )
                )
    except CsvBreakError as exc:
        raise ImportFileError(
            file,
            ImportFileProblem.MALFORMED,
            format_name=FORMAT,
            row=exc.row,
            detail=exc.detail,
        ) from exc

    if not data_rows:
        raise ImportFileError(file, ImportFileProblem.NO_ROWS, format_name=FORMAT)
    return LinkedInImport(
        file=file,
        encoding=encoding,
        header_row=header_row,
        columns={field: header[index].strip() for field, index in columns.items()},
        connections=tuple(connections),
        problems=tuple(problems),
        blank_rows=blank_rows,
    )

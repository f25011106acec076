"""What can go wrong when a file is imported. Codes, never sentences: the
presentation layer turns them into translated text.

Two levels, following the import rules in ARCHITECTURE.md:

- a whole file can be refused (:class:`ImportFileError`): nothing of it is
  imported, and the message names the file;
- single rows can be unreadable (:class:`ImportProblem`): the rest of the file
  is still read, and every such row is listed with its line number and field, so
  the preview can show it as skipped with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netdesk.domain.errors import NetdeskError


class ImportCode(StrEnum):
    """Why one row of a file cannot be imported. Values shared with
    :class:`netdesk.domain.errors.ErrorCode` mean the same thing."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_LINKEDIN_URL = "invalid_linkedin_url"
    INVALID_DATE = "invalid_date"
    EXTRA_CELLS = "extra_cells"
    # A line break inside a value written on one line (a name, an address):
    # a quote closed rows later, with the rows between swallowed into it.
    LINE_BREAK = "line_break"
    # vCards: a line inside a card that is no property, a card never closed,
    # a value its declared charset or encoding cannot decode, a netdesk value
    # (relevance, cadence) that is not one.
    MALFORMED_CARD = "malformed_card"
    UNCLOSED_CARD = "unclosed_card"
    UNDECODABLE = "undecodable"
    INVALID_VALUE = "invalid_value"


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One unreadable field of one row.

    ``row`` is the 1-based line number in the file where the record starts (a
    quoted field may span several lines). ``field`` is the name of the value
    being read (``connected_on``), not the column title, which varies between
    layouts. ``value`` is the offending text, cut to a readable length.
    """

    file: str
    row: int
    field: str
    code: ImportCode
    value: str = ""
    # Who the row is about, as far as it can be read ("Anna de Vries"), so a
    # preview can say whose row is skipped.
    label: str = ""


class ImportFileProblem(StrEnum):
    """Why a whole file is refused."""

    MISSING = "missing"
    NO_ACCESS = "no_access"
    IS_DIRECTORY = "is_directory"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    WRONG_FORMAT = "wrong_format"
    NO_ROWS = "no_rows"
    MALFORMED = "malformed"
    # A netdesk backup: made by a newer netdesk (format or schema version).
    TOO_NEW = "too_new"
    # A backup whose tables or columns do not match the schema it claims.
    UNKNOWN_TABLE = "unknown_table"
    MISSING_TABLE = "missing_table"
    UNKNOWN_COLUMN = "unknown_column"
    MISSING_COLUMN = "missing_column"
    # A value of the wrong kind for its column (text where a number belongs).
    WRONG_TYPE = "wrong_type"
    # Rows that break the data file's rules: a duplicate, a dangling reference.
    INCONSISTENT = "inconsistent"


class ImportFileError(NetdeskError):
    """A file cannot be imported at all. Nothing has been written.

    ``file`` names the file as the person chose it, ``format_name`` is the format the
    file was read as (``"linkedin"``), and ``row`` is the line where reading
    stopped, when there is one.
    """

    def __init__(
        self,
        file: str,
        problem: ImportFileProblem,
        *,
        format_name: str = "",
        row: int | None = None,
        detail: str = "",
    ) -> None:
        where = f"{file}, line {row}" if row is not None else file
        super().__init__(f"{where}: {problem}{': ' + detail if detail else ''}")
        self.file = file
        self.problem = problem
        self.format_name = format_name
        self.row = row
        self.detail = detail


class ImportCancelledError(NetdeskError):
    """The person cancelled the import while it was being written; the
    transaction was rolled back and nothing of the file was written."""

    def __init__(self) -> None:
        super().__init__("import cancelled")


class ImportOutdatedError(NetdeskError):
    """The contacts changed between the preview and the write, so the preview
    no longer says what would happen. Nothing was written."""

    def __init__(self) -> None:
        super().__init__("the contacts changed since the import was previewed")

"""The records of a CSV text, each with the line it starts on.

A quote left open swallows every line after it into one field: read with the
csv module's ``strict=False`` (which tolerates a stray quote inside a field),
that is a single record with a garbage value, not an error. So an end marker
is added after the text: a text whose quotes all close gives the marker back
as a record of its own; one with a quote still open at the end does not, and
:class:`CsvBreakError` names the line where that record starts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

# A line no file holds (made longer in the rare text that does).
_END_MARKER = "\ue000end of text\ue000"


class CsvBreakError(Exception):
    """The CSV text breaks at the record starting on line ``row``: a quote
    still open at the end of the text, or a field over the csv module's
    128 KiB limit (which an unclosed quote soon reaches)."""

    def __init__(self, row: int, detail: str) -> None:
        super().__init__(f"line {row}: {detail}")
        self.row = row
        self.detail = detail


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(1-based line where it starts, cells) of each record of ``text``.

    Quoted fields keep their line breaks, and CRLF, LF and CR each count as
    one line. Raises :class:`CsvBreakError` when the text breaks.
    """
    marker = _END_MARKER
    while marker in text:
        marker += "\ue000"
    line_end = "" if not text or text.endswith(("\n", "\r")) else "\n"
    # newline="": quoted fields keep their line breaks as written.
    reader = csv.reader(io.StringIO(text + line_end + marker, newline=""), strict=False)
    last_line = 0
    start = 1
    try:
        for record in reader:
            start, last_line = last_line + 1, reader.line_num
            if len(record) == 1 and record[0] == marker:
                return
            yield start, record
    except csv.Error as exc:
        raise CsvBreakError(last_line + 1, str(exc)) from exc
    # The marker was read into the last record: its quote never closed.
    raise CsvBreakError(start, "a quoted field is never closed")

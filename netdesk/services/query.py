"""Helpers shared by the services' list queries: search terms, id lists, SQL bits."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netdesk.domain.text import fold
from netdesk.store.db import database

# SQLite's default limit on bound parameters is 32766 from 3.32 on; stay well below.
CHUNK = 900


def new_uuid() -> str:
    return str(uuid.uuid4())


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) uuids in their usual text form, as
    :func:`new_uuid` makes them, from one read of the system's random source:
    an import needs one per contact, and ``uuid.UUID`` costs 5 µs each."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    text = raw.hex()
    return [
        f"{text[i : i + 8]}-{text[i + 8 : i + 12]}-{text[i + 12 : i + 16]}-"
        f"{text[i + 16 : i + 20]}-{text[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def search_words(text: str) -> list[str]:
    """The folded words of a search: every one must match somewhere."""
    return fold(text).split()


def search_terms(text: str) -> list[str]:
    """LIKE patterns, one per word (for small tables scanned in full)."""
    return [f"%{escape_like(word)}%" for word in search_words(text)]


def text_match(table: str, word: str, name: str) -> tuple[str, dict[str, str]]:
    """Rowids of a trigram search table whose folded text contains ``word``.

    Three letters or more go through the trigram index as a quoted phrase
    (milliseconds at any size); shorter words cannot use trigrams and scan.
    The scan reads FTS5's own content table (``<table>_content``, the text
    in column c0 by rowid ``id``) directly: the same rows, a third faster
    than asking the virtual table for each row's text.
    """
    if len(word) >= 3:
        phrase = '"' + word.replace('"', '""') + '"'
        return f"SELECT rowid FROM {table} WHERE {table} MATCH :{name}", {name: phrase}
    return f"SELECT id FROM {table}_content WHERE instr(c0, :{name}) > 0", {name: word}


@dataclass(frozen=True, slots=True)
class SortSpec:
    """How a list sorts on one column."""

    expression: str
    # May be NULL or '': such rows come last whichever way the column sorts.
    emptyable: bool = True
    # Joins the expression needs, added only when sorting on it.
    joins: str = ""
    # For a NOT NULL text column, "x > ''" and "x = ''" let an index on it
    # find both parts directly; the default works for any expression.
    filled: str = ""
    empty: str = ""


def ordered_ids(
    select: str,
    where: list[str],
    params: Mapping[str, Any],
    sort: SortSpec,
    *,
    descending: bool,
    tie_break: Sequence[str],
    tie_descending: bool | None = None,
) -> list[int]:
    """Ids in display order.

    Empty values are fetched by a second query rather than sorted last by an
    expression, and the tie-break runs the same way as the column unless told
    otherwise: both keep SQLite walking an index instead of sorting.
    """
    direction = "DESC" if descending else "ASC"
    tie_direction = direction if tie_descending is None else "DESC" if tie_descending else "ASC"
    ties = ", ".join(f"{t} {tie_direction}" for t in tie_break if t != sort.expression)
    base = f"{select} {sort.joins} WHERE {' AND '.join(where)}"
    order = f"ORDER BY {sort.expression} {direction}, {ties}"
    if not sort.emptyable:
        return ids(f"{base} {order}", params)
    empty = sort.empty or f"coalesce({sort.expression}, '') = ''"
    filled = sort.filled or f"NOT {empty}"
    return ids(f"{base} AND {filled} {order}", params) + ids(
        f"{base} AND {empty} ORDER BY {ties}", params
    )


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def placeholders(count: int) -> str:
    return ", ".join("?" * count)


Params = Sequence[Any] | Mapping[str, Any]


def rows(sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def ids(sql: str, params: Params = ()) -> list[int]:
    """The first column of ``sql``'s rows, in its order, as one JSON array.

    Handing Python one row per id costs about half a microsecond each, most of
    a 100,000-row list's time; one text SQLite builds and json parses costs a
    fifth of that. SQLite keeps a FROM-clause subquery's ORDER BY when the outer
    query aggregates with anything but count, min or max, so the order holds.
    """
    listed = f"WITH listed(id) AS ({sql}) SELECT json_group_array(id) FROM listed"
    found = database.execute_sql(listed, params)
    return list(json.loads(found.fetchone()[0]))


def scalar(sql: str, params: Params = ()) -> Any:
    row = database.execute_sql(sql, params).fetchone()
    return None if row is None else row[0]


def execute_many(sql: str, param_rows: Sequence[Sequence[Any]]) -> None:
    if param_rows:
        database.cursor().executemany(sql, param_rows)

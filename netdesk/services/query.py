"""Helpers shared by the services' list queries: search terms, id lists, SQL bits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from netdesk.domain.text import fold
from netdesk.store.db import database

# SQLite's default limit on bound parameters is 32766 from 3.32 on; stay well below.
CHUNK = 900


def new_uuid() -> str:
    return str(uuid.uuid4())


def search_terms(text: str) -> list[str]:
    """LIKE patterns, one per word: every word must match somewhere."""
    return [f"%{escape_like(word)}%" for word in fold(text).split()]


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
    return [row[0] for row in database.execute_sql(sql, params)]


def scalar(sql: str, params: Params = ()) -> Any:
    row = database.execute_sql(sql, params).fetchone()
    return None if row is None else row[0]


def order_by(expression: str, *, descending: bool, tie_break: str, first: str = "") -> str:
    """ORDER BY that keeps empty values last in both directions, as people expect.

    ``first`` is an ordering that goes before the column's own (e.g. open before done).
    """
    direction = "DESC" if descending else "ASC"
    lead = f"{first}, " if first else ""
    return (
        f"ORDER BY {lead}({expression}) IS NULL OR ({expression}) = '', "
        f"{expression} {direction}, {tie_break}"
    )


def execute_many(sql: str, param_rows: Sequence[Sequence[Any]]) -> None:
    if param_rows:
        database.cursor().executemany(sql, param_rows)

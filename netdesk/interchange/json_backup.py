"""The netdesk backup document: every table of a data file as JSON.

Shape (UTF-8)::

    {"format": "netdesk-backup", "format_version": 1, "schema_version": 6,
     "exported_at": "2026-05-01T09:30:00Z", "app_version": "0.1.0",
     "tables": {"contact": {"columns": ["id", ...], "rows": [[1, ...], ...]}}}

Values are exactly as SQLite stores them: integers, finite floats, text and
null; a BLOB becomes ``{"$base64": "..."}``. Each row is written on a line of
its own, so two backups compare well with a text diff.

Reading is strict and happens in two steps, both before anything is written:
:func:`read_document` checks the document's own shape, and :func:`check_schema`
checks its tables, columns and value kinds against the schema of the version it
claims. Every refusal is an :class:`ImportFileError` with a code.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, BinaryIO, TypeGuard

from netdesk.domain.clock import from_iso, to_iso
from netdesk.domain.imports import ImportFileError, ImportFileProblem

FORMAT = "netdesk-backup"
FORMAT_VERSION = 1
FORMAT_NAME = "netdesk-json"
BLOB_KEY = "$base64"
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1

Value = int | float | str | bytes | None
Row = tuple[Value, ...]


class Affinity(StrEnum):
    """SQLite's column type affinity (datatype3.html §3.1)."""

    INTEGER = "integer"
    REAL = "real"
    TEXT = "text"
    NUMERIC = "numeric"
    BLOB = "blob"


def affinity_of(declared_type: str) -> Affinity:
    """The affinity SQLite gives a column declared with ``declared_type``."""
    upper = declared_type.upper()
    if "INT" in upper:
        return Affinity.INTEGER
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return Affinity.TEXT
    if not upper or "BLOB" in upper:
        return Affinity.BLOB
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return Affinity.REAL
    return Affinity.NUMERIC


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    affinity: Affinity
    not_null: bool


Schema = Mapping[str, Sequence[ColumnSpec]]


@dataclass(frozen=True, slots=True)
class TableData:
    columns: tuple[str, ...]
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class BackupDocument:
    schema_version: int
    exported_at: datetime
    app_version: str
    tables: dict[str, TableData]


# --- writing ---------------------------------------------------------------


def write_document(document: BackupDocument, stream: BinaryIO) -> None:
    """Write ``document`` as UTF-8 JSON, one row a line."""
    for chunk in _document_chunks(document):
        stream.write(chunk.encode("utf-8"))


def _document_chunks(document: BackupDocument) -> Iterator[str]:
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": document.schema_version,
        "exported_at": to_iso(document.exported_at),
        "app_version": document.app_version,
    }
    yield "{\n"
    for key, value in head.items():
        yield f"  {_dumps(key)}: {_dumps(value)},\n"
    yield '  "tables": {'
    for t, (name, table) in enumerate(document.tables.items()):
        yield ",\n" if t else "\n"
        yield f'    {_dumps(name)}: {{\n      "columns": {_dumps(list(table.columns))},\n'
        yield '      "rows": ['
        for r, row in enumerate(table.rows):
            yield ",\n        " if r else "\n        "
            yield _dumps([_encode_value(value) for value in row])
        yield "\n      ]\n    }" if table.rows else "]\n    }"
    yield "\n  }\n}\n"


def _dumps(value: object) -> str:
    # allow_nan=False: SQLite cannot hold NaN, and JSON has no infinity.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _encode_value(value: Value) -> object:
    if isinstance(value, bytes):
        return {BLOB_KEY: base64.b64encode(value).decode("ascii")}
    return value


# --- reading ---------------------------------------------------------------


def read_document(data: bytes, file: str, *, newest_schema: int) -> BackupDocument:
    """The backup in ``data``, its shape and value kinds checked.

    ``file`` names the file in errors; a schema version above ``newest_schema``
    (this program's) is refused as too new.
    """
    raw = _parse_json(data, file)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _error(file, ImportFileProblem.WRONG_FORMAT)
    format_version = raw.get("format_version")
    if not _is_int(format_version) or format_version < 1:
        raise _error(file, ImportFileProblem.MALFORMED, detail="format_version")
    if format_version > FORMAT_VERSION:
        raise _error(file, ImportFileProblem.TOO_NEW, detail=f"format_version {format_version}")
    schema_version = raw.get("schema_version")
    if not _is_int(schema_version) or schema_version < 1:
        raise _error(file, ImportFileProblem.MALFORMED, detail="schema_version")
    if schema_version > newest_schema:
        raise _error(file, ImportFileProblem.TOO_NEW, detail=f"schema_version {schema_version}")
    exported_at = raw.get("exported_at")
    app_version = raw.get("app_version", "")
    if not isinstance(exported_at, str) or not isinstance(app_version, str):
        raise _error(file, ImportFileProblem.MALFORMED, detail="exported_at")
    try:
        moment = from_iso(exported_at)
    except ValueError:
        raise _error(file, ImportFileProblem.MALFORMED, detail="exported_at") from None
    tables = raw.get("tables")
    if not isinstance(tables, dict):
        raise _error(file, ImportFileProblem.MALFORMED, detail="tables")
    return BackupDocument(
        schema_version=schema_version,
        exported_at=moment,
        app_version=app_version,
        tables={name: _read_table(file, name, table) for name, table in tables.items()},
    )


def _parse_json(data: bytes, file: str) -> Any:
    if not data.strip():
        raise _error(file, ImportFileProblem.EMPTY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _error(file, ImportFileProblem.UNDECODABLE, detail=f"byte {exc.start}") from None
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise _error(file, ImportFileProblem.MALFORMED, row=exc.lineno, detail=exc.msg) from None
    except (ValueError, RecursionError) as exc:
        # A number out of range, NaN/Infinity, or nesting too deep to be ours.
        raise _error(file, ImportFileProblem.MALFORMED, detail=type(exc).__name__) from None


def _no_constant(name: str) -> float:
    raise ValueError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _read_table(file: str, name: str, table: object) -> TableData:
    if not isinstance(table, dict):
        raise _error(file, ImportFileProblem.MALFORMED, detail=name)
    columns, rows = table.get("columns"), table.get("rows")
    if (
        not isinstance(columns, list)
        or not all(isinstance(c, str) for c in columns)
        or len(set(columns)) != len(columns)
        or not isinstance(rows, list)
    ):
        raise _error(file, ImportFileProblem.MALFORMED, detail=name)
    width = len(columns)
    read: list[Row] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != width:
            raise _error(file, ImportFileProblem.MALFORMED, detail=_where(name, number))
        read.append(tuple(_decode_value(file, name, number, value) for value in row))
    return TableData(tuple(columns), read)


def _decode_value(file: str, table: str, number: int, value: object) -> Value:
    if value is None or isinstance(value, float):
        return value
    if _is_int(value):
        if not _INT_MIN <= value <= _INT_MAX:
            raise _error(file, ImportFileProblem.WRONG_TYPE, detail=_where(table, number))
        return value
    if isinstance(value, str):
        if not value.isascii() and not _is_unicode(value):
            raise _error(file, ImportFileProblem.WRONG_TYPE, detail=_where(table, number))
        return value
    if isinstance(value, dict) and set(value) == {BLOB_KEY} and isinstance(value[BLOB_KEY], str):
        try:
            return base64.b64decode(value[BLOB_KEY], validate=True)
        except (binascii.Error, ValueError):
            pass  # reported below with every other value of the wrong kind
    raise _error(file, ImportFileProblem.WRONG_TYPE, detail=_where(table, number))


def _is_unicode(text: str) -> bool:
    """False for text holding a lone surrogate ("\\ud800"), which SQLite cannot store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# --- checking against a schema ---------------------------------------------


def check_schema(document: BackupDocument, schema: Schema, file: str) -> BackupDocument:
    """The document with every value in the kind its column stores, or an error.

    Every table of ``schema`` must be present, with exactly its columns (in any
    order). A whole number written as 5.0 in an integer column (or 5 in a real
    one) is taken as SQLite would store it.
    """
    for name in document.tables:
        if name not in schema:
            raise _error(file, ImportFileProblem.UNKNOWN_TABLE, detail=name)
    checked: dict[str, TableData] = {}
    for name, specs in schema.items():
        table = document.tables.get(name)
        if table is None:
            raise _error(file, ImportFileProblem.MISSING_TABLE, detail=name)
        known = {spec.name: spec for spec in specs}
        for column in table.columns:
            if column not in known:
                raise _error(file, ImportFileProblem.UNKNOWN_COLUMN, detail=f"{name}.{column}")
        for spec in specs:
            if spec.name not in table.columns:
                raise _error(file, ImportFileProblem.MISSING_COLUMN, detail=f"{name}.{spec.name}")
        order = [known[column] for column in table.columns]
        rows = [
            tuple(
                _stored_value(file, name, number, spec, value)
                for spec, value in zip(order, row, strict=True)
            )
            for number, row in enumerate(table.rows, start=1)
        ]
        checked[name] = TableData(table.columns, rows)
    return BackupDocument(
        document.schema_version, document.exported_at, document.app_version, checked
    )


def _stored_value(file: str, table: str, number: int, spec: ColumnSpec, value: Value) -> Value:
    if value is None:
        if spec.not_null:
            raise _error(
                file, ImportFileProblem.WRONG_TYPE, detail=_where(table, number, spec.name)
            )
        return None
    affinity = spec.affinity
    if affinity is Affinity.BLOB:
        return value
    if affinity is Affinity.TEXT and isinstance(value, str):
        return value
    if affinity is Affinity.REAL and isinstance(value, int | float):
        return float(value)
    # netdesk writes whole numbers as JSON integers: a float in an integer
    # column (5.0) is not what it wrote, and would not read back the same.
    if affinity is Affinity.INTEGER and isinstance(value, int):
        return value
    if affinity is Affinity.NUMERIC and isinstance(value, int | float):
        return value
    raise _error(file, ImportFileProblem.WRONG_TYPE, detail=_where(table, number, spec.name))


def _where(table: str, number: int, column: str = "") -> str:
    """Where in a backup a value is: its table, row and column. Not a line:
    a backup is JSON, and its rows need not sit one per line."""
    return f"{table}, row {number}" + (f", {column}" if column else "")


def _error(
    file: str, problem: ImportFileProblem, *, row: int | None = None, detail: str = ""
) -> ImportFileError:
    return ImportFileError(file, problem, format_name=FORMAT_NAME, row=row, detail=detail)

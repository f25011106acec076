"""Backing up the open data file to JSON, and restoring it from such a backup.

A restore never trusts the document: it is first loaded into a scratch database
in memory, built by the migrations at the backup's schema version and then
migrated to this program's, so every rule of the schema (kinds, uniqueness,
references) is checked, and an older backup arrives in today's shape, before
the data file is touched. The data file is then copied to the backups folder,
and replaced in one transaction that ends only if every table reads back
exactly as the backup has it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from peewee import SqliteDatabase

from netdesk import __version__
from netdesk.domain.clock import Clock, to_iso
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.domain.text import fold, split_tags
from netdesk.interchange.json_backup import (
    FORMAT_NAME,
    BackupDocument,
    ColumnSpec,
    Row,
    TableData,
    affinity_of,
    check_schema,
    read_document,
    write_document,
)
from netdesk.interchange.text_files import read_file_bytes
from netdesk.services.contacts import search_body
from netdesk.store.backup import backups_dir, take_backup
from netdesk.store.db import database
from netdesk.store.files import write_private_file
from netdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION

# Tables whose rows a new data file already has, or that hold only preferences:
# a file with nothing else counts as empty (nothing of the person's to lose).
SEEDED_TABLES = frozenset({"channel", "setting"})
_SEARCH_TABLES = ("contact_search", "conversation_search")


@dataclass(frozen=True, slots=True)
class TableChange:
    """One table before and after a restore. ``live`` counts rows not in the
    trash (all rows for a table without a trash)."""

    table: str
    rows_now: int
    rows_after: int
    live_now: int
    live_after: int


@dataclass(frozen=True, slots=True)
class RestorePlan:
    file: Path
    exported_at: datetime
    app_version: str
    schema_version: int  # the backup's; older ones are migrated on restore
    tables: tuple[TableChange, ...]
    data_file_empty: bool
    backups_folder: Path  # where the copy taken before restoring goes

    def change(self, table: str) -> TableChange:
        return next(change for change in self.tables if change.table == table)


class _MismatchError(Exception):
    """A table did not read back as the backup has it."""


class JsonBackupService:
    def __init__(self, clock: Clock, data_file: Path) -> None:
        self._clock = clock
        self._data_file = data_file

    # --- export ------------------------------------------------------------

    def export_json(self, target: Path | BinaryIO) -> None:
        """Write a backup of every table. A path is written as ``<name>.part``,
        readable by its owner only, and renamed into place when complete."""
        document = self.document()
        if isinstance(target, Path):
            write_private_file(target, lambda stream: write_document(document, stream))
        else:
            write_document(document, target)

    def document(self) -> BackupDocument:
        """Every table of the open data file, read in one transaction."""
        with database.atomic():
            schema = read_schema(database)
            tables = {name: read_table(database, name, specs) for name, specs in schema.items()}
            version = int(database.execute_sql("PRAGMA user_version").fetchone()[0])
        return BackupDocument(version, self._clock.now(), __version__, tables)

    # --- restore -----------------------------------------------------------

    def restore_plan(self, path: Path) -> RestorePlan:
        """What restoring ``path`` would change. Raises ImportFileError, having
        written nothing, when the file cannot be restored."""
        document, staged = self._stage(path)
        now_rows = {name: count_rows(database, name) for name in staged}
        tables = tuple(
            TableChange(
                table=name,
                rows_now=now_rows[name][0],
                rows_after=len(table.rows),
                live_now=now_rows[name][1],
                live_after=_live(table),
            )
            for name, table in staged.items()
        )
        empty = holds_nothing(now_rows)
        return RestorePlan(
            file=path,
            exported_at=document.exported_at,
            app_version=document.app_version,
            schema_version=document.schema_version,
            tables=tables,
            data_file_empty=empty,
            backups_folder=backups_dir(self._data_file),
        )

    def restore(self, path: Path) -> Path:
        """Replace every table with the backup at ``path``; return the copy of
        the data file kept beforehand. All or nothing: on any failure the data
        file is left exactly as it was (ImportFileError for a bad backup)."""
        _document, staged = self._stage(path)
        kept = take_backup(
            database.connection(), self._data_file, reason="before-restore", now=self._clock.now()
        )
        with database.atomic():
            try:
                _replace_rows(database, staged)
            except (sqlite3.IntegrityError, _MismatchError) as exc:
                raise ImportFileError(
                    path.name,
                    ImportFileProblem.INCONSISTENT,
                    format_name=FORMAT_NAME,
                    detail=str(exc),
                ) from exc
            _rebuild_search(database)
        return kept

    def _stage(self, path: Path) -> tuple[BackupDocument, dict[str, TableData]]:
        """The backup read, checked and brought to this schema, in memory."""
        file = path.name
        data = read_file_bytes(path, file, FORMAT_NAME)
        document = read_document(data, file, newest_schema=SCHEMA_VERSION)
        with _scratch_database(document.schema_version, to_iso(self._clock.now())) as scratch:
            document = check_schema(document, read_schema(scratch), file)
            try:
                with scratch.atomic():
                    _replace_rows(scratch, document.tables)
                for version in range(document.schema_version + 1, SCHEMA_VERSION + 1):
                    with scratch.atomic():
                        MIGRATIONS[version - 1](scratch, to_iso(self._clock.now()))
                        scratch.execute_sql(f"PRAGMA user_version = {version:d}")
            except (sqlite3.Error, _MismatchError, OverflowError, ValueError) as exc:
                raise ImportFileError(
                    file, ImportFileProblem.INCONSISTENT, format_name=FORMAT_NAME, detail=str(exc)
                ) from exc
            schema = read_schema(scratch)
            staged = {name: read_table(scratch, name, specs) for name, specs in schema.items()}
        return document, staged


# --- the schema and the rows -------------------------------------------------


def backed_up_tables(db: SqliteDatabase) -> list[str]:
    """Every table a backup holds, in the order they were created: all but
    SQLite's own and the search indexes (virtual tables and their shadow
    tables), which a restore rebuilds."""
    found = db.execute_sql(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in found if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        name
        for name, _sql in found
        if not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def read_schema(db: SqliteDatabase) -> dict[str, tuple[ColumnSpec, ...]]:
    return {
        name: tuple(
            ColumnSpec(row[1], affinity_of(row[2]), bool(row[3]))
            for row in db.execute_sql(f"PRAGMA table_info({_quote(name)})").fetchall()
        )
        for name in backed_up_tables(db)
    }


def read_table(db: SqliteDatabase, name: str, specs: Sequence[ColumnSpec]) -> TableData:
    columns = tuple(spec.name for spec in specs)
    sql = f"SELECT {_column_list(columns)} FROM {_quote(name)} ORDER BY rowid"
    return TableData(columns, [tuple(row) for row in db.execute_sql(sql).fetchall()])


def _replace_rows(db: SqliteDatabase, tables: dict[str, TableData]) -> None:
    """Inside the caller's transaction: empty every table, insert the rows,
    and leave the tables reading back exactly as ``tables`` has them.

    References are checked once everything is in (a person may have been met
    through someone with a larger id). The triggers that keep facts on a
    contact (when they were last in touch, when they heard my goal) are set
    aside meanwhile and recreated, word for word, before the end: the backup
    holds those facts as they were, and recomputing them row by row as
    conversations and messages go in would only be slow. Should a trigger
    still change a row, it is written back as backed up.
    """
    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    triggers = db.execute_sql(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid"
    ).fetchall()
    for name, _sql in triggers:
        db.execute_sql(f"DROP TRIGGER {_quote(name)}")
    for name in reversed(tables):  # those referring to others first: fewer cascades
        db.execute_sql(f"DELETE FROM {_quote(name)}")
    cursor = db.cursor()
    inserted: dict[str, TableData] = {}
    for name, table in tables.items():
        table = _in_rowid_order(db, name, table)
        marks = ", ".join("?" * len(table.columns))
        sql = f"INSERT INTO {_quote(name)} ({_column_list(table.columns)}) VALUES ({marks})"
        cursor.executemany(sql, table.rows)
        inserted[name] = table
    for _name, sql in triggers:
        db.execute_sql(sql)
    for name, table in inserted.items():
        _settle(db, name, table)
    problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _ = problems[0]
        raise _MismatchError(f"{table} row {rowid} refers to a missing {parent}")


def _in_rowid_order(db: SqliteDatabase, name: str, table: TableData) -> TableData:
    """The rows in the order their rowids will have: by the INTEGER PRIMARY KEY
    (which is the rowid) when the table has one, else as given (an empty table
    numbers new rows from 1 in insertion order)."""
    info = db.execute_sql(f"PRAGMA table_info({_quote(name)})").fetchall()
    keys = [row for row in info if row[5]]
    if len(keys) != 1 or keys[0][2].upper() != "INTEGER" or keys[0][1] not in table.columns:
        return table
    at = table.columns.index(keys[0][1])
    return TableData(table.columns, sorted(table.rows, key=lambda row: _sort_key(row[at])))


def _sort_key(value: object) -> tuple[int, float, str]:
    # Mixed kinds only in a hostile document, which the insert then refuses.
    if isinstance(value, int | float):
        return (0, value, "")
    return (1, 0.0, repr(value))


def _settle(db: SqliteDatabase, name: str, table: TableData) -> None:
    """Write back the rows a trigger changed after they went in."""
    sql = f"SELECT rowid, {_column_list(table.columns)} FROM {_quote(name)} ORDER BY rowid"
    stored = db.execute_sql(sql).fetchall()
    if len(stored) != len(table.rows):
        raise _MismatchError(
            f"{name}: {len(stored)} rows read back, {len(table.rows)} in the backup"
        )
    changed = [
        (*wanted, row[0])
        for row, wanted in zip(stored, table.rows, strict=True)
        if not _same(row[1:], wanted)
    ]
    if not changed:
        return
    setters = ", ".join(f"{_quote(column)} = ?" for column in table.columns)
    db.cursor().executemany(f"UPDATE {_quote(name)} SET {setters} WHERE rowid = ?", changed)
    stored = db.execute_sql(sql).fetchall()
    for row, wanted in zip(stored, table.rows, strict=True):
        if not _same(row[1:], wanted):
            raise _MismatchError(f"{name} row {row[0]} does not read back as backed up")


def _same(stored: Sequence[Any], wanted: Row) -> bool:
    """Equal values of the same kind (1 and 1.0 differ, as SQLite keeps them)."""
    return tuple(stored) == wanted and list(map(type, stored)) == list(map(type, wanted))


def _rebuild_search(db: SqliteDatabase) -> None:
    """The search indexes from the rows, as the contact and conversation
    services write them: every contact and conversation, trashed ones too."""
    for table in _SEARCH_TABLES:
        # Made anew from its own definition: emptying a trigram index row by
        # row takes longer than filling it.
        (sql,) = db.execute_sql(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        db.execute_sql(f"DROP TABLE {table}")
        db.execute_sql(sql)
    methods: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for contact_id, kind, value in db.execute_sql(
        "SELECT contact_id, kind, value FROM contact_method ORDER BY contact_id, position"
    ):
        methods[contact_id][kind].append(value)
    contacts = [
        (
            row[0],
            search_body(
                ContactDraft(
                    first_name=row[1],
                    last_name=row[2],
                    position=row[3],
                    how_met=row[4],
                    linkedin_url=row[5],
                    tags=split_tags(row[6]),
                    notes=row[7],
                    emails=tuple(methods[row[0]]["email"]),
                    phones=tuple(methods[row[0]]["phone"]),
                    links=tuple(methods[row[0]]["url"]),
                )
            ),
        )
        for row in db.execute_sql(
            "SELECT id, first_name, last_name, position, how_met, linkedin_url, tags, notes "
            "FROM contact ORDER BY id"
        ).fetchall()
    ]
    cursor = db.cursor()
    cursor.executemany("INSERT INTO contact_search (rowid, body) VALUES (?, ?)", contacts)
    conversations = [
        (row[0], conversation_search_body(*row[1:]))
        for row in db.execute_sql(
            "SELECT id, topics, notes, how_helped FROM conversation ORDER BY id"
        ).fetchall()
    ]
    cursor.executemany("INSERT INTO conversation_search (rowid, body) VALUES (?, ?)", conversations)


def conversation_search_body(topics: str, notes: str, how_helped: str) -> str:
    """The folded text a conversation is found by (as ConversationService indexes it)."""
    return fold(" \n ".join(p for p in (topics, notes, how_helped) if p))


def holds_nothing(rows: dict[str, tuple[int, int]]) -> bool:
    """Whether tables counted by count_rows hold nothing of the person's."""
    return all(counts[0] == 0 for name, counts in rows.items() if name not in SEEDED_TABLES)


def count_rows(db: SqliteDatabase, name: str) -> tuple[int, int]:
    """All rows of a table, and those not in the trash (all, without a trash)."""
    columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({_quote(name)})")}
    live = "count(*) FILTER (WHERE deleted_at IS NULL)" if "deleted_at" in columns else "count(*)"
    total, alive = db.execute_sql(f"SELECT count(*), {live} FROM {_quote(name)}").fetchone()
    return int(total), int(alive)


def _live(table: TableData) -> int:
    if "deleted_at" not in table.columns:
        return len(table.rows)
    at = table.columns.index("deleted_at")
    return sum(1 for row in table.rows if row[at] is None)


@contextmanager
def _scratch_database(version: int, now: str) -> Iterator[SqliteDatabase]:
    """An empty database in memory at schema ``version``, built by the migrations."""
    scratch = SqliteDatabase(":memory:", pragmas=(("foreign_keys", 1),))
    scratch.connect()
    try:
        for step in range(1, version + 1):
            with scratch.atomic():
                MIGRATIONS[step - 1](scratch, now)
                scratch.execute_sql(f"PRAGMA user_version = {step:d}")
        yield scratch
    finally:
        scratch.close()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_list(columns: Sequence[str]) -> str:
    return ", ".join(_quote(column) for column in columns)

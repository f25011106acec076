"""Errors the domain and services raise. They carry codes, never sentences:
the presentation layer (netdesk.messages) turns them into translated text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class ErrorCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_URL = "invalid_url"
    INVALID_LINKEDIN_URL = "invalid_linkedin_url"
    INVALID_PHONE = "invalid_phone"
    OUT_OF_RANGE = "out_of_range"
    NOT_FOUND = "not_found"
    NO_MATCH = "no_match"
    DUPLICATE = "duplicate"
    IN_TRASH = "in_trash"
    SELF_REFERENCE = "self_reference"
    IN_USE = "in_use"
    ALREADY_LOGGED = "already_logged"


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field. ``index`` picks a line in multi-value fields
    (the second email address is index 1)."""

    field: str
    code: ErrorCode
    value: str = ""
    index: int | None = None
    limit: int | None = None


class NetdeskError(Exception):
    """Base of every error netdesk reports to a person."""


class ValidationError(NetdeskError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors


class RecordNotFoundError(NetdeskError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"{kind} {record_id} does not exist")
        self.kind = kind
        self.record_id = record_id


class DataFileProblem(StrEnum):
    NOT_SQLITE = "not_sqlite"
    EMPTY = "empty"
    FOREIGN = "foreign"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    NO_ACCESS = "no_access"
    IS_DIRECTORY = "is_directory"
    LOCKED = "locked"
    NOT_EMPTY = "not_empty"
    MISSING = "missing"


class DataFileError(NetdeskError):
    """The data file cannot be used. The file has not been written to."""

    def __init__(self, path: Path, problem: DataFileProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem}{': ' + detail if detail else ''}")
        self.path = path
        self.problem = problem
        self.detail = detail


class DataFileTooNewError(DataFileError):
    def __init__(self, path: Path, file_version: int, known_version: int) -> None:
        super().__init__(path, DataFileProblem.TOO_NEW, f"{file_version} > {known_version}")
        self.file_version = file_version
        self.known_version = known_version


class DataFileLockedError(DataFileError):
    def __init__(self, path: Path, pid: int, hostname: str, app: str) -> None:
        super().__init__(path, DataFileProblem.LOCKED, f"pid {pid} on {hostname}")
        self.pid = pid
        self.hostname = hostname
        self.app = app


class WriteFailure(StrEnum):
    """Why the data file refused a write."""

    READ_ONLY = "read_only"  # the file or its folder may not be written
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"  # the disk (or network share) failed the write
    BUSY = "busy"  # another program kept the file locked past the wait
    NO_ACCESS = "no_access"  # a side file (-wal, -shm) could not be opened


class DataFileWriteError(NetdeskError):
    """A change could not be written. Its transaction was rolled back, so the
    file holds everything from before the change and nothing of it."""

    def __init__(self, path: Path, reason: WriteFailure, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
        self.detail = detail

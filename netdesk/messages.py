"""Sentences for errors, shared by the window and the command line.

The domain raises codes; this module is where they become words a person
reads, through Qt's translation system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesk.domain.errors import (
    DataFileError,
    DataFileLockedError,
    DataFileProblem,
    DataFileTooNewError,
    ErrorCode,
    FieldError,
)
from netdesk.services.workspace import backups_folder


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe_data_file_error(error: DataFileError) -> str:
    """What went wrong with the data file and what to do, naming the file."""
    path = str(error.path)
    backups = str(backups_folder(error.path))
    problem = error.problem
    if isinstance(error, DataFileTooNewError):
        return _tr(
            "The data file {path} was written by a newer netdesk (data version {found}; this "
            "netdesk knows up to {known}). It has not been changed. Install the newer netdesk "
            "to open it."
        ).format(path=path, found=error.file_version, known=error.known_version)
    if isinstance(error, DataFileLockedError):
        return _tr(
            "The data in {folder} is already open in another netdesk window (process {pid} "
            "on {host}). Switch to that window, or close it and start netdesk again."
        ).format(folder=str(error.path.parent), pid=error.pid, host=error.hostname or "?")
    templates = {
        DataFileProblem.EMPTY: _tr(
            "The data file {path} is empty (0 bytes), perhaps cut short by a crash or a full "
            "disk. netdesk has not changed it. Restore a backup from {backups}, or move the "
            "file away to start a new one."
        ),
        DataFileProblem.NOT_SQLITE: _tr(
            "The file {path} is not a netdesk data file (it is not an SQLite database). "
            "netdesk has not changed it. Restore a backup from {backups}, or choose another "
            "data folder with --data-dir."
        ),
        DataFileProblem.FOREIGN: _tr(
            "The file {path} is an SQLite database of another program, not a netdesk data "
            "file. netdesk has not changed it. Choose another data folder with --data-dir."
        ),
        DataFileProblem.DAMAGED: _tr(
            "The data file {path} is damaged ({detail}). netdesk has not changed it. "
            "Restore the newest backup from {backups}."
        ),
        DataFileProblem.NO_ACCESS: _tr(
            "netdesk may not read or write {path} ({detail}). Check the file's permissions."
        ),
        DataFileProblem.IS_DIRECTORY: _tr(
            "{path} is a folder, but netdesk expects its data file there. Move the folder "
            "away or choose another data folder with --data-dir."
        ),
        DataFileProblem.NOT_EMPTY: _tr("{path} already holds data; netdesk will not overwrite it."),
        DataFileProblem.MISSING: _tr("There is no data file at {path}."),
        DataFileProblem.LOCKED: _tr("The data in {path} is open in another netdesk."),
        DataFileProblem.TOO_NEW: _tr("The data file {path} was written by a newer netdesk."),
    }
    return templates[problem].format(path=path, backups=backups, detail=error.detail)


def describe_field_error(error: FieldError, label: str) -> str:
    """One sentence about one field, e.g. 'Email: "ann@" is not an email address.'"""
    value = error.value
    messages = {
        ErrorCode.REQUIRED: _tr("{label}: please fill this in."),
        ErrorCode.TOO_LONG: _tr("{label}: too long (at most {limit} characters)."),
        ErrorCode.INVALID_EMAIL: _tr('{label}: "{value}" is not an email address.'),
        ErrorCode.INVALID_URL: _tr(
            '{label}: "{value}" is not a web address (like https://example.org).'
        ),
        ErrorCode.INVALID_LINKEDIN_URL: _tr(
            '{label}: "{value}" is not a LinkedIn address (like https://www.linkedin.com/in/name).'
        ),
        ErrorCode.INVALID_PHONE: _tr(
            '{label}: "{value}" is not a phone number (digits, spaces, +, - and brackets).'
        ),
        ErrorCode.OUT_OF_RANGE: _tr("{label}: {value} is out of range (1 to {limit})."),
        ErrorCode.NOT_FOUND: _tr("{label}: this record no longer exists."),
        ErrorCode.NO_MATCH: _tr(
            '{label}: nobody called "{value}" is in your contacts; pick a name from the list.'
        ),
        ErrorCode.DUPLICATE: _tr('{label}: "{value}" already exists.'),
        ErrorCode.IN_TRASH: _tr(
            '{label}: "{value}" is in the trash; restore it from Edit → Trash instead.'
        ),
        ErrorCode.SELF_REFERENCE: _tr("{label}: a person cannot refer you to themselves."),
        ErrorCode.IN_USE: _tr("{label}: still in use."),
        ErrorCode.ALREADY_LOGGED: _tr("{label}: its outcome has already been logged."),
    }
    return messages[error.code].format(label=label, value=value, limit=error.limit or "")

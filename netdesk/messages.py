"""Sentences for errors, shared by the window and the command line.

The domain raises codes; this module is where they become words a person
reads, through Qt's translation system.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netdesk.domain.errors import (
    DataFileError,
    DataFileLockedError,
    DataFileProblem,
    DataFileTooNewError,
    DataFileWriteError,
    ErrorCode,
    FieldError,
    NetdeskError,
    WriteFailure,
)
from netdesk.domain.imports import ImportCode, ImportFileError, ImportFileProblem, ImportProblem
from netdesk.store.backup import backups_dir

if TYPE_CHECKING:  # imported where used: start-up does not need the importer
    from netdesk.domain.import_plan import PlannedRow
    from netdesk.services.exporting import ExportTargetError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe_data_file_error(error: DataFileError) -> str:
    """What went wrong with the data file and what to do, naming the file."""
    path = str(error.path)
    backups = str(backups_dir(error.path))
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


# Importing ----------------------------------------------------------------


def format_label(format_name: str) -> str:
    """A file format as people know it."""
    labels = {
        "linkedin": _tr("LinkedIn connections (CSV)"),
        "vcard": _tr("vCard address book"),
        "google": _tr("Google Contacts (CSV)"),
        "outlook": _tr("Outlook contacts (CSV)"),
        "json": _tr("netdesk backup (JSON)"),
        "csv": _tr("spreadsheet (CSV)"),
        "ics": _tr("calendar (iCalendar)"),
    }
    return labels.get(format_name, format_name)


def import_field_label(field: str) -> str:
    """A field of an imported record, for messages naming it."""
    labels = {
        "first_name": _tr("first name"),
        "last_name": _tr("last name"),
        "name": _tr("name"),
        "organisation": _tr("organisation"),
        "company": _tr("company"),
        "position": _tr("position"),
        "emails": _tr("email"),
        "email": _tr("email"),
        "phones": _tr("phone"),
        "phone": _tr("phone"),
        "linkedin_url": _tr("LinkedIn address"),
        "links": _tr("web address"),
        "url": _tr("web address"),
        "connected_on": _tr("connected on"),
        "first_met": _tr("first met"),
        "how_met": _tr("how we met"),
        "notes": _tr("notes"),
        "tags": _tr("tags"),
        "relevance": _tr("relevance"),
        "cadence_days": _tr("keep in touch every"),
        "met_through": _tr("met through"),
        "card": _tr("card"),
    }
    return labels.get(field, field.replace("_", " "))


def describe_import_file_error(error: ImportFileError) -> str:
    """Why a whole file cannot be imported, naming the file (and line)."""
    where = (
        _tr("{file}, line {row}").format(file=error.file, row=error.row)
        if error.row is not None
        else error.file
    )
    # {kind} is a format's name ("vCard address book"), never a phrase with an
    # article, so each sentence reads right in English and Dutch; without a
    # known format the sentence does not name one.
    kind = format_label(error.format_name) if error.format_name else ""
    messages = {
        ImportFileProblem.MISSING: _tr("{where}: there is no such file."),
        ImportFileProblem.NO_ACCESS: _tr("{where}: netdesk may not read this file."),
        ImportFileProblem.IS_DIRECTORY: _tr("{where}: this is a folder, not a file."),
        ImportFileProblem.UNREADABLE: _tr("{where}: the file cannot be read ({detail})."),
        ImportFileProblem.TOO_LARGE: _tr(
            "{where}: the file is far larger than any contacts export ({detail} bytes)."
        ),
        ImportFileProblem.EMPTY: _tr("{where}: the file is empty."),
        ImportFileProblem.BINARY: (
            _tr(
                "{where}: this is not a text file (it holds binary data), so netdesk cannot "
                "read it as {kind}."
            )
            if kind
            else _tr(
                "{where}: this is not a text file (it holds binary data). netdesk reads "
                "contacts from text files, such as CSV and vCard."
            )
        ),
        ImportFileProblem.UNDECODABLE: _tr(
            "{where}: the text is in an encoding netdesk cannot tell ({detail}). Save it as "
            "UTF-8 and import it again."
        ),
        ImportFileProblem.WRONG_FORMAT: (
            _tr(
                "{where}: this does not look like a file in the format {kind}. Choose the "
                "right format, or export the file again."
            )
            if kind
            else _tr(
                "{where}: netdesk cannot tell which format this file is in. Choose the "
                "format, or export the file again."
            )
        ),
        ImportFileProblem.NO_ROWS: _tr("{where}: the file has a header but no contacts in it."),
        ImportFileProblem.MALFORMED: _tr("{where}: the file is damaged or cut short ({detail})."),
        ImportFileProblem.TOO_NEW: _tr(
            "{where}: the backup was made by a newer netdesk. Update netdesk to restore it."
        ),
        ImportFileProblem.UNKNOWN_TABLE: _tr(
            "{where}: the backup holds a table this netdesk does not know ({detail})."
        ),
        ImportFileProblem.MISSING_TABLE: _tr("{where}: the backup lacks a table ({detail})."),
        ImportFileProblem.UNKNOWN_COLUMN: _tr(
            "{where}: the backup holds a field this netdesk does not know ({detail})."
        ),
        ImportFileProblem.MISSING_COLUMN: _tr("{where}: the backup lacks a field ({detail})."),
        ImportFileProblem.WRONG_TYPE: _tr(
            "{where}: the backup holds a value of the wrong kind ({detail})."
        ),
        ImportFileProblem.INCONSISTENT: _tr(
            "{where}: the backup's records do not fit together ({detail})."
        ),
    }
    template = messages.get(error.problem, _tr("{where}: the file cannot be imported ({detail})."))
    return template.format(where=where, kind=kind, detail=error.detail or error.problem)


def describe_import_problem(problem: ImportProblem, *, with_line: bool = True) -> str:
    """One unreadable field, e.g. 'line 14, email: "ann@" is not an email address.'"""
    field = import_field_label(problem.field) if problem.field else ""
    messages = {
        ImportCode.REQUIRED: _tr("{field}: missing (a name is needed)."),
        ImportCode.TOO_LONG: _tr('{field}: far too long ("{value}").'),
        ImportCode.INVALID_EMAIL: _tr('{field}: "{value}" is not an email address.'),
        ImportCode.INVALID_LINKEDIN_URL: _tr('{field}: "{value}" is not a LinkedIn address.'),
        ImportCode.INVALID_DATE: _tr('{field}: "{value}" is not a date.'),
        ImportCode.EXTRA_CELLS: _tr('more cells than the header has columns ("{value}").'),
        ImportCode.LINE_BREAK: _tr(
            '{field}: the value runs over several lines ("{value}"); a quote in the file '
            "is probably closed rows too late."
        ),
        ImportCode.MALFORMED_CARD: _tr(
            'the card starting here has a line that is not a vCard property ("{value}").'
        ),
        ImportCode.UNCLOSED_CARD: _tr("the card starting here has no END:VCARD."),
        ImportCode.UNDECODABLE: _tr(
            '{field}: the text cannot be read in the character set the card names ("{value}").'
        ),
        ImportCode.INVALID_VALUE: _tr('{field}: "{value}" is not a value netdesk knows.'),
    }
    template = messages.get(problem.code, _tr('{field}: cannot be read ("{value}").'))
    text = template.format(field=field or _tr("row"), value=problem.value)
    return _tr("line {row}, {problem}").format(row=problem.row, problem=text) if with_line else text


def describe_planned_row(row: PlannedRow) -> str:
    """What an import does with one row, or why it does nothing."""
    from netdesk.domain.import_plan import PlanAction, PlanReason

    if row.action is PlanAction.NEW:
        return _tr("new contact")
    if row.action is PlanAction.UPDATE:
        return _tr("adds {fields}").format(
            fields=", ".join(import_field_label(field) for field in row.changes)
        )
    if row.reason is PlanReason.ALREADY_KNOWN:
        return _tr("already known, nothing new")
    if row.reason is PlanReason.SAME_AS_ROW:
        return _tr("same person as line {row}").format(row=row.duplicate_of)
    if row.reason is PlanReason.DELETED:
        return _tr("this person was deleted for good in netdesk; not brought back")
    if row.reason is PlanReason.IN_TRASH:
        return _tr("matches a contact in the trash; restore it from Edit → Trash first")
    if row.reason is PlanReason.UNREADABLE:
        return " ".join(describe_import_problem(p, with_line=False) for p in row.problems)
    # A row checked after reading says the same as a row the reader refused:
    # "please fill this in" speaks to someone at a form, not to a file.
    return " ".join(
        describe_import_problem(
            ImportProblem("", 0, error.field, ImportCode.REQUIRED), with_line=False
        )
        if error.code is ErrorCode.REQUIRED
        else describe_field_error(error, import_field_label(error.field))
        for error in row.errors
    )


# Writing to the data file ---------------------------------------------------


def describe_data_file_write_error(error: DataFileWriteError) -> str:
    """Why a change could not be saved, naming the file; nothing was half-saved."""
    reasons = {
        WriteFailure.READ_ONLY: _tr(
            "netdesk could not save to {path}: the file or its folder is read-only. Nothing "
            "was changed. Make the file and its folder writable, then save again."
        ),
        WriteFailure.DISK_FULL: _tr(
            "netdesk could not save to {path}: the disk is full. Nothing was changed. Free "
            "some space, then save again."
        ),
        WriteFailure.IO_ERROR: _tr(
            "netdesk could not save to {path}: the disk reported an error ({detail}). Nothing "
            "was changed. Check the disk (or network share), then save again."
        ),
        WriteFailure.BUSY: _tr(
            "netdesk could not save to {path}: another program kept the file locked. Nothing "
            "was changed. Close programs that may be using it, then save again."
        ),
        WriteFailure.NO_ACCESS: _tr(
            "netdesk could not save to {path}: it may not open the file or create files "
            "beside it ({detail}). Nothing was changed. Check the folder's permissions."
        ),
    }
    return reasons[error.reason].format(path=str(error.path), detail=error.detail)


def describe_error(error: NetdeskError) -> str:
    """A sentence for any error netdesk reports to a person."""
    if isinstance(error, DataFileWriteError):
        return describe_data_file_write_error(error)
    if isinstance(error, DataFileError):
        return describe_data_file_error(error)
    return str(error)


def describe_export_target_error(error: ExportTargetError) -> str:
    return _tr(
        "{path} is one of netdesk's own files (your data or its backups); an export "
        "there would destroy it. Nothing was written: choose another file."
    ).format(path=error.path)

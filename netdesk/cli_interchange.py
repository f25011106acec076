"""``netdesk import`` and ``netdesk export``: the same services as the window's
File menu, for a terminal. A refused file is one sentence on stderr and a
non-zero exit; nothing is written unless the whole file can be."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.domain.import_plan import ImportPlan, PlanAction
from netdesk.domain.imports import ImportFileError
from netdesk.instance_lock import InstanceLock
from netdesk.interchange import formats
from netdesk.interchange.contact_file import ContactFile
from netdesk.messages import (
    describe_export_target_error,
    describe_import_file_error,
    describe_planned_row,
    format_label,
)
from netdesk.services.workspace import DATA_FILE_NAME, Workspace, ensure_private_dir

EXIT_OK = 0
EXIT_ERROR = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def import_file(
    data_dir: Path, file: Path, format_name: str | None, *, dry_run: bool, replace: bool = False
) -> int:
    data_file = data_dir / DATA_FILE_NAME
    if dry_run and not data_file.exists():  # a dry run never creates anything
        raise DataFileError(data_file, DataFileProblem.MISSING)
    ensure_private_dir(data_dir)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        workspace = Workspace.open(data_dir)
        try:
            if format_name == formats.JSON or (format_name is None and _is_backup(file)):
                return _restore(workspace, file, dry_run=dry_run, replace=replace)
            try:
                read, plan = workspace.importing.read_and_plan(file, format_name)
            except ImportFileError as error:
                print(f"netdesk: {describe_import_file_error(error)}", file=sys.stderr)
                return EXIT_ERROR
            print("\n".join(summary_lines(read, plan)))
            if dry_run:
                print(_tr("Dry run: nothing was written."))
            elif plan.writes_anything:
                result = workspace.importing.apply(plan)
                print(
                    _tr("Imported: {new} new contacts, {updated} updated.").format(
                        new=len(result.created_ids), updated=len(result.updated_ids)
                    )
                )
            else:
                print(_tr("Nothing to import: every contact in the file is already known."))
        finally:
            workspace.close()
    finally:
        lock.release()
    return EXIT_OK


def _is_backup(file: Path) -> bool:
    try:
        with file.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the import names the problem
    return formats.detect_format(head, file.name) == formats.JSON


def _restore(workspace: Workspace, file: Path, *, dry_run: bool, replace: bool) -> int:
    """A netdesk JSON backup is restored, not imported record by record."""
    try:
        plan = workspace.json_backup.restore_plan(file)
    except ImportFileError as error:
        print(f"netdesk: {describe_import_file_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    print(
        _tr("{file}: netdesk backup made {when} by netdesk {version}").format(
            file=file,
            when=plan.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            version=plan.app_version or "?",
        )
    )
    for change in plan.tables:
        if change.rows_now or change.rows_after:
            print(
                _tr("  {table}: {now} now, {after} after restoring").format(
                    table=change.table, now=change.rows_now, after=change.rows_after
                )
            )
    if dry_run:
        print(_tr("Dry run: nothing was written."))
        return EXIT_OK
    if not plan.data_file_empty and not replace:
        print(
            "netdesk: "
            + _tr(
                "{data} already holds data; restoring would replace all of it. Run again "
                "with --replace to do that (a copy of the current data is kept first)."
            ).format(data=workspace.data_file),
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        kept = workspace.json_backup.restore(file)
    except ImportFileError as error:
        print(f"netdesk: {describe_import_file_error(error)}", file=sys.stderr)
        return EXIT_ERROR
    print(_tr("Restored. The data as it was before is kept in {path}").format(path=kept))
    return EXIT_OK


def summary_lines(read: ContactFile, plan: ImportPlan) -> list[str]:
    """The preview as text: counts, then every row that is not simply new."""
    counts = plan.counts
    lines = [
        _tr("{file}: {format}, read as {encoding}").format(
            file=read.file, format=format_label(read.format_name), encoding=read.encoding
        ),
        _tr("{new} new, {updated} updated, {duplicates} duplicates, {skipped} skipped").format(
            new=counts.new,
            updated=counts.updated,
            duplicates=counts.duplicates,
            skipped=counts.skipped,
        ),
    ]
    headings = {
        PlanAction.UPDATE: _tr("Updated:"),
        PlanAction.DUPLICATE: _tr("Duplicates (nothing written):"),
        PlanAction.SKIPPED: _tr("Skipped:"),
    }
    for action, heading in headings.items():
        rows = [row for row in plan.rows if row.action is action]
        if not rows:
            continue
        lines.append(heading)
        for row in rows:
            name = row.problems[0].label if row.problems else ""
            if row.draft is not None:
                name = " ".join(p for p in (row.draft.first_name, row.draft.last_name) if p)
            where = (
                _tr("line {row}, {name}").format(row=row.row_number, name=name)
                if name
                else _tr("line {row}").format(row=row.row_number)
            )
            lines.append(f"  {where}: {describe_planned_row(row)}")
    return lines


def export_file(
    data_dir: Path, file: Path, format_name: str, *, vcard_version: str, as_todos: bool
) -> int:
    from netdesk.services.exporting import ExportFormat, ExportTargetError

    data_file = data_dir / DATA_FILE_NAME
    if not data_file.exists():  # exporting never creates a data file
        raise DataFileError(data_file, DataFileProblem.MISSING)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        workspace = Workspace.open(data_dir, create=False)
        try:
            kind = ExportFormat(format_name)
            if kind is ExportFormat.ICS:
                from netdesk.views.calendar_wording import calendar_wording

                workspace.calendar_export.wording = calendar_wording()
            try:
                result = workspace.exporting.export(
                    file, kind, vcard_version=vcard_version, as_todos=as_todos
                )
            except ExportTargetError as error:
                print(f"netdesk: {describe_export_target_error(error)}", file=sys.stderr)
                return EXIT_ERROR
            except OSError as error:
                print(
                    "netdesk: "
                    + _tr("could not write {path}: {reason}.").format(
                        path=file, reason=error.strerror or error
                    ),
                    file=sys.stderr,
                )
                return EXIT_ERROR
        finally:
            workspace.close()
    finally:
        lock.release()
    if kind is ExportFormat.JSON:
        print(_tr("Backup written: {path}").format(path=file))
    elif kind is ExportFormat.ICS:
        print(
            _tr("{count} calendar entries written: {path}").format(count=result.records, path=file)
        )
    else:
        print(_tr("{count} contacts written: {path}").format(count=result.records, path=file))
    return EXIT_OK

"""The `netdesk` command: no subcommand opens the window; subcommands script
the same services from a terminal. Errors are one clear sentence on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netdesk import APP_NAME, __version__, paths
from netdesk.domain.errors import (
    DataFileError,
    DataFileProblem,
    DataFileWriteError,
    NetdeskError,
)
from netdesk.messages import describe_data_file_error, describe_data_file_write_error

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from netdesk.services.workspace import Workspace

_application: QApplication | None = None  # kept alive while the command runs


def _tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netdesk",
        description=_tr("netdesk: your professional network during a job search."),
    )
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=_tr(
            "folder holding the data file (default: $NETDESK_DATA_DIR, else your user-data folder)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_tr(
            "open the window on a temporary copy of the demo network; your data is not touched"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", help=_tr("create the data file if it does not exist"))
    init.add_argument("--demo", action="store_true", help=_tr("fill it with the demo network"))
    init.add_argument(
        "--language",
        choices=("en", "nl"),
        default=None,
        help=_tr("language of the demo network (default: the interface language)"),
    )
    commands.add_parser(
        "info", help=_tr("show the data file, its version, record counts and integrity")
    )
    commands.add_parser(
        "today",
        help=_tr(
            "print today's agenda: thanks to send, promises due, people to keep in touch "
            "with, referrals, meetings, and your streak"
        ),
    )
    briefing = commands.add_parser(
        "briefing",
        help=_tr("save the briefing for a meeting as a PDF, or list the meetings"),
        description=_tr(
            "Save the printed briefing for a meeting (by default the next upcoming one) as a PDF."
        ),
    )
    briefing.add_argument(
        "meeting_id",
        nargs="?",
        type=int,
        metavar="MEETING_ID",
        help=_tr("the meeting's id, from --list (default: the next upcoming meeting)"),
    )
    output = briefing.add_mutually_exclusive_group(required=True)
    output.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=_tr("the PDF file to write"))
    output.add_argument(
        "--list", action="store_true", help=_tr("list the meetings with their ids and stop")
    )
    importing = commands.add_parser(
        "import",
        help=_tr("import contacts from LinkedIn, a vCard file, Google or Outlook"),
        description=_tr(
            "Import contacts from a file. The format is detected from the file's content "
            "unless --format says it. Every row is listed as new, updated, duplicate or "
            "skipped (with the reason); everything is written in one go, or nothing."
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE", help=_tr("the file to import"))
    importing.add_argument(
        "--format",
        choices=("linkedin", "vcard", "google", "outlook", "json"),
        help=_tr("the file's format (default: detected); json restores a netdesk backup"),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=_tr("show what would happen; write nothing")
    )
    importing.add_argument(
        "--replace",
        action="store_true",
        help=_tr("for a JSON backup: replace the data already there (a copy of it is kept first)"),
    )
    exporting = commands.add_parser(
        "export",
        help=_tr("export contacts (vCard, CSV), the calendar (iCalendar) or a backup (JSON)"),
        description=_tr(
            "Export every contact as vCard or a spreadsheet-safe CSV, follow-ups, promises "
            "and meetings as an iCalendar file, or everything as a JSON backup."
        ),
    )
    exporting.add_argument("file", type=Path, metavar="FILE", help=_tr("the file to write"))
    exporting.add_argument(
        "--format", required=True, choices=("vcard", "csv", "ics", "json"), help=_tr("format")
    )
    exporting.add_argument(
        "--vcard-version", choices=("3.0", "4.0"), default="3.0", help=_tr("vCard version")
    )
    exporting.add_argument(
        "--todos",
        action="store_true",
        help=_tr("iCalendar: follow-ups and promises as to-dos rather than events"),
    )
    return parser


_COMMANDS = frozenset({"init", "info", "today", "briefing", "import", "export"})


def main(argv: Sequence[str] | None = None) -> int:
    tokens = list(sys.argv[1:] if argv is None else argv)
    command = next((token for token in tokens if token in _COMMANDS), None)
    language = "en"
    if command is not None or {"-h", "--help"} & set(tokens):
        # Before the parser is built, so its help is in the chosen language too.
        language = _speak_the_chosen_language(command, wants_pdf="--pdf" in tokens)
    args = build_parser().parse_args(argv)
    if os.name == "posix":
        # Everything netdesk creates (lock, backups, exports, SQLite's side
        # files) is personal data: readable by its owner only.
        os.umask(0o077)
    data_dir = paths.data_dir(args.data_dir)
    try:
        if args.command == "init":
            return _init(data_dir, demo=args.demo, language=args.language or language)
        if args.command == "info":
            return _info(data_dir)
        if args.command == "today":
            return _today(data_dir)
        if args.command == "briefing":
            return _briefing(data_dir, args.meeting_id, args.pdf, list_only=args.list)
        if args.command == "import":
            from netdesk.cli_interchange import import_file

            return import_file(
                data_dir, args.file, args.format, dry_run=args.dry_run, replace=args.replace
            )
        if args.command == "export":
            from netdesk.cli_interchange import export_file

            return export_file(
                data_dir,
                args.file,
                args.format,
                vcard_version=args.vcard_version,
                as_todos=args.todos,
            )
        from netdesk.app import run_gui  # Qt Widgets only when a window is wanted

        return run_gui(data_dir, demo=args.demo)
    except DataFileError as error:
        _fail(describe_data_file_error(error))
        return EXIT_ERROR
    except DataFileWriteError as error:
        _fail(describe_data_file_write_error(error))
        return EXIT_ERROR
    except NetdeskError as error:
        _fail(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the promise: a sentence, never a traceback
        _fail(
            _tr("unexpected error ({kind}: {message}); nothing was changed after it.").format(
                kind=type(error).__name__, message=error
            )
        )
        return EXIT_ERROR


def _fail(message: str) -> None:
    print(f"netdesk: {message}", file=sys.stderr)


def _speak_the_chosen_language(command: str | None, *, wants_pdf: bool) -> str:
    """A command prints in the interface's language: it needs an application
    object for Qt's translators (a GUI one where it will print a PDF)."""
    global _application
    from netdesk.i18n import install_translators, language_setting

    app = QCoreApplication.instance()
    if app is None:
        if command == "briefing" and wants_pdf:
            _offscreen_application()
        else:
            QCoreApplication.setOrganizationName(APP_NAME)
            QCoreApplication.setApplicationName(APP_NAME)
            _application = QCoreApplication(sys.argv[:1])  # type: ignore[assignment]
        app = QCoreApplication.instance()
    assert app is not None
    return install_translators(app, language_setting())


def _init(data_dir: Path, *, demo: bool, language: str = "en") -> int:
    from netdesk.instance_lock import InstanceLock
    from netdesk.services.workspace import DATA_FILE_NAME, Workspace, ensure_private_dir

    data_file = data_dir / DATA_FILE_NAME
    ensure_private_dir(data_dir)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        # A zero-byte file holds nothing to lose: init may replace it.
        if data_file.is_file() and data_file.stat().st_size == 0:
            data_file.unlink()
        existed = data_file.exists()
        workspace = Workspace.open(data_dir)
        try:
            if existed and not workspace.is_empty():
                raise DataFileError(data_file, DataFileProblem.NOT_EMPTY)
            if demo:
                from netdesk.services.demo import build_demo_network

                build_demo_network(workspace, language)
            counts = workspace.counts()
        finally:
            workspace.close()
    finally:
        lock.release()
    verb = _tr("Data file already existed") if existed else _tr("Created")
    print(f"{verb}: {data_file}")
    if demo:
        print(
            _tr(
                "Demo network: {contacts} contacts at {organisations} organisations, "
                "{conversations} conversations, {promises} open promises."
            ).format(
                contacts=counts.contacts,
                organisations=counts.organisations,
                conversations=counts.conversations,
                promises=counts.open_promises,
            )
        )
    return EXIT_OK


def _info(data_dir: Path) -> int:
    from netdesk.services.workspace import DATA_FILE_NAME, SCHEMA_VERSION, summarise

    data_file = data_dir / DATA_FILE_NAME
    summary = summarise(data_file)
    state = (
        _tr("current")
        if summary.schema_version == SCHEMA_VERSION
        else _tr("older; it is upgraded the next time netdesk opens it")
    )
    rows = [
        (_tr("Data file"), str(data_file)),
        (_tr("Schema version"), f"{summary.schema_version} ({state})"),
        (_tr("Contacts"), str(summary.counts.get("contact", 0))),
        (_tr("Organisations"), str(summary.counts.get("organisation", 0))),
        (_tr("Conversations"), str(summary.counts.get("conversation", 0))),
        (_tr("Promises"), str(summary.counts.get("promise", 0))),
        (_tr("Integrity"), "; ".join(summary.integrity)),
    ]
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label + ':':<{width}}{value}")
    if summary.integrity != ["ok"]:
        _fail(
            _tr("the data file {path} failed its integrity check: {problem}").format(
                path=data_file, problem=summary.integrity[0]
            )
        )
        return EXIT_ERROR
    return EXIT_OK


def _today(data_dir: Path) -> int:
    from netdesk.instance_lock import InstanceLock
    from netdesk.services.workspace import DATA_FILE_NAME, Workspace
    from netdesk.views.today_text import agenda_lines

    data_file = data_dir / DATA_FILE_NAME
    if not data_file.exists():  # reading the agenda never creates anything
        raise DataFileError(data_file, DataFileProblem.MISSING)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        workspace = Workspace.open(data_dir, create=False)
        damaged = False
        try:
            agenda = workspace.today.agenda()
        except DataFileError:
            damaged = True  # a page of the file is damaged: close it without writing
            raise
        finally:
            workspace.close(damaged=damaged)
    finally:
        lock.release()
    print("\n".join(agenda_lines(agenda)))
    return EXIT_OK


def _briefing(data_dir: Path, meeting_id: int | None, pdf: Path | None, *, list_only: bool) -> int:
    from netdesk.instance_lock import InstanceLock
    from netdesk.services.workspace import DATA_FILE_NAME, Workspace

    data_file = data_dir / DATA_FILE_NAME
    if not data_file.exists():  # a briefing never creates a data file
        raise DataFileError(data_file, DataFileProblem.MISSING)
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        workspace = Workspace.open(data_dir, create=False)
        try:
            if list_only:
                print("\n".join(_meeting_lines(workspace)))
                return EXIT_OK
            assert pdf is not None  # argparse asks for --pdf or --list
            return _save_briefing(workspace, meeting_id, pdf)
        finally:
            workspace.close()
    finally:
        lock.release()


def _save_briefing(workspace: Workspace, meeting_id: int | None, pdf: Path) -> int:
    from netdesk.domain.errors import RecordNotFoundError

    if meeting_id is None:
        upcoming = workspace.meetings.next_upcoming(workspace.clock.now())
        if upcoming is None:
            _fail(
                _tr(
                    "there is no upcoming meeting; give a meeting's id "
                    "(netdesk briefing --list shows them)."
                )
            )
            return EXIT_ERROR
        meeting_id = upcoming.id
    _offscreen_application()
    from netdesk.printing.briefing_print import save_briefing_pdf

    try:
        save_briefing_pdf(workspace, meeting_id, pdf)
    except RecordNotFoundError:
        _fail(
            _tr("there is no meeting {id}; netdesk briefing --list shows the meetings.").format(
                id=meeting_id
            )
        )
        return EXIT_ERROR
    except OSError as error:
        _fail(
            _tr("could not write the PDF to {path}: {reason}.").format(
                path=pdf, reason=error.strerror or error
            )
        )
        return EXIT_ERROR
    print(_tr("Briefing saved: {path}").format(path=pdf))
    return EXIT_OK


def _meeting_lines(workspace: Workspace) -> list[str]:
    from netdesk.domain.meetings import MeetingKind, MeetingStatus

    meetings = workspace.meetings.all()
    if not meetings:
        return [_tr("No meetings yet. Prepare one in netdesk with Ctrl+I.")]
    statuses = {
        MeetingStatus.DRAFT: _tr("draft"),
        MeetingStatus.PLANNED: _tr("planned"),
        MeetingStatus.DONE: _tr("done"),
    }
    kinds = {
        MeetingKind.NETWORKING_INTERVIEW: _tr("networking interview"),
        MeetingKind.COFFEE: _tr("coffee"),
        MeetingKind.CALL: _tr("call"),
        MeetingKind.EVENT: _tr("event"),
    }
    rows = [(_tr("ID"), _tr("When"), _tr("Status"), _tr("Kind"), _tr("Person"))]
    for meeting in meetings:
        when = (
            meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M") if meeting.starts_at else "-"
        )
        person = meeting.contact_name or "-"
        if meeting.organisation_name:
            person += f" ({meeting.organisation_name})"
        rows.append(
            (str(meeting.id), when, statuses[meeting.status], kinds[meeting.draft.kind], person)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return [
        "  ".join(
            [
                row[0].rjust(widths[0]),
                *(c.ljust(w) for c, w in zip(row[1:4], widths[1:], strict=True)),
                row[4],
            ]
        )
        for row in rows
    ]


def _offscreen_application() -> None:
    """Printing needs a GUI application but no window. On Linux, Qt draws
    offscreen (the same fonts, through fontconfig), so a terminal without a
    display, or with a stale $DISPLAY, still prints; elsewhere the platform's
    own plugin is the one that knows the system's fonts."""
    global _application
    from netdesk.app import create_application

    argv = sys.argv[:1]
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _application = create_application(argv)

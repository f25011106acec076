"""Undoable edits. Every command carries ids and before/after values, calls the
services to act, and announces what changed so the screens refresh.

A create or edit is performed (and validated) before its command is pushed, so
the first redo() that QUndoStack.push() runs only records it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from typing_extensions import override

from netdesk.domain.errors import NetdeskError
from netdesk.domain.trash import RecordKind
from netdesk.models.changes import Changes
from netdesk.services.trash import TrashService

D = TypeVar("D")
ErrorReporter = Callable[[str, NetdeskError], None]


def announce(changes: Changes, kind: RecordKind) -> None:
    """Tell every screen that records of ``kind`` changed (and what depends on them)."""
    if kind is RecordKind.CONTACT:
        changes.contacts_changed.emit()
        changes.conversations_changed.emit()  # their names and visibility
        changes.promises_changed.emit()
        changes.organisations_changed.emit()  # people counts
        changes.meetings_changed.emit()  # hidden or shown with the person
    elif kind is RecordKind.ORGANISATION:
        changes.organisations_changed.emit()
        changes.contacts_changed.emit()  # organisation names
        changes.conversations_changed.emit()
    elif kind is RecordKind.CONVERSATION:
        changes.conversations_changed.emit()
        changes.contacts_changed.emit()  # last spoke, referrals
    elif kind is RecordKind.PITCH:
        changes.pitches_changed.emit()
    elif kind is RecordKind.MEETING:
        changes.meetings_changed.emit()
    else:
        changes.promises_changed.emit()
    changes.trash_changed.emit()


class _Command(QUndoCommand):
    def __init__(self, text: str, changes: Changes, report: ErrorReporter) -> None:
        super().__init__(text)
        self._changes = changes
        self._report = report
        # Whether the last redo or undo was refused (and reported): the
        # caller then has nothing done to tell of.
        self.failed = False

    def _attempt(self, action: Callable[[], object], kind: RecordKind) -> None:
        self.failed = False
        try:
            action()
        except NetdeskError as error:
            self.failed = True
            self._report(self.text(), error)
        announce(self._changes, kind)


class PerformedCommand(_Command):
    """An action performed (and validated) before it was pushed: the first
    redo() only announces it; later ones run ``forward`` again."""

    def __init__(
        self,
        text: str,
        kind: RecordKind,
        *,
        forward: Callable[[], object],
        backward: Callable[[], object],
        changes: Changes,
        report: ErrorReporter,
    ) -> None:
        super().__init__(text, changes, report)
        self._kind = kind
        self._forward = forward
        self._backward = backward
        self._first = True

    @override
    def redo(self) -> None:
        if self._first:
            self._first = False
            announce(self._changes, self._kind)
            return
        self._attempt(self._forward, self._kind)

    @override
    def undo(self) -> None:
        self._attempt(self._backward, self._kind)


def creation_command(
    text: str,
    kind: RecordKind,
    record_id: int,
    trash: TrashService,
    changes: Changes,
    report: ErrorReporter,
) -> PerformedCommand:
    """Undo of a creation moves the new record to the trash; redo restores it."""
    return PerformedCommand(
        text,
        kind,
        forward=lambda: trash.restore(kind, [record_id]),
        backward=lambda: trash.trash(kind, [record_id]),
        changes=changes,
        report=report,
    )


def edit_command(
    text: str,
    kind: RecordKind,
    apply: Callable[[D], object],
    before: D,
    after: D,
    changes: Changes,
    report: ErrorReporter,
) -> PerformedCommand:
    """Undo applies the values from before the edit; redo the edited ones."""
    return PerformedCommand(
        text,
        kind,
        forward=lambda: apply(after),
        backward=lambda: apply(before),
        changes=changes,
        report=report,
    )


class TrashCommand(_Command):
    """Move records to the trash (redo) or bring them back (undo)."""

    def __init__(
        self,
        text: str,
        kind: RecordKind,
        record_ids: Sequence[int],
        trash: TrashService,
        changes: Changes,
        report: ErrorReporter,
        *,
        restoring: bool = False,
    ) -> None:
        super().__init__(text, changes, report)
        self._kind = kind
        self._ids = list(record_ids)
        self._trash = trash
        self._restoring = restoring

    @override
    def redo(self) -> None:
        act = self._trash.restore if self._restoring else self._trash.trash
        self._attempt(lambda: act(self._kind, self._ids), self._kind)

    @override
    def undo(self) -> None:
        act = self._trash.trash if self._restoring else self._trash.restore
        self._attempt(lambda: act(self._kind, self._ids), self._kind)


def push_trash(
    stack: QUndoStack,
    text: str,
    kind: RecordKind,
    record_ids: Sequence[int],
    trash: TrashService,
    changes: Changes,
    report: ErrorReporter,
) -> bool:
    """Move records to the trash as one undoable step; False when the data
    file refused it (the refusal is already reported), so the caller says
    nothing about the trash."""
    command = TrashCommand(text, kind, record_ids, trash, changes, report)
    stack.push(command)
    return not command.failed

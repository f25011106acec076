"""The Meetings screen: meetings being prepared and coming up, each a click
from its preparation, its printed briefing, and logging how it went."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.errors import NetdeskError
from netdesk.domain.meetings import Meeting, MeetingStatus, readiness
from netdesk.domain.trash import RecordKind
from netdesk.models.changes import Changes
from netdesk.models.formatting import local_date_time, numerus
from netdesk.services.workspace import Workspace
from netdesk.views.commands import (
    ErrorReporter,
    PerformedCommand,
    creation_command,
    edit_command,
    push_trash,
)
from netdesk.views.common import invitation, plain_tooltip
from netdesk.views.meeting_kinds import kind_labels

_ID_ROLE = Qt.ItemDataRole.UserRole
_LOGGABLE_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingsPage(QWidget):
    """Emits ``dialog_requested`` with a dialog the window should show, and
    ``show_requested`` when this screen should come to the front."""

    dialog_requested = Signal(QWidget)
    show_requested = Signal()  # after finishing the wizard: show the meeting here
    status_message = Signal(str)  # a line for the window's status bar

    def __init__(
        self,
        workspace: Workspace,
        changes: Changes,
        undo_stack: QUndoStack,
        report: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MeetingsPage")
        self._ws = workspace
        self._changes = changes
        self._undo = undo_stack
        self._report = report
        self._loaded = False
        tr = self.tr
        self.list = QTreeWidget()
        self.list.setObjectName("meetingList")
        self.list.setAccessibleName(tr("Meetings"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [tr("When"), tr("Person"), tr("Organisation"), tr("Kind"), tr("Status"), tr("Ready?")]
        )
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._update_buttons)
        # The Delete key is the window's Edit → Delete, which calls delete() here.

        self.prepare_button = QPushButton(tr("P&repare a meeting…"))
        self.prepare_button.setToolTip(tr("Prepare a networking interview step by step (Ctrl+I)"))
        self.prepare_button.clicked.connect(lambda: self.prepare())
        self.open_button = QPushButton(tr("Open…"))
        self.open_button.setToolTip(tr("Continue preparing this meeting (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.briefing_button = QPushButton(tr("&Briefing…"))
        self.briefing_button.setToolTip(tr("Preview and print the briefing to take along"))
        self.briefing_button.clicked.connect(self.show_briefing)
        self.pdf_button = QPushButton(tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.outcome_button = QPushButton(tr("&Log the outcome…"))
        self.outcome_button.setToolTip(
            tr("Afterwards: note what was said, referrals and promises; then send thanks")
        )
        self.outcome_button.clicked.connect(self.log_outcome)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Move to the trash (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (
            self.prepare_button,
            self.open_button,
            self.briefing_button,
            self.pdf_button,
            self.outcome_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.first_button = QPushButton(tr("Prepare my first meeting"))
        self.first_button.setObjectName("firstMeeting")
        self.first_button.clicked.connect(lambda: self.prepare())
        empty = invitation(
            tr("Don't go ill-prepared"),
            tr(
                "Meeting someone for a networking interview? Prepare it step by step: "
                "your purpose, your introduction, research on the organisation and the "
                "person, and the questions you want answered. Then print a briefing to "
                "take along, and log the outcome afterwards."
            ),
            self.first_button,
        )

        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(buttons)
        listing_layout.addWidget(self.list, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(listing)
        layout = QVBoxLayout(self)  # the style's margins, as the record tables have
        layout.addWidget(self.stack)
        changes.meetings_changed.connect(self.reload)
        changes.contacts_changed.connect(self.reload)
        self._update_buttons()

    # Showing ----------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def focus_start(self) -> None:
        if self.stack.currentIndex() == 0:
            self.first_button.setFocus()
        else:
            self.list.setFocus()

    @Slot()
    def reload(self) -> None:
        self._loaded = True
        current = self.current_id()
        meetings = self._ws.meetings.all()
        now = self._ws.clock.now()
        kinds = kind_labels()
        statuses = {
            MeetingStatus.DRAFT: self.tr("Draft"),
            MeetingStatus.PLANNED: self.tr("Planned"),
            MeetingStatus.DONE: self.tr("Done"),
        }
        self.list.clear()
        for meeting in meetings:
            gaps = len(readiness(meeting.draft, now))
            ready = (
                self.tr("Ready")
                if gaps == 0
                else numerus(self.tr("%n thing(s) missing", None, gaps), gaps)
            )
            if meeting.status is MeetingStatus.DONE:
                ready = ""
            item = QTreeWidgetItem(
                [
                    local_date_time(meeting.starts_at) or self.tr("(no date)"),
                    meeting.contact_name or self.tr("(nobody yet)"),
                    meeting.organisation_name,
                    kinds[meeting.draft.kind],
                    statuses[meeting.status],
                    ready,
                ]
            )
            item.setData(0, _ID_ROLE, meeting.id)
            # Logging an outcome needs a person, and happens once.
            item.setData(
                0,
                _LOGGABLE_ROLE,
                meeting.draft.contact_id is not None and meeting.status is not MeetingStatus.DONE,
            )
            if meeting.draft.purpose:
                item.setToolTip(1, plain_tooltip(meeting.draft.purpose))
            self.list.addTopLevelItem(item)
            if meeting.id == current:
                self.list.setCurrentItem(item)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.stack.setCurrentIndex(1 if meetings else 0)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(0, _ID_ROLE))

    def select(self, meeting_id: int) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, _ID_ROLE) == meeting_id:
                self.list.setCurrentItem(item)

    def _current(self) -> Meeting | None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        try:
            return self._ws.meetings.get(meeting_id)
        except NetdeskError as error:
            self._report(self.tr("Open the meeting"), error)
            return None

    @Slot()
    def _update_buttons(self) -> None:
        meeting_id = self.current_id()
        has = meeting_id is not None
        for button in (self.open_button, self.briefing_button, self.pdf_button):
            button.setEnabled(has)
        self.delete_button.setEnabled(has)
        item = self.list.currentItem()
        self.outcome_button.setEnabled(item is not None and bool(item.data(0, _LOGGABLE_ROLE)))

    # Acting ------------------------------------------------------------------------

    def prepare(self, contact_id: int | None = None, starts_at: datetime | None = None) -> None:
        from netdesk.wizard.interview_wizard import InterviewWizard

        wizard = InterviewWizard(
            self._ws,
            contact_id=contact_id,
            starts_at=starts_at,
            report=self._report,
            parent=self.window(),
        )
        created: list[int] = []

        def on_saved(meeting_id: int) -> None:
            if not created:
                created.append(meeting_id)
                self._undo.push(
                    creation_command(
                        self.tr("Prepare a meeting"),
                        RecordKind.MEETING,
                        meeting_id,
                        self._ws.trash,
                        self._changes,
                        self._report,
                    )
                )
            else:
                self._changes.meetings_changed.emit()
            self._changes.contacts_changed.emit()  # a person may have been added
            self.select(meeting_id)

        wizard.saved.connect(on_saved)
        wizard.accepted.connect(self.show_requested)
        self.dialog_requested.emit(wizard)

    def open_meeting(self, meeting_id: int) -> None:
        try:
            meeting = self._ws.meetings.get(meeting_id)
        except NetdeskError as error:
            self._report(self.tr("Open the meeting"), error)
            return
        from netdesk.wizard.interview_wizard import InterviewWizard

        wizard = InterviewWizard(
            self._ws, meeting=meeting, report=self._report, parent=self.window()
        )
        saved: list[int] = []

        def on_saved(meeting_id: int) -> None:
            saved.append(meeting_id)
            self._changes.meetings_changed.emit()

        def on_finished(_result: int) -> None:
            # One undo step for the whole edit (it is already written). Undo
            # puts the meeting back; the organisation keeps its notes.
            if not saved:
                return
            after = self._ws.meetings.get(meeting.id).draft
            self._undo.push(
                edit_command(
                    self.tr("Edit meeting with {name}").format(name=meeting.contact_name),
                    RecordKind.MEETING,
                    lambda draft: self._ws.meetings.update(meeting.id, draft),
                    meeting.draft,
                    after,
                    self._changes,
                    self._report,
                )
            )

        wizard.saved.connect(on_saved)
        wizard.finished.connect(on_finished)
        self.dialog_requested.emit(wizard)

    @Slot()
    def open_current(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    @Slot(QTreeWidgetItem, int)
    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_meeting(int(item.data(0, _ID_ROLE)))

    @Slot()
    def show_briefing(self) -> None:
        from netdesk.printing.briefing_print import show_briefing_preview

        meeting_id = self.current_id()
        if meeting_id is not None:
            show_briefing_preview(self, self._ws, meeting_id)

    @Slot()
    def save_pdf(self) -> None:
        meeting = self._current()
        if meeting is None:
            return
        dialog = QFileDialog(self, self.tr("Save the briefing as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        name = self.tr("Briefing {name}").format(name=meeting.contact_name or meeting.id)
        dialog.selectFile(str(Path.home() / f"{name}.pdf"))
        dialog.fileSelected.connect(lambda path: self._write_pdf(meeting.id, Path(path)))
        self.dialog_requested.emit(dialog)

    def _write_pdf(self, meeting_id: int, path: Path) -> None:
        from netdesk.printing.briefing_print import save_briefing_pdf

        try:
            save_briefing_pdf(self._ws, meeting_id, path)
        except (NetdeskError, OSError) as error:
            self._report(self.tr("Save the briefing"), NetdeskError(str(error)))

    @Slot()
    def log_outcome(self) -> None:
        meeting = self._current()
        if meeting is None or meeting.status is MeetingStatus.DONE:
            return
        if meeting.draft.contact_id is None:
            return  # a draft without a person: prepare it first
        ws = self._ws

        def save(draft: ConversationDraft) -> None:
            done = ws.meetings.log_outcome(meeting.id, draft, dialog.promise_drafts())
            conversation_id = done.conversation_id
            assert conversation_id is not None

            def back() -> None:
                ws.meetings.undo_outcome(meeting.id)
                self._changes.everything()

            def forward() -> None:
                ws.meetings.redo_outcome(meeting.id, conversation_id)
                self._changes.everything()

            self._undo.push(
                PerformedCommand(
                    self.tr("Log the outcome of the meeting with {name}").format(
                        name=meeting.contact_name
                    ),
                    RecordKind.CONVERSATION,
                    forward=forward,
                    backward=back,
                    changes=self._changes,
                    report=self._report,
                )
            )
            self._changes.everything()

        from netdesk.views.outcome_dialog import OutcomeDialog  # loads when first used

        dialog = OutcomeDialog(
            ws.contacts,
            ws.channels.all(),
            meeting,
            ws.meetings.outcome_draft(meeting),
            save,
            parent=self.window(),
        )
        self.dialog_requested.emit(dialog)

    @Slot()
    def delete(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        if push_trash(
            self._undo,
            self.tr("Delete meeting"),
            RecordKind.MEETING,
            [meeting_id],
            self._ws.trash,
            self._changes,
            self._report,
        ):
            self.status_message.emit(
                self.tr("Moved the meeting to the trash. Ctrl+Z brings it back.")
            )
        self.list.setFocus()

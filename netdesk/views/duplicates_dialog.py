"""Tools → Find duplicates: pairs of contacts that look like one person,
side by side, merged into either one (undoable) or marked as two people."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.contacts import Contact
from netdesk.domain.duplicates import DuplicatePair, MatchReason, MergeRefusal
from netdesk.domain.errors import NetdeskError
from netdesk.domain.trash import RecordKind
from netdesk.messages import describe_error
from netdesk.models.changes import Changes
from netdesk.models.formatting import local_date, short_date
from netdesk.services.merging import MergeRecord, MergeRefusedError, MergeService
from netdesk.services.workspace import Workspace
from netdesk.views.background import BackgroundJob, Progress
from netdesk.views.commands import ErrorReporter, PerformedCommand
from netdesk.views.common import invitation, plain_label, plain_tooltip, show_error

# More pairs than anyone works through at one sitting; the strongest come first.
SHOWN_PAIRS = 500
_PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class MergeCommand(PerformedCommand):
    """A merge performed before it was pushed: undo puts both people back as
    they were; redo merges them again."""

    def __init__(
        self,
        text: str,
        merging: MergeService,
        record: MergeRecord,
        changes: Changes,
        report: ErrorReporter,
    ) -> None:
        self._merging = merging
        self.record = record
        super().__init__(
            text,
            RecordKind.CONTACT,
            forward=self._merge_again,
            backward=self._unmerge,
            changes=changes,
            report=report,
        )

    def _merge_again(self) -> None:
        self.record = self._merging.merge(self.record.keep_id, self.record.other_id)

    def _unmerge(self) -> None:
        self._merging.unmerge(self.record)


class NotSamePersonCommand(QUndoCommand):
    """Remember (redo) or forget (undo) that two contacts are different people."""

    def __init__(self, text: str, merging: MergeService, first_id: int, second_id: int) -> None:
        super().__init__(text)
        self._merging = merging
        self._ids = (first_id, second_id)

    @override
    def redo(self) -> None:
        self._merging.dismiss(*self._ids)

    @override
    def undo(self) -> None:
        self._merging.undismiss(*self._ids)


def _report_alone(action: str, error: NetdeskError) -> None:
    show_error(None, action, describe_error(error))


class _Side(QWidget):
    """One person of the pair: what helps tell whether they are the same."""

    def __init__(self, fields: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.values: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        for row, name in enumerate(fields, start=1):
            label = plain_label(name)
            quiet = label.palette()  # field names recede behind the values
            quiet.setColor(
                QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText)
            )
            label.setPalette(quiet)
            value = plain_label()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values.append(value)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(fields) + 1, 1)

    def show_values(self, heading: str, values: Sequence[str]) -> None:
        self.heading.setText(heading)
        for label, value in zip(self.values, values, strict=True):
            label.setText(value or "—")


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        changes: Changes,
        report: ErrorReporter = _report_alone,
        merging: MergeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self._contacts = workspace.contacts
        self._thread_connection = workspace.thread_connection
        self._job: BackgroundJob | None = None
        self._look_again = False
        self._merging = merging or MergeService(workspace.clock, workspace.trash)
        self._undo_stack = undo_stack
        self._changes = changes
        self._report = report
        self._people: dict[int, Contact] = {}
        self._conversations: dict[int, int] = {}
        # The stack index our own merges moved to: the queued indexChanged
        # they cause must not look again (that takes seconds at 100k).
        self._own_index: int | None = None
        self._reasons = {
            MatchReason.SAME_LINKEDIN: self.tr("Same LinkedIn profile"),
            MatchReason.SAME_EMAIL: self.tr("Same email address"),
            MatchReason.SAME_NAME: self.tr("Same name"),
            MatchReason.SWAPPED_NAMES: self.tr("First and last name swapped"),
            MatchReason.INITIAL: self.tr("Initial and full first name"),
            MatchReason.SIMILAR_NAME: self.tr("Similar name"),
        }

        intro = plain_label(
            self.tr(
                "These people may be in your network twice. Compare each pair, then merge "
                "them into one (Ctrl+Z undoes a merge) or mark them as different people."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("duplicatePairs")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Left"),
                self.tr("Right"),
                self.tr("Organisation"),
                self.tr("Why"),
                self.tr("Likelihood"),
                self.tr("Conversations"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 160, 160, 190, 90, 100)):
            self.list.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

        fields = [
            self.tr("Organisation"),
            self.tr("Position"),
            self.tr("Emails"),
            self.tr("Phones"),
            self.tr("LinkedIn"),
            self.tr("Tags"),
            self.tr("First met"),
            self.tr("Conversations"),
            self.tr("Added"),
        ]
        self.left = _Side(fields)
        self.right = _Side(fields)
        compare = QFrame()
        compare.setObjectName("duplicateComparison")
        compare.setFrameShape(QFrame.Shape.StyledPanel)
        sides = QHBoxLayout(compare)
        sides.setContentsMargins(0, 0, 0, 0)
        sides.setSpacing(0)
        sides.addWidget(self.left, 1)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        sides.addWidget(divider)
        sides.addWidget(self.right, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(compare)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.shown_label = plain_label()
        pairs_page = QWidget()
        pairs_layout = QVBoxLayout(pairs_page)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(intro)
        pairs_layout.addWidget(splitter, 1)
        pairs_layout.addWidget(self.shown_label)

        self.look_again_button = QPushButton(self.tr("&Look again"))
        self.look_again_button.clicked.connect(self.reload)
        self.empty_page = invitation(
            self.tr("No likely duplicates"),
            self.tr(
                "netdesk looks for people with the same LinkedIn profile or email address, "
                "and for similar names at one organisation."
            ),
            self.look_again_button,
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(pairs_page)
        self.pages.addWidget(self.empty_page)

        self.merge_left_button = QPushButton(self.tr("Merge into &left"))
        self.merge_left_button.setToolTip(
            self.tr("Keep the left contact, with everything of the right one added")
        )
        self.merge_left_button.clicked.connect(self._on_merge_left_button_clicked)
        self.merge_right_button = QPushButton(self.tr("Merge into &right"))
        self.merge_right_button.setToolTip(
            self.tr("Keep the right contact, with everything of the left one added")
        )
        self.merge_right_button.clicked.connect(self._on_merge_right_button_clicked)
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setToolTip(self.tr("Do not propose this pair again"))
        self.not_same_button.clicked.connect(self._on_not_same_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.merge_left_button, self.merge_right_button, self.not_same_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        self.searching_label = plain_label(
            self.tr("Looking for people who are in your contacts twice…")
        )
        self.searching_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.searching_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        # Queued: the window's stack also signals while it is being destroyed,
        # when no Python code may run; and several steps undone at once
        # (a click in an undo view) then look again once per step, later.
        undo_stack.indexChanged.connect(
            self._on_undo_stack_index_changed, Qt.ConnectionType.QueuedConnection
        )
        self.resize(900, 620)
        self.reload()

    # Reading ---------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Look for pairs on a worker thread: at 100,000 contacts it takes
        seconds, and the window stays responsive meanwhile."""
        if self._job is not None:
            self._look_again = True  # once this search is over
            return
        merging = self._merging

        def work(_progress: Progress) -> list[DuplicatePair]:
            return merging.candidates()

        job = BackgroundJob(work, self._thread_connection)
        job.succeeded.connect(self._on_candidates)
        job.failed.connect(self._on_candidates_failed)
        job.finished.connect(self._on_search_finished)
        self._job = job
        self.searching_label.show()
        self.setCursor(Qt.CursorShape.BusyCursor)
        job.start()

    @property
    def searching(self) -> bool:
        return self._job is not None

    def _on_candidates(self, found: object) -> None:
        assert isinstance(found, list)
        self._show_pairs(found[:SHOWN_PAIRS], total=len(found))

    def _on_candidates_failed(self, error: object) -> None:
        if isinstance(error, NetdeskError):
            self._report(self.tr("Find duplicates"), error)
            return
        if isinstance(error, BaseException):
            raise error

    def _on_search_finished(self, job: object) -> None:
        if job is not self._job:
            return
        self._job = None
        self.searching_label.hide()
        self.unsetCursor()
        if self._look_again:
            self._look_again = False
            self.reload()

    def _show_pairs(self, pairs: Sequence[DuplicatePair], *, total: int) -> None:
        ids = list(dict.fromkeys(i for p in pairs for i in (p.first_id, p.second_id)))
        self._people = {c.id: c for c in self._contacts.get_many(ids)}
        self._conversations = self._merging.conversation_counts(ids)
        current = self.current_pair()
        self.list.clear()
        for pair in pairs:
            if pair.first_id in self._people and pair.second_id in self._people:
                self.list.addTopLevelItem(self._item(pair))
        self.shown_label.setVisible(total > len(pairs))
        self.shown_label.setText(
            self.tr("Showing the {shown} most likely of {total} pairs.").format(
                shown=len(pairs), total=total
            )
        )
        self._select(current)
        self._update_page()

    def _item(self, pair: DuplicatePair) -> QTreeWidgetItem:
        left, right = self._people[pair.first_id], self._people[pair.second_id]
        organisations = dict.fromkeys(
            name for name in (left.organisation_name, right.organisation_name) if name
        )
        item = QTreeWidgetItem(
            [
                left.display_name,
                right.display_name,
                " / ".join(organisations),
                self._reasons[pair.reason],
                self._likelihood(pair.strength),
                f"{self._conversations.get(left.id, 0)} / {self._conversations.get(right.id, 0)}",
            ]
        )
        for column, person in ((0, left), (1, right)):
            if person.emails:
                item.setToolTip(column, plain_tooltip("\n".join(person.emails)))
        item.setToolTip(3, plain_tooltip("\n".join(self._reasons[r] for r in pair.reasons)))
        item.setData(0, _PAIR_ROLE, pair)
        return item

    def _likelihood(self, strength: int) -> str:
        if strength >= 90:
            return self.tr("Very likely")
        if strength >= 70:
            return self.tr("Likely")
        return self.tr("Possible")

    def current_pair(self) -> DuplicatePair | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, _PAIR_ROLE)

    def pairs(self) -> list[DuplicatePair]:
        return [item.data(0, _PAIR_ROLE) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _select(self, wanted: DuplicatePair | None, fallback_row: int = 0) -> None:
        row = fallback_row
        if wanted is not None:
            keys = [(p.first_id, p.second_id) for p in self.pairs()]
            key = (wanted.first_id, wanted.second_id)
            row = keys.index(key) if key in keys else fallback_row
        items = self._items()
        if items:
            self.list.setCurrentItem(items[min(row, len(items) - 1)])
        self._show_current()

    def _update_page(self) -> None:
        has_pairs = self.list.topLevelItemCount() > 0
        self.pages.setCurrentIndex(0 if has_pairs else 1)
        for button in (self.merge_left_button, self.merge_right_button, self.not_same_button):
            button.setVisible(has_pairs)
        (self.list if has_pairs else self.look_again_button).setFocus()

    @Slot()
    def _on_list_current_item_changed(self) -> None:
        self._show_current()

    def _show_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        for side, contact_id in ((self.left, pair.first_id), (self.right, pair.second_id)):
            contact = self._people[contact_id]
            side.show_values(
                contact.display_name,
                [
                    contact.organisation_name,
                    contact.position,
                    "\n".join(contact.emails),
                    "\n".join(contact.phones),
                    contact.linkedin_url,
                    ", ".join(contact.tags),
                    short_date(contact.first_met),
                    str(self._conversations.get(contact_id, 0)),
                    local_date(contact.created_at),
                ],
            )

    # Acting ----------------------------------------------------------------

    @Slot()
    def _on_merge_left_button_clicked(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._merge(pair.first_id, pair.second_id)

    @Slot()
    def _on_merge_right_button_clicked(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._merge(pair.second_id, pair.first_id)

    def _merge(self, keep_id: int, other_id: int) -> None:
        keep, other = self._people[keep_id], self._people[other_id]
        text = self.tr("Merge {other} into {keep}").format(
            other=other.display_name, keep=keep.display_name
        )
        try:
            record = self._merging.merge(keep_id, other_id)
        except MergeRefusedError as error:
            show_error(self, self.tr("Could not merge"), self._refusal(error.code))
            self.reload()
            return
        self._push(MergeCommand(text, self._merging, record, self._changes, self._report))
        self._drop(lambda p: other_id in (p.first_id, p.second_id))

    @Slot()
    def _on_not_same_button_clicked(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        left, right = self._people[pair.first_id], self._people[pair.second_id]
        text = self.tr("Mark {left} and {right} as different people").format(
            left=left.display_name, right=right.display_name
        )
        self._push(NotSamePersonCommand(text, self._merging, pair.first_id, pair.second_id))
        self._drop(lambda p: p == pair)

    def _push(self, command: QUndoCommand) -> None:
        self._undo_stack.push(command)
        self._own_index = self._undo_stack.index()

    def _drop(self, gone: Callable[[DuplicatePair], bool]) -> None:
        """Take pairs out of the list without looking again (which takes a
        while in a large network), keeping the place in the list."""
        current = self.list.currentItem()
        row = 0 if current is None else self.list.indexOfTopLevelItem(current)
        for index, item in reversed(list(enumerate(self._items()))):
            if gone(item.data(0, _PAIR_ROLE)):
                self.list.takeTopLevelItem(index)
        self._select(None, fallback_row=max(row, 0))
        self._update_page()

    @Slot()
    def _on_undo_stack_index_changed(self) -> None:
        # Undo or redo from elsewhere (Ctrl+Z in the window) may bring a pair
        # back; a closed dialog does not look again.
        if self._undo_stack.index() == self._own_index:
            return  # our own push: the list is already up to date
        self._own_index = None
        if self.isVisible():
            self.reload()

    def _refusal(self, code: MergeRefusal) -> str:
        return {
            MergeRefusal.SAME_CONTACT: self.tr("A contact cannot be merged with itself."),
            MergeRefusal.IN_TRASH: self.tr(
                "One of the two is in the trash. Restore it first, or look again."
            ),
            MergeRefusal.NOT_FOUND: self.tr("One of the two no longer exists."),
        }[code]

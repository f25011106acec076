"""Today: the first screen. What to do after and between conversations, each
item with its action right there, and the networking streak.

The panel computes the agenda through TodayService, acts through the
outreach and promise services (undoably, when given the window's undo stack),
and asks the window, by signals, for what only the window does: logging a
conversation, opening a record, editing the job goal, showing a dialog.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QMetaMethod, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.domain.agenda import (
    Agenda,
    KeepInTouchItem,
    MeetingItem,
    NotToldItem,
    PromiseItem,
    ReferralItem,
    ReferralTask,
    Section,
    ThanksItem,
    ThanksState,
)
from netdesk.domain.errors import DataFileError, NetdeskError
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.template_kinds import TemplateKind
from netdesk.domain.trash import RecordKind
from netdesk.messages import describe_data_file_error, describe_error
from netdesk.models.changes import Changes
from netdesk.models.formatting import numerus, to_qdate
from netdesk.services.workspace import Workspace
from netdesk.views import today_text as words
from netdesk.views.appearance import Tone, set_tone
from netdesk.views.commands import ErrorReporter, PerformedCommand, announce
from netdesk.views.common import esc, plain_label, show_error
from netdesk.views.streak_chart import StreakChart

T = TypeVar("T")

# Items shown per section before "Show all".
FIRST_ITEMS = 5
REFRESH_MS = 5 * 60 * 1000  # "due within 3 hours" stays true while the screen is open


def _n(text: str, count: int) -> str:
    return numerus(QCoreApplication.translate("TodayPanel", text, None, count), count)


class ElidedLabel(QLabel):
    """One line of plain text, cut short with … when narrow; the whole text in
    its tooltip (escaped: tooltips read HTML)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = text
        self.setToolTip(f"<p>{esc(text)}</p>")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)
        super().setText(text)

    def full_text(self) -> str:
        return self._full

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, self.width()
        )
        if elided != self.text():
            super().setText(elided)


class ItemRow(QFrame):
    """One item: what it is, how urgent, and its actions. Double-click opens it."""

    def __init__(
        self,
        text: str,
        status: str,
        *,
        late: bool,
        item: object,
        on_open: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayItem")
        self.item = item
        self._on_open = on_open
        self.text = ElidedLabel(text)
        self.text.setObjectName("itemText")
        self.status = plain_label(status)
        self.status.setObjectName("itemStatus")
        set_tone(self.status, Tone.ATTENTION if late else Tone.MUTED, bold=late)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(2)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.text)
        if status:
            texts.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addLayout(texts, 1)
        layout.addLayout(self.action_row)
        self.setAccessibleName(f"{text}. {status}" if status else text)

    def add_action(
        self, name: str, text: str, slot: Callable[[], None], tip: str = ""
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.action_row.addWidget(button)
        return button

    def button(self, name: str) -> QToolButton | None:
        return self.findChild(QToolButton, name)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._on_open is not None:
            self._on_open()
        super().mouseDoubleClickEvent(event)


class SectionBox(QFrame):
    """A titled list of items; the first few show, the rest on "Show all"."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        self.key = key
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("sectionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        self.more = QPushButton()
        self.more.setObjectName("showAll")
        self.more.setFlat(True)
        self.more.clicked.connect(self._on_more_clicked)
        self.rest = plain_label()
        set_tone(self.rest, Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.addWidget(self.title)
        layout.addLayout(self.rows_layout)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addWidget(self.rest)
        more_row.addStretch(1)
        layout.addLayout(more_row)
        self.rows: list[ItemRow] = []  # built so far
        self._pending: list[Callable[[], ItemRow]] = []

    def set_rows(self, title: str, total: int, rows: Sequence[Callable[[], ItemRow]]) -> None:
        """Show the first rows now; the others are built on "Show all" (which
        comes after them when tabbing)."""
        for row in self.rows:
            row.hide()
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._pending = list(rows[FIRST_ITEMS:])
        for build in rows[:FIRST_ITEMS]:
            self._add(build())
        self.title.setText(f"{title}  ({QLocale().toString(total)})" if total else title)
        self.more.setText(self.tr("Show all {count}").format(count=len(rows)))
        self.more.setVisible(bool(self._pending))
        beyond = total - len(rows)
        self.rest.setText(words.more_text(beyond) if beyond > 0 else "")
        self.rest.setVisible(beyond > 0 and not self._pending)
        self.setVisible(bool(rows))
        self._order_tabs()

    def _add(self, row: ItemRow) -> None:
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.show()  # a child added to a visible parent stays hidden until shown

    def _order_tabs(self) -> None:
        """Rows are made after the button (and added later still on "Show
        all"), so Tab would reach the button first: put the rows' buttons in
        order, then the button."""
        chain = [button for row in self.rows for button in row.findChildren(QToolButton)]
        for before, after in itertools.pairwise([*chain, self.more]):
            QWidget.setTabOrder(before, after)

    def visible_rows(self) -> list[ItemRow]:
        return [row for row in self.rows if not row.isHidden()]

    @Slot()
    def _on_more_clicked(self) -> None:
        for build in self._pending:
            self._add(build())
        self._pending = []
        self._order_tabs()
        self.more.setVisible(False)
        self.rest.setVisible(bool(self.rest.text()))


class TodayPanel(QWidget):
    """Today's agenda. Signals ask the window for what it does:

    - ``log_conversation_requested(contact_id)``: log a conversation with them;
    - ``open_record_requested(kind, id)``: show a contact, conversation or promise;
    - ``goal_requested()``: edit my job goal;
    - ``prepare_requested(conversation_id)``: prepare a planned conversation as a meeting;
    - ``briefing_requested(meeting_id)``: show a prepared meeting's briefing;
    - ``dialog_requested(dialog)``: show a dialog (shown by the panel if nobody listens);
    - ``to_do_changed(count)``: how many things wait, for the tab's title.
    """

    log_conversation_requested = Signal(int)
    open_record_requested = Signal(str, int)
    goal_requested = Signal()
    prepare_requested = Signal(int)
    briefing_requested = Signal(int)
    dialog_requested = Signal(QWidget)
    to_do_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        changes: Changes | None = None,
        undo_stack: QUndoStack | None = None,
        report: ErrorReporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TodayPanel")
        self._ws = workspace
        self._changes = changes or Changes(self)
        self._undo = undo_stack
        self._report = report or self._show_report
        self._stale = True
        self.agenda: Agenda | None = None
        self.open_dialog: QWidget | None = None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain_label()
        self.summary.setObjectName("todaySummary")
        # No mnemonics here: the window's tabs and menus own the Alt keys.
        self.templates_button = QPushButton(self.tr("Message templates…"))
        self.templates_button.clicked.connect(self._on_templates_button_clicked)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        top.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)

        self.all_done = plain_label()
        self.all_done.setObjectName("allDone")
        self.all_done.setWordWrap(True)
        done_font = QFont(self.all_done.font())
        done_font.setPointSizeF(done_font.pointSizeF() * 1.2)
        done_font.setBold(True)
        self.all_done.setFont(done_font)
        # A quiet day is explained, not blank: what Today will show, and when.
        self.all_done_hint = plain_label(
            self.tr(
                "Today gathers what keeps your network alive: thank-you notes still to send, "
                "promises due for a reminder, people you have not spoken to for a while, "
                "referrals to follow up, and your coming meetings. When something is due, "
                "it appears here.\n\nA few minutes of networking every day adds up: "
                "perhaps send someone a short message to keep in touch."
            )
        )
        self.all_done_hint.setObjectName("allDoneHint")
        self.all_done_hint.setWordWrap(True)
        self.all_done_hint.setMaximumWidth(640)  # a comfortable line length
        self.sections = {
            key: SectionBox(key)
            for key in (
                words.THANKS,
                words.PROMISES,
                words.KEEP_IN_TOUCH,
                words.REFERRALS,
                words.UPCOMING,
                words.NOT_TOLD,
            )
        }
        column = QWidget()
        column.setObjectName("todayItems")
        items = QVBoxLayout(column)
        items.addWidget(self.all_done)
        items.addWidget(self.all_done_hint)
        for box in self.sections.values():
            items.addWidget(box)
        items.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(column)

        self.streak_box = QGroupBox(words.section_title(words.STREAK))
        self.streak_box.setObjectName("streakBox")
        self.streak_number = QLabel()
        self.streak_number.setTextFormat(Qt.TextFormat.PlainText)
        self.streak_number.setObjectName("streakNumber")
        big = self.streak_number.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.streak_number.setFont(big)
        self.streak_text = plain_label()
        self.streak_text.setObjectName("streakText")
        self.streak_text.setWordWrap(True)
        self.chart = StreakChart()
        self.week_text = plain_label()
        self.week_text.setObjectName("weekText")
        self.week_text.setWordWrap(True)
        side = QVBoxLayout(self.streak_box)
        side.addWidget(self.streak_number)
        side.addWidget(self.streak_text)
        side.addWidget(self.chart)
        side.addWidget(self.week_text)
        side.addStretch(1)
        self.streak_box.setFixedWidth(self.chart.sizeHint().width() + 40)

        body = QHBoxLayout()
        body.addWidget(self.scroll_area, 1)
        body.addWidget(self.streak_box)
        self.agenda_page = QWidget()
        agenda_layout = QVBoxLayout(self.agenda_page)
        agenda_layout.addLayout(top)
        agenda_layout.addLayout(body, 1)
        # On an empty data file the window puts its welcome here instead.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.agenda_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(REFRESH_MS)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._clock_timer.start()
        c = self._changes
        for signal in (
            c.contacts_changed,
            c.organisations_changed,
            c.conversations_changed,
            c.promises_changed,
            c.trash_changed,
            c.meetings_changed,
        ):
            signal.connect(self.mark_stale)

    # Loading ----------------------------------------------------------------------

    def show_instead(self, page: QWidget | None) -> None:
        """Show ``page`` (the welcome on an empty data file) instead of the
        agenda, or the agenda again with None."""
        if page is None:
            self.pages.setCurrentWidget(self.agenda_page)
            self.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it
            return
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.setFocusProxy(page)

    def showing_agenda(self) -> bool:
        return self.pages.currentWidget() is self.agenda_page

    @Slot()
    def mark_stale(self) -> None:
        """The data changed: refresh now if on show (once per burst), else when shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start(0)

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._refresh_timer.stop()
        try:
            agenda = self._ws.today.agenda()
        except DataFileError as error:  # the window's page check reports it too
            self._stale = False
            self.summary.setText(describe_data_file_error(error))
            return
        self.agenda = agenda
        self._stale = False
        now = agenda.now
        # The day the agenda counts in (its time zone), not Qt's idea of today.
        self.heading.setText(
            self.tr("Today, {date}").format(
                date=QLocale().toString(to_qdate(agenda.today), QLocale.FormatType.LongFormat)
            )
        )
        to_do = agenda.to_do
        self.summary.setText(
            _n("%n thing(s) to do", to_do) if to_do else self.tr("Nothing waiting for you.")
        )
        self.all_done.setText(words.all_done_text() if agenda.all_done else "")
        self.all_done.setVisible(agenda.all_done)
        self.all_done_hint.setVisible(agenda.all_done)
        self._fill(words.THANKS, agenda.thanks, lambda i: self._thanks_row(i, now))
        self._fill(words.PROMISES, agenda.promises, self._promise_row)
        self._fill(words.KEEP_IN_TOUCH, agenda.keep_in_touch, self._keep_in_touch_row)
        referrals: Section[ReferralItem] = Section(
            (*agenda.follow_ups.items, *agenda.report_backs.items),
            agenda.follow_ups.total + agenda.report_backs.total,
        )
        self._fill(words.REFERRALS, referrals, self._referral_row)
        self._fill(words.UPCOMING, agenda.upcoming, self._meeting_row)
        if agenda.goal_set:
            self._fill(words.NOT_TOLD, agenda.not_told, self._not_told_row)
        else:
            self.sections[words.NOT_TOLD].set_rows(
                words.section_title(words.NOT_TOLD), 0, [self._no_goal_row]
            )
        streak = agenda.streak
        self.streak_number.setText(_n("%n day(s)", streak.current))
        self.streak_text.setText(words.streak_text(streak))
        self.week_text.setText(words.week_text(streak))
        self.chart.set_streak(streak)
        self.to_do_changed.emit(to_do)

    def _fill(self, key: str, section: Section[T], build: Callable[[T], ItemRow]) -> None:
        builders = [functools.partial(build, item) for item in section.items]
        self.sections[key].set_rows(words.section_title(key), section.total, builders)

    def _no_goal_row(self) -> ItemRow:
        row = ItemRow(words.no_goal_text(), "", late=False, item=None, on_open=None)
        row.add_action("setGoal", self.tr("Set my job goal…"), self.goal_requested.emit)
        return row

    # Rows --------------------------------------------------------------------------

    def _open(self, kind: str, record_id: int) -> Callable[[], None]:
        return lambda: self.open_record_requested.emit(kind, record_id)

    def _thanks_row(self, item: ThanksItem, now: datetime) -> ItemRow:
        row = ItemRow(
            words.thanks_text(item, now),
            words.thanks_status(item, now),
            late=item.state is ThanksState.OVERDUE,
            item=item,
            on_open=self._open("conversation", item.conversation_id),
        )
        row.add_action(
            "write",
            self.tr("Write thank-you…"),
            lambda: self._write(
                item.contact_id, TemplateKind.THANK_YOU, conversation_id=item.conversation_id
            ),
        )
        row.add_action(
            "markSent",
            self.tr("Thanks sent"),
            lambda: self._mark_thanks_sent(item.conversation_id),
            self.tr("I have thanked them (another way)"),
        )
        row.add_action("open", self.tr("Open"), self._open("conversation", item.conversation_id))
        return row

    def _promise_row(self, item: PromiseItem) -> ItemRow:
        today = self.agenda.today if self.agenda else item.due_on
        row = ItemRow(
            words.promise_text(item),
            words.promise_status(item, today),
            late=item.overdue,
            item=item,
            on_open=self._open("promise", item.promise_id),
        )
        if item.direction is PromiseDirection.THEIRS:
            row.add_action(
                "write",
                self.tr("Write reminder…"),
                lambda: self._write(
                    item.contact_id, TemplateKind.REMINDER, promise_id=item.promise_id
                ),
            )
            row.add_action(
                "reminded",
                self.tr("Reminded"),
                lambda: self._mark_reminded(item.promise_id),
                self.tr("I reminded them (another way): ask again in a week"),
            )
        row.add_action(
            "done",
            self.tr("Done"),
            lambda: self._promise_done(item.promise_id),
            self.tr("It has been done"),
        )
        row.add_action("open", self.tr("Open"), self._open("promise", item.promise_id))
        return row

    def _keep_in_touch_row(self, item: KeepInTouchItem) -> ItemRow:
        today = self.agenda.today if self.agenda else item.due_on
        row = ItemRow(
            words.keep_in_touch_text(item, today),
            words.keep_in_touch_status(item, today),
            late=item.days_overdue(today) > 0,
            item=item,
            on_open=self._open("contact", item.contact_id),
        )
        self._contact_actions(
            row, item.contact_id, TemplateKind.KEEP_IN_TOUCH, self.tr("Write note…")
        )
        return row

    def _referral_row(self, item: ReferralItem) -> ItemRow:
        today = self.agenda.today if self.agenda else item.referred_at.date()
        if item.task is ReferralTask.FOLLOW_UP:
            row = ItemRow(
                words.follow_up_text(item, today),
                "",
                late=False,
                item=item,
                on_open=self._open("contact", item.referred_id),
            )
            row.add_action(
                "write",
                self.tr("Write invitation…"),
                lambda: self._write(
                    item.referred_id, TemplateKind.COFFEE_INVITATION, referral_id=item.referral_id
                ),
            )
            row.add_action(
                "log",
                self.tr("Log conversation…"),
                lambda: self.log_conversation_requested.emit(item.referred_id),
            )
            row.add_action(
                "snooze",
                self.tr("Snooze a week"),
                lambda: self._snooze(item.referred_id),
            )
            row.add_action("open", self.tr("Open"), self._open("contact", item.referred_id))
            return row
        row = ItemRow(
            words.report_back_text(item, today),
            "",
            late=False,
            item=item,
            on_open=self._open("contact", item.referrer_id),
        )
        row.add_action(
            "write",
            self.tr("Write report…"),
            lambda: self._write(
                item.referrer_id, TemplateKind.REPORT_BACK, referral_id=item.referral_id
            ),
        )
        row.add_action(
            "reported",
            self.tr("Reported back"),
            lambda: self._mark_reported_back(item.referral_id),
            self.tr("They know how it went (I told them another way)"),
        )
        row.add_action("open", self.tr("Open"), self._open("contact", item.referrer_id))
        return row

    def _meeting_row(self, item: MeetingItem) -> ItemRow:
        today = self.agenda.today if self.agenda else item.occurred_at.date()
        meeting_id, conversation_id = item.meeting_id, item.conversation_id
        if meeting_id is not None:
            opens = self._open("meeting", meeting_id)
        else:
            assert conversation_id is not None
            opens = self._open("conversation", conversation_id)
        row = ItemRow(words.meeting_text(item, today), "", late=False, item=item, on_open=opens)
        if meeting_id is not None:
            row.add_action(
                "briefing",
                self.tr("Briefing…"),
                lambda: self.briefing_requested.emit(meeting_id),
                self.tr("Preview and print the briefing to take along"),
            )
        elif conversation_id is not None:
            row.add_action(
                "prepare",
                self.tr("Prepare…"),
                lambda: self.prepare_requested.emit(conversation_id),
                self.tr("Prepare the meeting step by step, then print its briefing"),
            )
        row.add_action("open", self.tr("Open"), opens)
        return row

    def _not_told_row(self, item: NotToldItem) -> ItemRow:
        row = ItemRow(
            words.not_told_text(item),
            "",
            late=False,
            item=item,
            on_open=self._open("contact", item.contact_id),
        )
        row.add_action(
            "write",
            self.tr("Write note…"),
            lambda: self._write(item.contact_id, TemplateKind.KEEP_IN_TOUCH, tells_goal=True),
            self.tr("A note that tells them what you are looking for"),
        )
        row.add_action(
            "log",
            self.tr("Log conversation…"),
            lambda: self.log_conversation_requested.emit(item.contact_id),
        )
        row.add_action("open", self.tr("Open"), self._open("contact", item.contact_id))
        return row

    def _contact_actions(
        self, row: ItemRow, contact_id: int, kind: TemplateKind, write: str
    ) -> None:
        row.add_action("write", write, lambda: self._write(contact_id, kind))
        row.add_action(
            "log",
            self.tr("Log conversation…"),
            lambda: self.log_conversation_requested.emit(contact_id),
        )
        row.add_action(
            "snooze",
            self.tr("Snooze a week"),
            lambda: self._snooze(contact_id),
            self.tr("Hide them from Today for a week"),
        )

    # Actions ------------------------------------------------------------------------

    def _write(
        self,
        contact_id: int,
        kind: TemplateKind,
        *,
        conversation_id: int | None = None,
        referral_id: int | None = None,
        promise_id: int | None = None,
        tells_goal: bool = False,
    ) -> None:
        from netdesk.views.message_dialog import MessageDialog  # dialogs load when first used

        dialog = MessageDialog(
            self._ws.outreach,
            contact_id,
            kind,
            conversation_id=conversation_id,
            referral_id=referral_id,
            promise_id=promise_id,
            tells_goal=tells_goal,
            parent=self,
        )
        dialog.message_sent.connect(self._on_message_sent)
        self._show_dialog(dialog)

    def _perform(
        self,
        text: str,
        kind: RecordKind,
        forward: Callable[[], object],
        backward: Callable[[], object],
    ) -> None:
        """Act now; with an undo stack, Ctrl+Z takes it back."""
        try:
            forward()
        except NetdeskError as error:
            self._report(text, error)
            return
        if self._undo is not None:
            self._undo.push(
                PerformedCommand(
                    text,
                    kind,
                    forward=forward,
                    backward=backward,
                    changes=self._changes,
                    report=self._report,
                )
            )
        else:
            announce(self._changes, kind)
        self.refresh()

    def _mark_thanks_sent(self, conversation_id: int) -> None:
        outreach = self._ws.outreach
        self._perform(
            self.tr("Mark thanks sent"),
            RecordKind.CONVERSATION,
            lambda: outreach.mark_thanks_sent(conversation_id),
            lambda: outreach.mark_thanks_sent(conversation_id, sent=False),
        )

    def _mark_reminded(self, promise_id: int) -> None:
        outreach = self._ws.outreach
        previous = outreach.reminded_at(promise_id)
        self._perform(
            self.tr("Mark reminded"),
            RecordKind.PROMISE,
            lambda: outreach.mark_reminded(promise_id),
            lambda: outreach.mark_reminded(
                promise_id, when=previous, reminded=previous is not None
            ),
        )

    def _promise_done(self, promise_id: int) -> None:
        promises = self._ws.promises
        self._perform(
            self.tr("Mark promise done"),
            RecordKind.PROMISE,
            lambda: promises.set_done(promise_id, True),
            lambda: promises.set_done(promise_id, False),
        )

    def _mark_reported_back(self, referral_id: int) -> None:
        outreach = self._ws.outreach
        self._perform(
            self.tr("Mark reported back"),
            RecordKind.CONVERSATION,
            lambda: outreach.mark_reported_back(referral_id),
            lambda: outreach.mark_reported_back(referral_id, reported=False),
        )

    def _snooze(self, contact_id: int) -> None:
        outreach = self._ws.outreach
        previous = outreach.snoozed_until(contact_id)

        def back() -> None:
            if previous is None:
                outreach.unsnooze(contact_id)
            else:
                outreach.snooze_to(contact_id, previous)

        self._perform(
            self.tr("Snooze for a week"),
            RecordKind.CONTACT,
            lambda: outreach.snooze(contact_id),
            back,
        )

    def _show_dialog(self, dialog: QWidget) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.dialog_requested)):
            self.dialog_requested.emit(dialog)
            return
        self.open_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _show_report(self, action: str, error: NetdeskError) -> None:
        show_error(
            self, self.tr("Could not {action}").format(action=action.lower()), describe_error(error)
        )

    # Slots -------------------------------------------------------------------------------

    @Slot(int)
    def _on_message_sent(self, message_id: int) -> None:
        # A message marks thanks, reminders and reports back, and keeps people in touch.
        if self._undo is not None:
            from netdesk.views.message_dialog import SentMessageCommand

            self._undo.push(
                SentMessageCommand(self._ws.outreach, message_id, self._changes, self._report)
            )
        else:
            announce(self._changes, RecordKind.CONTACT)
        self.refresh()

    @Slot()
    def _on_templates_button_clicked(self) -> None:
        from netdesk.views.templates_dialog import TemplatesDialog

        self._show_dialog(TemplatesDialog(self._ws.outreach, parent=self))

    @Slot()
    def _on_clock_timer_timeout(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._stale:
            return
        if self.agenda is None:
            # The first showing: paint the window at once, then gather the
            # agenda (a few hundred ms in a large network) as the next step.
            self.summary.setText(self.tr("Gathering what is waiting for you…"))
            QTimer.singleShot(0, self, self._first_refresh)
        else:
            self.refresh()

    @Slot()
    def _first_refresh(self) -> None:
        if self._stale:
            self.refresh()

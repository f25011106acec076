"""The Today panel, driven like a user: each item's action right there."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Contact, ContactDraft, Relevance
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.goal import JobGoal
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.templates import TemplateKind
from netdesk.models.changes import Changes
from netdesk.services.agenda import TodayService
from netdesk.services.workspace import Workspace
from netdesk.views import today_text as words
from netdesk.views.message_dialog import MessageDialog
from netdesk.views.today_panel import ItemRow, TodayPanel

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def person(ws: Workspace, first: str, **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, **fields))


@pytest.fixture
def panel(qtbot, workspace: Workspace):
    widget = TodayPanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(panel: TodayPanel, key: str) -> list[ItemRow]:
    return panel.sections[key].rows


def click(qtbot, row: ItemRow, name: str) -> None:
    button = row.button(name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_network_asks_for_a_goal_then_is_all_done(
    qtbot, panel: TodayPanel, workspace: Workspace
) -> None:
    assert not panel.all_done.isVisible()  # the goal is still to set
    [row] = rows(panel, words.NOT_TOLD)
    with qtbot.waitSignal(panel.goal_requested):
        click(qtbot, row, "setGoal")
    workspace.goal.save(JobGoal(summary="a job in archives"))
    panel.refresh()
    assert panel.all_done.isVisible()
    assert "All done" in panel.all_done.text()
    assert all(not box.isVisible() for box in panel.sections.values())
    assert panel.streak_number.text() == "0 days"


def test_thanks_sent_from_today(qtbot, panel: TodayPanel, workspace: Workspace, clock) -> None:
    ann = person(workspace, "Ann")
    coffee = workspace.conversations.create(
        ConversationDraft(contact_id=ann.id, occurred_at=clock.now() - 2 * HOUR, topics="Museums")
    )
    panel.refresh()
    [row] = rows(panel, words.THANKS)
    assert "Ann" in row.text.full_text()
    assert row.status.text() == "due within 22 hours"
    assert panel.sections[words.THANKS].title.text() == "Thanks to send  (1)"
    click(qtbot, row, "markSent")
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()
    assert rows(panel, words.THANKS) == []
    assert not panel.sections[words.THANKS].isVisible()


def test_actions_are_undoable_with_the_windows_stack(
    qtbot, workspace: Workspace, clock: FixedClock
) -> None:
    changes = Changes()
    stack = QUndoStack()
    panel = TodayPanel(workspace, changes, stack)
    qtbot.addWidget(panel)
    panel.show()
    ann = person(workspace, "Ann", cadence_days=30)
    clock.advance(40 * DAY)
    with qtbot.waitSignal(changes.contacts_changed):
        panel.refresh()
        [row] = rows(panel, words.KEEP_IN_TOUCH)
        click(qtbot, row, "snooze")
    assert workspace.outreach.snoozed_until(ann.id) is not None
    assert rows(panel, words.KEEP_IN_TOUCH) == []
    assert stack.undoText() == "Snooze for a week"
    stack.undo()  # announces the change: the panel refreshes itself
    qtbot.waitUntil(lambda: len(rows(panel, words.KEEP_IN_TOUCH)) == 1)
    assert workspace.outreach.snoozed_until(ann.id) is None


def test_promises_remind_and_done(qtbot, panel: TodayPanel, workspace: Workspace, clock) -> None:
    ann = person(workspace, "Ann")
    theirs = workspace.promises.create(
        PromiseDraft(
            contact_id=ann.id,
            direction=PromiseDirection.THEIRS,
            description="Introduce me to Bob",
            due_on=(clock.now() - 2 * DAY).date(),
        )
    )
    mine = workspace.promises.create(
        PromiseDraft(
            contact_id=ann.id,
            direction=PromiseDirection.MINE,
            description="Send my CV",
            due_on=clock.now().date(),
        )
    )
    panel.refresh()
    first, second = rows(panel, words.PROMISES)
    assert first.text.full_text() == "Remind Ann: they offered “Introduce me to Bob”"
    assert first.status.text() == "overdue by 2 days"
    assert second.button("write") is None  # my own promise: a task, not a reminder
    assert second.status.text() == "due today"
    click(qtbot, first, "reminded")
    assert [r.item.promise_id for r in rows(panel, words.PROMISES)] == [mine.id]
    click(qtbot, rows(panel, words.PROMISES)[0], "done")
    assert workspace.promises.get(mine.id).is_done
    assert not workspace.promises.get(theirs.id).is_done
    assert rows(panel, words.PROMISES) == []


def test_people_to_keep_in_touch_with_can_be_logged_and_opened(
    qtbot, panel: TodayPanel, workspace: Workspace, clock
) -> None:
    ann = person(workspace, "Ann", cadence_days=7, organisation="Acme")
    clock.advance(10 * DAY)
    panel.refresh()
    [row] = rows(panel, words.KEEP_IN_TOUCH)
    assert row.text.full_text() == "Ann (Acme) — every 7 days, not in touch yet"
    assert row.status.text() == "overdue by 3 days"
    with qtbot.waitSignal(panel.log_conversation_requested) as logged:
        click(qtbot, row, "log")
    assert logged.args == [ann.id]
    with qtbot.waitSignal(panel.open_record_requested) as opened:
        qtbot.mouseDClick(row.text, Qt.MouseButton.LeftButton)
    assert opened.args == ["contact", ann.id]


def test_referrals_and_meetings(qtbot, panel: TodayPanel, workspace: Workspace, clock) -> None:
    bram = person(workspace, "Bram")
    intro = workspace.conversations.create(
        ConversationDraft(
            contact_id=bram.id,
            occurred_at=clock.now() - DAY,
            thanks_sent_at=clock.now(),
            referrals=(ReferralDraft(new_contact_name="Noor"),),
        )
    )
    noor = intro.referrals[0].referred_id
    panel.refresh()
    [follow_up] = rows(panel, words.REFERRALS)
    assert follow_up.text.full_text().startswith("Get in touch with Noor, referred by Bram")
    with qtbot.waitSignal(panel.open_record_requested) as opened:
        click(qtbot, follow_up, "open")
    assert opened.args == ["contact", noor]
    meeting = workspace.conversations.create(
        ConversationDraft(contact_id=noor, occurred_at=clock.now() + 2 * DAY, topics="Coffee")
    )
    panel.refresh()
    assert rows(panel, words.REFERRALS) == []  # planned: nothing to do until it happens
    [upcoming] = rows(panel, words.UPCOMING)
    with qtbot.waitSignal(panel.prepare_requested) as asked:
        click(qtbot, upcoming, "prepare")
    assert asked.args == [meeting.id]
    clock.advance(3 * DAY)
    panel.refresh()
    [report] = rows(panel, words.REFERRALS)
    assert report.text.full_text().startswith("Tell Bram how it went with Noor")
    with qtbot.waitSignal(panel.open_record_requested) as opened:
        click(qtbot, report, "open")
    assert opened.args == ["contact", bram.id]
    click(qtbot, report, "reported")
    assert rows(panel, words.REFERRALS) == []


def test_writing_a_thank_you_from_today_marks_it_sent(
    qtbot, panel: TodayPanel, workspace: Workspace, clock
) -> None:
    ann = person(workspace, "Ann", emails=("ann@x.example",))
    coffee = workspace.conversations.create(
        ConversationDraft(
            contact_id=ann.id,
            occurred_at=clock.now() - 3 * HOUR,
            topics="the archive",
            how_helped="Now I know whom to ask.",
        )
    )
    panel.refresh()
    shown: list[MessageDialog] = []
    panel.dialog_requested.connect(shown.append)
    click(qtbot, rows(panel, words.THANKS)[0], "write")
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.template().kind is TemplateKind.THANK_YOU
    assert "Now I know whom to ask." in dialog.text()
    with qtbot.waitSignal(dialog.message_sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()
    assert rows(panel, words.THANKS) == []
    assert panel.streak_number.text() == "1 day"


def test_sections_show_five_then_all(qtbot, panel: TodayPanel, workspace: Workspace) -> None:
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    for n in range(8):
        person(workspace, f"P{n}", relevance=Relevance.HIGH)
    panel.refresh()
    section = panel.sections[words.NOT_TOLD]
    assert len(section.rows) == 5  # the rest are built when asked for
    assert section.more.text() == "Show all 8"
    assert section.more.isVisible()
    qtbot.mouseClick(section.more, Qt.MouseButton.LeftButton)
    assert len(section.visible_rows()) == 8
    assert not section.more.isVisible()


def tab_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab reaches from ``start``."""
    found: list[QWidget] = []
    widget = start.nextInFocusChain()
    while len(found) < count and widget is not start:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_show_all_comes_after_the_items_when_tabbing(
    qtbot, panel: TodayPanel, workspace: Workspace, clock
) -> None:
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    for n in range(7):
        person(workspace, f"P{n}", relevance=Relevance.HIGH, cadence_days=7)
    clock.advance(10 * DAY)
    panel.refresh()
    keep, told = panel.sections[words.KEEP_IN_TOUCH], panel.sections[words.NOT_TOLD]
    last_button = keep.rows[-1].findChildren(QToolButton)[-1]
    assert tab_stops(last_button, 1) == [keep.more]
    first_buttons = keep.rows[0].findChildren(QToolButton)
    assert tab_stops(first_buttons[0], len(first_buttons) - 1) == first_buttons[1:]
    # After "Show all", Tab runs through the new items, then on to the next section.
    qtbot.mouseClick(keep.more, Qt.MouseButton.LeftButton)
    new_last = keep.rows[-1].findChildren(QToolButton)[-1]
    assert tab_stops(last_button, 1) == [keep.rows[5].findChildren(QToolButton)[0]]
    assert tab_stops(new_last, 1) == [told.rows[0].findChildren(QToolButton)[0]]


def test_a_note_from_not_yet_told_tells_my_goal_and_can_be_undone(
    qtbot, workspace: Workspace
) -> None:
    changes, stack = Changes(), QUndoStack()
    panel = TodayPanel(workspace, changes, stack)
    qtbot.addWidget(panel)
    panel.show()
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    ann = person(workspace, "Ann", relevance=Relevance.HIGH)
    panel.refresh()
    shown: list[MessageDialog] = []
    panel.dialog_requested.connect(shown.append)
    click(qtbot, rows(panel, words.NOT_TOLD)[0], "write")
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.tells_goal.isChecked()
    with qtbot.waitSignal(dialog.message_sent):
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert rows(panel, words.NOT_TOLD) == []
    assert stack.undoText() == "Mark message sent"
    stack.undo()
    qtbot.waitUntil(lambda: len(rows(panel, words.NOT_TOLD)) == 1)
    assert workspace.outreach.messages(ann.id) == []
    stack.redo()
    qtbot.waitUntil(lambda: rows(panel, words.NOT_TOLD) == [])


def test_user_text_stays_plain(qtbot, panel: TodayPanel, workspace: Workspace, clock) -> None:
    evil = person(workspace, "<b>Eve</b>", cadence_days=1)
    del evil
    clock.advance(3 * DAY)
    panel.refresh()
    [row] = rows(panel, words.KEEP_IN_TOUCH)
    assert row.text.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Eve</b>" in row.text.full_text()
    assert "&lt;b&gt;" in row.text.toolTip()


def test_the_streak_chart_paints_twelve_weeks(qtbot, panel: TodayPanel, workspace, clock) -> None:
    person(workspace, "Ann")
    panel.refresh()
    columns = panel.chart.columns()
    assert len(columns) == 12
    days = [d for column in columns for d in column if d is not None]
    assert days[-1].day == clock.now().date()
    assert days[-1].contacts == 1
    image = panel.chart.grab()
    assert not image.isNull()
    assert image.width() >= panel.chart.sizeHint().width()


def test_the_tests_count_days_in_utc() -> None:
    """tests/qt/conftest.py pins the zone, so no result depends on the machine's."""
    from netdesk.domain.streak import local_zone

    moment = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert local_zone().utcoffset(moment) == timedelta(0)
    assert QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).offsetFromUtc() == 0


def test_today_counts_in_the_zone_it_is_given(qtbot, workspace: Workspace, clock) -> None:
    """13:00 UTC on 15 January is already the 16th in Auckland (UTC+13): the
    heading, the streak and the chart all say the 16th."""
    auckland = ZoneInfo("Pacific/Auckland")
    clock.current = datetime(2026, 1, 15, 13, 0, tzinfo=UTC)
    person(workspace, "Ann")  # 02:00 on the 16th in Auckland
    workspace.today = TodayService(clock, workspace.goal, tz=auckland)
    panel = TodayPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.agenda is not None
    assert panel.agenda.today == date(2026, 1, 16)
    long_date = QLocale().toString(QDate(2026, 1, 16), QLocale.FormatType.LongFormat)
    assert panel.heading.text() == f"Today, {long_date}"
    assert panel.streak_number.text() == "1 day"
    days = [d for column in panel.chart.columns() for d in column if d is not None]
    assert days[-1].day == date(2026, 1, 16)
    assert days[-1].contacts == 1

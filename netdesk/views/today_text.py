"""Today's items in words, shared by the Today panel and ``netdesk today``.

Plain text only (the panel puts it in plain-text labels); QtCore only, so the
command line does not load widgets.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from netdesk.domain.agenda import (
    Agenda,
    KeepInTouchItem,
    MeetingItem,
    NotToldItem,
    PromiseItem,
    ReferralItem,
    Section,
    ThanksItem,
    ThanksState,
)
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import Streak
from netdesk.models.channel_names import channel_name_text
from netdesk.models.formatting import (
    local_day,
    numerus,
    relative_day,
    relevance_text,
    to_local_qdatetime,
)

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("today", text)


def _n(text: str, count: int) -> str:
    return numerus(QCoreApplication.translate("today", text, None, count), count)


def _who(name: str, organisation: str) -> str:
    return (
        _tr("{name} ({organisation})").format(name=name, organisation=organisation)
        if organisation
        else name
    )


def _time(moment: datetime) -> str:
    """The local time of day as the locale writes it."""
    return QLocale().toString(to_local_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def _relative_day(day: date, today: date) -> str:
    # The same words as the tables ("yesterday", "3 days ago", "in 2 weeks").
    return relative_day(day, today)


def _when(moment: datetime, today: date) -> str:
    """A moment on Today: its day as people say it, then the time."""
    return _tr("{day}, {time}").format(
        day=_relative_day(local_day(moment), today), time=_time(moment)
    )


# Section titles ---------------------------------------------------------------------

THANKS = "thanks"
PROMISES = "promises"
KEEP_IN_TOUCH = "keep_in_touch"
REFERRALS = "referrals"
UPCOMING = "upcoming"
NOT_TOLD = "not_told"
STREAK = "streak"


def section_title(key: str) -> str:
    return {
        THANKS: _tr("Thanks to send"),
        PROMISES: _tr("Promises due"),
        KEEP_IN_TOUCH: _tr("Keep in touch"),
        REFERRALS: _tr("Referrals to follow up"),
        UPCOMING: _tr("Upcoming meetings"),
        NOT_TOLD: _tr("Not yet told what I am looking for"),
        STREAK: _tr("My networking streak"),
    }[key]


def more_text(count: int) -> str:
    return _n("… and %n more", count)


# Items ----------------------------------------------------------------------------------


def thanks_text(item: ThanksItem, now: datetime) -> str:
    who = _who(item.contact_name, item.organisation_name)
    about = f" · {item.topics}" if item.topics else ""
    return _tr("{who}, {when}{about}").format(
        who=who, when=_when(item.occurred_at, local_day(now)), about=about
    )


def thanks_status(item: ThanksItem, now: datetime) -> str:
    if item.state is ThanksState.DUE:
        hours = max(1, math.ceil((item.due_by - now).total_seconds() / 3600))
        return _n("due within %n hour(s)", hours)
    days = max(1, (now - item.due_by).days)
    return _n("overdue by %n day(s)", days)


def promise_text(item: PromiseItem) -> str:
    if item.direction is PromiseDirection.THEIRS:
        template = _tr("Remind {name}: they offered “{description}”")
    else:
        template = _tr("For {name}: I offered “{description}”")
    return template.format(name=item.contact_name, description=item.description)


def promise_status(item: PromiseItem, today: date) -> str:
    if item.overdue:
        days = (today - item.due_on).days
        if item.dated:
            return _n("overdue by %n day(s)", days)
        return _n("no date; offered %n day(s) ago", days + 7)
    return _tr("due today")


def keep_in_touch_text(item: KeepInTouchItem, today: date) -> str:
    who = _who(item.contact_name, item.organisation_name)
    if item.last_contact_at is None:
        last = _tr("not in touch yet")
    else:
        last = _tr("last in touch {date}").format(
            date=_relative_day(local_day(item.last_contact_at), today)
        )
    every = _n("every %n day(s)", item.cadence_days)
    return _tr("{who} — {every}, {last}").format(who=who, every=every, last=last)


def keep_in_touch_status(item: KeepInTouchItem, today: date) -> str:
    days = item.days_overdue(today)
    return _n("overdue by %n day(s)", days) if days > 0 else _tr("due today")


def follow_up_text(item: ReferralItem, today: date) -> str:
    return _tr("Get in touch with {referred}, referred by {referrer} ({when})").format(
        referred=item.referred_name,
        referrer=item.referrer_name,
        when=_relative_day(local_day(item.referred_at), today),
    )


def report_back_text(item: ReferralItem, today: date) -> str:
    spoke = local_day(item.spoke_at) if item.spoke_at else today
    return _tr("Tell {referrer} how it went with {referred} (spoke {when})").format(
        referrer=item.referrer_name,
        referred=item.referred_name,
        when=_relative_day(spoke, today),
    )


def meeting_text(item: MeetingItem, today: date) -> str:
    who = _who(item.contact_name, item.organisation_name)
    details = " · ".join(p for p in (channel_name_text(item.channel_name), item.topics) if p)
    when = _when(item.occurred_at, today)
    text = f"{when}: {who}" + (f" · {details}" if details else "")
    if item.meeting_id is not None:
        text += " · " + _tr("prepared, briefing ready")
    return text


def not_told_text(item: NotToldItem) -> str:
    who = _who(item.contact_name, item.organisation_name)
    return _tr("{who} — {relevance} relevance").format(
        who=who, relevance=relevance_text(item.relevance).lower()
    )


def no_goal_text() -> str:
    return _tr(
        "Set your job goal first (Pitch → My job goal): then netdesk shows who has not "
        "heard it yet."
    )


def streak_text(streak: Streak) -> str:
    if streak.current == 0:
        return _tr("No streak yet: one networking action today starts one.")
    run = _n("%n day(s) in a row", streak.current)
    if streak.today_done:
        return _tr("{run}, today included.").format(run=run)
    return _tr("{run}; today is still open.").format(run=run)


def week_text(streak: Streak) -> str:
    return _tr("Last 7 days: {days}, {actions}.").format(
        days=_n("%n active day(s)", streak.active_this_week),
        actions=_n("%n action(s)", streak.actions_this_week),
    )


def all_done_text() -> str:
    return _tr("All done for today: nothing is waiting for you.")


# The whole agenda as lines (netdesk today) -------------------------------------------------


def agenda_lines(agenda: Agenda) -> list[str]:
    """One heading per non-empty section, one line per item."""
    today, now = agenda.today, agenda.now
    lines = [
        _tr("Today, {date}").format(
            date=QLocale().toString(to_local_qdatetime(now).date(), QLocale.FormatType.LongFormat)
        )
    ]

    def section(key: str, part: Section[T], texts: list[str]) -> None:
        if not texts:
            return
        lines.append("")
        lines.append(f"{section_title(key)} ({part.total})")
        lines.extend(f"  {text}" for text in texts)
        if part.more:
            lines.append(f"  {more_text(part.more)}")

    section(
        THANKS,
        agenda.thanks,
        [f"{thanks_text(i, now)} — {thanks_status(i, now)}" for i in agenda.thanks.items],
    )
    section(
        PROMISES,
        agenda.promises,
        [f"{promise_text(i)} — {promise_status(i, today)}" for i in agenda.promises.items],
    )
    section(
        KEEP_IN_TOUCH,
        agenda.keep_in_touch,
        [
            f"{keep_in_touch_text(i, today)} — {keep_in_touch_status(i, today)}"
            for i in agenda.keep_in_touch.items
        ],
    )
    referrals: Section[ReferralItem] = Section(
        (*agenda.follow_ups.items, *agenda.report_backs.items),
        agenda.follow_ups.total + agenda.report_backs.total,
    )
    section(
        REFERRALS,
        referrals,
        [follow_up_text(i, today) for i in agenda.follow_ups.items]
        + [report_back_text(i, today) for i in agenda.report_backs.items],
    )
    section(UPCOMING, agenda.upcoming, [meeting_text(i, today) for i in agenda.upcoming.items])
    if agenda.goal_set:
        section(NOT_TOLD, agenda.not_told, [not_told_text(i) for i in agenda.not_told.items])
    else:
        lines += ["", section_title(NOT_TOLD), f"  {no_goal_text()}"]
    if agenda.all_done:
        lines += ["", all_done_text()]
    lines += [
        "",
        section_title(STREAK),
        f"  {streak_text(agenda.streak)}",
        f"  {week_text(agenda.streak)}",
    ]
    return lines

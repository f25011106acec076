"""Today: what the guidance says to do after and between conversations, as
rules over dates, and the agenda they add up to.

- Thanks: send a thank-you within 24 hours of a conversation (the 24th hour
  included); after that it is overdue. A planned (future) conversation needs
  no thanks yet, and once more than two weeks have passed a missed thank-you
  leaves Today (the conversation keeps showing "thanks not sent").
- Promises: what someone offered to do for me is due on its date and becomes
  a polite reminder; what I offered is a task of mine. A promise without a
  date falls due a week after it was made. After a reminder, the same promise
  comes back a week later if it is still open.
- Keep in touch: a person with a cadence is due when that many days have
  passed since they last heard from me (a conversation on any channel that
  has taken place, or a message marked as sent), or since they were added if
  never. A planned meeting counts once it has happened. Snoozing hides a
  person until the snooze date.
- Referrals: a person I was referred to and have not spoken to since is to be
  followed up; once I have spoken to them, the person who referred me is to
  hear how it went. Referrals older than four months leave Today.
- Upcoming meetings: planned conversations in the next two weeks.
- Not yet told: relevant contacts (medium or high) who have never heard what
  job I am looking for: no conversation that told them has taken place, and
  no message that told them was sent. Only once a job goal is set.

The functions take the moment and the time zone they judge in: points in
time are UTC; days are the user's local days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Generic, TypeVar

from netdesk.domain.contacts import Relevance
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import Streak, day_start, local_day

THANKS_WITHIN = timedelta(hours=24)
THANKS_LOOKBACK = timedelta(days=14)
UNDATED_PROMISE_DAYS = 7
REMIND_AGAIN_DAYS = 7
SNOOZE_DAYS = 7
REFERRAL_WINDOW = timedelta(days=120)
UPCOMING_WINDOW = timedelta(days=14)
SECTION_LIMIT = 50

T = TypeVar("T")


# Thanks -----------------------------------------------------------------------


class ThanksState(StrEnum):
    PLANNED = "planned"  # has not happened yet
    DUE = "due"  # within 24 hours of the conversation
    OVERDUE = "overdue"  # later than that, but still worth sending
    LAPSED = "lapsed"  # too long ago for Today
    SENT = "sent"


def thanks_due_by(occurred_at: datetime) -> datetime:
    return occurred_at + THANKS_WITHIN


def thanks_state(
    occurred_at: datetime, thanks_sent_at: datetime | None, now: datetime
) -> ThanksState:
    if thanks_sent_at is not None:
        return ThanksState.SENT
    if occurred_at > now:
        return ThanksState.PLANNED
    # The bounds TodayService.thanks asks of the index: both moments count in.
    if occurred_at >= now - THANKS_WITHIN:
        return ThanksState.DUE
    if occurred_at >= now - THANKS_LOOKBACK:
        return ThanksState.OVERDUE
    return ThanksState.LAPSED


# Promises ---------------------------------------------------------------------


def promise_due_on(due_on: date | None, created_at: datetime, tz: tzinfo) -> date:
    """A promise's date, or a week after it was made when it has none."""
    if due_on is not None:
        return due_on
    return local_day(created_at, tz) + timedelta(days=UNDATED_PROMISE_DAYS)


def promise_next_on(
    due_on: date | None,
    created_at: datetime,
    direction: PromiseDirection,
    reminded_at: datetime | None,
    tz: tzinfo,
) -> date:
    """The day an open promise shows on Today: its due day, or for someone
    else's promise I have already reminded them of, a week after the reminder."""
    day = promise_due_on(due_on, created_at, tz)
    if direction is PromiseDirection.THEIRS and reminded_at is not None:
        day = max(day, local_day(reminded_at, tz) + timedelta(days=REMIND_AGAIN_DAYS))
    return day


def promise_is_due(
    due_on: date | None,
    created_at: datetime,
    direction: PromiseDirection,
    done_at: datetime | None,
    reminded_at: datetime | None,
    today: date,
    tz: tzinfo,
) -> bool:
    if done_at is not None:
        return False
    return promise_next_on(due_on, created_at, direction, reminded_at, tz) <= today


def promise_is_overdue(due_on: date | None, created_at: datetime, today: date, tz: tzinfo) -> bool:
    return promise_due_on(due_on, created_at, tz) < today


# Keep in touch ------------------------------------------------------------------


def last_in_touch(
    added_at: datetime,
    conversations: Iterable[datetime],
    messages: Iterable[datetime],
    now: datetime,
) -> datetime:
    """When a person last heard from me by ``now``: my latest conversation with
    them that has taken place, or message sent; when they were added if neither."""
    heard = [moment for moment in (*conversations, *messages) if moment <= now]
    return max(heard) if heard else added_at


def keep_in_touch_due_on(touched_at: datetime, cadence_days: int, tz: tzinfo) -> date:
    """The day a person is due to hear from me again."""
    return local_day(touched_at, tz) + timedelta(days=cadence_days)


def keep_in_touch_before(today: date, cadence_days: int, tz: tzinfo) -> datetime:
    """People with this cadence last in touch before this moment are due today:
    the start of the day after (today - cadence)."""
    return day_start(today - timedelta(days=cadence_days - 1), tz)


def is_snoozed(snoozed_until: datetime | None, now: datetime) -> bool:
    return snoozed_until is not None and now < snoozed_until


def snooze_until(now: datetime, tz: tzinfo, days: int = SNOOZE_DAYS) -> datetime:
    """Snoozed for a week: back at the start of the same weekday next week."""
    return day_start(local_day(now, tz) + timedelta(days=days), tz)


# Referrals ----------------------------------------------------------------------


class ReferralTask(StrEnum):
    FOLLOW_UP = "follow_up"  # get in touch with the person I was referred to
    REPORT_BACK = "report_back"  # tell the referrer how it went


def referral_task(
    referred_at: datetime,
    contacted_at: datetime | None,
    spoke_at: datetime | None,
    reported_back_at: datetime | None,
    now: datetime,
) -> ReferralTask | None:
    """What a referral asks of me now.

    ``contacted_at``: when I first got in touch with the referred person since
    the referral (a conversation, planned ones too, or a message sent);
    ``spoke_at``: my first conversation with them since then that has taken place.
    """
    if now - referred_at > REFERRAL_WINDOW:
        return None
    if contacted_at is None and spoke_at is None:
        return ReferralTask.FOLLOW_UP
    if spoke_at is None or spoke_at > now or reported_back_at is not None:
        return None  # waiting for the conversation, or the referrer knows
    return ReferralTask.REPORT_BACK


# Meetings and telling my goal -------------------------------------------------------


def is_upcoming(occurred_at: datetime, now: datetime) -> bool:
    return now < occurred_at <= now + UPCOMING_WINDOW


def heard_goal(told_at: Iterable[datetime], now: datetime) -> bool:
    """Whether a person knows my goal, given when conversations and messages
    told it (a planned conversation tells nothing until it takes place)."""
    return any(moment <= now for moment in told_at)


def needs_telling(relevance: Relevance, told_goal: bool) -> bool:
    return relevance >= Relevance.MEDIUM and not told_goal


# The agenda ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section(Generic[T]):
    """The first items of a list, and how many there are in all."""

    items: tuple[T, ...] = ()
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.items)

    def __bool__(self) -> bool:
        return self.total > 0


@dataclass(frozen=True, slots=True)
class ThanksItem:
    conversation_id: int
    contact_id: int
    contact_name: str
    organisation_name: str
    occurred_at: datetime
    topics: str
    how_helped: str
    state: ThanksState  # DUE or OVERDUE

    @property
    def due_by(self) -> datetime:
        return thanks_due_by(self.occurred_at)


@dataclass(frozen=True, slots=True)
class PromiseItem:
    promise_id: int
    contact_id: int
    contact_name: str
    direction: PromiseDirection  # THEIRS: remind them; MINE: my task
    description: str
    due_on: date  # its date, or the date an undated promise fell due
    dated: bool  # the promise has a date of its own
    overdue: bool
    reminded_at: datetime | None


@dataclass(frozen=True, slots=True)
class KeepInTouchItem:
    contact_id: int
    contact_name: str
    organisation_name: str
    cadence_days: int
    last_contact_at: datetime | None  # None: never spoken to or written to
    due_on: date

    def days_overdue(self, today: date) -> int:
        return (today - self.due_on).days


@dataclass(frozen=True, slots=True)
class ReferralItem:
    referral_id: int
    task: ReferralTask
    referrer_id: int
    referrer_name: str
    referred_id: int
    referred_name: str
    referred_at: datetime
    spoke_at: datetime | None  # when I spoke to the referred person (REPORT_BACK)


@dataclass(frozen=True, slots=True)
class MeetingItem:
    """A planned conversation, or a meeting prepared in the wizard (which
    has a briefing to print)."""

    conversation_id: int | None
    contact_id: int
    contact_name: str
    organisation_name: str
    occurred_at: datetime
    channel_name: str
    topics: str
    meeting_id: int | None = None


@dataclass(frozen=True, slots=True)
class NotToldItem:
    contact_id: int
    contact_name: str
    organisation_name: str
    relevance: Relevance


@dataclass(frozen=True, slots=True)
class Agenda:
    now: datetime
    today: date
    thanks: Section[ThanksItem]
    promises: Section[PromiseItem]
    keep_in_touch: Section[KeepInTouchItem]
    follow_ups: Section[ReferralItem]
    report_backs: Section[ReferralItem]
    upcoming: Section[MeetingItem]
    not_told: Section[NotToldItem]
    goal_set: bool  # without a job goal, "not yet told" asks to set one
    streak: Streak

    @property
    def to_do(self) -> int:
        """Everything waiting for an action (upcoming meetings only inform)."""
        return (
            self.thanks.total
            + self.promises.total
            + self.keep_in_touch.total
            + self.follow_ups.total
            + self.report_backs.total
            + self.not_told.total
            + (0 if self.goal_set else 1)
        )

    @property
    def all_done(self) -> bool:
        return self.to_do == 0

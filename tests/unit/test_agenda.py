"""Today's rules, without a data file: thanks, promises, keep in touch, snooze,
referrals, meetings, "not yet told", and the streak across midnight and zones."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from netdesk.domain.agenda import (
    REFERRAL_WINDOW,
    ReferralTask,
    Section,
    ThanksState,
    is_snoozed,
    is_upcoming,
    keep_in_touch_before,
    keep_in_touch_due_on,
    needs_telling,
    promise_due_on,
    promise_is_due,
    promise_is_overdue,
    referral_task,
    snooze_until,
    thanks_state,
)
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Relevance
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import (
    ActionKind,
    DayActivity,
    Streak,
    SystemZone,
    activity_days,
    count_by_day,
    current_streak,
    day_start,
    local_day,
    local_zone,
    week_grid,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
THEIRS, MINE = PromiseDirection.THEIRS, PromiseDirection.MINE


# Thanks: the 24-hour clock ------------------------------------------------------


@pytest.mark.parametrize(
    ("ago", "state"),
    [
        (timedelta(minutes=1), ThanksState.DUE),
        (23 * HOUR, ThanksState.DUE),
        (24 * HOUR, ThanksState.DUE),  # the last moment still counts
        (24 * HOUR + timedelta(seconds=1), ThanksState.OVERDUE),
        (13 * DAY, ThanksState.OVERDUE),
        (14 * DAY + timedelta(seconds=1), ThanksState.LAPSED),
    ],
)
def test_thanks_are_due_within_24_hours_then_overdue(ago: timedelta, state: ThanksState) -> None:
    assert thanks_state(NOW - ago, None, NOW) is state


def test_planned_and_thanked_conversations_need_no_thanks() -> None:
    assert thanks_state(NOW + HOUR, None, NOW) is ThanksState.PLANNED
    assert thanks_state(NOW + 30 * DAY, None, NOW) is ThanksState.PLANNED
    assert thanks_state(NOW - 3 * DAY, NOW - 2 * DAY, NOW) is ThanksState.SENT
    # Thanks sent before the conversation (a planned meeting's confirmation) still counts.
    assert thanks_state(NOW - HOUR, NOW - DAY, NOW) is ThanksState.SENT


def test_the_thanks_clock_moves_with_a_controllable_clock() -> None:
    clock = FixedClock(NOW)
    talk = NOW + 2 * HOUR  # planned for later today
    assert thanks_state(talk, None, clock.now()) is ThanksState.PLANNED
    clock.advance(3 * HOUR)
    assert thanks_state(talk, None, clock.now()) is ThanksState.DUE
    clock.advance(24 * HOUR)
    assert thanks_state(talk, None, clock.now()) is ThanksState.OVERDUE


# Promises ------------------------------------------------------------------------


def test_a_dated_promise_is_due_on_its_day_and_overdue_after() -> None:
    made = NOW - 10 * DAY
    today = date(2026, 3, 10)
    for direction in (THEIRS, MINE):
        assert promise_is_due(today, made, direction, None, None, today, UTC)
        assert not promise_is_overdue(today, made, today, UTC)
        assert promise_is_due(today - DAY, made, direction, None, None, today, UTC)
        assert promise_is_overdue(today - DAY, made, today, UTC)
        assert not promise_is_due(today + DAY, made, direction, None, None, today, UTC)


def test_done_promises_are_never_due() -> None:
    today = date(2026, 3, 10)
    assert not promise_is_due(today - DAY, NOW, THEIRS, NOW, None, today, UTC)
    assert not promise_is_due(today - DAY, NOW, MINE, NOW, None, today, UTC)


def test_an_undated_promise_falls_due_a_week_after_it_was_made() -> None:
    made = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)  # 4 March in Amsterdam already
    assert promise_due_on(None, made, UTC) == date(2026, 3, 10)
    assert promise_due_on(None, made, AMSTERDAM) == date(2026, 3, 11)
    assert promise_is_due(None, made, MINE, None, None, date(2026, 3, 10), UTC)
    assert not promise_is_due(None, made, MINE, None, None, date(2026, 3, 10), AMSTERDAM)


def test_a_reminded_promise_of_theirs_rests_a_week() -> None:
    today = date(2026, 3, 10)
    due = date(2026, 3, 1)
    reminded = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    assert not promise_is_due(due, NOW - 30 * DAY, THEIRS, None, reminded, today, UTC)
    assert promise_is_due(due, NOW - 30 * DAY, THEIRS, None, reminded, date(2026, 3, 12), UTC)
    # A reminder says nothing about my own promises: they stay my task.
    assert promise_is_due(due, NOW - 30 * DAY, MINE, None, reminded, today, UTC)


# Keep in touch and snooze ---------------------------------------------------------------


def test_keep_in_touch_is_due_when_the_cadence_has_run_out() -> None:
    touched = datetime(2026, 1, 1, 15, 0, tzinfo=UTC)
    assert keep_in_touch_due_on(touched, 30, UTC) == date(2026, 1, 31)
    before = keep_in_touch_before(date(2026, 1, 31), 30, UTC)
    assert touched < before  # due on the 31st
    assert not touched < keep_in_touch_before(date(2026, 1, 30), 30, UTC)


def test_keep_in_touch_days_are_local_days() -> None:
    # 23:30 UTC on 1 January is already 2 January in Amsterdam.
    touched = datetime(2026, 1, 1, 23, 30, tzinfo=UTC)
    assert keep_in_touch_due_on(touched, 30, UTC) == date(2026, 1, 31)
    assert keep_in_touch_due_on(touched, 30, AMSTERDAM) == date(2026, 2, 1)
    assert touched < keep_in_touch_before(date(2026, 1, 31), 30, UTC)
    assert not touched < keep_in_touch_before(date(2026, 1, 31), 30, AMSTERDAM)
    assert touched < keep_in_touch_before(date(2026, 2, 1), 30, AMSTERDAM)


@pytest.mark.parametrize("tz", [UTC, AMSTERDAM, AUCKLAND, LOS_ANGELES])
def test_keep_in_touch_threshold_agrees_with_the_due_day(tz: timezone | ZoneInfo) -> None:
    """For any moment: due today exactly when touched before the threshold."""
    today = date(2026, 3, 29)  # a daylight-saving change in Europe
    start = datetime(2025, 12, 1, tzinfo=UTC)
    for cadence in (1, 7, 30, 90, 180):
        for hours in range(0, 24 * 130, 7):
            touched = start + timedelta(hours=hours)
            due = keep_in_touch_due_on(touched, cadence, tz) <= today
            assert due == (touched < keep_in_touch_before(today, cadence, tz)), (cadence, touched)


def test_snooze_hides_until_the_same_weekday_next_week() -> None:
    clock = FixedClock(datetime(2026, 3, 10, 21, 30, tzinfo=UTC))  # Tuesday 22:30 in Amsterdam
    until = snooze_until(clock.now(), AMSTERDAM)
    assert until == datetime(2026, 3, 17, 0, 0, tzinfo=AMSTERDAM)
    assert is_snoozed(until, clock.now())
    clock.advance(6 * DAY)
    assert is_snoozed(until, clock.now())
    clock.advance(DAY)
    assert not is_snoozed(until, clock.now())
    assert not is_snoozed(None, clock.now())


# Referrals -------------------------------------------------------------------------------


def test_a_referral_is_followed_up_until_i_get_in_touch() -> None:
    referred = NOW - 5 * DAY
    assert referral_task(referred, None, None, None, NOW) is ReferralTask.FOLLOW_UP
    # A message sent, or a meeting planned, means I got in touch: wait for the talk.
    assert referral_task(referred, NOW - DAY, None, None, NOW) is None
    assert referral_task(referred, NOW + DAY, None, None, NOW) is None


def test_after_speaking_to_the_referred_person_the_referrer_hears_how_it_went() -> None:
    referred = NOW - 5 * DAY
    spoke = NOW - 2 * DAY
    assert referral_task(referred, spoke, spoke, None, NOW) is ReferralTask.REPORT_BACK
    assert referral_task(referred, spoke, spoke, NOW - DAY, NOW) is None  # reported back


def test_old_referrals_leave_today() -> None:
    old = NOW - REFERRAL_WINDOW - HOUR
    assert referral_task(old, None, None, None, NOW) is None
    assert referral_task(old, NOW - DAY, NOW - DAY, None, NOW) is None
    assert referral_task(NOW - REFERRAL_WINDOW, None, None, None, NOW) is ReferralTask.FOLLOW_UP


# Meetings and telling my goal ------------------------------------------------------------------


def test_upcoming_meetings_are_the_next_two_weeks() -> None:
    assert is_upcoming(NOW + HOUR, NOW)
    assert is_upcoming(NOW + 14 * DAY, NOW)
    assert not is_upcoming(NOW + 14 * DAY + HOUR, NOW)
    assert not is_upcoming(NOW, NOW)
    assert not is_upcoming(NOW - HOUR, NOW)


def test_only_relevant_untold_contacts_need_telling() -> None:
    assert needs_telling(Relevance.HIGH, False)
    assert needs_telling(Relevance.MEDIUM, False)
    assert not needs_telling(Relevance.LOW, False)
    assert not needs_telling(Relevance.UNSET, False)
    assert not needs_telling(Relevance.HIGH, True)


def test_a_section_knows_how_many_more_there_are() -> None:
    section = Section((1, 2), 5)
    assert section.more == 3
    assert section
    assert not Section()
    assert Section((1,), 1).more == 0


# Local days and the streak --------------------------------------------------------------------


def test_local_days_and_their_starts() -> None:
    late = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)
    assert local_day(late, UTC) == date(2026, 6, 30)
    assert local_day(late, AMSTERDAM) == date(2026, 7, 1)  # summer time: UTC+2
    assert local_day(late, LOS_ANGELES) == date(2026, 6, 30)
    assert day_start(date(2026, 7, 1), AMSTERDAM) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    assert day_start(date(2026, 1, 1), AMSTERDAM) == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)
    # The day the clocks go forward is 23 hours long.
    spring = date(2026, 3, 29)
    assert day_start(spring + DAY, AMSTERDAM) - day_start(spring, AMSTERDAM) == 23 * HOUR


def test_the_system_zone_agrees_with_the_c_library() -> None:
    zone = SystemZone()
    moment = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    local = moment.astimezone(zone)
    assert local.astimezone(UTC) == moment
    assert day_start(local_day(moment, zone), zone) <= moment
    assert moment - day_start(local_day(moment, zone), zone) < DAY


HAVANA = ZoneInfo("America/Havana")  # the clocks change at midnight


@pytest.fixture
def havana_system_zone() -> Iterator[SystemZone]:
    """The C library's zone set to Havana for the test, then put back."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Havana"
    time.tzset()
    try:
        yield SystemZone()
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_the_local_zone_comes_from_the_zone_database(havana_system_zone: SystemZone) -> None:
    assert local_zone() == HAVANA
    os.environ["TZ"] = ":Europe/Amsterdam"
    assert local_zone() == AMSTERDAM
    os.environ["TZ"] = ""
    assert local_zone() is UTC
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"  # a rule, not a name: the C library's
    assert isinstance(local_zone(), SystemZone)


def assert_days_start_right(zone: tzinfo, first: date, days: int) -> None:
    for n in range(days):
        day = first + n * DAY
        start = day_start(day, zone)
        assert local_day(start, zone) == day, day
        assert local_day(start - timedelta(microseconds=1), zone) == day - DAY, day


def test_days_start_right_where_the_clocks_change_at_midnight(
    havana_system_zone: SystemZone,
) -> None:
    # Havana: 8 March 2026 begins at 01:00 (midnight is skipped); on 1 November
    # midnight happens twice, and the day begins at the first one.
    spring, autumn = date(2026, 3, 8), date(2026, 11, 1)
    for zone in (HAVANA, havana_system_zone):
        assert day_start(spring, zone) == datetime(2026, 3, 8, 5, 0, tzinfo=UTC)
        assert day_start(spring + DAY, zone) == datetime(2026, 3, 9, 4, 0, tzinfo=UTC)
        assert day_start(autumn, zone) == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
        assert day_start(autumn + DAY, zone) == datetime(2026, 11, 2, 5, 0, tzinfo=UTC)
        assert_days_start_right(zone, date(2026, 1, 1), 365)
    # Samoa skipped 30 December 2011: that day starts (and ends) when the 31st starts.
    apia = ZoneInfo("Pacific/Apia")
    assert day_start(date(2011, 12, 30), apia) == day_start(date(2011, 12, 31), apia)
    assert day_start(date(2011, 12, 31), apia) == datetime(2011, 12, 30, 10, 0, tzinfo=UTC)


def test_an_action_after_a_skipped_midnight_counts_on_its_own_day() -> None:
    moments = [
        datetime(2026, 3, 8, 4, 30, tzinfo=UTC),  # 23:30 on the 7th in Havana
        datetime(2026, 3, 8, 5, 30, tzinfo=UTC),  # 01:30 on the 8th
    ]
    assert count_by_day(moments, HAVANA) == {date(2026, 3, 7): 1, date(2026, 3, 8): 1}
    start = day_start(date(2026, 3, 8), HAVANA)
    assert moments[0] < start <= moments[1]


def test_actions_across_midnight_count_on_their_local_day() -> None:
    before = datetime(2026, 3, 9, 22, 59, tzinfo=UTC)  # 23:59 in Amsterdam
    after = datetime(2026, 3, 9, 23, 1, tzinfo=UTC)  # 00:01 the next day in Amsterdam
    assert count_by_day([before, after], UTC) == {date(2026, 3, 9): 2}
    assert count_by_day([before, after], AMSTERDAM) == {date(2026, 3, 9): 1, date(2026, 3, 10): 1}


def test_the_same_actions_make_different_streaks_in_different_zones() -> None:
    # One action every day at 20:00 UTC, from 1 to 5 March, and one at 23:30 UTC on 6 March.
    moments = [datetime(2026, 3, d, 20, 0, tzinfo=UTC) for d in range(1, 6)]
    moments.append(datetime(2026, 3, 6, 23, 30, tzinfo=UTC))
    now = datetime(2026, 3, 7, 9, 0, tzinfo=UTC)

    def streak_in(tz: ZoneInfo | timezone) -> int:
        days = set(count_by_day(moments, tz))
        return current_streak(days.__contains__, local_day(now, tz))

    # In UTC the last action is on the 6th: a six-day streak, today (7th) still open.
    assert streak_in(UTC) == 6
    # In Auckland (UTC+13) 20:00 UTC is the next morning: days 2..6 March, then 7 March.
    assert streak_in(AUCKLAND) == 6
    # In Los Angeles the 23:30 UTC action is on the 6th at 15:30, the others on 1..5:
    # it is 01:00 on the 7th there, so the run up to yesterday counts.
    assert streak_in(LOS_ANGELES) == 6
    # Amsterdam: the 23:30 UTC action falls on the 7th (00:30), which is today.
    days = set(count_by_day(moments, AMSTERDAM))
    assert date(2026, 3, 6) not in days
    assert current_streak(days.__contains__, date(2026, 3, 7)) == 1


def test_today_stays_open_for_the_streak() -> None:
    today = date(2026, 3, 10)
    run = {today - DAY * i for i in range(1, 4)}  # the three days before today
    assert current_streak(run.__contains__, today) == 3
    assert current_streak((run | {today}).__contains__, today) == 4
    assert current_streak({today - 2 * DAY}.__contains__, today) == 0  # yesterday broke it
    assert current_streak(set().__contains__, today) == 0


def test_activity_days_and_the_week_grid() -> None:
    today = date(2026, 3, 11)  # a Wednesday
    counts = {
        ActionKind.CONVERSATION: {today: 2, today - DAY: 1},
        ActionKind.CONTACT: {today - 10 * DAY: 1},
    }
    days = activity_days(today - 30 * DAY, today, counts)
    assert len(days) == 31
    assert days[-1] == DayActivity(today, conversations=2)
    assert days[-1].total == 2
    streak = Streak(today=today, current=2, today_done=True, days=days)
    assert streak.active_this_week == 2
    assert streak.actions_this_week == 3
    grid = week_grid(days, first_weekday=0, weeks=6)  # weeks start on Monday
    assert len(grid) == 6
    assert all(len(column) == 7 for column in grid)
    assert grid[-1][2] is not None
    assert grid[-1][2].day == today
    assert grid[-1][3:] == [None, None, None, None]  # after today
    assert grid[0][0] is None  # before the first known day
    assert grid[1][0] is not None
    assert grid[1][0].day == date(2026, 2, 9)
    sunday_first = week_grid(days, first_weekday=6, weeks=5)
    assert sunday_first[-1][3] is not None
    assert sunday_first[-1][3].day == today

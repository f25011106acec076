"""Today: the agenda of netdesk's first screen and of ``netdesk today``.

Every list is one range of one index, read with a LIMIT, plus a count over
the same range, so the agenda takes milliseconds at 100,000 contacts. The
rules themselves live in netdesk.domain.agenda; the SQL here asks the same
questions of the indexes (tests/unit/test_agenda_service.py checks both agree).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from peewee import DatabaseError

from netdesk.domain.agenda import (
    REFERRAL_WINDOW,
    SECTION_LIMIT,
    THANKS_LOOKBACK,
    THANKS_WITHIN,
    UPCOMING_WINDOW,
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
    keep_in_touch_before,
    keep_in_touch_due_on,
    promise_due_on,
)
from netdesk.domain.clock import Clock, date_from_text, from_iso, maybe_from_iso, to_iso
from netdesk.domain.contacts import Relevance, display_name
from netdesk.domain.errors import DataFileError, DataFileProblem
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import (
    WINDOW_DAYS,
    ActionKind,
    DayActivity,
    Streak,
    activity_days,
    current_streak,
    day_start,
    local_day,
    local_zone,
)
from netdesk.services.goal import GoalService
from netdesk.services.query import placeholders, rows, scalar
from netdesk.store.db import database

# People in the trash take their conversations, promises and referrals with them.
_TRASHED = "(SELECT id FROM contact WHERE deleted_at IS NOT NULL)"
_PERSON = (
    "JOIN contact c ON c.id = {alias}.contact_id "
    "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL"
)
# When person c last heard from me by a moment (the parameter): their latest
# conversation that has taken place, or message sent; '' if neither.
_HEARD = (
    "max(coalesce((SELECT max(v.occurred_at) FROM conversation v "
    "INDEXED BY conversation_contact_id_deleted_at_occurred_at "
    "WHERE v.contact_id = c.id AND v.deleted_at IS NULL AND v.occurred_at <= ?), ''), "
    "coalesce((SELECT max(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
    "WHERE m.contact_id = c.id), ''))"
)
# Prepared meetings coming up (between two moments), of people not in the trash.
_PREPARED = (
    "m.deleted_at IS NULL AND m.status = 'planned' AND m.starts_at > ? "
    f"AND m.starts_at <= ? AND m.contact_id NOT IN {_TRASHED}"
)


class TodayService:
    def __init__(self, clock: Clock, goal: GoalService, tz: tzinfo | None = None) -> None:
        self._clock = clock
        self._goal = goal
        self._tz = tz or local_zone()

    def agenda(
        self, now: datetime | None = None, *, tz: tzinfo | None = None, limit: int = SECTION_LIMIT
    ) -> Agenda:
        """Everything Today shows. A page of the file found damaged while
        reading raises DataFileError (DAMAGED), which the screen can word."""
        try:
            return self._agenda(now, tz, limit)
        except DatabaseError as error:
            if type(error) is not DatabaseError:  # locked, a constraint, a bug: not damage
                raise
            raise DataFileError(
                Path(str(database.database)), DataFileProblem.DAMAGED, str(error)
            ) from error

    def _agenda(self, now: datetime | None, tz: tzinfo | None, limit: int) -> Agenda:
        now = now or self._clock.now()
        tz = tz or self._tz
        today = local_day(now, tz)
        goal_set = self._goal.get().is_set
        follow_ups, report_backs = self.referrals(now, limit=limit)
        return Agenda(
            now=now,
            today=today,
            thanks=self.thanks(now, limit=limit),
            promises=self.promises(now, tz=tz, limit=limit),
            keep_in_touch=self.keep_in_touch(now, tz=tz, limit=limit),
            follow_ups=follow_ups,
            report_backs=report_backs,
            upcoming=self.upcoming(now, tz=tz, limit=limit),
            not_told=self.not_told(now, limit=limit) if goal_set else Section(),
            goal_set=goal_set,
            streak=self.streak(now, tz=tz),
        )

    # Thanks ------------------------------------------------------------------

    def thanks(self, now: datetime, *, limit: int = SECTION_LIMIT) -> Section[ThanksItem]:
        """Conversations of the last two weeks without thanks, most overdue first:
        the late ones from the oldest, then the ones still within their 24 hours
        (soonest deadline first). The list is cut at ``limit``, so the longest
        wait must come first or it hides behind "Show all"."""
        # domain.agenda.thanks_state's bounds: due from exactly 24 hours ago,
        # on Today from exactly two weeks ago.
        due_from = to_iso(now - THANKS_WITHIN)
        lapse_from = to_iso(now - THANKS_LOOKBACK)
        live = (
            f"v.deleted_at IS NULL AND v.thanks_sent_at IS NULL AND v.contact_id NOT IN {_TRASHED}"
        )
        ranges = (
            (
                ThanksState.OVERDUE,
                "v.occurred_at >= ? AND v.occurred_at < ?",
                (lapse_from, due_from),
            ),
            (
                ThanksState.DUE,
                "v.occurred_at >= ? AND v.occurred_at <= ?",
                (due_from, to_iso(now)),
            ),
        )
        items: list[ThanksItem] = []
        total = 0
        for state, between, bounds in ranges:
            where = f"{live} AND {between}"
            total += int(scalar(f"SELECT count(*) FROM conversation v WHERE {where}", bounds))
            if len(items) >= limit:
                continue
            found = rows(
                "SELECT v.id, v.contact_id, c.first_name, c.last_name, coalesce(o.name, ''), "
                f"v.occurred_at, v.topics, v.how_helped FROM conversation v "
                f"{_PERSON.format(alias='v')} WHERE {where} "
                "ORDER BY v.occurred_at, v.id LIMIT ?",
                (*bounds, limit - len(items)),
            )
            items += [
                ThanksItem(
                    conversation_id=r[0],
                    contact_id=r[1],
                    contact_name=display_name(r[2], r[3]),
                    organisation_name=r[4],
                    occurred_at=from_iso(r[5]),
                    topics=r[6],
                    how_helped=r[7],
                    state=state,
                )
                for r in found
            ]
        return Section(tuple(items), total)

    # Promises ----------------------------------------------------------------

    def promises(
        self, now: datetime, *, tz: tzinfo | None = None, limit: int = SECTION_LIMIT
    ) -> Section[PromiseItem]:
        """Open promises due today or before, most overdue first. Undated ones
        fall due a week after they were made; a reminded one rests a week."""
        tz = tz or self._tz
        today = local_day(now, tz)
        week_ago = to_iso(day_start(today - timedelta(days=6), tz))
        rested = "(p.direction = 'mine' OR p.reminded_at IS NULL OR p.reminded_at < ?)"
        live = f"p.deleted_at IS NULL AND p.done_at IS NULL AND p.contact_id NOT IN {_TRASHED}"
        parts = (
            (f"{live} AND p.due_on <= ? AND {rested}", (today.isoformat(), week_ago), "p.due_on"),
            (
                f"{live} AND p.due_on IS NULL AND p.created_at < ? AND {rested}",
                (week_ago, week_ago),
                "p.created_at",
            ),
        )
        total = 0
        found: list[tuple[Any, ...]] = []
        for where, params, order in parts:
            total += int(scalar(f"SELECT count(*) FROM promise p WHERE {where}", params))
            # The first few by the index alone, then their people.
            found += rows(
                "SELECT p.id, p.contact_id, c.first_name, c.last_name, p.direction, "
                "p.description, p.due_on, p.created_at, p.reminded_at FROM "
                f"(SELECT p.* FROM promise p WHERE {where} ORDER BY {order}, p.id LIMIT ?) p "
                f"JOIN contact c ON c.id = p.contact_id ORDER BY {order}, p.id",
                (*params, limit),
            )
        items = []
        for r in found:
            dated = date_from_text(r[6])
            due = promise_due_on(dated, from_iso(r[7]), tz)
            items.append(
                PromiseItem(
                    promise_id=r[0],
                    contact_id=r[1],
                    contact_name=display_name(r[2], r[3]),
                    direction=PromiseDirection(r[4]),
                    description=r[5],
                    due_on=due,
                    dated=dated is not None,
                    overdue=due < today,
                    reminded_at=maybe_from_iso(r[8]),
                )
            )
        items.sort(key=lambda i: (i.due_on, i.promise_id))
        return Section(tuple(items[:limit]), total)

    # Keep in touch -------------------------------------------------------------

    def keep_in_touch(
        self, now: datetime, *, tz: tzinfo | None = None, limit: int = SECTION_LIMIT
    ) -> Section[KeepInTouchItem]:
        """People whose cadence has run out, most overdue first. One index
        range per cadence in use (there are few: 30, 90, 180 days …)."""
        tz = tz or self._tz
        today = local_day(now, tz)
        stamp = to_iso(now)
        awake = "(snoozed_until IS NULL OR snoozed_until <= ?)"
        where = f"deleted_at IS NULL AND cadence_days = ? AND touched_at < ? AND {awake}"
        # contact.touched_at counts planned conversations too. Someone with one
        # still to come is judged by when they last heard from me in fact:
        # previous_touched_at (or when added), read from the index; only a
        # person with two or more still to come needs their conversations read.
        one_planned = (
            "SELECT id, coalesce(previous_touched_at, created_at) FROM contact "
            "INDEXED BY contact_keep_in_touch WHERE deleted_at IS NULL AND cadence_days = ? "
            f"AND touched_at > ? AND {awake} "
            "AND (previous_touched_at IS NULL OR previous_touched_at <= ?) "
            "AND coalesce(previous_touched_at, created_at) < ?"
        )
        more_planned = (
            f"SELECT id, heard FROM (SELECT c.id, coalesce(nullif({_HEARD}, ''), c.created_at) "
            "AS heard FROM contact c INDEXED BY contact_keep_in_touch WHERE c.deleted_at IS NULL "
            f"AND c.cadence_days = ? AND c.touched_at > ? AND {awake} "
            "AND c.previous_touched_at > ?) WHERE heard < ?"
        )
        total = 0
        candidates: list[tuple[date, str, int, int]] = []
        for cadence in _cadences():
            before = to_iso(keep_in_touch_before(today, cadence, tz))
            params = (cadence, before, stamp)
            total += int(scalar(f"SELECT count(*) FROM contact WHERE {where}", params))
            found = rows(
                f"SELECT id, touched_at FROM contact WHERE {where} ORDER BY touched_at, id LIMIT ?",
                (*params, limit),
            )
            waiting = rows(one_planned, (cadence, stamp, stamp, stamp, before)) + rows(
                more_planned, (stamp, cadence, stamp, stamp, stamp, before)
            )
            total += len(waiting)
            waiting.sort(key=lambda r: (r[1], r[0]))  # stored text sorts as time does
            for contact_id, touched_at in [*found, *waiting[:limit]]:
                due = keep_in_touch_due_on(_moment(touched_at), cadence, tz)
                candidates.append((due, touched_at, contact_id, cadence))
        candidates.sort()
        chosen = candidates[:limit]
        details = _people([c[2] for c in chosen], now)
        items = tuple(
            KeepInTouchItem(
                contact_id=contact_id,
                contact_name=details[contact_id][0],
                organisation_name=details[contact_id][1],
                cadence_days=cadence,
                last_contact_at=details[contact_id][2],
                due_on=due,
            )
            for due, _touched, contact_id, cadence in chosen
            if contact_id in details
        )
        return Section(items, total)

    # Referrals -------------------------------------------------------------------

    def referrals(
        self, now: datetime, *, limit: int = SECTION_LIMIT
    ) -> tuple[Section[ReferralItem], Section[ReferralItem]]:
        """(people to follow up, referrers to report back to), oldest referral first.

        The SQL asks domain.agenda.referral_task's questions of every referral
        of the last four months, so that only the rows shown are turned into
        Python objects."""
        stamp = to_iso(now)
        found = rows(
            "WITH made AS (SELECT r.id, r.referrer_id, r.referred_id, r.reported_back_at, "
            "min(coalesce(rv.occurred_at, r.created_at), r.created_at) AS at FROM referral r "
            "LEFT JOIN conversation rv ON rv.id = r.conversation_id "
            "WHERE r.deleted_at IS NULL AND r.created_at >= :since AND rv.deleted_at IS NULL "
            f"AND r.referrer_id NOT IN {_TRASHED} AND r.referred_id NOT IN {_TRASHED}), "
            # My first conversation (planned ones too) and message with them since.
            "facts AS MATERIALIZED (SELECT made.*, (SELECT min(v.occurred_at) "
            "FROM conversation v INDEXED BY conversation_contact_id_deleted_at_occurred_at "
            "WHERE v.contact_id = referred_id AND v.deleted_at IS NULL AND v.occurred_at >= at) "
            "AS talk, "
            "(SELECT min(m.sent_at) FROM message m INDEXED BY message_contact_id_sent_at "
            "WHERE m.contact_id = referred_id AND m.sent_at >= at) AS written "
            "FROM made WHERE at >= :since), "
            "tasks AS (SELECT facts.*, CASE "
            f"WHEN talk IS NULL AND written IS NULL THEN '{ReferralTask.FOLLOW_UP.value}' "
            "WHEN talk <= :now AND reported_back_at IS NULL "
            f"THEN '{ReferralTask.REPORT_BACK.value}' END AS task FROM facts) "
            "SELECT task, id, referrer_id, referred_id, at, talk FROM tasks "
            f"WHERE task = '{ReferralTask.REPORT_BACK.value}' OR (task IS NOT NULL "
            # A snoozed person waits with the follow-up too.
            "AND referred_id NOT IN (SELECT id FROM contact WHERE snoozed_until > :now)) "
            "ORDER BY at, id",
            {"since": to_iso(now - REFERRAL_WINDOW), "now": stamp},
        )
        shown: dict[ReferralTask, list[tuple[Any, ...]]] = {task: [] for task in ReferralTask}
        totals = dict.fromkeys(ReferralTask, 0)
        for row in found:
            task = ReferralTask(row[0])
            totals[task] += 1
            if totals[task] <= limit:
                shown[task].append(row)
        names = _names({i for rows_ in shown.values() for r in rows_ for i in (r[2], r[3])})
        lists = {
            task: tuple(
                ReferralItem(
                    referral_id=r[1],
                    task=task,
                    referrer_id=r[2],
                    referrer_name=names.get(r[2], ""),
                    referred_id=r[3],
                    referred_name=names.get(r[3], ""),
                    referred_at=from_iso(r[4]),
                    spoke_at=maybe_from_iso(r[5]) if task is ReferralTask.REPORT_BACK else None,
                )
                for r in found_rows
            )
            for task, found_rows in shown.items()
        }
        return (
            Section(lists[ReferralTask.FOLLOW_UP], totals[ReferralTask.FOLLOW_UP]),
            Section(lists[ReferralTask.REPORT_BACK], totals[ReferralTask.REPORT_BACK]),
        )

    # Upcoming meetings -------------------------------------------------------------

    def upcoming(
        self, now: datetime, *, tz: tzinfo | None = None, limit: int = SECTION_LIMIT
    ) -> Section[MeetingItem]:
        """Planned conversations and prepared meetings in the next two weeks,
        soonest first. A prepared meeting stands in for a planned conversation
        with the same person on the same local day (and counts once)."""
        tz = tz or self._tz
        meetings = self._prepared_meetings(now, limit=limit)
        conversations = self._planned_conversations(
            now, limit=limit, besides=self._prepared_days(now, tz)
        )
        items = sorted([*conversations.items, *meetings.items], key=lambda item: item.occurred_at)
        return Section(tuple(items[:limit]), conversations.total + meetings.total)

    def _prepared_days(self, now: datetime, tz: tzinfo) -> list[tuple[int, str, str]]:
        """(person, start, end) of each local day with a prepared meeting coming up."""
        found = rows(
            f"SELECT m.contact_id, m.starts_at FROM meeting m WHERE {_PREPARED}",
            (to_iso(now), to_iso(now + UPCOMING_WINDOW)),
        )
        days = {(contact_id, local_day(from_iso(starts_at), tz)) for contact_id, starts_at in found}
        return [
            (contact_id, _day_start_text(day, tz), _day_start_text(day + timedelta(days=1), tz))
            for contact_id, day in sorted(days)
        ]

    def _prepared_meetings(self, now: datetime, *, limit: int) -> Section[MeetingItem]:
        bounds = (to_iso(now), to_iso(now + UPCOMING_WINDOW))
        total = int(scalar(f"SELECT count(*) FROM meeting m WHERE {_PREPARED}", bounds))
        found = rows(
            "SELECT m.id, m.contact_id, c.first_name, c.last_name, coalesce(o.name, ''), "
            f"m.starts_at, m.kind, m.purpose FROM meeting m {_PERSON.format(alias='m')} "
            f"WHERE {_PREPARED} ORDER BY m.starts_at, m.id LIMIT ?",
            (*bounds, limit),
        )
        items = tuple(
            MeetingItem(
                conversation_id=None,
                contact_id=r[1],
                contact_name=display_name(r[2], r[3]),
                organisation_name=r[4],
                occurred_at=from_iso(r[5]),
                channel_name="",
                topics=r[7].split("\n", 1)[0],
                meeting_id=r[0],
            )
            for r in found
        )
        return Section(items, total)

    def _planned_conversations(
        self, now: datetime, *, limit: int, besides: Sequence[tuple[int, str, str]] = ()
    ) -> Section[MeetingItem]:
        """Planned conversations in the window, except those with a person on
        a day in ``besides`` (person, start, end)."""
        where = (
            "v.deleted_at IS NULL AND v.occurred_at > ? AND v.occurred_at <= ? "
            f"AND v.contact_id NOT IN {_TRASHED}"
        )
        params: list[Any] = []
        prefix = ""
        if besides:
            prefix = (
                f"WITH p(contact_id, s, e) AS (VALUES {', '.join(['(?, ?, ?)'] * len(besides))}) "
            )
            params = [value for day in besides for value in day]
            where += (
                " AND NOT EXISTS (SELECT 1 FROM p WHERE p.contact_id = v.contact_id "
                "AND v.occurred_at >= p.s AND v.occurred_at < p.e)"
            )
        params += [to_iso(now), to_iso(now + UPCOMING_WINDOW)]
        total = int(scalar(f"{prefix}SELECT count(*) FROM conversation v WHERE {where}", params))
        found = rows(
            f"{prefix}SELECT v.id, v.contact_id, c.first_name, c.last_name, "
            "coalesce(o.name, ''), v.occurred_at, coalesce(ch.name, ''), v.topics "
            f"FROM conversation v {_PERSON.format(alias='v')} "
            f"LEFT JOIN channel ch ON ch.id = v.channel_id "
            f"WHERE {where} ORDER BY v.occurred_at, v.id LIMIT ?",
            (*params, limit),
        )
        items = tuple(
            MeetingItem(
                conversation_id=r[0],
                contact_id=r[1],
                contact_name=display_name(r[2], r[3]),
                organisation_name=r[4],
                occurred_at=from_iso(r[5]),
                channel_name=r[6],
                topics=r[7],
            )
            for r in found
        )
        return Section(items, total)

    # Not yet told --------------------------------------------------------------------

    def not_told(
        self, now: datetime | None = None, *, limit: int = SECTION_LIMIT
    ) -> Section[NotToldItem]:
        """Relevant people who have not heard my goal: high relevance first, by
        name. Telling it in a planned conversation counts once it has happened."""
        stamp = to_iso(now or self._clock.now())
        never = "c.deleted_at IS NULL AND c.relevance = ? AND c.told_goal_at IS NULL"
        planned = "c.deleted_at IS NULL AND c.relevance = ? AND c.told_goal_at > ?"
        total = 0
        items: list[NotToldItem] = []
        for relevance in (Relevance.HIGH, Relevance.MEDIUM):
            # One index range each: never told (many), told only in a meeting still to come (few).
            ranges = ((never, (relevance,)), (planned, (relevance, stamp)))
            found: list[tuple[Any, ...]] = []
            for where, params in ranges:
                total += int(scalar(f"SELECT count(*) FROM contact c WHERE {where}", params))
                if len(items) >= limit:
                    continue
                # INDEXED BY: to spare a sort of a few rows SQLite would rather
                # walk every person by name.
                found += rows(
                    "SELECT c.name_key, c.id, c.first_name, c.last_name, coalesce(o.name, '') "
                    "FROM contact c INDEXED BY contact_deleted_at_relevance_told_goal_at_name_key "
                    "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
                    f"WHERE {where} ORDER BY c.name_key, c.id LIMIT ?",
                    (*params, limit - len(items)),
                )
            found.sort(key=lambda r: (r[0], r[1]))
            items += [
                NotToldItem(r[1], display_name(r[2], r[3]), r[4], Relevance(relevance))
                for r in found[: limit - len(items)]
            ]
        return Section(tuple(items), total)

    # Streak ------------------------------------------------------------------------------

    def streak(self, now: datetime, *, tz: tzinfo | None = None) -> Streak:
        """Actions per local day over the chart's weeks, and the current streak
        (looking further back, a year at a time, only while the run goes on)."""
        tz = tz or self._tz
        today = local_day(now, tz)
        start = today - timedelta(days=WINDOW_DAYS)
        days = self.activity(start, today, now, tz=tz)
        active = {d.day for d in days if d.total}
        run = current_streak(active.__contains__, today)
        run_end = today if today in active else today - timedelta(days=1)
        reached = run_end - timedelta(days=run - 1) if run else run_end
        while run and reached == start and run < _LONGEST_STREAK:
            chunk_last = start - timedelta(days=1)
            start = chunk_last - timedelta(days=364)
            idle = self._last_idle_day(start, chunk_last, now, tz)
            if idle is not None:
                run += (chunk_last - idle).days
                break
            run += 365
            reached = start
        return Streak(today=today, current=run, today_done=today in active, days=days)

    def _last_idle_day(self, first: date, last: date, now: datetime, tz: tzinfo) -> date | None:
        """The latest day from ``first`` to ``last`` without any action, if any."""
        values, bounds = _day_bounds(first, last, tz, now)
        found = scalar(
            f"WITH d(i, s, e) AS (VALUES {values}) SELECT max(i) FROM d WHERE "
            # The smallest indexes first: most days are settled by them.
            "NOT EXISTS (SELECT 1 FROM message WHERE sent_at >= s AND sent_at < e) "
            "AND NOT EXISTS (SELECT 1 FROM contact WHERE deleted_at IS NULL AND imported = 0 "
            "AND created_at >= s AND created_at < e) "
            "AND NOT EXISTS (SELECT 1 FROM conversation WHERE deleted_at IS NULL "
            "AND thanks_sent_at >= s AND thanks_sent_at < e) "
            "AND NOT EXISTS (SELECT 1 FROM conversation WHERE deleted_at IS NULL "
            "AND occurred_at >= s AND occurred_at < e)",
            bounds,
        )
        return None if found is None else first + timedelta(days=int(found))

    def activity(
        self, first: date, last: date, now: datetime, *, tz: tzinfo | None = None
    ) -> tuple[DayActivity, ...]:
        """Networking actions on each local day from ``first`` to ``last``."""
        tz = tz or self._tz
        values, bounds = _day_bounds(first, last, tz, now)
        found = rows(
            f"WITH d(i, s, e) AS (VALUES {values}) SELECT i, "
            "(SELECT count(*) FROM conversation WHERE deleted_at IS NULL "
            "AND occurred_at >= s AND occurred_at < e), "
            "(SELECT count(*) FROM conversation WHERE deleted_at IS NULL "
            "AND thanks_sent_at >= s AND thanks_sent_at < e), "
            "(SELECT count(*) FROM message WHERE sent_at >= s AND sent_at < e), "
            # Added by hand: an import of 500 connections is not 500 actions.
            "(SELECT count(*) FROM contact WHERE deleted_at IS NULL AND imported = 0 "
            "AND created_at >= s AND created_at < e) FROM d",
            bounds,
        )
        counts: dict[ActionKind, dict[date, int]] = {kind: {} for kind in ActionKind}
        for i, talks, thanks, messages, added in found:
            day = first + timedelta(days=i)
            counts[ActionKind.CONVERSATION][day] = talks
            counts[ActionKind.THANKS][day] = thanks
            counts[ActionKind.MESSAGE][day] = messages
            counts[ActionKind.CONTACT][day] = added
        return activity_days(first, last, counts)


# Beyond twenty years a streak is reported as twenty years.
_LONGEST_STREAK = 20 * 365


def _day_bounds(first: date, last: date, tz: tzinfo, now: datetime) -> tuple[str, list[Any]]:
    """A VALUES list of (index, start, end) per local day, and its parameters:
    a day's bounds in UTC, daylight-saving changes included, ending at ``now``
    at the latest (a meeting planned for later today has not happened yet).
    One upper bound per range keeps SQLite on a plain index range."""
    count = (last - first).days + 1
    bounds: list[Any] = []
    latest = _utc_text(now + timedelta(microseconds=1))
    start = _day_start_text(first, tz)
    for i in range(count):
        end = _day_start_text(first + timedelta(days=i + 1), tz)
        bounds += [i, start, min(end, latest)]
        start = end
    return ", ".join(["(?, ?, ?)"] * count), bounds


@functools.lru_cache(maxsize=4096)
def _day_start_text(day: date, tz: tzinfo) -> str:
    """When a local day begins, as stored text (the streak asks for hundreds)."""
    return _utc_text(day_start(day, tz))


def _moment(text: str) -> datetime:
    """clock.from_iso's moment, quicker to read (Today reads hundreds)."""
    return datetime.fromisoformat(text)


def _utc_text(moment: datetime) -> str:
    """clock.to_iso's text, quicker to make."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _cadences() -> list[int]:
    """The distinct cadences of live people, each found by one index seek."""
    found: list[int] = []
    value = scalar(
        "SELECT min(cadence_days) FROM contact WHERE deleted_at IS NULL AND cadence_days > 0"
    )
    while value is not None:
        found.append(int(value))
        value = scalar(
            "SELECT min(cadence_days) FROM contact WHERE deleted_at IS NULL AND cadence_days > ?",
            (value,),
        )
    return found


def _names(contact_ids: set[int]) -> dict[int, str]:
    if not contact_ids:
        return {}
    found = rows(
        "SELECT id, first_name, last_name FROM contact "
        f"WHERE id IN ({placeholders(len(contact_ids))})",
        list(contact_ids),
    )
    return {r[0]: display_name(r[1], r[2]) for r in found}


def _people(
    contact_ids: Sequence[int], now: datetime
) -> dict[int, tuple[str, str, datetime | None]]:
    """Name, organisation and the last time they heard from me, per person."""
    if not contact_ids:
        return {}
    stamp = to_iso(now)
    found = rows(
        f"SELECT c.id, c.first_name, c.last_name, coalesce(o.name, ''), nullif({_HEARD}, '') "
        "FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id "
        f"AND o.deleted_at IS NULL WHERE c.id IN ({placeholders(len(contact_ids))})",
        [stamp, *contact_ids],
    )
    return {r[0]: (display_name(r[1], r[2]), r[3], maybe_from_iso(r[4])) for r in found}

"""TodayService over a real data file: every section triggers when it should and
stays quiet when it should not, the facts the triggers keep stay true, and the
SQL agrees with the domain's rules on a random network."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from netdesk.domain.agenda import (
    ReferralTask,
    ThanksState,
    heard_goal,
    keep_in_touch_due_on,
    last_in_touch,
    needs_telling,
    promise_is_due,
    referral_task,
    thanks_state,
)
from netdesk.domain.clock import FixedClock, from_iso, maybe_from_iso
from netdesk.domain.contacts import Contact, ContactDraft, Relevance
from netdesk.domain.conversations import (
    ChannelKey,
    Conversation,
    ConversationDraft,
    ReferralDraft,
)
from netdesk.domain.goal import JobGoal
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.streak import local_day
from netdesk.domain.templates import MessageChannel, MessageDraft, TemplateKind
from netdesk.domain.trash import RecordKind
from netdesk.services.agenda import TodayService, _day_start_text, _utc_text
from netdesk.services.query import rows, scalar
from netdesk.services.workspace import Workspace

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
THEIRS, MINE = PromiseDirection.THEIRS, PromiseDirection.MINE


def person(ws: Workspace, first: str, last: str = "", **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, last_name=last, **fields))


def talk(ws: Workspace, who: Contact, when: datetime, **fields: Any) -> Conversation:
    return ws.conversations.create(ConversationDraft(contact_id=who.id, occurred_at=when, **fields))


@pytest.fixture
def today(workspace: Workspace, clock: FixedClock) -> TodayService:
    return TodayService(clock, workspace.goal, tz=UTC)


def ids(section: Any, attribute: str = "contact_id") -> list[int]:
    return [getattr(item, attribute) for item in section.items]


# Thanks -------------------------------------------------------------------------------


def test_thanks_most_overdue_first_then_soonest_deadline(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    now = clock.now()
    ann, bob, cem, dan, eva, fay, gus = (
        person(workspace, n) for n in ["Ann", "Bob", "Cem", "Dan", "Eva", "Fay", "Gus"]
    )
    talk(workspace, ann, now - 2 * HOUR)
    talk(workspace, bob, now - 20 * HOUR)
    talk(workspace, cem, now - 2 * DAY)
    talk(workspace, gus, now - 4 * DAY)
    talk(workspace, dan, now - 20 * DAY)  # too long ago for Today
    talk(workspace, eva, now + DAY)  # planned
    talk(workspace, fay, now - HOUR, thanks_sent_at=now)
    section = today.thanks(now)
    assert ids(section) == [gus.id, cem.id, bob.id, ann.id]
    assert [i.state for i in section.items] == [
        ThanksState.OVERDUE,
        ThanksState.OVERDUE,
        ThanksState.DUE,
        ThanksState.DUE,
    ]
    assert section.total == 4
    # Cut short, the list keeps the longest wait.
    assert ids(today.thanks(now, limit=1)) == [gus.id]
    assert today.thanks(now, limit=1).total == 4


@pytest.mark.parametrize(
    ("ago", "state"),
    [
        (24 * HOUR, ThanksState.DUE),  # the 24th hour still counts
        (24 * HOUR + timedelta(microseconds=1), ThanksState.OVERDUE),
        (14 * DAY, ThanksState.OVERDUE),  # two weeks to the microsecond: still on Today
        (14 * DAY + timedelta(microseconds=1), ThanksState.LAPSED),
    ],
)
def test_the_thanks_bounds_are_the_domains_to_the_microsecond(
    workspace: Workspace, clock: FixedClock, today: TodayService, ago: timedelta, state: ThanksState
) -> None:
    now = clock.now()
    coffee = talk(workspace, person(workspace, "Ann"), now - ago)
    assert thanks_state(coffee.occurred_at, None, now) is state
    section = today.thanks(now)
    if state is ThanksState.LAPSED:
        assert not section
    else:
        assert [(i.conversation_id, i.state) for i in section.items] == [(coffee.id, state)]
        assert section.total == 1


def test_marking_thanks_sent_or_trashing_the_person_clears_it(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann, bob = person(workspace, "Ann"), person(workspace, "Bob")
    coffee = talk(workspace, ann, clock.now() - HOUR)
    talk(workspace, bob, clock.now() - HOUR)
    workspace.outreach.mark_thanks_sent(coffee.id)
    workspace.trash.trash(RecordKind.CONTACT, [bob.id])
    assert not today.thanks(clock.now())
    workspace.outreach.mark_thanks_sent(coffee.id, sent=False)
    assert ids(today.thanks(clock.now())) == [ann.id]


# Promises --------------------------------------------------------------------------------


def test_promises_due_theirs_and_mine(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann")
    day = clock.now().date()

    def promise(direction: PromiseDirection, due: date | None, **extra: Any) -> int:
        return workspace.promises.create(
            PromiseDraft(
                contact_id=ann.id, direction=direction, description="x", due_on=due, **extra
            )
        ).id

    overdue_theirs = promise(THEIRS, day - 3 * DAY)
    today_mine = promise(MINE, day)
    promise(MINE, day + DAY)  # not yet
    promise(THEIRS, day - DAY, done=True)  # done
    undated = promise(THEIRS, None)  # made just now: due in a week
    section = today.promises(clock.now())
    assert ids(section, "promise_id") == [overdue_theirs, today_mine]
    first, second = section.items
    assert first.direction is THEIRS
    assert first.overdue
    assert first.dated
    assert second.direction is MINE
    assert not second.overdue

    clock.advance(7 * DAY)
    later = today.promises(clock.now())
    assert undated in ids(later, "promise_id")
    item = next(i for i in later.items if i.promise_id == undated)
    assert not item.dated
    assert item.due_on == clock.now().date()


def test_a_reminded_promise_rests_a_week(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann")
    offer = workspace.promises.create(
        PromiseDraft(
            contact_id=ann.id, direction=THEIRS, description="Intro", due_on=clock.now().date()
        )
    )
    workspace.outreach.mark_reminded(offer.id)
    assert not today.promises(clock.now())
    clock.advance(6 * DAY)
    assert not today.promises(clock.now())
    clock.advance(DAY)
    assert ids(today.promises(clock.now()), "promise_id") == [offer.id]
    workspace.promises.set_done(offer.id, True)
    assert not today.promises(clock.now())


# Keep in touch -------------------------------------------------------------------------------


def test_keep_in_touch_counts_from_the_last_conversation_of_any_channel(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann", cadence_days=30)
    person(workspace, "Bob")  # no cadence: never due
    phone = workspace.channels.by_key(ChannelKey.PHONE)
    assert phone is not None
    clock.advance(29 * DAY)
    assert not today.keep_in_touch(clock.now())
    clock.advance(DAY)  # 30 days since Ann was added
    section = today.keep_in_touch(clock.now())
    assert ids(section) == [ann.id]
    assert section.items[0].last_contact_at is None
    assert section.items[0].cadence_days == 30
    call = talk(workspace, ann, clock.now() - HOUR, channel_id=phone.id)  # a call resets it
    assert not today.keep_in_touch(clock.now())
    clock.advance(30 * DAY)
    item = today.keep_in_touch(clock.now()).items[0]
    assert item.last_contact_at == call.occurred_at
    assert item.days_overdue(local_day(clock.now(), UTC)) == 0


def test_a_message_sent_keeps_people_in_touch_and_a_planned_meeting_once_it_happened(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann", cadence_days=30)
    bob = person(workspace, "Bob", cadence_days=30)
    clock.advance(40 * DAY)
    assert set(ids(today.keep_in_touch(clock.now()))) == {ann.id, bob.id}
    workspace.outreach.mark_sent(
        MessageDraft(contact_id=ann.id, body="Hello!", kind=TemplateKind.KEEP_IN_TOUCH)
    )
    meeting = talk(workspace, bob, clock.now() + 3 * DAY)  # planned: Bob has not heard yet
    section = today.keep_in_touch(clock.now())
    assert ids(section) == [bob.id]
    assert section.total == 1
    assert section.items[0].last_contact_at is None
    assert section.items[0].due_on == local_day(bob.created_at, UTC) + 30 * DAY
    assert today.keep_in_touch(clock.now(), limit=0).total == 1
    clock.advance(3 * DAY)  # the meeting has taken place
    assert not today.keep_in_touch(clock.now())
    clock.advance(30 * DAY)
    [item] = [i for i in today.keep_in_touch(clock.now()).items if i.contact_id == bob.id]
    assert item.last_contact_at == meeting.occurred_at


def test_people_with_several_meetings_to_come_are_judged_by_the_last_one_held(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann", cadence_days=30)
    bob = person(workspace, "Bob", cadence_days=30)
    clock.advance(100 * DAY)
    held = talk(workspace, ann, clock.now() - 40 * DAY)
    talk(workspace, bob, clock.now() - 10 * DAY)  # in touch: not due
    for person_, days in ((ann, 2), (ann, 9), (bob, 5), (bob, 6)):
        talk(workspace, person_, clock.now() + days * DAY)
    section = today.keep_in_touch(clock.now())
    assert ids(section) == [ann.id]
    assert section.items[0].last_contact_at == held.occurred_at
    assert section.items[0].due_on == local_day(held.occurred_at, UTC) + 30 * DAY
    clock.advance(3 * DAY)  # Ann's first meeting has taken place
    assert not today.keep_in_touch(clock.now())


def test_trashing_the_last_conversation_brings_the_reminder_back(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann", cadence_days=30)
    clock.advance(60 * DAY)
    recent = talk(workspace, ann, clock.now() - DAY)
    assert not today.keep_in_touch(clock.now())
    workspace.trash.trash(RecordKind.CONVERSATION, [recent.id])
    assert ids(today.keep_in_touch(clock.now())) == [ann.id]
    workspace.trash.restore(RecordKind.CONVERSATION, [recent.id])
    assert not today.keep_in_touch(clock.now())


def test_snoozed_people_wait_a_week(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann", cadence_days=10)
    clock.advance(20 * DAY)
    workspace.outreach.snooze(ann.id)
    assert not today.keep_in_touch(clock.now())
    clock.advance(7 * DAY)
    assert ids(today.keep_in_touch(clock.now())) == [ann.id]


def test_keep_in_touch_most_overdue_first_across_cadences(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    monthly = person(workspace, "Monthly", cadence_days=30)
    weekly = person(workspace, "Weekly", cadence_days=7)
    quarterly = person(workspace, "Quarterly", cadence_days=90)
    clock.advance(100 * DAY)
    section = today.keep_in_touch(clock.now())
    assert ids(section) == [weekly.id, monthly.id, quarterly.id]  # 93, 70 and 10 days over
    assert today.keep_in_touch(clock.now(), limit=2).total == 3


# Referrals ----------------------------------------------------------------------------------


def test_referrals_follow_up_then_report_back(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    bram = person(workspace, "Bram")
    intro = talk(
        workspace,
        bram,
        clock.now() - 2 * DAY,
        referrals=(ReferralDraft(new_contact_name="Noor Amrani"),),
        thanks_sent_at=clock.now(),
    )
    [referral] = intro.referrals
    noor = referral.referred_id
    follow_ups, report_backs = today.referrals(clock.now())
    assert [(i.referred_id, i.referrer_id, i.task) for i in follow_ups.items] == [
        (noor, bram.id, ReferralTask.FOLLOW_UP)
    ]
    assert follow_ups.items[0].referred_at == intro.occurred_at
    assert not report_backs

    workspace.conversations.create(
        ConversationDraft(contact_id=noor, occurred_at=clock.now() + 2 * DAY)  # planned
    )
    follow_ups, report_backs = today.referrals(clock.now())
    assert not follow_ups
    assert not report_backs

    clock.advance(3 * DAY)  # the meeting took place
    follow_ups, report_backs = today.referrals(clock.now())
    assert not follow_ups
    assert [i.referral_id for i in report_backs.items] == [referral.id]
    assert report_backs.items[0].task is ReferralTask.REPORT_BACK
    workspace.outreach.mark_reported_back(referral.id)
    assert today.referrals(clock.now()) == (type(follow_ups)(), type(follow_ups)())


def test_a_snoozed_or_messaged_referral_waits_and_old_ones_go(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    bram = person(workspace, "Bram")
    intro = talk(
        workspace,
        bram,
        clock.now(),
        referrals=(ReferralDraft(new_contact_name="Ann"), ReferralDraft(new_contact_name="Bob")),
    )
    ann_id, bob_id = (r.referred_id for r in intro.referrals)
    workspace.outreach.snooze(ann_id)
    workspace.outreach.mark_sent(MessageDraft(contact_id=bob_id, body="Coffee?"))
    assert not today.referrals(clock.now())[0]
    clock.advance(8 * DAY)
    assert ids(today.referrals(clock.now())[0], "referred_id") == [ann_id]
    clock.advance(130 * DAY)
    assert not today.referrals(clock.now())[0]


# Upcoming and not yet told ----------------------------------------------------------------------


def test_upcoming_meetings_soonest_first(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann, bob, cem = (person(workspace, n) for n in ("Ann", "Bob", "Cem"))
    later = talk(workspace, ann, clock.now() + 5 * DAY, topics="Museum")
    sooner = talk(workspace, bob, clock.now() + HOUR)
    talk(workspace, cem, clock.now() + 20 * DAY)
    talk(workspace, cem, clock.now() - HOUR)
    section = today.upcoming(clock.now())
    assert ids(section, "conversation_id") == [sooner.id, later.id]
    assert section.items[1].topics == "Museum"


def test_not_yet_told_waits_for_a_goal_then_lists_relevant_people(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    high = person(workspace, "High", relevance=Relevance.HIGH)
    medium = person(workspace, "Medium", relevance=Relevance.MEDIUM)
    person(workspace, "Low", relevance=Relevance.LOW)
    person(workspace, "Unset")
    agenda = today.agenda()
    assert not agenda.goal_set
    assert not agenda.not_told
    assert not agenda.all_done  # "set your goal" is something to do

    workspace.goal.save(JobGoal(roles=("Registrar",)))
    agenda = today.agenda()
    assert agenda.goal_set
    assert ids(agenda.not_told) == [high.id, medium.id]
    told = talk(workspace, high, clock.now() - DAY, told_goal=True, thanks_sent_at=clock.now())
    assert ids(today.not_told()) == [medium.id]
    talk(workspace, medium, clock.now() - DAY, told_goal=False, thanks_sent_at=clock.now())
    assert ids(today.not_told()) == [medium.id]  # spoke, but did not tell
    workspace.trash.trash(RecordKind.CONVERSATION, [told.id])
    assert ids(today.not_told()) == [high.id, medium.id]


def test_a_message_that_tells_my_goal_takes_them_off_not_yet_told(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    ann = person(workspace, "Ann", relevance=Relevance.HIGH)
    bob = person(workspace, "Bob", relevance=Relevance.HIGH)
    outreach = workspace.outreach
    note = outreach.compose(outreach.builtin(TemplateKind.KEEP_IN_TOUCH), ann.id)
    assert note.tells_goal  # the note says "I am still looking for {my_goal}"
    assert "Registrar" in note.body
    message = outreach.mark_sent(note.draft(note.body, note.subject, MessageChannel.EMAIL))
    assert message.told_goal
    assert ids(today.not_told()) == [bob.id]
    # Ticked off by hand, a message without {my_goal} tells it too; unticked, it does not.
    invite = outreach.compose(outreach.builtin(TemplateKind.THANK_YOU), bob.id)
    assert not invite.tells_goal
    outreach.mark_sent(invite.draft(invite.body, "", MessageChannel.OTHER))
    assert ids(today.not_told()) == [bob.id]
    outreach.mark_sent(invite.draft(invite.body, "", MessageChannel.OTHER, told_goal=True))
    assert not today.not_told()
    outreach.undo_sent(message.id)
    assert ids(today.not_told()) == [ann.id]


def test_telling_my_goal_in_a_planned_meeting_counts_once_it_happened(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    workspace.goal.save(JobGoal(roles=("Registrar",)))
    people = [person(workspace, f"P{n}", relevance=Relevance.MEDIUM) for n in range(3)]
    talk(workspace, people[1], clock.now() + DAY, told_goal=True)
    section = today.not_told(clock.now())
    assert ids(section) == [p.id for p in people]  # in name order, planned one included
    assert section.total == 3
    assert today.not_told(clock.now(), limit=2).total == 3
    assert ids(today.not_told(clock.now(), limit=2)) == [people[0].id, people[1].id]
    clock.advance(2 * DAY)
    assert ids(today.not_told(clock.now())) == [people[0].id, people[2].id]
    assert ids(today.agenda().not_told) == [people[0].id, people[2].id]


def test_an_empty_network_with_a_goal_is_all_done(
    workspace: Workspace, today: TodayService
) -> None:
    workspace.goal.save(JobGoal(summary="a job in archives"))
    agenda = today.agenda()
    assert agenda.all_done
    assert agenda.to_do == 0
    assert agenda.streak.current == 0
    assert not agenda.streak.today_done


# Streak --------------------------------------------------------------------------------------


def test_every_kind_of_action_counts_for_the_streak(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    start = clock.now()
    ann = person(workspace, "Ann")  # day 0: a contact added
    clock.advance(DAY)
    talk(workspace, ann, clock.now() - HOUR, thanks_sent_at=None)  # day 1: a conversation
    clock.advance(DAY)
    [coffee_id] = [r[0] for r in rows("SELECT id FROM conversation")]
    workspace.outreach.mark_thanks_sent(coffee_id)  # day 2: thanks
    clock.advance(DAY)
    workspace.outreach.mark_sent(MessageDraft(contact_id=ann.id, body="Hi"))  # day 3
    clock.advance(DAY)  # day 4: nothing yet
    streak = today.streak(clock.now())
    assert streak.current == 4
    assert not streak.today_done
    by_day = {d.day: d for d in streak.days}
    first = start.date()
    assert by_day[first].contacts == 1
    assert by_day[first + DAY].conversations == 1
    assert by_day[first + 2 * DAY].thanks == 1
    assert by_day[first + 3 * DAY].messages == 1
    assert by_day[first + 4 * DAY].total == 0
    assert streak.days[-1].day == first + 4 * DAY
    clock.advance(DAY)  # a whole day without networking breaks it
    assert today.streak(clock.now()).current == 0


def test_contacts_an_import_added_are_not_networking_actions(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    from netdesk.interchange.linkedin_csv import read_linkedin_csv

    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    rows_ = [f"Person{i},Tester,,p{i}@example.org,Acme,,09 Oct 2024" for i in range(40)]
    data = ("\n".join([header, *rows_]) + "\n").encode()
    workspace.importing.apply(workspace.importing.plan(read_linkedin_csv(data)))

    streak = today.streak(clock.now())
    assert streak.days[-1].contacts == 0
    assert not streak.today_done
    person(workspace, "Ann")  # one added by hand still counts
    assert today.streak(clock.now()).days[-1].contacts == 1


def test_a_planned_meeting_does_not_count_before_it_happens(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    ann = person(workspace, "Ann")
    clock.advance(2 * DAY)
    talk(workspace, ann, clock.now() + 2 * HOUR)  # later today
    assert not today.streak(clock.now()).today_done
    clock.advance(3 * HOUR)
    assert today.streak(clock.now()).today_done


def test_the_streak_across_midnight_in_the_users_zone(
    workspace: Workspace, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    ann = person(workspace, "Ann")
    # 23:30 UTC is 00:30 the next day in Amsterdam.
    for day in (1, 2, 3):
        talk(workspace, ann, datetime(2026, 3, day, 23, 30, tzinfo=UTC))
    clock.current = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    utc = TodayService(clock, workspace.goal, tz=UTC).streak(clock.now())
    amsterdam = TodayService(clock, workspace.goal, tz=AMSTERDAM).streak(clock.now())
    # UTC: 1, 2 and 3 March (plus the contact added on the 1st); the 4th is open.
    assert (utc.current, utc.today_done) == (3, False)
    # Amsterdam: contact on 1 March, talks on 2, 3 and 4 March: today counts.
    assert (amsterdam.current, amsterdam.today_done) == (4, True)
    assert {d.day: d.conversations for d in amsterdam.days if d.conversations} == {
        date(2026, 3, 2): 1,
        date(2026, 3, 3): 1,
        date(2026, 3, 4): 1,
    }


def test_a_long_streak_is_counted_beyond_the_chart(
    workspace: Workspace, clock: FixedClock, today: TodayService
) -> None:
    clock.current = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    ann = person(workspace, "Ann")
    for n in range(1, 400):
        talk(workspace, ann, clock.now() + n * DAY, thanks_sent_at=clock.now())
    clock.current += 400 * DAY
    streak = today.streak(clock.now())
    assert streak.current == 400  # the day Ann was added, then 399 conversations
    assert not streak.today_done


def test_day_bounds_text_is_the_stored_format() -> None:
    from netdesk.domain.clock import to_iso

    moment = datetime(2026, 3, 29, 1, 2, 3, 4, tzinfo=AMSTERDAM)
    assert _utc_text(moment) == to_iso(moment)
    assert _day_start_text(date(2026, 3, 29), AMSTERDAM) == "2026-03-28T23:00:00.000000Z"


# The facts the triggers keep --------------------------------------------------------------------


def facts(contact_id: int) -> tuple[str | None, str | None]:
    found = rows("SELECT touched_at, told_goal_at FROM contact WHERE id = ?", (contact_id,))
    return found[0][0], found[0][1]


def previous(contact_id: int) -> datetime | None:
    return maybe_from_iso(
        scalar("SELECT previous_touched_at FROM contact WHERE id = ?", (contact_id,))
    )


def test_triggers_keep_when_people_heard_from_me_before_the_latest_time(
    workspace: Workspace, clock: FixedClock
) -> None:
    ann = person(workspace, "Ann")
    assert previous(ann.id) is None
    first = talk(workspace, ann, clock.now() - 5 * DAY)
    assert previous(ann.id) is None  # only one: nothing before it
    planned = talk(workspace, ann, clock.now() + 2 * DAY)
    assert previous(ann.id) == first.occurred_at
    message = workspace.outreach.mark_sent(MessageDraft(contact_id=ann.id, body="See you"))
    assert previous(ann.id) == message.sent_at
    talk(workspace, ann, clock.now() + 4 * DAY)
    assert previous(ann.id) == planned.occurred_at
    workspace.outreach.undo_sent(message.id)
    workspace.trash.trash(RecordKind.CONVERSATION, [planned.id])
    assert previous(ann.id) == first.occurred_at


def test_triggers_keep_touched_at_and_told_goal_at(workspace: Workspace, clock: FixedClock) -> None:
    ann, bob = person(workspace, "Ann"), person(workspace, "Bob")
    added = scalar("SELECT created_at FROM contact WHERE id = ?", (ann.id,))
    assert facts(ann.id) == (added, None)
    old = talk(workspace, ann, clock.now() - 10 * DAY, told_goal=True)
    when = scalar("SELECT occurred_at FROM conversation WHERE id = ?", (old.id,))
    assert facts(ann.id) == (when, when)
    # Moving the conversation to Bob moves the facts with it.
    workspace.conversations.update(
        old.id, ConversationDraft(contact_id=bob.id, occurred_at=old.occurred_at, told_goal=True)
    )
    assert facts(ann.id) == (added, None)
    assert facts(bob.id)[1] == when
    message = workspace.outreach.mark_sent(MessageDraft(contact_id=bob.id, body="x"))
    assert from_iso(str(facts(bob.id)[0])) == message.sent_at
    workspace.outreach.unmark_sent(message.id)
    assert from_iso(str(facts(bob.id)[0])) == old.occurred_at
    workspace.trash.trash(RecordKind.CONVERSATION, [old.id])
    assert facts(bob.id)[1] is None
    told = workspace.outreach.mark_sent(MessageDraft(contact_id=bob.id, body="y", told_goal=True))
    assert maybe_from_iso(facts(bob.id)[1]) == told.sent_at
    workspace.outreach.undo_sent(told.id)
    assert facts(bob.id)[1] is None
    workspace.trash.purge(workspace.trash.items())
    assert facts(bob.id) == (scalar("SELECT created_at FROM contact WHERE id = ?", (bob.id,)), None)


# The SQL against the domain's rules ---------------------------------------------------------------


def test_the_agenda_agrees_with_the_domain_rules_on_a_random_network(
    workspace: Workspace, clock: FixedClock
) -> None:
    rng = random.Random(5)
    tz = AMSTERDAM
    start = clock.now()
    people = []
    for n in range(60):
        clock.current = start + timedelta(hours=rng.randint(0, 24 * 200))
        people.append(
            person(
                workspace,
                f"P{n:02d}",
                cadence_days=rng.choice((None, 7, 30, 90)),
                relevance=Relevance(rng.randint(0, 3)),
            )
        )
    clock.current = start + 220 * DAY
    now = clock.now()
    for _ in range(150):
        who = rng.choice(people)
        when = start + timedelta(hours=rng.randint(0, 24 * 235))
        referrals = ()
        if rng.random() < 0.2:
            other = rng.choice(people)
            if other.id != who.id:
                referrals = (ReferralDraft(contact_id=other.id),)
        talk(
            workspace,
            who,
            when,
            told_goal=rng.random() < 0.3,
            thanks_sent_at=when + HOUR if rng.random() < 0.5 and when < now else None,
            referrals=referrals,
        )
    for _ in range(40):
        who = rng.choice(people)
        workspace.promises.create(
            PromiseDraft(
                contact_id=who.id,
                direction=rng.choice((THEIRS, MINE)),
                description="p",
                due_on=(now + timedelta(days=rng.randint(-20, 10))).date()
                if rng.random() < 0.7
                else None,
                done=rng.random() < 0.3,
            )
        )
    for who in rng.sample(people, 10):
        workspace.outreach.mark_sent(
            MessageDraft(contact_id=who.id, body="hi", told_goal=rng.random() < 0.5)
        )
    for who in rng.sample(people, 5):
        workspace.outreach.snooze(who.id)
    for referral_id in rng.sample([r[0] for r in rows("SELECT id FROM referral")], 5):
        workspace.outreach.mark_reported_back(referral_id)
    workspace.trash.trash(RecordKind.CONTACT, [people[0].id, people[1].id])
    workspace.goal.save(JobGoal(roles=("Registrar",)))

    agenda = TodayService(clock, workspace.goal, tz=tz).agenda(limit=1000)
    expected = brute_force(now, tz)
    assert sorted(ids(agenda.thanks, "conversation_id")) == expected["thanks"]
    assert sorted(ids(agenda.promises, "promise_id")) == expected["promises"]
    assert sorted(ids(agenda.keep_in_touch)) == expected["keep_in_touch"]
    assert sorted(ids(agenda.follow_ups, "referral_id")) == expected["follow_ups"]
    assert sorted(ids(agenda.report_backs, "referral_id")) == expected["report_backs"]
    assert sorted(ids(agenda.not_told)) == expected["not_told"]
    for section in (
        "thanks",
        "promises",
        "keep_in_touch",
        "follow_ups",
        "report_backs",
        "not_told",
    ):
        assert getattr(agenda, section).total == len(expected[section]), section
    assert all(expected[k] for k in ("thanks", "promises", "keep_in_touch", "not_told"))
    # Most overdue first in every section with a due time.
    waits = [i.occurred_at for i in agenda.thanks.items]
    assert waits == sorted(waits)
    assert [i.due_on for i in agenda.promises.items] == sorted(
        i.due_on for i in agenda.promises.items
    )
    due = [i.due_on for i in agenda.keep_in_touch.items]
    assert due == sorted(due)


def brute_force(now: datetime, tz: Any) -> dict[str, list[int]]:
    """Every record through the domain's rules, one by one."""
    today = local_day(now, tz)
    live = {r[0] for r in rows("SELECT id FROM contact WHERE deleted_at IS NULL")}
    talks = [
        (r[0], r[1], from_iso(r[2]), maybe_from_iso(r[3]), bool(r[4]))
        for r in rows(
            "SELECT id, contact_id, occurred_at, thanks_sent_at, told_goal FROM conversation "
            "WHERE deleted_at IS NULL"
        )
        if r[1] in live
    ]
    sent = [
        (r[0], from_iso(r[1]), bool(r[2]))
        for r in rows("SELECT contact_id, sent_at, told_goal FROM message")
    ]
    thanks = sorted(
        t[0]
        for t in talks
        if thanks_state(t[2], t[3], now) in (ThanksState.DUE, ThanksState.OVERDUE)
    )
    promises = sorted(
        r[0]
        for r in rows(
            "SELECT id, contact_id, due_on, created_at, direction, done_at, reminded_at "
            "FROM promise WHERE deleted_at IS NULL"
        )
        if r[1] in live
        and promise_is_due(
            date.fromisoformat(r[2]) if r[2] else None,
            from_iso(r[3]),
            PromiseDirection(r[4]),
            maybe_from_iso(r[5]),
            maybe_from_iso(r[6]),
            today,
            tz,
        )
    )
    keep = []
    not_told = []
    for contact_id, cadence, created, snoozed, relevance in rows(
        "SELECT id, cadence_days, created_at, snoozed_until, relevance FROM contact "
        "WHERE deleted_at IS NULL"
    ):
        touched = last_in_touch(
            from_iso(created),
            [t[2] for t in talks if t[1] == contact_id],
            [m for c, m, _told in sent if c == contact_id],
            now,
        )
        snoozed_at = maybe_from_iso(snoozed)
        due = cadence and keep_in_touch_due_on(touched, cadence, tz) <= today
        if due and (snoozed_at is None or snoozed_at <= now):
            keep.append(contact_id)
        told_at = [t[2] for t in talks if t[1] == contact_id and t[4]] + [
            m for c, m, told in sent if c == contact_id and told
        ]
        if needs_telling(Relevance(relevance), heard_goal(told_at, now)):
            not_told.append(contact_id)
    follow_ups, report_backs = [], []
    for rid, referrer, referred, created, reported, conversation in rows(
        "SELECT id, referrer_id, referred_id, created_at, reported_back_at, conversation_id "
        "FROM referral WHERE deleted_at IS NULL"
    ):
        if referrer not in live or referred not in live:
            continue
        made = from_iso(created)
        source = [t for t in talks if t[0] == conversation]
        at = min(source[0][2], made) if source else made
        after = [t[2] for t in talks if t[1] == referred and t[2] >= at]
        written = [m for c, m, _told in sent if c == referred and m >= at]
        first_talk = min(after) if after else None
        contacted = min([*after, *written]) if after or written else None
        spoke = first_talk if first_talk is not None and first_talk <= now else None
        task = referral_task(at, contacted, spoke, maybe_from_iso(reported), now)
        snoozed_at = maybe_from_iso(
            scalar("SELECT snoozed_until FROM contact WHERE id = ?", (referred,))
        )
        if task is ReferralTask.FOLLOW_UP and (snoozed_at is None or snoozed_at <= now):
            follow_ups.append(rid)
        elif task is ReferralTask.REPORT_BACK:
            report_backs.append(rid)
    return {
        "thanks": thanks,
        "promises": promises,
        "keep_in_touch": sorted(keep),
        "follow_ups": sorted(follow_ups),
        "report_backs": sorted(report_backs),
        "not_told": sorted(not_told),
    }


def test_a_damaged_page_is_reported_as_a_damaged_file(
    workspace: Workspace, today: TodayService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today is the first screen: a damaged page it reads is worded as such,
    while any other database error stays what it is."""
    import peewee

    from netdesk.domain.errors import DataFileError, DataFileProblem
    from netdesk.services import agenda as agenda_module

    def damaged(*_args: Any, **_kwargs: Any) -> Any:
        raise peewee.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(agenda_module, "scalar", damaged)
    with pytest.raises(DataFileError) as found:
        today.agenda()
    assert found.value.problem is DataFileProblem.DAMAGED
    assert found.value.path == workspace.data_file

    def locked(*_args: Any, **_kwargs: Any) -> Any:
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(agenda_module, "scalar", locked)
    with pytest.raises(peewee.OperationalError):
        today.agenda()

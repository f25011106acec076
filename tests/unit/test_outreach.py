"""Message templates (placeholders, filling, defaults) and the outreach service
(templates kept in the data file, messages marked as sent, Today's small actions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Contact, ContactDraft
from netdesk.domain.conversations import Conversation, ConversationDraft, ReferralDraft
from netdesk.domain.errors import ErrorCode, RecordNotFoundError, ValidationError
from netdesk.domain.goal import JobGoal
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.templates import (
    DEFAULT_LINKEDIN_LIMIT,
    GAP,
    MessageChannel,
    MessageContext,
    MessageDraft,
    Placeholder,
    ProblemKind,
    TemplateDraft,
    TemplateKind,
    TemplateProblem,
    character_count,
    check_message,
    fill,
    goal_phrase,
    mailto_url,
    parse_template_file,
    placeholder_values,
    placeholders_in,
    template_problems,
)
from netdesk.services.outreach import TemplateError, shipped_templates
from netdesk.services.query import scalar
from netdesk.services.workspace import Workspace

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
JOB_PHRASES = ("do you have a job", "are you hiring", "a job for me")


def person(ws: Workspace, first: str, last: str = "", **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, last_name=last, **fields))


def talk(ws: Workspace, who: Contact, when: datetime, **fields: Any) -> Conversation:
    return ws.conversations.create(ConversationDraft(contact_id=who.id, occurred_at=when, **fields))


# Placeholders -----------------------------------------------------------------------


def test_placeholders_are_filled_and_braces_escaped() -> None:
    values = {Placeholder.FIRST_NAME: "Zoë", Placeholder.ORGANISATION: "Acme {B.V.}"}
    text, problems = fill("Hi {first_name} at {organisation}! {{literal}}", values)
    assert text == "Hi Zoë at Acme {B.V.}! {literal}"
    assert problems == []
    assert placeholders_in("{a} {b} {a} {{c}}") == ("a", "b")


def test_unknown_and_empty_placeholders_are_reported_never_shown_as_braces() -> None:
    text, problems = fill("Dear {frist_name}, {how_helped}.", {Placeholder.HOW_HELPED: ""})
    assert "{" not in text
    assert "}" not in text
    assert text == f"Dear {GAP}, {GAP}."
    assert problems == [
        TemplateProblem(ProblemKind.UNKNOWN_PLACEHOLDER, "frist_name"),
        TemplateProblem(ProblemKind.EMPTY_VALUE, "how_helped"),
    ]


def test_a_placeholder_used_twice_is_reported_once() -> None:
    _text, problems = fill("{topics} and {topics}", {}, "subject")
    assert problems == [TemplateProblem(ProblemKind.EMPTY_VALUE, "topics", "subject")]


def test_stray_braces_are_problems_of_the_template_itself() -> None:
    assert template_problems("Hi {first_name") == [TemplateProblem(ProblemKind.STRAY_BRACE, "{")]
    assert template_problems("a } b") == [TemplateProblem(ProblemKind.STRAY_BRACE, "}")]
    assert template_problems("{{ok}} {first_name} {my_goal}") == []
    assert template_problems("{ first_name }") == []  # spaces inside are forgiven
    assert template_problems("{nope}", "subject") == [
        TemplateProblem(ProblemKind.UNKNOWN_PLACEHOLDER, "nope", "subject")
    ]


def test_values_come_from_contact_conversation_referral_and_goal() -> None:
    context = MessageContext(
        first_name="Zoë",
        last_name="van der Berg",
        organisation="Rijksmuseum",
        position="Registrar",
        topics="Registration",
        how_helped="Two  new\nnames.",
        promise="Introduce me to Noor",
        referrer_name="Bram Visser",
        referred_name="Noor El Amrani",
        goal=JobGoal(roles=("Registrar", "Collection data manager")),
        my_name="Sanne",
    )
    values = placeholder_values(context)
    assert values[Placeholder.FULL_NAME] == "Zoë van der Berg"
    assert values[Placeholder.HOW_HELPED] == "Two new names."
    assert values[Placeholder.REFERRER_FIRST_NAME] == "Bram"
    assert values[Placeholder.REFERRED_FIRST_NAME] == "Noor"
    assert values[Placeholder.MY_GOAL] == "Registrar or Collection data manager"
    assert placeholder_values(MessageContext(last_name="Smit"))[Placeholder.FIRST_NAME] == "Smit"


def test_goal_phrase_prefers_the_summary() -> None:
    assert (
        goal_phrase(JobGoal(summary="a job in  archives", roles=("x",)), "or")
        == "a job in archives"
    )
    assert goal_phrase(JobGoal(roles=("a", "b", "c")), "of") == "a, b of c"
    assert goal_phrase(JobGoal(sectors=("Museums",)), "or") == "Museums"
    assert goal_phrase(JobGoal(), "or") == ""


def test_template_files_have_headers_comments_and_a_body() -> None:
    text = "# for translators\nName: Thanks\nSubject: Hi {first_name}\n\nLine one.\n\nLine two.\n"
    parsed = parse_template_file(text)
    assert (parsed.name, parsed.subject) == ("Thanks", "Hi {first_name}")
    assert parsed.body == "Line one.\n\nLine two."


def test_every_kind_ships_a_sound_english_default() -> None:
    shipped = shipped_templates("en")
    assert set(shipped) == set(TemplateKind)
    for kind, text in shipped.items():
        assert text.name, kind
        assert text.body, kind
        assert template_problems(text.subject, "subject") + template_problems(text.body) == []
        assert not check_message(
            text.body, limit=None, first_contact=True, phrases=JOB_PHRASES
        ).job_requests
    assert Placeholder.HOW_HELPED.value in placeholders_in(shipped[TemplateKind.THANK_YOU].body)
    assert "referred_name" in placeholders_in(shipped[TemplateKind.REPORT_BACK].body)
    assert shipped[TemplateKind.LINKEDIN_CONNECTION].subject == ""
    # Filled with ordinary names, the LinkedIn note fits LinkedIn's limit.
    note = fill(
        shipped[TemplateKind.LINKEDIN_CONNECTION].body,
        {
            Placeholder.FIRST_NAME: "Alexandra",
            Placeholder.ORGANISATION: "Rijksdienst voor het Cultureel Erfgoed",
            Placeholder.MY_NAME: "Sanne de Vries",
        },
    )[0]
    assert character_count(note) <= DEFAULT_LINKEDIN_LIMIT


def test_a_missing_language_falls_back_to_english() -> None:
    assert shipped_templates("xx") == shipped_templates("en")


# Checks and mailto ---------------------------------------------------------------------------


def test_characters_are_counted_as_linkedin_counts_them() -> None:
    assert character_count("Zoë") == 3
    assert character_count("🚀") == 2  # outside the BMP: two UTF-16 units
    check = check_message("x" * 305, limit=300, first_contact=False, phrases=())
    assert check.over_limit == 5
    assert check_message("x" * 300, limit=300, first_contact=False, phrases=()).over_limit == 0
    assert check_message("x" * 900, limit=None, first_contact=False, phrases=()).over_limit == 0


def test_a_job_request_warns_only_in_a_first_message() -> None:
    text = "Lovely to meet you. Are you hiring, by any chance?"
    first = check_message(text, limit=None, first_contact=True, phrases=JOB_PHRASES)
    assert first.job_requests == ("are you hiring",)
    assert first.warn_job_request
    later = check_message(text, limit=None, first_contact=False, phrases=JOB_PHRASES)
    assert not later.warn_job_request
    harmless = check_message(
        "I work at a job centre and would love a coffee.",
        limit=None,
        first_contact=True,
        phrases=JOB_PHRASES,
    )
    assert not harmless.warn_job_request


def test_a_job_request_in_the_subject_warns_too() -> None:
    body = "Lovely to meet you. Could we have a coffee?"
    asking = check_message(
        body, limit=300, first_contact=True, phrases=JOB_PHRASES, subject="Are you hiring?"
    )
    assert asking.job_requests == ("are you hiring",)
    assert asking.warn_job_request
    assert asking.characters == len(body)  # the limit counts the text only


def test_mailto_urls_encode_everything() -> None:
    url = mailto_url(["zoë@x.example"], "Thanks & more?", "Line 1\nLine 2 = 100%")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "zoë@x.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more?"]
    assert query["body"] == ["Line 1\r\nLine 2 = 100%"]
    assert " " not in url
    assert mailto_url([], "", "") == "mailto:"


# Templates in the data file -----------------------------------------------------------------


def test_built_in_templates_are_listed_per_kind(workspace: Workspace) -> None:
    templates = workspace.outreach.templates()
    assert [t.kind for t in templates] == list(TemplateKind)
    assert all(t.builtin and not t.modified and t.id is None for t in templates)
    assert workspace.outreach.template("builtin:thank_you").kind is TemplateKind.THANK_YOU


def test_editing_a_built_in_template_and_restoring_it(workspace: Workspace) -> None:
    outreach = workspace.outreach
    shipped = outreach.shipped(TemplateKind.THANK_YOU)
    edited = outreach.save_builtin(TemplateKind.THANK_YOU, "Bedankt!", "Dank je, {first_name}.")
    assert edited.modified
    assert edited.builtin
    assert edited.id is not None
    assert edited.name == shipped.name
    assert outreach.builtin(TemplateKind.THANK_YOU).body == "Dank je, {first_name}."
    again = outreach.save_builtin(TemplateKind.THANK_YOU, "Bedankt!", "Dank je wel, {first_name}.")
    assert again.id == edited.id  # one edited copy per kind
    assert scalar("SELECT count(*) FROM message_template") == 1
    restored = outreach.restore_builtin(TemplateKind.THANK_YOU)
    assert restored == shipped
    assert scalar("SELECT count(*) FROM message_template") == 0
    outreach.save_builtin(TemplateKind.THANK_YOU, "Bedankt!", "Dank je, {first_name}.")
    # Saving the shipped text is restoring it: no edited copy is kept.
    assert outreach.save_builtin(TemplateKind.THANK_YOU, shipped.subject, shipped.body) == shipped
    assert scalar("SELECT count(*) FROM message_template") == 0


def test_own_templates_are_created_edited_and_deleted(workspace: Workspace) -> None:
    outreach = workspace.outreach
    own = outreach.create_template(
        TemplateDraft(TemplateKind.COFFEE_INVITATION, "  Koffie  ", "Koffie?", "Hoi {first_name}!")
    )
    assert (own.name, own.builtin, own.key) == ("Koffie", False, f"own:{own.id}")
    coffee = outreach.templates(TemplateKind.COFFEE_INVITATION)
    assert [t.builtin for t in coffee] == [True, False]
    changed = outreach.update_template(
        own.id or 0, TemplateDraft(TemplateKind.KEEP_IN_TOUCH, "Hallo", "", "Hoe gaat het?")
    )
    assert changed.kind is TemplateKind.KEEP_IN_TOUCH
    assert len(outreach.templates(TemplateKind.COFFEE_INVITATION)) == 1
    outreach.delete_template(own.id or 0)
    assert len(outreach.templates()) == len(TemplateKind)


def test_templates_with_unknown_placeholders_or_no_text_are_refused(workspace: Workspace) -> None:
    outreach = workspace.outreach
    with pytest.raises(TemplateError) as caught:
        outreach.save_builtin(TemplateKind.REMINDER, "", "Hi {frist_name} {")
    assert {p.kind for p in caught.value.problems} == {
        ProblemKind.UNKNOWN_PLACEHOLDER,
        ProblemKind.STRAY_BRACE,
    }
    with pytest.raises(ValidationError) as invalid:
        outreach.create_template(TemplateDraft(TemplateKind.REMINDER, "", "", "  "))
    assert {(e.field, e.code) for e in invalid.value.errors} == {
        ("name", ErrorCode.REQUIRED),
        ("body", ErrorCode.REQUIRED),
    }
    assert scalar("SELECT count(*) FROM message_template") == 0


def test_linkedin_limit_and_my_name_are_settings(workspace: Workspace) -> None:
    outreach = workspace.outreach
    assert outreach.linkedin_limit() == DEFAULT_LINKEDIN_LIMIT
    outreach.set_linkedin_limit(200)
    assert outreach.linkedin_limit() == 200
    with pytest.raises(ValidationError):
        outreach.set_linkedin_limit(5)
    assert outreach.my_name() == ""
    outreach.set_my_name("  Sanne   de Vries ")
    assert outreach.my_name() == "Sanne de Vries"


# Composing and marking sent ---------------------------------------------------------------------


def test_a_thank_you_uses_the_conversation_and_marks_it_thanked(
    workspace: Workspace, clock: FixedClock
) -> None:
    outreach = workspace.outreach
    outreach.set_my_name("Sanne")
    zoe = person(workspace, "Zoë", "Müller", organisation="Rijksmuseum", emails=("zoe@x.example",))
    coffee = talk(
        workspace,
        zoe,
        clock.now() - 3 * HOUR,
        topics="the registration team",
        how_helped="I now know whom to ask about the vacancy.",
    )
    composed = outreach.compose(outreach.builtin(TemplateKind.THANK_YOU), zoe.id)
    assert composed.conversation_id == coffee.id
    assert "the registration team" in composed.body
    assert "I now know whom to ask about the vacancy." in composed.body
    assert composed.subject == "Thank you, Zoë"
    assert composed.problems == ()
    assert composed.emails == ("zoe@x.example",)
    assert composed.limit is None
    assert not composed.first_contact
    clock.advance(HOUR)
    message = outreach.mark_sent(
        composed.draft(composed.body, composed.subject, MessageChannel.EMAIL)
    )
    assert message.kind is TemplateKind.THANK_YOU
    assert message.sent_at == clock.now()
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()
    assert outreach.messages(zoe.id) == [message]


def test_gaps_are_reported_when_nothing_is_known(workspace: Workspace) -> None:
    outreach = workspace.outreach
    stranger = person(workspace, "Piet")
    composed = outreach.compose(outreach.builtin(TemplateKind.THANK_YOU), stranger.id)
    empty = {p.name for p in composed.problems if p.kind is ProblemKind.EMPTY_VALUE}
    assert {"topics", "how_helped", "my_name"} <= empty
    assert GAP in composed.body
    assert "{" not in composed.body


def test_the_linkedin_note_is_counted_against_the_limit(workspace: Workspace) -> None:
    outreach = workspace.outreach
    outreach.set_linkedin_limit(100)
    ann = person(workspace, "Ann", organisation="Acme")
    composed = outreach.compose(outreach.builtin(TemplateKind.LINKEDIN_CONNECTION), ann.id)
    assert composed.limit == 100
    assert composed.check(composed.body).over_limit == character_count(composed.body) - 100


def test_a_first_message_asking_for_a_job_is_flagged(
    workspace: Workspace, clock: FixedClock
) -> None:
    outreach = workspace.outreach
    ann = person(workspace, "Ann")
    composed = outreach.compose(outreach.builtin(TemplateKind.COFFEE_INVITATION), ann.id)
    assert composed.first_contact
    assert not composed.check(composed.body).warn_job_request
    asking = composed.body + "\n\nDo you have a job for me?"
    assert composed.check(asking).warn_job_request
    outreach.mark_sent(composed.draft(composed.body, "", MessageChannel.LINKEDIN))
    assert not outreach.is_first_contact(ann.id)
    later = outreach.compose(outreach.builtin(TemplateKind.COFFEE_INVITATION), ann.id)
    assert not later.check(asking).warn_job_request
    bob = person(workspace, "Bob")
    talk(workspace, bob, clock.now() + DAY)  # a planned meeting is a contact already
    assert not outreach.is_first_contact(bob.id)


def test_report_back_and_reminder_mark_what_they_answer(
    workspace: Workspace, clock: FixedClock
) -> None:
    outreach = workspace.outreach
    bram = person(workspace, "Bram", "Visser")
    intro = talk(
        workspace,
        bram,
        clock.now() - 10 * DAY,
        referrals=(ReferralDraft(new_contact_name="Noor El Amrani"),),
    )
    [referral] = intro.referrals
    workspace.conversations.create(  # I have spoken to Noor since
        ConversationDraft(contact_id=referral.referred_id, occurred_at=clock.now() - DAY)
    )
    composed = outreach.compose(outreach.builtin(TemplateKind.REPORT_BACK), bram.id)
    assert composed.referral_id == referral.id
    assert "Noor El Amrani" in composed.body
    assert composed.subject == "Thank you for introducing me to Noor"
    outreach.mark_sent(composed.draft(composed.body, composed.subject, MessageChannel.EMAIL))
    assert scalar("SELECT reported_back_at FROM referral WHERE id = ?", (referral.id,))

    # The referred person's messages name who referred me.
    noor = referral.referred_id
    invite = outreach.compose(outreach.builtin(TemplateKind.COFFEE_INVITATION), noor)
    assert outreach.context(noor)[0].referrer_name == "Bram Visser"
    assert invite.referral_id is None  # only a report-back answers a referral

    offer = workspace.promises.create(
        PromiseDraft(
            contact_id=bram.id, direction=PromiseDirection.THEIRS, description="Send the report"
        )
    )
    reminder = outreach.compose(outreach.builtin(TemplateKind.REMINDER), bram.id)
    assert reminder.promise_id == offer.id
    assert "“Send the report”" in reminder.body or '"Send the report"' in reminder.body
    outreach.mark_sent(reminder.draft(reminder.body, reminder.subject, MessageChannel.EMAIL))
    assert scalar("SELECT reminded_at FROM promise WHERE id = ?", (offer.id,))
    assert workspace.promises.get(offer.id).done_at is None  # reminded, not done


def test_a_report_back_without_a_referral_answers_only_one_it_can(
    workspace: Workspace, clock: FixedClock
) -> None:
    """Bram referred me to Noor (spoken to since) and later to Piet (not yet);
    Ann referred me to Bram. A report-back to Bram is about Noor, and once
    Bram has heard, about nobody: it then marks no referral at all."""
    outreach = workspace.outreach
    report_back = outreach.builtin(TemplateKind.REPORT_BACK)
    ann, bram = person(workspace, "Ann"), person(workspace, "Bram")
    to_noor = talk(
        workspace, bram, clock.now() - 20 * DAY, referrals=(ReferralDraft(new_contact_name="Noor"),)
    ).referrals[0]
    talk(
        workspace, bram, clock.now() - 10 * DAY, referrals=(ReferralDraft(new_contact_name="Piet"),)
    )
    to_bram = talk(
        workspace, ann, clock.now() - 5 * DAY, referrals=(ReferralDraft(contact_id=bram.id),)
    ).referrals[0]
    assert outreach.compose(report_back, bram.id).referral_id is None  # spoke to nobody yet
    workspace.conversations.create(  # planned: not spoken to yet either
        ConversationDraft(contact_id=to_noor.referred_id, occurred_at=clock.now() + DAY)
    )
    assert outreach.report_back_referral(bram.id) is None
    clock.advance(2 * DAY)
    composed = outreach.compose(report_back, bram.id)
    assert composed.referral_id == to_noor.id
    assert "Noor" in composed.body
    outreach.mark_sent(composed.draft(composed.body, composed.subject, MessageChannel.EMAIL))
    assert scalar("SELECT reported_back_at FROM referral WHERE id = ?", (to_noor.id,))
    again = outreach.compose(report_back, bram.id)
    assert again.referral_id is None  # Piet: not spoken to; Ann's referral: not Bram's
    outreach.mark_sent(again.draft(again.body, again.subject, MessageChannel.EMAIL))
    assert scalar("SELECT count(*) FROM referral WHERE reported_back_at IS NOT NULL") == 1
    # A report-back to Bram never marks a referral somebody else made.
    outreach.mark_sent(
        MessageDraft(contact_id=bram.id, kind=TemplateKind.REPORT_BACK, referral_id=to_bram.id)
    )
    assert scalar("SELECT reported_back_at FROM referral WHERE id = ?", (to_bram.id,)) is None


def test_marking_sent_needs_a_live_contact(workspace: Workspace) -> None:
    gone = person(workspace, "Gone")
    workspace.trash.trash(gone_kind(), [gone.id])
    with pytest.raises(ValidationError):
        workspace.outreach.mark_sent(MessageDraft(contact_id=gone.id, body="Hi"))
    assert scalar("SELECT count(*) FROM message") == 0


def gone_kind() -> Any:
    from netdesk.domain.trash import RecordKind

    return RecordKind.CONTACT


def test_unmarking_a_message_forgets_it(workspace: Workspace) -> None:
    ann = person(workspace, "Ann")
    message = workspace.outreach.mark_sent(MessageDraft(contact_id=ann.id, body="Hi"))
    workspace.outreach.unmark_sent(message.id)
    assert workspace.outreach.messages(ann.id) == []
    assert workspace.outreach.is_first_contact(ann.id)


def test_undoing_a_sent_message_puts_back_exactly_what_it_changed(
    workspace: Workspace, clock: FixedClock
) -> None:
    outreach = workspace.outreach
    zoe = person(workspace, "Zoë")
    coffee = talk(workspace, zoe, clock.now() - 3 * HOUR)
    touched = scalar("SELECT touched_at FROM contact WHERE id = ?", (zoe.id,))
    clock.advance(HOUR)
    thanks = outreach.compose(outreach.builtin(TemplateKind.THANK_YOU), zoe.id)
    message = outreach.mark_sent(thanks.draft("Thank you!", "Thanks", MessageChannel.EMAIL))
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()

    clock.advance(HOUR)
    unsent = outreach.undo_sent(message.id)
    assert unsent.message == message
    assert unsent.answered
    assert outreach.messages(zoe.id) == []
    assert workspace.conversations.get(coffee.id).thanks_sent_at is None
    assert scalar("SELECT touched_at FROM contact WHERE id = ?", (zoe.id,)) == touched
    with pytest.raises(RecordNotFoundError):
        outreach.undo_sent(message.id)

    again = outreach.redo_sent(unsent)
    assert again == message  # same id, uuid, text and moment
    assert workspace.conversations.get(coffee.id).thanks_sent_at == message.sent_at
    # Thanks marked again by hand since: undoing the message leaves them be.
    outreach.mark_thanks_sent(coffee.id, sent=False)
    outreach.mark_thanks_sent(coffee.id)
    outreach.undo_sent(again.id)
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()


def test_undoing_a_thank_you_for_thanks_already_sent_leaves_them(
    workspace: Workspace, clock: FixedClock
) -> None:
    outreach = workspace.outreach
    ann = person(workspace, "Ann")
    coffee = talk(workspace, ann, clock.now() - HOUR)
    outreach.mark_thanks_sent(coffee.id)  # at this very moment, as the message is
    message = outreach.mark_sent(
        MessageDraft(ann.id, "Thanks", kind=TemplateKind.THANK_YOU, conversation_id=coffee.id)
    )
    assert not outreach.undo_sent(message.id).answered
    assert workspace.conversations.get(coffee.id).thanks_sent_at == clock.now()


def test_undoing_a_report_back_or_a_reminder(workspace: Workspace, clock: FixedClock) -> None:
    outreach = workspace.outreach
    bram = person(workspace, "Bram")
    [referral] = talk(
        workspace,
        bram,
        clock.now() - 10 * DAY,
        referrals=(ReferralDraft(new_contact_name="Noor"),),
    ).referrals
    report = outreach.mark_sent(
        MessageDraft(
            bram.id, "It went well", kind=TemplateKind.REPORT_BACK, referral_id=referral.id
        )
    )
    assert scalar("SELECT reported_back_at FROM referral WHERE id = ?", (referral.id,))
    outreach.undo_sent(report.id)
    assert scalar("SELECT reported_back_at FROM referral WHERE id = ?", (referral.id,)) is None

    offer = workspace.promises.create(
        PromiseDraft(contact_id=bram.id, direction=PromiseDirection.THEIRS, description="Intro")
    )
    outreach.mark_reminded(offer.id)
    first = outreach.reminded_at(offer.id)
    clock.advance(8 * DAY)
    reminder = outreach.mark_sent(
        MessageDraft(bram.id, "A reminder", kind=TemplateKind.REMINDER, promise_id=offer.id)
    )
    assert outreach.reminded_at(offer.id) == clock.now()
    unsent = outreach.undo_sent(reminder.id)
    assert unsent.reminded_before == first
    assert outreach.reminded_at(offer.id) == first  # the earlier reminder, not none
    outreach.redo_sent(unsent)
    assert outreach.reminded_at(offer.id) == reminder.sent_at
    assert [m.id for m in outreach.messages(bram.id)] == [reminder.id]


def test_snooze_sets_and_clears(workspace: Workspace, clock: FixedClock) -> None:
    ann = person(workspace, "Ann")
    until = workspace.outreach.snooze(ann.id)
    assert until - clock.now() <= 7 * DAY
    assert until - clock.now() > 6 * DAY
    assert workspace.outreach.snoozed_until(ann.id) == until
    workspace.outreach.unsnooze(ann.id)
    assert workspace.outreach.snoozed_until(ann.id) is None


def test_snooze_counts_in_the_users_own_days(workspace: Workspace, clock: FixedClock) -> None:
    from netdesk.services.outreach import OutreachService

    ann = person(workspace, "Ann")
    clock.current = datetime(2026, 3, 10, 21, 30, tzinfo=UTC)
    amsterdam = OutreachService(
        clock,
        workspace.goal,
        workspace.phrases,
        workspace.settings,
        tz=ZoneInfo("Europe/Amsterdam"),
    )
    assert amsterdam.snooze(ann.id) == datetime(2026, 3, 16, 23, 0, tzinfo=UTC)


def test_reminders_and_snoozes_can_be_put_back(workspace: Workspace, clock: FixedClock) -> None:
    """What undo needs: an earlier reminder or snooze restored exactly."""
    outreach = workspace.outreach
    ann = person(workspace, "Ann")
    offer = workspace.promises.create(
        PromiseDraft(contact_id=ann.id, direction=PromiseDirection.THEIRS, description="Intro")
    )
    assert outreach.reminded_at(offer.id) is None
    outreach.mark_reminded(offer.id)
    first = outreach.reminded_at(offer.id)
    assert first == clock.now()
    clock.advance(DAY)
    outreach.mark_reminded(offer.id)
    assert outreach.reminded_at(offer.id) == clock.now()
    outreach.mark_reminded(offer.id, when=first)
    assert outreach.reminded_at(offer.id) == first
    outreach.mark_reminded(offer.id, reminded=False)
    assert outreach.reminded_at(offer.id) is None
    until = clock.now() + 3 * DAY
    outreach.snooze_to(ann.id, until)
    assert outreach.snoozed_until(ann.id) == until


def test_goal_phrase_reads_well_inside_a_sentence() -> None:
    """Regression: "looking for A first job …, where care for data meet., and"."""
    summary = "A first job from the spring, where care for objects and data meet."
    assert goal_phrase(JobGoal(summary=summary), "or") == (
        "a first job from the spring, where care for objects and data meet"
    )
    assert goal_phrase(JobGoal(summary="Een baan in Leiden!"), "of") == "een baan in Leiden"
    # A name keeps its capital.
    assert goal_phrase(JobGoal(summary="Rijksmuseum registrar"), "or") == "Rijksmuseum registrar"

"""Outreach: message templates, messages marked as sent, and Today's small
actions (thanks sent, reported back to a referrer, reminded, snoozed).

Built-in templates ship in resources/templates/<language>/; editing one
stores the edited text in the data file, and "restore default" removes it
again. The user's own templates live in the data file only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from functools import cache
from typing import Any

from netdesk.domain.agenda import SNOOZE_DAYS, snooze_until
from netdesk.domain.clock import Clock, from_iso, maybe_from_iso, to_iso
from netdesk.domain.contacts import display_name
from netdesk.domain.errors import (
    ErrorCode,
    FieldError,
    NetdeskError,
    RecordNotFoundError,
    ValidationError,
)
from netdesk.domain.promises import PromiseDirection
from netdesk.domain.streak import local_zone
from netdesk.domain.templates import (
    DEFAULT_LINKEDIN_LIMIT,
    MAX_BODY_LENGTH,
    MAX_LINKEDIN_LIMIT,
    MAX_NAME_LENGTH,
    MAX_SUBJECT_LENGTH,
    MIN_LINKEDIN_LIMIT,
    ComposedMessage,
    Message,
    MessageChannel,
    MessageContext,
    MessageDraft,
    MessageTemplate,
    TemplateDraft,
    TemplateKind,
    TemplateProblem,
    TemplateText,
    UnsentMessage,
    fill_template,
    normalise_template,
    parse_template_file,
    states_goal,
    template_problems,
)
from netdesk.domain.text import clean_line
from netdesk.paths import resource_path
from netdesk.services.goal import GoalService
from netdesk.services.phrases import PhraseService
from netdesk.services.query import new_uuid, rows, scalar
from netdesk.services.settings import SettingsService
from netdesk.services.shipped_text import (
    DEFAULT_LANGUAGE,
    LanguageSource,
    current_language,
    language_folders,
    shipped_file,
)
from netdesk.store.db import database
from netdesk.store.tables import (
    ConversationRow,
    MessageRow,
    MessageTemplateRow,
    PromiseRow,
    ReferralRow,
)

LINKEDIN_LIMIT_KEY = "outreach.linkedin_note_limit"
MY_NAME_KEY = "outreach.my_name"


class TemplateError(NetdeskError):
    """A template's text has placeholders netdesk does not know, or stray braces."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        super().__init__(", ".join(f"{p.part}: {p.kind} {p.name}" for p in problems))
        self.problems = tuple(problems)


@cache
def shipped_templates(language: str = DEFAULT_LANGUAGE) -> dict[TemplateKind, TemplateText]:
    """The default texts in ``language``, English for any that are missing."""
    found: dict[TemplateKind, TemplateText] = {}
    for kind in TemplateKind:
        path = shipped_file("templates", language, f"{kind.value}.txt")
        if path is not None:
            found[kind] = parse_template_file(path.read_text(encoding="utf-8"))
    return found


@cache
def language_words(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Small words used when filling in (``or`` joins a goal's roles)."""
    words = {"or": "or"}
    for folder in reversed(language_folders(language)):  # English first, then its overrides
        path = resource_path("templates", folder, "language.txt")
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    key, _, value = line.partition(":")
                    words[key.strip()] = value.strip()
    return words


class OutreachService:
    def __init__(
        self,
        clock: Clock,
        goal: GoalService,
        phrases: PhraseService,
        settings: SettingsService,
        *,
        language: LanguageSource = DEFAULT_LANGUAGE,
        tz: tzinfo | None = None,
    ) -> None:
        self._clock = clock
        self._goal = goal
        self._phrases = phrases
        self._settings = settings
        self._language = language
        self._tz = tz or local_zone()

    @property
    def language(self) -> str:
        """The language of the shipped templates (the interface language)."""
        return current_language(self._language)

    # Preferences -------------------------------------------------------------

    def linkedin_limit(self) -> int:
        return self._settings.integer(
            LINKEDIN_LIMIT_KEY,
            DEFAULT_LINKEDIN_LIMIT,
            minimum=MIN_LINKEDIN_LIMIT,
            maximum=MAX_LINKEDIN_LIMIT,
        )

    def set_linkedin_limit(self, limit: int) -> None:
        if not MIN_LINKEDIN_LIMIT <= limit <= MAX_LINKEDIN_LIMIT:
            raise ValidationError(
                [
                    FieldError(
                        "linkedin_limit",
                        ErrorCode.OUT_OF_RANGE,
                        str(limit),
                        limit=MAX_LINKEDIN_LIMIT,
                    )
                ]
            )
        self._settings.set_integer(LINKEDIN_LIMIT_KEY, limit)

    def my_name(self) -> str:
        """How I sign my messages."""
        return self._settings.text(MY_NAME_KEY)

    def set_my_name(self, name: str) -> None:
        name = clean_line(name)
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(
                [FieldError("my_name", ErrorCode.TOO_LONG, name[:40], limit=MAX_NAME_LENGTH)]
            )
        self._settings.set_text(MY_NAME_KEY, name)

    # Templates ---------------------------------------------------------------

    def templates(self, kind: TemplateKind | None = None) -> list[MessageTemplate]:
        """Per kind (in TemplateKind's order): the built-in one, then the user's own."""
        stored: dict[TemplateKind, list[MessageTemplate]] = {k: [] for k in TemplateKind}
        overrides: dict[TemplateKind, MessageTemplate] = {}
        for row in rows(
            "SELECT id, kind, builtin, name, subject, body FROM message_template "
            "ORDER BY name COLLATE NOCASE, id"
        ):
            if row[1] not in _KINDS:
                continue  # written by a newer netdesk
            template = _template_from_row(row, self._shipped(TemplateKind(row[1])))
            if template.builtin:
                overrides.setdefault(template.kind, template)
            else:
                stored[template.kind].append(template)
        result: list[MessageTemplate] = []
        for k in TemplateKind:
            if kind is not None and k is not kind:
                continue
            result.append(overrides.get(k) or self._shipped(k))
            result += stored[k]
        return result

    def template(self, key: str) -> MessageTemplate:
        """A template by its key ("builtin:thank_you" or "own:12")."""
        for template in self.templates():
            if template.key == key:
                return template
        raise RecordNotFoundError("message_template", _key_id(key))

    def builtin(self, kind: TemplateKind) -> MessageTemplate:
        return self.templates(kind)[0]

    def shipped(self, kind: TemplateKind) -> MessageTemplate:
        """The default as it ships (what "restore default" brings back)."""
        return self._shipped(kind)

    def _shipped(self, kind: TemplateKind) -> MessageTemplate:
        text = shipped_templates(self.language).get(kind, TemplateText(kind.value, "", ""))
        return MessageTemplate(kind, text.name, text.subject, text.body, builtin=True)

    def save_builtin(self, kind: TemplateKind, subject: str, body: str) -> MessageTemplate:
        """Keep an edited text of a built-in template (the shipped one stays
        available through restore_builtin). The shipped text itself restores it."""
        shipped = self._shipped(kind)
        draft = self._checked(TemplateDraft(kind, shipped.name, subject, body), own=False)
        if (draft.subject, draft.body) == (shipped.subject, shipped.body):
            return self.restore_builtin(kind)
        now = self._clock.now()
        with database.atomic():
            existing = scalar(
                "SELECT id FROM message_template WHERE kind = ? AND builtin = 1", (kind.value,)
            )
            if existing is None:
                MessageTemplateRow.create(
                    uuid=new_uuid(),
                    kind=kind.value,
                    builtin=True,
                    name=shipped.name,
                    subject=draft.subject,
                    body=draft.body,
                    created_at=now,
                    updated_at=now,
                )
            else:
                MessageTemplateRow.update(
                    subject=draft.subject, body=draft.body, updated_at=now
                ).where(MessageTemplateRow.id == existing).execute()
        return self.builtin(kind)

    def restore_builtin(self, kind: TemplateKind) -> MessageTemplate:
        with database.atomic():
            MessageTemplateRow.delete().where(
                MessageTemplateRow.kind == kind.value, MessageTemplateRow.builtin == 1
            ).execute()
        return self.builtin(kind)

    def create_template(self, draft: TemplateDraft) -> MessageTemplate:
        draft = self._checked(draft, own=True)
        now = self._clock.now()
        with database.atomic():
            row = MessageTemplateRow.create(
                uuid=new_uuid(),
                kind=draft.kind.value,
                builtin=False,
                name=draft.name,
                subject=draft.subject,
                body=draft.body,
                created_at=now,
                updated_at=now,
            )
        return self.template(f"own:{row.id}")

    def update_template(self, template_id: int, draft: TemplateDraft) -> MessageTemplate:
        draft = self._checked(draft, own=True)
        with database.atomic():
            changed = (
                MessageTemplateRow.update(
                    kind=draft.kind.value,
                    name=draft.name,
                    subject=draft.subject,
                    body=draft.body,
                    updated_at=self._clock.now(),
                )
                .where(MessageTemplateRow.id == template_id, MessageTemplateRow.builtin == 0)
                .execute()
            )
        if not changed:
            raise RecordNotFoundError("message_template", template_id)
        return self.template(f"own:{template_id}")

    def delete_template(self, template_id: int) -> None:
        """Delete one of the user's own templates (messages sent from it stay)."""
        with database.atomic():
            MessageTemplateRow.delete().where(
                MessageTemplateRow.id == template_id, MessageTemplateRow.builtin == 0
            ).execute()

    def _checked(self, draft: TemplateDraft, *, own: bool) -> TemplateDraft:
        draft = normalise_template(draft)
        errors: list[FieldError] = []
        if own and not draft.name:
            errors.append(FieldError("name", ErrorCode.REQUIRED))
        if len(draft.name) > MAX_NAME_LENGTH:
            errors.append(FieldError("name", ErrorCode.TOO_LONG, limit=MAX_NAME_LENGTH))
        if len(draft.subject) > MAX_SUBJECT_LENGTH:
            errors.append(FieldError("subject", ErrorCode.TOO_LONG, limit=MAX_SUBJECT_LENGTH))
        if not draft.body:
            errors.append(FieldError("body", ErrorCode.REQUIRED))
        if len(draft.body) > MAX_BODY_LENGTH:
            errors.append(FieldError("body", ErrorCode.TOO_LONG, limit=MAX_BODY_LENGTH))
        if errors:
            raise ValidationError(errors)
        problems = template_problems(draft.subject, "subject") + template_problems(draft.body)
        if problems:
            raise TemplateError(problems)
        return draft

    # Composing ---------------------------------------------------------------

    def context(
        self,
        contact_id: int,
        *,
        conversation_id: int | None = None,
        referral_id: int | None = None,
        promise_id: int | None = None,
    ) -> tuple[MessageContext, dict[str, int | None]]:
        """What a message to this person can say, and the records it came from.

        Without explicit ids, the latest of each is used: the last conversation
        that took place, the latest referral to or from them, their oldest open
        offer to help.
        """
        found = rows(
            "SELECT c.first_name, c.last_name, coalesce(o.name, ''), c.position, "
            "coalesce(m.first_name || ' ' || m.last_name, '') FROM contact c "
            "LEFT JOIN organisation o ON o.id = c.organisation_id AND o.deleted_at IS NULL "
            "LEFT JOIN contact m ON m.id = c.met_through_id AND m.deleted_at IS NULL "
            "WHERE c.id = ? AND c.deleted_at IS NULL",
            (contact_id,),
        )
        if not found:
            raise RecordNotFoundError("contact", contact_id)
        first, last, organisation, position, met_through = found[0]
        now = to_iso(self._clock.now())
        conversation = _first(
            rows(
                "SELECT id, topics, how_helped FROM conversation WHERE id = ?",
                (conversation_id,),
            )
            if conversation_id is not None
            else rows(
                "SELECT id, topics, how_helped FROM conversation "
                "WHERE contact_id = ? AND deleted_at IS NULL AND occurred_at <= ? "
                "ORDER BY occurred_at DESC LIMIT 1",
                (contact_id, now),
            )
        )
        referral_sql = (
            "SELECT r.id, a.first_name, a.last_name, b.first_name, b.last_name FROM referral r "
            "JOIN contact a ON a.id = r.referrer_id JOIN contact b ON b.id = r.referred_id "
        )
        referral = _first(
            rows(referral_sql + "WHERE r.id = ?", (referral_id,))
            if referral_id is not None
            else rows(
                referral_sql + "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL "
                "AND b.deleted_at IS NULL AND (r.referrer_id = ? OR r.referred_id = ?) "
                "ORDER BY r.created_at DESC, r.id DESC LIMIT 1",
                (contact_id, contact_id),
            )
        )
        promise = _first(
            rows("SELECT id, description FROM promise WHERE id = ?", (promise_id,))
            if promise_id is not None
            else rows(
                "SELECT id, description FROM promise WHERE contact_id = ? AND direction = ? "
                "AND deleted_at IS NULL AND done_at IS NULL ORDER BY coalesce(due_on, '9'), id "
                "LIMIT 1",
                (contact_id, PromiseDirection.THEIRS.value),
            )
        )
        referrer_name = referred_name = ""
        if referral is not None:
            referrer_name = display_name(referral[1], referral[2])
            referred_name = display_name(referral[3], referral[4])
        if not referrer_name or referrer_name == display_name(first, last):
            referrer_name = " ".join(met_through.split())
        if referred_name == display_name(first, last):
            referred_name = ""
        context = MessageContext(
            first_name=first,
            last_name=last,
            organisation=organisation,
            position=position,
            topics=conversation[1] if conversation else "",
            how_helped=conversation[2] if conversation else "",
            promise=promise[1] if promise else "",
            referrer_name=referrer_name,
            referred_name=referred_name,
            goal=self._goal.get(),
            my_name=self.my_name(),
            conjunction=language_words(self.language).get("or", "or"),
        )
        sources = {
            "conversation_id": conversation[0] if conversation else None,
            "referral_id": referral[0] if referral else None,
            "promise_id": promise[0] if promise else None,
        }
        return context, sources

    def compose(
        self,
        template: MessageTemplate,
        contact_id: int,
        *,
        conversation_id: int | None = None,
        referral_id: int | None = None,
        promise_id: int | None = None,
    ) -> ComposedMessage:
        kind = template.kind
        if kind is TemplateKind.REPORT_BACK and referral_id is None:
            referral_id = self.report_back_referral(contact_id)
        context, sources = self.context(
            contact_id,
            conversation_id=conversation_id,
            referral_id=referral_id,
            promise_id=promise_id,
        )
        filled = fill_template(template, context)
        emails = tuple(
            str(row[0])
            for row in rows(
                "SELECT value FROM contact_method WHERE contact_id = ? AND kind = 'email' "
                "ORDER BY position",
                (contact_id,),
            )
        )
        linkedin = str(scalar("SELECT linkedin_url FROM contact WHERE id = ?", (contact_id,)) or "")
        # Only what the template is about is remembered with the message; a
        # report-back only answers a referral it was asked to, or one found above.
        return ComposedMessage(
            template=template,
            contact_id=contact_id,
            contact_name=display_name(context.first_name, context.last_name),
            emails=emails,
            linkedin_url=linkedin,
            subject=filled.subject,
            body=filled.body,
            problems=filled.problems,
            limit=self.linkedin_limit() if kind.has_limit else None,
            first_contact=self.is_first_contact(contact_id),
            phrases=self._phrases.job_request_phrases(),
            conversation_id=sources["conversation_id"] if kind is TemplateKind.THANK_YOU else None,
            referral_id=referral_id if kind is TemplateKind.REPORT_BACK else None,
            promise_id=sources["promise_id"] if kind is TemplateKind.REMINDER else None,
            tells_goal=states_goal(template, context),
        )

    def report_back_referral(self, contact_id: int) -> int | None:
        """The referral a report-back to this person answers: the oldest one
        they made, not yet reported back, whose referred person I have spoken
        to since (in a conversation that has taken place); None if there is none."""
        found = scalar(
            "SELECT r.id FROM referral r LEFT JOIN conversation rv ON rv.id = r.conversation_id "
            "JOIN contact b ON b.id = r.referred_id "
            "WHERE r.referrer_id = ? AND r.deleted_at IS NULL AND r.reported_back_at IS NULL "
            "AND rv.deleted_at IS NULL AND b.deleted_at IS NULL AND EXISTS (SELECT 1 "
            "FROM conversation v INDEXED BY conversation_contact_id_deleted_at_occurred_at "
            "WHERE v.contact_id = r.referred_id AND v.deleted_at IS NULL AND v.occurred_at <= ? "
            "AND v.occurred_at >= min(coalesce(rv.occurred_at, r.created_at), r.created_at)) "
            "ORDER BY min(coalesce(rv.occurred_at, r.created_at), r.created_at), r.id LIMIT 1",
            (contact_id, to_iso(self._clock.now())),
        )
        return None if found is None else int(found)

    def is_first_contact(self, contact_id: int) -> bool:
        """Nothing spoken (or planned) with this person, nothing sent to them."""
        return not scalar(
            "SELECT EXISTS (SELECT 1 FROM conversation WHERE contact_id = ? "
            "AND deleted_at IS NULL) OR EXISTS (SELECT 1 FROM message WHERE contact_id = ?)",
            (contact_id, contact_id),
        )

    # Messages sent -----------------------------------------------------------

    def mark_sent(self, draft: MessageDraft) -> Message:
        """Record a message as sent; a thank-you marks its conversation thanked,
        a report-back its referral reported, a reminder its promise reminded.
        undo_sent() takes all of that back."""
        with database.atomic():
            message_id = self._record(draft, self._clock.now(), new_uuid())
        return self.message(message_id)

    def undo_sent(self, message_id: int) -> UnsentMessage:
        """The exact inverse of mark_sent(): forget the message and put back what
        marking it changed (thanks, report, reminder), unless that has changed
        again since. Returns what redo_sent() needs to put it all back."""
        with database.atomic():
            found = rows(
                f"SELECT {_MESSAGE_COLUMNS}, answered, reminded_before FROM message WHERE id = ?",
                (message_id,),
            )
            if not found:
                raise RecordNotFoundError("message", message_id)
            message = _message_from_row(found[0])
            unsent = UnsentMessage(message, bool(found[0][-2]), maybe_from_iso(found[0][-1]))
            if unsent.answered:
                self._unanswer(unsent)
            MessageRow.delete().where(MessageRow.id == message_id).execute()
        return unsent

    def redo_sent(self, unsent: UnsentMessage) -> Message:
        """Put back a message undo_sent() took back: the same message (its id
        when still free), sent at the same moment, marking what it marked."""
        m = unsent.message
        draft = MessageDraft(
            contact_id=m.contact_id,
            body=m.body,
            subject=m.subject,
            kind=m.kind,
            channel=m.channel,
            template_id=m.template_id,
            conversation_id=m.conversation_id,
            referral_id=m.referral_id,
            promise_id=m.promise_id,
            told_goal=m.told_goal,
        )
        with database.atomic():
            free = not scalar("SELECT 1 FROM message WHERE id = ?", (m.id,))
            message_id = self._record(
                draft, m.sent_at, m.uuid, message_id=m.id if free else None, answer=unsent.answered
            )
        return self.message(message_id)

    def _record(
        self,
        draft: MessageDraft,
        when: datetime,
        uuid: str,
        *,
        message_id: int | None = None,
        answer: bool = True,
    ) -> int:
        """Insert the message and mark what it answers (inside a transaction)."""
        if not scalar(
            "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL", (draft.contact_id,)
        ):
            raise ValidationError([FieldError("contact", ErrorCode.NOT_FOUND)])
        answered = False
        reminded_before: datetime | None = None
        if answer and draft.kind is TemplateKind.THANK_YOU and draft.conversation_id is not None:
            answered = self._set_thanks(draft.conversation_id, when)
        if answer and draft.kind is TemplateKind.REPORT_BACK and draft.referral_id is not None:
            answered = self._set_reported_back(
                draft.referral_id, when, referrer_id=draft.contact_id
            )
        if answer and draft.kind is TemplateKind.REMINDER and draft.promise_id is not None:
            reminded_before = self.reminded_at(draft.promise_id)
            answered = self._set_reminded(draft.promise_id, when)
        fields: dict[str, Any] = {"id": message_id} if message_id is not None else {}
        row = MessageRow.create(
            **fields,
            uuid=uuid,
            contact=draft.contact_id,
            kind=draft.kind.value if draft.kind is not None else None,
            template=draft.template_id if self._template_exists(draft.template_id) else None,
            conversation=draft.conversation_id,
            referral=draft.referral_id,
            promise=draft.promise_id,
            channel=draft.channel.value,
            subject=draft.subject,
            body=draft.body,
            sent_at=when,
            created_at=when,
            told_goal=draft.told_goal,
            answered=answered,
            reminded_before=reminded_before,
        )
        return int(row.id)

    def _unanswer(self, unsent: UnsentMessage) -> None:
        """Take back what a message marked, where it still stands as marked."""
        m = unsent.message
        now = self._clock.now()
        if m.kind is TemplateKind.THANK_YOU and m.conversation_id is not None:
            ConversationRow.update(thanks_sent_at=None, updated_at=now).where(
                (ConversationRow.id == m.conversation_id)
                & (ConversationRow.thanks_sent_at == m.sent_at)
            ).execute()
        elif m.kind is TemplateKind.REPORT_BACK and m.referral_id is not None:
            ReferralRow.update(reported_back_at=None, updated_at=now).where(
                (ReferralRow.id == m.referral_id) & (ReferralRow.reported_back_at == m.sent_at)
            ).execute()
        elif m.kind is TemplateKind.REMINDER and m.promise_id is not None:
            PromiseRow.update(reminded_at=unsent.reminded_before).where(
                (PromiseRow.id == m.promise_id) & (PromiseRow.reminded_at == m.sent_at)
            ).execute()

    @staticmethod
    def _template_exists(template_id: int | None) -> bool:
        return template_id is not None and bool(
            scalar("SELECT 1 FROM message_template WHERE id = ?", (template_id,))
        )

    def message(self, message_id: int) -> Message:
        found = rows(f"SELECT {_MESSAGE_COLUMNS} FROM message WHERE id = ?", (message_id,))
        if not found:
            raise RecordNotFoundError("message", message_id)
        return _message_from_row(found[0])

    def messages(self, contact_id: int) -> list[Message]:
        """Messages sent to a person, newest first."""
        return [
            _message_from_row(row)
            for row in rows(
                f"SELECT {_MESSAGE_COLUMNS} FROM message WHERE contact_id = ? "
                "ORDER BY sent_at DESC, id DESC",
                (contact_id,),
            )
        ]

    def unmark_sent(self, message_id: int) -> None:
        """Forget a message marked as sent by mistake (what it marked stays)."""
        with database.atomic():
            MessageRow.delete().where(MessageRow.id == message_id).execute()

    # Today's small actions -------------------------------------------------------

    def mark_thanks_sent(self, conversation_id: int, sent: bool = True) -> None:
        with database.atomic():
            if sent:
                self._set_thanks(conversation_id, self._clock.now())
            else:
                ConversationRow.update(thanks_sent_at=None, updated_at=self._clock.now()).where(
                    ConversationRow.id == conversation_id
                ).execute()

    def mark_reported_back(self, referral_id: int, reported: bool = True) -> None:
        now = self._clock.now()
        with database.atomic():
            if reported:
                self._set_reported_back(referral_id, now)
            else:
                ReferralRow.update(reported_back_at=None, updated_at=now).where(
                    ReferralRow.id == referral_id
                ).execute()

    def mark_reminded(
        self, promise_id: int, reminded: bool = True, *, when: datetime | None = None
    ) -> None:
        """I reminded them (by any means): the promise rests for a week.
        ``reminded=False`` forgets the reminder; ``when`` puts back an earlier one."""
        with database.atomic():
            self._set_reminded(promise_id, (when or self._clock.now()) if reminded else None)

    def reminded_at(self, promise_id: int) -> datetime | None:
        return maybe_from_iso(scalar("SELECT reminded_at FROM promise WHERE id = ?", (promise_id,)))

    def snooze(self, contact_id: int, days: int = SNOOZE_DAYS) -> datetime:
        """Hide a person from keep-in-touch and referral follow-ups for ``days``."""
        until = snooze_until(self._clock.now(), self._tz, days)
        self._set_snooze(contact_id, until)
        return until

    def snooze_to(self, contact_id: int, until: datetime) -> None:
        """Snooze until a given moment (to put back an earlier snooze)."""
        self._set_snooze(contact_id, until)

    def unsnooze(self, contact_id: int) -> None:
        self._set_snooze(contact_id, None)

    def snoozed_until(self, contact_id: int) -> datetime | None:
        value = scalar("SELECT snoozed_until FROM contact WHERE id = ?", (contact_id,))
        return maybe_from_iso(value)

    def _set_snooze(self, contact_id: int, until: datetime | None) -> None:
        with database.atomic():
            changed = database.execute_sql(
                "UPDATE contact SET snoozed_until = ? WHERE id = ? AND deleted_at IS NULL",
                (to_iso(until) if until else None, contact_id),
            ).rowcount
        if not changed:
            raise RecordNotFoundError("contact", contact_id)

    # Each says whether it changed anything.

    @staticmethod
    def _set_thanks(conversation_id: int, when: datetime) -> bool:
        return bool(
            ConversationRow.update(thanks_sent_at=when, updated_at=when)
            .where(
                (ConversationRow.id == conversation_id) & ConversationRow.thanks_sent_at.is_null()
            )
            .execute()
        )

    @staticmethod
    def _set_reported_back(
        referral_id: int, when: datetime, *, referrer_id: int | None = None
    ) -> bool:
        """Reported back (only to the person who made the referral, if given)."""
        condition = (ReferralRow.id == referral_id) & ReferralRow.reported_back_at.is_null()
        if referrer_id is not None:
            condition &= ReferralRow.referrer == referrer_id
        return bool(
            ReferralRow.update(reported_back_at=when, updated_at=when).where(condition).execute()
        )

    @staticmethod
    def _set_reminded(promise_id: int, when: datetime | None) -> bool:
        return bool(
            PromiseRow.update(reminded_at=when).where(PromiseRow.id == promise_id).execute()
        )


_KINDS = {k.value for k in TemplateKind}
_MESSAGE_COLUMNS = (
    "id, uuid, contact_id, kind, channel, subject, body, sent_at, template_id, "
    "conversation_id, referral_id, promise_id, told_goal"
)


def _first(found: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    return found[0] if found else None


def _key_id(key: str) -> int:
    tail = key.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def _template_from_row(row: tuple[Any, ...], shipped: MessageTemplate) -> MessageTemplate:
    builtin = bool(row[2])
    return MessageTemplate(
        kind=TemplateKind(row[1]),
        name=shipped.name if builtin else row[3],
        subject=row[4],
        body=row[5],
        builtin=builtin,
        modified=builtin and (row[4], row[5]) != (shipped.subject, shipped.body),
        id=row[0],
    )


def _message_from_row(row: tuple[Any, ...]) -> Message:
    return Message(
        id=row[0],
        uuid=row[1],
        contact_id=row[2],
        kind=TemplateKind(row[3]) if row[3] in _KINDS else None,
        channel=MessageChannel(row[4]) if row[4] in _CHANNELS else MessageChannel.OTHER,
        subject=row[5],
        body=row[6],
        sent_at=from_iso(row[7]),
        template_id=row[8],
        conversation_id=row[9],
        referral_id=row[10],
        promise_id=row[11],
        told_goal=bool(row[12]),
    )


_CHANNELS = {c.value for c in MessageChannel}

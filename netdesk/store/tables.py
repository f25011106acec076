"""Peewee table classes: today's shape of the schema that migrations build.

tests/unit/test_migrations.py checks that running every migration gives the
same columns and indexes as creating these tables directly.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from peewee import (
    AutoField,
    BooleanField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField

from netdesk.domain.clock import date_from_text, date_to_text, from_iso, to_iso
from netdesk.store.db import database


class TimestampField(Field):
    """A point in time, stored as fixed-width UTC ISO 8601 text."""

    field_type = "TEXT"

    def db_value(self, value: datetime | None) -> str | None:
        return None if value is None else to_iso(value)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else from_iso(value)


class DayField(Field):
    """A calendar date (no time zone), stored as YYYY-MM-DD."""

    field_type = "TEXT"

    def db_value(self, value: date | None) -> str | None:
        return date_to_text(value)

    def python_value(self, value: str | None) -> date | None:
        return date_from_text(value)


class BaseRow(Model):
    class Meta:
        database = database
        legacy_table_names = False


class RecordRow(BaseRow):
    """Columns every user record has: identity, times, and the trash mark."""

    id = AutoField()
    uuid = TextField(unique=True)
    created_at = TimestampField()
    updated_at = TimestampField()
    deleted_at = TimestampField(null=True)


class OrganisationRow(RecordRow):
    name = TextField()
    name_key = TextField(unique=True)
    sector = TextField(default="")
    website = TextField(default="")
    location = TextField(default="")
    culture_notes = TextField(default="")
    positions_notes = TextField(default="")
    availability_notes = TextField(default="")
    notes = TextField(default="")
    is_target = BooleanField(default=False)
    news_notes = TextField(default="")

    class Meta:
        table_name = "organisation"


class ContactRow(RecordRow):
    first_name = TextField(default="")
    last_name = TextField(default="")
    name_key = TextField()
    organisation = ForeignKeyField(OrganisationRow, null=True, on_delete="SET NULL")
    organisation_key = TextField(default="")
    position = TextField(default="")
    linkedin_url = TextField(default="", index=True)
    how_met = TextField(default="")
    first_met = DayField(null=True)
    met_through = ForeignKeyField("self", null=True, on_delete="SET NULL")
    relevance = IntegerField(default=0)
    tags = TextField(default="")
    notes = TextField(default="")
    cadence_days = IntegerField(null=True)
    # Keep-in-touch snooze: hidden from Today until then.
    snoozed_until = TimestampField(null=True, index=True)
    # Kept by triggers (m0003, m0006): when they last heard from me, and when
    # they first heard my goal (in a conversation, planned ones included, or
    # a message); None if never.
    touched_at = TimestampField(null=True)
    told_goal_at = TimestampField(null=True)
    # (m0006) When they heard from me before touched_at: a planned conversation
    # counts in touched_at, and this says when they last heard in fact.
    previous_touched_at = TimestampField(null=True)
    # (m0009) Added by an import, not by hand: not a networking action.
    imported = IntegerField(default=0)

    class Meta:
        table_name = "contact"
        indexes = (
            (("deleted_at", "name_key"), False),
            (("deleted_at", "organisation_key", "name_key"), False),
            (("deleted_at", "relevance", "told_goal_at", "name_key"), False),
            (("deleted_at", "imported", "created_at"), False),
            # (m0007) A search's matches, filtered and put in name order from the index.
            (("id", "deleted_at", "name_key"), False),
        )


# Keep in touch (m0006): one range per cadence, and when people with a
# conversation still to come last heard from me, from the index alone.
ContactRow.add_index(
    ContactRow.index(
        ContactRow.deleted_at,
        ContactRow.cadence_days,
        ContactRow.touched_at,
        ContactRow.snoozed_until,
        ContactRow.created_at,
        ContactRow.previous_touched_at,
        name="contact_keep_in_touch",
    )
)


class ContactMethodRow(BaseRow):
    """One email address, phone number or web link of a contact."""

    id = AutoField()
    contact = ForeignKeyField(ContactRow, on_delete="CASCADE", index=False)
    kind = TextField()
    value = TextField()
    label = TextField(default="")
    position = IntegerField()

    class Meta:
        table_name = "contact_method"
        indexes = (
            (("contact", "kind", "position"), False),
            (("kind", "value"), False),
        )


class ChannelRow(BaseRow):
    id = AutoField()
    uuid = TextField(unique=True)
    key = TextField(null=True, unique=True)
    name = TextField()
    position = IntegerField()
    archived = BooleanField(default=False)
    created_at = TimestampField()
    updated_at = TimestampField()

    class Meta:
        table_name = "channel"


class ConversationRow(RecordRow):
    contact = ForeignKeyField(ContactRow, on_delete="CASCADE", index=False)
    occurred_at = TimestampField()
    channel = ForeignKeyField(ChannelRow, null=True, on_delete="SET NULL")
    initiated_by = TextField()
    topics = TextField(default="")
    notes = TextField(default="")
    told_goal = BooleanField(default=False)
    thanks_sent_at = TimestampField(null=True)
    how_helped = TextField(default="")

    class Meta:
        table_name = "conversation"
        indexes = (
            (("contact", "occurred_at"), False),
            (("deleted_at", "occurred_at", "contact"), False),
            (("deleted_at", "thanks_sent_at", "occurred_at", "contact"), False),
            (("contact", "deleted_at", "occurred_at"), False),
        )


class ReferralRow(RecordRow):
    conversation = ForeignKeyField(ConversationRow, null=True, on_delete="CASCADE")
    referrer = ForeignKeyField(ContactRow, on_delete="CASCADE")
    referred = ForeignKeyField(ContactRow, on_delete="CASCADE")
    note = TextField(default="")
    reported_back_at = TimestampField(null=True)

    class Meta:
        table_name = "referral"
        indexes = ((("deleted_at", "created_at"), False),)


class PromiseRow(RecordRow):
    contact = ForeignKeyField(ContactRow, on_delete="CASCADE")
    conversation = ForeignKeyField(ConversationRow, null=True, on_delete="SET NULL")
    direction = TextField()
    description = TextField()
    due_on = DayField(null=True)
    done_at = TimestampField(null=True)
    reminded_at = TimestampField(null=True)

    class Meta:
        table_name = "promise"
        indexes = ((("deleted_at", "done_at", "due_on"), False),)


# Today's promises due, counted from the index alone (m0003).
PromiseRow.add_index(
    PromiseRow.index(
        PromiseRow.deleted_at,
        PromiseRow.done_at,
        PromiseRow.due_on,
        PromiseRow.created_at,
        PromiseRow.reminded_at,
        PromiseRow.direction,
        PromiseRow.contact,
        name="promise_agenda",
    )
)


class TombstoneRow(BaseRow):
    uuid = TextField(primary_key=True)
    kind = TextField()
    purged_at = TimestampField()

    class Meta:
        table_name = "tombstone"


class SettingRow(BaseRow):
    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


class PitchRow(RecordRow):
    name = TextField()
    position = IntegerField()
    is_default = BooleanField(default=False)
    target_seconds = IntegerField(default=30)
    who_i_am = TextField(default="")
    looking_for = TextField(default="")
    can_offer = TextField(default="")
    request = TextField(default="")
    composed = TextField(default="")
    composed_edited = BooleanField(default=False)

    class Meta:
        table_name = "pitch"


class RehearsalRow(BaseRow):
    id = AutoField()
    pitch = ForeignKeyField(PitchRow, on_delete="CASCADE", index=False)
    started_at = TimestampField()
    seconds = FloatField()

    class Meta:
        table_name = "rehearsal"
        indexes = ((("pitch", "started_at"), False),)


class JobGoalRow(BaseRow):
    id = AutoField()
    roles = TextField(default="")
    sectors = TextField(default="")
    regions = TextField(default="")
    summary = TextField(default="")
    updated_at = TimestampField()

    class Meta:
        table_name = "job_goal"


class MessageTemplateRow(BaseRow):
    """An edited built-in template (builtin = 1, one per kind) or one of the
    user's own. Built-in templates as shipped live in resources/templates."""

    id = AutoField()
    uuid = TextField(unique=True)
    kind = TextField()
    builtin = BooleanField(default=False)
    name = TextField()
    subject = TextField(default="")
    body = TextField()
    created_at = TimestampField()
    updated_at = TimestampField()

    class Meta:
        table_name = "message_template"
        indexes = ((("kind", "builtin"), False),)


class MessageRow(BaseRow):
    """A message marked as sent: to whom, from which template, and when."""

    id = AutoField()
    uuid = TextField(unique=True)
    contact = ForeignKeyField(ContactRow, on_delete="CASCADE", index=False)
    kind = TextField(null=True)
    template = ForeignKeyField(MessageTemplateRow, null=True, on_delete="SET NULL")
    conversation = ForeignKeyField(ConversationRow, null=True, on_delete="SET NULL")
    referral = ForeignKeyField(ReferralRow, null=True, on_delete="SET NULL")
    promise = ForeignKeyField(PromiseRow, null=True, on_delete="SET NULL")
    channel = TextField()
    subject = TextField(default="")
    body = TextField(default="")
    sent_at = TimestampField(index=True)
    created_at = TimestampField()
    # m0006: it told them my goal; marking it sent marked what it answers
    # (and replaced this earlier reminder), which undoing it puts back.
    told_goal = BooleanField(default=False)
    answered = BooleanField(default=False)
    reminded_before = TimestampField(null=True)

    class Meta:
        table_name = "message"
        indexes = ((("contact", "sent_at"), False),)


class MeetingRow(RecordRow):
    contact = ForeignKeyField(ContactRow, null=True, on_delete="CASCADE")
    starts_at = TimestampField(null=True)
    place = TextField(default="")
    kind = TextField()
    purpose = TextField(default="")
    pitch = ForeignKeyField(PitchRow, null=True, on_delete="SET NULL")
    introduction = TextField(default="")
    research_culture = TextField(default="")
    research_positions = TextField(default="")
    research_availability = TextField(default="")
    research_news = TextField(default="")
    position_research = TextField(default="")
    person_background = TextField(default="")
    has_cv = BooleanField(default=False)
    has_business_card = BooleanField(default=False)
    route_checked = BooleanField(default=False)
    confirmed = BooleanField(default=False)
    status = TextField()
    conversation = ForeignKeyField(ConversationRow, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "meeting"
        indexes = ((("deleted_at", "status", "starts_at"), False),)


class MeetingQuestionRow(BaseRow):
    id = AutoField()
    meeting = ForeignKeyField(MeetingRow, on_delete="CASCADE", index=False)
    position = IntegerField()
    category = TextField(default="")
    text = TextField()

    class Meta:
        table_name = "meeting_question"
        indexes = ((("meeting", "position"), False),)


class ContactSearchRow(FTS5Model):  # type: ignore[misc]
    """Folded text of a contact (rowid = contact id) for substring search."""

    body = SearchField()

    class Meta:
        database = database
        table_name = "contact_search"
        options: ClassVar[dict[str, str]] = {"tokenize": "trigram"}


class ConversationSearchRow(FTS5Model):  # type: ignore[misc]
    body = SearchField()

    class Meta:
        database = database
        table_name = "conversation_search"
        options: ClassVar[dict[str, str]] = {"tokenize": "trigram"}


ALL_TABLES: tuple[type[Any], ...] = (
    OrganisationRow,
    ContactRow,
    ContactMethodRow,
    ChannelRow,
    ConversationRow,
    ReferralRow,
    PromiseRow,
    TombstoneRow,
    SettingRow,
    ContactSearchRow,
    ConversationSearchRow,
    PitchRow,
    RehearsalRow,
    JobGoalRow,
    MessageTemplateRow,
    MessageRow,
    MeetingRow,
    MeetingQuestionRow,
)

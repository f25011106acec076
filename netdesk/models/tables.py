"""The four main tables: which columns they show and how each cell reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from netdesk.domain.clock import Clock, SystemClock
from netdesk.domain.contacts import Contact
from netdesk.domain.conversations import Conversation
from netdesk.domain.organisations import Organisation
from netdesk.domain.promises import Promise
from netdesk.models.channel_names import channel_name_text
from netdesk.models.formatting import (
    cadence_text,
    count_text,
    direction_text,
    initiator_text,
    local_date,
    local_date_time_long,
    local_today,
    long_date,
    relative_day,
    relative_moment,
    relevance_text,
    short_date,
)
from netdesk.models.record_table import Column, RecordTableModel, ServiceSource
from netdesk.services.contacts import ContactService, ContactSort
from netdesk.services.conversations import ConversationService, ConversationSort
from netdesk.services.organisations import OrganisationService, OrganisationSort
from netdesk.services.promises import PromiseService, PromiseSort


def _tr(text: str) -> str:
    return QCoreApplication.translate("tables", text)


def _lines(values: Sequence[str]) -> str:
    return "\n".join(values)


def _today_from(clock: Clock | None) -> Callable[[], date]:
    """Today where the user is, for dates shown as "3 days ago"; the exact
    date is in the tooltip, and sorting stays on the stored date."""
    clock = clock if clock is not None else SystemClock()
    return lambda: local_today(clock)


class ContactTableModel(RecordTableModel[Contact]):
    def __init__(
        self,
        service: ContactService,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        today = _today_from(clock)
        columns: list[Column[Contact]] = [
            Column("name", _tr("Name"), lambda c: c.display_name, ContactSort.NAME),
            Column(
                "organisation",
                _tr("Organisation"),
                lambda c: c.organisation_name,
                ContactSort.ORGANISATION,
            ),
            Column("position", _tr("Position"), lambda c: c.position, ContactSort.POSITION),
            Column(
                "email",
                _tr("Email"),
                lambda c: c.emails[0] if c.emails else "",
                ContactSort.EMAIL,
                tooltip=lambda c: _lines(c.emails),
            ),
            Column(
                "phone",
                _tr("Phone"),
                lambda c: c.phones[0] if c.phones else "",
                ContactSort.PHONE,
                tooltip=lambda c: _lines(c.phones),
            ),
            Column(
                "relevance",
                _tr("Relevance"),
                lambda c: relevance_text(c.relevance),
                ContactSort.RELEVANCE,
                default_descending=True,
            ),
            Column("tags", _tr("Tags"), lambda c: ", ".join(c.tags), ContactSort.TAGS),
            Column(
                "last_conversation",
                _tr("Last spoke"),
                lambda c: relative_moment(c.last_conversation_at, today()),
                ContactSort.LAST_CONVERSATION,
                tooltip=lambda c: local_date_time_long(c.last_conversation_at),
                default_descending=True,
            ),
            Column(
                "cadence",
                _tr("Keep in touch"),
                lambda c: cadence_text(c.cadence_days),
                ContactSort.CADENCE,
            ),
            Column("how_met", _tr("How we met"), lambda c: c.how_met, ContactSort.HOW_MET),
            Column(
                "met_through",
                _tr("Met through"),
                lambda c: c.met_through_name,
                ContactSort.MET_THROUGH,
            ),
            Column("linkedin", _tr("LinkedIn"), lambda c: c.linkedin_url, ContactSort.LINKEDIN),
            Column(
                "first_met",
                _tr("First met"),
                lambda c: short_date(c.first_met),
                ContactSort.FIRST_MET,
                tooltip=lambda c: long_date(c.first_met),
                default_descending=True,
            ),
            Column(
                "created",
                _tr("Added"),
                lambda c: relative_moment(c.created_at, today()),
                ContactSort.CREATED,
                tooltip=lambda c: local_date_time_long(c.created_at),
                default_descending=True,
            ),
            Column(
                "updated",
                _tr("Changed"),
                lambda c: relative_moment(c.updated_at, today()),
                ContactSort.UPDATED,
                tooltip=lambda c: local_date_time_long(c.updated_at),
                default_descending=True,
            ),
        ]
        source = ServiceSource(
            lambda text, sort, descending: service.search_ids(text, sort, descending=descending),
            service.get_many,
        )
        super().__init__(source, columns, parent=parent)


class OrganisationTableModel(RecordTableModel[Organisation]):
    def __init__(
        self,
        service: OrganisationService,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        today = _today_from(clock)
        columns: list[Column[Organisation]] = [
            Column("name", _tr("Name"), lambda o: o.name, OrganisationSort.NAME),
            Column(
                "target",
                _tr("Target"),
                lambda o: _tr("Target employer") if o.is_target else "",
                OrganisationSort.TARGET,
                default_descending=True,
            ),
            Column("sector", _tr("Sector"), lambda o: o.sector, OrganisationSort.SECTOR),
            Column("location", _tr("Location"), lambda o: o.location, OrganisationSort.LOCATION),
            Column(
                "contacts",
                _tr("People"),
                lambda o: count_text(o.contact_count),
                OrganisationSort.CONTACTS,
                align_right=True,
                default_descending=True,
            ),
            Column("website", _tr("Website"), lambda o: o.website, OrganisationSort.WEBSITE),
            Column(
                "updated",
                _tr("Changed"),
                lambda o: relative_moment(o.updated_at, today()),
                OrganisationSort.UPDATED,
                tooltip=lambda o: local_date_time_long(o.updated_at),
                default_descending=True,
            ),
        ]
        self._targets_only = False
        source = ServiceSource(
            lambda text, sort, descending: service.search_ids(
                text, sort, descending=descending, targets_only=self._targets_only
            ),
            service.get_many,
        )
        super().__init__(source, columns, parent=parent)

    def set_targets_only(self, targets_only: bool) -> None:
        if targets_only != self._targets_only:
            self._targets_only = targets_only
            self.refresh()


class ConversationTableModel(RecordTableModel[Conversation]):
    def __init__(
        self,
        service: ConversationService,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        today = _today_from(clock)
        columns: list[Column[Conversation]] = [
            Column(
                "when",
                _tr("When"),
                lambda v: relative_moment(v.occurred_at, today()),
                ConversationSort.WHEN,
                tooltip=lambda v: local_date_time_long(v.occurred_at),
                default_descending=True,
            ),
            Column("person", _tr("Person"), lambda v: v.contact_name, ConversationSort.PERSON),
            Column(
                "organisation",
                _tr("Organisation"),
                lambda v: v.organisation_name,
                ConversationSort.ORGANISATION,
            ),
            Column(
                "channel",
                _tr("Channel"),
                lambda v: channel_name_text(v.channel_name),
                ConversationSort.CHANNEL,
            ),
            Column(
                "topics",
                _tr("About"),
                lambda v: v.topics,
                ConversationSort.TOPICS,
                tooltip=lambda v: "\n\n".join(p for p in (v.topics, v.notes) if p),
            ),
            Column(
                "initiated_by",
                _tr("Started by"),
                lambda v: initiator_text(v.initiated_by),
                ConversationSort.INITIATED_BY,
            ),
            Column(
                "told_goal",
                _tr("Told my goal"),
                lambda v: _tr("Yes") if v.told_goal else _tr("No"),
                ConversationSort.TOLD_GOAL,
            ),
            Column(
                "referrals",
                _tr("Referred me to"),
                lambda v: ", ".join(r.referred_name for r in v.referrals),
                ConversationSort.REFERRALS,
                default_descending=True,
            ),
            Column(
                "thanks",
                _tr("Thanks sent"),
                lambda v: (
                    relative_moment(v.thanks_sent_at, today())
                    if v.thanks_sent_at
                    else _tr("Not yet")
                ),
                ConversationSort.THANKS,
                tooltip=lambda v: (
                    local_date_time_long(v.thanks_sent_at) if v.thanks_sent_at else _tr("Not yet")
                ),
            ),
            Column(
                "how_helped",
                _tr("How it helped"),
                lambda v: v.how_helped.replace("\n", " "),
                ConversationSort.HOW_HELPED,
                tooltip=lambda v: v.how_helped,
            ),
        ]
        super().__init__(
            ServiceSource(
                lambda text, sort, descending: service.search_ids(
                    text, sort, descending=descending
                ),
                service.get_many,
            ),
            columns,
            sort_column=0,
            descending=True,
            parent=parent,
        )


def _promise_status(p: Promise, today: date) -> str:
    if p.done_at is not None:
        return _tr("Done {date}").format(date=local_date(p.done_at))
    if p.is_overdue(today):
        return _tr("Overdue")
    return _tr("Open")


class PromiseTableModel(RecordTableModel[Promise]):
    def __init__(
        self, service: PromiseService, clock: Clock, parent: QObject | None = None
    ) -> None:
        def status(p: Promise) -> str:
            return _promise_status(p, local_today(clock))

        columns: list[Column[Promise]] = [
            Column(
                "due",
                _tr("Due"),
                lambda p: relative_day(p.due_on, local_today(clock)),
                PromiseSort.DUE,
                tooltip=lambda p: long_date(p.due_on),
            ),
            Column("person", _tr("Person"), lambda p: p.contact_name, PromiseSort.PERSON),
            Column(
                "direction",
                _tr("Who offered"),
                lambda p: direction_text(p.direction),
                PromiseSort.DIRECTION,
            ),
            Column("description", _tr("What"), lambda p: p.description, PromiseSort.DESCRIPTION),
            Column("done", _tr("Status"), status, PromiseSort.DONE),
        ]
        self._open_only = False
        source = ServiceSource(
            lambda text, sort, descending: service.search_ids(
                text, sort, descending=descending, open_only=self._open_only
            ),
            service.get_many,
        )
        super().__init__(source, columns, parent=parent)

    def set_open_only(self, open_only: bool) -> None:
        if open_only != self._open_only:
            self._open_only = open_only
            self.refresh()

"""What the detail panes say about a contact, an organisation or a conversation.

Each function returns HTML built only from escaped user text.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from netdesk.domain.contacts import Contact
from netdesk.domain.conversations import Conversation
from netdesk.domain.ledger import EntryKind, Ledger, LedgerEntry
from netdesk.domain.meetings import Meeting, MeetingStatus
from netdesk.domain.organisations import Organisation
from netdesk.domain.promises import Promise, PromiseDirection
from netdesk.domain.referrals import ReferralNode
from netdesk.models.channel_names import channel_name_text
from netdesk.models.formatting import (
    cadence_text,
    initiator_text,
    local_date,
    local_date_time,
    local_day,
    relevance_text,
    short_date,
)
from netdesk.services.overview import ContactOverview
from netdesk.views.common import esc, esc_block
from netdesk.views.detail_browser import link


def _tr(text: str) -> str:
    return QCoreApplication.translate("details", text)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td class="label">{esc(label)}</td><td>{value}</td></tr>'
        for label, value in rows
        if value
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>" if cells else ""


def _lines(values: tuple[str, ...]) -> str:
    return "<br>".join(esc(v) for v in values)


def contact_html(overview: ContactOverview, now: datetime) -> str:
    contact = overview.contact
    parts = [f"<h2>{esc(contact.display_name)}</h2>"]
    role = _role_line(contact, overview.organisation)
    if role:
        parts.append(f"<p>{role}</p>")
    parts.append(
        _table(
            [
                (_tr("Email"), _lines(contact.emails)),
                (_tr("Phone"), _lines(contact.phones)),
                (_tr("LinkedIn"), esc(contact.linkedin_url)),
                (_tr("Other links"), _lines(contact.links)),
                (_tr("How we met"), esc(contact.how_met)),
                (_tr("First met"), esc(short_date(contact.first_met))),
                (
                    _tr("Met through"),
                    link("contact", contact.met_through_id, contact.met_through_name)
                    if contact.met_through_id is not None
                    else "",
                ),
                (_tr("Relevance"), esc(relevance_text(contact.relevance))),
                (_tr("Tags"), esc(", ".join(contact.tags))),
                (_tr("Keep in touch"), esc(cadence_text(contact.cadence_days))),
                (_tr("Last spoke"), esc(local_date(contact.last_conversation_at))),
            ]
        )
    )
    parts.append(_meetings_section(overview.meetings))
    parts.append(_referral_section(overview))
    parts.append(_promises_section(overview.open_promises, local_day(now)))
    parts.append(_ledger_section(overview.ledger))
    parts.append(_conversations_section(overview.conversations, now))
    if contact.notes:
        parts.append(f"<h3>{esc(_tr('Notes'))}</h3><p>{esc_block(contact.notes)}</p>")
    return "".join(parts)


def _meetings_section(meetings: list[Meeting]) -> str:
    if not meetings:
        return ""
    items = []
    for meeting in meetings:
        when = local_date_time(meeting.starts_at) or _tr("no date yet")
        label = (
            _tr("{when} (draft)").format(when=when)
            if meeting.status is MeetingStatus.DRAFT
            else when
        )
        purpose = f" — {esc(_first_line(meeting.draft.purpose))}" if meeting.draft.purpose else ""
        items.append(f"<li>{link('meeting', meeting.id, label)}{purpose}</li>")
    title = _tr("Meetings being prepared ({count})").format(count=len(meetings))
    return f"<h3>{esc(title)}</h3><ul>{''.join(items)}</ul>"


def _role_line(contact: Contact, organisation: Organisation | None) -> str:
    position = esc(contact.position)
    if organisation is None:
        return position
    org = link("organisation", organisation.id, organisation.name)
    if organisation.is_target:
        org += " " + esc(_tr("(target employer)"))
    if position:
        return _tr("{position} at {organisation}").format(position=position, organisation=org)
    return org


def _referral_section(overview: ContactOverview) -> str:
    if not overview.referred_by and not overview.referred_to:
        return ""
    names = overview.names
    parts = [f"<h3>{esc(_tr('Referrals'))}</h3>"]
    if overview.referred_by:
        # Nearest first in the data; read as a path from where the thread started.
        path = " → ".join(
            link("contact", i, names.get(i, "?")) for i in reversed(overview.referred_by)
        )
        parts.append(
            f"<p>{esc(_tr('How I was led to them:'))} {path} → "
            f"<b>{esc(overview.contact.display_name)}</b></p>"
        )
    if overview.referred_to:
        parts.append(f"<p>{esc(_tr('They referred me to:'))}</p>")
        parts.append(_tree(overview.referred_to, names))
    return "".join(parts)


def _tree(nodes: list[ReferralNode] | tuple[ReferralNode, ...], names: dict[int, str]) -> str:
    items = "".join(
        f"<li>{link('contact', n.contact_id, names.get(n.contact_id, '?'))}"
        f"{_tree(n.children, names) if n.children else ''}</li>"
        for n in nodes
    )
    return f"<ul>{items}</ul>"


def _promises_section(promises: list[Promise], today: date) -> str:
    if not promises:
        return ""
    items = []
    for promise in promises:
        who = (
            _tr("They offered")
            if promise.direction is PromiseDirection.THEIRS
            else _tr("I offered")
        )
        due = ""
        if promise.due_on is not None:
            label = _tr("overdue since {date}") if promise.is_overdue(today) else _tr("due {date}")
            due = (
                f' <span class="due">({esc(label.format(date=short_date(promise.due_on)))})</span>'
            )
        items.append(
            f"<li>{esc(who)}: {link('promise', promise.id, promise.description)}{due}</li>"
        )
    title = _tr("Open promises ({count})").format(count=len(promises))
    return f"<h3>{esc(title)}</h3><ul>{''.join(items)}</ul>"


def _conversations_section(conversations: list[Conversation], now: datetime) -> str:
    title = _tr("Conversations ({count})").format(count=len(conversations))
    if not conversations:
        hint = _tr("No conversations logged yet. Press Ctrl+L to log one.")
        return f"<h3>{esc(title)}</h3><p class='muted'>{esc(hint)}</p>"
    blocks = []
    for v in conversations:
        head = " · ".join(
            p
            for p in (
                link("conversation", v.id, local_date(v.occurred_at)),
                esc(channel_name_text(v.channel_name)),
                esc(v.topics),
            )
            if p
        )
        if v.is_planned(now):
            head += " " + esc(_tr("(planned)"))
        lines = [head]
        if v.notes:
            lines.append(esc_block(v.notes))
        if v.referrals:
            people = ", ".join(link("contact", r.referred_id, r.referred_name) for r in v.referrals)
            lines.append(f"{esc(_tr('Referred me to:'))} {people}")
        if not v.is_planned(now):
            thanks = (
                _tr("Thanks sent {date}").format(date=local_date(v.thanks_sent_at))
                if v.thanks_sent_at
                else _tr("Thanks not sent yet")
            )
            lines.append(f"<span class='muted'>{esc(thanks)}</span>")
        blocks.append("<p>" + "<br>".join(lines) + "</p>")
    return f"<h3>{esc(title)}</h3>{''.join(blocks)}"


def organisation_html(organisation: Organisation, people: list[Contact]) -> str:
    parts = [f"<h2>{esc(organisation.name)}</h2>"]
    if organisation.is_target:
        parts.append(f"<p><b>{esc(_tr('Target employer'))}</b></p>")
    parts.append(
        _table(
            [
                (_tr("Sector"), esc(organisation.sector)),
                (_tr("Location"), esc(organisation.location)),
                (_tr("Website"), esc(organisation.website)),
            ]
        )
    )
    for title, text in (
        (_tr("Corporate culture"), organisation.culture_notes),
        (_tr("Positions"), organisation.positions_notes),
        (_tr("Availability of work"), organisation.availability_notes),
        (_tr("Recent news"), organisation.news_notes),
        (_tr("Notes"), organisation.notes),
    ):
        if text:
            parts.append(f"<h3>{esc(title)}</h3><p>{esc_block(text)}</p>")
    title = _tr("People I know here ({count})").format(count=len(people))
    parts.append(f"<h3>{esc(title)}</h3>")
    if people:
        items = "".join(
            f"<li>{link('contact', c.id, c.display_name)}"
            f"{' — ' + esc(c.position) if c.position else ''}</li>"
            for c in people
        )
        parts.append(f"<ul>{items}</ul>")
    else:
        hint = _tr("Nobody yet. Who might know someone here?")
        parts.append(f"<p class='muted'>{esc(hint)}</p>")
    return "".join(parts)


def conversation_html(v: Conversation, now: datetime) -> str:
    when = local_date_time(v.occurred_at)
    parts = [
        f"<h2>{link('contact', v.contact_id, v.contact_name)}</h2>",
        f"<p>{esc(when)}{' ' + esc(_tr('(planned)')) if v.is_planned(now) else ''}</p>",
        _table(
            [
                (_tr("Organisation"), esc(v.organisation_name)),
                (_tr("Channel"), esc(channel_name_text(v.channel_name))),
                (_tr("Started by"), esc(initiator_text(v.initiated_by))),
                (_tr("About"), esc(v.topics)),
                (_tr("Told my goal"), esc(_tr("Yes") if v.told_goal else _tr("Not yet"))),
                (
                    _tr("Referred me to"),
                    ", ".join(link("contact", r.referred_id, r.referred_name) for r in v.referrals),
                ),
                (_tr("Thanks"), "" if v.is_planned(now) else esc(_thanks_text(v))),
            ]
        ),
    ]
    if v.notes:
        parts.append(f"<h3>{esc(_tr('Notes'))}</h3><p>{esc_block(v.notes)}</p>")
    if v.how_helped:
        parts.append(f"<h3>{esc(_tr('How it helped'))}</h3><p>{esc_block(v.how_helped)}</p>")
    return "".join(parts)


def _thanks_text(v: Conversation) -> str:
    if v.thanks_sent_at is None:
        return _tr("not sent yet")
    return _tr("sent {date}").format(date=local_date(v.thanks_sent_at))


def _ledger_section(ledger: Ledger) -> str:
    """Give and take: what they did for me beside what I did or offered."""
    if not ledger.received and not ledger.given:
        return ""
    parts = [f"<h3>{esc(_tr('Give and take'))}</h3>"]
    if ledger.only_asks:
        warning = _tr(
            "They have helped you {count} times and you have not offered anything back yet. "
            "People help more gladly when contact is not only about what you need: is there "
            "something you could do for them?"
        ).format(count=len(ledger.received))
        parts.append(f"<p class='due'>{esc(warning)}</p>")
    for title, entries in (
        (_tr("What they did for me ({count})"), ledger.received),
        (_tr("What I did or offered ({count})"), ledger.given),
    ):
        parts.append(f"<p><b>{esc(title.format(count=len(entries)))}</b></p>")
        if entries:
            parts.append("<ul>" + "".join(_ledger_item(e) for e in entries) + "</ul>")
        else:
            parts.append(f"<p class='muted'>{esc(_tr('Nothing yet.'))}</p>")
    return "".join(parts)


def _ledger_item(entry: LedgerEntry) -> str:
    labels = {
        EntryKind.PROMISE_KEPT: _tr("Kept their promise:"),
        EntryKind.REFERRAL: _tr("Referred me to"),
        EntryKind.HELPFUL_CONVERSATION: _tr("A conversation that helped:"),
        EntryKind.MY_PROMISE_KEPT: _tr("I did:"),
        EntryKind.MY_PROMISE_OPEN: _tr("I offered:"),
    }
    text = (
        entry.text if entry.kind is not EntryKind.HELPFUL_CONVERSATION else _first_line(entry.text)
    )
    target = link(entry.record_kind, entry.record_id, text)
    return f"<li>{esc(local_date(entry.when))} · {esc(labels[entry.kind])} {target}</li>"


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"

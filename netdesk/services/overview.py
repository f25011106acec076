"""Everything the detail pane shows about one person, gathered in one call."""

from __future__ import annotations

from dataclasses import dataclass, field

from netdesk.domain.clock import Clock
from netdesk.domain.contacts import Contact, display_name
from netdesk.domain.conversations import Conversation
from netdesk.domain.ledger import Ledger, build_ledger
from netdesk.domain.meetings import Meeting, MeetingStatus
from netdesk.domain.organisations import Organisation
from netdesk.domain.promises import Promise
from netdesk.domain.referrals import ReferralNode, chain_upwards, tree_downwards
from netdesk.services.contacts import ContactService
from netdesk.services.conversations import ConversationService
from netdesk.services.meetings import MeetingService
from netdesk.services.organisations import OrganisationService
from netdesk.services.promises import PromiseService
from netdesk.services.query import placeholders, rows


@dataclass(frozen=True, slots=True)
class ContactOverview:
    contact: Contact
    organisation: Organisation | None
    referred_by: list[int]  # nearest first: who referred me to them, and who led me there
    referred_to: list[ReferralNode]  # whom they referred me to, and onwards
    names: dict[int, str]  # display names of everyone in the two chains
    conversations: list[Conversation]  # newest first, planned ones included
    open_promises: list[Promise]
    # Give and take: what they did for me beside what I did or offered.
    ledger: Ledger = field(default_factory=lambda: Ledger((), ()))
    # Meetings being prepared or coming up (not the ones already logged).
    meetings: list[Meeting] = field(default_factory=list)


class OverviewService:
    def __init__(
        self,
        clock: Clock,
        contacts: ContactService,
        organisations: OrganisationService,
        conversations: ConversationService,
        promises: PromiseService,
        meetings: MeetingService | None = None,
    ) -> None:
        self._clock = clock
        self._contacts = contacts
        self._organisations = organisations
        self._conversations = conversations
        self._promises = promises
        self._meetings = meetings

    def contact(self, contact_id: int) -> ContactOverview:
        contact = self._contacts.get(contact_id)
        organisation = (
            self._organisations.get(contact.organisation_id)
            if contact.organisation_id is not None
            else None
        )
        referred_by = chain_upwards(contact_id, _referrers_of)
        referred_to = tree_downwards(contact_id, _referred_by)
        people = set(referred_by) | set(_flatten(referred_to))
        conversation_ids = self._conversations.search_ids(contact_id=contact_id)
        promises = self._promises.get_many(self._promises.search_ids(contact_id=contact_id))
        conversations = self._conversations.get_many(conversation_ids)
        ledger = build_ledger(
            contact_id,
            promises,
            self._conversations.referrals_involving([contact_id]),
            conversations,
            self._clock.now(),
        )
        return ContactOverview(
            contact=contact,
            organisation=organisation,
            referred_by=referred_by,
            referred_to=referred_to,
            names=_names(people),
            conversations=conversations,
            open_promises=[p for p in promises if not p.is_done],
            ledger=ledger,
            meetings=self._open_meetings(contact_id),
        )

    def _open_meetings(self, contact_id: int) -> list[Meeting]:
        if self._meetings is None:
            return []
        found = [
            m for m in self._meetings.for_contact(contact_id) if m.status is not MeetingStatus.DONE
        ]
        # Soonest first, undated drafts last.
        return sorted(
            found, key=lambda m: (m.starts_at is None, m.starts_at and m.starts_at.timestamp())
        )


# Links come from referrals logged in conversations and from "met through".
def _referrers_of(contact_id: int) -> list[int]:
    return [
        row[0]
        for row in rows(
            "SELECT r.referrer_id FROM referral r JOIN contact a ON a.id = r.referrer_id "
            "WHERE r.referred_id = ? AND r.deleted_at IS NULL AND a.deleted_at IS NULL "
            "UNION ALL SELECT m.id FROM contact c JOIN contact m ON m.id = c.met_through_id "
            "WHERE c.id = ? AND m.deleted_at IS NULL",
            (contact_id, contact_id),
        )
    ]


def _referred_by(contact_id: int) -> list[int]:
    found = rows(
        "SELECT r.referred_id, r.created_at FROM referral r JOIN contact b ON b.id = r.referred_id "
        "WHERE r.referrer_id = ? AND r.deleted_at IS NULL AND b.deleted_at IS NULL "
        "UNION ALL SELECT c.id, c.created_at FROM contact c "
        "WHERE c.met_through_id = ? AND c.deleted_at IS NULL ORDER BY 2",
        (contact_id, contact_id),
    )
    return list(dict.fromkeys(row[0] for row in found))


def _flatten(nodes: list[ReferralNode]) -> list[int]:
    result: list[int] = []
    for node in nodes:
        result.append(node.contact_id)
        result += _flatten(list(node.children))
    return result


def _names(people: set[int]) -> dict[int, str]:
    if not people:
        return {}
    found = rows(
        f"SELECT id, first_name, last_name FROM contact WHERE id IN ({placeholders(len(people))})",
        list(people),
    )
    return {row[0]: display_name(row[1], row[2]) for row in found}

"""The Qt-free services over a real (temporary) data file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

import pytest

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import Contact, ContactDraft, Relevance
from netdesk.domain.conversations import (
    ChannelKey,
    Conversation,
    ConversationDraft,
    Initiator,
    ReferralDraft,
)
from netdesk.domain.errors import ErrorCode, RecordNotFoundError, ValidationError
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.referrals import ReferralNode
from netdesk.domain.trash import RecordKind
from netdesk.services.contacts import ContactSort
from netdesk.services.conversations import ConversationSort
from netdesk.services.promises import PromiseSort
from netdesk.services.query import rows, scalar
from netdesk.services.workspace import Counts, Workspace

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def person(ws: Workspace, first: str, last: str = "", **fields: Any) -> Contact:
    return ws.contacts.create(ContactDraft(first_name=first, last_name=last, **fields))


def talk(ws: Workspace, who: Contact, when: datetime | None = None, **fields: Any) -> Conversation:
    return ws.conversations.create(
        ConversationDraft(contact_id=who.id, occurred_at=when or ws.clock.now(), **fields)
    )


def error_codes(exc: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, ErrorCode, Any]]:
    return [(e.field, e.code, e.index) for e in exc.value.errors]


def search_rows(table: str) -> list[int]:
    return sorted(row[0] for row in rows(f"SELECT rowid FROM {table}"))


# Contacts: create, read, update ----------------------------------------------


def test_contact_round_trips_every_field(workspace: Workspace, clock: FixedClock) -> None:
    referrer = person(workspace, "Ria", "Referrer")
    draft = ContactDraft(
        first_name="Zoë",
        last_name="Müller",
        organisation="Acme B.V.",
        position="Curator",
        emails=("zoe@acme.example", "z.muller@home.example", "third@x.example"),
        phones=("+31 71 555 0101", "06 1234 5678"),
        linkedin_url="https://www.linkedin.com/in/zoe",
        links=("https://zoe.example/blog", "https://zoe.example/cv", "https://a.example"),
        how_met="Open day at the museum",
        first_met=date(2025, 10, 3),
        met_through_id=referrer.id,
        relevance=Relevance.HIGH,
        tags=("museum", "Leiden", "alumni"),
        notes="Knows the director.\n\nAsk about the archive project.",
        cadence_days=45,
    )
    created = workspace.contacts.create(draft)
    got = workspace.contacts.get(created.id)
    assert got == created
    assert got.to_draft() == draft
    assert got.display_name == "Zoë Müller"
    assert got.organisation_name == "Acme B.V."
    assert got.organisation_id is not None
    assert got.met_through_name == "Ria Referrer"
    assert got.created_at == got.updated_at == clock.now()
    assert got.deleted_at is None
    assert got.last_conversation_at is None
    assert len(got.uuid) == 36


def test_contact_update_replaces_every_field(workspace: Workspace, clock: FixedClock) -> None:
    first_referrer = person(workspace, "Ria")
    second_referrer = person(workspace, "Sam")
    created = person(
        workspace,
        "Zoë",
        "Müller",
        organisation="Acme",
        emails=("a@x.example", "b@x.example"),
        phones=("0101 555 01",),
        links=("https://one.example",),
        tags=("old",),
        met_through_id=first_referrer.id,
        relevance=Relevance.LOW,
        cadence_days=10,
        first_met=date(2020, 1, 1),
    )
    clock.advance(HOUR)
    new = ContactDraft(
        first_name="Zoe",
        last_name="Muller-Janssen",
        organisation="Globex",
        position="Director",
        emails=("b@x.example", "c@x.example", "a@x.example"),  # reordered, one added
        phones=(),
        linkedin_url="https://linkedin.com/in/zmj",
        links=("https://two.example", "https://one.example"),
        how_met="Conference",
        first_met=date(2021, 2, 2),
        met_through_id=second_referrer.id,
        relevance=Relevance.MEDIUM,
        tags=("new", "Other"),
        notes="Changed.",
        cadence_days=None,
    )
    updated = workspace.contacts.update(created.id, new)
    assert updated.to_draft() == new
    assert workspace.contacts.get(created.id) == updated
    assert updated.organisation_name == "Globex"
    assert updated.met_through_name == "Sam"
    assert updated.created_at == created.created_at
    assert updated.updated_at == clock.now() != created.updated_at
    # Replaced, not appended: exactly the new methods are stored.
    assert (
        int(scalar("SELECT count(*) FROM contact_method WHERE contact_id = ?", (created.id,))) == 5
    )


def test_contact_create_normalises_before_saving(workspace: Workspace) -> None:
    created = person(
        workspace,
        "  Zoë ",
        " Müller ",
        emails=(" Z@x.example ", "z@X.example", ""),
        links=("zoe.example",),
        linkedin_url="linkedin.com/in/zoe",
        cadence_days=0,
    )
    assert (created.first_name, created.last_name) == ("Zoë", "Müller")
    assert created.emails == ("Z@x.example",)
    assert created.links == ("https://zoe.example",)
    assert created.linkedin_url == "https://linkedin.com/in/zoe"
    assert created.cadence_days is None


def test_contact_with_only_a_last_name_and_nothing_else(workspace: Workspace) -> None:
    created = person(workspace, "", "Müller")
    assert created.display_name == "Müller"
    assert created.organisation_id is None
    assert created.organisation_name == ""
    assert created.emails == created.phones == created.links == created.tags == ()
    assert created.met_through_id is None
    assert created.met_through_name == ""
    assert created.first_met is None
    assert workspace.organisations.count() == 0


def test_contact_validation_error_names_the_fields(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as exc:
        workspace.contacts.create(
            ContactDraft(emails=("ok@x.example", "broken"), linkedin_url="https://example.org/in/x")
        )
    assert error_codes(exc) == [
        ("first_name", ErrorCode.REQUIRED, None),
        ("emails", ErrorCode.INVALID_EMAIL, 1),
        ("linkedin_url", ErrorCode.INVALID_LINKEDIN_URL, None),
    ]
    assert workspace.contacts.count() == 0


def test_contact_met_through_must_be_a_live_contact(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as exc:
        person(workspace, "A", met_through_id=999)
    assert error_codes(exc) == [("met_through", ErrorCode.NOT_FOUND, None)]
    gone = person(workspace, "Gone")
    workspace.trash.trash(RecordKind.CONTACT, [gone.id])
    with pytest.raises(ValidationError) as exc:
        person(workspace, "A", met_through_id=gone.id)
    assert error_codes(exc) == [("met_through", ErrorCode.NOT_FOUND, None)]


def test_contact_cannot_be_met_through_themselves(workspace: Workspace) -> None:
    created = person(workspace, "A")
    with pytest.raises(ValidationError) as exc:
        workspace.contacts.update(
            created.id, ContactDraft(first_name="A", met_through_id=created.id)
        )
    assert error_codes(exc) == [("met_through", ErrorCode.SELF_REFERENCE, None)]


def test_missing_contact_is_reported(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFoundError):
        workspace.contacts.get(12345)
    with pytest.raises(RecordNotFoundError):
        workspace.contacts.update(12345, ContactDraft(first_name="X", organisation="Newco"))
    # The failed update rolled back: no organisation was created for it.
    assert workspace.organisations.count() == 0
    assert workspace.contacts.get_many([12345]) == []


def test_get_many_keeps_the_order_asked(workspace: Workspace) -> None:
    a, b, c = (person(workspace, name) for name in ("A", "B", "C"))
    assert [x.id for x in workspace.contacts.get_many([c.id, a.id, 999, b.id])] == [
        c.id,
        a.id,
        b.id,
    ]


def test_updated_at_moves_on_update_created_at_does_not(
    workspace: Workspace, clock: FixedClock
) -> None:
    created = person(workspace, "A")
    clock.advance(DAY)
    updated = workspace.contacts.update(created.id, ContactDraft(first_name="A", notes="x"))
    assert updated.created_at == created.created_at
    assert updated.updated_at == created.updated_at + DAY


def test_suggest_and_all_tags(workspace: Workspace) -> None:
    zoe = person(workspace, "Zoë", "Müller", organisation="Acme", tags=("Museum", "leiden"))
    person(workspace, "Zed", "Zwart", tags=("museum", "Art"))
    assert workspace.contacts.suggest("zoe mul") == [(zoe.id, "Zoë Müller", "Acme")]
    assert workspace.contacts.all_tags() == ["Art", "leiden", "Museum"]


# Organisations ---------------------------------------------------------------


def test_organisation_created_on_the_fly_and_reused_ignoring_case_and_accents(
    workspace: Workspace,
) -> None:
    a = person(workspace, "A", organisation="ACME b.v.")
    b = person(workspace, "B", organisation="Acme  B.V.")
    c = person(workspace, "C", organisation="Société Générale")
    d = person(workspace, "D", organisation="societe generale")
    assert a.organisation_id == b.organisation_id
    assert c.organisation_id == d.organisation_id != a.organisation_id
    assert workspace.organisations.count() == 2
    assert a.organisation_id is not None
    acme = workspace.organisations.get(a.organisation_id)
    assert acme.name == "ACME b.v."  # the first spelling is kept
    assert acme.contact_count == 2
    found = workspace.organisations.find_by_name("acme b.v.")
    assert found is not None
    assert found.id == acme.id
    assert workspace.organisations.names() == ["ACME b.v.", "Société Générale"]


def test_trashed_organisation_is_revived_when_named_again(
    workspace: Workspace, clock: FixedClock
) -> None:
    org = workspace.organisations.create(
        OrganisationDraft(name="Acme B.V.", culture_notes="Flat hierarchy", is_target=True)
    )
    workspace.trash.trash(RecordKind.ORGANISATION, [org.id])
    assert workspace.organisations.count() == 0
    assert workspace.organisations.find_by_name("Acme B.V.") is None
    clock.advance(HOUR)
    contact = person(workspace, "A", organisation="ACME b.v.")
    assert contact.organisation_id == org.id
    revived = workspace.organisations.get(org.id)
    assert revived.deleted_at is None
    assert revived.culture_notes == "Flat hierarchy"
    assert revived.is_target
    assert workspace.organisations.count() == 1
    assert workspace.trash.items() == []


def test_organisation_round_trip_and_update(workspace: Workspace, clock: FixedClock) -> None:
    draft = OrganisationDraft(
        name="Acme",
        sector="Museums",
        website="https://acme.example",
        location="Leiden",
        culture_notes="Informal",
        positions_notes="Archivist opening",
        availability_notes="Quiet in summer",
        notes="Met them at the fair",
        is_target=True,
    )
    org = workspace.organisations.create(draft)
    assert org.to_draft() == draft
    clock.advance(HOUR)
    renamed = workspace.organisations.update(org.id, replace(draft, name="Acme Museums"))
    assert renamed.name == "Acme Museums"
    assert renamed.updated_at == org.updated_at + HOUR
    assert renamed.created_at == org.created_at
    assert workspace.organisations.set_target(org.id, False).is_target is False


def test_organisation_duplicate_and_in_trash_errors(workspace: Workspace) -> None:
    acme = workspace.organisations.create(OrganisationDraft(name="Acme B.V."))
    globex = workspace.organisations.create(OrganisationDraft(name="Globex"))
    with pytest.raises(ValidationError) as exc:
        workspace.organisations.create(OrganisationDraft(name="ACME  b.v."))
    assert error_codes(exc) == [("name", ErrorCode.DUPLICATE, None)]
    with pytest.raises(ValidationError) as exc:
        workspace.organisations.update(globex.id, OrganisationDraft(name="acme b.v."))
    assert error_codes(exc) == [("name", ErrorCode.DUPLICATE, None)]

    workspace.trash.trash(RecordKind.ORGANISATION, [acme.id])
    with pytest.raises(ValidationError) as exc:
        workspace.organisations.create(OrganisationDraft(name="Acme B.V."))
    assert error_codes(exc) == [("name", ErrorCode.IN_TRASH, None)]
    with pytest.raises(ValidationError) as exc:
        workspace.organisations.update(globex.id, OrganisationDraft(name="ACME B.V."))
    assert error_codes(exc) == [("name", ErrorCode.IN_TRASH, None)]
    assert workspace.organisations.get(globex.id).name == "Globex"
    # Renaming to a new spelling of its own name is fine.
    assert workspace.organisations.update(globex.id, OrganisationDraft(name="GLOBEX")).name == (
        "GLOBEX"
    )


def test_organisation_requires_a_name(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as exc:
        workspace.organisations.create(OrganisationDraft(name="  ", website="bad host"))
    assert error_codes(exc) == [
        ("name", ErrorCode.REQUIRED, None),
        ("website", ErrorCode.INVALID_URL, None),
    ]


def test_organisation_search(workspace: Workspace) -> None:
    acme = workspace.organisations.create(
        OrganisationDraft(name="Acme Müseum", sector="Culture", location="Leiden", is_target=True)
    )
    globex = workspace.organisations.create(OrganisationDraft(name="Globex", notes="in Leiden"))
    workspace.organisations.create(OrganisationDraft(name="Initech", location="Delft"))
    assert workspace.organisations.search_ids("museum") == [acme.id]
    assert workspace.organisations.search_ids("leiden") == [acme.id, globex.id]
    assert workspace.organisations.search_ids("leiden", targets_only=True) == [acme.id]


# Contact search --------------------------------------------------------------


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    made = {
        "zoe": person(
            workspace,
            "Zoë",
            "Müller",
            organisation="Acme B.V.",
            position="Curator",
            tags=("museum", "leiden"),
            notes="Knows the director of the archive.",
            emails=("zoe@acme.example",),
            phones=("+31 71 555 0101",),
            links=("https://zoe.example/blog",),
            how_met="Open day",
        ),
        "zoe_plain": person(workspace, "Zoe", "Peeters", organisation="Globex"),
        "jan": person(workspace, "Jan", "de Vries", organisation="Globex", notes="the cat"),
        "pct": person(workspace, "Percy", "Cent", notes="Only 50% sure"),
        "snake": person(workspace, "Sid", "Snake", notes="writes snake_case"),
        "gone": person(workspace, "Zoë", "Gone", organisation="Acme B.V.", tags=("museum",)),
    }
    workspace.trash.trash(RecordKind.CONTACT, [made["gone"].id])
    return {key: contact.id for key, contact in made.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zoe", {"zoe", "zoe_plain"}),
        ("Zoë", {"zoe", "zoe_plain"}),  # accents either way
        ("MULLER", {"zoe"}),
        ("müller", {"zoe"}),
        ("zoe acme", {"zoe"}),  # name AND organisation
        ("acme zoe", {"zoe"}),
        ("zoe globex", {"zoe_plain"}),
        ("zoe initech", set()),
        ("curator", {"zoe"}),
        ("museum", {"zoe"}),  # tag
        ("LEIDEN", {"zoe"}),
        ("director archive", {"zoe"}),  # notes
        ("zoe@acme", {"zoe"}),  # email
        ("555 0101", {"zoe"}),  # phone
        ("zoe.example/blog", {"zoe"}),  # link
        ("open day", {"zoe"}),  # how met
        ("globex", {"zoe_plain", "jan"}),  # organisation only
        ("j", {"jan"}),  # one letter
        ("ct", {"zoe"}),  # two letters: "director"
        ("ri", {"jan", "snake"}),  # "Vries", "writes"
        ("%", {"pct"}),  # literal, not a wildcard
        ("50%", {"pct"}),
        ("_", {"snake"}),
        ("e_c", {"snake"}),  # "the cat" would match an unescaped pattern
        ("\\", set()),
        ("", {"zoe", "zoe_plain", "jan", "pct", "snake"}),
        ("   ", {"zoe", "zoe_plain", "jan", "pct", "snake"}),
    ],
)
def test_contact_search(
    workspace: Workspace, people: dict[str, int], query: str, expected: set[str]
) -> None:
    found = workspace.contacts.search_ids(query)
    assert len(found) == len(set(found))
    assert {key for key, cid in people.items() if cid in found} == expected


def test_contact_search_excludes_trash_and_follows_edits(
    workspace: Workspace, people: dict[str, int]
) -> None:
    assert people["gone"] not in workspace.contacts.search_ids("gone")
    workspace.contacts.update(people["jan"], ContactDraft(first_name="Johan", last_name="Smit"))
    assert workspace.contacts.search_ids("vries") == []
    assert workspace.contacts.search_ids("johan") == [people["jan"]]
    # The organisation is searched by its current name.
    org_id = workspace.contacts.get(people["zoe"]).organisation_id
    assert org_id is not None
    workspace.organisations.update(org_id, OrganisationDraft(name="Initech"))
    assert workspace.contacts.search_ids("b.v.") == []  # "acme" is still in her email
    assert workspace.contacts.search_ids("initech") == [people["zoe"]]
    workspace.trash.restore(RecordKind.CONTACT, [people["gone"]])
    assert workspace.contacts.search_ids("gone") == [people["gone"]]


def test_contact_search_by_organisation_id(workspace: Workspace, people: dict[str, int]) -> None:
    org_id = workspace.contacts.get(people["jan"]).organisation_id
    assert set(workspace.contacts.search_ids(organisation_id=org_id)) == {
        people["jan"],
        people["zoe_plain"],
    }
    assert workspace.contacts.search_ids("jan", organisation_id=org_id) == [people["jan"]]


# Contact sorting -------------------------------------------------------------

# For each sort: fields for a contact with a low value, one with a high value,
# and one with none. Names run the other way, so a name tie-break cannot pass.
SortFixture = Callable[[Workspace], tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]


def _with_referrers(ws: Workspace) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    aa = person(ws, "Aaron", "Aalders", organisation="Referrers")
    zz = person(ws, "Zelda", "Zwart", organisation="Referrers")
    return {"met_through_id": aa.id}, {"met_through_id": zz.id}, {}


SORT_CASES: dict[ContactSort, Callable[[Workspace], tuple[dict[str, Any], ...]]] = {
    ContactSort.ORGANISATION: lambda ws: (
        {"organisation": "Alpha"},
        {"organisation": "zeta"},
        {},
    ),
    ContactSort.POSITION: lambda ws: ({"position": "analyst"}, {"position": "Zoologist"}, {}),
    ContactSort.EMAIL: lambda ws: (
        {"emails": ("a@x.example", "zz@x.example")},
        {"emails": ("z@x.example", "a0@x.example")},  # the first address counts
        {},
    ),
    ContactSort.PHONE: lambda ws: (
        {"phones": ("010 000 0000", "099 999 9999")},
        {"phones": ("090 000 0000", "000 000 0001")},
        {},
    ),
    ContactSort.RELEVANCE: lambda ws: (
        {"relevance": Relevance.LOW},
        {"relevance": Relevance.HIGH},
        {"relevance": Relevance.UNSET},
    ),
    ContactSort.TAGS: lambda ws: ({"tags": ("art",)}, {"tags": ("Zoo",)}, {}),
    ContactSort.CADENCE: lambda ws: (
        {"cadence_days": 9},  # as text "9" would sort after "30"
        {"cadence_days": 30},
        {},
    ),
    ContactSort.HOW_MET: lambda ws: ({"how_met": "at a fair"}, {"how_met": "Via school"}, {}),
    ContactSort.MET_THROUGH: _with_referrers,
    ContactSort.LINKEDIN: lambda ws: (
        {"linkedin_url": "https://linkedin.com/in/aa"},
        {"linkedin_url": "https://linkedin.com/in/zz"},
        {},
    ),
    ContactSort.FIRST_MET: lambda ws: (
        {"first_met": date(2019, 12, 31)},
        {"first_met": date(2025, 1, 1)},
        {},
    ),
}


@pytest.mark.parametrize("sort", list(SORT_CASES))
def test_contact_sort_puts_empty_values_last_both_ways(
    workspace: Workspace, sort: ContactSort
) -> None:
    low_fields, high_fields, empty_fields = SORT_CASES[sort](workspace)
    low = person(workspace, "Zed", "Zz", **low_fields)
    high = person(workspace, "Mia", "Mm", **high_fields)
    empty = person(workspace, "Abe", "Aa", **empty_fields)
    subjects = {low.id, high.id, empty.id}

    def order(descending: bool) -> list[int]:
        found = workspace.contacts.search_ids(sort=sort, descending=descending)
        return [i for i in found if i in subjects]

    assert order(False) == [low.id, high.id, empty.id]
    assert order(True) == [high.id, low.id, empty.id]


def test_contact_sort_by_last_conversation(workspace: Workspace, clock: FixedClock) -> None:
    low = person(workspace, "Zed")
    high = person(workspace, "Mia")
    empty = person(workspace, "Abe")
    talk(workspace, low, clock.now() - 10 * DAY)
    talk(workspace, high, clock.now() - DAY)
    talk(workspace, empty, clock.now() + DAY)  # planned: not a conversation yet
    assert workspace.contacts.search_ids(sort=ContactSort.LAST_CONVERSATION) == [
        low.id,
        high.id,
        empty.id,
    ]
    assert workspace.contacts.search_ids(sort=ContactSort.LAST_CONVERSATION, descending=True) == [
        high.id,
        low.id,
        empty.id,
    ]


def test_contact_sort_by_name_created_and_updated(workspace: Workspace, clock: FixedClock) -> None:
    zed = person(workspace, "Zed", "Aalders")  # sorts first: last name first
    clock.advance(HOUR)
    abe = person(workspace, "Abe", "Zwart")
    clock.advance(HOUR)
    mia = person(workspace, "mia", "müller")
    clock.advance(HOUR)
    workspace.contacts.update(zed.id, ContactDraft(first_name="Zed", last_name="Aalders"))
    search = workspace.contacts.search_ids
    assert search(sort=ContactSort.NAME) == [zed.id, mia.id, abe.id]
    assert search(sort=ContactSort.NAME, descending=True) == [abe.id, mia.id, zed.id]
    assert search(sort=ContactSort.CREATED) == [zed.id, abe.id, mia.id]
    assert search(sort=ContactSort.CREATED, descending=True) == [mia.id, abe.id, zed.id]
    assert search(sort=ContactSort.UPDATED) == [abe.id, mia.id, zed.id]
    assert search(sort=ContactSort.UPDATED, descending=True) == [zed.id, mia.id, abe.id]


def test_every_contact_sort_is_covered() -> None:
    others = {
        ContactSort.LAST_CONVERSATION,
        ContactSort.NAME,
        ContactSort.CREATED,
        ContactSort.UPDATED,
    }
    assert set(SORT_CASES) | others == set(ContactSort)


# Conversations and referrals -------------------------------------------------


def test_conversation_round_trip(workspace: Workspace, clock: FixedClock) -> None:
    anna = person(workspace, "Anna", "Smit", organisation="Acme")
    coffee = workspace.channels.by_key(ChannelKey.COFFEE)
    assert coffee is not None
    when = clock.now() - 2 * DAY
    draft = ConversationDraft(
        contact_id=anna.id,
        occurred_at=when,
        channel_id=coffee.id,
        initiated_by=Initiator.THEM,
        topics="Career switch",
        notes="Long talk.\n\nFollow up in May.",
        told_goal=True,
        thanks_sent_at=when + HOUR,
        how_helped="Gave two names",
    )
    made = workspace.conversations.create(draft)
    got = workspace.conversations.get(made.id)
    assert got == made
    assert got.to_draft() == draft
    assert got.contact_name == "Anna Smit"
    assert got.organisation_name == "Acme"
    assert got.channel_name == "Coffee"
    assert got.created_at == got.updated_at == clock.now()
    assert got.referrals == ()
    assert not got.is_planned(clock.now())
    assert workspace.contacts.get(anna.id).last_conversation_at == when


def test_conversation_referrals_to_existing_and_new_contacts(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna", "Smit")
    bert = person(workspace, "Bert")
    made = talk(
        workspace,
        anna,
        referrals=(
            ReferralDraft(contact_id=bert.id, note="Ask about archives"),
            ReferralDraft(new_contact_name="  Carla   van der Berg "),
            ReferralDraft(new_contact_name="Dirk"),
        ),
    )
    assert [(r.referrer_id, r.referred_name, r.note) for r in made.referrals] == [
        (anna.id, "Bert", "Ask about archives"),
        (anna.id, "Carla van der Berg", ""),
        (anna.id, "Dirk", ""),
    ]
    carla = workspace.contacts.get(made.referrals[1].referred_id)
    assert (carla.first_name, carla.last_name) == ("Carla", "van der Berg")
    assert carla.met_through_id == anna.id
    assert carla.met_through_name == "Anna Smit"
    assert workspace.contacts.get(bert.id).met_through_id is None  # existing: left alone
    assert workspace.contacts.search_ids("carla") == [carla.id]
    assert workspace.contacts.count() == 4
    assert all(r.conversation_id == made.id for r in made.referrals)


def test_conversation_update_drops_and_adds_referrals(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna")
    bert = person(workspace, "Bert")
    carl = person(workspace, "Carl")
    made = talk(
        workspace,
        anna,
        referrals=(ReferralDraft(contact_id=bert.id), ReferralDraft(contact_id=carl.id, note="x")),
    )
    clock.advance(HOUR)
    draft = replace(
        made.to_draft(),
        topics="edited",
        referrals=(
            ReferralDraft(contact_id=carl.id, note="updated note"),
            ReferralDraft(new_contact_name="Dora Dekker"),
        ),
    )
    updated = workspace.conversations.update(made.id, draft)
    assert [(r.referred_name, r.note) for r in updated.referrals] == [
        ("Carl", "updated note"),
        ("Dora Dekker", ""),
    ]
    assert updated.referrals[0].id == made.referrals[1].id  # kept, not re-made
    assert updated.topics == "edited"
    assert updated.updated_at == made.updated_at + HOUR
    assert workspace.contacts.exists(bert.id)  # dropping a referral keeps the person
    assert int(scalar("SELECT count(*) FROM referral")) == 2
    assert workspace.conversations.referrals_involving([bert.id]) == []


def test_conversation_validation(workspace: Workspace) -> None:
    anna = person(workspace, "Anna")
    with pytest.raises(ValidationError) as exc:
        talk(
            workspace,
            anna,
            referrals=(ReferralDraft(contact_id=999), ReferralDraft(contact_id=anna.id)),
        )
    assert error_codes(exc) == [
        ("referrals", ErrorCode.SELF_REFERENCE, 1),
        ("referrals", ErrorCode.NOT_FOUND, 0),
    ]
    with pytest.raises(ValidationError) as exc:
        workspace.conversations.create(
            ConversationDraft(contact_id=999, occurred_at=datetime.now(UTC))
        )
    assert error_codes(exc) == [("contact", ErrorCode.NOT_FOUND, None)]
    with pytest.raises(ValidationError) as exc:
        workspace.conversations.create(
            ConversationDraft(contact_id=None, occurred_at=datetime.now(UTC))
        )
    assert error_codes(exc) == [("contact", ErrorCode.REQUIRED, None)]
    with pytest.raises(RecordNotFoundError):
        workspace.conversations.update(
            999, ConversationDraft(contact_id=anna.id, occurred_at=datetime.now(UTC))
        )
    assert workspace.conversations.count() == 0


def test_set_thanks_sent(workspace: Workspace, clock: FixedClock) -> None:
    made = talk(workspace, person(workspace, "Anna"))
    assert made.thanks_sent_at is None
    clock.advance(HOUR)
    thanked = workspace.conversations.set_thanks_sent(made.id, clock.now())
    assert thanked.thanks_sent_at == clock.now()
    assert thanked.updated_at == clock.now()
    assert workspace.conversations.set_thanks_sent(made.id, None).thanks_sent_at is None


def test_conversation_search(workspace: Workspace, clock: FixedClock) -> None:
    phone = workspace.channels.by_key(ChannelKey.PHONE)
    assert phone is not None
    anna = person(workspace, "Anna", "Smit", organisation="Acme")
    bert = person(workspace, "Bért", "Jansen", organisation="Globex")
    about_jobs = talk(workspace, anna, clock.now() - 2 * DAY, topics="Archive jobs")
    by_phone = talk(
        workspace,
        bert,
        clock.now() - DAY,
        channel_id=phone.id,
        notes="Said Émile might help",
        referrals=(ReferralDraft(new_contact_name="Xaver Referred"),),
    )
    later = talk(workspace, anna, clock.now() + DAY, how_helped="Introduced me")
    search = workspace.conversations.search_ids
    assert search() == [later.id, by_phone.id, about_jobs.id]  # newest first
    assert search(descending=False) == [about_jobs.id, by_phone.id, later.id]
    assert search("archive") == [about_jobs.id]  # topic
    assert search("emile") == [by_phone.id]  # notes, accents folded
    assert search("introduced") == [later.id]  # how it helped
    assert search("smit") == [later.id, about_jobs.id]  # person
    assert search("bert") == [by_phone.id]
    assert search("globex") == [by_phone.id]  # organisation
    assert search("phone") == [by_phone.id]  # channel
    assert search("xaver") == [by_phone.id]  # referred person
    assert search("anna archive") == [about_jobs.id]
    assert search("anna phone") == []
    assert search(contact_id=anna.id) == [later.id, about_jobs.id]
    assert search(sort=ConversationSort.PERSON, descending=False) == [
        by_phone.id,
        later.id,
        about_jobs.id,
    ]
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    assert search() == [by_phone.id]
    assert search("archive") == []


def test_planned_conversations_do_not_count_as_last_conversation(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna")
    past = talk(workspace, anna, clock.now() - 3 * DAY)
    planned = talk(workspace, anna, clock.now() + 2 * DAY)
    assert planned.is_planned(clock.now())
    assert workspace.contacts.get(anna.id).last_conversation_at == past.occurred_at
    clock.advance(3 * DAY)
    assert workspace.contacts.get(anna.id).last_conversation_at == planned.occurred_at
    workspace.trash.trash(RecordKind.CONVERSATION, [planned.id])
    assert workspace.contacts.get(anna.id).last_conversation_at == past.occurred_at


# Promises ----------------------------------------------------------------------


def test_promise_round_trip_and_done_keeps_first_time(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna")
    conversation = talk(workspace, anna)
    draft = PromiseDraft(
        contact_id=anna.id,
        direction=PromiseDirection.MINE,
        description="  Send my CV ",
        due_on=date(2026, 2, 1),
        conversation_id=conversation.id,
    )
    made = workspace.promises.create(draft)
    assert made.to_draft() == replace(draft, description="Send my CV")
    assert made.contact_name == "Anna"
    assert made.done_at is None

    clock.advance(HOUR)
    first_done = clock.now()
    assert workspace.promises.set_done(made.id, True).done_at == first_done
    clock.advance(HOUR)
    edited = workspace.promises.update(
        made.id, replace(made.to_draft(), description="Send CV and letter", done=True)
    )
    assert edited.done_at == first_done
    assert edited.updated_at == clock.now()
    assert workspace.promises.set_done(made.id, True).done_at == first_done
    clock.advance(HOUR)
    assert workspace.promises.set_done(made.id, False).done_at is None
    clock.advance(HOUR)
    assert workspace.promises.set_done(made.id, True).done_at == clock.now()


def test_promise_created_done_is_done_now(workspace: Workspace, clock: FixedClock) -> None:
    made = workspace.promises.create(
        PromiseDraft(contact_id=person(workspace, "A").id, description="x", done=True)
    )
    assert made.done_at == clock.now()
    assert workspace.promises.count_open() == 0


def test_promise_validation(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as exc:
        workspace.promises.create(PromiseDraft(contact_id=999, description=" "))
    assert error_codes(exc) == [
        ("description", ErrorCode.REQUIRED, None),
        ("contact", ErrorCode.NOT_FOUND, None),
    ]
    with pytest.raises(RecordNotFoundError):
        workspace.promises.set_done(999, True)


def test_promise_filters_and_open_before_done(workspace: Workspace, clock: FixedClock) -> None:
    anna = person(workspace, "Anna")
    bert = person(workspace, "Bert")

    def promise(who: Contact, text: str, due: date | None, **kw: Any) -> int:
        draft = PromiseDraft(contact_id=who.id, description=text, due_on=due, **kw)
        return workspace.promises.create(draft).id

    done_early = promise(anna, "Done early", date(2026, 1, 1), done=True)
    open_late = promise(anna, "Open late", date(2026, 6, 1))
    open_early = promise(bert, "Open early", date(2026, 2, 1), direction=PromiseDirection.MINE)
    open_undated = promise(bert, "Open undated", None)
    done_late = promise(bert, "Done late", date(2026, 9, 1), done=True)

    search = workspace.promises.search_ids
    assert search() == [open_early, open_late, open_undated, done_early, done_late]
    assert search(descending=True) == [open_late, open_early, open_undated, done_late, done_early]
    assert search(open_only=True) == [open_early, open_late, open_undated]
    assert search(sort=PromiseSort.DESCRIPTION) == [
        open_early,
        open_late,
        open_undated,
        done_early,
        done_late,
    ]
    assert search(contact_id=anna.id) == [open_late, done_early]
    assert search(direction=PromiseDirection.MINE) == [open_early]
    assert search("undated") == [open_undated]
    assert search("anna") == [open_late, done_early]
    assert workspace.promises.count_open() == 3
    workspace.trash.trash(RecordKind.PROMISE, [open_late])
    assert search(open_only=True) == [open_early, open_undated]
    assert workspace.promises.count_open() == 2


# Channels ----------------------------------------------------------------------


def test_built_in_channels(workspace: Workspace) -> None:
    channels = workspace.channels.all()
    assert [c.key for c in channels] == list(ChannelKey)
    assert [c.position for c in channels] == list(range(len(ChannelKey)))
    assert not any(c.archived for c in channels)


def test_channel_create_rename_archive_reorder(workspace: Workspace) -> None:
    service = workspace.channels
    fair = service.create("  Job   fair ")
    assert fair.name == "Job fair"
    assert fair.key is None
    assert fair.position == len(ChannelKey)
    assert service.all()[-1] == fair

    renamed = service.rename(fair.id, "Career fair")
    assert renamed.name == "Career fair"
    assert service.rename(fair.id, "CAREER FAIR").name == "CAREER FAIR"  # its own name
    coffee = service.by_key(ChannelKey.COFFEE)
    assert coffee is not None
    service.rename(coffee.id, "Koffie")
    assert service.by_key(ChannelKey.COFFEE) == replace(coffee, name="Koffie")

    anna = person(workspace, "Anna")
    conversation = talk(workspace, anna, channel_id=coffee.id)
    assert conversation.channel_name == "Koffie"
    assert service.usage(coffee.id) == 1

    archived = service.set_archived(coffee.id, True)
    assert archived.archived
    assert coffee.id not in [c.id for c in service.all()]
    assert coffee.id in [c.id for c in service.all(include_archived=True)]
    assert workspace.conversations.get(conversation.id).channel_name == "Koffie"
    assert not service.set_archived(coffee.id, False).archived

    order = [c.id for c in service.all()]
    wanted = [order[-1], *order[:-1]]
    service.reorder(wanted)
    assert [c.id for c in service.all()] == wanted
    assert [c.position for c in service.all()] == list(range(len(wanted)))


def test_channel_names_must_be_unique_and_present(workspace: Workspace) -> None:
    service = workspace.channels
    email = service.by_key(ChannelKey.EMAIL)
    assert email is not None
    fair = service.create("Fair")
    service.set_archived(fair.id, True)
    for name in ("email", "  EMAIL ", "FAIR", "Fäir"):
        with pytest.raises(ValidationError) as exc:
            service.create(name)
        assert error_codes(exc) == [("name", ErrorCode.DUPLICATE, None)]
    with pytest.raises(ValidationError) as exc:
        service.rename(email.id, "fair")
    assert error_codes(exc) == [("name", ErrorCode.DUPLICATE, None)]
    with pytest.raises(ValidationError) as exc:
        service.create("   ")
    assert error_codes(exc) == [("name", ErrorCode.REQUIRED, None)]
    with pytest.raises(RecordNotFoundError):
        service.rename(999, "Nowhere")
    assert len(service.all(include_archived=True)) == len(ChannelKey) + 1


# Trash -------------------------------------------------------------------------


def test_trashing_a_contact_hides_their_history_and_restoring_brings_it_back(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna", organisation="Acme")
    bert = person(workspace, "Bert")
    conversation = talk(workspace, anna, topics="archive")
    promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="call"))
    other = workspace.promises.create(PromiseDraft(contact_id=bert.id, description="mail"))
    before = workspace.counts()

    clock.advance(HOUR)
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    assert workspace.contacts.search_ids() == [bert.id]
    assert not workspace.contacts.exists(anna.id)
    assert workspace.contacts.get(anna.id).deleted_at == clock.now()
    assert workspace.conversations.search_ids() == []
    assert workspace.conversations.search_ids("archive") == []
    assert workspace.promises.search_ids() == [other.id]
    assert workspace.counts() == Counts(
        contacts=1, organisations=1, conversations=0, open_promises=1, trash=1
    )
    assert workspace.organisations.get(anna.organisation_id or 0).contact_count == 0
    # The history itself is not marked: it comes back exactly as it was.
    assert workspace.conversations.get(conversation.id).deleted_at is None

    workspace.trash.restore(RecordKind.CONTACT, [anna.id])
    assert workspace.counts() == before
    assert workspace.conversations.search_ids("archive") == [conversation.id]
    assert set(workspace.promises.search_ids()) == {promise.id, other.id}
    assert workspace.contacts.get(anna.id).deleted_at is None


def test_trash_and_restore_an_organisation(workspace: Workspace) -> None:
    anna = person(workspace, "Anna", organisation="Acme")
    org_id = anna.organisation_id
    assert org_id is not None
    workspace.trash.trash(RecordKind.ORGANISATION, [org_id])
    assert workspace.organisations.search_ids() == []
    assert workspace.contacts.get(anna.id).organisation_name == ""
    assert workspace.contacts.search_ids("acme") == []
    assert workspace.contacts.exists(anna.id)
    workspace.trash.restore(RecordKind.ORGANISATION, [org_id])
    assert workspace.organisations.search_ids() == [org_id]
    assert workspace.contacts.get(anna.id).organisation_name == "Acme"
    assert workspace.contacts.search_ids("acme") == [anna.id]


def test_trash_and_restore_a_conversation_and_a_promise(workspace: Workspace) -> None:
    anna = person(workspace, "Anna")
    conversation = talk(workspace, anna, topics="jobs")
    promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="call"))
    workspace.trash.trash(RecordKind.CONVERSATION, [conversation.id])
    workspace.trash.trash(RecordKind.PROMISE, [promise.id])
    assert workspace.conversations.search_ids() == []
    assert workspace.conversations.count() == 0
    assert workspace.promises.search_ids() == []
    assert workspace.counts().trash == 2
    workspace.trash.restore(RecordKind.CONVERSATION, [conversation.id])
    workspace.trash.restore(RecordKind.PROMISE, [promise.id])
    assert workspace.conversations.search_ids("jobs") == [conversation.id]
    assert workspace.promises.search_ids() == [promise.id]
    assert workspace.trash.items() == []


def test_trash_items_newest_first_with_titles(workspace: Workspace, clock: FixedClock) -> None:
    anna = person(workspace, "Anna", "Smit", organisation="Acme")
    conversation = talk(workspace, anna, topics="Jobs")
    promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="Call"))
    workspace.trash.trash(RecordKind.PROMISE, [promise.id])
    clock.advance(HOUR)
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    clock.advance(HOUR)
    workspace.trash.trash(RecordKind.ORGANISATION, [anna.organisation_id or 0])
    clock.advance(HOUR)
    workspace.trash.trash(RecordKind.CONVERSATION, [conversation.id])
    items = workspace.trash.items()
    assert [(i.kind, i.id, i.title) for i in items] == [
        (RecordKind.CONVERSATION, conversation.id, "Anna Smit: Jobs"),
        (RecordKind.ORGANISATION, anna.organisation_id, "Acme"),
        (RecordKind.CONTACT, anna.id, "Anna Smit"),
        (RecordKind.PROMISE, promise.id, "Anna Smit: Call"),
    ]
    assert [i.deleted_at for i in items] == [clock.now() - n * HOUR for n in range(4)]
    assert items[2].uuid == anna.uuid
    assert workspace.trash.count() == 4


def tombstones() -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in rows("SELECT kind, uuid FROM tombstone")}


def test_purging_a_contact_leaves_tombstones_for_them_and_their_history(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna", emails=("anna@x.example",))
    bert = person(workspace, "Bert", met_through_id=anna.id)
    conversation = talk(
        workspace, anna, topics="archive", referrals=(ReferralDraft(contact_id=bert.id),)
    )
    promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="call"))
    kept = talk(workspace, bert, topics="archive too")
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    clock.advance(HOUR)
    workspace.trash.purge(workspace.trash.items())

    assert tombstones() == {
        ("contact", anna.uuid),
        ("conversation", conversation.uuid),
        ("promise", promise.uuid),
    }
    assert {r[0] for r in rows("SELECT purged_at FROM tombstone")} == {
        "2026-01-15T10:00:00.000000Z"
    }
    with pytest.raises(RecordNotFoundError):
        workspace.contacts.get(anna.id)
    with pytest.raises(RecordNotFoundError):
        workspace.conversations.get(conversation.id)
    with pytest.raises(RecordNotFoundError):
        workspace.promises.get(promise.id)
    assert int(scalar("SELECT count(*) FROM contact_method")) == 0
    assert int(scalar("SELECT count(*) FROM referral")) == 0
    assert workspace.contacts.get(bert.id).met_through_id is None
    assert search_rows("contact_search") == [bert.id]
    assert search_rows("conversation_search") == [kept.id]
    assert workspace.trash.items() == []


def test_purging_an_organisation_keeps_its_contacts(workspace: Workspace) -> None:
    anna = person(workspace, "Anna", organisation="Acme")
    org = workspace.organisations.get(anna.organisation_id or 0)
    workspace.trash.trash(RecordKind.ORGANISATION, [org.id])
    workspace.trash.purge(workspace.trash.items())
    assert workspace.contacts.get(anna.id).organisation_id is None
    assert workspace.organisations.get_many([org.id]) == []
    assert tombstones() == {("organisation", org.uuid)}
    # Named again, it is a new organisation.
    again = person(workspace, "Bert", organisation="Acme")
    assert again.organisation_id is not None
    assert workspace.organisations.get(again.organisation_id).uuid != org.uuid


def test_empty_trash_removes_everything_trashed_and_nothing_else(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna", organisation="Acme")
    bert = person(workspace, "Bert")
    gone_talk = talk(workspace, bert, topics="gone")
    kept_talk = talk(workspace, bert, topics="kept")
    promise = workspace.promises.create(PromiseDraft(contact_id=bert.id, description="p"))
    org = workspace.organisations.get(anna.organisation_id or 0)
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    workspace.trash.trash(RecordKind.ORGANISATION, [org.id])
    workspace.trash.trash(RecordKind.CONVERSATION, [gone_talk.id])
    workspace.trash.trash(RecordKind.PROMISE, [promise.id])
    assert workspace.trash.empty() == 4
    assert workspace.trash.items() == []
    assert workspace.trash.empty() == 0
    assert tombstones() == {
        ("contact", anna.uuid),
        ("organisation", org.uuid),
        ("conversation", gone_talk.uuid),
        ("promise", promise.uuid),
    }
    assert workspace.contacts.search_ids() == [bert.id]
    assert workspace.conversations.search_ids() == [kept_talk.id]
    assert search_rows("conversation_search") == [kept_talk.id]
    assert search_rows("contact_search") == [bert.id]
    assert workspace.counts() == Counts(
        contacts=1, organisations=0, conversations=1, open_promises=0, trash=0
    )


def test_purge_ignores_records_no_longer_in_the_trash(workspace: Workspace) -> None:
    """A trash list shown before an undo must not destroy what the undo restored."""
    anna = person(workspace, "Anna")
    conversation = talk(workspace, anna, topics="archive")
    promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="call"))
    workspace.trash.trash(RecordKind.CONTACT, [anna.id])
    workspace.trash.trash(RecordKind.CONVERSATION, [conversation.id])
    stale = workspace.trash.items()
    workspace.trash.restore(RecordKind.CONTACT, [anna.id])
    workspace.trash.restore(RecordKind.CONVERSATION, [conversation.id])

    workspace.trash.purge(stale)

    assert tombstones() == set()
    assert workspace.contacts.search_ids("anna") == [anna.id]
    assert workspace.conversations.search_ids("archive") == [conversation.id]
    assert workspace.promises.search_ids() == [promise.id]
    assert search_rows("contact_search") == [anna.id]
    assert search_rows("conversation_search") == [conversation.id]


def test_search_tables_hold_one_row_per_stored_record(
    workspace: Workspace, clock: FixedClock
) -> None:
    ids = [person(workspace, f"Person{n}", organisation=f"Org{n % 3}").id for n in range(8)]
    talks = [
        talk(
            workspace,
            workspace.contacts.get(ids[n % 8]),
            topics=f"topic {n}",
            referrals=(ReferralDraft(new_contact_name=f"New{n} Person"),) if n % 3 == 0 else (),
        ).id
        for n in range(12)
    ]
    for n, contact_id in enumerate(ids[:4]):
        workspace.contacts.update(contact_id, ContactDraft(first_name=f"Renamed{n}"))
    for n, conversation_id in enumerate(talks[:5]):
        draft = workspace.conversations.get(conversation_id).to_draft()
        workspace.conversations.update(
            conversation_id,
            replace(
                draft,
                topics=f"edited {n}",
                referrals=(ReferralDraft(new_contact_name="Late Comer"),),
            ),
        )
    clock.advance(HOUR)
    workspace.trash.trash(RecordKind.CONTACT, ids[:3])
    workspace.trash.trash(RecordKind.CONVERSATION, talks[6:9])
    workspace.trash.purge([i for i in workspace.trash.items() if i.id in (ids[0], talks[6])])
    workspace.trash.trash(RecordKind.CONTACT, [ids[5]])
    workspace.trash.restore(RecordKind.CONTACT, [ids[1]])
    workspace.trash.trash(RecordKind.CONTACT, [ids[6]])
    workspace.trash.empty()
    workspace.trash.trash(RecordKind.CONTACT, [ids[7]])  # stays in the trash

    contacts = sorted(row[0] for row in rows("SELECT id FROM contact"))
    conversations = sorted(row[0] for row in rows("SELECT id FROM conversation"))
    assert search_rows("contact_search") == contacts
    assert search_rows("conversation_search") == conversations
    assert ids[7] in contacts
    bodies = [row[0] for row in rows("SELECT body FROM contact_search")]
    assert not any("person0 " in body or body == "person0" for body in bodies)
    assert workspace.contacts.search_ids("person1") == []  # renamed: old name gone
    assert workspace.contacts.search_ids("renamed1") == [ids[1]]


# Overview ----------------------------------------------------------------------


def test_overview_gathers_chain_history_and_open_promises(
    workspace: Workspace, clock: FixedClock
) -> None:
    anna = person(workspace, "Anna", organisation="Acme")
    bert = person(workspace, "Bert")
    first = talk(
        workspace, anna, clock.now() - 3 * DAY, referrals=(ReferralDraft(contact_id=bert.id),)
    )
    # Bert referred me to Carla, who is new; Dirk says he met me through Carla.
    talk(
        workspace,
        bert,
        clock.now() - 2 * DAY,
        referrals=(ReferralDraft(new_contact_name="Carla C"),),
    )
    carla_id = workspace.contacts.search_ids("carla")[0]
    dirk = person(workspace, "Dirk", met_through_id=carla_id)
    # A second mention of Bert by Anna must not show Bert twice.
    latest = talk(
        workspace, anna, clock.now() - DAY, referrals=(ReferralDraft(contact_id=bert.id),)
    )
    planned = talk(workspace, anna, clock.now() + DAY)
    open_promise = workspace.promises.create(PromiseDraft(contact_id=anna.id, description="open"))
    workspace.promises.create(PromiseDraft(contact_id=anna.id, description="done", done=True))
    workspace.promises.create(PromiseDraft(contact_id=bert.id, description="someone else's"))

    carla = workspace.overview.contact(carla_id)
    assert carla.referred_by == [bert.id, anna.id]
    assert carla.referred_to == [ReferralNode(dirk.id)]
    assert carla.names == {bert.id: "Bert", anna.id: "Anna", dirk.id: "Dirk"}
    assert carla.organisation is None

    top = workspace.overview.contact(anna.id)
    assert top.referred_by == []
    assert top.referred_to == [
        ReferralNode(bert.id, (ReferralNode(carla_id, (ReferralNode(dirk.id),)),))
    ]
    assert top.organisation is not None
    assert top.organisation.name == "Acme"
    assert [c.id for c in top.conversations] == [planned.id, latest.id, first.id]
    assert [p.id for p in top.open_promises] == [open_promise.id]

    # A trashed link breaks the chain; restoring mends it.
    workspace.trash.trash(RecordKind.CONTACT, [bert.id])
    assert workspace.overview.contact(carla_id).referred_by == []
    workspace.trash.restore(RecordKind.CONTACT, [bert.id])
    assert workspace.overview.contact(carla_id).referred_by == [bert.id, anna.id]


def test_overview_survives_people_referring_each_other(workspace: Workspace) -> None:
    anna = person(workspace, "Anna")
    bert = person(workspace, "Bert", met_through_id=anna.id)
    talk(workspace, bert, referrals=(ReferralDraft(contact_id=anna.id),))
    overview = workspace.overview.contact(anna.id)
    assert overview.referred_by == [bert.id]
    assert overview.referred_to == [ReferralNode(bert.id)]


def test_overview_of_a_missing_contact(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFoundError):
        workspace.overview.contact(999)


# Workspace ---------------------------------------------------------------------


def test_workspace_counts(workspace: Workspace, clock: FixedClock) -> None:
    assert workspace.counts() == Counts(0, 0, 0, 0, 0)
    assert workspace.is_empty()
    anna = person(workspace, "Anna", organisation="Acme")
    bert = person(workspace, "Bert", organisation="acme")
    carl = person(workspace, "Carl", organisation="Globex")
    talk(workspace, anna)
    talk(workspace, anna, clock.now() + DAY)  # planned ones count as conversations
    talk(workspace, bert)
    for who, done in ((anna, False), (bert, False), (carl, True)):
        workspace.promises.create(PromiseDraft(contact_id=who.id, description="x", done=done))
    assert workspace.counts() == Counts(
        contacts=3, organisations=2, conversations=3, open_promises=2, trash=0
    )
    workspace.trash.trash(RecordKind.CONTACT, [bert.id])
    assert workspace.counts() == Counts(
        contacts=2, organisations=2, conversations=2, open_promises=1, trash=1
    )
    assert not workspace.is_empty()


def test_workspace_paths(workspace: Workspace, data_dir: Any) -> None:
    assert workspace.data_dir == data_dir
    assert workspace.data_file.parent == data_dir
    assert workspace.backups_dir == data_dir / "backups"


def test_an_edit_keeps_links_to_trashed_records_it_cannot_show(workspace, clock):
    """Restoring a trashed organisation, referrer or referred person after an
    edit of the record pointing at them brings the link back."""
    ws = workspace
    ann = ws.contacts.create(ContactDraft(first_name="Ann", organisation="Acme"))
    bob = ws.contacts.create(
        ContactDraft(first_name="Bob", organisation="Acme", met_through_id=ann.id)
    )
    cas = ws.contacts.create(ContactDraft(first_name="Cas"))
    talk = ws.conversations.create(
        ConversationDraft(
            contact_id=bob.id,
            occurred_at=clock.now(),
            referrals=(ReferralDraft(contact_id=cas.id),),
        )
    )
    assert bob.organisation_id is not None
    ws.trash.trash(RecordKind.ORGANISATION, [bob.organisation_id])
    ws.trash.trash(RecordKind.CONTACT, [ann.id, cas.id])

    shown = ws.contacts.get(bob.id)  # what the edit form is filled from
    assert shown.organisation_name == ""
    assert shown.met_through_id is None
    ws.contacts.update(bob.id, replace(shown.to_draft(), position="Registrar"))
    conversation = ws.conversations.get(talk.id)
    assert conversation.referrals == ()
    ws.conversations.update(talk.id, replace(conversation.to_draft(), topics="Traineeships"))

    ws.trash.restore(RecordKind.ORGANISATION, [bob.organisation_id])
    ws.trash.restore(RecordKind.CONTACT, [ann.id, cas.id])
    again = ws.contacts.get(bob.id)
    assert again.position == "Registrar"
    assert again.organisation_name == "Acme"
    assert again.met_through_id == ann.id
    assert [r.referred_id for r in ws.conversations.get(talk.id).referrals] == [cas.id]


def test_sorting_by_organisation_follows_renames_and_the_trash(workspace):
    ws = workspace
    ann = ws.contacts.create(ContactDraft(first_name="Ann", organisation="Zeta Museum"))
    bob = ws.contacts.create(ContactDraft(first_name="Bob", organisation="Alpha Archive"))
    cas = ws.contacts.create(ContactDraft(first_name="Cas"))
    by_org = partial(ws.contacts.search_ids, sort=ContactSort.ORGANISATION)
    assert by_org() == [bob.id, ann.id, cas.id]
    assert by_org(descending=True) == [ann.id, bob.id, cas.id]  # no organisation: last

    zeta = ws.organisations.get(ann.organisation_id)
    ws.organisations.update(zeta.id, replace(zeta.to_draft(), name="Aardvark Museum"))
    assert by_org() == [ann.id, bob.id, cas.id]

    ws.trash.trash(RecordKind.ORGANISATION, [zeta.id])
    assert by_org() == [bob.id, ann.id, cas.id]  # shown without one, sorted so too
    ws.trash.restore(RecordKind.ORGANISATION, [zeta.id])
    assert by_org() == [ann.id, bob.id, cas.id]


def test_search_words_are_phrases_not_query_syntax(workspace):
    ws = workspace
    odd = ws.contacts.create(ContactDraft(first_name="Ann", notes='Said "NEAR" AND OR * ^ - yes'))
    for text in ('"near"', "and or", "*", "^", '"', "- yes", "near)"):
        if text == "near)":
            assert ws.contacts.search_ids(text) == []
        else:
            assert ws.contacts.search_ids(text) == [odd.id], text

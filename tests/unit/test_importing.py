"""Planning and applying a LinkedIn import against the data file."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from netdesk.domain.contacts import ContactDraft, Relevance
from netdesk.domain.import_plan import MatchKey, PlanAction, PlanReason
from netdesk.domain.imports import ImportCancelledError, ImportOutdatedError
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.trash import RecordKind
from netdesk.interchange.contact_file import ContactFile
from netdesk.interchange.linkedin_csv import read_linkedin_csv
from netdesk.services.exporting import ExportFormat
from netdesk.services.query import new_uuids
from netdesk.services.workspace import Workspace

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def csv_of(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode("utf-8")


def plan_of(ws: Workspace, *lines: str):  # type: ignore[no-untyped-def]
    return ws.importing.plan(read_linkedin_csv(csv_of(*lines)))


def actions(plan) -> list[tuple[int, PlanAction]]:  # type: ignore[no-untyped-def]
    return [(r.row_number, r.action) for r in plan.rows]


def test_new_rows_are_created_with_organisation_and_first_met(workspace: Workspace) -> None:
    plan = plan_of(
        workspace,
        "Zoë,Müller,https://www.linkedin.com/in/zoe,zoe@example.org,Acme,Archivist,09 Oct 2024",
        "Daan,Visser,,,,,01 Jan 2020",
    )
    assert actions(plan) == [(2, PlanAction.NEW), (3, PlanAction.NEW)]

    result = workspace.importing.apply(plan)

    assert result.counts.new == 2
    zoe, daan = workspace.contacts.get_many(list(result.created_ids))
    assert zoe.organisation_name == "Acme"
    assert zoe.emails == ("zoe@example.org",)
    assert zoe.first_met == date(2024, 10, 9)
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe"
    assert daan.organisation_id is None
    assert workspace.contacts.search_ids("müller") == [zoe.id]


def test_each_match_key_finds_the_existing_contact(workspace: Workspace) -> None:
    by_url = workspace.contacts.create(
        ContactDraft(first_name="A", linkedin_url="https://www.linkedin.com/in/Alpha/")
    )
    by_email = workspace.contacts.create(ContactDraft(first_name="B", emails=("B@Example.org",)))
    by_name = workspace.contacts.create(
        ContactDraft(first_name="Chloé", last_name="Dupont", organisation="Société Générale")
    )
    plan = plan_of(
        workspace,
        "Someone,Else,https://www.linkedin.com/in/alpha,,,,",
        "Other,Name,,b@example.ORG,,,",
        "chloe,DUPONT,,,SOCIETE generale,Analyst,",
    )
    assert [(r.contact_id, r.matched_by) for r in plan.rows] == [
        (by_url.id, MatchKey.LINKEDIN_URL),
        (by_email.id, MatchKey.EMAIL),
        (by_name.id, MatchKey.NAME_AND_ORGANISATION),
    ]
    # The normalised URL and the known email change nothing.
    assert [r.action for r in plan.rows][:2] == [PlanAction.DUPLICATE, PlanAction.DUPLICATE]
    assert plan.rows[0].reason is PlanReason.ALREADY_KNOWN
    assert plan.rows[2].action is PlanAction.UPDATE
    assert plan.rows[2].changes == ("position",)


def test_name_alone_or_a_different_profile_never_matches(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Lee", last_name="Ng"))
    workspace.contacts.create(
        ContactDraft(
            first_name="Mei",
            last_name="Ng",
            organisation="Acme",
            linkedin_url="https://www.linkedin.com/in/mei-1",
        )
    )
    plan = plan_of(
        workspace,
        "Lee,Ng,,,,,",
        "Mei,Ng,https://www.linkedin.com/in/mei-2,,Acme,,",
    )
    assert [r.action for r in plan.rows] == [PlanAction.NEW, PlanAction.NEW]


def test_update_fills_gaps_keeps_own_data_and_lists_changes(workspace: Workspace) -> None:
    own = workspace.contacts.create(
        ContactDraft(
            first_name="Noor",
            last_name="de Vries",
            emails=("noor@home.example",),
            position="Intern",
            notes="Met at the library.",
            linkedin_url="https://www.linkedin.com/in/noor",
        )
    )
    plan = plan_of(
        workspace,
        "Noor,de Vries,https://www.linkedin.com/in/noor,noor@work.example,Stadsarchief,"
        "Curator,07 Feb 2022",
    )
    (row,) = plan.rows
    assert row.action is PlanAction.UPDATE
    assert row.changes == ("organisation", "position", "emails", "first_met")

    result = workspace.importing.apply(plan)

    assert result.updated_ids == (own.id,)
    after = workspace.contacts.get(own.id)
    assert after.emails == ("noor@home.example", "noor@work.example")
    assert after.organisation_name == "Stadsarchief"
    assert after.position == "Curator"
    assert after.notes == "Met at the library."
    assert after.first_met == date(2022, 2, 7)

    # A contact that already has a first meeting keeps it.
    again = plan_of(workspace, "Noor,de Vries,https://www.linkedin.com/in/noor,,,,01 Jan 2010")
    assert again.rows[0].action is PlanAction.DUPLICATE


def test_duplicates_within_the_file_and_skipped_rows(workspace: Workspace) -> None:
    plan = plan_of(
        workspace,
        "Anna,Kowalska,https://www.linkedin.com/in/anna,,,,",
        "Anna K.,Kowalska,https://www.linkedin.com/in/anna/,,,,",
        "Pieter,Visser,,not-an-email,,,",
        ",,,,Acme,,",
    )
    assert actions(plan) == [
        (2, PlanAction.NEW),
        (3, PlanAction.DUPLICATE),
        (4, PlanAction.SKIPPED),
        (5, PlanAction.SKIPPED),
    ]
    assert plan.rows[1].reason is PlanReason.SAME_AS_ROW
    assert plan.rows[1].duplicate_of == 2
    assert plan.rows[2].reason is PlanReason.UNREADABLE
    assert plan.rows[2].problems[0].field == "email"
    assert (plan.counts.new, plan.counts.duplicates, plan.counts.skipped) == (1, 1, 2)


def test_two_rows_matching_one_contact_update_it_once(workspace: Workspace) -> None:
    own = workspace.contacts.create(ContactDraft(first_name="Jo", emails=("jo@example.org",)))
    plan = plan_of(
        workspace,
        "Jo,,https://www.linkedin.com/in/jo,jo@example.org,,,",
        "Jo,,,jo@example.org,,Chef,",
    )
    assert actions(plan) == [(2, PlanAction.UPDATE), (3, PlanAction.DUPLICATE)]
    assert plan.rows[0].contact_id == own.id


def test_same_file_twice_changes_nothing_the_second_time(workspace: Workspace) -> None:
    data = csv_of(
        "Zoë,Müller,https://www.linkedin.com/in/zoe,zoe@example.org,Acme,Archivist,09 Oct 2024",
        "José,Ng,,jose@example.org,ACME,,",
        "Lee,Visser,,,Museum,Guide,",
    )
    first = workspace.importing.plan(read_linkedin_csv(data))
    workspace.importing.apply(first)
    before = workspace.contacts.get_many(workspace.contacts.search_ids())

    second = workspace.importing.plan(read_linkedin_csv(data))
    result = workspace.importing.apply(second)

    assert [r.action for r in second.rows] == [PlanAction.DUPLICATE] * 3
    assert not second.writes_anything
    assert (result.created_ids, result.updated_ids) == ((), ())
    assert workspace.contacts.get_many(workspace.contacts.search_ids()) == before


def test_organisations_are_created_once_ignoring_case_and_accents(workspace: Workspace) -> None:
    existing = workspace.organisations.create(OrganisationDraft(name="Société Générale"))
    plan = plan_of(
        workspace,
        "A,One,,,ACME,,",
        "B,Two,,,acme,,",
        "C,Three,,,societe generale,,",
    )
    workspace.importing.apply(plan)

    assert workspace.organisations.count() == 2
    contacts = workspace.contacts.get_many(workspace.contacts.search_ids())
    assert {c.organisation_name for c in contacts} == {"ACME", "Société Générale"}
    assert {c.organisation_id for c in contacts if c.first_name == "C"} == {existing.id}


def test_apply_is_all_or_nothing(workspace: Workspace) -> None:
    own = workspace.contacts.create(ContactDraft(first_name="Mei", emails=("mei@example.org",)))
    plan = plan_of(
        workspace,
        "New,Person,,new@example.org,Fresh Org,,",
        "Mei,,,mei@example.org,,Director,",
    )
    # A row that fails validation at write time, after the new rows are in.
    tampered = tuple(
        replace(r, draft=replace(r.draft, emails=("not an email",)), changes=("emails",))
        if r.action is PlanAction.UPDATE and r.draft is not None
        else r
        for r in plan.rows
    )
    broken = replace(plan, rows=tampered)
    counts = workspace.counts()

    with pytest.raises(Exception):  # noqa: B017, PT011 - any failure must roll back
        workspace.importing.apply(broken)

    assert workspace.counts() == counts
    assert workspace.organisations.find_by_name("Fresh Org") is None
    assert workspace.contacts.get(own.id) == own
    assert workspace.contacts.search_ids("person") == []


def index_definitions() -> list[tuple[str, str]]:
    from netdesk.services.query import rows

    return sorted(
        rows("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
    )


def test_a_large_import_leaves_every_index_as_it_was(workspace: Workspace) -> None:
    indexes = index_definitions()
    lines = [f"Person{i},Tester,,p{i}@example.org,Org {i % 7},,09 Oct 2024" for i in range(10_500)]

    workspace.importing.apply(plan_of(workspace, *lines))

    assert workspace.contacts.count() == 10_500
    assert index_definitions() == indexes
    assert workspace.contacts.search_ids("person10499") != []
    from netdesk.services.query import rows

    assert rows("PRAGMA integrity_check") == [("ok",)]


def test_a_match_in_the_trash_is_reported_not_revived(workspace: Workspace) -> None:
    gone = workspace.contacts.create(
        ContactDraft(first_name="Old", linkedin_url="https://www.linkedin.com/in/old")
    )
    workspace.trash.trash(RecordKind.CONTACT, [gone.id])
    plan = plan_of(workspace, "Old,Friend,https://www.linkedin.com/in/old,,Acme,,")

    (row,) = plan.rows
    assert row.action is PlanAction.SKIPPED
    assert row.reason is PlanReason.IN_TRASH
    assert row.contact_id == gone.id
    workspace.importing.apply(plan)
    assert workspace.contacts.count() == 0


def test_a_live_contact_wins_over_a_trashed_one(workspace: Workspace) -> None:
    gone = workspace.contacts.create(ContactDraft(first_name="X", emails=("x@example.org",)))
    workspace.trash.trash(RecordKind.CONTACT, [gone.id])
    live = workspace.contacts.create(ContactDraft(first_name="X", emails=("x@example.org",)))
    plan = plan_of(workspace, "X,,,x@example.org,,,")
    assert plan.rows[0].contact_id == live.id
    assert plan.rows[0].action is PlanAction.DUPLICATE


FULL_DRAFT = ContactDraft(
    first_name="Ilse",
    last_name="Janssen",
    organisation="Rijksmuseum",
    position="Registrar",
    emails=("ilse@example.org", "i.janssen@example.net"),
    phones=("+31 20 555 0101", "06 1234 5678"),
    linkedin_url="https://www.linkedin.com/in/ilse-janssen",
    links=("https://ilse.example.org",),
    how_met="Alumni evening",
    first_met=date(2023, 3, 14),
    relevance=Relevance.HIGH,
    tags=("museums", "alumni"),
    notes="Knows the collections team.\nAsk about traineeships.",
    cadence_days=60,
)


def test_a_new_contact_keeps_every_field_a_reader_gives(workspace: Workspace) -> None:
    plan = workspace.importing.plan(ContactFile("cards.vcf", "vcard", "utf-8", ((1, FULL_DRAFT),)))
    result = workspace.importing.apply(plan)

    (contact,) = workspace.contacts.get_many(list(result.created_ids))
    assert contact.to_draft() == FULL_DRAFT
    assert workspace.contacts.search_ids("traineeships") == [contact.id]
    assert workspace.contacts.search_ids("0101") == [contact.id]


def test_new_phones_and_links_are_added_never_replaced(workspace: Workspace) -> None:
    own = workspace.contacts.create(
        ContactDraft(first_name="Ilse", emails=("ilse@example.org",), phones=("+31 20 555 0101",))
    )
    incoming = ContactDraft(
        first_name="Ilse",
        emails=("ILSE@example.org",),
        phones=("+31 20 555 0101", "06 1234 5678"),
        links=("https://ilse.example.org",),
    )
    plan = workspace.importing.plan(ContactFile("c.vcf", "vcard", "utf-8", ((1, incoming),)))
    assert plan.rows[0].changes == ("phones", "links")

    workspace.importing.apply(plan)

    after = workspace.contacts.get(own.id)
    assert after.phones == ("+31 20 555 0101", "06 1234 5678")
    assert after.links == ("https://ilse.example.org",)
    assert after.emails == ("ilse@example.org",)


def test_a_plan_made_before_the_contacts_changed_is_refused(workspace: Workspace) -> None:
    plan = plan_of(workspace, "Anna,Kowalska,,anna@example.org,,,")
    workspace.contacts.create(ContactDraft(first_name="Anna", emails=("anna@example.org",)))

    with pytest.raises(ImportOutdatedError):
        workspace.importing.apply(plan)
    assert workspace.contacts.count() == 1


def test_cancelling_while_writing_leaves_the_data_as_it_was(workspace: Workspace) -> None:
    workspace.contacts.create(ContactDraft(first_name="Kept"))
    indexes = index_definitions()
    lines = [f"Person{i},Tester,,p{i}@example.org,Org {i % 7},,09 Oct 2024" for i in range(12_000)]
    plan = plan_of(workspace, *lines)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 10_000:
            raise ImportCancelledError()

    with pytest.raises(ImportCancelledError):
        workspace.importing.apply(plan, progress)

    assert seen[:3] == [(0, 12_000), (5_000, 12_000), (10_000, 12_000)]
    assert workspace.contacts.count() == 1
    assert workspace.organisations.count() == 0
    assert workspace.contacts.search_ids("person") == []
    # A large import builds the indexes after its rows: a rollback restores them.
    assert index_definitions() == indexes


def test_a_trashed_organisation_is_brought_back_not_duplicated(workspace: Workspace) -> None:
    old = workspace.organisations.create(OrganisationDraft(name="Stadsarchief"))
    workspace.trash.trash(RecordKind.ORGANISATION, [old.id])

    workspace.importing.apply(plan_of(workspace, "Noor,Smit,,,STADSARCHIEF,,", "Bo,Ek,,,New Co,,"))

    assert workspace.organisations.count() == 2
    assert workspace.organisations.get(old.id).deleted_at is None
    (noor,) = [c for c in workspace.contacts.get_many(workspace.contacts.search_ids("noor"))]
    assert noor.organisation_id == old.id


def test_netdesk_own_cards_match_by_uuid_even_with_only_a_name(workspace: Workspace) -> None:
    from netdesk.interchange.vcard_read import read_vcard
    from netdesk.interchange.vcard_write import write_vcard

    lone = workspace.contacts.create(ContactDraft(first_name="Lone", phones=("020 555 0101",)))
    gone = workspace.contacts.create(ContactDraft(first_name="Gone"))
    cards = write_vcard(workspace.contacts.get_many([lone.id, gone.id])).encode("utf-8")
    workspace.trash.trash(RecordKind.CONTACT, [gone.id])
    workspace.trash.purge(workspace.trash.items())

    plan = workspace.importing.plan(read_vcard(cards, name="netdesk.vcf"))

    assert [(r.action, r.reason, r.matched_by) for r in plan.rows] == [
        (PlanAction.DUPLICATE, PlanReason.ALREADY_KNOWN, MatchKey.UUID),
        (PlanAction.SKIPPED, PlanReason.DELETED, None),
    ]


def test_a_new_contact_keeps_the_uuid_its_card_gave(workspace: Workspace) -> None:
    from netdesk.interchange.vcard_read import read_vcard

    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:0F6B1C2E-3D4A-4B5C-8D9E-A1B2C3D4E5F6\r\n"
        b"N:Janssen;Ilse;;;\r\nFN:Ilse Janssen\r\nEND:VCARD\r\n"
    )

    result = workspace.importing.apply(workspace.importing.plan(read_vcard(card)))

    (copy,) = workspace.contacts.get_many(list(result.created_ids))
    assert copy.uuid == "0f6b1c2e-3d4a-4b5c-8d9e-a1b2c3d4e5f6"
    again = workspace.importing.plan(read_vcard(card))
    assert again.rows[0].matched_by is MatchKey.UUID


def test_who_introduced_whom_survives_a_vcard_round_trip(workspace: Workspace, tmp_path) -> None:
    from netdesk.interchange.vcard_read import read_vcard

    noor = workspace.contacts.create(ContactDraft(first_name="Noor", last_name="Smit"))
    bas = workspace.contacts.create(
        ContactDraft(first_name="Bas", last_name="Ek", met_through_id=noor.id)
    )
    target = tmp_path / "cards.vcf"
    # Only Bas: Noor, who introduced him, is named by her UID.
    workspace.exporting.export(target, ExportFormat.VCARD, contact_ids=[bas.id])
    assert f"X-NETDESK-MET-THROUGH:urn:uuid:{noor.uuid}" in target.read_text()

    # Into a file that knows Noor (by uuid) but not Bas: Bas comes with his introducer.
    workspace.trash.trash(RecordKind.CONTACT, [bas.id])
    workspace.trash.purge(workspace.trash.items())
    cards = target.read_bytes().replace(bas.uuid.encode(), b"0f6b1c2e-3d4a-4b5c-8d9e-a1b2c3d4e5f6")
    result = workspace.importing.apply(workspace.importing.plan(read_vcard(cards)))

    (copy,) = workspace.contacts.get_many(list(result.created_ids))
    assert copy.met_through_id == noor.id


@pytest.mark.parametrize("count", [0, 1, 7, 1000])
def test_new_uuids_are_distinct_version_4_uuids_in_the_usual_form(count: int) -> None:
    made = new_uuids(count)
    assert len(made) == count == len(set(made))
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == text  # lower-case hex, dashes where uuid4() puts them

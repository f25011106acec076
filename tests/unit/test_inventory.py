"""The inventory of where my contacts work: grouped by sector, target
employers first, and target employers where I know nobody marked as gaps."""

from __future__ import annotations

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.workspace import Workspace


def organisation(ws: Workspace, name: str, sector: str = "", target: bool = False) -> int:
    return ws.organisations.create(OrganisationDraft(name=name, sector=sector, is_target=target)).id


def people(ws: Workspace, organisation_name: str, count: int) -> list[int]:
    return [
        ws.contacts.create(ContactDraft(first_name=f"P{i}", organisation=organisation_name)).id
        for i in range(count)
    ]


def test_organisations_grouped_by_sector_targets_first_with_gaps(workspace: Workspace) -> None:
    rijks = organisation(workspace, "Rijksmuseum", "Museums", target=True)
    organisation(workspace, "Stedelijk", "museums ")  # the same sector, typed differently
    organisation(workspace, "Van Gogh Museum", "Museums", target=True)
    organisation(workspace, "Acme", "Software")
    organisation(workspace, "Nowhere")
    people(workspace, "Stedelijk", 3)
    people(workspace, "Rijksmuseum", 1)
    people(workspace, "Acme", 5)
    workspace.contacts.create(ContactDraft(first_name="Loner"))

    inventory = workspace.inventory.inventory()
    assert [s.sector for s in inventory.sectors] == ["Museums", "Software", ""]
    museums = inventory.sectors[0]
    assert [(o.name, o.contacts, o.is_target) for o in museums.organisations] == [
        ("Rijksmuseum", 1, True),
        ("Van Gogh Museum", 0, True),
        ("Stedelijk", 3, False),
    ]
    assert (museums.contacts, museums.targets, museums.gaps) == (4, 2, 1)
    assert [o.name for o in inventory.gaps] == ["Van Gogh Museum"]
    assert inventory.without_organisation == 1
    assert inventory.organisations == 5
    assert inventory.sectors[0].organisations[0].organisation_id == rijks


def test_only_live_people_and_organisations_count(workspace: Workspace) -> None:
    organisation(workspace, "Rijksmuseum", "Museums", target=True)
    acme = organisation(workspace, "Acme", "Software")
    ann, _bob = people(workspace, "Rijksmuseum", 2)
    people(workspace, "Acme", 1)
    workspace.trash.trash(RecordKind.CONTACT, [ann])
    workspace.trash.trash(RecordKind.ORGANISATION, [acme])
    inventory = workspace.inventory.inventory()
    assert [(o.name, o.contacts) for s in inventory.sectors for o in s.organisations] == [
        ("Rijksmuseum", 1)
    ]
    assert inventory.gaps == ()
    assert inventory.without_organisation == 1  # Acme's person, while Acme is in the trash


def test_an_empty_file_has_an_empty_inventory(workspace: Workspace) -> None:
    inventory = workspace.inventory.inventory()
    assert inventory.sectors == ()
    assert inventory.without_organisation == 0

"""The inventory of where my contacts work (the guidance: make an inventory of
where all your contacts work): organisations with their number of people,
grouped by sector, target employers first, and the target employers where I
know nobody yet marked as gaps."""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.domain.text import fold
from netdesk.services.query import rows, scalar


@dataclass(frozen=True, slots=True)
class InventoryRow:
    organisation_id: int
    name: str
    sector: str
    location: str
    is_target: bool
    contacts: int  # live people working there

    @property
    def is_gap(self) -> bool:
        """A target employer where I know nobody yet."""
        return self.is_target and self.contacts == 0


@dataclass(frozen=True, slots=True)
class SectorGroup:
    sector: str  # "" for organisations without a sector
    organisations: tuple[InventoryRow, ...]  # target employers first, then most people

    @property
    def contacts(self) -> int:
        return sum(o.contacts for o in self.organisations)

    @property
    def targets(self) -> int:
        return sum(1 for o in self.organisations if o.is_target)

    @property
    def gaps(self) -> int:
        return sum(1 for o in self.organisations if o.is_gap)


@dataclass(frozen=True, slots=True)
class Inventory:
    sectors: tuple[SectorGroup, ...]  # sectors with target employers first, "" last
    without_organisation: int  # live people with no organisation

    @property
    def gaps(self) -> tuple[InventoryRow, ...]:
        return tuple(o for s in self.sectors for o in s.organisations if o.is_gap)

    @property
    def organisations(self) -> int:
        return sum(len(s.organisations) for s in self.sectors)


class InventoryService:
    def inventory(self) -> Inventory:
        # People per organisation from the contact index alone: a live
        # organisation's key is copied onto its people ('' when it is trashed).
        counts = dict(
            rows(
                "SELECT organisation_key, count(*) FROM contact "
                "WHERE deleted_at IS NULL AND organisation_key > '' GROUP BY organisation_key"
            )
        )
        by_sector: dict[str, list[InventoryRow]] = {}
        sector_names: dict[str, str] = {}
        for org_id, name, key, sector, location, is_target in rows(
            "SELECT id, name, name_key, sector, location, is_target FROM organisation "
            "WHERE deleted_at IS NULL"
        ):
            row = InventoryRow(org_id, name, sector, location, bool(is_target), counts.get(key, 0))
            sector_key = fold(sector)
            sector_names.setdefault(sector_key, sector)
            by_sector.setdefault(sector_key, []).append(row)
        groups = [
            SectorGroup(
                sector_names[key],
                tuple(sorted(members, key=lambda o: (not o.is_target, -o.contacts, fold(o.name)))),
            )
            for key, members in by_sector.items()
        ]
        groups.sort(key=lambda g: (g.sector == "", -g.targets, -g.contacts, fold(g.sector)))
        without = int(
            scalar(
                "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND organisation_key = ''"
            )
        )
        return Inventory(tuple(groups), without)

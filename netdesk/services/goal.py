"""My job goal, and the organisations I would like to work for."""

from __future__ import annotations

from collections.abc import Sequence

from netdesk.domain.clock import Clock, to_iso
from netdesk.domain.goal import JobGoal, validate_goal
from netdesk.domain.text import clean_line
from netdesk.services.organisations import OrganisationService
from netdesk.services.query import rows
from netdesk.store.db import database


class GoalService:
    def __init__(self, clock: Clock, organisations: OrganisationService | None = None) -> None:
        self._clock = clock
        self._organisations = organisations or OrganisationService(clock)

    def get(self) -> JobGoal:
        found = rows("SELECT roles, sectors, regions, summary FROM job_goal WHERE id = 1")
        if not found:
            return JobGoal()
        roles, sectors, regions, summary = found[0]
        return JobGoal(_lines(roles), _lines(sectors), _lines(regions), summary)

    def save(self, goal: JobGoal, targets: Sequence[str] | None = None) -> None:
        """Keep the goal and, when given, exactly these target organisations."""
        validate_goal(goal)
        with database.atomic():
            if targets is not None:
                self.set_targets(targets)
            database.execute_sql(
                "INSERT INTO job_goal (id, roles, sectors, regions, summary, updated_at) "
                "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "roles = excluded.roles, sectors = excluded.sectors, "
                "regions = excluded.regions, summary = excluded.summary, "
                "updated_at = excluded.updated_at",
                (
                    "\n".join(goal.roles),
                    "\n".join(goal.sectors),
                    "\n".join(goal.regions),
                    goal.summary,
                    to_iso(self._clock.now()),
                ),
            )

    def target_names(self) -> list[str]:
        """The organisations marked as targets, by name."""
        return [
            str(row[0])
            for row in rows(
                "SELECT name FROM organisation WHERE is_target AND deleted_at IS NULL "
                "ORDER BY name_key"
            )
        ]

    def set_targets(self, names: Sequence[str]) -> None:
        """Mark exactly these organisations as targets, creating new ones.

        Unmarked organisations keep their notes and people; only the mark goes.
        """
        with database.atomic():
            wanted = {
                organisation_id
                for name in names
                if (organisation_id := self._organisations.resolve(clean_line(name))) is not None
            }
            now = to_iso(self._clock.now())
            for (organisation_id,) in rows("SELECT id FROM organisation WHERE is_target"):
                if organisation_id not in wanted:
                    database.execute_sql(
                        "UPDATE organisation SET is_target = 0, updated_at = ? WHERE id = ?",
                        (now, organisation_id),
                    )
            for organisation_id in wanted:
                database.execute_sql(
                    "UPDATE organisation SET is_target = 1, updated_at = ? "
                    "WHERE id = ? AND NOT is_target",
                    (now, organisation_id),
                )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line)

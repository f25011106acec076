"""The contact list's queries give the same rows in the same order as the
plain queries they replaced: one row per id, UNION, the search table's own
text, no index hints. Names come from a tiny alphabet so that one- and
two-letter words match many people and three-letter ones use the trigrams."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.trash import RecordKind
from netdesk.services.contacts import ContactSort
from netdesk.services.query import ids, rows, search_words
from netdesk.services.workspace import Workspace

LETTERS = "abnÀé"
syllable = st.text(alphabet=LETTERS, min_size=1, max_size=5)
person = st.fixed_dictionaries(
    {
        "first": syllable,
        "last": syllable,
        "organisation": st.sampled_from(["", "Anna B.V.", "Bén", "Nab", "Éa Works"]),
        "notes": st.text(alphabet=LETTERS + " ", max_size=12),
        "trashed": st.booleans(),
    }
)
query = st.lists(st.text(alphabet=LETTERS + "A", min_size=1, max_size=4), min_size=1, max_size=2)


def plain_search_ids(text: str, sort: ContactSort, descending: bool) -> list[int]:
    """The list query as it was written before it was made fast."""
    where = ["c.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    parts = []
    for n, word in enumerate(search_words(text)):
        if len(word) >= 3:
            own = f"SELECT rowid FROM contact_search WHERE contact_search MATCH :q{n}"
            params[f"q{n}"] = '"' + word.replace('"', '""') + '"'
        else:
            own = f"SELECT rowid FROM contact_search WHERE instr(body, :q{n}) > 0"
            params[f"q{n}"] = word
        params[f"w{n}"] = word
        parts.append(
            f"SELECT * FROM ({own} UNION SELECT id FROM contact WHERE organisation_id IN "
            f"(SELECT id FROM organisation WHERE deleted_at IS NULL "
            f"AND instr(name_key, :w{n}) > 0))"
        )
    if parts:
        where.append(f"c.id IN ({' INTERSECT '.join(parts)})")
    way = "DESC" if descending else "ASC"
    base = f"SELECT c.id FROM contact c WHERE {' AND '.join(where)}"
    if sort is ContactSort.NAME:
        order = [f"{base} ORDER BY c.name_key {way}, c.id {way}"]
    else:
        order = [
            f"{base} AND c.organisation_key > '' "
            f"ORDER BY c.organisation_key {way}, c.name_key {way}, c.id {way}",
            f"{base} AND c.organisation_key = '' ORDER BY c.name_key {way}, c.id {way}",
        ]
    return [row[0] for sql in order for row in rows(sql, params)]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(person, min_size=1, max_size=14),
    queries=st.lists(query, min_size=1, max_size=4),
    trash_organisation=st.booleans(),
)
def test_search_and_sort_give_the_plain_queries_rows_in_order(
    people: list[dict[str, Any]], queries: list[list[str]], trash_organisation: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder) / "data", clock=FixedClock())
        try:
            contacts = workspace.contacts
            made = [
                contacts.create(
                    ContactDraft(
                        first_name=p["first"],
                        last_name=p["last"],
                        organisation=p["organisation"],
                        notes=p["notes"],
                    )
                )
                for p in people
            ]
            trashed = [c.id for c, p in zip(made, people, strict=True) if p["trashed"]]
            if trashed:
                workspace.trash.trash(RecordKind.CONTACT, trashed)
            organisation = next((c.organisation_id for c in made if c.organisation_id), None)
            if trash_organisation and organisation is not None:
                workspace.trash.trash(RecordKind.ORGANISATION, [organisation])
            for words in [[""], *queries]:
                text = " ".join(words)
                for sort in (ContactSort.NAME, ContactSort.ORGANISATION):
                    for descending in (False, True):
                        found = contacts.search_ids(text, sort, descending=descending)
                        assert found == plain_search_ids(text, sort, descending), (text, sort)
        finally:
            workspace.close()


def test_ids_keeps_the_order_and_values_of_the_rows(workspace: Workspace) -> None:
    sql = "SELECT column1 FROM (VALUES (3), (1), (2), (NULL), (1)) ORDER BY 1 DESC"
    assert ids(sql) == [row[0] for row in rows(sql)] == [3, 2, 1, 1, None]
    assert ids("SELECT 1 WHERE 0") == []

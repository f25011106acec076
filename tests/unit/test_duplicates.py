"""Proposing likely duplicate pairs, and combining two people's fields."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.duplicates import (
    MAX_GROUP,
    SAME_NAME_WITHOUT_ORGANISATION,
    STRENGTH,
    Candidate,
    MatchReason,
    PersonDetails,
    combine_details,
    combine_notes,
    edit_distance,
    is_initial_of,
    missing_values,
    pair_key,
    phone_key,
    propose_pairs,
)


def person(
    contact_id: int,
    first: str,
    last: str,
    org: str = "",
    linkedin: str = "",
    emails: tuple[str, ...] = (),
) -> Candidate:
    return Candidate.of(contact_id, first, last, org, linkedin, emails)


def reasons_of(*people: Candidate) -> dict[tuple[int, int], tuple[MatchReason, ...]]:
    return {(p.first_id, p.second_id): p.reasons for p in propose_pairs(people)}


def test_same_linkedin_profile_is_the_strongest_reason() -> None:
    found = propose_pairs(
        [
            person(1, "Anna", "Berg", linkedin="https://www.linkedin.com/in/anna"),
            person(2, "Ann", "Bergh", org="Museum", linkedin="https://www.linkedin.com/in/anna"),
        ]
    )
    assert [(p.first_id, p.second_id, p.reason, p.strength) for p in found] == [
        (1, 2, MatchReason.SAME_LINKEDIN, 100)
    ]


def test_same_email_ignores_case() -> None:
    assert reasons_of(
        person(1, "Anna", "Berg", emails=("Anna@Example.org",)),
        person(2, "Someone", "Else", emails=(" anna@example.ORG",)),
    ) == {(1, 2): (MatchReason.SAME_EMAIL,)}


def test_same_folded_name_at_one_organisation() -> None:
    found = propose_pairs([person(1, "Zoë", "Müller", "acme"), person(2, "zoe", "MULLER", "acme")])
    assert [(p.reason, p.strength) for p in found] == [
        (MatchReason.SAME_NAME, STRENGTH[MatchReason.SAME_NAME])
    ]


def test_same_name_where_one_has_no_organisation_is_weaker() -> None:
    found = propose_pairs([person(1, "Jan", "Smit", "acme"), person(2, "Jan", "Smit")])
    assert [(p.reason, p.strength) for p in found] == [
        (MatchReason.SAME_NAME, SAME_NAME_WITHOUT_ORGANISATION)
    ]


def test_same_name_at_two_different_organisations_is_not_proposed() -> None:
    assert reasons_of(person(1, "Jan", "Smit", "acme"), person(2, "Jan", "Smit", "globex")) == {}


def test_initial_and_full_first_name_at_one_organisation() -> None:
    assert reasons_of(
        person(1, "J.", "Smit", "acme"),
        person(2, "Jan", "Smit", "acme"),
        person(3, "J.P.", "de Vries", "acme"),
        person(4, "Jan-Pieter", "de Vries", "acme"),
        person(5, "K.", "Smit", "acme"),
    ) == {(1, 2): (MatchReason.INITIAL,), (3, 4): (MatchReason.INITIAL,)}


def test_first_and_last_name_swapped() -> None:
    assert reasons_of(person(1, "Smit", "Jan", "acme"), person(2, "Jan", "Smit", "acme")) == {
        (1, 2): (MatchReason.SWAPPED_NAMES,)
    }


def test_names_a_typo_apart_at_one_organisation() -> None:
    found = propose_pairs(
        [
            person(1, "Johanna", "Bakker", "acme"),
            person(2, "Johana", "Bakker", "acme"),  # one letter
            person(3, "Marieke", "Jansen", "acme"),
            person(4, "Marieke", "Janssen", "acme"),  # one letter, last name
            person(5, "Ewa", "Nowak", "acme"),
            person(6, "Eva", "Nowak", "acme"),  # short names: one letter
            person(7, "Ewa", "Nowak", "globex"),  # elsewhere: a different person
            person(8, "Anna", "Berg", "acme"),
            person(9, "Olga", "Berg", "acme"),  # too far apart
        ]
    )
    assert {(p.first_id, p.second_id): p.reason for p in found} == {
        (1, 2): MatchReason.SIMILAR_NAME,
        (3, 4): MatchReason.SIMILAR_NAME,
        (5, 6): MatchReason.SIMILAR_NAME,
    }


def test_several_reasons_add_up_and_sort_strongest_first() -> None:
    found = propose_pairs(
        [
            person(1, "Jan", "Smit", "acme"),
            person(2, "Jan", "Smit", "acme"),
            person(3, "Anna", "Berg", "acme", emails=("a@example.org",)),
            person(4, "Anna", "Berg", "acme", emails=("a@example.org",)),
            person(5, "Piet", "Klaver", linkedin="https://www.linkedin.com/in/piet"),
            person(6, "P.", "Klaver", linkedin="https://www.linkedin.com/in/piet"),
        ]
    )
    assert [(p.first_id, p.second_id) for p in found] == [(3, 4), (5, 6), (1, 2)]
    assert found[0].reasons == (MatchReason.SAME_EMAIL, MatchReason.SAME_NAME)
    assert found[0].strength == 100


def test_dismissed_pairs_are_left_out() -> None:
    people = [person(1, "Jan", "Smit", "acme"), person(2, "Jan", "Smit", "acme")]
    assert propose_pairs(people, {pair_key(2, 1)}) == []


def test_a_key_shared_by_many_says_nothing() -> None:
    shared = [person(n, f"P{n}", "X", emails=("info@example.org",)) for n in range(MAX_GROUP + 1)]
    assert propose_pairs(shared) == []


def test_unrelated_people_are_not_proposed() -> None:
    assert reasons_of(person(1, "Anna", "Berg"), person(2, "Bram", "Visser")) == {}


def test_initials() -> None:
    assert is_initial_of("j.", "jan")
    assert is_initial_of("j", "jan")
    assert is_initial_of("j. p.", "jan pieter")
    assert not is_initial_of("k.", "jan")
    assert not is_initial_of("jan", "jan")
    assert not is_initial_of("j.", "j.")


def test_edit_distance_counts_a_swap_of_neighbours_once() -> None:
    assert edit_distance("jansen", "jasnen", 2) == 1
    assert edit_distance("anna", "anna", 1) == 0
    assert edit_distance("bakker", "backer", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


names = st.text(alphabet="abcde", max_size=8)


@settings(max_examples=200, deadline=None)
@given(names, names)
def test_edit_distance_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert edit_distance(a, b, 2) == edit_distance(b, a, 2)
    assert (edit_distance(a, b, 2) == 0) == (a == b)
    assert edit_distance(a, b, 2) <= 3


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Jan", "J.", "Jna", "Anna"]), st.sampled_from(["Smit", "Jan"])),
        max_size=12,
    )
)
def test_pairs_are_ordered_unique_and_never_a_person_with_themselves(
    names_list: list[tuple[str, str]],
) -> None:
    found = propose_pairs(person(n, f, last, "acme") for n, (f, last) in enumerate(names_list))
    keys = [(p.first_id, p.second_id) for p in found]
    assert len(keys) == len(set(keys))
    assert all(a < b for a, b in keys)
    assert [p.strength for p in found] == sorted((p.strength for p in found), reverse=True)


def details(**changes: object) -> PersonDetails:
    base: dict[str, object] = {
        "first_name": "",
        "last_name": "",
        "organisation_id": None,
        "organisation_key": "",
        "position": "",
        "linkedin_url": "",
        "how_met": "",
        "first_met": None,
        "met_through_id": None,
        "relevance": 0,
        "tags": (),
        "notes": "",
        "cadence_days": None,
        "snoozed_until": None,
    }
    base.update(changes)
    return PersonDetails(**base)  # type: ignore[arg-type]


def test_combined_details_keep_the_kept_values_and_fill_the_gaps() -> None:
    kept = details(
        first_name="J.",
        last_name="Smit",
        position="Curator",
        first_met=date(2024, 5, 1),
        relevance=1,
        tags=("museum", "Leiden"),
        notes="Met at the fair.",
    )
    other = details(
        first_name="Jan",
        last_name="Smit",
        organisation_id=4,
        organisation_key="acme",
        position="Archivist",
        how_met="Alumni day",
        first_met=date(2023, 1, 9),
        relevance=3,
        tags=("leiden", "alumni"),
        notes="Likes jazz.",
        cadence_days=30,
    )
    combined = combine_details(kept, other, kept_id=1, other_id=2)
    assert combined == details(
        first_name="Jan",  # initials give way to the full name
        last_name="Smit",
        organisation_id=4,
        organisation_key="acme",
        position="Curator",
        how_met="Alumni day",
        first_met=date(2023, 1, 9),
        relevance=3,
        tags=("museum", "Leiden", "alumni"),
        notes="Met at the fair.\n\n---\n\nLikes jazz.",
        cadence_days=30,
    )


def test_nobody_is_introduced_by_themselves() -> None:
    kept = details(first_name="A", met_through_id=2)
    other = details(first_name="B", met_through_id=7)
    assert combine_details(kept, other, kept_id=1, other_id=2).met_through_id == 7
    other = details(first_name="B", met_through_id=1)
    assert combine_details(kept, other, kept_id=1, other_id=2).met_through_id is None


def test_notes_are_not_repeated() -> None:
    assert combine_notes("Same", "Same") == "Same"
    assert combine_notes("", "Theirs") == "Theirs"
    assert combine_notes("Mine", "  ") == "Mine"


def test_missing_values_compare_by_key() -> None:
    assert missing_values(["+31 6 1234 5678"], ["+31612345678", "010-1234"], phone_key) == (
        "010-1234",
    )

"""The Qt-free, ORM-free domain: text folding, normalising, validation, referral
chains and the clock's text format."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.clock import (
    FixedClock,
    date_from_text,
    date_to_text,
    from_iso,
    maybe_from_iso,
    maybe_to_iso,
    to_iso,
)
from netdesk.domain.contacts import (
    MAX_CADENCE_DAYS,
    ContactDraft,
    Relevance,
    display_name,
    name_key,
    normalise_contact,
    validate_contact,
)
from netdesk.domain.conversations import (
    ConversationDraft,
    ReferralDraft,
    normalise_conversation,
    validate_conversation,
)
from netdesk.domain.errors import ErrorCode, FieldError, ValidationError
from netdesk.domain.organisations import (
    OrganisationDraft,
    normalise_organisation,
    organisation_key,
    validate_organisation,
)
from netdesk.domain.promises import (
    Promise,
    PromiseDirection,
    PromiseDraft,
    normalise_promise,
    validate_promise,
)
from netdesk.domain.referrals import ReferralNode, chain_upwards, tree_downwards
from netdesk.domain.text import _LETTERS as FOLD_LETTERS
from netdesk.domain.text import clean_block, clean_line, fold, split_lines, split_tags, storable
from netdesk.domain.validation import MAX_LINE, MAX_NOTES

WHEN = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)


def codes(errors: list[FieldError]) -> list[tuple[str, ErrorCode, int | None]]:
    return [(e.field, e.code, e.index) for e in errors]


def checked_contact(**fields: object) -> list[FieldError]:
    draft = normalise_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    return validate_contact(draft)


# fold and friends ------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("zoe muller", "Zoë Müller"),
        ("ZOE MULLER", "Zoë Müller"),
        ("Zoë Müller", "zoe muller"),
        ("  zoe \t  muller\n", "Zoë Müller"),
        ("francois", "François"),
        ("jose", "JOSÉ"),
        ("strasse", "Straße"),
        ("angstrom", "Ångström"),
        ("dvorak", "Dvořák"),
    ],
)
def test_fold_matches_across_case_accents_and_spacing(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_result_is_lowercase_unaccented_single_spaced() -> None:
    assert fold("  Zoë   MÜLLER\t") == "zoe muller"
    assert fold("") == ""
    assert fold(" \n\t ") == ""


def test_fold_keeps_different_names_apart() -> None:
    assert fold("Muller") != fold("Mueller")
    assert fold("Anna") != fold("Anne")
    assert fold("van Dijk") != fold("vandijk")


def test_fold_keeps_letters_without_an_ascii_form() -> None:
    # Not every script decomposes into ASCII; folding must not lose the text.
    assert fold("محمد") == "محمد"
    assert fold("Алёна") == fold("АЛЕНА")


def test_fold_maps_letters_with_a_built_in_accent() -> None:
    # No Unicode decomposition: typed as plain letters all the same.
    assert fold("Søren Łukasz Đorđe Ærø Œuvre") == "soren lukasz dorde aero oeuvre"


def test_clean_line_trims_and_collapses_inner_whitespace() -> None:
    assert clean_line("  Jan \t de   Vries \n") == "Jan de Vries"
    assert clean_line("") == ""
    assert clean_line(" \n ") == ""
    assert clean_line("Keep Case") == "Keep Case"


def test_clean_block_normalises_line_ends_and_strips_blank_edges() -> None:
    text = "\r\n\n  indented stays  \r\nsecond   \rthird\n\n\n  \n"
    assert clean_block(text) == "  indented stays\nsecond\nthird"


def test_clean_block_keeps_blank_lines_inside() -> None:
    assert clean_block("one\n\n\ntwo") == "one\n\n\ntwo"
    assert clean_block("") == ""
    assert clean_block("\n\n") == ""


def test_split_lines_trims_drops_empties_and_case_duplicates_keeping_order() -> None:
    assert split_lines(" b@x.org \n\nA@x.org\r\nB@X.ORG\n  \na@x.org") == ("b@x.org", "A@x.org")
    assert split_lines("") == ()


def test_split_tags_accepts_commas_semicolons_and_lines() -> None:
    assert split_tags("museum, Leiden; alumni,, MUSEUM ;\nart") == (
        "museum",
        "Leiden",
        "alumni",
        "art",
    )
    assert split_tags(" , ; ") == ()


# Contacts --------------------------------------------------------------------


def test_normalise_contact_trims_every_line_field() -> None:
    draft = normalise_contact(
        ContactDraft(
            first_name="  Zoë ",
            last_name=" van   Dijk ",
            organisation=" ACME   b.v. ",
            position="  Curator\t",
            how_met=" at the   museum ",
            notes="\n\n  first line  \nsecond  \n\n",
            tags=(" art ", "", "Art", " leiden"),
            phones=(" +31 20 123 4567 ", "   "),
        )
    )
    assert draft.first_name == "Zoë"
    assert draft.last_name == "van Dijk"
    assert draft.organisation == "ACME b.v."
    assert draft.position == "Curator"
    assert draft.how_met == "at the museum"
    assert draft.notes == "  first line\nsecond"
    assert draft.tags == ("art", "leiden")
    assert draft.phones == ("+31 20 123 4567",)


def test_normalise_contact_adds_https_to_links_and_linkedin() -> None:
    draft = normalise_contact(
        ContactDraft(
            first_name="A",
            linkedin_url=" linkedin.com/in/zoe ",
            links=(" example.org/about ", "http://plain.example.org", "https://ok.example.org"),
        )
    )
    assert draft.linkedin_url == "https://linkedin.com/in/zoe"
    assert draft.links == (
        "https://example.org/about",
        "http://plain.example.org",
        "https://ok.example.org",
    )


def test_normalise_contact_leaves_empty_linkedin_empty() -> None:
    assert normalise_contact(ContactDraft(first_name="A", linkedin_url="  ")).linkedin_url == ""


def test_normalise_contact_drops_duplicate_emails_ignoring_case() -> None:
    draft = normalise_contact(
        ContactDraft(
            first_name="A",
            emails=("Zoe@Example.org", " zoe@example.ORG ", "", "other@example.org"),
        )
    )
    assert draft.emails == ("Zoe@Example.org", "other@example.org")


@pytest.mark.parametrize(("given", "kept"), [(0, None), (None, None), (7, 7)])
def test_normalise_contact_cadence_zero_means_none(given: int | None, kept: int | None) -> None:
    assert normalise_contact(ContactDraft(first_name="A", cadence_days=given)).cadence_days == kept


def test_normalise_contact_is_idempotent() -> None:
    once = normalise_contact(
        ContactDraft(
            first_name=" Zoë ",
            emails=("a@x.org", "A@x.org"),
            links=("example.org",),
            linkedin_url="linkedin.com/in/z",
            notes=" x \n",
        )
    )
    assert normalise_contact(once) == once


@pytest.mark.parametrize(("first", "last"), [("Zoë", ""), ("", "Müller"), ("Zoë", "Müller")])
def test_validate_contact_needs_first_or_last_name(first: str, last: str) -> None:
    assert checked_contact(first_name=first, last_name=last) == []


def test_validate_contact_without_any_name_reports_first_name_required() -> None:
    errors = checked_contact(first_name="   ", last_name="\t", organisation="ACME")
    assert codes(errors) == [("first_name", ErrorCode.REQUIRED, None)]


def test_validate_contact_names_the_bad_email_line() -> None:
    errors = checked_contact(
        first_name="A", emails=("good@example.org", "not-an-email", "two@@x.org", "ok@x.co")
    )
    assert codes(errors) == [
        ("emails", ErrorCode.INVALID_EMAIL, 1),
        ("emails", ErrorCode.INVALID_EMAIL, 2),
    ]
    assert [e.value for e in errors] == ["not-an-email", "two@@x.org"]


def test_validate_contact_names_the_bad_phone_line() -> None:
    errors = checked_contact(
        first_name="A",
        phones=("+31 (0)20-123 4567", "1234", "call me", "020 123 4567 ext. 12"),
    )
    assert codes(errors) == [
        ("phones", ErrorCode.INVALID_PHONE, 1),
        ("phones", ErrorCode.INVALID_PHONE, 2),
    ]


def test_validate_contact_names_the_bad_link_line() -> None:
    errors = checked_contact(
        first_name="A",
        links=("example.org", "ftp://files.example.org", "https://exa mple.org", "mailto:a@b.org"),
    )
    assert codes(errors) == [
        ("links", ErrorCode.INVALID_URL, 1),
        ("links", ErrorCode.INVALID_URL, 2),
        ("links", ErrorCode.INVALID_URL, 3),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/zoe",
        "https://nl.linkedin.com/in/zoe",
        "linkedin.com/in/zoe",
        "HTTPS://WWW.LINKEDIN.COM/in/zoe",
    ],
)
def test_validate_contact_accepts_linkedin_hosts(url: str) -> None:
    assert checked_contact(first_name="A", linkedin_url=url) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://linkedin.com.evil.example/in/zoe",
        "https://notlinkedin.com/in/zoe",
        "https://example.org/linkedin.com",
        "ftp://linkedin.com/in/zoe",
    ],
)
def test_validate_contact_rejects_other_hosts_as_linkedin(url: str) -> None:
    errors = checked_contact(first_name="A", linkedin_url=url)
    assert codes(errors) == [("linkedin_url", ErrorCode.INVALID_LINKEDIN_URL, None)]


@pytest.mark.parametrize(
    "field", ["first_name", "last_name", "organisation", "position", "how_met"]
)
def test_validate_contact_line_fields_have_a_length_limit(field: str) -> None:
    fields: dict[str, object] = {"first_name": "A", field: "x" * MAX_LINE}
    assert checked_contact(**fields) == []
    fields[field] = "x" * (MAX_LINE + 1)
    errors = checked_contact(**fields)
    assert codes(errors) == [(field, ErrorCode.TOO_LONG, None)]
    assert errors[0].limit == MAX_LINE


def test_validate_contact_notes_have_a_length_limit() -> None:
    assert checked_contact(first_name="A", notes="n" * MAX_NOTES) == []
    errors = checked_contact(first_name="A", notes="n" * (MAX_NOTES + 1))
    assert codes(errors) == [("notes", ErrorCode.TOO_LONG, None)]
    assert errors[0].limit == MAX_NOTES


def test_validate_contact_names_the_too_long_tag() -> None:
    errors = checked_contact(first_name="A", tags=("ok", "t" * (MAX_LINE + 1)))
    assert codes(errors) == [("tags", ErrorCode.TOO_LONG, 1)]


def test_validate_contact_refuses_a_linkedin_url_longer_than_a_line() -> None:
    url = "https://www.linkedin.com/in/" + "z" * 100_000
    errors = checked_contact(first_name="A", linkedin_url=url)
    assert codes(errors) == [("linkedin_url", ErrorCode.TOO_LONG, None)]
    assert errors[0].limit == MAX_LINE
    assert len(errors[0].value) <= 40


@pytest.mark.parametrize(
    ("field", "long_value"),
    [
        ("emails", "a" * 100_000 + "@example.org"),
        ("phones", "+31 " + "-" * 100_000 + " 20 555 0100"),
        ("links", "https://example.org/" + "x" * 100_000),
    ],
)
def test_validate_contact_names_the_too_long_line_of_a_list(field: str, long_value: str) -> None:
    good = {"emails": "a@example.org", "phones": "+31 20 555 0100", "links": "https://a.example"}
    errors = checked_contact(first_name="A", **{field: (good[field], long_value)})
    assert codes(errors) == [(field, ErrorCode.TOO_LONG, 1)]
    assert errors[0].limit == MAX_LINE
    assert len(errors[0].value) <= 40


@pytest.mark.parametrize("cadence", [1, 30, MAX_CADENCE_DAYS])
def test_validate_contact_cadence_in_range(cadence: int) -> None:
    assert checked_contact(first_name="A", cadence_days=cadence) == []


@pytest.mark.parametrize("cadence", [-1, MAX_CADENCE_DAYS + 1])
def test_validate_contact_cadence_out_of_range(cadence: int) -> None:
    errors = checked_contact(first_name="A", cadence_days=cadence)
    assert codes(errors) == [("cadence_days", ErrorCode.OUT_OF_RANGE, None)]
    assert errors[0].limit == MAX_CADENCE_DAYS


def test_validate_contact_refuses_met_through_themselves() -> None:
    draft = normalise_contact(ContactDraft(first_name="A", met_through_id=7))
    assert codes(validate_contact(draft, contact_id=7)) == [
        ("met_through", ErrorCode.SELF_REFERENCE, None)
    ]
    assert validate_contact(draft, contact_id=8) == []
    assert validate_contact(draft) == []  # a new contact has no id to clash with


def test_validate_contact_reports_every_problem_in_form_order() -> None:
    errors = checked_contact(
        emails=("bad",),
        phones=("nope",),
        linkedin_url="https://example.org/in/x",
        cadence_days=MAX_CADENCE_DAYS + 5,
    )
    assert [e.field for e in errors] == [
        "first_name",
        "emails",
        "phones",
        "linkedin_url",
        "cadence_days",
    ]


def test_contact_names_and_sort_key() -> None:
    assert display_name("Zoë", "Müller") == "Zoë Müller"
    assert display_name("", "Müller") == "Müller"
    assert display_name("Zoë", "") == "Zoë"
    assert name_key("Jan", "van Dijk") == name_key("JAN", "Van  Dijk")
    assert name_key("Zoë", "Aalders") < name_key("Adam", "Zwart")  # last name first


def test_relevance_orders_from_unset_to_high() -> None:
    assert sorted([Relevance.HIGH, Relevance.UNSET, Relevance.LOW, Relevance.MEDIUM]) == [
        Relevance.UNSET,
        Relevance.LOW,
        Relevance.MEDIUM,
        Relevance.HIGH,
    ]


def test_validation_error_carries_field_errors() -> None:
    errors = [
        FieldError("first_name", ErrorCode.REQUIRED),
        FieldError("emails", ErrorCode.INVALID_EMAIL, "x", 2),
    ]
    exc = ValidationError(errors)
    assert exc.errors == errors
    assert "first_name: required" in str(exc)
    assert "emails: invalid_email" in str(exc)


# Organisations ---------------------------------------------------------------


def test_organisation_key_ignores_case_accents_and_spacing() -> None:
    assert organisation_key("ACME  b.v.") == organisation_key("Acme B.V.")
    assert organisation_key("Société Générale") == organisation_key("societe generale")
    assert organisation_key("ACME") != organisation_key("ACME B.V.")


def test_normalise_organisation_trims_and_adds_scheme() -> None:
    draft = normalise_organisation(
        OrganisationDraft(
            name="  Acme   B.V. ",
            sector=" museums ",
            website=" acme.example.org ",
            location=" Leiden ",
            culture_notes="\n informal \n\n",
            notes="  ",
        )
    )
    assert draft.name == "Acme B.V."
    assert draft.sector == "museums"
    assert draft.website == "https://acme.example.org"
    assert draft.location == "Leiden"
    assert draft.culture_notes == " informal"
    assert draft.notes == ""


def test_validate_organisation_requires_name() -> None:
    errors = validate_organisation(normalise_organisation(OrganisationDraft(name="  ")))
    assert codes(errors) == [("name", ErrorCode.REQUIRED, None)]


def test_validate_organisation_checks_website_and_lengths() -> None:
    draft = normalise_organisation(
        OrganisationDraft(
            name="Acme",
            website="https://not a host",
            location="l" * (MAX_LINE + 1),
            positions_notes="p" * (MAX_NOTES + 1),
        )
    )
    assert codes(validate_organisation(draft)) == [
        ("website", ErrorCode.INVALID_URL, None),
        ("location", ErrorCode.TOO_LONG, None),
        ("positions_notes", ErrorCode.TOO_LONG, None),
    ]


def test_validate_organisation_accepts_a_full_draft() -> None:
    draft = normalise_organisation(
        OrganisationDraft(name="Acme", sector="Tech", website="acme.example.org", is_target=True)
    )
    assert validate_organisation(draft) == []


# Conversations ---------------------------------------------------------------


def test_normalise_conversation_cleans_text_and_referrals() -> None:
    draft = normalise_conversation(
        ConversationDraft(
            contact_id=1,
            occurred_at=WHEN,
            topics="  career   switch ",
            notes="\n\nnotes  \n",
            how_helped=" intro \n",
            referrals=(
                ReferralDraft(contact_id=2, note="  ask   about jobs "),
                ReferralDraft(contact_id=2, note="duplicate"),
                ReferralDraft(new_contact_name="   "),
                ReferralDraft(new_contact_name="  Ann   de Wit "),
                ReferralDraft(contact_id=3),
            ),
        )
    )
    assert draft.topics == "career switch"
    assert draft.notes == "notes"
    assert draft.how_helped == " intro"
    assert draft.referrals == (
        ReferralDraft(contact_id=2, note="ask about jobs"),
        ReferralDraft(new_contact_name="Ann de Wit"),
        ReferralDraft(contact_id=3),
    )


def test_validate_conversation_requires_a_contact() -> None:
    draft = normalise_conversation(ConversationDraft(contact_id=None, occurred_at=WHEN))
    assert codes(validate_conversation(draft)) == [("contact", ErrorCode.REQUIRED, None)]


def test_validate_conversation_refuses_referring_to_themselves() -> None:
    draft = normalise_conversation(
        ConversationDraft(
            contact_id=5,
            occurred_at=WHEN,
            referrals=(ReferralDraft(contact_id=6), ReferralDraft(contact_id=5)),
        )
    )
    assert codes(validate_conversation(draft)) == [("referrals", ErrorCode.SELF_REFERENCE, 1)]


def test_validate_conversation_checks_lengths() -> None:
    draft = normalise_conversation(
        ConversationDraft(
            contact_id=5,
            occurred_at=WHEN,
            topics="t" * (MAX_LINE + 1),
            notes="n" * (MAX_NOTES + 1),
            how_helped="h" * (MAX_NOTES + 1),
            referrals=(
                ReferralDraft(new_contact_name="ok"),
                ReferralDraft(new_contact_name="x" * (MAX_LINE + 1)),
            ),
        )
    )
    assert codes(validate_conversation(draft)) == [
        ("topics", ErrorCode.TOO_LONG, None),
        ("notes", ErrorCode.TOO_LONG, None),
        ("referrals", ErrorCode.TOO_LONG, 1),
        ("how_helped", ErrorCode.TOO_LONG, None),
    ]


def test_conversation_draft_validates_clean() -> None:
    draft = normalise_conversation(
        ConversationDraft(contact_id=1, occurred_at=WHEN, referrals=(ReferralDraft(contact_id=2),))
    )
    assert validate_conversation(draft) == []


# Promises --------------------------------------------------------------------


def test_normalise_promise_trims_description() -> None:
    draft = normalise_promise(PromiseDraft(contact_id=1, description="  send   the CV "))
    assert draft.description == "send the CV"


def test_validate_promise_requires_contact_and_description() -> None:
    draft = normalise_promise(PromiseDraft(contact_id=None, description="   "))
    assert codes(validate_promise(draft)) == [
        ("contact", ErrorCode.REQUIRED, None),
        ("description", ErrorCode.REQUIRED, None),
    ]


def test_validate_promise_limits_description() -> None:
    assert validate_promise(PromiseDraft(contact_id=1, description="d" * MAX_LINE)) == []
    draft = PromiseDraft(contact_id=1, description="d" * (MAX_LINE + 1))
    assert codes(validate_promise(draft)) == [("description", ErrorCode.TOO_LONG, None)]


def test_promise_overdue_only_when_open_and_past_due() -> None:
    def promise(due: date | None, done_at: datetime | None) -> Promise:
        return Promise(
            id=1,
            uuid="u",
            contact_id=1,
            contact_name="A",
            direction=PromiseDirection.MINE,
            description="d",
            due_on=due,
            done_at=done_at,
            conversation_id=None,
            created_at=WHEN,
            updated_at=WHEN,
        )

    today = date(2026, 3, 10)
    assert promise(date(2026, 3, 9), None).is_overdue(today)
    assert not promise(date(2026, 3, 10), None).is_overdue(today)
    assert not promise(None, None).is_overdue(today)
    assert not promise(date(2026, 3, 1), WHEN).is_overdue(today)
    assert promise(None, WHEN).is_done
    assert promise(None, WHEN).to_draft().done


# Referral chains -------------------------------------------------------------


def lookup(edges: dict[int, Sequence[int]]):  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def get(contact_id: int) -> Sequence[int]:
        calls.append(contact_id)
        return edges.get(contact_id, ())

    get.calls = calls  # type: ignore[attr-defined]
    return get


def test_chain_upwards_follows_referrers_nearest_first() -> None:
    # A (1) referred me to B (2), who referred me to C (3).
    referrers = lookup({3: [2], 2: [1]})
    assert chain_upwards(3, referrers) == [2, 1]
    assert chain_upwards(1, referrers) == []


def test_chain_upwards_stops_on_a_cycle() -> None:
    # A -> B -> A: they referred each other.
    assert chain_upwards(2, lookup({2: [1], 1: [2]})) == [1]
    assert chain_upwards(1, lookup({1: [1]})) == []  # a self-loop is no chain
    assert chain_upwards(3, lookup({3: [2], 2: [1], 1: [3]})) == [2, 1]


def test_chain_upwards_with_several_referrers_takes_the_first_new_one() -> None:
    assert chain_upwards(4, lookup({4: [2, 3], 2: [1]})) == [2, 1]
    # The first referrer is already in the chain: the next one is followed.
    assert chain_upwards(3, lookup({3: [2], 2: [3, 1]})) == [2, 1]


def test_chain_upwards_is_depth_limited() -> None:
    line = {n: [n - 1] for n in range(1, 50)}  # 49 <- 48 <- ... <- 0
    assert chain_upwards(49, lookup(line)) == [48, 47, 46, 45, 44, 43, 42, 41]
    assert chain_upwards(49, lookup(line), max_depth=2) == [48, 47]
    assert chain_upwards(49, lookup(line), max_depth=0) == []


def test_tree_downwards_builds_nested_nodes() -> None:
    referred = lookup({1: [2, 3], 2: [4], 4: [5]})
    assert tree_downwards(1, referred) == [
        ReferralNode(2, (ReferralNode(4, (ReferralNode(5),)),)),
        ReferralNode(3),
    ]
    assert tree_downwards(3, referred) == []


def test_tree_downwards_survives_cycles() -> None:
    # A -> B -> A, and B -> C -> A
    referred = lookup({1: [2], 2: [1, 3], 3: [1, 2]})
    assert tree_downwards(1, referred) == [ReferralNode(2, (ReferralNode(3),))]


def test_tree_downwards_shows_each_person_once() -> None:
    # C was referred by both A's direct referrals B and D: shown under the first.
    referred = lookup({1: [2, 4], 2: [3], 4: [3, 5]})
    tree = tree_downwards(1, referred)
    assert tree == [
        ReferralNode(2, (ReferralNode(3),)),
        ReferralNode(4, (ReferralNode(5),)),
    ]


def test_tree_downwards_is_depth_limited() -> None:
    line = {n: [n + 1] for n in range(100)}
    referred = lookup(line)
    tree = tree_downwards(0, referred)
    depth = 0
    nodes = tree
    while nodes:
        depth += 1
        assert len(nodes) == 1
        nodes = list(nodes[0].children)
    assert depth == 3
    assert referred.calls == [0, 1, 2]  # type: ignore[attr-defined]
    assert tree_downwards(0, lookup(line), max_depth=1) == [ReferralNode(1)]
    assert tree_downwards(0, lookup(line), max_depth=0) == []


# Clock -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 27, 9, 25, 12, tzinfo=UTC),
        datetime(2026, 11, 27, 9, 25, 12, 123456, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=-9, minutes=-30))),
    ],
)
def test_iso_round_trip(moment: datetime) -> None:
    text = to_iso(moment)
    back = from_iso(text)
    assert back == moment
    assert back.tzinfo is UTC


def test_iso_text_is_fixed_width_utc() -> None:
    assert to_iso(datetime(2026, 11, 27, 9, 25, 12, tzinfo=UTC)) == "2026-11-27T09:25:12.000000Z"
    assert (
        to_iso(datetime(2026, 11, 27, 11, 25, 12, 5, tzinfo=timezone(timedelta(hours=2))))
        == "2026-11-27T09:25:12.000005Z"
    )
    texts = [
        to_iso(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(microseconds=n * 987_654_321))
        for n in range(50)
    ]
    assert {len(t) for t in texts} == {27}
    assert texts == sorted(texts)  # text order is time order


def test_to_iso_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_iso(datetime(2026, 1, 1, 12, 0))  # noqa: DTZ001


def test_from_iso_refuses_other_formats() -> None:
    with pytest.raises(ValueError, match="does not match format"):
        from_iso("2026-01-01 12:00:00")
    with pytest.raises(ValueError, match="does not match format"):
        from_iso("2026-01-01T12:00:00.000000+01:00")


def test_optional_time_and_date_helpers() -> None:
    assert maybe_to_iso(None) is None
    assert maybe_from_iso(None) is None
    assert maybe_from_iso(maybe_to_iso(WHEN)) == WHEN
    assert date_to_text(None) is None
    assert date_to_text(date(2026, 2, 3)) == "2026-02-03"
    assert date_from_text("2026-02-03") == date(2026, 2, 3)
    assert date_from_text("") is None
    assert date_from_text(None) is None


def test_fixed_clock_stands_still_until_advanced() -> None:
    clock = FixedClock(WHEN)
    assert clock.now() == clock.now() == WHEN
    clock.advance(timedelta(minutes=5))
    assert clock.now() == WHEN + timedelta(minutes=5)
    assert FixedClock().now().tzinfo is not None


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folds_ascii_text_exactly_as_the_general_path_does(text: str) -> None:
    """The ASCII fast path is an optimisation only: the same keys as before."""
    assert fold(text) == _fold_whole(text)


def test_a_tag_holding_a_separator_is_several_tags_from_the_start() -> None:
    from netdesk.domain.contacts import ContactDraft, normalise_contact

    draft = normalise_contact(
        ContactDraft(first_name="Ann", tags=("museum, Leiden; alumni", "Museum"))
    )
    assert draft.tags == ("museum", "Leiden", "alumni")


def _fold_whole(text: str) -> str:
    """fold() as first written: the whole text decomposed at once."""
    decomposed = unicodedata.normalize("NFKD", storable(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.translate(FOLD_LETTERS).split())


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates too
    | st.text(
        # Marks of several combining classes (reordered by NFKD), letters that
        # fold into more than one, Hangul, compatibility forms, surrogates.
        st.sampled_from(
            "aZ ÄåßİıŁøЁёΣςᾳẛ가ᄀ㎏\uff21\u0301\u0308\u0323\u0345\u05b0\u00a0\u2000\ufb01"
            "\ud83d\ude00\ud800"
        ),
        max_size=20,
    )
)
def test_fold_by_character_is_the_same_as_folding_the_whole_text(text: str) -> None:
    # Search indexes hold folded text: a faster fold must not change a key.
    assert fold(text) == _fold_whole(text)


def test_fold_by_character_agrees_on_every_character_of_the_basic_plane() -> None:
    # In order (each mark after its neighbours, surrogates pairing up) and backwards.
    every = "".join(map(chr, range(0x10000)))
    assert fold(every) == _fold_whole(every)
    assert fold(every[::-1]) == _fold_whole(every[::-1])


def test_fold_keeps_a_bounded_table_of_characters() -> None:
    from netdesk.domain.text import _FOLD_CACHE_LIMIT, _FOLDED

    fold("".join(map(chr, range(0x10000, 0x30000))))  # more characters than it keeps
    assert len(_FOLDED) <= _FOLD_CACHE_LIMIT
    assert fold("\U0001d41a\U0001d41b") == "ab"  # bold a and b still fold, kept or not

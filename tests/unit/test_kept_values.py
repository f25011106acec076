"""Emails, phones and web addresses no contact field accepts, kept in the notes
so the rest of the contact imports."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import ContactDraft, normalise_contact, validate_contact
from netdesk.domain.errors import ErrorCode
from netdesk.domain.validation import MAX_LINE, MAX_NOTES
from netdesk.interchange.kept_values import as_written, keep_in_notes


def test_the_line_names_the_kind_of_value_and_keeps_it_as_written() -> None:
    assert (
        as_written("phones", " 1-800-FLOWERS ") == "Phone (as written in the file): 1-800-FLOWERS"
    )
    assert as_written("emails", "x") == "Email (as written in the file): x"
    assert as_written("links", "x") == "Web address (as written in the file): x"


def test_values_the_import_accepts_stay_in_their_fields() -> None:
    draft = ContactDraft(
        first_name="Zoë",
        emails=(" zoe@example.org ", ""),
        phones=("+31 20 555 0100",),
        links=("example.org/about",),  # the import adds https://
        notes="Met at the archive.",
    )
    assert keep_in_notes(draft) is draft


def test_refused_values_move_after_the_notes_in_field_order() -> None:
    draft = ContactDraft(
        first_name="Zoë",
        emails=("zoe@example.org", "zoe at home"),
        phones=("1-800-FLOWERS", "+31 20 555 0100", "+49 1"),
        links=("ftp://files.example.org",),
        notes="Met at the archive.\n",
    )
    kept = keep_in_notes(draft)
    assert kept.emails == ("zoe@example.org",)
    assert kept.phones == ("+31 20 555 0100",)
    assert kept.links == ()
    assert kept.notes == (
        "Met at the archive.\n\n"
        "Email (as written in the file): zoe at home\n"
        "Phone (as written in the file): 1-800-FLOWERS\n"
        "Phone (as written in the file): +49 1\n"
        "Web address (as written in the file): ftp://files.example.org"
    )


def test_a_value_too_long_for_any_field_stays_to_be_reported() -> None:
    draft = ContactDraft(first_name="Zoë", phones=("x" * (MAX_LINE + 1),))
    assert keep_in_notes(draft) is draft


def test_nothing_moves_when_the_notes_would_pass_their_limit() -> None:
    draft = ContactDraft(first_name="Zoë", phones=("+49 1",), notes="n" * (MAX_NOTES - 20))
    assert keep_in_notes(draft) is draft


_values = st.lists(st.text(max_size=20) | st.sampled_from(["a@b.org", "+1 555 0100"]), max_size=4)


@settings(max_examples=150, deadline=None)
@given(_values, _values, _values)
def test_after_moving_no_email_phone_or_link_is_refused(
    emails: list[str], phones: list[str], links: list[str]
) -> None:
    draft = ContactDraft(
        first_name="Zoë", emails=tuple(emails), phones=tuple(phones), links=tuple(links)
    )
    errors = validate_contact(normalise_contact(keep_in_notes(draft)))
    assert [e for e in errors if e.code is not ErrorCode.TOO_LONG] == []

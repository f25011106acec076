"""Hostile text everywhere text comes in: every importer, the JSON backup
reader, and every text field of every record. Each value is kept exactly (as
normalised), or refused with a reason; nothing crashes and nothing is cut
short. Exported CSV never starts a cell with a formula character.

Examples run: every test counts its own into EXAMPLES; the total is printed
at the end of the run (``-s``) and kept as the ``hypothesis_examples``
property of the last test.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.errors import ErrorCode, ValidationError
from netdesk.domain.imports import ImportFileError
from netdesk.domain.meetings import MeetingDraft, OrganisationResearch, Question
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.pitch import PitchText
from netdesk.domain.promises import PromiseDraft
from netdesk.domain.text import clean_block, clean_line, split_tags, storable
from netdesk.domain.validation import MAX_LINE, MAX_NOTES
from netdesk.interchange import formats
from netdesk.interchange.csv_export import FORMULA_STARTS, write_contacts_csv
from netdesk.interchange.json_backup import read_document
from netdesk.services.workspace import Workspace
from netdesk.store.migrations import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES: Counter[str] = Counter()

# Text that has broken programs: markup, formulas, direction overrides,
# combining marks, NUL and other controls, lone surrogates, emoji sequences.
NASTY = (
    '<img src=x onerror="alert(1)">',
    "<b>bold</b> &amp; &lt;",
    "<script>alert('x')</script>",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "e\u0301\u0301\u0301\u20dd",
    "Z\u0351\u0360\u0489a\u0336lgo",
    "nul\x00byte",
    "bell\x07esc\x1b[31m",
    "lone \ud800 surrogate",
    "\udfff",
    "👩🏽‍💻🇳🇱",
    "\ufeffBOM",
    "line\u2028sep\u2029para",
    "'quoted'; \"double\"",
    "%s %d {0} {name}",
    "\\N\\n\\;\\,",
)
ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates included
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(ANY_CHAR, max_size=40),
    st.lists(st.sampled_from(NASTY) | st.text(ANY_CHAR, max_size=8), max_size=5).map("".join),
)


def long_text(limit: int) -> st.SearchStrategy[str]:
    """Text right around a length limit, hostile at the start."""
    return st.tuples(st.sampled_from(NASTY), st.integers(limit - 3, limit + 3)).map(
        lambda pair: (pair[0] + "x" * pair[1])[: pair[1]] if pair[1] > len(pair[0]) else pair[0]
    )


line = st.one_of(hostile, long_text(MAX_LINE))
block = st.one_of(hostile, long_text(MAX_NOTES))


def count(name: str) -> None:
    EXAMPLES[name] += 1


def hypothesis_settings(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def too_long(errors: list[Any]) -> bool:
    return bool(errors) and all(e.code is ErrorCode.TOO_LONG for e in errors)


def kept_or_refused(
    save: Callable[[], str], expected: str, limit: int, length: Callable[[str], int] = len
) -> None:
    """``save`` stores a value and reads it back: it must come back exactly as
    normalised, or (only when too long) be refused with TOO_LONG. ``length``
    measures what the limit applies to (for tags: the longest one)."""
    refused: list[Any] = []
    try:
        got = save()
    except ValidationError as exc:
        refused = exc.errors
    if refused:
        assert length(expected) > limit, (expected[:60], refused)
        assert too_long(refused), refused
    else:
        assert length(expected) <= limit
        assert got == expected


# Every text field of every record -----------------------------------------------------


@hypothesis_settings(60)
@given(value=line, notes=block)
def test_contact_text_is_kept_or_refused(workspace: Workspace, value: str, notes: str) -> None:
    count("contact")
    contacts = workspace.contacts
    anchor = contacts.create(ContactDraft(first_name="Anchor"))
    for field in ("first_name", "last_name", "position", "how_met", "organisation"):

        def save(field: str = field) -> str:
            draft = replace(ContactDraft(first_name="Someone"), **{field: value})
            saved = contacts.get(contacts.update(anchor.id, draft).id)
            return saved.organisation_name if field == "organisation" else getattr(saved, field)

        expected = clean_line(value)
        if field in ("first_name", "organisation") and not expected:
            continue  # an empty first name (with a last one) or no organisation is fine
        kept_or_refused(save, expected, MAX_LINE)
    kept_or_refused(
        lambda: (
            contacts.get(
                contacts.update(anchor.id, ContactDraft(first_name="X", notes=notes)).id
            ).notes
        ),
        clean_block(notes),
        MAX_NOTES,
    )
    if clean_line(value):
        # A tag holding "," or ";" comes back as several tags (they separate tags).
        kept_or_refused(
            lambda: "\n".join(
                contacts.get(
                    contacts.update(anchor.id, ContactDraft(first_name="X", tags=(value,))).id
                ).tags
            ),
            "\n".join(split_tags(clean_line(value))),
            MAX_LINE,
            # Each tag has the limit: a long text of several tags is kept.
            length=lambda tags: max(map(len, tags.split("\n")), default=0),
        )


@hypothesis_settings(30)
@given(value=line, notes=block)
def test_organisation_text_is_kept_or_refused(workspace: Workspace, value: str, notes: str) -> None:
    count("organisation")
    orgs = workspace.organisations
    org = orgs.create(OrganisationDraft(name=f"Org {EXAMPLES['organisation']}"))
    for field in ("sector", "location"):
        kept_or_refused(
            lambda field=field: getattr(
                orgs.update(org.id, replace(org.to_draft(), **{field: value})), field
            ),
            clean_line(value),
            MAX_LINE,
        )
    for field in ("culture_notes", "positions_notes", "availability_notes", "notes", "news_notes"):
        kept_or_refused(
            lambda field=field: getattr(
                orgs.update(org.id, replace(org.to_draft(), **{field: notes})), field
            ),
            clean_block(notes),
            MAX_NOTES,
        )
    if clean_line(value) and not orgs.find_by_name(value):
        kept_or_refused(
            lambda: orgs.update(org.id, replace(org.to_draft(), name=value)).name,
            clean_line(value),
            MAX_LINE,
        )


@hypothesis_settings(30)
@given(value=line, notes=block)
def test_conversation_referral_and_promise_text_is_kept_or_refused(
    workspace: Workspace, value: str, notes: str
) -> None:
    count("conversation")
    person = workspace.contacts.create(ContactDraft(first_name="Talker"))
    talks = workspace.conversations

    def talk(**fields: Any) -> Any:
        draft = ConversationDraft(contact_id=person.id, occurred_at=workspace.clock.now())
        return talks.get(talks.create(replace(draft, **fields)).id)

    kept_or_refused(lambda: talk(topics=value).topics, clean_line(value), MAX_LINE)
    kept_or_refused(lambda: talk(notes=notes).notes, clean_block(notes), MAX_NOTES)
    kept_or_refused(lambda: talk(how_helped=notes).how_helped, clean_block(notes), MAX_NOTES)
    kept_or_refused(
        lambda: (
            talk(referrals=(ReferralDraft(new_contact_name="Referred", note=value),))
            .referrals[0]
            .note
        ),
        clean_line(value),
        MAX_LINE,
    )
    if clean_line(value):
        kept_or_refused(
            lambda: (
                workspace.contacts.get(
                    talk(referrals=(ReferralDraft(new_contact_name=value),))
                    .referrals[0]
                    .referred_id
                ).display_name
            ),
            clean_line(value),
            MAX_LINE,
        )
        kept_or_refused(
            lambda: (
                workspace.promises.get(
                    workspace.promises.create(
                        PromiseDraft(contact_id=person.id, description=value)
                    ).id
                ).description
            ),
            clean_line(value),
            MAX_LINE,
        )


@hypothesis_settings(30)
@given(value=line, notes=block)
def test_pitch_and_meeting_text_is_kept_or_refused(
    workspace: Workspace, value: str, notes: str
) -> None:
    count("pitch_meeting")
    pitches = workspace.pitches
    pitch = pitches.create("Pitch", 30)
    for part in ("who_i_am", "looking_for", "can_offer", "request", "composed"):

        def save(part: str = part) -> str:
            pitches.save_text(pitch.id, replace(PitchText(), **{part: notes}))
            return str(getattr(pitches.get(pitch.id).text, part))

        kept_or_refused(save, storable(notes), MAX_NOTES)
    if clean_line(value):

        def rename() -> str:
            pitches.rename(pitch.id, value)
            return pitches.get(pitch.id).name

        kept_or_refused(rename, clean_line(value), MAX_LINE)

    person = workspace.contacts.create(ContactDraft(first_name="Met"))
    meetings = workspace.meetings
    start = workspace.clock.now() + timedelta(days=1)

    def meet(**fields: Any) -> MeetingDraft:
        draft = MeetingDraft(contact_id=person.id, starts_at=start)
        return meetings.get(meetings.create(replace(draft, **fields)).id).draft

    kept_or_refused(lambda: meet(place=value).place, clean_line(value), MAX_LINE)
    for field in ("purpose", "introduction", "position_research", "person_background"):
        kept_or_refused(
            lambda field=field: getattr(meet(**{field: notes}), field),
            clean_block(notes),
            MAX_NOTES,
        )
    kept_or_refused(
        lambda: meet(research=OrganisationResearch(culture=notes)).research.culture,
        clean_block(notes),
        MAX_NOTES,
    )
    if clean_line(value):
        kept_or_refused(
            lambda: meet(questions=(Question(value),)).questions[0].text,
            clean_line(value),
            MAX_LINE,
        )


# Importers ------------------------------------------------------------------------------


def header_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return next(csv.reader(io.StringIO(text)))


HEADERS = {
    formats.LINKEDIN: ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"],
    formats.GOOGLE: header_of(DATA / "google" / "current.csv"),
    formats.OUTLOOK: header_of(DATA / "outlook" / "outlook.csv"),
}
NAME_COLUMNS = {
    formats.LINKEDIN: ("First Name", "Last Name", "Company", "Position"),
    formats.GOOGLE: ("First Name", "Last Name", "Organization Name", "Notes"),
    formats.OUTLOOK: ("First Name", "Last Name", "Company", "Notes"),
}


def csv_file(format_name: str, values: list[str]) -> bytes:
    header = HEADERS[format_name]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for value in values:
        row = dict.fromkeys(header, "")
        for column in NAME_COLUMNS[format_name]:
            row[column] = value
        row["First Name"] = "Hostile " + value  # a name, so the row is a person
        writer.writerow([row[c] for c in header])
    return storable(out.getvalue()).encode("utf-8")


def vcard_file(values: list[str]) -> bytes:
    cards = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Hostile {v}\r\nN:{v};Hostile;;;\r\nORG:{v}\r\nTITLE:{v}\r\nNOTE:{v}\r\n"
        "END:VCARD\r\n"
        for v in values
    ]
    return "".join(cards).encode("utf-8", "surrogatepass")


def import_all_or_refuse(ws: Workspace, data: bytes, format_name: str) -> None:
    """Read, plan and apply: a file is refused whole (ImportFileError), or each
    row is imported, or reported; nothing crashes and nothing is cut short."""
    try:
        contact_file = formats.read_contacts(data, "hostile", format_name)
    except ImportFileError:
        count("import_refused")
        return
    plan = ws.importing.plan(contact_file)
    result = ws.importing.apply(plan)
    for contact in ws.contacts.get_many(list(result.created_ids)):
        for text in (contact.first_name, contact.last_name, contact.position):
            assert len(text) <= MAX_LINE
            assert "\ufffd" not in text or "\ufffd" in storable(data.decode("utf-8", "replace"))
        assert len(contact.notes) <= MAX_NOTES


@pytest.mark.parametrize("format_name", [formats.LINKEDIN, formats.GOOGLE, formats.OUTLOOK])
@hypothesis_settings(25)
@given(values=st.lists(st.one_of(hostile, long_text(MAX_LINE)), min_size=1, max_size=4))
def test_csv_importers_keep_refuse_or_report_hostile_rows(
    workspace: Workspace, format_name: str, values: list[str]
) -> None:
    count(f"import_{format_name}")
    data = csv_file(format_name, values)
    import_all_or_refuse(workspace, data, format_name)
    contact_file = None
    try:
        contact_file = formats.read_contacts(data, "hostile", format_name)
    except ImportFileError:
        return
    # A row with a value too long is reported, never imported cut short.
    for value in values:
        cleaned = clean_line(value)
        if len(cleaned) > MAX_LINE:
            assert contact_file.problems


@hypothesis_settings(40)
@given(values=st.lists(hostile, min_size=1, max_size=4))
def test_vcard_importer_keeps_refuses_or_reports_hostile_cards(
    workspace: Workspace, values: list[str]
) -> None:
    count("import_vcard")
    import_all_or_refuse(workspace, vcard_file(values), formats.VCARD)


@pytest.mark.parametrize("format_name", [None, *(f.name for f in formats.CONTACT_FORMATS)])
@hypothesis_settings(30)
@given(data=st.binary(max_size=300) | hostile.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_are_read_or_refused(
    workspace: Workspace, format_name: str | None, data: bytes
) -> None:
    count("import_bytes")
    try:
        import_all_or_refuse(workspace, data, format_name)  # type: ignore[arg-type]
    except ImportFileError:
        count("import_refused")


# The JSON backup reader ---------------------------------------------------------------


@pytest.fixture
def backup_document(workspace: Workspace, tmp_path: Path) -> dict[str, Any]:
    workspace.contacts.create(ContactDraft(first_name="Ann", last_name="Backup", notes="n"))
    target = tmp_path / "backup.json"
    workspace.json_backup.export_json(target)
    return dict(json.loads(target.read_text(encoding="utf-8")))


@hypothesis_settings(60)
@given(value=st.one_of(hostile, long_text(MAX_NOTES)))
def test_backup_reader_keeps_or_refuses_hostile_text(
    backup_document: dict[str, Any], value: str
) -> None:
    count("json_backup")
    contact = backup_document["tables"]["contact"]
    notes = contact["columns"].index("notes")
    document = json.loads(json.dumps(backup_document))
    document["tables"]["contact"]["rows"][0][notes] = value
    data = json.dumps(document).encode("utf-8")  # lone surrogates as \\ud800 escapes
    try:
        read = read_document(data, "backup.json", newest_schema=SCHEMA_VERSION)
    except ImportFileError:
        assert storable(value) != value  # only text SQLite cannot hold is refused
        return
    assert read.tables["contact"].rows[0][notes] == value


# Exported CSV ----------------------------------------------------------------------------


@hypothesis_settings(40)
@given(value=hostile)
def test_exported_csv_is_text_whatever_the_cells_hold(workspace: Workspace, value: str) -> None:
    count("csv_export")
    try:
        person = workspace.contacts.create(
            ContactDraft(
                first_name=value or "x",
                last_name=value,
                position=value,
                how_met=value,
                tags=(value,) if clean_line(value) else (),
                notes=value,
                organisation=value,
            )
        )
    except ValidationError:
        return
    data = write_contacts_csv([workspace.contacts.get(person.id)])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith(FORMULA_STARTS), cell
    shown = [
        c[1:] if c.startswith("'") and c[1:].startswith(FORMULA_STARTS) else c for c in rows[1]
    ]
    assert shown[0] == clean_line(value or "x")
    assert shown[12] == clean_block(value)


def test_zz_report_examples(record_property: Callable[[str, object], None]) -> None:
    """Last in the file: how many hypothesis examples ran."""
    total = sum(v for k, v in EXAMPLES.items() if k != "import_refused")
    record_property("hypothesis_examples", total)
    print(f"\nhypothesis examples run: {total} {dict(EXAMPLES)}")

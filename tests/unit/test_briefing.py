"""The pre-meeting briefing without Qt: the pure HTML with hostile text and
names in any script, and BriefingService over a real data file."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from html import escape

import pytest

from netdesk.domain.briefing import (
    Briefing,
    BriefingPerson,
    BriefingQuestion,
    EarlierConversation,
    Introduction,
    Logistics,
    OpenPromise,
    ReferralBranch,
    Research,
)
from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.meetings import (
    REFERRAL_CATEGORY,
    Covered,
    Gap,
    Materials,
    MeetingDraft,
    MeetingKind,
    MeetingStatus,
    OrganisationResearch,
    Question,
)
from netdesk.domain.pitch import PitchText, timing
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.domain.trash import RecordKind
from netdesk.printing.briefing_html import (
    NOTE_LINES,
    TICKED,
    UNTICKED,
    BriefingText,
    briefing_title,
    render_briefing_html,
)
from netdesk.services.briefing import BriefingService
from netdesk.services.demo import build_demo_network
from netdesk.services.meetings import shipped_question_bank
from netdesk.services.workspace import Workspace

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
IMG = '<img src="/some/local/file">'


def when(moment: datetime) -> str:
    return "WHEN " + moment.strftime("%Y-%m-%d %H:%M")


def day(value: date) -> str:
    return "DAY " + value.isoformat()


def briefing(**changes: object) -> Briefing:
    person = BriefingPerson(
        name="Ann Smit",
        position="Registrar",
        organisation="Museum Zuid",
        emails=("ann@example.org",),
        phones=("+31 20 555 0100",),
        linkedin_url="https://www.linkedin.com/in/annsmit",
        how_met="Alumni evening",
        first_met=date(2025, 5, 1),
        referred_by=("Piet", "Zoë"),
        referred_to=(ReferralBranch("Kees", (ReferralBranch("Lotte"),)),),
    )
    base = Briefing(
        meeting_id=1,
        logistics=Logistics(
            starts_at=NOW + timedelta(days=1),
            place="Museumplein 1",
            kind=MeetingKind.NETWORKING_INTERVIEW,
            status=MeetingStatus.PLANNED,
            confirmed=False,
        ),
        person=person,
        earlier=(EarlierConversation(NOW - timedelta(days=40), "Coffee", "Registration work"),),
        promises=(
            OpenPromise(PromiseDirection.THEIRS, "Send the vacancy", date(2026, 3, 1), True),
            OpenPromise(PromiseDirection.MINE, "Share my thesis", date(2026, 3, 5)),
        ),
        research=Research(
            OrganisationResearch(culture="Close-knit", positions="Registrars", news="New wing"),
            position="Collection registrar",
            person_background="Ten years at the museum",
        ),
        purpose="Learn how registration works here",
        introduction=Introduction(
            text="I'm Sanne.\nI register objects.",
            timing=timing("I'm Sanne. I register objects.", 130, 30),
            words_per_minute=130,
            pitch_name="Elevator",
        ),
        questions=(
            BriefingQuestion("What is it like to work here?", "culture"),
            BriefingQuestion(
                "Who else should I talk to?",
                REFERRAL_CATEGORY,
                Covered(NOW - timedelta(days=40), asked_before=True),
            ),
        ),
        materials=Materials(cv=True, business_card=False, route_checked=True, confirmed=False),
        gaps=(Gap.NOT_CONFIRMED, Gap.NO_CV),
        prepared_at=NOW,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def render(b: Briefing, text: BriefingText | None = None) -> str:
    return render_briefing_html(b, text or BriefingText(), when, day)


def with_person(**changes: object) -> Briefing:
    person = briefing().person
    assert person is not None
    return briefing(person=dataclasses.replace(person, **changes))  # type: ignore[arg-type]


# Hostile text ---------------------------------------------------------------------


def test_a_bold_tag_in_a_name_prints_literally() -> None:
    html = render(with_person(name="<b>Ann</b>"))
    assert "&lt;b&gt;Ann&lt;/b&gt;" in html
    assert "<b>Ann</b>" not in html


def test_an_address_in_angle_brackets_is_kept() -> None:
    html = render(with_person(name="Ann <ann@example.org>", emails=("Ann <ann@example.org>",)))
    assert html.count("Ann &lt;ann@example.org&gt;") >= 2
    assert "<ann@example.org>" not in html


def test_an_image_tag_never_becomes_an_image() -> None:
    html = render(
        with_person(name=IMG, position=IMG, organisation=IMG, how_met=IMG, referred_by=(IMG,))
    )
    assert "<img" not in html.lower()
    assert escape(IMG) in html


def _hostile_fields() -> tuple[Briefing, list[str]]:
    """A briefing in which every piece of user text is a distinct tag."""
    markers: list[str] = []

    def tag(field: str) -> str:
        marker = f'<i class="x" id="{field}">{field}&amp;</i>'
        markers.append(marker)
        return marker

    covered = Covered(NOW - timedelta(days=9), asked_before=False, topic=tag("topic"))
    b = briefing(
        logistics=dataclasses.replace(briefing().logistics, place=tag("place")),
        person=BriefingPerson(
            name=tag("name"),
            position=tag("position"),
            organisation=tag("organisation"),
            emails=(tag("email"),),
            phones=(tag("phone"),),
            linkedin_url=tag("linkedin"),
            how_met=tag("how_met"),
            referred_by=(tag("referrer"),),
            referred_to=(ReferralBranch(tag("referred"), (ReferralBranch(tag("onwards")),)),),
        ),
        earlier=(EarlierConversation(NOW, tag("channel"), tag("topics")),),
        promises=(
            OpenPromise(PromiseDirection.THEIRS, tag("theirs")),
            OpenPromise(PromiseDirection.MINE, tag("mine")),
        ),
        research=Research(
            OrganisationResearch(
                tag("culture"), tag("positions"), tag("availability"), tag("news")
            ),
            tag("position_research"),
            tag("background"),
        ),
        purpose=tag("purpose"),
        introduction=Introduction(
            tag("introduction"), timing("a b c", 130, 30), 130, pitch_name=tag("pitch")
        ),
        questions=(BriefingQuestion(tag("question"), "culture", covered),),
    )
    return b, markers


def test_every_piece_of_user_text_is_printed_and_escaped() -> None:
    b, markers = _hostile_fields()
    html = render(b)
    for marker in markers:
        assert escape(marker) in html, marker
        assert marker not in html
    assert "<i class=" not in html
    assert 'id="' not in html


def test_labels_are_escaped_too() -> None:
    text = BriefingText(when="<When>", afterwards_items=("<script>alert(1)</script>",))
    html = render(briefing(), text)
    assert "&lt;When&gt;" in html
    assert "<script>" not in html


def test_braces_in_user_text_are_not_templates() -> None:
    html = render(with_person(position="{organisation}", organisation="{position}"))
    assert "{organisation} at {position}" in html


@pytest.mark.parametrize(
    "name",
    [
        "王秀英",
        "فاطمة الزهراء",
        "Иван Петров",
        "Zoë 🎨 van der Berg 👩🏽‍💼",
        "Nguyễn Thị Minh Khai",
    ],
)
def test_names_in_any_script_are_printed_as_they_are(name: str) -> None:
    b = with_person(name=name, referred_by=(name,))
    html = render(b)
    assert f"<h1>{name}</h1>" in html
    assert html.count(name) >= 2
    assert briefing_title(b, BriefingText()) == f"Briefing: {name}"


# What the page says --------------------------------------------------------------


def test_every_section_in_reading_order() -> None:
    html = render(briefing())
    t = BriefingText()
    headings = [
        t.person,
        t.history,
        t.promises,
        t.research,
        t.purpose,
        t.introduction,
        t.questions,
        t.materials,
        t.afterwards,
    ]
    positions = [html.index(f"<h2>{heading}") for heading in headings]
    assert positions == sorted(positions)
    assert "Ann Smit" in html[: positions[0]]
    assert "WHEN 2026-03-03 09:00" in html[: positions[0]]
    assert "Museumplein 1" in html[: positions[0]]


def test_logistics_and_the_person() -> None:
    html = render(briefing())
    assert "BRIEFING · NETWORKING INTERVIEW · prepared DAY 2026-03-02" in html
    assert "Registrar at Museum Zuid" in html
    assert "+31 20 555 0100" in html
    assert "DAY 2025-05-01" in html  # first met
    assert "Piet → Zoë → Ann Smit" in html
    assert "Kees (→ Lotte)" in html


def test_earlier_conversations_and_promises() -> None:
    html = render(briefing())
    assert "Our conversations so far (1)" in html
    assert "DAY 2026-01-21" in html
    assert "Registration work" in html
    assert "They offered" in html
    assert "I offered" in html
    assert "<b>(overdue, was due DAY 2026-03-01)</b>" in html
    assert "<i>(due DAY 2026-03-05)</i>" in html


def test_introduction_with_its_spoken_length_and_pitch() -> None:
    html = render(briefing())
    assert "I'm Sanne.<br>I register objects." in html.replace("&#x27;", "'")
    assert "5 words: about 3 seconds spoken, at 130 words a minute." in html
    assert "From my pitch “Elevator”." in html
    b = briefing()
    assert b.introduction is not None
    long = dataclasses.replace(
        b.introduction, timing=timing("word " * 100, 130, 30), pitch_name="", tailored=True
    )
    html = render(briefing(introduction=long))
    assert "That is 17 seconds over the 30 seconds I aimed for." in html
    assert "pitch" not in html.split("My introduction")[1].split("My questions")[0]


def test_questions_are_numbered_with_ruled_room_for_notes() -> None:
    html = render(briefing())
    assert "1.</td>" in html
    assert "2.</td>" in html
    assert "3.</td>" not in html
    assert html.count("class='rule'") == 2 * NOTE_LINES
    assert "(asked before, on DAY 2026-01-21)" in html


def test_materials_are_ticked_in_black_and_white_and_afterwards_unticked() -> None:
    html = render(briefing())
    assert html.count(TICKED) == 2  # CV, route checked
    assert html.count(UNTICKED) == 2 + len(BriefingText().afterwards_items)
    for item in (
        "Send thanks within 24 hours",
        "LinkedIn with a personal note",
        "whoever referred me",
        "new referrals",
    ):
        assert item in html
    assert "color: red" not in html.lower()


def test_gaps_are_listed_and_vanish_when_ready() -> None:
    assert "Still missing:</b> the meeting is not confirmed; CV not ready" in render(briefing())
    assert "Still missing" not in render(briefing(gaps=()))


def test_a_bare_draft_still_prints() -> None:
    bare = briefing(
        logistics=Logistics(None, "", MeetingKind.COFFEE, MeetingStatus.DRAFT, False),
        person=None,
        earlier=(),
        promises=(),
        research=Research(),
        purpose="",
        introduction=None,
        questions=(),
        materials=Materials(),
    )
    html = render(bare)
    t = BriefingText()
    for sentence in (t.no_person, t.no_research, t.no_purpose, t.no_introduction, t.no_questions):
        assert sentence in html
    assert "BRIEFING · COFFEE (DRAFT)" in html
    assert "not set yet" in html
    assert t.information_only not in html  # only for networking interviews
    assert briefing_title(bare, t) == "Briefing"


def test_translated_labels_are_used() -> None:
    text = BriefingText(questions="Meine Fragen", role="{position} bei {organisation}")
    html = render(briefing(), text)
    assert "Meine Fragen" in html
    assert "Registrar bei Museum Zuid" in html


def test_the_renderer_needs_no_qt() -> None:
    probe = (
        "import sys, netdesk.printing.briefing_html, netdesk.services.briefing;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# BriefingService on a real data file ---------------------------------------------------


@pytest.fixture
def network(workspace: Workspace, clock: FixedClock) -> dict[str, int]:
    """Piet referred me to Zoë, who referred me to Ann; Ann referred me to Kees,
    who referred me to Lotte. Ann and I met twice; we plan a third talk."""
    ws, now = workspace, clock.now()
    ids = {
        key: ws.contacts.create(ContactDraft(first_name=key, last_name="X", **extra)).id
        for key, extra in (
            ("Piet", {}),
            ("Zoe", {}),
            ("Ann", {"organisation": "Museum Zuid", "position": "Registrar", "how_met": "Zoë"}),
            ("Kees", {}),
            ("Lotte", {}),
        )
    }

    def talk(who: str, days_ago: float, topics: str, *referred: str) -> int:
        return ws.conversations.create(
            ConversationDraft(
                contact_id=ids[who],
                occurred_at=now - timedelta(days=days_ago),
                topics=topics,
                referrals=tuple(ReferralDraft(contact_id=ids[r]) for r in referred),
            )
        ).id

    talk("Piet", 90, "Careers", "Zoe")
    talk("Zoe", 60, "Museums", "Ann")
    talk("Ann", 30, "Team culture and values", "Kees")
    talk("Ann", 20, "Registration work")
    talk("Ann", -2, "Planned follow-up")  # in the future: not history
    talk("Kees", 10, "Data", "Lotte")
    ws.promises.create(
        PromiseDraft(
            ids["Ann"],
            PromiseDirection.THEIRS,
            "Send the vacancy",
            (now - timedelta(days=1)).date(),
        )
    )
    ws.promises.create(PromiseDraft(ids["Ann"], PromiseDirection.MINE, "Share my thesis"))
    ws.promises.create(PromiseDraft(ids["Ann"], PromiseDirection.MINE, "Done already", done=True))
    return ids


def prepared(ws: Workspace, clock: FixedClock, contact_id: int, **changes: object) -> MeetingDraft:
    pitch = ws.pitches.create("Elevator", 30, PitchText("I'm Sanne", "a registrar job", "care"))
    draft = MeetingDraft(
        contact_id=contact_id,
        starts_at=clock.now() + timedelta(days=1),
        place="Museum Zuid",
        purpose="Learn about registration",
        pitch_id=pitch.id,
        introduction=pitch.text.spoken,
        research=OrganisationResearch(culture="Close-knit"),
        position_research="Registrar",
        person_background="Ten years there",
        questions=(
            Question("How would you describe the culture?", "culture"),
            Question("Who else should I talk to?", REFERRAL_CATEGORY),
        ),
        materials=Materials(cv=True),
    )
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def test_the_service_gathers_everything(
    workspace: Workspace, clock: FixedClock, network: dict[str, int]
) -> None:
    workspace.pitches.set_words_per_minute(100)
    meeting = workspace.meetings.create(prepared(workspace, clock, network["Ann"]))
    b = BriefingService.of(workspace).build(meeting.id)

    assert b.meeting_id == meeting.id
    assert b.logistics.place == "Museum Zuid"
    assert b.person is not None
    assert (b.person.name, b.person.position, b.person.organisation) == (
        "Ann X",
        "Registrar",
        "Museum Zuid",
    )
    assert b.person.referred_by == ("Piet X", "Zoe X")  # from where the thread started
    assert b.person.referred_to == (ReferralBranch("Kees X", (ReferralBranch("Lotte X"),)),)
    assert [c.topics for c in b.earlier] == ["Team culture and values", "Registration work"]
    assert [(p.direction, p.description, p.overdue) for p in b.promises] == [
        (PromiseDirection.THEIRS, "Send the vacancy", True),
        (PromiseDirection.MINE, "Share my thesis", False),
    ]
    assert b.research.organisation.culture == "Close-knit"
    assert (b.research.position, b.research.person_background) == ("Registrar", "Ten years there")
    assert b.introduction is not None
    assert b.introduction.pitch_name == "Elevator"
    assert not b.introduction.tailored
    assert b.introduction.words_per_minute == 100
    assert b.introduction.timing.words == 6
    assert b.introduction.timing.seconds == 4  # 6 words at 100 a minute, rounded up
    culture, referral = b.questions
    assert culture.covered is not None
    assert culture.covered.topic == "Team culture and values"
    assert referral.covered is None
    assert b.gaps == (Gap.FEW_QUESTIONS, Gap.NOT_CONFIRMED, Gap.ROUTE_NOT_CHECKED)
    assert b.prepared_at == clock.now()
    html = render_briefing_html(b, BriefingText(), when)
    assert "Piet X → Zoe X → Ann X" in html


def test_a_tailored_introduction_and_a_trashed_pitch(
    workspace: Workspace, clock: FixedClock, network: dict[str, int]
) -> None:
    draft = prepared(workspace, clock, network["Ann"])
    meeting = workspace.meetings.create(dataclasses.replace(draft, introduction="Just me."))
    intro = BriefingService.of(workspace).build(meeting.id).introduction
    assert intro is not None
    assert intro.tailored
    assert intro.pitch_name == "Elevator"
    assert draft.pitch_id is not None
    workspace.trash.trash(RecordKind.PITCH, [draft.pitch_id])
    intro = BriefingService.of(workspace).build(meeting.id).introduction
    assert intro is not None
    assert intro.pitch_name == ""
    assert intro.text == "Just me."


def test_history_stops_at_the_meeting_and_leaves_out_its_outcome(
    workspace: Workspace, clock: FixedClock, network: dict[str, int]
) -> None:
    meeting = workspace.meetings.create(prepared(workspace, clock, network["Ann"]))
    clock.advance(timedelta(days=3))  # the meeting is over, and the planned talk too
    outcome = workspace.meetings.outcome_draft(meeting)
    workspace.meetings.log_outcome(meeting.id, dataclasses.replace(outcome, topics="The meeting"))
    topics = [c.topics for c in BriefingService.of(workspace).build(meeting.id).earlier]
    assert topics == ["Team culture and values", "Registration work"]


def test_a_draft_without_a_person(workspace: Workspace) -> None:
    meeting = workspace.meetings.create(
        MeetingDraft(status=MeetingStatus.DRAFT, purpose="Somebody at the archive")
    )
    b = BriefingService.of(workspace).build(meeting.id)
    assert b.person is None
    assert (b.earlier, b.promises, b.questions, b.introduction) == ((), (), (), None)
    assert Gap.NO_QUESTIONS in b.gaps
    assert "No person chosen yet" in render_briefing_html(b, BriefingText(), when)


def test_an_unknown_or_trashed_meeting_is_not_found(
    workspace: Workspace, clock: FixedClock, network: dict[str, int]
) -> None:
    service = BriefingService.of(workspace)
    with pytest.raises(RecordNotFoundError):
        service.build(404)
    meeting = workspace.meetings.create(prepared(workspace, clock, network["Ann"]))
    workspace.trash.trash(RecordKind.MEETING, [meeting.id])
    with pytest.raises(RecordNotFoundError):
        service.build(meeting.id)


# The demo network's meeting ---------------------------------------------------------


def test_the_demo_network_has_a_prepared_upcoming_meeting(
    workspace: Workspace, clock: FixedClock
) -> None:
    build_demo_network(workspace)
    now = clock.now()
    meeting = workspace.meetings.next_upcoming(now)
    assert meeting is not None
    assert meeting.starts_at is not None
    assert meeting.contact_name == "Noor El Amrani"
    assert meeting.starts_at.date() - now.date() == timedelta(days=3)
    planned = [
        c
        for c in workspace.conversations.get_many(
            workspace.conversations.search_ids(contact_id=meeting.draft.contact_id)
        )
        if c.is_planned(now)
    ]
    assert [c.occurred_at for c in planned] == [meeting.starts_at]

    draft = meeting.draft
    bank = {(c.key, q) for c in shipped_question_bank() for q in c.questions}
    assert len(draft.questions) == 7
    assert all((q.category, q.text) in bank for q in draft.questions)
    assert sum(q.category == REFERRAL_CATEGORY for q in draft.questions) >= 2
    pitch = workspace.pitches.default()
    assert pitch is not None
    assert (draft.pitch_id, draft.introduction) == (pitch.id, pitch.text.spoken)
    assert draft.purpose
    assert draft.position_research
    assert draft.person_background
    assert not draft.research.is_empty
    assert draft.materials.cv
    assert not draft.materials.route_checked

    b = BriefingService.of(workspace).build(meeting.id)
    assert b.person is not None
    assert b.person.referred_by[-1] == "Sem de Jong"
    assert b.earlier
    assert b.promises
    assert b.gaps == (Gap.ROUTE_NOT_CHECKED,)
    html = render_briefing_html(b, BriefingText(), when)
    assert "<h1>Noor El Amrani</h1>" in html
    assert re.search(r"\b30 seconds spoken\b", html)

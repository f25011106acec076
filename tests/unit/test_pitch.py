"""The personal pitch without Qt: words, timing, composition, the gentle
checks, and the pitch, goal and phrase services over a real data file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from netdesk.domain.asks import find_job_requests
from netdesk.domain.clock import FixedClock
from netdesk.domain.errors import ErrorCode, RecordNotFoundError, ValidationError
from netdesk.domain.goal import JobGoal, goal_from_text, join_items
from netdesk.domain.pitch import (
    LONG_SENTENCE_WORDS,
    REHEARSALS_KEPT,
    HintKind,
    PitchPart,
    PitchText,
    TimingVerdict,
    check_pitch,
    compose,
    copy_name,
    spoken_seconds,
    timing,
)
from netdesk.domain.trash import RecordKind
from netdesk.domain.words import find_phrases, parse_phrases, sentences, word_count
from netdesk.services.phrases import PhraseList, shipped_phrases
from netdesk.services.workspace import Workspace

JOB_PHRASES = shipped_phrases(PhraseList.JOB_REQUESTS)
FILLERS = shipped_phrases(PhraseList.FILLER_WORDS)


# Words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("I am Zoë Müller.", 4),
        ("Jean-Luc works part-time", 3),
        ("I'm here, and I\u2019m ready", 5),
        ("Łukasz Żółć — curator", 3),  # a dash is not a word
        ("Hello 👋 world 🚀", 2),  # emoji are not words
        ("Since 2019 at the Rijksmuseum", 5),
        ("محمد العلي يعمل", 3),
        ("e-mail me: a_b", 4),
        ("nai\u0308ve Zoe\u0308 Chloe\u0308-Marie", 3),  # accents pasted as combining marks
        ("3.5 km and 10,000 visitors", 5),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


def test_sentences_split_at_end_marks_and_line_breaks() -> None:
    assert sentences("One. Two!  Three?\nFour… five") == ["One.", "Two!", "Three?", "Four…", "five"]
    assert sentences("Dr.Smith at 3.5 km") == ["Dr.Smith at 3.5 km"]


def test_phrases_match_whole_folded_words_with_a_one_word_wildcard() -> None:
    phrases = ("do you have * job", "vacature")
    assert find_phrases("Do you have a JOB?", phrases) == [("do you have * job", 1)]
    assert find_phrases("Heeft u een Vacature? Een vacature!", phrases) == [("vacature", 2)]
    assert find_phrases("do you have job", phrases) == []  # * is exactly one word
    assert find_phrases("vacatures", phrases) == []  # whole words only


def test_parse_phrases_skips_comments_blanks_and_duplicates() -> None:
    text = "# heading\n\nAre you hiring\nare  YOU hiring   # again\n  vacature \n*\n"
    assert parse_phrases(text) == ("Are you hiring", "vacature")


# Asking for a job -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a job for me?",
        "Are there any vacancies in your team?",
        "Could you hire me?",
        "Heeft u een vacature voor mij?",
        "Zijn er vacatures bij jullie?",
        "Kunt u mij aannemen?",
        "I\u2019d love a job with you.",
        "ARE YOU HIRING",
        "Is your museum hiring at the moment?",
        "Do you have any job openings?",
        "Are you recruiting?",
        "Heb jij een baan voor me?",
        "Hebt u een vacature?",
        "Heeft u misschien een vacature?",
        "Kunnen jullie mij aannemen?",
    ],
)
def test_outright_job_requests_are_found(text: str) -> None:
    assert find_job_requests(text, JOB_PHRASES)


@pytest.mark.parametrize(
    "text",
    [
        "I work at a job centre.",
        "I am looking for a role in museum education.",
        "I helped people find jobs at the jobcentre for three years.",
        "Who else should I talk to?",
        "Ik zoek een baan in het museumonderwijs.",  # stating the goal is fine
        "Ik werk bij een vacaturebank.",
        "What do vacancies in your field usually ask for?",
        "How can I get a job in museum education?",  # asking for advice is the point
        "Where could I get a job like yours?",
        "I did a job with you at the fair last year.",
        "Ik zoek een plek voor mij om te leren.",
        "",
    ],
)
def test_stating_a_goal_or_mentioning_jobs_is_not_a_request(text: str) -> None:
    assert find_job_requests(text, JOB_PHRASES) == ()


def test_the_users_own_phrase_is_used(workspace: Workspace) -> None:
    text = "Would you take me on as an intern?"
    assert find_job_requests(text, workspace.phrases.job_request_phrases()) == ()
    workspace.phrases.set_own_phrases(PhraseList.JOB_REQUESTS, "take me on\n\ntake me on\n")
    assert workspace.phrases.own_phrases(PhraseList.JOB_REQUESTS) == "take me on"
    assert find_job_requests(text, workspace.phrases.job_request_phrases()) == ("take me on",)


# Composition and timing -------------------------------------------------------------

PARTS = PitchText(
    who_i_am="I'm Noor, a recent art-history graduate",
    looking_for="I'm exploring museum education roles in Amsterdam",
    can_offer="I bring two years of guiding school groups!",
    request="Who else should I talk to?",
)


def test_compose_joins_parts_as_sentences_in_order() -> None:
    assert compose(PARTS) == (
        "I'm Noor, a recent art-history graduate. I'm exploring museum education roles in "
        "Amsterdam. I bring two years of guiding school groups! Who else should I talk to?"
    )
    assert compose(PitchText(can_offer="  lots\n of   energy ")) == "lots of energy."
    assert compose(PitchText()) == ""


def test_spoken_text_follows_the_parts_until_edited() -> None:
    assert PARTS.spoken == compose(PARTS)
    edited = PitchText(who_i_am="ignored", composed="My own words.", composed_edited=True)
    assert edited.spoken == "My own words."


def test_spoken_length_arithmetic() -> None:
    assert spoken_seconds(130, 130) == 60
    assert spoken_seconds(65, 130) == 30
    assert spoken_seconds(0, 130) == 0
    on = timing(" ".join(["word"] * 65), 130, 30)
    assert (on.words, on.seconds, on.verdict, on.over_by, on.to_spare) == (
        65,
        30,
        TimingVerdict.ON_TARGET,
        0,
        0,
    )
    # 66 words at 130/min is 30.46 s: a listener hears 31 s, one too long.
    over = timing(" ".join(["word"] * 66), 130, 30)
    assert (over.seconds, over.verdict, over.over_by) == (31, TimingVerdict.TOO_LONG, 1)
    assert timing("", 130, 30).verdict is TimingVerdict.EMPTY
    slow = timing(" ".join(["word"] * 50), 100, 60)
    assert (slow.seconds, slow.to_spare) == (30, 30)


# Checks --------------------------------------------------------------------------------


def hints(text: PitchText, target: int = 60) -> dict[HintKind, list]:
    found: dict[HintKind, list] = {}
    for hint in check_pitch(
        text,
        words_per_minute=130,
        target_seconds=target,
        job_request_phrases=JOB_PHRASES,
        filler_words=FILLERS,
    ):
        found.setdefault(hint.kind, []).append(hint)
    return found


def test_a_good_pitch_has_no_hints() -> None:
    assert hints(PARTS) == {}


def test_missing_required_parts_are_named_but_the_request_is_optional() -> None:
    found = hints(PitchText(who_i_am="I'm Noor."))
    assert [h.part for h in found[HintKind.PART_MISSING]] == [
        PitchPart.LOOKING_FOR,
        PitchPart.CAN_OFFER,
    ]
    assert PitchPart.REQUEST not in [h.part for h in found[HintKind.PART_MISSING]]


def test_edited_wording_is_checked_instead_of_the_parts() -> None:
    edited = PitchText(composed="I'm Noor. Do you have a job for me?", composed_edited=True)
    found = hints(edited)
    assert HintKind.PART_MISSING not in found  # the user chose free wording
    [hint] = found[HintKind.ASKS_FOR_JOB]
    found_phrases = [phrase for phrase, _ in hint.phrases]
    assert found_phrases[0] == "do you have a job"
    assert "do you have * job for me" in found_phrases
    assert hint.excerpt == "do you have a job"  # the words said, for the message
    blank = hints(PitchText(composed="  ", composed_edited=True))
    assert len(blank[HintKind.PART_MISSING]) == 3


def test_blank_parts_count_as_missing() -> None:
    found = hints(PARTS.with_part(PitchPart.CAN_OFFER, "  \n\t "))
    assert [h.part for h in found[HintKind.PART_MISSING]] == [PitchPart.CAN_OFFER]


def test_a_wildcard_hint_quotes_the_words_that_matched() -> None:
    [hint] = hints(PARTS.with_part(PitchPart.REQUEST, "Is your Museum hiring?"))[
        HintKind.ASKS_FOR_JOB
    ]
    assert hint.excerpt == "is your museum hiring"


def test_too_long_for_its_target() -> None:
    long_pitch = PitchText(who_i_am=" ".join(["word"] * 80))
    [hint] = hints(long_pitch, target=30)[HintKind.TOO_LONG]
    assert (hint.words, hint.excerpt) == (80, "7")  # 37 s spoken, 7 s over
    assert HintKind.TOO_LONG not in hints(long_pitch, target=40)


def test_job_request_in_a_part_is_flagged() -> None:
    found = hints(PARTS.with_part(PitchPart.REQUEST, "Are you hiring?"))
    assert found[HintKind.ASKS_FOR_JOB][0].phrases == (("are you hiring", 1),)
    assert HintKind.ASKS_FOR_JOB not in hints(
        PARTS.with_part(PitchPart.WHO_I_AM, "I work at a job centre")
    )


def test_filler_words_are_counted() -> None:
    text = PARTS.with_part(PitchPart.CAN_OFFER, "I basically, like, really really know kids")
    [hint] = hints(text)[HintKind.FILLER_WORDS]
    assert dict(hint.phrases) == {"basically": 1, "really": 2}
    dutch = PARTS.with_part(PitchPart.CAN_OFFER, "Ik ben eigenlijk gewoon goed met groepen")
    assert dict(hints(dutch)[HintKind.FILLER_WORDS][0].phrases) == {"eigenlijk": 1, "gewoon": 1}
    # Everyday words that are seldom filler are left alone.
    for ordinary in ("Er is werk", "I just graduated", "the kind of role I mean to find"):
        assert HintKind.FILLER_WORDS not in hints(PARTS.with_part(PitchPart.CAN_OFFER, ordinary))


def test_very_long_sentences_are_flagged_with_an_excerpt() -> None:
    sentence = " ".join(f"w{i}" for i in range(LONG_SENTENCE_WORDS + 1))
    [hint] = hints(PARTS.with_part(PitchPart.CAN_OFFER, sentence), target=120)[
        HintKind.LONG_SENTENCE
    ]
    assert hint.words == LONG_SENTENCE_WORDS + 1
    assert hint.excerpt == "w0 w1 w2 w3 w4 w5…"
    exactly = " ".join(["w"] * LONG_SENTENCE_WORDS)
    assert HintKind.LONG_SENTENCE not in hints(PARTS.with_part(PitchPart.CAN_OFFER, exactly))


def test_copy_names_are_free() -> None:
    template = "{name} (copy{number})"
    assert copy_name("Elevator", ["Elevator"], template) == "Elevator (copy)"
    assert copy_name("Elevator", ["Elevator", "elevator (COPY)"], template) == "Elevator (copy 2)"


# Job goal -------------------------------------------------------------------------------


def test_goal_from_text_splits_lists_and_is_set() -> None:
    goal = goal_from_text("Curator, modern art\neducator\nEducator", "Museums\n", "", "  Soon. ")
    assert goal == JobGoal(("Curator, modern art", "educator"), ("Museums",), (), "Soon.")
    assert goal.is_set
    assert not JobGoal(regions=("Leiden",)).is_set  # a region alone is no goal
    assert join_items(("a", "b", "c"), "and") == "a, b and c"
    assert join_items(("a",), "en") == "a"
    with pytest.raises(ValidationError) as raised:
        goal_from_text("x" * 200, "", "", "")
    assert raised.value.errors[0].code is ErrorCode.TOO_LONG


def test_goal_and_targets_are_saved(workspace: Workspace) -> None:
    goal = JobGoal(("Museum educator",), ("Museums",), ("Amsterdam", "Leiden"), "From March.")
    workspace.goal.save(goal)
    assert workspace.goal.get() == goal
    workspace.goal.save(JobGoal())
    assert workspace.goal.get() == JobGoal()

    workspace.goal.set_targets(["Rijksmuseum", " Van Gogh  Museum ", ""])
    assert workspace.goal.target_names() == ["Rijksmuseum", "Van Gogh Museum"]
    workspace.goal.set_targets(["rijksmuseum"])  # same organisation, any case
    assert workspace.goal.target_names() == ["Rijksmuseum"]
    assert workspace.organisations.count() == 2  # unmarked, not deleted


# Pitch service ------------------------------------------------------------------------------


def test_pitches_are_created_in_order_with_one_default(workspace: Workspace) -> None:
    first = workspace.pitches.create("30-second elevator", 30, PARTS)
    second = workspace.pitches.create("2-minute intro", 120)
    assert [p.name for p in workspace.pitches.all()] == ["30-second elevator", "2-minute intro"]
    assert first.is_default
    assert not second.is_default
    assert workspace.pitches.get(first.id).text == PARTS
    workspace.pitches.set_default(second.id)
    assert workspace.pitches.default() == workspace.pitches.get(second.id)
    assert not workspace.pitches.get(first.id).is_default


def test_pitch_names_and_targets_are_checked(workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        workspace.pitches.create("   ", 30)
    with pytest.raises(ValidationError):
        workspace.pitches.create("Too short", 2)
    pitch = workspace.pitches.create("  Museum\tsector ", 60)
    assert pitch.name == "Museum sector"
    with pytest.raises(ValidationError):
        workspace.pitches.set_target(pitch.id, 3600)
    with pytest.raises(RecordNotFoundError):
        workspace.pitches.rename(999, "Nope")


def test_text_is_saved_and_stamped(workspace: Workspace, clock: FixedClock) -> None:
    pitch = workspace.pitches.create("Elevator", 30)
    clock.advance(timedelta(minutes=5))
    edited = PARTS.with_part(PitchPart.REQUEST, "May I mention your name?")
    workspace.pitches.save_text(pitch.id, edited)
    saved = workspace.pitches.get(pitch.id)
    assert saved.text == edited
    assert saved.updated_at == clock.now()


def test_duplicate_sits_after_the_original_without_rehearsals(
    workspace: Workspace, clock: FixedClock
) -> None:
    a = workspace.pitches.create("A", 30, PARTS)
    b = workspace.pitches.create("B", 30)
    workspace.pitches.record_rehearsal(a.id, clock.now(), 29)
    copy = workspace.pitches.duplicate(a.id, "A (copy)")
    assert workspace.pitches.order() == [a.id, copy.id, b.id]
    assert copy.text == PARTS
    assert not copy.is_default
    assert workspace.pitches.rehearsals(copy.id) == []


def test_move_and_restore_order(workspace: Workspace) -> None:
    ids = [workspace.pitches.create(name, 30).id for name in "ABC"]
    before = workspace.pitches.move(ids[2], -1)
    assert workspace.pitches.order() == [ids[0], ids[2], ids[1]]
    workspace.pitches.move(ids[0], -1)  # already first: stays
    assert workspace.pitches.order() == [ids[0], ids[2], ids[1]]
    workspace.pitches.set_order(before)
    assert workspace.pitches.order() == ids


def test_trashing_the_default_passes_it_on_and_restoring_brings_it_back(
    workspace: Workspace,
) -> None:
    a = workspace.pitches.create("A", 30)
    b = workspace.pitches.create("B", 30)
    workspace.trash.trash(RecordKind.PITCH, [a.id])
    assert [p.id for p in workspace.pitches.all()] == [b.id]
    assert workspace.pitches.default() == workspace.pitches.get(b.id)
    [item] = workspace.trash.items()
    assert (item.kind, item.title) == (RecordKind.PITCH, "A")
    workspace.trash.restore(RecordKind.PITCH, [a.id])
    assert workspace.pitches.default() == workspace.pitches.get(a.id)
    workspace.trash.trash(RecordKind.PITCH, [a.id])
    workspace.trash.empty()
    assert workspace.pitches.order() == [b.id]


def test_words_typed_just_before_a_delete_still_reach_the_pitch(workspace: Workspace) -> None:
    pitch = workspace.pitches.create("A", 30)
    workspace.trash.trash(RecordKind.PITCH, [pitch.id])
    workspace.pitches.save_text(pitch.id, PARTS)  # the autosave arriving late
    with pytest.raises(RecordNotFoundError):
        workspace.pitches.rename(pitch.id, "B")  # but it is not edited otherwise
    workspace.trash.restore(RecordKind.PITCH, [pitch.id])
    assert workspace.pitches.get(pitch.id).text == PARTS


def test_only_the_last_rehearsals_are_kept_newest_first(
    workspace: Workspace, clock: FixedClock
) -> None:
    pitch = workspace.pitches.create("A", 30)
    for seconds in range(REHEARSALS_KEPT + 2):
        workspace.pitches.record_rehearsal(pitch.id, clock.now(), float(seconds))
        clock.advance(timedelta(minutes=1))
    kept = workspace.pitches.rehearsals(pitch.id)
    assert [r.seconds for r in kept] == [float(s) for s in reversed(range(2, REHEARSALS_KEPT + 2))]


def test_speaking_rate_defaults_to_130_and_is_bounded(workspace: Workspace) -> None:
    assert workspace.pitches.words_per_minute() == 130
    workspace.pitches.set_words_per_minute(150)
    assert workspace.pitches.words_per_minute() == 150
    workspace.pitches.set_words_per_minute(5)
    assert workspace.pitches.words_per_minute() == 60
    workspace.settings.set_text("pitch.words_per_minute", "fast")
    assert workspace.pitches.words_per_minute() == 130

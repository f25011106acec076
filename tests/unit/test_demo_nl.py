"""The Dutch demo network: the English one's story and shape, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.domain.agenda import Agenda
from netdesk.domain.clock import FixedClock
from netdesk.domain.pitch import HintKind, check_pitch
from netdesk.services.demo import ENGLISH, DemoNetwork, build_demo_network, demo_network
from netdesk.services.demo_nl import DUTCH
from netdesk.services.meetings import shipped_question_bank
from netdesk.services.phrases import PhraseList, shipped_phrases
from netdesk.services.workspace import Counts, Workspace


def built(data_dir: Path, language: str | None, *, interface: str = "en") -> Workspace:
    ws = Workspace.open(data_dir, clock=FixedClock())
    ws.language = interface
    build_demo_network(ws, language)
    return ws


def shape(ws: Workspace) -> tuple[Counts, tuple[tuple[int, int], ...]]:
    """Counts of records, and of every Today section (shown and in all)."""
    agenda: Agenda = ws.today.agenda()
    sections = (
        agenda.thanks,
        agenda.promises,
        agenda.keep_in_touch,
        agenda.follow_ups,
        agenda.report_backs,
        agenda.upcoming,
        agenda.not_told,
    )
    return ws.counts(), tuple((len(s.items), s.total) for s in sections)


def test_the_dutch_demo_looks_like_the_english_one(tmp_path: Path) -> None:
    english = built(tmp_path / "en", "en")
    try:
        english_shape = shape(english)
    finally:
        english.close()
    dutch = built(tmp_path / "nl", "nl")
    try:
        assert shape(dutch) == english_shape
        today = dutch.today.agenda()
        assert today.thanks.items
        assert today.promises.items
        assert today.upcoming.items
        assert today.goal_set
    finally:
        dutch.close()


def test_the_language_defaults_to_the_interface_and_falls_back_to_english(
    tmp_path: Path,
) -> None:
    ws = built(tmp_path / "one", None, interface="nl")
    try:
        assert ws.goal.get().roles == DUTCH.goal.roles
    finally:
        ws.close()
    ws = built(tmp_path / "two", "fr", interface="nl")
    try:
        assert ws.goal.get().roles == ENGLISH.goal.roles
    finally:
        ws.close()
    assert demo_network("nl_BE") is DUTCH
    assert demo_network("xx") is ENGLISH


def test_every_text_is_translated() -> None:
    for en, nl in zip(ENGLISH.organisations, DUTCH.organisations, strict=True):
        assert nl.sector != en.sector
        for field in ("culture", "positions", "availability", "notes"):
            if getattr(en, field):
                assert getattr(nl, field) != getattr(en, field), (en.name, field)
    for en_person, nl_person in zip(ENGLISH.people, DUTCH.people, strict=True):
        assert (nl_person.key, nl_person.first_name) == (en_person.key, en_person.first_name)
        assert nl_person.position != en_person.position, en_person.key
        assert nl_person.how_met != en_person.how_met, en_person.key
    for en_talk, nl_talk in zip(ENGLISH.conversations, DUTCH.conversations, strict=True):
        key = (en_talk.who, en_talk.days_ago)
        assert nl_talk.topics != en_talk.topics, key
        assert nl_talk.notes != en_talk.notes, key
        assert bool(nl_talk.how_helped) == bool(en_talk.how_helped), key
        for en_ref, nl_ref in zip(en_talk.referrals, nl_talk.referrals, strict=True):
            assert nl_ref.note != en_ref.note, key
    for en_promise, nl_promise in zip(ENGLISH.promises, DUTCH.promises, strict=True):
        assert nl_promise.description != en_promise.description


def test_dutch_organisations_include_the_public_sector() -> None:
    names = " | ".join(f"{o.name} {o.sector}" for o in DUTCH.organisations)
    for word in ("Gemeente", "Rijkswaterstaat", "ministerie", "Museum", "Universiteit"):
        assert word in names, word
    people_at = {p.organisation for p in DUTCH.people} - {""}
    assert people_at == {o.name for o in DUTCH.organisations}


def test_the_prepared_meeting_asks_questions_from_the_dutch_bank() -> None:
    bank = {(c.key, q) for c in shipped_question_bank("nl") for q in c.questions}
    assert set(DUTCH.meeting.questions) <= bank
    assert len(DUTCH.meeting.questions) == len(ENGLISH.meeting.questions)


@pytest.mark.parametrize("network", [ENGLISH, DUTCH], ids=["en", "nl"])
def test_the_publishers_pitch_shows_the_warnings(network: DemoNetwork) -> None:
    """One pitch asks for a job, with a filler word, so the checks have something to show."""
    hints = {
        name: {
            h.kind
            for h in check_pitch(
                text,
                words_per_minute=130,
                target_seconds=seconds,
                job_request_phrases=shipped_phrases(PhraseList.JOB_REQUESTS),
                filler_words=shipped_phrases(PhraseList.FILLER_WORDS),
            )
        }
        for name, seconds, text in network.pitches
    }
    first, second, publishers = hints.values()
    assert {HintKind.ASKS_FOR_JOB, HintKind.FILLER_WORDS} <= publishers
    assert HintKind.ASKS_FOR_JOB not in first | second

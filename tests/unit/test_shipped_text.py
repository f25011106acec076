"""Text netdesk ships in English and Dutch: message templates, the question
bank, and the phrase lists behind the gentle checks. Each service picks the
interface language, and English for a language it does not have."""

from __future__ import annotations

import re

import pytest

from netdesk.domain.asks import find_job_requests
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.goal import JobGoal
from netdesk.domain.templates import (
    DEFAULT_LINKEDIN_LIMIT,
    Placeholder,
    TemplateKind,
    character_count,
    fill,
    placeholders_in,
    template_problems,
)
from netdesk.domain.words import find_phrases
from netdesk.paths import resource_path
from netdesk.services.meetings import MeetingService, shipped_question_bank
from netdesk.services.outreach import OutreachService, language_words, shipped_templates
from netdesk.services.phrases import PhraseList, shipped_phrases
from netdesk.services.shipped_text import current_language, language_folders
from netdesk.services.workspace import Workspace

JOB_PHRASES = shipped_phrases(PhraseList.JOB_REQUESTS)
FILLERS = shipped_phrases(PhraseList.FILLER_WORDS)
LANGUAGES = ("en", "nl")


def outreach_in(ws: Workspace) -> OutreachService:
    """Outreach as the workspace builds it: asking the workspace's language each time."""
    return OutreachService(ws.clock, ws.goal, ws.phrases, ws.settings, language=lambda: ws.language)


def meetings_in(ws: Workspace) -> MeetingService:
    return MeetingService(
        ws.clock,
        ws.contacts,
        ws.conversations,
        ws.promises,
        ws.channels,
        ws.settings,
        language=lambda: ws.language,
    )


# Choosing the language ------------------------------------------------------------------


def test_a_language_is_looked_for_itself_then_its_base_then_in_english() -> None:
    assert language_folders("nl") == ("nl", "en")
    assert language_folders("nl_BE") == ("nl_BE", "nl", "en")
    assert language_folders("en") == ("en",)
    assert current_language(lambda: " NL ") == "nl"
    assert current_language("") == "en"


# Message templates ---------------------------------------------------------------------------


def test_both_languages_ship_every_kind_with_the_same_placeholders() -> None:
    english, dutch = shipped_templates("en"), shipped_templates("nl")
    assert set(english) == set(dutch) == set(TemplateKind)
    for kind in TemplateKind:
        for part in ("subject", "body"):
            en_names = set(placeholders_in(getattr(english[kind], part)))
            nl_names = set(placeholders_in(getattr(dutch[kind], part)))
            assert en_names == nl_names, (kind, part)
        assert dutch[kind] != english[kind], kind  # really translated
        assert dutch[kind].name, kind


def test_every_language_has_a_file_for_every_kind_and_nothing_else() -> None:
    names = {f"{kind.value}.txt" for kind in TemplateKind} | {"language.txt"}
    for language in LANGUAGES:
        folder = resource_path("templates", language)
        assert {p.name for p in folder.iterdir()} == names, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_templates_are_sound_and_never_ask_for_a_job(language: str) -> None:
    for kind, text in shipped_templates(language).items():
        problems = template_problems(text.subject, "subject") + template_problems(text.body)
        assert problems == [], (language, kind)
        assert not find_job_requests(f"{text.subject}\n{text.body}", JOB_PHRASES), (language, kind)
    note = fill(
        shipped_templates(language)[TemplateKind.LINKEDIN_CONNECTION].body,
        {
            Placeholder.FIRST_NAME: "Alexandra",
            Placeholder.ORGANISATION: "Rijksdienst voor het Cultureel Erfgoed",
            Placeholder.MY_NAME: "Sanne de Vries",
        },
    )[0]
    assert character_count(note) <= DEFAULT_LINKEDIN_LIMIT
    assert shipped_templates(language)[TemplateKind.LINKEDIN_CONNECTION].subject == ""


def test_dutch_writes_to_people_as_je() -> None:
    """The career centre's tone: "je", never the formal "u"."""
    for kind, text in shipped_templates("nl").items():
        words = set(re.findall(r"\w+", f"{text.subject} {text.body}".casefold()))
        assert not words & {"u", "uw"}, kind


def test_outreach_speaks_the_interface_language(workspace: Workspace) -> None:
    outreach = outreach_in(workspace)
    outreach.set_my_name("Sanne")
    workspace.goal.save(JobGoal(roles=("collectieregistrator", "collectiebeheerder")))
    joris = workspace.contacts.create(
        ContactDraft(first_name="Joris", last_name="Vink", organisation="Gemeente Zwolle")
    )
    english = outreach.compose(outreach.builtin(TemplateKind.COFFEE_INVITATION), joris.id)
    assert english.subject == "Coffee?"
    assert "collectieregistrator or collectiebeheerder" in english.body

    workspace.language = "nl"
    dutch = outreach.compose(outreach.builtin(TemplateKind.COFFEE_INVITATION), joris.id)
    assert dutch.subject == "Kop koffie?"
    assert dutch.body.startswith("Beste Joris,")
    assert "Gemeente Zwolle" in dutch.body
    assert "collectieregistrator of collectiebeheerder" in dutch.body
    assert dutch.problems == ()
    assert outreach.builtin(TemplateKind.THANK_YOU).name == "Bedankt"
    assert [t.kind for t in outreach.templates()] == list(TemplateKind)

    workspace.language = "xx"
    assert outreach.builtin(TemplateKind.THANK_YOU).name == "Thank you"


def test_an_edited_built_in_template_stays_the_users_in_any_language(
    workspace: Workspace,
) -> None:
    outreach = outreach_in(workspace)
    workspace.language = "nl"
    outreach.save_builtin(TemplateKind.THANK_YOU, "Dank!", "Dank je wel, {first_name}.")
    workspace.language = "en"
    edited = outreach.builtin(TemplateKind.THANK_YOU)
    assert (edited.subject, edited.body, edited.modified) == (
        "Dank!",
        "Dank je wel, {first_name}.",
        True,
    )
    restored = outreach.restore_builtin(TemplateKind.THANK_YOU)
    assert restored.subject == "Thank you, {first_name}"


def test_small_words_fall_back_to_english() -> None:
    assert language_words("nl")["or"] == "of"
    assert language_words("xx")["or"] == "or"


# The question bank ---------------------------------------------------------------------------


def test_the_dutch_bank_translates_every_question_under_the_same_keys() -> None:
    english = {c.key: c for c in shipped_question_bank("en")}
    dutch = {c.key: c for c in shipped_question_bank("nl")}
    assert list(english) == list(dutch)
    for key, category in english.items():
        translated = dutch[key]
        assert len(translated.questions) == len(category.questions), key
        assert not set(translated.questions) & set(category.questions), key
        assert translated.title != category.title, key
        # Topics may be written in either language: Dutch keeps every English keyword.
        assert set(category.keywords) <= set(translated.keywords), key
    assert shipped_question_bank("xx") == shipped_question_bank("en")


def test_meetings_offer_the_bank_in_the_interface_language(workspace: Workspace) -> None:
    meetings = meetings_in(workspace)
    meetings.add_own_question("Hoe ziet de inwerkperiode eruit?")
    workspace.language = "nl"
    bank = {c.key: c for c in meetings.question_bank()}
    assert "Met wie zou ik volgens jou nog meer moeten praten?" in bank["referrals"].questions
    assert bank["culture"].title == "Organisatiecultuur"
    assert any("Hoe ziet de inwerkperiode eruit?" in c.questions for c in bank.values())
    workspace.language = "de"
    bank = {c.key: c for c in meetings.question_bank()}
    assert "Who else do you think I should talk to?" in bank["referrals"].questions


# Phrase lists: one list for every language, so a check works whatever one writes in ----------


@pytest.mark.parametrize(
    "text",
    [
        "Do you have any vacancies for someone like me?",
        "Are you hiring at the moment?",
        "Heeft u misschien een vacature voor mij?",
        "Hebben jullie nog plek voor iemand zoals ik?",
        "Is er bij jullie werk voor mij?",
        "Kan ik bij jullie aan de slag?",
        "Nemen jullie nog mensen aan?",
        "Zoeken jullie nog iemand?",
        "Kun je mij aan een baan helpen?",
        "Ik wil graag bij jullie werken.",
    ],
)
def test_job_requests_are_found_in_english_and_dutch(text: str) -> None:
    assert find_job_requests(text, JOB_PHRASES)


@pytest.mark.parametrize(
    "text",
    [
        "Hoe worden hier meestal nieuwe mensen aangenomen?",
        "Welke functies zijn er hier voor iemand met mijn achtergrond?",
        "Ik werk graag met collecties en data.",
        "Met wie zou ik nog meer moeten praten?",
        "Which roles exist here for someone with my background?",
    ],
)
def test_questions_about_the_field_are_not_job_requests(text: str) -> None:
    assert not find_job_requests(text, JOB_PHRASES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_question_bank_never_asks_for_a_job(language: str) -> None:
    for category in shipped_question_bank(language):
        for question in category.questions:
            assert not find_job_requests(question, JOB_PHRASES), question


def test_filler_words_are_found_in_english_and_dutch() -> None:
    found = dict(find_phrases("Ik ben eigenlijk, zeg maar, best wel, ofzo, snap je", FILLERS))
    assert {"eigenlijk", "zeg maar", "best wel", "ofzo", "snap je"} <= set(found)
    assert dict(find_phrases("I basically, um, really like it", FILLERS)).keys() >= {
        "basically",
        "um",
        "really",
    }

"""Phrase lists for the gentle checks: what counts as asking for a job, and
which words are filler. English and Dutch lists ship with netdesk; the user's
own additions are kept in the data file."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from netdesk.domain.words import parse_phrases
from netdesk.paths import resource_path
from netdesk.services.settings import SettingsService
from netdesk.store.db import database


class PhraseList(StrEnum):
    JOB_REQUESTS = "job-requests"
    FILLER_WORDS = "filler-words"


@cache
def shipped_phrases(kind: PhraseList) -> tuple[str, ...]:
    return parse_phrases(resource_path("checks", f"{kind.value}.txt").read_text("utf-8"))


class PhraseService:
    def __init__(self, settings: SettingsService | None = None) -> None:
        self._settings = settings or SettingsService()

    def phrases(self, kind: PhraseList) -> tuple[str, ...]:
        """The shipped list followed by the user's own phrases."""
        return parse_phrases("\n".join((*shipped_phrases(kind), self.own_phrases(kind))))

    def job_request_phrases(self) -> tuple[str, ...]:
        return self.phrases(PhraseList.JOB_REQUESTS)

    def filler_words(self) -> tuple[str, ...]:
        return self.phrases(PhraseList.FILLER_WORDS)

    def own_phrases(self, kind: PhraseList) -> str:
        return self._settings.text(f"phrases.{kind.value}")

    def set_own_phrases(self, kind: PhraseList, text: str) -> None:
        """Keep the user's list as typed (one phrase per line), tidied."""
        self._settings.set_text(f"phrases.{kind.value}", "\n".join(parse_phrases(text)))

    def save_own(self, lists: Mapping[PhraseList, str]) -> None:
        """Keep several of the user's lists together, or none of them."""
        with database.atomic():
            for kind, text in lists.items():
                self.set_own_phrases(kind, text)

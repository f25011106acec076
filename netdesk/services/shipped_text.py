"""Text that ships with netdesk in more than one language (message templates,
the question bank, the demo network): which language to use, and where its
files are, falling back to English for anything not translated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from netdesk.paths import resource_path

DEFAULT_LANGUAGE = "en"

# A fixed language, or a way to ask for the current one: the interface
# language can change while the services live, so they ask each time.
LanguageSource: TypeAlias = str | Callable[[], str]


def current_language(source: LanguageSource) -> str:
    """The language code ("en", "nl") the source names now, lower case."""
    language = source() if callable(source) else source
    return language.strip().lower() or DEFAULT_LANGUAGE


def language_folders(language: str) -> tuple[str, ...]:
    """The folders to look in, in order: the language itself, then English.
    A regional code ("nl_NL", "nl-BE") also looks in its language ("nl")."""
    base = language.replace("-", "_").split("_", 1)[0]
    return tuple(dict.fromkeys((language, base, DEFAULT_LANGUAGE)))


def shipped_file(folder: str, language: str, name: str) -> Path | None:
    """``resources/<folder>/<language>/<name>``, else the English one, else None."""
    for code in language_folders(language):
        path = resource_path(folder, code, name)
        if path.is_file():
            return path
    return None

"""Every visible string is in the Dutch translation, finished, with its
placeholders intact, and the shipped .qm files are what lrelease makes."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "netdesk_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@pytest.fixture(scope="module")
def extracted():
    messages, problems = tool.extract()
    return messages, problems


@pytest.fixture(scope="module")
def dutch():
    return tool.read_ts(tool.ts_path("nl"))


def _hint(keys) -> str:
    return "\n".join(f"  [{k.context}] {k.source!r}" for k in sorted(keys)[:30]) + (
        "\nRun: python packaging/translations.py, then translate in Qt Linguist."
    )


def test_every_translation_call_is_extractable(extracted):
    _, problems = extracted
    assert problems == [], "\n".join(f"{p.file}:{p.line}: {p.what}" for p in problems)


def test_lupdate_finds_nothing_the_extraction_misses(extracted, tmp_path):
    """Qt's lupdate and our wrapper-aware reading agree: whatever lupdate sees
    is also extracted, in the same context (lupdate leaves the context empty
    for wrappers, whose context is known only from their body)."""
    messages, _ = extracted
    found = tool.lupdate_messages(tool.SOURCES, tmp_path / "lupdate.ts")
    assert found, "lupdate found nothing: is PySide6's pyside6-lupdate installed?"
    sources = {key.source for key in messages}
    missing = [
        key for key in found if (key.context and key not in messages) or key.source not in sources
    ]
    assert not missing, _hint(missing)
    plurals = [key for key, numerus in found.items() if numerus and key.context]
    assert all(messages[key].numerus for key in plurals)


def test_every_message_is_in_the_dutch_file_and_finished(extracted, dutch):
    messages, _ = extracted
    missing = [key for key in messages if key not in dutch]
    assert not missing, "Not in netdesk_nl.ts:\n" + _hint(missing)
    unfinished = [key for key in messages if not dutch[key].finished]
    assert not unfinished, "Unfinished in netdesk_nl.ts:\n" + _hint(unfinished)


def test_dutch_keeps_placeholders_and_tags(extracted, dutch):
    messages, _ = extracted
    wrong = []
    for key in messages:
        wanted = sorted(_PLACEHOLDER.findall(key.source))
        forms = dutch[key].forms
        # A singular may say "elke dag" rather than "elke %n dag"; the last
        # (plural) form carries them all, and no form invents one.
        last = sorted(_PLACEHOLDER.findall(forms[-1]))
        invented = any(set(_PLACEHOLDER.findall(f)) - set(wanted) for f in forms)
        tags = sorted(_TAG.findall(key.source)) != sorted(_TAG.findall(forms[-1]))
        if last != wanted or invented or tags:
            wrong.append((key.context, key.source, forms))
    assert not wrong, "\n".join(map(repr, wrong))


def test_dutch_plurals_have_two_forms(extracted, dutch):
    messages, _ = extracted
    wrong = [k for k, m in messages.items() if m.numerus and len(dutch[k].forms) != 2]
    assert not wrong, _hint(wrong)


def test_dutch_keeps_mnemonics(extracted, dutch):
    """A menu entry or label with an Alt key keeps one in Dutch (and only one)."""
    messages, _ = extracted

    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))

    wrong = [
        (key.source, dutch[key].forms[-1])
        for key in messages
        if mnemonics(key.source) != mnemonics(dutch[key].forms[-1])
        and ";;" not in key.source  # file-dialog filters hold no mnemonics
    ]
    assert not wrong, "\n".join(map(repr, wrong))


def test_english_file_holds_every_plural(extracted):
    messages, _ = extracted
    english = tool.read_ts(tool.ts_path("en"))
    plurals = {key for key, message in messages.items() if message.numerus}
    assert plurals <= set(english)
    for key in plurals:
        assert english[key].forms == tool.english_plurals(key.source)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_shipped_qm_is_what_lrelease_makes(language, tmp_path):
    made = tmp_path / f"netdesk_{language}.qm"
    tool.compile_qm(tool.ts_path(language), made)
    shipped = tool.qm_path(language)
    assert shipped.exists(), f"{shipped} is missing: run python packaging/translations.py"
    assert shipped.read_bytes() == made.read_bytes(), (
        f"{shipped.name} is stale: run python packaging/translations.py"
    )


def test_wrappers_resolve_to_their_runtime_context(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        '    return QCoreApplication.translate("ctx", text)\n'
        "def _n(text, count):\n"
        '    return QCoreApplication.translate("ctx", text, None, count)\n'
        "class Panel:\n"
        "    def build(self):\n"
        "        tr = self.tr\n"
        '        return tr("Hello"), _tr("Bye"), _n("%n day(s)", 2), self.tr("A", "note")\n'
        "def kinds():\n"
        "    def tr(text):\n"
        '        return QCoreApplication.translate("Kinds", text)\n'
        '    return tr("Coffee")\n'
        "def dynamic(word):\n"
        "    return _tr(word)\n",
        encoding="utf-8",
    )
    messages, problems = tool.extract(package)
    key = tool.Key
    assert set(messages) == {
        key("Panel", "Hello"),
        key("ctx", "Bye"),
        key("ctx", "%n day(s)"),
        key("Panel", "A", "note"),
        key("Kinds", "Coffee"),
    }
    assert messages[key("ctx", "%n day(s)")].numerus
    assert [p.line for p in problems] == [15]

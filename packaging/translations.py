"""Keep netdesk's translation files in step with the source.

    python packaging/translations.py          # update resources/i18n/*.ts, then compile *.qm
    python packaging/translations.py --check  # exit 1 when a .ts or .qm is out of date

Qt's lupdate finds ``self.tr("…")`` and ``QCoreApplication.translate("ctx", "…")``
but not the small wrappers many modules use (``_tr(text)``, ``_n(text, count)``,
``tr = self.tr``), and it cannot know the context such a wrapper passes at run
time. This reads the sources with :mod:`ast` instead, resolving each wrapper to
the context and plural form it really uses; the tests cross-check the result
against lupdate so neither can drift.

The Dutch file holds every message. The English file holds only the plural
messages ("%n contact(s)"), so that English gets "1 contact" and "2 contacts".
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "netdesk"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl", "en")
_BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """The path of a Qt Linguist tool that comes with PySide6."""
    candidate = _BIN / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A translation call whose text lupdate (and so a translator) cannot see."""

    file: str
    line: int
    what: str


@dataclass(frozen=True)
class _Translator:
    """How a callable name translates: its context and where the count goes."""

    context: str | None  # None: the enclosing class (self.tr)
    source_arg: int
    comment_arg: int | None
    count_arg: int | None


_SELF_TR = _Translator(None, 0, 1, 2)


def _is_qt_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in {"QCoreApplication", "QApplication"}
    )


def _is_self_tr(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "tr"
        and isinstance(node.value, ast.Name)
        and node.value.id in {"self", "cls"}
    )


def _param_at(args: list[ast.expr], index: int, params: list[str]) -> int | None:
    """Which of the wrapper's parameters is passed at ``index`` of translate()."""
    given = args[index] if len(args) > index else None
    if isinstance(given, ast.Name) and given.id in params:
        return params.index(given.id)
    return None


def _wrapper(func: ast.FunctionDef) -> _Translator | None:
    """A function whose whole job is calling translate() on its parameters."""
    params = [a.arg for a in func.args.args]
    for node in ast.walk(func):
        if not (isinstance(node, ast.Call) and _is_qt_translate(node.func)):
            continue
        args = node.args
        if len(args) < 2 or not isinstance(args[0], ast.Constant):
            continue
        if not (isinstance(args[1], ast.Name) and args[1].id in params):
            continue
        return _Translator(
            str(args[0].value),
            params.index(args[1].id),
            _param_at(args, 2, params),
            _param_at(args, 3, params),
        )
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.messages: list[tuple[Key, bool, int]] = []
        self.problems: list[Problem] = []
        self._classes: list[str] = []
        self._scopes: list[dict[str, _Translator]] = [{}]
        self._aliases: set[str] = set()

    def _lookup(self, name: str) -> _Translator | None:
        for scope in reversed(self._scopes):
            if name in scope:
                return scope[name]
        return None

    def _declare_functions(self, body: Iterable[ast.stmt]) -> None:
        for statement in body:
            if isinstance(statement, ast.FunctionDef):
                found = _wrapper(statement)
                if found is not None:
                    self._scopes[-1][statement.name] = found

    def visit_Module(self, node: ast.Module) -> None:
        self._declare_functions(node.body)
        self._aliases = {  # translate = QCoreApplication.translate
            target.id
            for statement in ast.walk(node)
            if isinstance(statement, ast.Assign) and _is_qt_translate(statement.value)
            for target in statement.targets
            if isinstance(target, ast.Name)
        }
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        is_wrapper = _wrapper(node) is not None
        self._scopes.append({})
        self._declare_functions(node.body)
        for statement in ast.walk(node):
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and _is_self_tr(statement.value)
            ):
                self._scopes[-1][statement.targets[0].id] = _SELF_TR
        if not is_wrapper:  # its own translate(ctx, text) call is no message
            self.generic_visit(node)
        self._scopes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        how: _Translator | None = None
        context: str | None = None
        if _is_self_tr(node.func):
            how = _SELF_TR
        elif _is_qt_translate(node.func) or (
            isinstance(node.func, ast.Name) and node.func.id in self._aliases
        ):
            how = _Translator("", 1, 2, 3)
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                self._problem(node, "translate() with a context that is not a literal")
                how = None
            else:
                context = first.value
        elif isinstance(node.func, ast.Name):
            how = self._lookup(node.func.id)
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
            self._problem(node, "tr() of another object: its context is known only at run time")
        if how is not None:
            self._record(node, how, context)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr == "tr" and not _is_self_tr(value):
            self._problem(node, "tr of another object: its context is known only at run time")
        self.generic_visit(node)

    def _record(self, node: ast.Call, how: _Translator, context: str | None) -> None:
        if context is None:
            context = how.context
        if context is None:
            if not self._classes:
                self._problem(node, "self.tr() outside a class")
                return
            context = self._classes[-1]
        args = node.args
        source = args[how.source_arg] if len(args) > how.source_arg else None
        if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            self._problem(node, "a translated text that is not a literal string")
            return
        comment = ""
        if how.comment_arg is not None and len(args) > how.comment_arg:
            given = args[how.comment_arg]
            if isinstance(given, ast.Constant) and isinstance(given.value, str):
                comment = given.value
        numerus = (
            how.count_arg is not None
            and len(args) > how.count_arg
            and not (
                isinstance(args[how.count_arg], ast.Constant) and args[how.count_arg].value is None  # type: ignore[attr-defined]
            )
        )
        self.messages.append((Key(context, source.value, comment), numerus, node.lineno))

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(self.file, getattr(node, "lineno", 0), what))


def python_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def extract(root: Path = SOURCES) -> tuple[dict[Key, Message], list[Problem]]:
    """Every translatable message under ``root``, with the problems found."""
    messages: dict[Key, Message] = {}
    problems: list[Problem] = []
    for path in python_files(root):
        relative = path.relative_to(root.parent).as_posix()
        collector = _Collector(relative)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        problems.extend(collector.problems)
        for key, numerus, line in collector.messages:
            message = messages.setdefault(key, Message(key, numerus))
            message.numerus = message.numerus or numerus
            message.locations.append((relative, line))
    return messages, problems


# --- .ts files -------------------------------------------------------------


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            element = message.find("translation")
            if element is None or element.get("type") in {"obsolete", "vanished"}:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in element.iter("numerusform")]
            else:
                forms = [element.text or ""]
            finished = element.get("type") != "unfinished" and all(forms)
            found[key] = Translation(forms, finished)
    return found


def english_plurals(source: str) -> list[str]:
    """The singular and plural of an English "(s)" message."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def _indent(text: str, depth: int) -> str:
    return "    " * depth + text


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render_ts(
    language: str, messages: Iterable[Message], translations: dict[Key, Translation]
) -> str:
    """A .ts file in the layout lupdate writes, so Qt Linguist opens it as usual."""
    by_context: dict[str, list[Message]] = {}
    for message in sorted(messages, key=lambda m: (m.key, m.locations)):
        by_context.setdefault(message.key.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += [_indent("<context>", 0), _indent(f"<name>{_escape(context)}</name>", 1)]
        for message in by_context[context]:
            key = message.key
            numerus = ' numerus="yes"' if message.numerus else ""
            lines.append(_indent(f"<message{numerus}>", 1))
            for file, line in message.locations:
                lines.append(_indent(f'<location filename="../../{file}" line="{line}"/>', 2))
            lines.append(_indent(f"<source>{_escape(key.source)}</source>", 2))
            if key.comment:
                lines.append(_indent(f"<comment>{_escape(key.comment)}</comment>", 2))
            known = translations.get(key)
            state = "" if known and known.finished else ' type="unfinished"'
            if message.numerus:
                forms = known.forms if known else [""]
                lines.append(_indent(f"<translation{state}>", 2))
                lines += [_indent(f"<numerusform>{_escape(f)}</numerusform>", 3) for f in forms]
                lines.append(_indent("</translation>", 2))
            else:
                text = known.forms[0] if known else ""
                lines.append(_indent(f"<translation{state}>{_escape(text)}</translation>", 2))
            lines.append(_indent("</message>", 1))
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(language: str) -> Path:
    return I18N / f"netdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"netdesk_{language}.qm"


def expected_ts(language: str, messages: dict[Key, Message]) -> str:
    """What the .ts for ``language`` should hold, keeping its translations."""
    known = read_ts(ts_path(language))
    chosen: Iterable[Message] = messages.values()
    if language == "en":
        chosen = [m for m in messages.values() if m.numerus]
        known = {m.key: Translation(english_plurals(m.key.source), True) for m in chosen}
    return render_ts(language, chosen, known)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def lupdate_messages(root: Path, out: Path) -> dict[Key, bool]:
    """What Qt's own lupdate finds (context, source, comment) → numerus."""
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            str(root),
            "-ts",
            str(out),
        ],
        check=True,
    )
    found: dict[Key, bool] = {}
    for context in ET.parse(out).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.get("numerus") == "yes"
    return found


def unfinished(language: str) -> Iterator[Key]:
    for key, translation in read_ts(ts_path(language)).items():
        if not translation.finished:
            yield key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    options = parser.parse_args(argv)
    messages, problems = extract()
    for problem in problems:
        print(f"{problem.file}:{problem.line}: {problem.what}", file=sys.stderr)
    stale = False
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        text = expected_ts(language, messages)
        path = ts_path(language)
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            stale = True
            if not options.check:
                path.write_text(text, encoding="utf-8")
        if not options.check:
            compile_qm(path, qm_path(language))
        todo = sum(1 for _ in unfinished(language))
        print(f"{path.name}: {todo} unfinished")
    return 1 if options.check and (stale or problems) else 0


if __name__ == "__main__":
    sys.exit(main())

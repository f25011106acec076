"""Data flows one way: domain <- store <- services <- Qt models/views <- app/cli.

An AST scan of every module, so the rule holds for imports inside functions,
relative imports and ``from netdesk import store`` alike.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import netdesk

PACKAGE_ROOT = Path(netdesk.__file__).resolve().parent

QT_FREE = ("domain", "store", "services", "interchange")
UI = ("models", "views", "wizard", "printing")
QT_MODULES = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module name ``source`` (the text of ``module``) may import.

    ``from a import b`` yields both ``a`` and ``a.b``, since ``b`` may be a module.
    Relative imports are resolved against ``module``. Literal
    ``importlib.import_module("x")`` and ``__import__("x")`` calls count too.
    """
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.add(node.args[0].value)
    return found


def offending(imported: set[str], banned: tuple[str, ...]) -> set[str]:
    return {name for name in imported if any(name == b or name.startswith(b + ".") for b in banned)}


def modules_under(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (PACKAGE_ROOT / folder).rglob("*.py"))


def scan(folders: tuple[str, ...], banned: tuple[str, ...]) -> dict[str, set[str]]:
    problems: dict[str, set[str]] = {}
    for path in modules_under(*folders):
        bad = offending(
            imports_of(
                path.read_text(encoding="utf-8"),
                module_name(path),
                is_package=path.name == "__init__.py",
            ),
            banned,
        )
        if bad:
            problems[str(path.relative_to(PACKAGE_ROOT.parent))] = bad
    return problems


def test_the_scan_sees_the_lower_layers() -> None:
    names = {module_name(p) for p in modules_under("domain", "store", "services")}
    assert {"netdesk.domain.contacts", "netdesk.store.db", "netdesk.services.contacts"} <= names


def test_lower_layers_do_not_import_qt() -> None:
    assert scan(QT_FREE, QT_MODULES) == {}


def test_ui_does_not_import_the_store() -> None:
    assert scan(UI, ("netdesk.store",)) == {}


def test_domain_imports_no_orm_store_or_services() -> None:
    assert scan(("domain",), ("peewee", "playhouse", "netdesk.store", "netdesk.services")) == {}


# The scanner itself ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "module", "banned"),
    [
        ("from PySide6.QtCore import Qt", "netdesk.services.x", QT_MODULES),
        ("import PySide6", "netdesk.domain.x", QT_MODULES),
        ("import shiboken6 as sb", "netdesk.store.x", QT_MODULES),
        ("def f():\n    from PySide6 import QtWidgets\n", "netdesk.domain.x", QT_MODULES),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')", "netdesk.x", QT_MODULES),
        ("from netdesk.store.db import database", "netdesk.views.x", ("netdesk.store",)),
        ("from netdesk import store", "netdesk.views.x", ("netdesk.store",)),
        ("import netdesk.store.tables", "netdesk.models.x", ("netdesk.store",)),
        ("from ..store import db", "netdesk.views.x", ("netdesk.store",)),
        ("from .. import store", "netdesk.views.x", ("netdesk.store",)),
        ("from ...store.db import database", "netdesk.views.sub.x", ("netdesk.store",)),
        ("from .db import database", "netdesk.store", ("netdesk.store",)),
        ("import peewee", "netdesk.domain.x", ("peewee",)),
        ("from playhouse.sqlite_ext import FTS5Model", "netdesk.domain.x", ("playhouse",)),
    ],
)
def test_scanner_catches(source: str, module: str, banned: tuple[str, ...]) -> None:
    is_package = module == "netdesk.store"
    assert offending(imports_of(source, module, is_package=is_package), banned)


@pytest.mark.parametrize(
    ("source", "module", "banned"),
    [
        (
            "from netdesk.services.contacts import ContactService",
            "netdesk.views.x",
            ("netdesk.store",),
        ),
        ("from netdesk.domain import contacts", "netdesk.models.x", ("netdesk.store",)),
        ("from .contacts import Contact", "netdesk.domain.x", ("netdesk.store",)),
        ("import netdesk.storefront", "netdesk.views.x", ("netdesk.store",)),
        ("# import PySide6\ntext = 'from PySide6 import QtCore'", "netdesk.domain.x", QT_MODULES),
    ],
)
def test_scanner_allows(source: str, module: str, banned: tuple[str, ...]) -> None:
    assert offending(imports_of(source, module), banned) == set()

"""The interface language: which translations load, and the locale to match.

netdesk speaks English and Dutch. The system locale picks one (Dutch for any
Dutch locale, English otherwise) unless the user chose in View → Language,
kept in QSettings under ``ui/language`` as ``system``, ``en`` or ``nl``.
Qt's own ``qtbase_<lang>.qm`` comes along so standard buttons (OK, Cancel,
Yes) speak the same language as the rest of the window.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from netdesk.paths import resource_path

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
FALLBACK = "en"


class Language(StrEnum):
    ENGLISH = "en"
    DUTCH = "nl"


SUPPORTED = frozenset(language.value for language in Language)
_LOCALE_NAMES = {Language.ENGLISH: "en_GB", Language.DUTCH: "nl_NL"}


def language_for_locale(locale: QLocale) -> str:
    """Dutch for any Dutch locale (nl_NL, nl_BE, …), English for the rest."""
    return Language.DUTCH.value if locale.language() == QLocale.Language.Dutch else FALLBACK


def chosen_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language a setting asks for; ``system`` (or anything unknown) follows
    the system locale."""
    if setting in SUPPORTED:
        return str(setting)
    return language_for_locale(system if system is not None else QLocale.system())


def language_setting(settings: QSettings | None = None) -> str:
    """What View → Language says: ``system``, ``en`` or ``nl``."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in {SYSTEM, *SUPPORTED} else SYSTEM


def save_language_setting(value: str, settings: QSettings | None = None) -> None:
    """Keep the choice for the next start (``system``, ``en`` or ``nl``)."""
    if value not in {SYSTEM, *SUPPORTED}:
        raise ValueError(value)
    store = settings or QSettings()
    store.setValue(LANGUAGE_KEY, value)
    store.sync()


def translations_folder() -> Path:
    return resource_path("i18n")


def qt_translations_folder() -> Path:
    """Qt's own translations: PySide6's folder, or the bundle's copy of it
    (packaging/netdesk.spec keeps qtbase_nl.qm beside the bundled PySide6)."""
    import PySide6

    beside = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    if beside.is_dir():
        return beside
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


# Installed translators stay referenced here: Qt does not own them.
_installed: list[QTranslator] = []


def _load(folder: Path, name: str, app: QCoreApplication) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language_setting: str | None = None) -> str:
    """Load netdesk's and Qt's translations for the chosen language and make
    the default locale match, so dates and numbers follow. Returns the active
    code (``en`` or ``nl``). Calling it again replaces what it installed."""
    language = chosen_language(language_setting)
    remove_translators(app)
    # English needs its file too: it holds the plurals ("1 contact", "2 contacts").
    _load(translations_folder(), f"netdesk_{language}", app)
    if language != FALLBACK:
        _load(qt_translations_folder(), f"qtbase_{language}", app)
    system = QLocale.system()
    # The C locale has no real formats ("22 10 2025"): it counts as English.
    if language_for_locale(system) == language and system.language() != QLocale.Language.C:
        QLocale.setDefault(system)  # keep the user's region: nl_BE stays Belgian
    else:
        QLocale.setDefault(QLocale(_LOCALE_NAMES[Language(language)]))
    return language

"""The active language and the gettext functions every layer translates with.

There is one active language per process. The UI switches it at run time and
then asks Qt to send ``LanguageChange`` to every widget, which re-reads its
texts through these functions.
"""

from __future__ import annotations

import gettext
import logging
from pathlib import Path

from planner.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


class _Active:
    language: str = DEFAULT_LANGUAGE
    translations: gettext.NullTranslations = gettext.NullTranslations()


_active = _Active()


def load_translations(language: str, domain: str = "messages") -> gettext.NullTranslations:
    """The compiled catalog of ``domain`` for ``language`` (English needs none)."""
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    mo_path = LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.mo"
    try:
        with mo_path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        log.error("No compiled catalog at %s; texts stay in English", mo_path)
        return gettext.NullTranslations()


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _active.language = language
    _active.translations = load_translations(language)


def current_language() -> str:
    return _active.language


def _(message: str) -> str:
    return _active.translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _active.translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _active.translations.pgettext(context, message)

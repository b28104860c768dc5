"""Translations (gettext catalogs managed with Babel) and locale formatting."""

from planner.i18n.core import _, current_language, ngettext, pgettext, set_language
from planner.i18n.languages import LANGUAGE_NAMES, LANGUAGES, language_for_locale, system_language
from planner.i18n.markers import N_

__all__ = [
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "N_",
    "_",
    "current_language",
    "language_for_locale",
    "ngettext",
    "pgettext",
    "set_language",
    "system_language",
]

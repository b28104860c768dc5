"""The languages the planner speaks and how a system locale maps to them."""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "nb", "sw")
DEFAULT_LANGUAGE = "en"

# Endonyms: a language is always listed in its own name, never translated.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "nb": "Norsk bokmål", "sw": "Kiswahili"}

# The CLDR locale Babel formats dates, numbers and currency with.
BABEL_LOCALES: dict[str, str] = {"en": "en", "nb": "nb_NO", "sw": "sw"}

# Qt's locale names for QLocale.setDefault and the date widgets.
QT_LOCALES: dict[str, str] = {"en": "en_US", "nb": "nb_NO", "sw": "sw_KE"}

# The currency a new plan item starts in, by the window's language (the user can
# pick another). Kiswahili is spoken most in Kenya and Tanzania; the Kenyan shilling
# matches the sw_KE dates. English speakers are everywhere: the US dollar is the most
# common currency of online courses and certifications.
DEFAULT_CURRENCIES: dict[str, str] = {"en": "USD", "nb": "NOK", "sw": "KES"}

# Norwegian comes as nb, nn or the old macro code no; we only have Bokmål.
_ALIASES = {"nb": "nb", "nn": "nb", "no": "nb", "sw": "sw", "en": "en"}


def language_for_locale(name: str | None) -> str:
    """Map a locale name such as ``nb_NO.UTF-8``, ``nn`` or ``sw-KE`` to a language we ship."""
    if not name:
        return DEFAULT_LANGUAGE
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return _ALIASES.get(code, DEFAULT_LANGUAGE)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the user's session, as gettext would choose it."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value or value in {"C", "POSIX"}:
            continue
        # LANGUAGE may hold a priority list such as "nn:nb:en".
        for part in value.split(":"):
            code = part.replace("-", "_").split(".")[0].split("_")[0].lower()
            if code in _ALIASES:
                return _ALIASES[code]
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def normalize_language(value: object) -> str | None:
    """The shipped language for a user-supplied code, or None if we do not ship it.

    Anything that is not text (a hand-edited ``"language": 5``) is None too.
    """
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in LANGUAGES else None

"""Qt's own texts (dialog buttons, file and print dialogs, context menus) in nb and sw.

Qt ships no qtbase catalog for Norwegian Bokmål or Swahili, so the planner
translates Qt's built-in strings with a gettext catalog of its own, ``qt.po``,
compiled to ``planner/locale/<lang>/LC_MESSAGES/qt.mo`` by the build hook.
The template is recorded from a running Qt by ``tools/i18n/record_qt_strings.py``.

Qt asks a translator for ``(context, source, disambiguation, n)``. In the
catalog the msgctxt is the Qt context, or ``"context|disambiguation"`` when Qt
gives a disambiguation; strings Qt asks with a count are plural entries whose
msgid and msgid_plural are both Qt's source text (Qt replaces ``%n`` itself).
"""

from __future__ import annotations

import ctypes
import gettext
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from planner.i18n.core import LOCALE_DIR
from planner.i18n.languages import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)

QT_DOMAIN = "qt"

# What the fallback answers for a string the catalog lacks. It holds a NUL,
# which no compiled msgstr can contain, so it never collides with a translation.
_MISSING = "\x00missing\x00"

# PySide6 (seen in 6.12) hands a C++ nullptr argument of a Python override to
# Python as None without taking a reference to it, so every call Qt makes
# with no disambiguation costs None one reference. CPython before 3.12 counts
# references on None and aborts ("deallocating None") once they run out.
_NONE_IS_COUNTED = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def compensate_none_references(*arguments: object) -> None:
    """Give None back the reference PySide took for each None argument of an override.

    Call it first thing in a Python override of ``QTranslator.translate``.
    An extra reference is harmless if a later PySide stops taking one.
    """
    if not _NONE_IS_COUNTED:
        return
    for argument in arguments:
        if argument is None:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


class _Missing(gettext.NullTranslations):
    """Fallback that marks a lookup the catalog could not answer."""

    def gettext(self, message: str) -> str:
        return _MISSING

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _MISSING

    def pgettext(self, context: str, message: str) -> str:
        return _MISSING

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return _MISSING


def qt_catalog_path(language: str) -> Path:
    """Where the compiled catalog of Qt's texts for ``language`` lives."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{QT_DOMAIN}.mo"


def _load_catalog(language: str) -> gettext.NullTranslations | None:
    if language == DEFAULT_LANGUAGE:
        return None
    path = qt_catalog_path(language)
    try:
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)
    except OSError:
        log.error("No compiled catalog at %s; Qt's own texts stay in English", path)
        return None
    catalog.add_fallback(_Missing())
    return catalog


class GettextQtTranslator(QTranslator):
    """A QTranslator that answers from the gettext catalog ``qt.mo`` of one language.

    It returns None for a string the catalog lacks (and for everything in
    English), which tells Qt to try the next translator and then to show its
    source text.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._catalog = _load_catalog(language)

    def language(self) -> str:
        return self._language

    def filePath(self) -> str:
        return str(qt_catalog_path(self._language)) if self._catalog is not None else ""

    def isEmpty(self) -> bool:
        # Qt sends LanguageChange on install only for a translator that is not empty.
        return self._catalog is None

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        compensate_none_references(context, source_text, disambiguation)
        if self._catalog is None or not source_text:
            return None
        msgctxt = f"{context}|{disambiguation}" if disambiguation else context
        if n >= 0:
            text = self._catalog.npgettext(msgctxt, source_text, source_text, n)
        else:
            text = self._catalog.pgettext(msgctxt, source_text)
        if not text or text == _MISSING:
            return None
        return text


def install_qt_translator(app: QCoreApplication, language: str) -> GettextQtTranslator | None:
    """Make Qt's own texts speak ``language``; returns the installed translator.

    Removes the translator a previous call installed, then installs one for
    ``language`` unless there is nothing to translate (English, or no compiled
    catalog), in which case it returns None. Either change sends
    ``QEvent.LanguageChange`` to every widget, so open dialogs re-read their texts.
    The translator is a child of ``app``, which keeps it alive and lets the next
    call find it.
    """
    for previous in app.findChildren(GettextQtTranslator):
        app.removeTranslator(previous)
        previous.setParent(None)
    translator = GettextQtTranslator(language, parent=app)
    if translator.isEmpty():
        translator.setParent(None)
        return None
    app.installTranslator(translator)
    return translator

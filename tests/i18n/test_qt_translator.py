"""Qt's own texts (buttons, file dialog, menus) in nb and sw through the gettext catalog qt.po.

The compiled catalogs under ``planner/locale`` come from the build hook
(``hatch_build.py``), as for every other catalog; these tests do not build them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

from planner.i18n import qt_translator
from planner.i18n.qt_translator import (
    GettextQtTranslator,
    install_qt_translator,
    qt_catalog_path,
)
from tests.helpers.paths import ROOT
from tests.helpers.visible_text import english_leftovers, visible_texts

TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("nb", "sw")
ACCELERATOR = re.compile(r"&(?!&)")
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")

Buttons = QDialogButtonBox.StandardButton

# The offscreen platform says so whenever a dialog is shown; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def english_qt(qapp: QApplication) -> Iterator[QApplication]:
    """The application with Qt's texts back in English after the test."""
    yield qapp
    install_qt_translator(qapp, "en")


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _entries(catalog: Catalog) -> dict[tuple[str | None, str], Message]:
    return {(message.context, str(message.id)): message for message in catalog if message.id}


def _msgstrs(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_is_there(language: str) -> None:
    assert qt_catalog_path(language).is_file(), (
        "planner/locale holds no qt.mo; build the package (pip install -e .) so the "
        "build hook compiles translations/*/LC_MESSAGES/qt.po"
    )


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_unknown_string_is_none_not_empty(language: str) -> None:
    translator = GettextQtTranslator(language)
    assert translator.translate("QFileDialog", "Not a string Qt has") is None
    assert translator.translate("NoSuchContext", "Save") is None
    assert translator.translate("QPlatformTheme", "Save", "no such disambiguation") is None


def test_english_translates_nothing_and_is_not_installed(english_qt: QApplication) -> None:
    translator = GettextQtTranslator("en")
    assert translator.isEmpty()
    assert translator.translate("QPlatformTheme", "Save") is None
    assert install_qt_translator(english_qt, "en") is None
    assert english_qt.findChildren(GettextQtTranslator) == []


def test_context_and_disambiguation_select_the_entry() -> None:
    translator = GettextQtTranslator("nb")
    assert translator.translate("QPlatformTheme", "Save") == "Lagre"
    assert translator.translate("QUndoStack", "Undo", "Default text for undo action") == "Angre"
    assert translator.translate("QUndoStack", "Undo %1") == "Angre %1"
    # The same English word is a key name in QShortcut, not the print action.
    assert translator.translate("QPrintDialog", "Print") == "Skriv ut"
    assert translator.translate("QShortcut", "Print") == "Print"


@pytest.mark.parametrize(
    ("language", "save", "cancel"),
    [("nb", "Lagre", "Avbryt"), ("sw", "Hifadhi", "Ghairi"), ("en", "Save", "Cancel")],
)
def test_button_box_speaks_the_language(
    english_qt: QApplication, qtbot, language: str, save: str, cancel: str
) -> None:
    install_qt_translator(english_qt, language)
    box = QDialogButtonBox(Buttons.Save | Buttons.Cancel)
    qtbot.addWidget(box)
    assert box.button(Buttons.Save).text() == save
    assert box.button(Buttons.Cancel).text() == cancel


def test_open_widgets_follow_a_switch_and_english_comes_back(
    english_qt: QApplication, qtbot
) -> None:
    box = QDialogButtonBox(Buttons.Save | Buttons.Cancel | Buttons.Yes)
    qtbot.addWidget(box)
    box.show()
    save, yes = box.button(Buttons.Save), box.button(Buttons.Yes)

    nb = install_qt_translator(english_qt, "nb")
    assert nb is not None
    assert english_qt.findChildren(GettextQtTranslator) == [nb]
    qtbot.waitUntil(lambda: save.text() == "Lagre")
    assert yes.text() == "&Ja"

    sw = install_qt_translator(english_qt, "sw")
    assert english_qt.findChildren(GettextQtTranslator) == [sw]
    qtbot.waitUntil(lambda: save.text() == "Hifadhi")
    assert yes.text() == "&Ndiyo"

    assert install_qt_translator(english_qt, "en") is None
    assert english_qt.findChildren(GettextQtTranslator) == []
    qtbot.waitUntil(lambda: save.text() == "Save")
    assert yes.text() == "&Yes"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def _file_dialog(qtbot, directory: Path) -> QFileDialog:
    dialog = QFileDialog(None, "", str(directory))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _dialog_texts(dialog: QFileDialog) -> list[tuple[str, str]]:
    """What :func:`visible_texts` sees, plus the entries of the file list's context menu."""
    texts = visible_texts(dialog)
    texts += [
        (f"QAction:{action.objectName()}", action.text().replace("&", ""))
        for action in dialog.findChildren(QAction)
        if action.text()
    ]
    return texts


def _paths(dialog: QWidget, directory: Path) -> frozenset[str]:
    """Folder names and paths the dialog shows: the user's, not Qt's."""
    shown = {text for _, text in visible_texts(dialog)}
    return frozenset(
        text for text in shown if "/" in text or text in directory.parts or text == Path.home().name
    )


def test_file_dialog_in_swahili_shows_no_english(
    english_qt: QApplication, qtbot, tmp_path: Path
) -> None:
    (tmp_path / "plan.txt").write_text("plan", encoding="utf-8")
    english_dialog = _file_dialog(qtbot, tmp_path)
    english = {text for _, text in _dialog_texts(english_dialog)}
    assert {"Look in:", "File name:", "Files of type:", "Open", "Cancel"} <= english
    assert {"Name", "Size", "Type", "Date Modified", "Back", "Parent Directory"} <= english

    install_qt_translator(english_qt, "sw")
    dialog = _file_dialog(qtbot, tmp_path)
    swahili = {text for _, text in _dialog_texts(dialog)}
    assert {"Tazama ndani ya:", "Jina la faili:", "Aina ya faili:", "Fungua", "Ghairi"} <= swahili
    assert {"Jina", "Ukubwa", "Aina", "Tarehe ya kubadilishwa", "Folda kuu"} <= swahili

    leftovers = english_leftovers(dialog, english, user_texts=_paths(dialog, tmp_path))
    leftovers += [
        (where, text)
        for where, text in _dialog_texts(dialog)
        if where.startswith("QAction:") and text in english
    ]
    assert leftovers == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_recorded_string_is_translated(language: str) -> None:
    template = _entries(_read(TRANSLATIONS / "qt.pot"))
    catalog = _read(TRANSLATIONS / language / "LC_MESSAGES" / "qt.po", locale=language)
    translated = _entries(catalog)
    assert len(template) > 100
    assert set(translated) == set(template)
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"
    for key, message in translated.items():
        source = template[key]
        assert not message.fuzzy, key
        assert isinstance(message.id, tuple) == isinstance(source.id, tuple), key
        strings = _msgstrs(message)
        assert all(strings), key
        for text in strings:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(key[1])), key
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(key[1])), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_translator_answers_every_entry_of_the_catalog(language: str) -> None:
    """The compiled catalog matches qt.po, and context|disambiguation keys resolve."""
    translator = GettextQtTranslator(language)
    catalog = _read(TRANSLATIONS / language / "LC_MESSAGES" / "qt.po", locale=language)
    for (context, source), message in _entries(catalog).items():
        assert context is not None
        qt_context, _, disambiguation = context.partition("|")
        answer = translator.translate(qt_context, source, disambiguation or None)
        assert answer == _msgstrs(message)[0], (context, source)


def _write_catalog(directory: Path, language: str) -> None:
    catalog = Catalog(locale=language)
    catalog.add(("%n file(s)", "%n file(s)"), ("%n fil", "%n filer"), context="Probe")
    catalog.add("Plain", "Enkel", context="Probe")
    out = directory / language / "LC_MESSAGES" / "qt.mo"
    out.parent.mkdir(parents=True)
    with out.open("wb") as handle:
        write_mo(handle, catalog)


def test_plural_forms_leave_percent_n_to_qt(
    english_qt: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write_catalog(tmp_path, "nb")
    monkeypatch.setattr(qt_translator, "LOCALE_DIR", tmp_path)
    translator = GettextQtTranslator("nb")
    assert translator.translate("Probe", "%n file(s)", None, 1) == "%n fil"
    assert translator.translate("Probe", "%n file(s)", None, 3) == "%n filer"
    assert translator.translate("Probe", "%n file(s)", None, 0) == "%n filer"
    assert translator.translate("Probe", "Plain") == "Enkel"
    assert translator.translate("Probe", "%n folder(s)", None, 2) is None

    assert install_qt_translator(english_qt, "nb") is not None
    assert QCoreApplication.translate("Probe", "%n file(s)", None, 1) == "1 fil"
    assert QCoreApplication.translate("Probe", "%n file(s)", None, 12) == "12 filer"
    assert QCoreApplication.translate("Probe", "%n folder(s)", None, 2) == "2 folder(s)"


def test_many_lookups_do_not_use_up_none(english_qt: QApplication) -> None:
    """PySide hands Qt's null disambiguation to Python without a reference to None."""
    install_qt_translator(english_qt, "nb")
    before = sys.getrefcount(None)
    for _ in range(20_000):
        QCoreApplication.translate("QPlatformTheme", "Save")
        QCoreApplication.translate("QFileDialog", "Not a string Qt has")
    assert sys.getrefcount(None) >= before - 100

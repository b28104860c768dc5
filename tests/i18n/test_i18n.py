"""Translations: complete catalogs, fresh compiled files, and no English left in nb or sw."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from planner.i18n.core import LOCALE_DIR
from planner.i18n.languages import language_for_locale, system_language
from tests.helpers.paths import ROOT
from tests.helpers.visible_text import english_leftovers, visible_texts

TRANSLATIONS = ROOT / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/*.po"))


def test_there_are_catalogs_for_both_languages_and_both_domains() -> None:
    names = {(p.parent.parent.name, p.stem) for p in CATALOGS}
    assert names == {("nb", "messages"), ("sw", "messages"), ("nb", "qt"), ("sw", "qt")}


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_catalog_is_complete_without_fuzzy_entries(po_path: Path) -> None:
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    untranslated, fuzzy = [], []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated.append(message.id)
        if message.fuzzy:
            fuzzy.append(message.id)
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_catalog_matches_the_template(po_path: Path) -> None:
    """Every msgid in the .pot is in the .po: nobody forgot `make catalogs`."""
    with (TRANSLATIONS / f"{po_path.stem}.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with po_path.open("rb") as handle:
        catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    assert template - catalog == set()


def test_template_holds_every_string_in_the_code(tmp_path: Path) -> None:
    from babel.messages.extract import extract_from_dir

    from planner.i18n.extract import extract_catalogue

    root = TRANSLATIONS.parent
    found: set[str] = set()
    keywords = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
    for _file, _line, message, _comments, _context in extract_from_dir(
        root / "planner", method_map=[("**.py", "python")], keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    with (root / "resources" / "catalogue.json").open("rb") as handle:
        for _line, _func, message, _comments in extract_catalogue(handle, None, None, None):
            found.add(message)
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    assert found - template == set(), "run `make catalogs` and translate the new strings"


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_compiled_catalog_is_not_stale(po_path: Path) -> None:
    language = po_path.parent.parent.name
    mo_path = LOCALE_DIR / language / "LC_MESSAGES" / f"{po_path.stem}.mo"
    assert mo_path.exists(), "reinstall (make test does) to compile the catalogs"
    with mo_path.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id or message.pluralizable:
            continue
        if message.context:
            assert compiled.pgettext(message.context, message.id) == message.string
        else:
            assert compiled.gettext(message.id) == message.string, message.id


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("nn_NO", "nb"),
        ("no", "nb"),
        ("sw_KE", "sw"),
        ("sw-TZ", "sw"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_locale_names_map_to_languages(name: str | None, language: str) -> None:
    assert language_for_locale(name) == language


def test_system_language_follows_gettext_variables() -> None:
    assert system_language({"LANG": "nn_NO.UTF-8"}) == "nb"
    assert system_language({"LANGUAGE": "sw:en", "LANG": "en_US.UTF-8"}) == "sw"
    assert system_language({"LC_ALL": "C", "LANG": "sw_TZ"}) == "sw"
    assert system_language({"LANG": "fr_FR"}) == "en"
    assert system_language({}) == "en"


def test_plurals_come_from_the_catalogs() -> None:
    from planner.i18n import set_language
    from planner.i18n.formatting import format_hours

    set_language("nb")
    assert format_hours(60) == "1,0 time" or format_hours(60).endswith("time")
    assert format_hours(150).endswith("timer")
    set_language("sw")
    assert "saa" in format_hours(150)


def review_targets(window) -> list[tuple[str, object]]:
    """The main window, every page and every dialog each page opens."""
    from planner.ui.pages import PAGES

    targets: list[tuple[str, object]] = [("window", window)]
    targets += window.review_dialogs()
    for spec in PAGES:
        page = window.show_page(spec.key)
        targets.append((f"page {spec.key}", window))
        targets += [(f"{spec.key}: {name}", dialog) for name, dialog in page.review_dialogs()]
    return targets


@pytest.mark.parametrize("language", ["nb", "sw"])
def test_no_english_text_is_left_on_any_page_or_dialog(window, qtbot, language: str) -> None:
    from planner.ui.pages import PAGES

    english: dict[str, set[str]] = {}
    for spec in PAGES:
        window.show_page(spec.key)
        english[spec.key] = {text for _where, text in visible_texts(window)}
    dialogs_en = {}
    for name, dialog in window.review_dialogs() + [
        (f"{spec.key}:{name}", dialog)
        for spec in PAGES
        for name, dialog in window.show_page(spec.key).review_dialogs()
    ]:
        dialog.show()
        dialogs_en[name] = {text for _where, text in visible_texts(dialog)}
        dialog.close()

    window.choose_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() != "Career Planner")
    problems = []
    for spec in PAGES:
        window.show_page(spec.key)
        problems += [(spec.key, *p) for p in english_leftovers(window, english[spec.key])]
    for name, dialog in window.review_dialogs() + [
        (f"{spec.key}:{name}", dialog)
        for spec in PAGES
        for name, dialog in window.show_page(spec.key).review_dialogs()
    ]:
        dialog.show()
        problems += [(name, *p) for p in english_leftovers(dialog, dialogs_en[name])]
        dialog.close()
    assert problems == []


def test_switching_language_changes_the_open_window_at_once(window, qtbot) -> None:
    page = window.show_page("skills")
    window.choose_language("nb")
    qtbot.waitUntil(lambda: window.windowTitle() == "Karriereplanlegger")
    assert window.file_menu.title().replace("&", "") == "Fil"
    assert (
        page.proxy.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "Ferdighet"
    )
    assert window.context.settings.get("language") == "nb"
    window.choose_language("sw")
    qtbot.waitUntil(lambda: window.windowTitle() == "Mpango wa Taaluma")
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Career Planner")


def accelerator(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


@pytest.mark.parametrize("language", ["en", "nb", "sw"])
def test_menu_accelerators_are_unique_in_every_language(window, qtbot, language: str) -> None:
    window.choose_language(language)
    menus = [window.menuBar(), window.file_menu, window.edit_menu, window.view_menu]
    menus.append(window.help_menu)
    clashes = []
    for menu in menus:
        keys = [accelerator(a.text()) for a in menu.actions() if a.text()]
        keys = [k for k in keys if k]
        clashes += [(menu.title(), k) for k in set(keys) if keys.count(k) > 1]
    assert clashes == []

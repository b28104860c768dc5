"""Record the texts Qt's own widgets and dialogs show, into ``translations/qt.pot``.

Qt ships no nb or sw catalog for its own widgets, so the planner translates
them with a gettext catalog of its own (``planner/i18n/qt_translator.py``).
Which strings Qt asks for cannot be read from any Python source: they are
compiled into the Qt libraries. This tool installs a translator that answers
nothing and writes down every question, then opens, offscreen, every built-in
dialog, menu and widget the planner can show, including the message boxes Qt
opens on its own (delete a file, overwrite a file, file not found).

    QT_QPA_PLATFORM=offscreen python tools/i18n/record_qt_strings.py

The template is sorted and carries a fixed creation date, so recording again
with the same Qt version reproduces it byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QTranslator,
)
from PySide6.QtWidgets import (
    QApplication,
)

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run from a checkout without installing the planner
    sys.path.insert(0, str(ROOT))

from planner.i18n.qt_translator import compensate_none_references  # noqa: E402
from tools.i18n.qt_dialog_scenes import record_file_dialogs, record_print_dialogs  # noqa: E402
from tools.i18n.qt_scenes import (  # noqa: E402
    record_button_boxes,
    record_input_and_progress,
    record_key_names,
    record_message_boxes,
    record_scroll_bars,
    record_spin_boxes,
    record_text_menus,
    record_undo_actions,
    record_wizard,
    settle,
)

DEFAULT_OUTPUT = ROOT / "translations" / "qt.pot"

QT_PLACEHOLDER = re.compile(r"%(?:[1-9]|L[1-9])")

# A fixed date keeps the template reproducible; the Qt version in the header
# says what it was recorded against.
CREATION_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

# Asked but never shown: the layout direction Qt reads on start-up, the
# window titles of forms Qt embeds in its print dialogs, and the key bindings
# QFileDialog parses (a translated binding would only break the shortcut).
NOISE: frozenset[tuple[str, str]] = frozenset(
    {
        ("QGuiApplication", "QT_LAYOUT_DIRECTION"),
        ("QPageSetupWidget", "Form"),
        ("QPrintPropertiesWidget", "Form"),
        ("QPrintSettingsOutput", "Form"),
        ("QPrintWidget", "Form"),
        ("QFileDialog", "Alt+Left"),
        ("QFileDialog", "Alt+Right"),
        ("QFileDialog", "Alt+Up"),
    }
)

# Button texts the GNOME platform theme uses instead of QPlatformTheme's on a
# GNOME desktop (qtbase, qgnometheme.cpp). The offscreen platform cannot load
# that theme, so they are listed here rather than recorded.
PLATFORM_THEME_STRINGS: tuple[tuple[str, str], ...] = (
    ("QGnomeTheme", "&OK"),
    ("QGnomeTheme", "&Save"),
    ("QGnomeTheme", "&Cancel"),
    ("QGnomeTheme", "&Close"),
    ("QGnomeTheme", "Close without Saving"),
)


@dataclass(frozen=True, order=True)
class Asked:
    """One question Qt asked a translator."""

    context: str
    source: str
    disambiguation: str
    plural: bool

    @property
    def msgctxt(self) -> str:
        """The gettext context: Qt's context, plus ``|disambiguation`` if any."""
        if self.disambiguation:
            return f"{self.context}|{self.disambiguation}"
        return self.context


class RecordingTranslator(QTranslator):
    """Answers nothing, so Qt shows its source texts, and remembers every question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[Asked] = set()

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        compensate_none_references(context, source_text, disambiguation)
        if source_text and (context, source_text) not in NOISE:
            self.asked.add(Asked(context, source_text, disambiguation or "", n >= 0))
        return None

    def isEmpty(self) -> bool:
        # An empty translator is installed without a LanguageChange event.
        return False


SCENES: tuple[Callable[[QApplication], None], ...] = (
    record_message_boxes,
    record_button_boxes,
    record_wizard,
    record_input_and_progress,
    record_text_menus,
    record_spin_boxes,
    record_scroll_bars,
    record_undo_actions,
    record_key_names,
    record_file_dialogs,
    record_print_dialogs,
)


def record(app: QApplication) -> set[Asked]:
    """Every string Qt asks for while the scenes run, plus the platform theme texts."""
    recorder = RecordingTranslator()
    app.installTranslator(recorder)
    try:
        for scene in SCENES:
            scene(app)
            settle(app)
    finally:
        app.removeTranslator(recorder)
    asked = set(recorder.asked)
    asked.update(Asked(context, source, "", False) for context, source in PLATFORM_THEME_STRINGS)
    return asked


def build_catalog(asked: set[Asked]) -> Catalog:
    catalog = Catalog(
        project="Career Planner (Qt built-in texts)",
        version=f"PySide6 {pyside_version}",
        copyright_holder="Career Planner developers",
        creation_date=CREATION_DATE,
        revision_date=CREATION_DATE,
        fuzzy=False,
    )
    # A string asked both with and without a count is a plural.
    plurals = {(a.msgctxt, a.source) for a in asked if a.plural}
    for item in sorted(asked):
        key = (item.msgctxt, item.source)
        if catalog.get(item.source, context=item.msgctxt) is not None:
            continue
        message_id: str | tuple[str, str] = (
            (item.source, item.source) if key in plurals else item.source
        )
        message = catalog.add(message_id, context=item.msgctxt)
        # Babel guesses python-format from any "%"; Qt's placeholders are %1 and
        # %n, which msgfmt --check verifies under qt-format and qt-plural-format.
        message.flags.discard("python-format")
        if key in plurals:
            message.flags.add("qt-plural-format")
        elif QT_PLACEHOLDER.search(item.source):
            message.flags.add("qt-format")
    return catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    asked = record(app)
    catalog = build_catalog(asked)
    with args.output.open("wb") as handle:
        write_po(handle, catalog, sort_output=True, omit_header=False, width=100)
    print(f"{len(catalog)} strings written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

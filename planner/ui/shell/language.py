"""Switch the whole application to another language, at run time.

Installing the Qt translator makes Qt send ``LanguageChange`` to every
widget; our widgets answer it by re-reading their texts (see ``Page``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from planner.i18n import _, set_language
from planner.i18n.languages import QT_LOCALES


def apply_language(app: QApplication, language: str) -> None:
    from planner.i18n.qt_translator import install_qt_translator

    set_language(language)
    # Window systems append the display name to every title ("Profile — Career Planner").
    app.setApplicationDisplayName(_("Career Planner"))
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    install_qt_translator(app, language)

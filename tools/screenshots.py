"""Render every page and dialog in en, nb and sw to PNG files, for people to look at.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUTPUT_DIR

Each language gets a fresh data folder with a little sample data, so tables
and charts are not empty. Pages and dialogs are found through the page
registry and each page's ``review_dialogs()``: the same list the translation
tests walk, so nothing is left out here that is checked there.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from planner.i18n import LANGUAGES
from planner.store.database import open_database
from planner.store.skills import SkillStore
from planner.ui.app import build_window, make_application
from planner.ui.pages import PAGES

WINDOW_SIZE = (1180, 760)


def sample_data(data_dir: Path) -> None:
    """A few assessments and targets, so the inventory looks lived in."""
    database = open_database(data_dir)
    skills = SkillStore(database)
    today = dt.date.today()
    for offset, (key, level, target) in enumerate(
        [
            ("technical_seo", 3, 4),
            ("content_creation", 4, 5),
            ("social_listening", 2, 4),
            ("email_campaigns", 2, 3),
            ("web_analytics", 3, 4),
            ("brand_strategy", 1, 3),
        ]
    ):
        skills.assess(key, max(level - 1, 0), today - dt.timedelta(days=400 + offset))
        skills.assess(key, level, today - dt.timedelta(days=20 + offset), "")
        skills.set_target(key, target)
    database.close()


def settle_charts(widget: QWidget, timeout: float = 20.0) -> None:
    """Let the charts on ``widget`` finish drawing, so the picture shows them."""
    from planner.charts.canvas import ChartView

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        views = [v for v in widget.findChildren(ChartView) if v.isVisible()]
        if all(view.result() is not None for view in views):
            QApplication.processEvents()
            return
        time.sleep(0.01)


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    settle_charts(widget)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))


def main(output: Path) -> int:
    app = make_application()
    written = 0
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp) / "data"
            sample_data(data_dir)
            window = build_window(app, data_dir, language)
            window.resize(*WINDOW_SIZE)
            window.show()
            QApplication.processEvents()
            for name, dialog in window.review_dialogs():
                grab(dialog, output / language / f"window-{name}.png")
                dialog.close()
                written += 1
            for spec in PAGES:
                page = window.show_page(spec.key)
                window.resize(*WINDOW_SIZE)
                # A page's charts start a moment after it is shown: wait for them.
                QApplication.processEvents()
                time.sleep(0.2)
                grab(window, output / language / f"page-{spec.key}.png")
                written += 1
                for name, dialog in page.review_dialogs():
                    grab(dialog, output / language / f"{spec.key}-{name}.png")
                    dialog.close()
                    written += 1
            window.close()
            window.context.database.close()
            # Gone before the next language: a closed window would still retranslate.
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(f"{written} screenshots in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))

"""Render every page and dialog in en, nb and sw to PNG files, for people to look at.

    QT_QPA_PLATFORM=offscreen python tools/screenshots/screenshots.py OUTPUT_DIR

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
from shiboken6 import Shiboken

from planner.domain.enums import Road
from planner.i18n import LANGUAGES
from planner.store.database import Database, open_database
from planner.store.learning import LearningStore, PlanItemRecord
from planner.store.profile import ProfileStore
from planner.store.skills import SkillStore
from planner.ui.pages import PAGES
from planner.ui.shell.app import build_window, make_application

WINDOW_SIZE = (1100, 720)  # the window's default size: everything must fit in it


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
    sample_postings(database, today)
    profile = ProfileStore(database)
    profile.add_strengths(4, 4, 2, 3, on=today)
    profile.add_choice(Road.DEEP_SPECIALIST, ["seo"], "I like the technical side.", today)
    _learning_sample(database, today)
    _goal_sample(database, today)
    database.close()


def _goal_sample(database: Database, today: dt.date) -> None:
    """Two SMART goals with titles of a real length, for the year plan's columns."""
    from planner.store.yearplan import GoalInput, YearPlanStore

    store = YearPlanStore(database)
    store.add_goal(
        today.year,
        GoalInput(
            "Reach level 4 in technical SEO",
            "An audit of our shop done alone",
            dt.date(today.year, 12, 31),
            "technical_seo",
        ),
    )
    store.add_goal(
        today.year,
        GoalInput("Pass the Google Analytics 4 certification", "Certificate in hand"),
    )


def sample_postings(database: Database, today: dt.date) -> None:
    """Job postings of this year and the last, so the market analysis has figures."""
    from planner.domain.enums import Seniority
    from planner.store.market import MarketStore, PostingData

    asks = [
        ("SEO specialist", ("technical_seo", "link_building"), Seniority.SENIOR),
        ("Social media manager", ("content_creation", "social_listening"), Seniority.MID),
        ("Performance marketer", ("search_ads", "web_analytics"), Seniority.MID),
        ("CRM specialist", ("email_campaigns", "data_segmentation"), None),
        ("Content creator", ("content_creation",), Seniority.JUNIOR),
    ]
    postings = [
        PostingData(
            seen_on=min(today, today.replace(month=1, day=1) + dt.timedelta(days=n - 365 * back)),
            title=title,
            employer="Example AS",
            source="finn.no",
            seniority=seniority,
            skill_keys=keys,
        )
        for back in (0, 1)
        for n, (title, keys, seniority) in enumerate(asks[back:] * 2)
    ]
    MarketStore(database).import_postings(postings)


def _learning_sample(database: Database, today: dt.date) -> None:
    """A small learning plan and a few log entries against it."""
    from planner.domain.enums import LearningType
    from planner.store.learning import LearningStore, LogEntryFields

    store = LearningStore(database)
    course, mentor = _plan_sample(store, today)
    entries = [
        LogEntryFields(today, 90, LearningType.CERTIFICATION, ("web_analytics",), course.id,
                       "Explorations and funnels", "Build a funnel report for the shop"),
        LogEntryFields(today - dt.timedelta(days=3), 60, LearningType.MENTOR,
                       ("content_creation",), mentor.id, "How to plan a content calendar", ""),
        LogEntryFields(today - dt.timedelta(days=10), 45, LearningType.BOOK_PODCAST, (), None,
                       "Podcast on social listening", "Set up alerts"),
    ]  # fmt: skip
    store.add_entries(entries)


def _plan_sample(store: LearningStore, today: dt.date) -> tuple[PlanItemRecord, PlanItemRecord]:
    """A certification in progress (and its expired forerunner), a mentor, a course idea.

    Gives back the certification and the mentor, for log entries against them.
    """
    from planner.domain.enums import LearningType, PlanStatus
    from planner.store.learning import PlanItemFields

    course = store.create_plan_item(
        PlanItemFields(
            "Google Analytics 4",
            LearningType.CERTIFICATION,
            today.year,
            provider="Google Skillshop",
            url="https://example.org/ga4",
            skill_keys=("web_analytics",),
            status=PlanStatus.IN_PROGRESS,
            estimated_minutes=20 * 60,
            priority=1,
            valid_until=today + dt.timedelta(days=40),
        )
    )
    store.create_plan_item(  # an expired certification, for the overview's due list
        PlanItemFields(
            "Meta Blueprint",
            LearningType.CERTIFICATION,
            today.year - 1,
            status=PlanStatus.DONE,
            valid_until=today - dt.timedelta(days=5),
            renewal_id=course.id,
        )
    )
    mentor = store.create_plan_item(
        PlanItemFields(
            "Monthly talks with Amina",
            LearningType.MENTOR,
            today.year,
            skill_keys=("content_creation", "social_listening"),
            estimated_minutes=12 * 60,
        )
    )
    store.create_plan_item(
        PlanItemFields(
            "Brand strategy course",
            LearningType.COURSE,
            today.year,
            provider="Academy",
            skill_keys=("brand_strategy",),
            status=PlanStatus.IDEA,
            cost_minor=450_000,
            currency="NOK",
            priority=3,
        )
    )
    return course, mentor


def settle_charts(widget: QWidget, timeout: float = 20.0) -> None:
    """Let the charts on ``widget`` finish drawing, so the picture shows them."""
    from planner.ui.kit.chart_canvas import ChartView

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


def main(output: Path, pages_only: bool = False) -> int:
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
            for name, dialog in [] if pages_only else window.review_dialogs():
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
                for name, dialog in [] if pages_only else page.review_dialogs():
                    grab(dialog, output / language / f"{spec.key}-{name}.png")
                    dialog.close()
                    written += 1
            window.close()
            window.context.database.close()
            # Gone before the next language: a closed window would still retranslate.
            Shiboken.delete(window)  # Python owns it: Python deletes it (README)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(f"{written} screenshots in {output}")
    return 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--pages-only"]
    sys.exit(main(Path(arguments[0] if arguments else "screenshots"), "--pages-only" in sys.argv))

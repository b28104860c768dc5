"""Plug-ins for what the suite used to time: the overview's queries and charts, a CSV import.

The suite now counts the work these do (SQL statements, passes, artists); the
times are here. Each child runs in its own process (``plugins.CHILDREN``).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from tools.bench.children import wait_for_paint
from tools.bench.core import Bench, NotAvailableError, Row, has_module, judged

OVERVIEW_QUERY_S = 0.050  # a GROUP BY over at most 20,000 rows
OVERVIEW_CHARTS_S = 2.0  # the window shown until its four charts are drawn
POSTINGS_IMPORT_S = 1.0  # 2,000 postings parsed from CSV and imported
POSTINGS = 2000


def measure_overview_queries(bench: Bench) -> list[Row]:
    """Each ``StatsStore`` query the overview and its charts make, on the data (warm cache)."""
    if not has_module("planner.store.stats"):
        raise NotAvailableError("no module planner.store.stats")
    report, _run = bench.child("overview-queries", str(bench.runs))
    return [
        judged(
            f"Overview query: {name}",
            samples,
            "ms",
            OVERVIEW_QUERY_S,
            f"< {OVERVIEW_QUERY_S * 1000:.0f} ms",
        )
        for name, samples in report["queries"].items()
    ]


def measure_overview_charts(bench: Bench) -> list[Row]:
    """The window built and shown on the overview: to its first paint, to all charts drawn."""
    if not has_module("planner.ui.pages.overview_page"):
        raise NotAvailableError("no module planner.ui.pages.overview_page")
    text, charts = [], []
    for _run in range(bench.runs):
        report, _run_figures = bench.child("overview-charts")
        text.append(report["text_s"])
        charts.append(report["charts_s"])
    return [
        judged("Overview: window to first paint", text, "ms", None, ""),
        judged(
            "Overview: window to all charts drawn",
            charts,
            "s",
            OVERVIEW_CHARTS_S,
            f"< {OVERVIEW_CHARTS_S:.0f} s",
        ),
    ]


def measure_postings_import(bench: Bench) -> list[Row]:
    """2,000 postings as CSV: parsed and imported into an empty folder, in one process."""
    if not has_module("planner.exchange.postings_csv"):
        raise NotAvailableError("no module planner.exchange.postings_csv")
    samples = []
    for run in range(bench.runs):
        report, _run = bench.child_on(bench.work / f"postings-{run}", "postings-import")
        samples.append(report["import_s"])
    return [
        judged(
            f"Postings CSV import, {POSTINGS:,} rows (parse + insert)",
            samples,
            "s",
            POSTINGS_IMPORT_S,
            f"< {POSTINGS_IMPORT_S:.0f} s",
        )
    ]


# --- inside the child process ------------------------------------------------


def overview_calls(stats: Any, today: dt.date) -> dict[str, Any]:
    """Each query the overview and its charts make, by name (the suite counts their statements)."""
    from planner.store.stats import months_back

    return {
        "due": lambda: stats.due(today),
        "key figures": lambda: stats.key_figures(today),
        "levels": lambda: stats.area_levels(today),
        "months": lambda: stats.minutes_by_month(*months_back(today, 24)),
        "days": lambda: stats.minutes_by_day(today.year),
        "plan": lambda: stats.plan_year(today.year),
        "market": stats.market_tallies,
        "area history": lambda: stats.area_history("seo"),
    }


def child_overview_queries(data_dir: Path, extra: list[str]) -> dict[str, Any]:
    from planner.store.database import open_database
    from planner.store.stats import StatsStore

    runs = int(extra[0]) if extra else 5
    database = open_database(data_dir)
    stats = StatsStore(database)
    today = dt.date.today()
    calls = overview_calls(stats, today)
    queries: dict[str, list[float]] = {}
    for name, call in calls.items():
        call()  # warm the page cache, as a running app has it
        samples = []
        for _run in range(runs):
            started = time.perf_counter()
            call()
            samples.append(time.perf_counter() - started)
        queries[name] = samples
    database.close()
    return {"queries": queries}


def child_overview_charts(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from planner.ui.kit.chart_canvas import ChartView
    from planner.ui.shell.app import build_window, make_application

    app = make_application()
    started = time.perf_counter()
    window = build_window(app, data_dir, "en")
    page = window.show_page("overview")
    window.show()
    wait_for_paint(window)
    text_s = time.perf_counter() - started

    def drawn() -> bool:
        views = [v for v in page.findChildren(ChartView) if v.isVisible()]
        return bool(views) and all(v.result() is not None for v in views)

    while not drawn() and time.perf_counter() - started < 60:
        QApplication.processEvents()
        time.sleep(0.002)  # the bench may wait; the suite never does
    window.repaint()
    charts_s = time.perf_counter() - started
    window.close()
    window.context.database.close()
    return {"text_s": text_s, "charts_s": charts_s}


def child_postings_import(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from planner.exchange.postings_csv import parse_postings, write_postings
    from planner.store.database import open_database
    from planner.store.market import MarketStore, PostingData
    from planner.store.skills import SkillStore

    database = open_database(data_dir)
    skills = SkillStore(database).skills()
    skill_keys = [s.key for s in skills][:2]
    area_keys = sorted({s.area_key for s in skills})[:1]
    text = write_postings(
        PostingData(
            seen_on=dt.date(2025, 1, 1) + dt.timedelta(days=n % 360),
            title=f"Job {n}",
            skill_keys=tuple(skill_keys),
            area_keys=tuple(area_keys),
        )
        for n in range(POSTINGS)
    )
    started = time.perf_counter()
    parsed = parse_postings(text, area_keys, skill_keys)
    ids = MarketStore(database).import_postings(parsed)
    import_s = time.perf_counter() - started
    database.close()
    if len(ids) != POSTINGS:
        raise RuntimeError(f"imported {len(ids)} of {POSTINGS} postings")
    return {"import_s": import_s}

"""The two registries: what the bench measures, and the Qt children that measure it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tools.bench import children, edits, measurements, overview
from tools.bench.core import Bench, Row

MEASUREMENTS: list[tuple[str, Callable[[Bench], list[Row]]]] = [
    ("start-up", measurements.measure_startup),
    ("demo", measurements.measure_demo),
    ("memory", measurements.measure_memory),
    ("table filter", measurements.measure_table_filter),
    ("log page", measurements.measure_log_page),
    ("charts", measurements.measure_charts),
    ("overview", overview.measure_overview_charts),
    ("overview queries", overview.measure_overview_queries),
    ("postings import", overview.measure_postings_import),
    ("pdf", measurements.measure_pdf),
    ("export/import", measurements.measure_export_import),
    ("edits", edits.measure_edits),
    ("pages", edits.measure_page_paint),
]

CHILDREN: dict[str, Callable[[Path, list[str]], dict[str, Any]]] = {
    "all-pages": children.child_all_pages,
    "table-filter": children.child_table_filter,
    "log-page": children.child_log_page,
    "charts": children.child_charts,
    "edits": edits.child_edits,
    "page-paint": edits.child_page_paint,
    "overview-queries": overview.child_overview_queries,
    "overview-charts": overview.child_overview_charts,
    "postings-import": overview.child_postings_import,
}

"""The plug-ins measured from outside: start-up, demo data, memory, tables, charts, files."""

from __future__ import annotations

import datetime as dt
import shutil
import statistics

from tools.bench.core import (
    CHART_S,
    DEMO_S,
    EXPORT_IMPORT_S,
    MIB,
    PDF_S,
    PEAK_MEMORY_MIB,
    PYTHON,
    SEARCH_KEYSTROKE_S,
    STARTUP_RATIO_TARGET,
    Bench,
    NotAvailableError,
    Row,
    has_module,
    judged,
)

FLOOR_QT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel(LABEL))
window.resize(1100, 720)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

FLOOR_SQL_LABEL = """
from sqlalchemy import create_engine, text
engine = create_engine("sqlite+pysqlite:///" + sys.argv[1])
with engine.connect() as connection:
    LABEL = str(connection.execute(text("SELECT count(*) FROM log_entries")).scalar_one())
"""


def floor_program(with_sql: bool) -> str:
    program = FLOOR_QT
    if with_sql:
        head, _sep, rest = program.partition("app = QApplication")
        program = head + FLOOR_SQL_LABEL + "app = QApplication" + rest
    else:
        program = program.replace("QLabel(LABEL)", 'QLabel("Career Planner")')
    return program


def measure_startup(bench: Bench) -> list[Row]:
    """Start-up to the first painted window with data, beside two floors.

    ``career-planner --smoke`` on the demo data; a bare PySide6 window; a bare
    window that also imports SQLAlchemy and runs one query. Runs interleave,
    after one warm-up round, so that load on the machine hits all three alike.
    """
    database = str(bench.data_dir / "planner.sqlite3")
    programs = {
        "smoke": bench.cli("--smoke"),
        "qt": [PYTHON, "-c", floor_program(False)],
        "sql": [PYTHON, "-c", floor_program(True), database],
    }
    walls: dict[str, list[float]] = {key: [] for key in programs}
    cpus: dict[str, list[float]] = {key: [] for key in programs}
    for round_number in range(bench.runs + 1):
        for key, command in programs.items():
            run = bench.run(command)
            if round_number:  # the first round warms the disk cache
                walls[key].append(run.wall)
                cpus[key].append(run.cpu)
    rows = []
    for key, title in (
        ("smoke", "Start-up to first painted window (--smoke)"),
        ("qt", "Floor: bare PySide6 window"),
        ("sql", "Floor: PySide6 window + SQLAlchemy query"),
    ):
        cpu = statistics.median(cpus[key])
        rows.append(judged(title, walls[key], "s", None, "", note=f"CPU {cpu:.3f} s"))
    for floor, title, limit in (
        ("sql", "Start-up ÷ SQLAlchemy floor", STARTUP_RATIO_TARGET),
        ("qt", "Start-up ÷ bare PySide6 floor", None),
    ):
        ratios = [s / f for s, f in zip(walls["smoke"], walls[floor], strict=True)]
        wall_ratio = statistics.median(walls["smoke"]) / statistics.median(walls[floor])
        cpu_ratio = statistics.median(cpus["smoke"]) / statistics.median(cpus[floor])
        status = "info" if limit is None else ("ok" if wall_ratio <= limit else "missed")
        rows.append(
            Row(
                title,
                wall_ratio,
                "x",
                f"≤ {limit}×" if limit else "",
                status,
                f"CPU time ratio {cpu_ratio:.2f}×; per-run {min(ratios):.2f}–{max(ratios):.2f}",
                ratios,
            )
        )
    return rows


def measure_demo(bench: Bench) -> list[Row]:
    """``career-planner demo --years N`` into a fresh folder (the whole command)."""
    samples, cpus = [], []
    for run in range(bench.runs):
        target = bench.work / f"demo-{run}"
        figures = bench.run(bench.cli("demo", "--years", str(bench.years), data_dir=target))
        samples.append(figures.wall)
        cpus.append(figures.cpu)
        shutil.rmtree(target, ignore_errors=True)
    return [
        judged(
            f"Demo data, {bench.years} years (whole command)",
            samples,
            "s",
            DEMO_S,
            f"≤ {DEMO_S:.0f} s",
            note=f"CPU {statistics.median(cpus):.3f} s",
        )
    ]


def measure_memory(bench: Bench) -> list[Row]:
    """Peak memory (ru_maxrss) of a process that opens the window and every page once."""
    samples, pages = [], 0
    for _run in range(bench.runs):
        report, run = bench.child("all-pages")
        samples.append(run.maxrss)
        pages = report["pages"]
    return [
        judged(
            "Peak memory, every page opened once",
            samples,
            "MiB",
            PEAK_MEMORY_MIB,
            f"< {PEAK_MEMORY_MIB:.0f} MiB",
            note=f"{pages} pages",
        )
    ]


def measure_log_page(bench: Bench) -> list[Row]:
    """Opening the log page, and one search keystroke until the filtered table is painted.

    Looks for a page with key ``log`` in ``planner.ui.pages.PAGES``, its
    ``search`` QLineEdit (else one whose objectName says search or filter,
    else its first plain line edit) and the item view with the most rows.
    """
    from_pages = _page_keys()
    if "log" not in from_pages:
        raise NotAvailableError("no page with key 'log' in planner.ui.pages.PAGES")
    opens, keys = [], []
    for _run in range(bench.runs):
        report, _run = bench.child("log-page")
        if "unavailable" in report:
            raise NotAvailableError(report["unavailable"])
        opens.append(report["open_s"])
        keys.extend(report["keystroke_s"])
    return [
        judged("Log page: open", opens, "ms", None, ""),
        judged(
            "Log page: one search keystroke",
            keys,
            "ms",
            SEARCH_KEYSTROKE_S,
            f"< {SEARCH_KEYSTROKE_S * 1000:.0f} ms",
            note=f"{len(keys)} keystrokes",
        ),
    ]


def measure_table_filter(bench: Bench) -> list[Row]:
    """One search keystroke in the shared table model and proxy over every log entry.

    What the log page will be built on (``planner.ui.models.table``), measured
    without the page, so the figure exists before the page does.
    """
    keys, rows = [], 0
    for _run in range(bench.runs):
        report, _run_figures = bench.child("table-filter")
        keys.extend(report["keystroke_s"])
        rows = report["rows"]
    return [
        judged(
            "Shared table filter, one keystroke (no page)",
            keys,
            "ms",
            SEARCH_KEYSTROKE_S,
            f"< {SEARCH_KEYSTROKE_S * 1000:.0f} ms",
            note=f"{rows:,} rows, {len(keys)} keystrokes",
        )
    ]


def measure_charts(bench: Bench) -> list[Row]:
    """Each chart built from the data and drawn (Agg), once matplotlib is loaded.

    Looks for ``planner.ui.pages.chart_sources.CHARTS``: ChartKinds whose
    ``make(StatsStore, ChartRequest, ChartTheme)`` returns a ChartResult with
    a matplotlib ``figure`` (the charts page's registry). Each chart is asked
    for this year (history: its first skill).
    """
    if not has_module("planner.ui.pages.chart_sources"):
        raise NotAvailableError("no module planner.ui.pages.chart_sources (CHARTS)")
    report, _run = bench.child("charts", str(bench.runs))
    if "unavailable" in report:
        raise NotAvailableError(report["unavailable"])
    return [
        judged(f"Chart: {name}", samples, "ms", CHART_S, f"< {CHART_S * 1000:.0f} ms")
        for name, samples in report["charts"].items()
    ]


def whole_command(bench: Bench, name: str, commands: list[list[str]], limit: float) -> Row:
    """Each command once (one per run), as the whole process: wall time, CPU beside it."""
    runs = [bench.run(command) for command in commands]
    cpu = statistics.median(run.cpu for run in runs)
    return judged(
        name,
        [run.wall for run in runs],
        "s",
        limit,
        f"< {limit:.0f} s",
        note=f"CPU {cpu:.3f} s",
    )


def measure_pdf(bench: Bench) -> list[Row]:
    """``career-planner plan --year Y --pdf FILE`` for this year (whole command)."""
    if not bench.has_command("plan"):
        raise NotAvailableError("no command 'career-planner plan'")
    year = str(dt.date.today().year)
    commands = [
        bench.cli("plan", "--year", year, "--pdf", str(bench.work / f"plan-{run}.pdf"))
        for run in range(bench.runs)
    ]
    row = whole_command(bench, "Yearly plan PDF (whole command)", commands, PDF_S)
    floor = statistics.median(
        bench.run(bench.cli("--version")).cpu for _ in range(min(3, bench.runs))
    )
    row.note += f", of which {floor:.2f} s is the CLI's own start"
    return [row]


def measure_export_import(bench: Bench) -> list[Row]:
    """``career-planner export FILE`` of everything, and ``import FILE`` into an empty folder."""
    if not bench.has_command("export"):
        raise NotAvailableError("no command 'career-planner export'")
    exported = bench.work / "export.json"
    commands = [
        bench.cli("export", str(bench.work / f"export-{run}.json")) for run in range(bench.runs)
    ]
    rows = [whole_command(bench, "JSON export (whole command)", commands, EXPORT_IMPORT_S)]
    shutil.copyfile(bench.work / "export-0.json", exported)
    rows[0].note += f", {exported.stat().st_size / MIB:.1f} MiB"
    if not bench.has_command("import"):
        note = "not available yet: no command 'career-planner import'"
        return [*rows, Row("JSON import", None, "", "", "skipped", note)]
    commands = [
        bench.cli("import", str(exported), data_dir=bench.work / f"import-{run}")
        for run in range(bench.runs)
    ]
    rows.append(
        whole_command(
            bench, "JSON import into an empty folder (whole command)", commands, EXPORT_IMPORT_S
        )
    )
    return rows


def _page_keys() -> list[str]:
    from planner.ui.pages import PAGES  # no Qt: the registry is plain data

    return [spec.key for spec in PAGES]

"""The benchmark: how fast the planner is for someone with ten years of data.

    python tools/bench.py [--years 10] [--runs 5] [--out bench-results]

Every figure is the median of ``--runs`` runs (at least 5 for a real run) on
demo data (``career-planner demo``), printed as a table and written to
``OUT.md`` and ``OUT.json``. Each timed thing runs in its own process, so
imports and caches are paid as a user pays them; the bench process itself
never imports Qt.

Measurements are plug-ins: a function in ``MEASUREMENTS`` that returns rows
or raises :class:`NotAvailableError` when the feature it measures is not in the
code yet (detected by import or by ``career-planner COMMAND --help``), which
prints a clear "not available yet" line instead of failing. Add a feature,
and its line turns into a figure. The conventions each plug-in looks for are
in its docstring.

``python tools/bench.py --child NAME DATA_DIR`` is the inside of a
measurement that needs Qt: it prints its samples as JSON on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import bench_edits

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MIB = 1024 * 1024

# The targets from the issue; None: no target, shown for context.
STARTUP_RATIO_TARGET = 1.25
SEARCH_KEYSTROKE_S = 0.050
CHART_S = 0.300
PDF_S = 2.0
EXPORT_IMPORT_S = 3.0
PEAK_MEMORY_MIB = 250.0
DEMO_S = 5.0  # "ten years in a few seconds"


class NotAvailableError(Exception):
    """The feature a measurement needs is not in the code yet."""


@dataclass
class Row:
    name: str
    value: float | None  # seconds, MiB or a ratio
    unit: str  # "s", "ms", "MiB", "x"
    target: str = ""
    status: str = "ok"  # ok | missed | info | skipped | failed
    note: str = ""
    samples: list[float] = field(default_factory=list)

    def shown(self) -> str:
        if self.value is None:
            return "–"
        if self.unit == "ms":
            return f"{self.value * 1000:.1f} ms"
        if self.unit == "s":
            return f"{self.value:.3f} s"
        if self.unit == "MiB":
            return f"{self.value:.0f} MiB"
        return f"{self.value:.2f}×"


def judged(
    name: str, samples: list[float], unit: str, limit: float | None, target: str, *, note: str = ""
) -> Row:
    value = statistics.median(samples)
    status = "info" if limit is None else ("ok" if value <= limit else "missed")
    return Row(name, value, unit, target, status, note, samples)


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system
    maxrss: float  # MiB
    output: str


@dataclass
class Bench:
    data_dir: Path
    work: Path
    runs: int
    years: int
    env: dict[str, str]

    def cli(self, *args: str, data_dir: Path | None = None) -> list[str]:
        return [PYTHON, "-m", "planner", "--data-dir", str(data_dir or self.data_dir), *args]

    def timed(self, command: list[str], *, check: bool = True) -> float:
        return self.run(command, check=check).wall

    def run(self, command: list[str], *, check: bool = True) -> Run:
        """Run ``command``: its wall time, CPU time (user + system) and peak memory.

        CPU time is what the program itself costs; wall time also holds what
        other programs on a busy machine take from it.
        """
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            started = time.perf_counter()
            process = subprocess.Popen(command, env=self.env, stdout=out, stderr=err, text=True)
            _pid, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            output, errors = out.read(), err.read()
        if check and process.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command[2:])[:80]} exited {process.returncode}: "
                f"{(errors or output).strip()[-300:]}"
            )
        return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024 / MIB, output)

    def child(self, name: str, *extra: str) -> tuple[Any, Run]:
        """Run ``--child name``: what it printed as JSON, and its run figures."""
        return self.child_on(self.data_dir, name, *extra)

    def child_on(self, data_dir: Path, name: str, *extra: str) -> tuple[Any, Run]:
        """``child`` on another data folder (an empty one, for a floor)."""
        script = str(Path(__file__).resolve())
        run = self.run([PYTHON, script, "--child", name, str(data_dir), *extra])
        return json.loads(run.output.strip().splitlines()[-1]), run

    def has_command(self, command: str) -> bool:
        result = subprocess.run(
            [PYTHON, "-m", "planner", command, "--help"],
            env=self.env,
            capture_output=True,
            check=False,
        )
        return result.returncode == 0


def has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


# --- Measurements -----------------------------------------------------------

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


MEASUREMENTS: list[tuple[str, Callable[[Bench], list[Row]]]] = [
    ("start-up", measure_startup),
    ("demo", measure_demo),
    ("memory", measure_memory),
    ("table filter", measure_table_filter),
    ("log page", measure_log_page),
    ("charts", measure_charts),
    ("pdf", measure_pdf),
    ("export/import", measure_export_import),
    ("edits", bench_edits.measure_edits),
    ("pages", bench_edits.measure_page_paint),
]


def _page_keys() -> list[str]:
    from planner.ui.pages import PAGES  # no Qt: the registry is plain data

    return [spec.key for spec in PAGES]


# --- Children: the parts that need Qt ----------------------------------------


def child_main(name: str, data_dir: Path, extra: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(CHILDREN[name](data_dir, extra)))
    return 0


@contextlib.contextmanager
def main_window(data_dir: Path) -> Iterator[Any]:
    from planner.ui.shell.app import build_window, make_application

    app = make_application()
    window = build_window(app, data_dir, "en")
    window.show()
    wait_for_paint(window)
    try:
        yield window
    finally:
        window.close()
        window.context.database.close()


def wait_for_paint(widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()  # synchronous: returns once painted


def child_all_pages(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from planner.ui.pages import PAGES

    with main_window(data_dir) as window:
        for spec in PAGES:
            page = window.show_page(spec.key)
            wait_for_paint(page)
    return {"pages": len(PAGES)}


def child_log_page(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit

    with main_window(data_dir) as window:
        started = time.perf_counter()
        page = window.show_page("log")
        wait_for_paint(page)
        open_s = time.perf_counter() - started
        tasks = getattr(window.context, "tasks", None)
        if tasks is not None:
            tasks.wait()  # a long log fills in the background: search the filled table
        # The page's ``search`` attribute, else a line edit named like one; the
        # line edits inside date and combo boxes are not search fields.
        fields = [
            f
            for f in page.findChildren(QLineEdit)
            if not isinstance(f.parent(), (QAbstractSpinBox, QComboBox))
        ]
        named = [
            f for f in fields if any(w in f.objectName().lower() for w in ("search", "filter"))
        ]
        own = getattr(page, "search", None)
        field = own if isinstance(own, QLineEdit) else (named or fields or [None])[0]
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
        if field is None or not views:
            return {"unavailable": "the log page has no search field or no table to measure"}
        view = max(views, key=lambda v: v.model().rowCount() if v.model() else 0)
        strokes = time_keystrokes(field, view)
    return {"open_s": open_s, "keystroke_s": strokes}


def time_keystrokes(field: Any, view: Any) -> list[float]:
    """Type a word letter by letter; each: key press until the filtered table is painted.

    A search that waits for typing to pause (a single-shot QTimer on the
    window) is waited for: its delay is part of what the user waits.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = field.window()
    strokes = []
    field.setFocus()
    for letter in "seoco":
        started = time.perf_counter()
        QTest.keyClicks(field, letter)
        QApplication.processEvents()
        # Few calls on purpose: PySide6 6.12 on Python 3.11 drops a reference to
        # None on every void call, and a busy loop of them kills the interpreter.
        for _tick in range(500):
            pending = [t for t in window.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
            if not pending:
                break
            QTest.qWait(2)
        view.viewport().repaint()
        strokes.append(time.perf_counter() - started)
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    return strokes


def child_table_filter(data_dir: Path, _extra: list[str]) -> dict[str, Any]:
    """The shared RecordTableModel + RecordFilterProxy over every log entry, in a plain view."""
    import sqlite3

    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from planner.ui.models.table import Column, RecordFilterProxy, RecordTableModel
    from planner.ui.shell.app import make_application

    make_application()
    with sqlite3.connect(data_dir / "planner.sqlite3") as connection:
        records = connection.execute(
            "SELECT logged_on, minutes, learning_type, learned, apply FROM log_entries"
        ).fetchall()
    columns = [
        Column("Date", lambda r: r[0]),
        Column("Minutes", lambda r: str(r[1]), sort=lambda r: r[1]),
        Column("Type", lambda r: r[2]),
        Column("What I learned", lambda r: r[3]),
        Column("How I will use it", lambda r: r[4]),
    ]
    model = RecordTableModel(columns)
    model.set_records(records)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    window = QWidget()
    field = QLineEdit()
    field.textChanged.connect(proxy.set_search_text)
    view = QTableView()
    view.setModel(proxy)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(view)
    window.resize(1100, 720)
    window.show()
    wait_for_paint(window)
    strokes = time_keystrokes(field, view)
    window.close()
    return {"rows": len(records), "keystroke_s": strokes}


def child_charts(data_dir: Path, extra: list[str]) -> dict[str, Any]:
    runs = int(extra[0]) if extra else 5
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from planner.i18n import set_language

    set_language("en")
    sources = importlib.import_module("planner.ui.pages.chart_sources")
    registry = getattr(sources, "CHARTS", None)
    if not registry:
        return {"unavailable": "planner.ui.pages.chart_sources has no CHARTS"}
    from planner.store.database import open_database

    # By name: these modules come with the charts, which this tree may not have yet.
    chart_theme = importlib.import_module("planner.charts.theme").ChartTheme
    stats_store = importlib.import_module("planner.store.stats").StatsStore
    database = open_database(data_dir)
    today = dt.date.today()
    request = sources.ChartRequest(today.year, today)
    theme = chart_theme()
    warm = plt.figure()  # "once matplotlib is loaded": fonts and backend ready
    warm.add_subplot().plot([0, 1], [0, 1])
    warm.canvas.draw()
    plt.close(warm)
    results: dict[str, list[float]] = {}
    for kind in registry:
        samples = []
        for _run in range(runs):
            started = time.perf_counter()
            result = kind.make(stats_store(database), request, theme)
            if result.figure is None:
                break
            result.figure.canvas.draw()
            samples.append(time.perf_counter() - started)
            plt.close(result.figure)
        if samples:
            results[kind.key] = samples
    database.close()
    return {"charts": results}


CHILDREN: dict[str, Callable[[Path, list[str]], dict[str, Any]]] = {
    "all-pages": child_all_pages,
    "table-filter": child_table_filter,
    "log-page": child_log_page,
    "charts": child_charts,
    "edits": bench_edits.child_edits,
    "page-paint": bench_edits.child_page_paint,
}


# --- Running and reporting --------------------------------------------------


def bench_environment() -> dict[str, str]:
    env = {**os.environ}
    env.pop("CAREER_PLANNER_DATA_DIR", None)
    # An installed app runs from compiled bytecode: without it every child would
    # compile each module it imports again, and a page's first paint would
    # include compiling its module (tens of milliseconds), which no user sees.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def make_data(data_dir: Path, years: int, env: dict[str, str]) -> dict[str, int]:
    command = [PYTHON, "-m", "planner", "--data-dir", str(data_dir), "demo", "--years", str(years)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    import sqlite3

    with sqlite3.connect(data_dir / "planner.sqlite3") as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("assessments", "plan_items", "log_entries", "job_postings", "goals")
        }


def run_bench(
    years: int, runs: int, out: Path, only: list[str] | None = None, echo: bool = True
) -> dict[str, Any]:
    env = bench_environment()
    started = dt.datetime.now(dt.UTC)
    load_before = os.getloadavg()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="planner-bench-") as temporary:
        work = Path(temporary)
        data_dir = work / "data"
        counts = make_data(data_dir, years, env)
        bench = Bench(data_dir, work, runs, years, env)
        for key, measure in MEASUREMENTS:
            if only and key not in only:
                continue
            try:
                new_rows = measure(bench)
            except NotAvailableError as missing:
                new_rows = [Row(key, None, "", "", "skipped", f"not available yet: {missing}")]
            except Exception as error:  # one broken plug-in must not hide the others
                new_rows = [Row(key, None, "", "", "failed", f"{type(error).__name__}: {error}")]
            rows.extend(new_rows)
            if echo:
                for row in new_rows:
                    print(f"  {row.name}: {row.shown()} {row.note}".rstrip(), flush=True)
    report = {
        "started": started.isoformat(timespec="seconds"),
        "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds(), 1),
        "machine": {
            "cpus": os.cpu_count(),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()],
            "platform": platform.platform(),
            "python": platform.python_version(),
            "qt_platform": env.get("QT_QPA_PLATFORM", "default"),
        },
        "years": years,
        "runs": runs,
        "data": counts,
        "rows": [asdict(row) for row in rows],
    }
    out.with_suffix(".json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    out.with_suffix(".md").write_text(markdown(report, rows), encoding="utf-8")
    return report


def markdown(report: dict[str, Any], rows: list[Row]) -> str:
    machine = report["machine"]
    data = ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in report["data"].items())
    lines = [
        "# Career Planner benchmark",
        "",
        f"{report['started']}: median of {report['runs']} runs on {report['years']} years of "
        f"demo data ({data}).",
        f"Machine: {machine['cpus']} CPUs, load average {machine['load_before'][0]} before and "
        f"{machine['load_after'][0]} after, {machine['platform']}, Python {machine['python']}, "
        f"Qt platform {machine['qt_platform']}.",
        "",
        "| measurement | median | target | result | note |",
        "|---|---:|---|---|---|",
    ]
    for row in rows:
        lines.append(f"| {row.name} | {row.shown()} | {row.target} | {row.status} | {row.note} |")
    return "\n".join(lines) + "\n"


def print_table(report: dict[str, Any]) -> None:
    rows = [Row(**row) for row in report["rows"]]
    width = max(len(row.name) for row in rows) if rows else 10
    print()
    print(f"{'measurement':<{width}}  {'median':>10}  {'target':<10}  result   note")
    for row in rows:
        print(
            f"{row.name:<{width}}  {row.shown():>10}  {row.target:<10}  {row.status:<7}  {row.note}"
        )
    machine = report["machine"]
    print(
        f"\n{report['runs']} runs, {report['years']} years, {machine['cpus']} CPUs, load "
        f"{machine['load_before'][0]} → {machine['load_after'][0]}, {report['seconds']} s in all"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    parser.add_argument("--only", action="append", choices=[key for key, _m in MEASUREMENTS])
    parser.add_argument("--child", nargs="+", metavar=("NAME", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        name, data_dir, *extra = args.child
        return child_main(name, Path(data_dir), extra)
    print(f"Benchmark: {args.years} years of demo data, median of {args.runs} runs")
    report = run_bench(args.years, args.runs, args.out, args.only)
    print_table(report)
    print(f"\nWritten to {args.out.with_suffix('.md')} and {args.out.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Running the benchmark: the demo data, every plug-in in turn, and the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import tools.bench
from tools.bench.core import PYTHON, ROOT, Bench, NotAvailableError, Row
from tools.bench.plugins import CHILDREN, MEASUREMENTS
from tools.bench.report import markdown, print_table


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


def child_main(name: str, data_dir: Path, extra: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(CHILDREN[name](data_dir, extra)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench", description=(tools.bench.__doc__ or "").split("\n\n")[0]
    )
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

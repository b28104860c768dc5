"""The results as a Markdown table (OUT.md) and as the table printed at the end."""

from __future__ import annotations

from typing import Any

from tools.bench.core import Row


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

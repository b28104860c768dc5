"""What every measurement shares: targets, result rows, and running a timed process."""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent  # ``python tools/bench`` runs __main__.py
ROOT = BENCH.parents[1]
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
        run = self.run([PYTHON, str(BENCH), "--child", name, str(data_dir), *extra])
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

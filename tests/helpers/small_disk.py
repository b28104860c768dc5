"""Run commands on a data folder on a tiny, full file system; print what happened as JSON.

Started by tests/cli/test_faults.py inside ``unshare -rm`` (a private mount
namespace, root there without being root outside), so it may mount a tmpfs
of a few MiB. Usage: small_disk.py MOUNTPOINT SOURCE_DATA_DIR
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def cli(data_dir: Path, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return {"rc": done.returncode, "out": done.stdout, "err": done.stderr}


def fill(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    block = b"\0" * 4096
    try:
        while True:
            os.write(fd, block)
    except OSError:
        pass
    finally:
        os.close(fd)


def main() -> int:
    mount, source = Path(sys.argv[1]), Path(sys.argv[2])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], check=True)
    data = mount / "data"
    shutil.copytree(source, data, ignore=shutil.ignore_patterns("backups"))
    filler = mount / "filler"
    fill(filler)
    results: dict[str, object] = {"full": {}, "freed": {}}
    full = results["full"]
    assert isinstance(full, dict)
    full["log add"] = cli(data, "log", "add", "--minutes", "5", "--note", "x" * 3000)
    full["postings import"] = cli(data, "postings", "import", str(source / "postings.csv"))
    full["check"] = cli(data, "check")
    full["log list"] = cli(data, "log", "list")
    full["plan"] = cli(data, "plan", "--year", "2025", "--pdf", str(mount / "plan.pdf"))
    full["export"] = cli(data, "export", str(mount / "all.json"))
    full["backup"] = cli(data, "backup")
    results["plan exists"] = (mount / "plan.pdf").exists()
    results["export exists"] = (mount / "all.json").exists()
    results["leftovers"] = sorted(p.name for p in mount.iterdir() if p.name.startswith("."))
    filler.unlink()
    freed = results["freed"]
    assert isinstance(freed, dict)
    freed["check"] = cli(data, "check")
    freed["log add"] = cli(data, "log", "add", "--minutes", "5")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

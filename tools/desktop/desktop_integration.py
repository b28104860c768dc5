"""Install or remove the desktop entry, AppStream metainfo and icons for the current user.

    python3 tools/desktop/desktop_integration.py install [--exec PATH]
    python3 tools/desktop/desktop_integration.py uninstall

Files go where freedesktop desktops look for a user's applications:
``$XDG_DATA_HOME`` (default ``~/.local/share``) ``/applications``,
``/metainfo`` and ``/icons/hicolor``. The installed entry starts the
``career-planner`` found on ``PATH`` (pipx and ``pip install --user`` put it in
``~/.local/bin``) by its absolute path, because a desktop session's ``PATH``
does not always hold ``~/.local/bin``. Only the standard library is used, so
this runs without the planner's virtual environment. Uninstalling removes only
these files: the data folder is never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = "career-planner.desktop"
METAINFO_FILE = "io.github.careerplanner.CareerPlanner.metainfo.xml"
ICON_NAME = "career-planner"
ICON_SVG = ROOT / "resources" / "icons" / f"{ICON_NAME}.svg"
ICON_PNGS = PACKAGING / "icons" / "hicolor"
EXECUTABLE = "career-planner"
# Characters that make an Exec argument need double quotes (Desktop Entry spec).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    # The spec: a relative or empty value is invalid and the default applies.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_files(home: Path) -> list[Path]:
    """Every file ``install`` writes, for ``uninstall`` and the tests."""
    files = [home / "applications" / DESKTOP_FILE, home / "metainfo" / METAINFO_FILE]
    files.append(home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg")
    for png in sorted(ICON_PNGS.glob(f"*/apps/{ICON_NAME}.png")):
        files.append(home / "icons" / "hicolor" / png.relative_to(ICON_PNGS))
    return files


def find_executable(explicit: str | None) -> Path | None:
    if explicit:
        path = Path(explicit).expanduser()
        return path.absolute() if path.is_file() and os.access(path, os.X_OK) else None
    found = shutil.which(EXECUTABLE)
    if found:
        return Path(found).absolute()
    fallback = Path.home() / ".local" / "bin" / EXECUTABLE
    return fallback if fallback.is_file() and os.access(fallback, os.X_OK) else None


def exec_argument(path: Path) -> str:
    text = str(path)
    if not _RESERVED.intersection(text):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(executable: Path) -> str:
    """The packaged entry with ``Exec`` and ``TryExec`` pointing at ``executable``."""
    lines = []
    for line in (PACKAGING / DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + exec_argument(executable))
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={executable}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def refresh_caches(home: Path) -> None:
    """Tell the desktop about the change, with whichever tools this system has."""
    commands = [
        ["update-desktop-database", "-q", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False)


def install(executable: Path, home: Path) -> list[Path]:
    written = []
    target = home / "applications" / DESKTOP_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(desktop_entry(executable), encoding="utf-8")
    written.append(target)
    sources = [(PACKAGING / METAINFO_FILE, home / "metainfo" / METAINFO_FILE)]
    sources.append((ICON_SVG, home / "icons" / "hicolor" / "scalable" / "apps" / ICON_SVG.name))
    for png in sorted(ICON_PNGS.glob(f"*/apps/{ICON_NAME}.png")):
        sources.append((png, home / "icons" / "hicolor" / png.relative_to(ICON_PNGS)))
    for source, destination in sources:
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    # The icon theme spec: touching the theme folder makes desktops rescan it.
    (home / "icons" / "hicolor").touch()
    refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = []
    for path in installed_files(home):
        if path.exists():
            path.unlink()
            removed.append(path)
    refresh_caches(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--exec", dest="executable", help="the career-planner to start")
    args = parser.parse_args(argv)
    home = data_home()
    if args.action == "uninstall":
        removed = uninstall(home)
        for path in removed:
            print(f"removed {path}")
        print("Your data folder was not touched.")
        return 0
    executable = find_executable(args.executable)
    if executable is None:
        where = args.executable or f"{EXECUTABLE} on PATH or in ~/.local/bin"
        print(
            f"desktop_integration: no executable {where}. Install the planner first "
            "(pipx install .), or give its path: make install-desktop EXEC=/path/to/career-planner",
            file=sys.stderr,
        )
        return 1
    for path in install(executable, home):
        print(f"installed {path}")
    print(f"The menu entry starts {executable}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

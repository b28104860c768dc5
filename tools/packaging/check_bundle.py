"""Check a one-folder bundle made by packaging/career-planner.spec, then run it.

    python tools/packaging/check_bundle.py dist/career-planner

Checks that what the planner loads from files at run time is inside (the
Alembic migrations, the compiled catalogs, the resources, Babel's data for our
locales and their parents, and nothing more), then runs the bundle in a bare
environment (no Python on PATH, no PYTHONPATH, a fresh home and data folder):
``--smoke`` offscreen, then ``plan --pdf`` when the bundle has that command,
otherwise ``skills`` and ``--lang sw --help``. Exits 1 with the reasons when
anything is wrong.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.i18n.languages import BABEL_LOCALES, LANGUAGES  # noqa: E402

APP = "career-planner"
QT_MODULES_ALLOWED = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtPrintSupport"}
# Qt plugin folders a desktop session needs; the spec leaves every other one out.
QT_PLUGIN_FOLDERS = {
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations", "iconengines",
    "imageformats", "printsupport", "wayland-decoration-client", "wayland-shell-integration",
    "wayland-graphics-integration-client",
}  # fmt: skip
QT_PLUGINS_LEFT_OUT = {
    "platformthemes/libqgtk3.so",
    "platforms/libqeglfs.so",
    "platforms/libqvnc.so",
}
# Libraries of the operating system: they come from the system (the .deb's Depends).
SYSTEM_LIBRARIES = [
    "libstdc++.so.6", "libgcc_s.so.1", "libglib-2.0.so.0", "libX11.so.6", "libxcb.so.1",
    "libcups.so.2", "libgtk-3.so.0", "libfontconfig.so.1", "libdbus-1.so.3", "libssl.so.3",
]  # fmt: skip
AD = ROOT / "tests" / "fixtures" / "job_ads" / "sw" / "01-afisa-masoko-kidijitali.html"
RUN_TIMEOUT = 120


def internal_dir(bundle: Path) -> Path:
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def executable(bundle: Path) -> Path:
    return bundle / (APP + (".exe" if sys.platform == "win32" else ""))


def check_files(bundle: Path) -> list[str]:
    problems: list[str] = []
    inside = internal_dir(bundle)
    if not executable(bundle).is_file():
        problems.append(f"no executable {executable(bundle)}")

    migrations = ROOT / "planner" / "store" / "migrations"
    for source in sorted(migrations.rglob("*")):
        if not source.is_file() or "__pycache__" in source.parts:
            continue
        copy = inside / "planner" / "store" / "migrations" / source.relative_to(migrations)
        if not copy.is_file():
            problems.append(f"migration file missing: {copy.relative_to(bundle)}")
        elif not filecmp.cmp(source, copy, shallow=False):
            problems.append(f"migration file differs from the source: {copy.relative_to(bundle)}")

    for language in LANGUAGES[1:]:
        for domain in ("messages", "qt"):
            mo = inside / "planner" / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"
            if not mo.is_file():
                problems.append(f"compiled catalog missing: {mo.relative_to(bundle)}")
    for name in ("catalogue.json", "icons/career-planner.svg"):
        if not (inside / "planner" / "resources" / name).is_file():
            problems.append(f"resource missing: planner/resources/{name}")

    cldr = inside / "babel" / "locale-data"
    shipped = {path.stem for path in cldr.glob("*.dat")}
    problems += check_babel_data(cldr)
    if len(shipped) > 12:
        problems.append(f"Babel data for {len(shipped)} locales; only ours belong in the bundle")

    pyside = inside / "PySide6"
    modules = {path.name.split(".")[0] for path in pyside.glob("Qt*.*") if path.is_file()}
    if modules - QT_MODULES_ALLOWED:
        problems.append(f"unused Qt modules: {', '.join(sorted(modules - QT_MODULES_ALLOWED))}")
    if list((pyside / "Qt" / "translations").glob("*.qm")):
        problems.append("Qt's own .qm translations are in the bundle (we translate Qt's texts)")
    if list(inside.rglob("_tkinter*")):
        problems.append("tkinter is in the bundle")
    return problems + check_left_out(inside)


def check_left_out(inside: Path) -> list[str]:
    """What the spec leaves out of a Linux bundle to keep it lean."""
    problems: list[str] = []
    dictionaries = inside / "simplemma" / "strategies" / "dictionaries" / "data"
    languages = {path.stem for path in dictionaries.glob("*.plzma")}
    if languages != set(LANGUAGES):
        problems.append(f"simplemma dictionaries {sorted(languages)}, not {list(LANGUAGES)}")
    if not sys.platform.startswith("linux"):
        return problems
    plugins = inside / "PySide6" / "Qt" / "plugins"
    folders = {path.name for path in plugins.iterdir() if path.is_dir()}
    if folders - QT_PLUGIN_FOLDERS:
        problems.append(f"unused Qt plugins: {', '.join(sorted(folders - QT_PLUGIN_FOLDERS))}")
    problems += [
        f"unused Qt plugin: {name}" for name in QT_PLUGINS_LEFT_OUT if (plugins / name).exists()
    ]
    for name in SYSTEM_LIBRARIES:
        if list(inside.rglob(name)):
            problems.append(f"system library in the bundle: {name}")
    return problems


def check_babel_data(cldr: Path) -> list[str]:
    """Format with Babel reading only the bundle's CLDR files."""
    from babel import Locale, localedata
    from babel.dates import format_date
    from babel.numbers import format_currency

    saved = localedata._dirname
    localedata._dirname = str(cldr)
    localedata._cache.clear()
    localedata.locale_identifiers.cache_clear()
    try:
        for language, identifier in BABEL_LOCALES.items():
            try:
                locale = Locale.parse(identifier)
                format_date(dt.date(2026, 3, 1), format="long", locale=locale)
                format_currency(123456, "NOK", locale=locale)
            except (OSError, ValueError) as error:
                return [f"Babel data for {language} ({identifier}) is incomplete: {error}"]
    finally:
        localedata._dirname = saved
        localedata._cache.clear()
        localedata.locale_identifiers.cache_clear()
    return []


def bare_environment(home: Path) -> dict[str, str]:
    """What a machine without Python gives: no Python on PATH, no Python variables."""
    environment = {
        "HOME": str(home),
        "PATH": "/nonexistent",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    if sys.platform == "win32":
        environment["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "C:\\Windows")
        environment["PATH"] = environment["SYSTEMROOT"]
    return environment


def run(bundle: Path, arguments: list[str], environment: dict[str, str]) -> tuple[int, str]:
    result = subprocess.run(
        [str(executable(bundle)), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
        check=False,
    )
    print(f"$ {APP} {' '.join(arguments)}  -> {result.returncode}")
    return result.returncode, result.stdout + result.stderr


def check_runs(bundle: Path) -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as tmp:
        home = Path(tmp)
        environment = bare_environment(home)
        data = home / "data"
        base = ["--data-dir", str(data)]

        status, output = run(bundle, [*base, "--smoke"], environment)
        if status != 0:
            problems.append(f"--smoke exited {status}:\n{output}")
        database = data / "planner.sqlite3"
        if not database.is_file():
            problems.append("--smoke made no database")
        else:
            # The database was created by running the Alembic scripts from the bundle.
            with sqlite3.connect(database) as connection:
                stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if not stamped:
                problems.append("the database has no Alembic version stamp")

        # A saved job ad in Swahili: selectolax reads the page, simplemma's sw dictionary the words.
        status, output = run(
            bundle, [*base, "--lang", "sw", "postings", "import", "--dry-run", str(AD)], environment
        )
        if status != 0 or "Safari Mobile" not in output:
            problems.append(f"postings import --dry-run of a saved ad exited {status}:\n{output}")

        status, _output = run(bundle, [*base, "plan", "--help"], environment)
        if status == 0:
            pdf = home / "plan.pdf"
            year = str(dt.date.today().year)
            status, output = run(
                bundle,
                [*base, "--lang", "nb", "plan", "--year", year, "--pdf", str(pdf)],
                environment,
            )
            if status != 0 or not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
                problems.append(f"plan --pdf exited {status} without a PDF:\n{output}")
        else:
            status, output = run(bundle, [*base, "skills", "--format", "json"], environment)
            if status != 0 or '"technical_seo"' not in output:
                problems.append(f"skills exited {status}:\n{output}")
            english = run(bundle, [*base, "--lang", "en", "--help"], environment)
            swahili = run(bundle, [*base, "--lang", "sw", "--help"], environment)
            if swahili[0] != 0 or swahili[1] == english[1]:
                problems.append(f"--lang sw --help is not in Swahili:\n{swahili[1]}")
    return problems


def size_of(folder: Path) -> int:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0]).absolute()
    problems = check_files(bundle)
    if not problems:
        problems = check_runs(bundle)
    if problems:
        print("check_bundle: the bundle is not right:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    files = sum(1 for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"check_bundle: {bundle} is fine: {size_of(bundle) / 2**20:.0f} MiB in {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

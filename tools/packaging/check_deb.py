"""Install, run, upgrade and remove the Debian package, as a user would (needs root).

    sudo python3 tools/packaging/check_deb.py [dist/career-planner_VERSION_ARCH.deb]

``make deb`` runs this after building. In order:

1. ``lintian`` on the package (when installed): no errors;
2. ``apt-get install ./dist/career-planner_….deb`` (apt pulls in the Depends);
3. every ELF file under /opt/career-planner finds its libraries (``ldd``);
4. ``career-planner --smoke`` (on X11 through xvfb-run when it is installed,
   otherwise offscreen) with a fresh home, so the default data folder is made;
5. ``career-planner --lang sw plan --year 2026 --pdf FILE``;
6. ``desktop-file-validate`` and ``appstreamcli validate --no-net`` on the
   installed entry and metainfo, and the icons in every size;
7. an upgrade to the same package with a higher version: the data folder is
   unchanged and the upgraded planner opens it;
8. ``apt-get remove career-planner``: no file the package installed is left,
   /opt/career-planner is gone and the data folder is exactly as before.

Prints each step and exits 1 at the first one that fails. Only the standard
library is used, so this runs with the system's Python.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "career-planner"
PREFIX = Path("/opt") / PACKAGE
DESKTOP = Path("/usr/share/applications") / f"{PACKAGE}.desktop"
METAINFO = Path("/usr/share/metainfo/io.github.careerplanner.CareerPlanner.metainfo.xml")
ICON_SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512")
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=600"]
TIMEOUT = 600


class CheckError(Exception):
    pass


def run(command: list[str], env: dict[str, str] | None = None, quiet: bool = False) -> str:
    print(f"$ {' '.join(command)}", flush=True)
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    output = (result.stdout + result.stderr).strip()
    if output and not quiet:
        print("  " + output.replace("\n", "\n  "))
    if result.returncode != 0:
        if quiet and output:
            print("  " + output.replace("\n", "\n  ")[-4000:])
        raise CheckError(f"`{' '.join(command)}` exited {result.returncode}")
    return result.stdout


def ok(message: str) -> None:
    print(f"check_deb: ok: {message}", flush=True)


def installed_paths() -> list[Path]:
    return [
        Path(line)
        for line in run(["dpkg-query", "-L", PACKAGE], quiet=True).splitlines()
        if line.startswith("/")
    ]


def user_environment(home: Path) -> dict[str, str]:
    """A fresh user's session: a home of its own, no Python variables."""
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    environment = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    if not shutil.which("xvfb-run"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def planner(arguments: list[str], environment: dict[str, str]) -> str:
    command = [PACKAGE, *arguments]
    if "QT_QPA_PLATFORM" not in environment:
        command = ["xvfb-run", "-a", *command]
    return run(command, env=environment)


def snapshot(folder: Path) -> dict[str, str]:
    """relative path → sha256 of every file below ``folder``."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def check_lintian(deb: Path) -> None:
    if not shutil.which("lintian"):
        print("check_deb: lintian is not installed (apt-get install lintian); skipped")
        return
    result = subprocess.run(
        ["lintian", "--info", "--show-overrides", str(deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    tags = [line for line in result.stdout.splitlines() if line[:2] in {"E:", "W:", "I:", "O:"}]
    overridden: dict[str, int] = {}
    for line in tags:
        if line.startswith("O:"):  # one line per overridden tag, not one per file
            tag = line.split()[2]
            overridden[tag] = overridden.get(tag, 0) + 1
        else:
            print(f"  {line}")
    for tag, count in sorted(overridden.items()):
        print(f"  O: {tag} ({count}x, overridden: see /usr/share/lintian/overrides/{PACKAGE})")
    errors = [line for line in tags if line.startswith("E:")]
    if errors:
        raise CheckError(f"lintian reports {len(errors)} error(s)")
    warnings = sum(line.startswith("W:") for line in tags)
    ok(f"lintian: no errors ({warnings} warnings, {sum(overridden.values())} overridden)")


def check_libraries() -> None:
    folders = sorted({path.parent for path in PREFIX.rglob("*.so*")})
    environment = dict(os.environ, LD_LIBRARY_PATH=":".join(str(folder) for folder in folders))
    missing = []
    count = 0
    for path in sorted(PREFIX.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            count += 1
            result = subprocess.run(
                ["ldd", str(path)], env=environment, capture_output=True, text=True, check=False
            )
            missing += [
                f"{path}: {line.strip()}"
                for line in result.stdout.splitlines()
                if "not found" in line
            ]
    if missing:
        raise CheckError(
            "libraries not found after installing the Depends:\n  " + "\n  ".join(missing)
        )
    ok(f"all {count} ELF files under {PREFIX} find their libraries")


def check_desktop_files() -> None:
    run(["desktop-file-validate", str(DESKTOP)])
    run(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    missing = [
        size
        for size in ICON_SIZES
        if not Path(f"/usr/share/icons/hicolor/{size}/apps/{PACKAGE}.png").is_file()
    ]
    if missing or not Path(f"/usr/share/icons/hicolor/scalable/apps/{PACKAGE}.svg").is_file():
        raise CheckError(f"icons missing: {missing or 'scalable'}")
    ok(f"desktop entry and metainfo valid; icons {', '.join(ICON_SIZES)} and scalable installed")


def upgrade_package(deb: Path, folder: Path) -> Path:
    """The same package with a higher version, as a newer release would come."""
    tree = folder / "tree"
    run(["dpkg-deb", "-R", str(deb), str(tree)], quiet=True)
    control = tree / "DEBIAN" / "control"
    lines = control.read_text().splitlines()
    version = next(line.split(": ", 1)[1] for line in lines if line.startswith("Version: "))
    newer = f"{version}+upgradecheck1"
    control.write_text(
        "\n".join(f"Version: {newer}" if line.startswith("Version: ") else line for line in lines)
        + "\n"
    )
    target = folder / f"{PACKAGE}_{newer}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(tree), str(target)], quiet=True)
    shutil.rmtree(tree)
    return target


def check(deb: Path) -> None:
    check_lintian(deb)
    run([*APT, "install", str(deb)], quiet=True)
    files = installed_paths()
    ok(f"installed {deb.name}: {len(files)} paths, {_size(PREFIX) / 1e6:.1f} MB under {PREFIX}")
    check_libraries()
    with tempfile.TemporaryDirectory(prefix="deb-check-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        environment = user_environment(home)
        data = home / ".local" / "share" / PACKAGE
        planner(["--smoke"], environment)
        if not (data / "planner.sqlite3").is_file():
            raise CheckError(f"--smoke made no data folder in {data}")
        platform = environment.get("QT_QPA_PLATFORM", "X11 (xvfb-run)")
        ok(f"--smoke on {platform} made the data folder {data}")
        pdf = Path(tmp) / "plan-sw.pdf"
        planner(["--lang", "sw", "plan", "--year", "2026", "--pdf", str(pdf)], environment)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise CheckError("plan --pdf made no PDF")
        ok(f"plan --pdf in Swahili: {pdf.stat().st_size} bytes")
        check_desktop_files()

        before = snapshot(data)
        run([*APT, "install", str(upgrade_package(deb, Path(tmp)))], quiet=True)
        if snapshot(data) != before:
            raise CheckError("the upgrade changed the data folder")
        files = sorted(set(files) | set(installed_paths()))
        planner(["--smoke"], environment)
        version = run(["dpkg-query", "-W", "-f", "${Version}", PACKAGE], quiet=True)
        ok(f"upgraded to {version}: the data folder is unchanged and opens")

        before = snapshot(data)
        run([*APT, "remove", PACKAGE], quiet=True)
        left = [
            str(path)
            for path in files
            if path.is_symlink()
            or path.is_file()
            or (path.is_dir() and PREFIX in (path, *path.parents))
        ]
        if left:
            raise CheckError("files left after apt-get remove:\n  " + "\n  ".join(left[:20]))
        if PREFIX.exists() or shutil.which(PACKAGE):
            raise CheckError(f"{PREFIX} or the command is still there")
        if snapshot(data) != before:
            raise CheckError("apt-get remove changed the data folder")
        ok(
            f"removed: none of the {len(files)} installed paths is left; "
            f"the data folder ({len(before)} files) is as it was"
        )


def _size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str]) -> int:
    if os.geteuid() != 0:
        print("check_deb: run as root (it installs and removes the package)", file=sys.stderr)
        return 2
    debs = (
        [Path(argv[0])]
        if argv
        else sorted((ROOT / "dist").glob(f"{PACKAGE}_*.deb"), key=lambda p: p.stat().st_mtime)
    )
    if not debs or not debs[-1].is_file():
        print("check_deb: no package: run `make deb`", file=sys.stderr)
        return 2
    deb = debs[-1].absolute()
    print(f"check_deb: {deb.name}, {deb.stat().st_size / 1e6:.1f} MB")
    try:
        check(deb)
    except CheckError as failure:
        print(f"check_deb: FAILED: {failure}", file=sys.stderr)
        return 1
    print("check_deb: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

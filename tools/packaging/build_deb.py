"""Build dist/career-planner_<version>_<arch>.deb from the PyInstaller bundle.

    python tools/packaging/build_deb.py [--bundle dist/career-planner] [--out dist]
                              [--version V] [--compression xz|none]

(``make deb`` builds the bundle, runs this, then ``tools/packaging/check_deb.py``.)

The package holds the bundle under /opt/career-planner, the command
/usr/bin/career-planner (a symbolic link to the bundle's executable), the
desktop entry, the icons in every size, the AppStream metainfo, a manual page,
the copyright file and a changelog. ``Depends:`` is found in the bundle by
tools/packaging/deb_depends.py: the libraries its files need (objdump) and the ones Qt
opens with dlopen during a ``--smoke`` run (``LD_DEBUG=files``), mapped to
packages with ``dpkg -S``, with the highest ``GLIBC_`` version as libc6's
lower bound. There are no maintainer scripts: dpkg removes every file it
installed, and the data folder lives in the user's home, where the package
never looks (so removing or upgrading keeps it). Icon caches and the
desktop database are refreshed by the triggers of the packages that own them.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deb_depends import bundle_depends, describe  # noqa: E402

from planner import __version__  # noqa: E402

PACKAGE = "career-planner"
PREFIX = Path("opt") / PACKAGE
METAINFO = "io.github.careerplanner.CareerPlanner.metainfo.xml"
MAINTAINER = "Career Planner developers <career-planner@users.noreply.github.com>"
HOMEPAGE = "https://github.com/careerplanner/career-planner"
SUMMARY = "plan skills, learning and yearly development in digital marketing"
DESCRIPTION = """\
Career Planner keeps, on your own computer, what you need to build a career
in digital marketing and social media: your skills per channel, your
strengths, your choice of specialisation, a learning plan and learning log,
your yearly reading of the job market, and a yearly development plan you can
print.

It speaks English, Norwegian bokmål and Swahili, and needs no network and no
account. This package carries the planner with its own Python and Qt under
/opt/career-planner.
"""
SMOKE_TIMEOUT = 180


def control_text(version: str, arch: str, depends: str, installed_kib: int) -> str:
    """The DEBIAN/control file."""
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": depends,
        "Section": "misc",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": SUMMARY,
    }
    lines = [f"{name}: {value}" for name, value in fields.items()]
    for paragraph in DESCRIPTION.strip().split("\n\n"):
        if lines[-1] != f"Description: {SUMMARY}":
            lines.append(" .")
        for line in textwrap.wrap(" ".join(paragraph.split()), 72):
            lines.append(f" {line}")
    return "\n".join(lines) + "\n"


def changelog_text(version: str, when: str) -> str:
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}; see the release notes in\n"
        f"    /usr/share/metainfo/{METAINFO}.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )


MANPAGE = """\
.TH CAREER-PLANNER 1 "" "Career Planner {version}" "User Commands"
.SH NAME
career-planner \\- plan skills, learning and yearly development in digital marketing
.SH SYNOPSIS
.B career-planner
[\\fB\\-\\-lang\\fR \\fIen|nb|sw\\fR] [\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR] [\\fICOMMAND\\fR ...]
.SH DESCRIPTION
Without a command, opens the Career Planner window. The commands print or
export what the window shows; \\fBcareer-planner \\-\\-help\\fR lists them, and
\\fBcareer-planner COMMAND \\-\\-help\\fR explains one.
.SH OPTIONS
.TP
.BR \\-\\-lang " " \\fIen|nb|sw\\fR
the language of the window and of every message (default: the session's).
.TP
.BR \\-\\-data\\-dir " " \\fIDIR\\fR
keep the data in \\fIDIR\\fR instead of the data folder.
.TP
.B \\-\\-smoke
open the window once, wait for the first paint and exit 0.
.SH FILES
.TP
.I ~/.local/share/career-planner
the data folder (or \\fI$XDG_DATA_HOME/career-planner\\fR, or
\\fI$CAREER_PLANNER_DATA_DIR\\fR), with its backups. Removing the package
never touches it.
.SH EXIT STATUS
0 on success, 2 on a usage error, 1 on a data or file error.
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Career Planner
Source: {homepage}

Files: *
Copyright: 2026 Career Planner developers
License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it
 under the terms of the GNU General Public License as published by the Free
 Software Foundation, either version 3 of the License, or (at your option)
 any later version.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".

Files: opt/career-planner/_internal/*
Copyright: 2001-2026 the authors of each component
License: various-free
 The bundle carries the Python interpreter (PSF-2.0), Qt and PySide6
 (LGPL-3.0), and the Python packages the planner uses, each under its own
 free licence: SQLAlchemy, Alembic, Babel, matplotlib, NumPy, Pillow,
 platformdirs, icalendar, selectolax and simplemma. Their licence files are
 in the *.dist-info folders under /opt/career-planner/_internal.
"""

LINTIAN_OVERRIDES = """\
# The bundle is one self-contained folder with its own Python and Qt, not laid
# out like a Debian package, so it lives under /opt.
{package}: dir-or-file-in-opt *
# Python, Qt, NumPy and Pillow come as built by their projects: with RPATHs
# pointing inside the bundle and their own copies of a few libraries.
{package}: custom-library-search-path *
{package}: embedded-library *
# The libraries auditwheel vendored into *.libs (NumPy's OpenBLAS, Pillow's
# FreeType and friends) were rewritten by patchelf: stripping breaks them.
{package}: unstripped-binary-or-object [opt/career-planner/_internal/numpy.libs/*]
{package}: unstripped-binary-or-object [opt/career-planner/_internal/pillow.libs/*]
# Python extension modules that call no function of the C library themselves.
{package}: library-not-linked-against-libc [opt/career-planner/_internal/python3.11/lib-dynload/*]
"""


def stage(bundle: Path, root: Path, version: str, depends: str, arch: str) -> None:
    """Lay the package's files out under ``root``."""
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/{PREFIX}/{PACKAGE}")
    _copy(ROOT / "packaging" / f"{PACKAGE}.desktop", share / "applications" / f"{PACKAGE}.desktop")
    _copy(ROOT / "packaging" / METAINFO, share / "metainfo" / METAINFO)
    icons = ROOT / "packaging" / "icons" / "hicolor"
    for png in sorted(icons.glob(f"*/apps/{PACKAGE}.png")):
        _copy(png, share / "icons" / "hicolor" / png.relative_to(icons))
    svg = ROOT / "resources" / "icons" / f"{PACKAGE}.svg"
    _copy(svg, share / "icons" / "hicolor" / "scalable" / "apps" / f"{PACKAGE}.svg")
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", COPYRIGHT.format(homepage=HOMEPAGE).encode())
    when = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(_source_date()))
    _write(doc / "changelog.gz", gzip.compress(changelog_text(version, when).encode(), 9, mtime=0))
    _write(
        share / "man" / "man1" / f"{PACKAGE}.1.gz",
        gzip.compress(MANPAGE.format(version=version).encode(), 9, mtime=0),
    )
    _write(
        share / "lintian" / "overrides" / PACKAGE,
        LINTIAN_OVERRIDES.format(package=PACKAGE).encode(),
    )
    _normalise_modes(root)
    control = root / "DEBIAN"
    control.mkdir(mode=0o755)
    (control / "control").write_text(control_text(version, arch, depends, _installed_kib(root)))
    (control / "md5sums").write_text(_md5sums(root))
    for name in ("control", "md5sums"):
        (control / name).chmod(0o644)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def _source_date() -> int:
    """The commit time of HEAD (reproducible builds), or now."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=False,
    )
    return (
        int(result.stdout.strip())
        if result.returncode == 0 and result.stdout.strip()
        else int(time.time())
    )


def _normalise_modes(root: Path) -> None:
    """Directories 0755, files 0644, the bundle's executable 0755 (libraries need no x bit)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else 0o644)
    (root / PREFIX / PACKAGE).chmod(0o755)


def _installed_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        elif path.is_file():
            total += (path.stat().st_size + 1023) // 1024
    return total


def _md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.relative_to(root).parts[0] != "DEBIAN":
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root)}")
    return "\n".join(lines) + "\n"


def smoke_trace(bundle: Path) -> str:
    """``LD_DEBUG=files`` output of a ``--smoke`` run: the libraries Qt opens with dlopen.

    On X11 (xvfb-run when it is installed) so the xcb plugin and its GL integration load.
    """
    with tempfile.TemporaryDirectory(prefix="deb-trace-") as tmp:
        home = Path(tmp)
        (home / "runtime").mkdir(mode=0o700)
        environment = {
            "HOME": str(home),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "LD_DEBUG": "files",
            "LD_DEBUG_OUTPUT": str(home / "ld"),
        }
        command = [str(bundle / PACKAGE), "--data-dir", str(home / "data"), "--smoke"]
        if shutil.which("xvfb-run"):
            command = ["xvfb-run", "-a", *command]
            environment["QT_QPA_PLATFORM"] = "xcb"
        else:
            environment["QT_QPA_PLATFORM"] = "offscreen"
        result = subprocess.run(
            command,
            env=environment,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT,
            check=False,
        )
        if result.returncode != 0:
            raise SystemExit(
                f"build_deb: the bundle's --smoke failed ({result.returncode}):\n{result.stderr}"
            )
        print(f"build_deb: traced a --smoke run on {environment['QT_QPA_PLATFORM']}")
        return "".join(path.read_text(errors="replace") for path in home.glob("ld.*"))


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the Debian package from the bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--compression", choices=("xz", "none"), default="xz")
    options = parser.parse_args(argv)
    bundle = options.bundle.absolute()
    if not (bundle / PACKAGE).is_file():
        print(f"build_deb: no bundle in {bundle}: run `make bundle` first", file=sys.stderr)
        return 1
    found = bundle_depends(bundle, smoke_trace(bundle))
    print("build_deb: libraries the bundle takes from the system:")
    print("\n".join(describe(found)))
    if found.unknown:
        print(
            "build_deb: install the packages with these libraries, then build again",
            file=sys.stderr,
        )
        return 1
    arch = architecture()
    deb = options.out.absolute() / f"{PACKAGE}_{options.version}_{arch}.deb"
    work = ROOT / "build" / "deb"
    shutil.rmtree(work, ignore_errors=True)
    root = work / f"{PACKAGE}_{options.version}_{arch}"
    stage(bundle, root, options.version, found.value, arch)
    deb.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{options.compression}",
            "--build",
            str(root),
            str(deb),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    installed = _installed_kib(root) / 1024
    print(
        f"build_deb: {deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb}: "
        f"{deb.stat().st_size / 1e6:.1f} MB ({deb.stat().st_size / 2**20:.1f} MiB), "
        f"installed {installed * 1.048576:.1f} MB ({installed:.1f} MiB), "
        f"packed in {time.monotonic() - started:.0f} s"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

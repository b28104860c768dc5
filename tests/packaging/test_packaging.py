"""Installing as a desktop app: desktop entry, AppStream metainfo, icons, install-desktop, wheel."""

from __future__ import annotations

import configparser
import datetime as dt
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from planner import __version__
from tests.helpers.paths import ROOT
from tools.desktop import desktop_integration, render_icons

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "career-planner.desktop"
METAINFO = PACKAGING / "io.github.careerplanner.CareerPlanner.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TRANSLATED = ("nb", "sw")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


# -- the desktop entry -----------------------------------------------------


def test_desktop_entry_is_translated_into_nb_and_sw() -> None:
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        english = entry[key]
        for language in TRANSLATED:
            translated = entry.get(f"{key}[{language}]", "")
            assert translated, f"{key}[{language}] is missing"
            assert translated != english, f"{key}[{language}] is still English"
    # The names match the window's own translated title.
    assert entry["Name[nb]"] == "Karriereplanlegger"
    assert entry["Name[sw]"] == "Mpango wa Taaluma"


def test_desktop_entry_starts_the_installed_command_with_our_icon() -> None:
    entry = desktop_entry()
    scripts = pyproject()["project"]["scripts"]
    assert entry["Exec"] in scripts
    assert entry["Icon"] == render_icons.ICON_NAME
    # A fresh process: the test session's QApplication was not made by make_application.
    code = (
        "from planner.ui.shell.app import make_application; app = make_application(); "
        "print(app.desktopFileName(), app.applicationName(), app.windowIcon().isNull())"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    desktop_file_name, application_name, no_icon = result.stdout.split()
    assert desktop_file_name == DESKTOP.stem
    assert entry["StartupWMClass"] == application_name
    assert no_icon == "False"


# -- AppStream metainfo ----------------------------------------------------


def test_metainfo_is_translated_and_matches_the_project() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("project_license") == pyproject()["project"]["license"]
    assert component.findtext("launchable") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert component.find("content_rating") is not None
    for tag in ("name", "summary", "description/p", "description/ul/li", "screenshots//caption"):
        elements = component.findall(tag)
        english = [e for e in elements if e.get(XML_LANG) is None]
        assert english, tag
        for language in TRANSLATED:
            translated = [e for e in elements if e.get(XML_LANG) == language]
            assert len(translated) == len(english), f"{tag}: {language} is incomplete"
    for release in releases:
        paragraphs = release.findall("description/p")
        assert {p.get(XML_LANG) for p in paragraphs} == {None, *TRANSLATED}


def test_metainfo_screenshots_are_committed_with_their_size() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert {image.get(XML_LANG) for image in images} == {None, *TRANSLATED}
    for image in images:
        local = PACKAGING / "screenshots" / Path(image.text or "").name
        picture = QImage(str(local))
        assert not picture.isNull(), local
        assert (picture.width(), picture.height()) == (
            int(image.get("width")),
            int(image.get("height")),
        )


# -- icons -----------------------------------------------------------------


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)
    rows = data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4).astype(np.int16)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_icon_size_is_rendered_from_the_svg(size: int) -> None:
    committed = QImage(str(render_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    from PySide6.QtSvg import QSvgRenderer

    fresh = render_icons.render(QSvgRenderer(str(render_icons.SOURCE)), size)
    # Allow for antialiasing differences between Qt versions, not for a changed drawing.
    differing = np.abs(pixels(fresh) - pixels(committed)).max(axis=2) > 40
    assert differing.sum() <= size * size // 50, "run `make icons` after changing the SVG"
    assert committed.pixelColor(size // 2, size // 2).alpha() == 255


# -- install-desktop -------------------------------------------------------


@pytest.fixture
def fake_home(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")})
    return env


def make(target: str, env: dict[str, str], *variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "--no-print-directory", target, *variables],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_install_desktop_puts_the_files_where_desktops_look_and_uninstall_keeps_data(
    tmp_path: Path, fake_home: dict[str, str]
) -> None:
    # A pipx-like install in a folder whose name needs quoting in Exec.
    bin_dir = tmp_path / "my apps" / "bin"
    bin_dir.mkdir(parents=True)
    executable = bin_dir / "career-planner"
    executable.write_text("#!/bin/sh\nexit 0\n")
    executable.chmod(0o755)
    share = Path(fake_home["XDG_DATA_HOME"])
    data = share / "career-planner"
    data.mkdir(parents=True)
    (data / "planner.sqlite3").write_bytes(b"precious")

    result = make("install-desktop", fake_home, f"EXEC={executable}")
    assert result.returncode == 0, result.stderr
    expected = desktop_integration.installed_files(share)
    assert share / "applications" / "career-planner.desktop" in expected
    assert share / "metainfo" / METAINFO.name in expected
    assert share / "icons" / "hicolor" / "scalable" / "apps" / "career-planner.svg" in expected
    for size in ICON_SIZES:
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "career-planner.png"
            in expected
        )
    assert all(path.is_file() for path in expected)

    installed = desktop_entry(share / "applications" / "career-planner.desktop")
    assert installed["Exec"] == f'"{executable}"'
    assert installed["TryExec"] == str(executable)
    assert installed["Name[sw]"] == desktop_entry()["Name[sw]"]
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(share / "applications" / "career-planner.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout + check.stderr

    result = make("uninstall-desktop", fake_home)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in expected)
    assert (data / "planner.sqlite3").read_bytes() == b"precious"


def test_install_desktop_without_an_installed_planner_says_what_to_do(
    fake_home: dict[str, str],
) -> None:
    result = make("install-desktop", fake_home, "EXEC=/nonexistent/career-planner")
    assert result.returncode != 0
    assert "pipx install ." in result.stderr
    assert not (Path(fake_home["XDG_DATA_HOME"]) / "applications").exists()


@pytest.mark.parametrize("path", [DESKTOP, METAINFO], ids=["desktop-file", "metainfo"])
def test_the_validators_accept_the_files(path: Path) -> None:
    command = (
        ["desktop-file-validate", str(path)]
        if path.suffix == ".desktop"
        else ["appstreamcli", "validate", "--no-net", str(path)]
    )
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (make validate-desktop installs it)")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# -- the wheel ---------------------------------------------------------------


WHEEL_FILES = [
    "planner/locale/nb/LC_MESSAGES/messages.mo",
    "planner/locale/sw/LC_MESSAGES/messages.mo",
    "planner/locale/nb/LC_MESSAGES/qt.mo",
    "planner/locale/sw/LC_MESSAGES/qt.mo",
    "planner/resources/catalogue.json",
    "planner/resources/icons/career-planner.svg",
    "planner/store/migrations/env.py",
    "planner/store/migrations/script.py.mako",
    "planner/store/migrations/versions/0001_initial.py",
]


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_environment_and_runs(tmp_path: Path) -> None:
    """Build the wheel once, install it with its dependencies into a new venv, run it there."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    dist = tmp_path / "dist"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)],
        env,
        tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("career_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(WHEEL_FILES) <= names
    assert any(name.endswith("licenses/LICENSE") for name in names)

    venv = tmp_path / "venv"
    created = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], env, tmp_path)
    assert created.returncode == 0, created.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The test environment's pip installs into the new venv (and reuses its cache).
    installed = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheel)],
        env,
        tmp_path,
    )
    assert installed.returncode == 0, installed.stderr

    # Run from outside the checkout, so only the installed package can be imported.
    where = run([str(python), "-c", "import planner; print(planner.__file__)"], env, tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr
    app = str(venv / "bin" / "career-planner")
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")})
    data = ["--data-dir", str(tmp_path / "data")]
    smoke = run([app, *data, "--smoke"], env, tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert (tmp_path / "data" / "planner.sqlite3").is_file()

    if run([app, *data, "plan", "--help"], env, tmp_path).returncode == 0:
        pdf = tmp_path / "plan.pdf"
        year = str(dt.date.today().year)
        plan = run(
            [app, *data, "--lang", "sw", "plan", "--year", year, "--pdf", str(pdf)], env, tmp_path
        )
        assert plan.returncode == 0, plan.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
    else:
        skills = run([app, *data, "--lang", "nb", "skills"], env, tmp_path)
        assert skills.returncode == 0, skills.stderr
        assert "Ferdighet" in skills.stdout  # the compiled catalog is in the wheel
        helped = run([app, *data, "--lang", "sw", "--help"], env, tmp_path)
        english = run([app, *data, "--lang", "en", "--help"], env, tmp_path)
        assert helped.returncode == 0, helped.stderr
        assert helped.stdout != english.stdout

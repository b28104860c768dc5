"""Say plainly which system libraries Qt needs, instead of Qt's own abort message.

On Linux, Qt's xcb platform plugin links to a handful of X11 libraries that a
minimal Debian or Ubuntu lacks. ``ldd`` on the plugin names what is missing;
we map the file names to the Debian packages that provide them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from planner.i18n import _

# Shared library file name prefix -> Debian/Ubuntu package.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-xinerama.so": "libxcb-xinerama0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libfontconfig.so": "libfontconfig1",
    "libdbus-1.so": "libdbus-1-3",
    "libX11-xcb.so": "libx11-xcb1",
    "libxcb.so": "libxcb1",
}


def missing_libraries(ldd_output: str) -> list[str]:
    """The library names ``ldd`` reports as ``not found``."""
    missing = []
    for line in ldd_output.splitlines():
        if "=> not found" in line:
            missing.append(line.split("=>")[0].strip())
    return sorted(set(missing))


def debian_packages(libraries: list[str]) -> list[str]:
    packages = []
    for library in libraries:
        for prefix, package in DEBIAN_PACKAGES.items():
            if library.startswith(prefix):
                packages.append(package)
                break
        else:
            packages.append(library)
    return sorted(set(packages))


def xcb_plugin_path() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def wants_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return not os.environ.get("WAYLAND_DISPLAY")


def check_display() -> str | None:
    """A translated diagnosis of why no window can open, or None if all is there."""
    if not wants_xcb():
        return None
    if not os.environ.get("DISPLAY"):
        return _("No display found: DISPLAY is not set. Run Career Planner in a desktop session.")
    plugin = xcb_plugin_path()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing = missing_libraries(result.stdout)
    if not missing:
        return None
    packages = " ".join(debian_packages(missing))
    return _(
        "Qt cannot open a window: these system libraries are missing: {libraries}.\n"
        "On Debian or Ubuntu install them with:\n    sudo apt install {packages}"
    ).format(libraries=", ".join(missing), packages=packages)

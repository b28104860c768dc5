"""The Debian package's Depends come from the bundle's files, not from a list (no dpkg needed)."""

from __future__ import annotations

from tools.packaging.deb_depends import (
    ElfNeeds,
    depends,
    parse_dlopened,
    parse_dpkg_search,
    parse_objdump,
)

OBJDUMP_QXCB = """
Dynamic Section:
  NEEDED               libQt6XcbQpa.so.6
  NEEDED               libxcb-cursor.so.0
  NEEDED               libxkbcommon-x11.so.0
  NEEDED               libc.so.6
  RUNPATH              $ORIGIN/../../lib

Version References:
  required from libc.so.6:
    0x09691a75 0x00 04 GLIBC_2.2.5
    0x069691b4 0x00 03 GLIBC_2.34
  required from libstdc++.so.6:
    0x08922974 0x00 02 GLIBCXX_3.4
"""
OBJDUMP_PYTHON = """
Dynamic Section:
  NEEDED               libm.so.6
  NEEDED               libc.so.6

Version References:
  required from libc.so.6:
    0x069691b5 0x00 05 GLIBC_2.35
    0x06969197 0x00 02 GLIBC_2.17
"""
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def test_objdump_output_gives_needed_libraries_and_symbol_versions() -> None:
    needs = parse_objdump(OBJDUMP_QXCB)
    assert needs.needed == [
        "libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libc.so.6",
    ]
    assert needs.versions == {"GLIBC_2.2.5", "GLIBC_2.34", "GLIBCXX_3.4"}


def test_depends_names_the_system_libraries_and_the_highest_glibc() -> None:
    needs = {
        "plugins/libqxcb.so": parse_objdump(OBJDUMP_QXCB),
        "libpython3.11.so": parse_objdump(OBJDUMP_PYTHON),
    }
    value, packages, unknown = depends(needs, {"libQt6XcbQpa.so.6"}, PACKAGES.get)
    # The bundle's own Qt library is not a dependency; glibc's parts are libc6, with the
    # highest version any file needs (2.35, not the 2.34 of the first file, not 2.2.5 as text).
    assert value == "libc6 (>= 2.35), libxcb-cursor0, libxkbcommon-x11-0"
    assert packages["libm.so.6"] == "libc6"
    assert unknown == []


def test_libraries_opened_with_dlopen_by_the_bundle_count_and_unknown_ones_are_reported() -> None:
    by = "dynamically loaded by"
    trace = (
        f"  1234: file=libdbus-1.so.3 [0];  {by} /opt/cp/_internal/libQt6DBus.so.6 [0]\n"
        f"  1234: file=libnss_files.so.2 [0];  {by} /lib/x86_64-linux-gnu/libc.so.6 [0]\n"
        f"  1234: file=/opt/cp/plugins/libqxcb.so [0];  {by} /opt/cp/libQt6Core.so.6 [0]\n"
        f"  1234: file=libmystery.so.9 [0];  {by} /opt/cp/_internal/libQt6Gui.so.6 [0]\n"
    )
    dlopened = parse_dlopened(trace, "/opt/cp")
    # Not what glibc opens for itself, not the bundle's own plugins.
    assert dlopened == {"libdbus-1.so.3", "libmystery.so.9"}
    value, _packages, unknown = depends({"x": ElfNeeds()}, set(), PACKAGES.get, dlopened)
    assert value == "libc6, libdbus-1-3"
    assert unknown == ["libmystery.so.9"]


def test_dpkg_search_output_gives_the_package_without_its_architecture() -> None:
    assert parse_dpkg_search("libxcb1:amd64: /usr/lib/x86_64-linux-gnu/libxcb.so.1\n") == "libxcb1"
    assert parse_dpkg_search("dpkg-query: no path found matching pattern /x\n") is None

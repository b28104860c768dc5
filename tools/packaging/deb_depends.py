"""The Debian ``Depends:`` of a one-folder bundle, found in the bundle itself.

    python3 tools/packaging/deb_depends.py dist/career-planner

Every ELF file in the bundle is read with ``objdump -p``: its ``NEEDED``
libraries and the symbol versions it needs (``GLIBC_2.xx``). A needed library
that the bundle does not carry comes from the system: ``ldconfig -p`` (or
``ldd`` on the file that needs it) says where it is on this machine and
``dpkg -S`` which package installed it. The package of ``libc.so.6`` gets the
highest ``GLIBC_`` version any file needs as its lower bound.

Libraries that Qt opens with ``dlopen`` (not ``NEEDED``) are added from a run of
the bundle: ``tools/packaging/build_deb.py`` passes the ``LD_DEBUG=files`` output of a
``--smoke`` run, and every library "dynamically loaded by" a file of the bundle
counts too. The pure functions below take text and return data, so the tests
can check the rules without dpkg or a bundle.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# Parts of glibc itself: always there with libc6, never a separate package.
GLIBC_PARTS = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux[\w.-]*)\.so"
)
_NEEDED = re.compile(r"^\s+NEEDED\s+(\S+)$", re.MULTILINE)
_VERSION_NEED = re.compile(r"^\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+\d+\s+(\S+)$", re.MULTILINE)
_DLOPENED = re.compile(r"file=(\S+) \[\d+\];\s+dynamically loaded by (\S+)")
_LDCONFIG = re.compile(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", re.MULTILINE)


@dataclass
class ElfNeeds:
    """What one ELF file asks of the dynamic linker."""

    needed: list[str] = field(default_factory=list)
    versions: set[str] = field(default_factory=set)


def parse_objdump(text: str) -> ElfNeeds:
    """``NEEDED`` sonames and required symbol versions from ``objdump -p`` output."""
    needs = ElfNeeds(needed=_NEEDED.findall(text))
    _, _, references = text.partition("Version References:")
    needs.versions = set(_VERSION_NEED.findall(references))
    return needs


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def highest_version(versions: Iterable[str], prefix: str) -> str | None:
    """The highest ``prefix``-version (``GLIBC_2.34`` → ``2.34``), or None."""
    numbers = [
        v[len(prefix) :]
        for v in versions
        if v.startswith(prefix) and v[len(prefix) :][:1].isdigit()
    ]
    return max(numbers, key=version_key) if numbers else None


def system_sonames(needs: dict[str, ElfNeeds], provided: set[str]) -> set[str]:
    """Sonames some file needs that the bundle does not provide."""
    wanted = {soname for need in needs.values() for soname in need.needed}
    return wanted - provided


def parse_dlopened(ld_debug: str, bundle: str) -> set[str]:
    """Libraries a file inside ``bundle`` opened with dlopen, from ``LD_DEBUG=files`` output.

    The bundle's own plugins (opened by their path inside it) are not counted.
    """
    prefix = bundle.rstrip("/") + "/"
    found = set()
    for name, opener in _DLOPENED.findall(ld_debug):
        if opener.startswith(prefix) and not name.startswith(prefix):
            found.add(name.rsplit("/", 1)[-1])
    return found


def parse_ldconfig(text: str, machine: str = "x86-64") -> dict[str, str]:
    """soname → path for this machine's architecture, from ``ldconfig -p``."""
    found: dict[str, str] = {}
    for soname, flags, path in _LDCONFIG.findall(text):
        if machine in flags and soname not in found:
            found[soname] = path
    return found


def parse_dpkg_search(text: str) -> str | None:
    """The package name from ``dpkg -S`` output (``libxcb1:amd64: /usr/lib/…``)."""
    for line in text.splitlines():
        if ": " in line and not line.startswith(("diversion", "dpkg-query")):
            return line.split(": ", 1)[0].split(",")[0].split(":")[0].strip()
    return None


def depends_field(packages: Iterable[str], glibc: str | None) -> str:
    """The ``Depends:`` value: libc6 with its lower bound first, the others sorted."""
    names = set(packages) | {"libc6"}
    first = f"libc6 (>= {glibc})" if glibc else "libc6"
    return ", ".join([first, *sorted(names - {"libc6"})])


def depends(
    needs: dict[str, ElfNeeds],
    provided: set[str],
    package_of: Callable[[str], str | None],
    dlopened: Iterable[str] = (),
) -> tuple[str, dict[str, str], list[str]]:
    """(Depends value, soname → package, sonames no package was found for)."""
    sonames = system_sonames(needs, provided) | (set(dlopened) - provided)
    packages: dict[str, str] = {}
    unknown: list[str] = []
    for soname in sorted(sonames):
        if GLIBC_PARTS.match(soname):
            packages[soname] = "libc6"
            continue
        package = package_of(soname)
        if package:
            packages[soname] = package
        else:
            unknown.append(soname)
    glibc = highest_version((v for need in needs.values() for v in need.versions), "GLIBC_")
    return depends_field(packages.values(), glibc), packages, unknown


# -- reading this machine -------------------------------------------------


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    files.append(path)
    return files


def read_needs(files: list[Path]) -> dict[str, ElfNeeds]:
    return {str(path): parse_objdump(_output(["objdump", "-p", str(path)])) for path in files}


def machine_package_finder() -> Callable[[str], str | None]:
    """soname → Debian package on this machine, through ldconfig and dpkg -S."""
    locations = parse_ldconfig(_output(["ldconfig", "-p"]))

    def package_of(soname: str) -> str | None:
        path = locations.get(soname)
        if not path:
            return None
        resolved = Path(path).resolve()
        candidates = [path, str(resolved)]
        for candidate in list(candidates):  # merged /usr: dpkg knows one of the two
            if candidate.startswith("/usr/lib/"):
                candidates.append(candidate[len("/usr") :])
            elif candidate.startswith("/lib/"):
                candidates.append("/usr" + candidate)
        for candidate in candidates:
            result = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            package = parse_dpkg_search(result.stdout) if result.returncode == 0 else None
            if package:
                return package
        return None

    return package_of


def _output(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@dataclass
class BundleDepends:
    """What ``bundle_depends`` found."""

    value: str
    packages: dict[str, str]
    unknown: list[str]
    floors: dict[str, str | None]
    glibc_floor_files: list[str]
    dlopened: set[str] = field(default_factory=set)


def bundle_depends(bundle: Path, ld_debug: str = "") -> BundleDepends:
    """Depends for ``bundle``, with the sonames' packages, the unknown ones and version floors."""
    files = elf_files(bundle)
    needs = read_needs(files)
    provided = {path.name for path in files} | {
        path.name for path in bundle.rglob("*.so*") if path.is_symlink()
    }
    dlopened = parse_dlopened(ld_debug, str(bundle.resolve())) if ld_debug else set()
    value, packages, unknown = depends(needs, provided, machine_package_finder(), dlopened)
    versions = [v for need in needs.values() for v in need.versions]
    floors = {
        prefix: highest_version(versions, prefix) for prefix in ("GLIBC_", "GLIBCXX_", "CXXABI_")
    }
    top = f"GLIBC_{floors['GLIBC_']}"
    floor_files = [
        str(Path(name).relative_to(bundle)) for name, need in needs.items() if top in need.versions
    ]
    return BundleDepends(value, packages, unknown, floors, floor_files, dlopened)


def describe(found: BundleDepends) -> list[str]:
    """The lines ``main`` and ``build_deb.py`` print."""
    lines = [
        f"  {soname:32} {package}{'  (dlopen)' if soname in found.dlopened else ''}"
        for soname, package in sorted(found.packages.items())
    ]
    floors = ", ".join(f"{prefix}{value}" for prefix, value in found.floors.items() if value)
    lines.append(f"  highest symbol versions needed: {floors}")
    lines.append(
        f"  GLIBC_{found.floors['GLIBC_']} is needed by: {', '.join(found.glibc_floor_files)}"
    )
    if found.unknown:
        lines.append(f"  no package on this machine has: {', '.join(found.unknown)}")
    lines.append(f"Depends: {found.value}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    found = bundle_depends(Path(argv[0]))
    print("\n".join(describe(found)))
    return 1 if found.unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

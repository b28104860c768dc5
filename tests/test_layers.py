"""The layers keep pointing one way: one table of what each room may import.

A room is a folder of planner/ (its own modules, not its subfolders) or one
top-level module of planner/. ``from pkg import mod`` counts as an import of
``pkg.mod``, and relative imports are resolved against the importing module.
Besides our own rooms, the table names the frameworks a room may use; the
standard library and small libraries (Babel, platformdirs ...) are free.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANNER = ROOT / "planner"
FRAMEWORKS = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "matplotlib")

# Rooms that are planned but may not exist yet (issue #14): checked once they do.
PLANNED = {"planner.demo", "planner.ui.pages.direction"}

TOP = {"planner", "planner.paths", "planner.resources", "planner.settings", "planner.threads"}
EXCHANGE = {
    "planner.exchange",
    "planner.exchange.job_ads",
    "planner.exchange.lexicon",
    "planner.exchange.linkedin",
}
# what every Qt room may use: our top-level modules, the rules, the store, the words, Qt
QT_ROOM = {
    *TOP,
    "planner.domain",
    "planner.store",
    "planner.i18n",
    "planner.text",
    "PySide6",
    "shiboken6",
}
PAGES = {
    *QT_ROOM,
    *EXCHANGE,
    "planner.charts",
    "planner.report",
    "planner.ui",
    "planner.ui.kit",
    "planner.ui.models",
    "planner.ui.operations",
    "planner.ui.dialogs",
    "planner.ui.flows",
    "planner.ui.pages",
}

# room -> the rooms (or single modules) and frameworks it may import; a room may import itself.
ALLOWED: dict[str, set[str]] = {
    # pure rules: only the N_ marker and the path of the bundled catalogue
    "planner.domain": {"planner.i18n.markers", "planner.resources"},
    "planner.i18n": {"PySide6"},  # the Qt translator (qt_translator.py)
    "planner.store": {
        "planner.domain",
        "planner.i18n",
        "sqlalchemy",
        "alembic",
    },
    "planner.store.migrations": {"planner.store", "sqlalchemy", "alembic"},
    "planner.store.migrations.versions": {"sqlalchemy", "alembic"},
    "planner.demo": {
        *TOP,
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.text",
        "sqlalchemy",
    },
    "planner.text": {
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.exchange.linkedin",
    },
    "planner.exchange": {
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.text",
        "planner.settings",
    },
    "planner.exchange.job_ads": {
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.exchange.lexicon",
    },
    "planner.exchange.lexicon": {"planner.resources", "planner.store"},
    "planner.exchange.linkedin": {"planner.domain", "planner.i18n", "planner.store"},
    "planner.charts": {"planner.domain", "planner.i18n", "planner.text", "matplotlib"},
    "planner.report": {
        "planner",
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.text",
        "planner.charts",
        "matplotlib",
        "PySide6",  # the PDF is painted with Qt
    },
    "planner.cli": {
        *TOP,
        *EXCHANGE,
        "planner.domain",
        "planner.i18n",
        "planner.store",
        "planner.text",
        "planner.report",
        "planner.demo",
        "planner.ui.shell",  # the window starts from the command, imported lazily
        "PySide6",  # lazily, for the printed plan
    },
    "planner": set(),
    "planner.__main__": {"planner.cli"},
    "planner.paths": set(),
    "planner.resources": set(),
    "planner.settings": {"planner.store"},
    "planner.threads": set(),
    "planner.ui": {*PAGES, "planner.ui.shell"},
    "planner.ui.shell": {*QT_ROOM, "planner.ui", "planner.ui.kit"},
    "planner.ui.kit": {*QT_ROOM, "planner.charts", "planner.ui.models", "matplotlib"},
    "planner.ui.models": QT_ROOM,
    "planner.ui.operations": {*QT_ROOM, "planner.ui", "planner.ui.kit"},
    "planner.ui.dialogs": {
        *QT_ROOM,
        "planner.exchange.job_ads",
        "planner.exchange.linkedin",
        "planner.ui",
        "planner.ui.kit",
        "planner.ui.models",
        "planner.ui.shell",
    },
    "planner.ui.flows": {
        *QT_ROOM,
        *EXCHANGE,
        "planner.report",
        "planner.ui",
        "planner.ui.kit",
        "planner.ui.operations",
        "planner.ui.dialogs",
        "planner.ui.shell",
    },
    "planner.ui.pages": PAGES,
    "planner.ui.pages.direction": PAGES,
}


def room_of_file(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    if path.parent == PLANNER:
        return ".".join(relative.parts) if path.stem != "__init__" else "planner"
    return ".".join(relative.parent.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room_of_module(dotted: str) -> str:
    """The room of an imported name: the deepest module or package of ours it names."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:end])
        if (base / "__init__.py").is_file() or base.is_dir():
            return room_of_file(base / "__init__.py") if end > 1 else "planner"
        if base.with_suffix(".py").is_file():
            return room_of_file(base.with_suffix(".py"))
    return dotted


def imported_names(path: Path, source: str | None = None) -> Iterator[str]:
    """Every module a file imports, ``from pkg import mod`` resolved to ``pkg.mod``."""
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    package = module_name(path)
    if path.stem != "__init__":
        package = package.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            for alias in node.names:
                yield resolve_from(module, alias.name)


def resolve_from(module: str, name: str) -> str:
    candidate = ROOT.joinpath(*f"{module}.{name}".split("."))
    if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
        return f"{module}.{name}"
    return module


def target_room(name: str) -> str | None:
    """The room or framework an import points at, or None when the table does not care."""
    top = name.split(".", maxsplit=1)[0]
    if top == "planner":
        return room_of_module(name)
    return top if top in FRAMEWORKS else None


def permitted(name: str, target: str, allowed: set[str]) -> bool:
    """A room is allowed as a whole; an entry that names one module allows that module only."""
    return target in allowed or name in allowed


def planner_files() -> list[Path]:
    return sorted(
        path
        for path in PLANNER.rglob("*.py")
        if "__pycache__" not in path.parts and path.name != "script.py.mako"
    )


def actual_edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in planner_files():
        room = room_of_file(path)
        targets = edges.setdefault(room, set())
        for name in imported_names(path):
            target = target_room(name)
            if target is not None and target != room:
                targets.add(target)
    return edges


def test_every_room_is_in_the_table() -> None:
    rooms = {room_of_file(path) for path in planner_files()}
    missing = sorted(rooms - ALLOWED.keys())
    assert missing == [], (
        f"rooms missing from ALLOWED in tests/test_layers.py: {missing}; "
        "add each with the rooms it may import"
    )
    gone = sorted(ALLOWED.keys() - rooms - PLANNED)
    assert gone == [], f"ALLOWED names rooms that do not exist: {gone}"


def test_no_room_imports_a_room_it_may_not() -> None:
    offenders = []
    for path in planner_files():
        room = room_of_file(path)
        allowed = ALLOWED.get(room, set()) | {room}
        for name in imported_names(path):
            target = target_room(name)
            if target is not None and not permitted(name, target, allowed):
                offenders.append(f"{path.relative_to(ROOT)}: {name} ({room} -> {target})")
    assert offenders == [], "imports the layer table does not allow:\n" + "\n".join(offenders)


def test_from_imports_and_relative_imports_resolve_to_modules() -> None:
    source = (
        "from planner.ui import main_window\n"
        "from planner.store.schema import REVISIONS\n"
        "from . import common\n"
        "from .theme import ChartTheme\n"
        "import PySide6.QtCore\n"
    )
    names = list(imported_names(PLANNER / "charts" / "plan.py", source))
    assert names == [
        "planner.ui.main_window",
        "planner.store.schema",
        "planner.charts.common",
        "planner.charts.theme",
        "PySide6.QtCore",
    ]
    assert [target_room(name) for name in names] == [
        "planner.ui",
        "planner.store",
        "planner.charts",
        "planner.charts",
        "PySide6",
    ]

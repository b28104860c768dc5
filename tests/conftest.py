"""Shared fixtures: offscreen Qt, a fresh data folder per test, English by default."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CAREER_PLANNER_DATA_DIR", None)

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.i18n import set_language


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from planner.ui.shell.language import apply_language

        apply_language(app, "en")  # type: ignore[arg-type]


@pytest.fixture(scope="session", autouse=True)
def _no_delete_later_on_python_owned_objects() -> Iterator[None]:
    """deleteLater() on an object Python owns fails the test (README, "Who deletes what")."""
    import gc

    from tests.helpers.qt_cleanup import guard_delete_later

    undo = guard_delete_later()
    # The modules are imported by now: keep them out of every gc.collect() below.
    gc.freeze()
    yield
    gc.unfreeze()
    undo()


@pytest.fixture(autouse=True)
def _qt_deletes_done_in_the_test_that_made_them(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test that used Qt: close its windows and dialogs, run Qt's deferred
    deletes and collect garbage, so an object deleted twice crashes in the test that
    caused it, not in whichever test happens to come next (issue 23).

    Defined after ``_english_after_each_test`` so it runs first at teardown: the
    windows are gone before the language switch would make them retranslate.
    """
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from tests.helpers.qt_cleanup import flush_deletes

        flush_deletes(used_qtbot="qtbot" in request.fixturenames)


@pytest.fixture
def database(data_dir: Path):
    from planner.store.database import open_database

    db = open_database(data_dir)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, data_dir: Path):
    """The main window on a fresh data folder, in English."""
    from PySide6.QtWidgets import QApplication

    from planner.ui.shell.app import build_window

    main = build_window(QApplication.instance(), data_dir, "en")  # type: ignore[arg-type]
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.context.database.close()


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail any test that opens an internet socket (Unix domain sockets are fine:
    the single-instance guard uses QLocalSocket)."""
    import socket

    opened: list[str] = []
    real_socket = socket.socket
    internet = {socket.AF_INET, socket.AF_INET6}

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in internet or (family == -1 and not kwargs.get("fileno") and not args):
                opened.append(f"family {family}")
                raise NetworkUsedError("the app must never open a network socket")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    yield opened
    assert opened == [], f"a network socket was opened: {opened}"


GENERATED_TODAY = __import__("datetime").date(2026, 11, 23)
"""The "today" of the generated ten years (a fixed day, so figures do not drift)."""


@pytest.fixture(scope="session")
def generated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with ten years of generated data, made once per session. Copy it to write."""
    from planner.store.database import open_database
    from tests.helpers.generated_data import generate

    folder = tmp_path_factory.mktemp("generated") / "data"
    db = open_database(folder)
    generate(db, GENERATED_TODAY)
    db.close()
    return folder


@pytest.fixture
def generated_data_dir(generated_dir: Path, data_dir: Path) -> Path:
    """A private copy of the generated data folder, as this test's data folder."""
    import shutil

    shutil.copytree(generated_dir, data_dir)
    return data_dir

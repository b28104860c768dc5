"""Shared fixtures: offscreen Qt, a fresh data folder per test, English by default."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CAREER_PLANNER_DATA_DIR", None)

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
        from planner.ui.language import apply_language

        apply_language(app, "en")  # type: ignore[arg-type]


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

    from planner.ui.app import build_window

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

"""Privacy: private files and folders, no network, links only for http/https."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest

from planner.store.database import database_path, open_database
from planner.store.safety import back_up, list_backups
from planner.store.skills import SkillStore
from planner.store.validation import is_web_link
from tests.conftest import NetworkUsedError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_database_wal_shm_and_backups_are_private(data_dir: Path) -> None:
    db = open_database(data_dir)
    store = SkillStore(db)
    # Hold a reading connection open so -wal and -shm exist while we look.
    with db.engine.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
        import datetime as dt

        store.assess("technical_seo", 3, dt.date.today(), "note")
        companions = [Path(f"{database_path(data_dir)}{s}") for s in ("-wal", "-shm")]
        assert all(p.exists() for p in companions)
        for path in [database_path(data_dir), *companions]:
            assert mode(path) == 0o600, path
    folder = data_dir / "backups"
    info = back_up(database_path(data_dir), folder, "manual")
    db.close()
    assert mode(data_dir) == 0o700
    assert mode(folder) == 0o700
    assert mode(info.path) == 0o600
    assert [b.path for b in list_backups(folder)] == [info.path]


def test_the_guard_fails_internet_sockets_but_allows_unix_ones(_no_network: list[str]) -> None:
    with pytest.raises(NetworkUsedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))
    _no_network.clear()  # the two attempts above were on purpose
    left, right = socket.socketpair(socket.AF_UNIX)
    left.close()
    right.close()


@pytest.mark.parametrize(
    ("link", "opens"),
    [
        ("https://example.org/course", True),
        ("http://example.org", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("ftp://example.org", False),
        ("mailto:a@example.org", False),
        ("https://", False),
        ("example.org", False),
    ],
)
def test_only_http_and_https_links_are_accepted(link: str, opens: bool) -> None:
    assert is_web_link(link) is opens


def test_links_are_handed_to_the_browser_only_for_http_and_https(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from planner.ui.kit import links

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    assert links.open_web_link("https://example.org/a")
    assert not links.open_web_link("file:///etc/passwd")
    assert not links.open_web_link("javascript:alert(1)")
    assert opened == ["https://example.org/a"]

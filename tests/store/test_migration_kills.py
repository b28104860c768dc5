"""Kill the process during migrations; every next start must succeed, whole.

The victim process dies before each SQL statement in turn (every boundary is
tried) and at random points inside SQLite's virtual machine. After each kill
the database must open, pass ``integrity_check``, carry the full schema at the
head revision, and keep every row it had before. A ten-year database of the
first released schema is upgraded too, killed at random statements and
random points inside SQLite, and must keep every value of every row.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.store import schema
from planner.store.database import database_path, open_database
from tests.helpers import old_schema
from tests.helpers.paths import HELPERS, fixture

VICTIM = HELPERS / "migration_victim.py"
FIXTURES = fixture("schemas")

pytestmark = pytest.mark.slow


def run_victim(data_dir: Path, mode: str, limit: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VICTIM), str(data_dir), mode, str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def stored_revision(path: Path) -> str:
    """The revision after a kill, read as the next start reads it (recovering the journal)."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def assert_whole(data_dir: Path, rows_before: dict[str, int]) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from planner.store.models import Base

    db = open_database(data_dir)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar() == schema.HEAD
            context = MigrationContext.configure(connection, opts={"render_as_batch": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()
    after = row_counts(database_path(data_dir))
    for table, count in rows_before.items():
        if table != "alembic_version":
            assert after.get(table, 0) >= count, (table, count, after.get(table))


def count_work(tmp_path: Path, source: Path | None) -> tuple[int, int]:
    """(SQL statements, SQLite progress ticks) that opening ``source`` takes."""
    probe = tmp_path / "probe"
    prepare(probe, source)
    result = run_victim(probe, "count", 0)
    assert result.returncode == 0, result.stderr
    statements, ticks = result.stdout.split()
    return int(statements), int(ticks)


def prepare(data_dir: Path, source: Path | None) -> dict[str, int]:
    if data_dir.exists():
        shutil.rmtree(data_dir)
    if source is None:
        return {}
    data_dir.mkdir(mode=0o700)
    target = database_path(data_dir)
    shutil.copy(source, target)
    target.chmod(0o600)
    return row_counts(target)


def starting_points() -> list[Path | None]:
    """An empty folder, and a fixture of every released schema older than head."""
    older = [p for p in sorted(FIXTURES.glob("*.sqlite3")) if p.stem != schema.HEAD]
    return [None, *older]


@pytest.mark.parametrize("source", starting_points(), ids=lambda p: p.stem if p else "empty")
def test_kill_before_every_statement_of_the_migration(tmp_path: Path, source: Path | None) -> None:
    total, _ticks = count_work(tmp_path, source)
    assert total > 5
    data_dir = tmp_path / "data"
    for limit in range(1, total + 1):
        before = prepare(data_dir, source)
        result = run_victim(data_dir, "statement", limit)
        assert result.returncode == -signal.SIGKILL, (limit, result.stderr)
        assert_whole(data_dir, before)


@pytest.mark.parametrize("source", starting_points(), ids=lambda p: p.stem if p else "empty")
def test_kill_at_random_moments_inside_sqlite(tmp_path: Path, source: Path | None) -> None:
    _statements, ticks = count_work(tmp_path, source)
    generator = random.Random(20261123)
    data_dir = tmp_path / "data"
    killed = 0
    for _attempt in range(12):
        before = prepare(data_dir, source)
        result = run_victim(data_dir, "opcodes", generator.randint(1, ticks))
        killed += result.returncode == -signal.SIGKILL
        assert_whole(data_dir, before)
    assert killed == 12  # every attempt must really die inside the migration


def test_every_released_schema_has_a_fixture() -> None:
    assert {p.stem for p in FIXTURES.glob("*.sqlite3")} == set(schema.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_fixture_databases_open_with_their_data(tmp_path: Path, fixture: Path) -> None:
    data_dir = tmp_path / "data"
    before = prepare(data_dir, fixture)
    assert before["assessments"] > 0
    assert_whole(data_dir, before)


@pytest.fixture(scope="module")
def ten_years_of_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first released schema with ten years of demo data (about 6 MB, 60,000 rows)."""
    path = tmp_path_factory.mktemp("old") / "0001-ten-years.sqlite3"
    counts = old_schema.build(path, "0001_initial", years=10)
    assert counts["log_entries"] > 10_000
    assert counts["plan_items"] > 300
    return path


def test_a_ten_year_database_of_0001_upgrades_whole_after_kills_at_random_moments(
    tmp_path: Path, ten_years_of_0001: Path
) -> None:
    source = ten_years_of_0001
    columns = old_schema.table_columns(source)
    expected = old_schema.digest(source)
    statements, ticks = count_work(tmp_path, source)
    generator = random.Random(20261202)
    data_dir = tmp_path / "data"
    moments = [("statement", generator.randint(1, statements)) for _ in range(4)]
    moments += [("opcodes", generator.randint(1, ticks)) for _ in range(6)]
    interrupted = 0
    for mode, limit in moments:
        before = prepare(data_dir, source)
        result = run_victim(data_dir, mode, limit)
        assert result.returncode == -signal.SIGKILL, (mode, limit, result.stderr)
        interrupted += stored_revision(database_path(data_dir)) == "0001_initial"
        assert_whole(data_dir, before)
        assert old_schema.digest(database_path(data_dir), columns) == expected, (mode, limit)
    assert interrupted >= 3, interrupted  # most moments fall inside the upgrade itself
    # And a start that is not killed upgrades it with every value in place.
    prepare(data_dir, source)
    open_database(data_dir).close()
    assert old_schema.digest(database_path(data_dir), columns) == expected

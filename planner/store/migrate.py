"""Apply the Alembic migrations shipped inside the package.

Imported only when the stored schema is behind (see :mod:`planner.store.schema`),
so a normal start-up never loads Alembic. The whole upgrade, the version stamp
included, runs in one transaction: a process killed half way leaves the
database exactly as it was before.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from planner.store.engine import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_revisions() -> list[str]:
    """Revision ids of the scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(path: Path, revision: str = "head") -> None:
    # Table rebuilds need foreign keys off, and that pragma only works outside
    # a transaction; env.py checks foreign keys before it commits.
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()

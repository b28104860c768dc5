"""The schema revisions this version knows, without importing Alembic.

Start-up compares the revision stored in the database with ``HEAD`` and only
imports Alembic when they differ. A test checks these constants against the
migration scripts, so they cannot drift.
"""

from __future__ import annotations

# Oldest first. Append a revision here with every new migration script.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_certification_validity")
HEAD: str = KNOWN_REVISIONS[-1]

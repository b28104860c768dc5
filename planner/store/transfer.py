"""Export everything to one JSON document, and import such a document, all or nothing.

The document (described by ``docs/export-schema.json``)::

    {"format": "career-planner-export", "format_version": 1,
     "schema_revision": "0001_initial",
     "tables": {"areas": [{"id": 1, "key": "seo", "position": 0}, ...], ...}}

Every table of the schema is present, rows are ordered by primary key and
every column is written, so export → import → export gives the same bytes.
Import checks the whole file before touching the database (types, lengths,
enum values, unknown or missing fields), then replaces all data in a single
transaction; the database checks the rest (unique keys, references, ranges).
A problem is reported with its JSON path, e.g. ``$.tables.skills[3].name``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.i18n.markers import N_
from planner.store import schema
from planner.store.database import Database
from planner.store.files import atomic_write_bytes, check_output_target
from planner.store.transfer_checks import check_document, parse, read_file
from planner.store.transfer_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LOCATE_CHUNK,
    STARTER_TABLES,
    Field,
    TransferError,
    fields,
    json_schema,
    tables,
)

__all__ = [
    "TransferError",
    "check_document",
    "dumps",
    "export_document",
    "export_file",
    "has_user_data",
    "import_document",
    "import_file",
    "import_rows",
    "json_schema",
    "parse",
    "read_file",
]

# -- export ------------------------------------------------------------------


def export_document(database: Database) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": schema.HEAD,
        "tables": {},
    }
    with database.reading() as session:
        for table in tables():
            order = list(table.primary_key.columns)
            rows = session.execute(select(table).order_by(*order)).mappings()
            specs = fields(table)
            document["tables"][table.name] = [
                {spec.name: _to_json(spec, row[spec.name]) for spec in specs} for row in rows
            ]
    return document


def _to_json(spec: Field, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind in {"date", "datetime"}:
        return value.isoformat()
    if spec.kind == "enum":
        return getattr(value, "value", value)
    return value


def dumps(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()


def export_file(database: Database, path: Path) -> int:
    """Write the export atomically; returns the number of rows written."""
    check_output_target(path)  # a link, device or folder: refused before the work
    document = export_document(database)
    atomic_write_bytes(path, dumps(document))  # whole or absent; refuses links and devices
    return sum(len(rows) for rows in document["tables"].values())


def has_user_data(database: Database) -> bool:
    """True when the data folder holds anything beyond a fresh start."""
    fresh_skill = "SELECT 1 FROM skills WHERE is_custom OR target_level IS NOT NULL LIMIT 1"
    fresh_profile = "SELECT 1 FROM profile WHERE name != '' OR role != '' OR onboarded LIMIT 1"
    with database.reading() as session:
        for table in tables():
            if table.name in STARTER_TABLES:
                continue
            if session.execute(select(1).select_from(table).limit(1)).first():
                return True
        return bool(
            session.execute(text(fresh_skill)).first()
            or session.execute(text(fresh_profile)).first()
        )


def import_document(database: Database, document: Any) -> int:
    """Replace all data with the document's, in one transaction; returns the rows imported."""
    return import_rows(database, check_document(document))


def import_rows(database: Database, rows_by_table: Mapping[str, list[dict[str, Any]]]) -> int:
    """Replace all data with rows from :func:`check_document`, in one transaction.

    Each table goes in with one bulk insert; only when the database refuses one
    are its rows tried one by one, to name the row that breaks the rule.
    """
    count = 0
    with database.transaction() as session:
        for table in reversed(tables()):
            session.execute(table.delete())
        for table in tables():
            rows = rows_by_table[table.name]
            if not rows:
                continue
            # A row may refer to a later row of its own table (a certification's
            # renewal): those links go in once every row of the table is there.
            own = _self_references(table)
            later = [
                {c: row[c] for c in ("id", *own)}
                for row in rows
                if any(row[c] is not None for c in own)
            ]
            if later:
                rows = [{**row, **dict.fromkeys(own)} for row in rows]
            try:
                with session.begin_nested():
                    session.execute(table.insert(), rows)
            except IntegrityError:
                _insert_one_by_one(session, table, rows)  # raises at the row that breaks
            if later:
                _link_own_rows(session, table, later, rows_by_table[table.name])
            count += len(rows)
        broken = session.execute(text("PRAGMA foreign_key_check")).first()
        if broken is not None:
            raise TransferError(
                N_("a row of {table} refers to something that is not in the file"),
                f"$.tables.{broken[0]}",
                table=broken[0],
            )
    from planner.domain.catalogue import default_catalogue
    from planner.store.database import ensure_catalogue

    ensure_catalogue(database, default_catalogue())
    return count


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _link_own_rows(
    session: Session, table: Table, links: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> None:
    """Set the references between rows of one table; say which row points nowhere."""
    known = {row["id"] for row in rows}
    for index, row in enumerate(rows):
        if any(row[c] is not None and row[c] not in known for c in _self_references(table)):
            raise TransferError(
                N_("a row of {table} refers to something that is not in the file"),
                f"$.tables.{table.name}[{index}]",
                table=table.name,
            )
    for link in links:
        session.execute(
            table.update()
            .where(table.c.id == link["id"])
            .values({c: v for c, v in link.items() if c != "id"})
        )


def _insert_one_by_one(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Find the row the database refuses: chunk by chunk, then row by row in the bad chunk."""
    for start in range(0, len(rows), LOCATE_CHUNK):
        chunk = rows[start : start + LOCATE_CHUNK]
        try:
            with session.begin_nested():
                session.execute(table.insert(), chunk)
            continue
        except IntegrityError:
            pass
        for index, row in enumerate(chunk, start):
            try:
                with session.begin_nested():
                    session.execute(table.insert(), row)
            except IntegrityError as error:
                raise TransferError(
                    N_("this row breaks a rule of the data ({detail})"),
                    f"$.tables.{table.name}[{index}]",
                    detail=getattr(error.orig, "args", [error])[0],
                ) from None


def import_file(database: Database, path: Path) -> int:
    return import_document(database, read_file(path))

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
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Table, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from planner.domain.dates import parse_iso_date, parse_iso_moment
from planner.domain.echo import echo
from planner.i18n.markers import N_
from planner.store import field_rules, schema
from planner.store.database import Database
from planner.store.errors import PARAM_LIMIT, StoreError
from planner.store.files import atomic_write_bytes, check_output_target, read_bounded
from planner.store.models import Base
from planner.store.validation import MAX_TEXT_LENGTH

FORMAT_NAME = "career-planner-export"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
# Tables whose rows a fresh data folder has already (the catalogue, the profile).
STARTER_TABLES = frozenset({"areas", "skills", "profile"})
# Rows per savepoint while looking for the row a bulk insert was refused for.
LOCATE_CHUNK = 500
# Columns a later schema revision added (all nullable). An export written by an
# older version lacks them; importing it reads them as NULL.
ADDED_IN: dict[tuple[str, str], str] = {
    ("plan_items", "valid_until"): "0002_certification_validity",
    ("plan_items", "renewal_id"): "0002_certification_validity",
}


class TransferError(StoreError):
    """A file that cannot be imported: what is wrong and where (a JSON path)."""

    template = N_("The file cannot be imported: {problem} (at {where}). Nothing was changed.")

    def __init__(self, problem: str, where: str = "$", **params: object) -> None:
        self.problem = problem
        self.where = echo(where, PARAM_LIMIT)
        self.problem_params = {key: echo(value, PARAM_LIMIT) for key, value in params.items()}
        super().__init__(problem=problem.format(**self.problem_params), where=self.where)

    def message(self, translate: Callable[[str], str]) -> str:
        problem = translate(self.problem).format(**self.problem_params)
        return translate(self.template).format(problem=problem, where=self.where)


# -- columns -----------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "int", "bool", "text", "date", "datetime", "enum"
    nullable: bool
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    enum_class: Any = None


def _field(column: Any) -> Field:
    kind_type = column.type
    nullable = bool(column.nullable) and not column.primary_key
    if isinstance(kind_type, Enum):
        return Field(
            column.name,
            "enum",
            nullable,
            choices=tuple(kind_type.enums),
            enum_class=kind_type.enum_class,
        )
    if isinstance(kind_type, Boolean):
        return Field(column.name, "bool", nullable)
    if isinstance(kind_type, Integer):
        return Field(column.name, "int", nullable)
    if isinstance(kind_type, DateTime):
        return Field(column.name, "datetime", nullable)
    if isinstance(kind_type, Date):
        return Field(column.name, "date", nullable)
    if isinstance(kind_type, String):
        return Field(column.name, "text", nullable, max_length=kind_type.length or MAX_TEXT_LENGTH)
    raise TypeError(f"no export rule for {column}")  # a schema change needs a rule here


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def fields(table: Table) -> list[Field]:
    return [_field(column) for column in table.columns]


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


# -- reading a file -----------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise TransferError(N_("{value} is not allowed in the file"), value=name)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise TransferError(N_("the number {value} is too large"), value=literal[:40])
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise TransferError(N_("the key {key} appears twice"), key=_show(key))
        result[key] = value
    return result


def parse(data: bytes) -> Any:
    """JSON from bytes, with every way to fail turned into a :class:`TransferError`."""
    if len(data) > MAX_FILE_BYTES:
        raise TransferError(N_("the file is larger than {limit} MB"), limit=MAX_FILE_BYTES >> 20)
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TransferError(
            N_("the file is not UTF-8 text (byte {offset})"), offset=error.start
        ) from None
    try:
        return json.loads(
            content,
            parse_constant=_reject_constant,
            parse_float=_parse_float,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        raise TransferError(
            N_("it is not valid JSON (line {line}, column {column})"),
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise TransferError(N_("the file is nested too deeply")) from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise TransferError(N_("a number in the file is too large")) from None


def read_file(path: Path) -> Any:
    """The JSON of a regular file of at most 64 MB (see :func:`read_bounded`)."""
    return parse(read_bounded(path, MAX_FILE_BYTES))


# -- checking a document -------------------------------------------------------


def _show(value: object) -> str:
    return echo(repr(value)[:200], 40)


def _expect(condition: bool, where: str, problem: str, **params: object) -> None:
    if not condition:
        raise TransferError(problem, where, **params)


def check_document(document: Any) -> dict[str, list[dict[str, Any]]]:
    """The rows to insert, as Python values; raises :class:`TransferError` at the first problem."""
    _expect(isinstance(document, dict), "$", N_("expected a JSON object"))
    _expect(
        document.get("format") == FORMAT_NAME, "$.format", N_("this is not a Career Planner export")
    )
    version = document.get("format_version")
    _expect(
        type(version) is int and version == FORMAT_VERSION,
        "$.format_version",
        N_("format version {version} is not supported; this app reads version {supported}"),
        version=_show(version),
        supported=FORMAT_VERSION,
    )
    revision = document.get("schema_revision")
    _expect(
        isinstance(revision, str) and revision in schema.KNOWN_REVISIONS,
        "$.schema_revision",
        N_("the data comes from a newer version of Career Planner ({revision})"),
        revision=_show(revision),
    )
    known = {"format", "format_version", "schema_revision", "tables"}
    for key in document:
        _expect(key in known, f"$.{echo(key, 40)}", N_("unknown field {key}"), key=_show(key))
    all_tables = document.get("tables")
    _expect(isinstance(all_tables, dict), "$.tables", N_("expected a JSON object"))
    by_name = {table.name: table for table in tables()}
    for name in all_tables:
        _expect(
            name in by_name,
            f"$.tables.{echo(name, 40)}",
            N_("unknown table {key}"),
            key=_show(name),
        )
    result: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        where = f"$.tables.{table.name}"
        _expect(table.name in all_tables, where, N_("missing field {key}"), key=table.name)
        rows = all_tables[table.name]
        _expect(isinstance(rows, list), where, N_("expected a JSON list"))
        result[table.name] = _check_rows(
            _fill_added(rows, table.name, revision), fields(table), where
        )
        broken = field_rules.check_rows(table.name, result[table.name])
        if broken is not None:
            index, column, error = broken
            raise TransferError(error.template, f"{where}[{index}].{column}", **error.params)
    return result


def added_after(table: str, revision: str) -> list[str]:
    """Columns of ``table`` that revisions after ``revision`` added."""
    known = schema.KNOWN_REVISIONS
    return [
        column
        for (name, column), added in ADDED_IN.items()
        if name == table and known.index(added) > known.index(revision)
    ]


def _fill_added(rows: list[Any], table: str, revision: str) -> list[Any]:
    """Rows of an older export with the columns added since then set to null."""
    missing = added_after(table, revision)
    if not missing:
        return rows
    empty = dict.fromkeys(missing)
    return [{**empty, **row} if isinstance(row, dict) else row for row in rows]


def _check_rows(rows: list[Any], specs: list[Field], where: str) -> list[dict[str, Any]]:
    """Every row checked in one pass: a cheap test per value, the full one only to say why."""
    names = frozenset(spec.name for spec in specs)
    checks = [(spec.name, _quick_check(spec)) for spec in specs]
    checked_rows = []
    for index, row in enumerate(rows):
        if type(row) is not dict or len(row) != len(names) or row.keys() != names:
            checked_rows.append(_check_row(row, specs, f"{where}[{index}]"))
            continue
        checked = {}
        for name, quick in checks:
            checked[name] = quick(row[name])
        if _FAILED in checked.values():  # redo the row the slow way for the message
            checked = _check_row(row, specs, f"{where}[{index}]")
        checked_rows.append(checked)
    return checked_rows


class _Failed:
    """What a quick check returns for a value it does not accept (never a real value)."""


_FAILED: Any = _Failed()


def _quick_check(spec: Field) -> Callable[[Any], Any]:
    """A fast test for the common, valid case; :data:`_FAILED` sends it to :func:`_check_value`."""
    nullable = spec.nullable
    if spec.kind == "int":

        def quick_int(value: Any) -> Any:
            if type(value) is int and INT_MIN <= value <= INT_MAX:
                return value
            return None if value is None and nullable else _FAILED

        return quick_int
    if spec.kind == "bool":

        def quick_bool(value: Any) -> Any:
            if type(value) is bool:
                return value
            return None if value is None and nullable else _FAILED

        return quick_bool
    if spec.kind == "text":
        limit = spec.max_length or MAX_TEXT_LENGTH

        def quick_text(value: Any) -> Any:
            if type(value) is str and len(value) <= limit and (value.isascii() or _encodes(value)):
                return value
            return None if value is None and nullable else _FAILED

        return quick_text
    if spec.kind == "enum":
        members = {
            choice: (spec.enum_class(choice) if spec.enum_class else choice)
            for choice in spec.choices
        }

        def quick_enum(value: Any) -> Any:
            if type(value) is str and value in members:
                return members[value]
            return None if value is None and nullable else _FAILED

        return quick_enum
    full = spec  # dates: the full check is already cheap; it only needs a path for errors

    def quick_moment(value: Any) -> Any:
        if value is None and nullable:
            return None
        try:
            return _check_value(value, full, "$")
        except TransferError:
            return _FAILED

    return quick_moment


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_row(row: Any, specs: list[Field], where: str) -> dict[str, Any]:
    _expect(isinstance(row, dict), where, N_("expected a JSON object"))
    names = {spec.name for spec in specs}
    for key in row:
        _expect(key in names, f"{where}.{echo(key, 40)}", N_("unknown field {key}"), key=_show(key))
    checked = {}
    for spec in specs:
        _expect(spec.name in row, where, N_("missing field {key}"), key=spec.name)
        checked[spec.name] = _check_value(row[spec.name], spec, f"{where}.{spec.name}")
    return checked


def _check_value(value: Any, spec: Field, where: str) -> Any:
    if value is None:
        _expect(spec.nullable, where, N_("a value is required here"))
        return None
    if spec.kind == "int":
        _expect(type(value) is int, where, N_("expected a whole number"))
        _expect(INT_MIN <= value <= INT_MAX, where, N_("the number is too large"))
        return value
    if spec.kind == "bool":
        _expect(type(value) is bool, where, N_("expected true or false"))
        return value
    _expect(isinstance(value, str), where, N_("expected text"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise TransferError(N_("the text contains an invalid character"), where) from None
    if spec.kind == "text":
        _expect(
            len(value) <= (spec.max_length or MAX_TEXT_LENGTH),
            where,
            N_("the text is longer than {limit} characters"),
            limit=spec.max_length or MAX_TEXT_LENGTH,
        )
        return value
    if spec.kind == "enum":
        _expect(
            value in spec.choices,
            where,
            N_("expected one of: {values}"),
            values=", ".join(spec.choices),
        )
        return spec.enum_class(value) if spec.enum_class else value
    try:
        if spec.kind == "date":
            _expect(len(value) == 10, where, N_("expected a date in the form YYYY-MM-DD"))
            return parse_iso_date(value)
        _expect(len(value) <= 32, where, N_("expected a date and time in ISO 8601 form"))
        moment = parse_iso_moment(value)
        _expect(moment.tzinfo is None, where, N_("expected a date and time in ISO 8601 form"))
        return moment
    except ValueError:
        problem = (
            N_("expected a date in the form YYYY-MM-DD")
            if spec.kind == "date"
            else N_("expected a date and time in ISO 8601 form")
        )
        raise TransferError(problem, where) from None


# -- importing -----------------------------------------------------------------


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


# -- the JSON Schema -------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export (kept in ``docs/export-schema.json``; a test compares)."""
    table_schemas = {}
    for table in tables():
        properties = {}
        for spec in fields(table):
            properties[spec.name] = _field_schema(spec, ADDED_IN.get((table.name, spec.name)))
        table_schemas[table.name] = {
            "type": "array",
            "items": {
                "type": "object",
                "properties": properties,
                "required": [
                    spec.name for spec in fields(table) if (table.name, spec.name) not in ADDED_IN
                ],
                "additionalProperties": False,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://career-planner.invalid/export-schema.json",
        "title": "Career Planner export",
        "description": (
            "Everything a Career Planner data folder holds, as written by "
            "`career-planner export` and read by `career-planner import`. "
            "Rows are ordered by primary key; references between tables use the ids."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"const": FORMAT_VERSION},
            "schema_revision": {"enum": list(schema.KNOWN_REVISIONS)},
            "tables": {
                "type": "object",
                "properties": table_schemas,
                "required": list(table_schemas),
                "additionalProperties": False,
            },
        },
        "required": ["format", "format_version", "schema_revision", "tables"],
        "additionalProperties": False,
    }


def _field_schema(spec: Field, added_in: str | None = None) -> dict[str, Any]:
    described = _value_schema(spec)
    if added_in is not None:
        described["description"] = (
            f"Added in schema revision {added_in}; absent in exports of older revisions."
        )
    return described


def _value_schema(spec: Field) -> dict[str, Any]:
    if spec.kind == "int":
        base: dict[str, Any] = {"type": "integer", "minimum": INT_MIN, "maximum": INT_MAX}
    elif spec.kind == "bool":
        base = {"type": "boolean"}
    elif spec.kind == "enum":
        base = {"type": "string", "enum": list(spec.choices)}
    elif spec.kind == "date":
        base = {"type": "string", "format": "date"}
    elif spec.kind == "datetime":
        base = {"type": "string", "format": "date-time"}
    else:
        base = {"type": "string", "maxLength": spec.max_length}
    if spec.nullable:
        if "enum" in base:
            return {"anyOf": [base, {"type": "null"}]}
        base["type"] = [base["type"], "null"]
    return base

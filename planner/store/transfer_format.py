"""The export format: its name and version, its columns, its error and its JSON Schema.

What :mod:`planner.store.transfer` writes and :mod:`planner.store.transfer_checks`
reads: one :class:`Field` per column of every table of the schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Table

from planner.domain.echo import echo
from planner.i18n.markers import N_
from planner.store import schema
from planner.store.errors import PARAM_LIMIT, StoreError
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


def added_after(table: str, revision: str) -> list[str]:
    """Columns of ``table`` that revisions after ``revision`` added."""
    known = schema.KNOWN_REVISIONS
    return [
        column
        for (name, column), added in ADDED_IN.items()
        if name == table and known.index(added) > known.index(revision)
    ]


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

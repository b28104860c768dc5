"""Reading an export file and checking it whole before anything is written.

Every way to fail becomes a :class:`TransferError` with the JSON path of the
problem, e.g. ``$.tables.skills[3].name``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.domain.dates import parse_iso_date, parse_iso_moment
from planner.domain.echo import echo
from planner.i18n.markers import N_
from planner.store import field_rules, schema
from planner.store.files import read_bounded
from planner.store.transfer_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INT_MAX,
    INT_MIN,
    MAX_FILE_BYTES,
    Field,
    TransferError,
    added_after,
    fields,
    tables,
)
from planner.store.validation import MAX_TEXT_LENGTH

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

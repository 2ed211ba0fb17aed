"""Frictionless Table Schemas derived from the pandera models (https://specs.frictionlessdata.io/table-schema/).

Types: ``string``, ``integer``, ``number``, ``boolean``, ``date``, ``datetime`` as stored.
List columns (Arrow ``list<string>``/``list<int64>``) are declared ``any`` with the Arrow
type in ``figtrace:arrowType``: the Parquet reader of frictionless hands list cells over as
numpy arrays, which its ``array`` type refuses, so ``array`` would fail every row.
Constraints: ``required`` for non-nullable columns, ``enum`` for ``isin`` checks,
``minimum`` for ``ge`` checks, ``pattern`` for ``str_matches``; ``primaryKey`` is the table's key.
"""
from __future__ import annotations

import inspect

from .arrow import QUARANTINE_COLUMNS
from .docs import READER_TYPES
from .tables import TABLES, allowed_values, column_kind, key_columns, schema

_TYPES = {"string": "string", "int64": "integer", "float64": "number", "bool": "boolean",
          "date": "date", "timestamp": "datetime", "list<string>": "any", "list<int64>": "any"}


def _constraints(col, quarantine: bool) -> dict:
    out: dict = {}
    if not col.nullable and not quarantine:
        out["required"] = True
    for check in col.checks if not quarantine else ():
        stats = check.statistics or {}
        if check.name == "isin":
            out["enum"] = list(allowed_values(col))
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "str_matches":
            out["pattern"] = str(stats["pattern"]).removeprefix("^").removesuffix("$")
    return out


def field_descriptor(name: str, col, quarantine: bool = False) -> dict:
    """One Table Schema field for a pandera column."""
    kind = column_kind(col)
    field = {"name": name, "type": _TYPES[kind], "description": col.description or ""}
    if kind.startswith("list<"):
        field["figtrace:arrowType"] = READER_TYPES[kind][0]
    if constraints := _constraints(col, quarantine):
        field["constraints"] = constraints
    return field


def table_schema(table: str, quarantine: bool = False) -> dict:
    """The Table Schema of ``table`` (or of its quarantine files: all nullable, plus the failure columns)."""
    fields = [field_descriptor(n, c, quarantine) for n, c in schema(table).columns.items()]
    if quarantine:
        fields += [{"name": n, "type": "string", "description": d, "constraints": {"required": True}}
                   for n, d in QUARANTINE_COLUMNS.items()]
    out: dict = {"fields": fields}
    if not quarantine and (keys := key_columns(table)):
        out["primaryKey"] = keys
    return out


def table_description(table: str) -> str:
    """The model's docstring: what one row of ``table`` is."""
    return inspect.getdoc(TABLES[table]) or table

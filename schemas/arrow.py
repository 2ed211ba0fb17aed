"""Arrow schemas derived from the pandera models, and frame -> Arrow conversion."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

from .tables import SCHEMA_VERSION, column_kind, schema

QUARANTINE_COLUMNS = {
    "failed_check": "The checks the row failed, `; `-separated (with details where a check gives one).",
    "failed_column": "The column(s) each failed check concerns, aligned with `failed_check` (`; `-separated).",
}

_ARROW_TYPES = {
    "string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
    "date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"),
    "list<string>": pa.list_(pa.string()), "list<int64>": pa.list_(pa.int64()),
}


def arrow_type(kind: str) -> pa.DataType:
    """The Arrow type of a column kind."""
    return _ARROW_TYPES[kind]


def _meta(table: str, quarantine: bool) -> dict[str, str]:
    return {
        "figtrace.table": table,
        "figtrace.schema_version": SCHEMA_VERSION,
        "figtrace.quarantine": "true" if quarantine else "false",
    }


def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema of ``table``: types, nullability and descriptions (field metadata) from its model."""
    fields = [
        pa.field(name, arrow_type(column_kind(col)), nullable=col.nullable,
                 metadata={"description": col.description or ""})
        for name, col in schema(table).columns.items()
    ]
    return pa.schema(fields, metadata=_meta(table, False))


def quarantine_arrow_schema(table: str) -> pa.Schema:
    """Arrow schema of ``quarantine/<table>``: the table's columns, all nullable, plus the failure columns."""
    fields = [f.with_nullable(True) for f in arrow_schema(table)]
    fields += [pa.field(n, pa.string(), nullable=False, metadata={"description": d}) for n, d in QUARANTINE_COLUMNS.items()]
    return pa.schema(fields, metadata=_meta(table, True))


def to_arrow(table: str, df: pd.DataFrame, quarantine: bool = False) -> pa.Table:
    """A validated (or quarantine) frame as an Arrow table with the derived schema."""
    target = quarantine_arrow_schema(table) if quarantine else arrow_schema(table)
    return pa.Table.from_pandas(df, schema=target, preserve_index=False)


def arrow_safe(values: list, type_: pa.DataType) -> list:
    """``values`` with each cell Arrow cannot hold as ``type_`` replaced by None (strings: ``str(v)``)."""
    try:
        pa.array(values, type=type_, from_pandas=True)
        return values
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return [_cell(v, type_) for v in values]


def _cell(value, type_: pa.DataType):
    try:
        pa.array([value], type=type_, from_pandas=True)
        return value
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return str(value) if pa.types.is_string(type_) else None

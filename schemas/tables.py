"""The table registry and the column types every other view derives from.

Each column has a *kind* (``string``, ``int64``, ``float64``, ``bool``,
``date``, ``timestamp``, ``list<string>``, ``list<int64>``) read off its pandera
dtype and checks; the pandas dtypes, the Arrow types and the README types all
come from that kind.
"""
from __future__ import annotations

import functools

import pandera.pandas as pa

from .citations import Citations
from .cited_documents import CitedDocuments
from .claims import Claims
from .comparisons import Comparisons
from .documents import Documents
from .flags import Flags
from .passages import Passages
from .reviews import Reviews
from .runs import Runs

SCHEMA_VERSION = "1.1"  # 1.1: comparisons, reviews, flags footnote columns, claims year_source/date_edtf/calendar, dates 1-9999

TABLES: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "passages": Passages,
    "citations": Citations,
    "cited_documents": CitedDocuments,
    "claims": Claims,
    "flags": Flags,
    "runs": Runs,
    "reviews": Reviews,
    "comparisons": Comparisons,
}

_DTYPE_KINDS = {
    "string[pyarrow]": "string", "str": "string", "string": "string",
    "int64": "int64", "Int64": "int64", "float64": "float64", "bool": "bool",
    "date": "date", "datetime64[us, UTC]": "timestamp",
}
_LIST_KINDS = {"str": "list<string>", "int": "list<int64>"}


def model(table: str) -> type[pa.DataFrameModel]:
    """The pandera model of ``table``; KeyError names the known tables."""
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None


@functools.cache
def schema(table: str) -> pa.DataFrameSchema:
    """The ``DataFrameSchema`` of ``table`` (cached)."""
    return model(table).to_schema()


def columns(table: str) -> list[str]:
    """Column names of ``table`` in order."""
    return list(schema(table).columns)


def key_columns(table: str) -> list[str]:
    """The deterministic key of ``table`` (unique together)."""
    return list(schema(table).unique or [])


def column_kind(column: pa.Column) -> str:
    """The logical type of a pandera column (see module docstring)."""
    for check in column.checks:
        if check.name == "is_list_of":
            return _LIST_KINDS[check.statistics["element_type"]]
    kind = _DTYPE_KINDS.get(str(column.dtype))
    if kind is None:
        raise TypeError(f"column {column.name!r}: no kind for dtype {column.dtype}")
    return kind


def allowed_values(column: pa.Column) -> list | None:
    """The values an ``isin`` check allows, or None."""
    for check in column.checks:
        if check.name == "isin":
            return list(check.statistics["allowed_values"])
    return None

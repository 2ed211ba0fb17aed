"""Records (frozen dataclasses or mappings) -> pandas frames with the tables' dtypes.

pandas dtypes per column kind (what round-trips through Arrow, pandas, polars
and DuckDB): strings ``str``; integers ``int64`` (``Int64`` when nullable);
floats ``float64`` (null = NaN); booleans ``bool``; dates ``object`` holding
``datetime.date`` (Arrow ``date32``; ``pandas.read_parquet`` gives the same
back); timestamps ``datetime64[us, UTC]``; lists ``object`` holding Python
lists (read back by pandas as numpy arrays, by polars as ``List``, by DuckDB
as ``LIST``).
"""
from __future__ import annotations

import dataclasses
import operator
from collections.abc import Mapping

import pandas as pd
import pyarrow as pa

from .tables import column_kind, columns, schema

_PANDAS_DTYPES = {
    "string": "str", "int64": "int64", "float64": "float64", "bool": "bool",
    "date": "object", "timestamp": "datetime64[us, UTC]",
    "list<string>": "object", "list<int64>": "object",
}
_NULLABLE = {"int64": "Int64", "bool": "boolean"}


def pandas_dtype(kind: str, nullable: bool) -> str:
    """The pandas dtype holding a column of ``kind``."""
    return _NULLABLE.get(kind, _PANDAS_DTYPES[kind]) if nullable else _PANDAS_DTYPES[kind]


def _series(values: list, kind: str, nullable: bool) -> pd.Series:
    if kind.startswith("list<"):
        values = [list(v) if isinstance(v, tuple) else v for v in values]
    if kind == "string":
        try:  # via Arrow: 3x faster than pandas' own conversion, and strict (5 is not "5")
            return pd.Series(pd.array(pa.array(values, pa.large_string()), dtype="str"))
        except (pa.ArrowException, TypeError, ValueError):
            return pd.Series(values, dtype=object)  # validation reports the bad cells
    if kind == "bool" and not all(isinstance(v, bool) for v in values):
        return pd.Series(values, dtype=object)  # pandas would turn None into False, "yes" into True
    if kind in ("int64", "float64") and any(type(v) is bool for v in values):
        return pd.Series(values, dtype=object)  # pandas would turn True into 1
    try:
        return pd.Series(values, dtype=pandas_dtype(kind, nullable))
    except (TypeError, ValueError, OverflowError):
        return pd.Series(values, dtype=object)  # validation reports the bad cells


def _reader(row_type: type, names: list[str], fill: dict):
    """A function row -> tuple of cells in ``names`` order, for rows of ``row_type``."""
    if issubclass(row_type, Mapping):
        return lambda r: tuple(r.get(n, fill.get(n)) for n in names)
    present = {f.name for f in dataclasses.fields(row_type)} if dataclasses.is_dataclass(row_type) else set(names)
    have = [n for n in names if n in present]
    getter = operator.attrgetter(*have) if have else (lambda r: ())
    if have == names:
        return getter if len(have) > 1 else (lambda r: (getter(r),))
    pos = {n: i for i, n in enumerate(have)}
    one = len(have) == 1

    def read(r):
        t = (getter(r),) if one else getter(r)
        return tuple(t[pos[n]] if n in pos else fill.get(n) for n in names)

    return read


def _row_tuples(rows: list, names: list[str], fill: dict) -> list[tuple]:
    readers: dict[type, object] = {}
    out = []
    for r in rows:
        read = readers.get(type(r))
        if read is None:
            read = readers[type(r)] = _reader(type(r), names, fill)
        out.append(read(r))
    return out


def frame_from_records(table: str, rows: list, *, run_id: str | None = None) -> pd.DataFrame:
    """A frame of ``table`` from dataclass rows (or mappings), with the table's dtypes.

    Columns the records lack are filled from the keyword arguments (``run_id``
    for ``passages``, whose ``Passage`` records carry none) or left null, which
    validation then reports.  Cells of the wrong type are kept (object column)
    for validation to quarantine; this function never raises for bad data.
    """
    names = columns(table)
    cols = schema(table).columns
    fill = {"run_id": run_id} if run_id is not None else {}
    tuples = _row_tuples(list(rows), names, fill) if rows else []
    data = list(zip(*tuples)) if tuples else [[] for _ in names]
    series = {
        n: _series(list(vals), column_kind(cols[n]), cols[n].nullable)
        for n, vals in zip(names, data)
    }
    return pd.DataFrame(series, columns=names)

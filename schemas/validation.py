"""Validate a frame against its table model; failing rows go to quarantine, alone.

``validate`` never raises for bad data.  It runs pandera with ``lazy=True``,
moves every row named in ``SchemaErrors.failure_cases`` to the quarantine frame
and validates the rest again (a check that errors on a bad cell, rather than
failing it, reports no row; it passes once the bad row is gone).

Some failures name no row: pandera coerces a column as a whole, so one date it
cannot coerce fails the column (``coerce_dtype('date')`` with no index).  Those
rows are found by coercing the column's cells one by one, else by validating
halves of the frame until the rows that fail alone are found: a row that fails
goes to quarantine alone and its neighbours are kept.  Only a failure that no
single row causes (a missing column) sends every remaining row to quarantine.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .arrow import QUARANTINE_COLUMNS, arrow_safe, arrow_type
from .checks import CHECK_COLUMNS, CHECK_DETAILS
from .frames import frame_from_records, pandas_dtype
from .tables import column_kind, columns, schema

MAX_PASSES = 5
Failures = dict  # index label -> list of (check, column)


def _label(check: str, case) -> str:
    if check.startswith(("coerce_dtype", "dtype(")):
        return f"{check} got {case!r}"
    return check


def _collect(fc: pd.DataFrame, into: Failures, frame_columns: list[str]) -> None:
    """Add pandera failure cases to ``into``: one (check, columns) pair per row and check."""
    cols_by = defaultdict(list)
    for ctx, col, check, case, idx in fc[["schema_context", "column", "check", "failure_case", "index"]].itertuples(index=False):
        named = cols_by[(idx, _label(str(check), case) if ctx == "Column" else str(check))]
        if col in frame_columns and col not in named:
            named.append(col)
    for (idx, check), cols in cols_by.items():
        named = CHECK_COLUMNS.get(check) or tuple(cols) or ("*",)
        into.setdefault(idx, []).append((check, ",".join(named)))


_STRICT_KINDS = {
    "bool": lambda v: isinstance(v, (bool, np.bool_)),
    "int64": lambda v: (isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)))
    or (isinstance(v, (float, np.floating)) and float(v).is_integer()),
    "float64": lambda v: isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_)),
    "string": lambda v: isinstance(v, str),
    "date": lambda v: isinstance(v, dt.date),  # a datetime is a date: its day is kept
    "timestamp": lambda v: isinstance(v, dt.datetime),
}


def _all_fine(values: list, ok, nullable: bool) -> bool:
    """Fast path: True when no cell fails (one cell checked per type, except floats, whose value matters)."""
    for t in set(map(type, values)):
        cells = [v for v in values if type(v) is t] if issubclass(t, (float, np.floating)) else [next(v for v in values if type(v) is t)]
        if not all((nullable if _is_null(v) else ok(v)) for v in cells):
            return False
    return True


def _cell_failures(table: str, df: pd.DataFrame) -> Failures:
    """Type failures in object columns whose pandera coercion is lenient (None -> False, "yes" -> True, 3.7 -> 3)."""
    failures: Failures = {}
    for name, col in schema(table).columns.items():
        ok = _STRICT_KINDS.get(column_kind(col))
        if ok is None or name not in df.columns or df[name].dtype != object:
            continue
        values = df[name].tolist()
        if _all_fine(values, ok, col.nullable):
            continue
        for idx, value in zip(df.index, values):
            if _is_null(value):
                if not col.nullable:
                    failures.setdefault(idx, []).append(("not_nullable", name))
            elif not ok(value):
                failures.setdefault(idx, []).append((f"cell_type({column_kind(col)}) got {value!r}", name))
    return failures


def _indexed(fc: pd.DataFrame) -> pd.DataFrame:
    return fc[fc["index"].notna()]


def _split(table: str, df: pd.DataFrame) -> tuple[pd.DataFrame, Failures]:
    failures = _cell_failures(table, df)
    sch, remaining = schema(table), (df.drop(index=list(failures)) if failures else df)
    for _ in range(MAX_PASSES):
        try:
            return sch.validate(remaining, lazy=True), failures
        except (TypeError, ValueError, AttributeError, OverflowError) as exc:
            broken = _rows_that_raise(sch, remaining, exc, failures)
            remaining = remaining.drop(index=broken)
            continue
        except pa.errors.SchemaErrors as err:
            fc = err.failure_cases
            rows = _indexed(fc)
            if rows.empty:
                culprits = _unplaced_culprits(sch, remaining, fc, failures)
                if culprits:
                    remaining = remaining.drop(index=culprits)
                    continue
                whole = fc.assign(index=None)
                for idx in remaining.index:
                    _collect(whole.assign(index=idx), failures, list(df.columns))
                return _empty(table), failures
            _collect(rows, failures, list(df.columns))
            remaining = remaining.drop(index=pd.unique(rows["index"]))
    return _split_last_resort(table, remaining, failures)


# Failures of the frame itself, not of a row: no row is to blame, every row goes to quarantine.
FRAME_CHECKS = ("column_in_dataframe", "column_in_schema", "column_ordered", "dataframe_column_labels_unique")
BISECT_BUDGET = 32  # validations spent looking for the rows behind an unplaced failure


def _unplaced_culprits(sch, df: pd.DataFrame, fc: pd.DataFrame, failures: Failures) -> list:
    """Rows behind failures pandera reports without a row; recorded in ``failures``.

    A column that failed to coerce is coerced cell by cell; whatever remains
    unplaced is found by validating halves of the frame (rows that fail alone),
    within ``BISECT_BUDGET`` validations.  [] when the frame itself failed.
    """
    checks = [str(c) for c in fc["check"]]
    if any(c.startswith(FRAME_CHECKS) for c in checks):
        return []
    found: list = []
    columns = [c for c, chk in zip(fc["column"], checks) if c in sch.columns and chk.startswith(("coerce_dtype", "dtype("))]
    for name in dict.fromkeys(columns):
        dtype = sch.columns[name].dtype
        for idx, value in df[name].items():
            if idx in found or _is_null(value):
                continue
            try:
                dtype.try_coerce(pd.Series([value], dtype=object))
            except Exception:  # noqa: BLE001 - any failure to coerce is the row's fault
                found.append(idx)
                failures.setdefault(idx, []).append((_label(f"coerce_dtype('{dtype}')", value), name))
    if found:
        return found
    budget = [BISECT_BUDGET]
    alone = _failing_alone(sch, df, budget)
    if budget[0] < 0 or len(alone) == len(df):
        return []  # no row to blame within the budget: the caller quarantines every row
    for idx in alone:
        failures.setdefault(idx, []).append(("validation_error: fails with no row named", "*"))
    return alone


def _failing_alone(sch, df: pd.DataFrame, budget: list[int]) -> list:
    """Rows that, validated in ever smaller halves, still fail without pandera naming a row."""
    if len(df) <= 1:
        return list(df.index)
    mid, out = len(df) // 2, []
    for part in (df.iloc[:mid], df.iloc[mid:]):
        budget[0] -= 1
        if budget[0] < 0:
            return out
        if not _placeable(sch, part):
            out += _failing_alone(sch, part, budget)
    return out


def _placeable(sch, df: pd.DataFrame) -> bool:
    """False when validating ``df`` fails in a way that names no row."""
    try:
        sch.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        return not err.failure_cases["index"].isna().any()
    except (TypeError, ValueError, AttributeError, OverflowError):
        return False
    return True


def _rows_that_raise(sch, remaining: pd.DataFrame, exc: Exception, failures: Failures) -> list:
    """Rows that make pandera itself raise (validated one by one); all rows if none does alone."""
    broken = []
    for idx in remaining.index:
        try:
            sch.validate(remaining.loc[[idx]], lazy=True)
        except pa.errors.SchemaErrors:
            pass
        except (TypeError, ValueError, AttributeError, OverflowError) as row_exc:
            broken.append(idx)
            failures.setdefault(idx, []).append((f"validation_error: {type(row_exc).__name__}", "*"))
    if not broken:
        broken = list(remaining.index)
        for idx in broken:
            failures.setdefault(idx, []).append((f"validation_error: {type(exc).__name__}: {exc}", "*"))
    return broken


def _split_last_resort(table: str, remaining: pd.DataFrame, failures: Failures):
    for idx in remaining.index:
        failures.setdefault(idx, []).append(("validation_did_not_converge", "*"))
    return _empty(table), failures


def _empty(table: str) -> pd.DataFrame:
    return schema(table).validate(frame_from_records(table, []))


def _detailed(table_df: pd.DataFrame, failures: Failures) -> dict:
    """Per row: (failed_check, failed_column) strings, with check details appended."""
    details = {}
    for check, fn in CHECK_DETAILS.items():
        rows = [i for i, fs in failures.items() if any(c == check for c, _ in fs)]
        if rows:
            try:
                details[check] = fn(table_df.loc[rows]).to_dict()
            except Exception:  # noqa: BLE001 - a detail is a courtesy; bad cells may break it
                continue
    out = {}
    for idx, fs in failures.items():
        fs = [(c, col) for c, col in fs if not (c.startswith("dtype(") and any(x.startswith("coerce_dtype") for x, y in fs if y == col))]
        checks = [f"{c}: {details[c][idx]}" if c in details and details[c].get(idx) else c for c, _ in fs]
        out[idx] = ("; ".join(checks), "; ".join(col for _, col in fs))
    return out


def _is_null(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def quarantine_frame(table: str, df: pd.DataFrame, failures: Failures) -> pd.DataFrame:
    """The failed rows with the table's columns (Arrow-safe, nullable dtypes) plus the failure columns."""
    names = columns(table)
    labels = [i for i in df.index if i in failures]
    bad = df.loc[labels].reindex(columns=names)
    cols = schema(table).columns
    data = {}
    for n in names:
        kind = column_kind(cols[n])
        values = arrow_safe([None if _is_null(v) else v for v in bad[n].tolist()], arrow_type(kind))
        try:
            data[n] = pd.Series(values, index=bad.index, dtype=pandas_dtype(kind, True))
        except (TypeError, ValueError, OverflowError):
            data[n] = pd.Series(values, index=bad.index, dtype=object)
    text = _detailed(bad, failures)
    for j, name in enumerate(QUARANTINE_COLUMNS):
        data[name] = pd.Series([text[i][j] for i in labels], index=bad.index, dtype="str")
    return pd.DataFrame(data, index=bad.index)


def validate(table: str, df: pd.DataFrame, *, reject: str | None = None,
             rows=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, quarantined rows) of ``df`` checked against the model of ``table``.

    ``reject`` sends every row (or, with ``rows``, the rows of those index labels) to
    quarantine with that reason added to its own failures (a document whose
    ``documents`` row failed is quarantined whole, also inside a batch of documents).
    """
    if not df.index.is_unique:
        df = df.reset_index(drop=True)
    valid, failures = _split(table, df)
    if reject:
        wanted = None if rows is None else set(rows)
        labels = [i for i in df.index if wanted is None or i in wanted]
        column = "doc_id" if "doc_id" in df.columns else "*"
        for idx in labels:
            failures.setdefault(idx, []).append((reject, column))
        valid = valid.drop(index=[i for i in labels if i in valid.index])
    return valid, quarantine_frame(table, df, failures)

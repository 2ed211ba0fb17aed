"""Custom checks shared by the table models.

Column checks (``is_list_of``, ``is_json``) are registered with
``pandera.extensions`` so they survive ``to_yaml``/``to_json``.  Frame-level
checks are model methods declared with :func:`frame_check`, which records the
columns each one involves: quarantined rows name those columns in
``failed_column`` (pandera itself reports every column of the frame).
"""
from __future__ import annotations

import json
import math
from typing import Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import extensions

CHECK_COLUMNS: dict[str, tuple[str, ...]] = {}
CHECK_DETAILS: dict[str, Callable[[pd.DataFrame], pd.Series]] = {}
_ELEMENT_TYPES = {"str": (str,), "int": (int, np.integer)}
_LIST_TYPES = (list, tuple, np.ndarray)


def _is_list_of(value, types) -> bool:
    if not isinstance(value, _LIST_TYPES):
        return False
    return all(isinstance(x, types) and not isinstance(x, (bool, np.bool_)) for x in value)


@extensions.register_check_method(statistics=["element_type"])
def is_list_of(series: pd.Series, *, element_type: str) -> pd.Series:
    """Every cell is a list (never null) whose items are all ``element_type`` ("str" or "int")."""
    types = _ELEMENT_TYPES[element_type]
    return pd.Series([_is_list_of(v, types) for v in series], index=series.index, dtype=bool)


def _parses_as_json(value) -> bool:
    try:
        json.loads(value)
    except (TypeError, ValueError):
        return False
    return True


@extensions.register_check_method()
def is_json(series: pd.Series) -> pd.Series:
    """Every cell is a string holding valid JSON."""
    return pd.Series([_parses_as_json(v) for v in series], index=series.index, dtype=bool)


def frame_check(*columns: str, detail: Callable[[pd.DataFrame], pd.Series] | None = None):
    """Declare a model method as a frame-level check over ``columns``."""

    def decorate(fn):
        CHECK_COLUMNS[fn.__name__] = columns
        if detail is not None:
            CHECK_DETAILS[fn.__name__] = detail
        return pa.dataframe_check(fn)

    return decorate


# --------------------------------------------------------------------------- predicates
def ordered(df: pd.DataFrame, low: str, high: str, strict: bool = False) -> pd.Series:
    """True where ``low <= high`` (``<`` if strict) or either side is null."""
    a, b = df[low], df[high]
    both = a.notna() & b.notna()
    ok = pd.Series(True, index=df.index)
    if both.any():
        x, y = a[both], b[both]
        ok[both] = (x < y) if strict else (x <= y)
    return ok


def present_when(df: pd.DataFrame, column: str, value: str, required: tuple[str, ...]) -> pd.Series:
    """True unless ``df[column] == value`` and one of ``required`` is null."""
    applies = df[column] == value
    missing = df[list(required)].isna().any(axis=1)
    return ~(applies.fillna(False).astype(bool) & missing)


def span_fits_text(df: pd.DataFrame, start: str, end: str, text: str) -> pd.Series:
    """True where ``end - start == len(text)`` (a span over ``text`` has its length)."""
    lengths = df[text].str.len()
    return (df[end] - df[start]) == lengths


# --------------------------------------------------------------------------- qualifier vs bounds
_NEEDS = {
    "more_than": ("value_low",),
    "at_least": ("value_low",),
    "nearly": ("value_high",),
    "less_than": ("value_high",),
    "approximately": ("value_best",),
    "tens_of": ("value_low", "value_high"),
    "hundreds_of": ("value_low", "value_high"),
    "thousands_of": ("value_low", "value_high"),
    "range": ("value_low", "value_high"),
}


def fallback_bounds_problem(qualifier, low, best, high) -> str | None:
    """Why the bounds do not fit the qualifier, or None (used when figtrace.numbers has none).

    >>> fallback_bounds_problem("more_than", None, None, None)
    'more_than needs value_low'
    >>> fallback_bounds_problem("exact", 3.0, 3.0, 3.0) is None
    True
    """
    if qualifier is None:
        return None
    values = {"value_low": low, "value_best": best, "value_high": high}
    if qualifier == "exact":
        same = low is not None and low == best == high
        return None if same else "exact needs value_low == value_best == value_high"
    missing = [name for name in _NEEDS.get(qualifier, ()) if values[name] is None]
    return f"{qualifier} needs {' and '.join(missing)}" if missing else None


def _bounds_problem_fn() -> Callable:
    try:
        from figtrace.numbers import bounds_problem
    except ImportError:
        return fallback_bounds_problem
    return bounds_problem


def _none(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def bounds_problems(df: pd.DataFrame) -> pd.Series:
    """Per row: the qualifier-vs-bounds problem (str) or None."""
    fn = _bounds_problem_fn()
    cols = [df[c].astype(object).tolist() for c in ("qualifier", "value_low", "value_best", "value_high")]
    out = [
        fn(q, _none(lo), _none(be), _none(hi)) if isinstance(q, str) else None
        for q, lo, be, hi in zip(*cols)
    ]
    return pd.Series(out, index=df.index, dtype=object)

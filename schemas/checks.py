"""Custom checks shared by the table models, and the predicates the frame rules use.

Every custom check is registered with ``pandera.extensions`` so it survives
``to_yaml``/``to_json``: column checks (``is_list_of``, ``is_json``) here,
frame-level rules in ``schemas/rules.py`` through :func:`frame_rule`, which
also records the columns each rule involves: quarantined rows name those in
``failed_column`` (pandera itself reports every column of the frame).
"""
from __future__ import annotations

import json
import math
from typing import Callable

import numpy as np
import pandas as pd
from pandera import extensions

from figtrace.lang.bounds import bounds_problem

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


def frame_rule(*columns: str, detail: Callable[[pd.DataFrame], pd.Series] | None = None):
    """Register ``fn(df) -> bool Series`` as a frame-level pandera check named ``fn.__name__``.

    A model enables it with ``<name> = ()`` in its ``Config``; being registered,
    it survives ``to_yaml``/``to_json``.  ``columns`` are what a failing row's
    ``failed_column`` names; ``detail(df)`` may explain each failure.
    """

    def decorate(fn):
        CHECK_COLUMNS[fn.__name__] = columns
        if detail is not None:
            CHECK_DETAILS[fn.__name__] = detail
        extensions.register_check_method(supported_types=pd.DataFrame)(fn)
        return fn

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
def _none(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def bounds_problems(df: pd.DataFrame) -> pd.Series:
    """Per row: why qualifier and bounds disagree (``figtrace.numbers.bounds_problem``), or None."""
    names = ["qualifier", "value_low", "value_best", "value_high"]
    out = pd.Series(None, index=df.index, dtype=object)
    some = df[names].notna().any(axis=1)  # all four null: nothing to check
    if some.any():
        cols = [df.loc[some, c].astype(object).tolist() for c in names]
        out[some] = [
            bounds_problem(q if isinstance(q, str) else None, _none(lo), _none(be), _none(hi))
            for q, lo, be, hi in zip(*cols)
        ]
    return out

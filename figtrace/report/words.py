"""A figure's value, bounds and dates in words, and the ``bounds`` kind analysts filter on.

The same rule is the ``bounds`` column of the DuckDB ``claims`` view (``flows/sqlviews.py``):

=============  ===========================================  ======================
bounds         which of low / best / high are given          e.g.
=============  ===========================================  ======================
``exact``      low = best = high                             613 名
``range``      low and high, different                       300 多个, 数万
``open_above`` low only: a lower bound, no upper              超过 70 万, at least 72
``open_below`` high only: an upper bound, no lower            近 30 年, up to 300
``estimate``   best only: an estimate with no bounds         约 570 封
``none``       none of them (dates)
=============  ===========================================  ======================
"""
from __future__ import annotations

import math

BOUNDS_KINDS = ("exact", "range", "open_above", "open_below", "estimate", "none")


def _given(v) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def bounds_kind(low, best, high) -> str:
    """Which bounds a figure has (see the module table).

    >>> bounds_kind(613, 613, 613), bounds_kind(300, None, 400), bounds_kind(700000, None, None)
    ('exact', 'range', 'open_above')
    >>> bounds_kind(None, None, 30), bounds_kind(None, 570, None), bounds_kind(None, None, None)
    ('open_below', 'estimate', 'none')
    """
    lo, be, hi = _given(low), _given(best), _given(high)
    if lo and hi:
        return "exact" if low == high else "range"
    if lo:
        return "open_above"
    if hi:
        return "open_below"
    return "estimate" if be else "none"


def number(v: float) -> str:
    """A value as the README writes it: groups of three split by spaces, no needless decimals.

    >>> number(700000.0), number(1.5), number(12)
    ('700 000', '1.5', '12')
    """
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", " ")
    return f"{v:,.6g}".replace(",", " ")


def value_in_words(low, best, high, unit: str | None = None) -> str:
    """The value and its bounds in a sentence.

    >>> value_in_words(300, None, 400, "persons")
    'between 300 and 400 persons'
    >>> value_in_words(700000, None, None, "persons")
    'at least 700 000 persons; no upper bound'
    >>> value_in_words(None, None, 30, "years")
    'at most 30 years; no lower bound'
    >>> value_in_words(None, 570, None, "letters")
    'about 570 letters; the text gives no bounds'
    """
    u = f" {unit}" if unit else ""
    kind = bounds_kind(low, best, high)
    best_part = f" (best estimate {number(best)})" if _given(best) and kind == "range" else ""
    return {
        "exact": lambda: f"exactly {number(low)}{u}",
        "range": lambda: f"between {number(low)} and {number(high)}{u}{best_part}",
        "open_above": lambda: f"at least {number(low)}{u}; no upper bound",
        "open_below": lambda: f"at most {number(high)}{u}; no lower bound",
        "estimate": lambda: f"about {number(best)}{u}; the text gives no bounds",
        "none": lambda: "no value",
    }[kind]()


def dates_in_words(start, end, precision: str | None = None) -> str | None:
    """A date interval in words, or None when there is none.

    >>> import datetime as dt
    >>> dates_in_words(dt.date(1993, 7, 29), dt.date(1993, 7, 29), "day")
    '1993-07-29'
    >>> dates_in_words(dt.date(1993, 7, 1), dt.date(1993, 10, 31), "month")
    '1993-07-01 to 1993-10-31 (month)'
    """
    if start is None and end is None:
        return None
    if start == end:
        return str(start)
    span = f"{start or '?'} to {end or '?'}"
    return f"{span} ({precision})" if precision else span


def claim_in_words(c: dict) -> str:
    """The whole value of a claim row in words: the count or duration, else its dates."""
    if c.get("kind") == "date":
        return dates_in_words(c.get("date_start"), c.get("date_end"), c.get("date_precision")) or "a date with no day known"
    return value_in_words(c.get("value_low"), c.get("value_best"), c.get("value_high"), c.get("unit"))

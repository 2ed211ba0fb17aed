"""Calendar arithmetic for the date grammar: the days a year, month or decade (or a part of one) covers.

Parts are the grammar's normalised keys (``late``, ``early``, ``mid``, ``h1``, ``h2``);
the words that name them (底, 年初, late, the beginning of ...) live in the language
modules.  Each interval says which convention (data-model.md) set it.

>>> month_span(1993, 3, "late")[:3]
(datetime.date(1993, 3, 21), datetime.date(1993, 3, 31), 'month_part')
>>> is_valid(2019, 2, 29), is_valid(2020, 2, 29)
(False, True)
"""
from __future__ import annotations

import calendar
import datetime as dt

YEAR_PARTS = {  # part -> (first month, last month, rule)
    "late": (10, 12, "年底/年末/late/end of a year: October to December"),
    "early": (1, 3, "年初/early/beginning of a year: January to March"),
    "mid": (4, 9, "年中/mid-year: April to September"),
    "h1": (1, 6, "上半年/first half: January to June"),
    "h2": (7, 12, "下半年/second half: July to December"),
}
MONTH_PARTS = {  # part -> (first day, last day or None for month end, rule)
    "late": (21, None, "月底/月末/下旬/late/end of a month: day 21 to month end"),
    "early": (1, 10, "月初/上旬/early/beginning of a month: days 1 to 10"),
    "mid": (11, 20, "中旬/mid-month: days 11 to 20"),
}
DECADE_PARTS = {  # part -> (first year, last year of the decade, rule)
    "late": (7, 9, "N0 年代末/late N0s: the decade's last three years"),
    "early": (0, 3, "N0 年代初/early N0s: the decade's first four years"),
    "mid": (4, 6, "N0 年代中/mid-N0s: the decade's years 4 to 6"),
}

Interval = tuple[dt.date, dt.date, str, str]  # (first day, last day, precision, rule)


def month_end(y: int, m: int) -> int:
    """The last day of month ``m`` of year ``y``."""
    return calendar.monthrange(y, m)[1]


def month_span(y: int, m: int, part: str | None) -> Interval:
    """The interval of a month or a part of it (KeyError for a part months do not have)."""
    if not part:
        return dt.date(y, m, 1), dt.date(y, m, month_end(y, m)), "month", "whole month"
    d0, d1, rule = MONTH_PARTS[part]
    return dt.date(y, m, d0), dt.date(y, m, d1 or month_end(y, m)), "month_part", rule


def year_span(y: int, part: str | None) -> Interval:
    """The interval of a year or a part of it."""
    if not part:
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "whole year"
    m0, m1, rule = YEAR_PARTS[part]
    return dt.date(y, m0, 1), dt.date(y, m1, month_end(y, m1)), "year_part", rule


def decade_span(y0: int, part: str | None) -> Interval:
    """The interval of the decade starting in ``y0`` or a part of it."""
    if not part:
        return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "whole decade"
    a, b, rule = DECADE_PARTS[part]
    return dt.date(y0 + a, 1, 1), dt.date(y0 + b, 12, 31), "decade_part", rule


def is_valid(year: int, month: int, day: int | None) -> bool:
    """True when the parts name a real calendar day (or month, when ``day`` is None)."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return False
    return day is None or 1 <= day <= month_end(year, month)


def calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """The day the parts name, or None when there is no such day (30 February)."""
    return dt.date(year, month, day) if is_valid(year, month, day) else None

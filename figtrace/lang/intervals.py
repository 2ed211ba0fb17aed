"""Calendar arithmetic for the date grammar: the days a year, month, decade or century (or a part of one) covers.

Parts are the grammar's normalised keys (``late``, ``early``, ``mid``, ``h1``, ``h2``,
``q1`` ... ``q4``); the words that name them (底, 年初, 第一季度, late, the first half of
...) live in the language modules.  Each interval says which convention (README, "How
figures are read") set it.  Years run from 1 to 9999, as Arrow ``date32`` and Python
``datetime.date`` store them.

>>> month_span(1993, 3, "late")[:3]
(datetime.date(1993, 3, 21), datetime.date(1993, 3, 31), 'month_part')
>>> is_valid(2019, 2, 29), is_valid(2020, 2, 29)
(False, True)
>>> edtf(dt.date(1993, 7, 1), dt.date(1993, 10, 31)), edtf(dt.date(2000, 7, 23), dt.date(2000, 7, 23), known_year=False)
('1993-07/1993-10', 'XXXX-07-23')
"""
from __future__ import annotations

import calendar
import datetime as dt

YEAR_PARTS = {  # part -> (first month, last month, rule)
    "late": (10, 12, "年底/年末/late/end of a year: October to December"),
    "early": (1, 3, "年初/early/beginning of a year: January to March"),
    "mid": (4, 9, "年中/mid-year/the middle of a year: April to September"),
    "h1": (1, 6, "上半年/first half: January to June"),
    "h2": (7, 12, "下半年/second half: July to December"),
    "q1": (1, 3, "第一季度/Q1/first quarter: January to March"),
    "q2": (4, 6, "第二季度/Q2/second quarter: April to June"),
    "q3": (7, 9, "第三季度/Q3/third quarter: July to September"),
    "q4": (10, 12, "第四季度/Q4/fourth quarter: October to December"),
}
MONTH_PARTS = {  # part -> (first day, last day or None for month end, rule)
    "late": (21, None, "月底/月末/下旬/late/end of a month: day 21 to month end"),
    "early": (1, 10, "月初/上旬/early/beginning of a month: days 1 to 10"),
    "mid": (11, 20, "中旬/mid-month/the middle of a month: days 11 to 20"),
}
DECADE_PARTS = {  # part -> (first year, last year of the decade, rule)
    "late": (7, 9, "N0 年代末/late N0s: the decade's last three years"),
    "early": (0, 3, "N0 年代初/early N0s: the decade's first four years"),
    "mid": (4, 6, "N0 年代中/mid-N0s: the decade's years 4 to 6"),
}
CENTURY_PARTS = {  # part -> (first year, last year within the century's hundred, rule)
    "late": (70, 99, "世纪末/late in a century: its last three decades (N70-N99)"),
    "early": (0, 29, "世纪初/early in a century: its first three decades (N00-N29)"),
    "mid": (30, 69, "世纪中/mid-century: its decades N30-N69"),
}
CENTURY_RULE = "a century as most writers count it: the twentieth century is 1900-1999"
PLACEHOLDER_YEAR = 2000  # a leap year: the calendar of a date whose year is unknown (29 February stays possible)
MIN_YEAR, MAX_YEAR = 1, 9999  # what datetime.date and Arrow date32 hold

Interval = tuple[dt.date, dt.date, str, str]  # (first day, last day, precision, rule)
# Precisions from the finest: a range takes the coarser of its two ends.
PRECISION_ORDER = ("day", "month_part", "month", "year_part", "year", "decade_part", "decade", "century")


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


def century_span(n: int, part: str | None) -> Interval:
    """The interval of the ``n``-th century (the 20th: 1900-1999) or a part of it."""
    y0 = (n - 1) * 100
    if not part:
        return dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31), "century", CENTURY_RULE
    a, b, rule = CENTURY_PARTS[part]
    return dt.date(max(y0 + a, 1), 1, 1), dt.date(y0 + b, 12, 31), "century", f"{rule}; {CENTURY_RULE}"


def day_span(y: int, m: int, d: int) -> Interval:
    """One calendar day (ValueError when there is no such day)."""
    day = dt.date(y, m, d)
    return day, day, "day", "date as written"


def span_of(y: int, m: int | None, d: int | None, part: str | None) -> Interval:
    """The interval of a date given as parts: a day, a month (or part), a year (or part)."""
    if d is not None:
        return day_span(y, m, d)
    if m is not None:
        return month_span(y, m, part)
    return year_span(y, part)


def coarser(a: str, b: str) -> str:
    """The coarser of two precisions ("day" and "month" -> "month")."""
    return max(a, b, key=PRECISION_ORDER.index)


def is_valid(year: int, month: int, day: int | None) -> bool:
    """True when the parts name a real calendar day (or month, when ``day`` is None)."""
    if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
        return False
    return day is None or 1 <= day <= month_end(year, month)


def calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """The day the parts name, or None when there is no such day (30 February)."""
    return dt.date(year, month, day) if is_valid(year, month, day) else None


def two_digit_year(yy: int, anchor: int | None) -> int:
    """The year a two-digit year ("22 Oct 14", "18年10月") stands for.

    With an anchor (the letter's year, else --reference-year): the year ending in those
    digits in the anchor's century, a century earlier when that is more than 20 years
    after the anchor.  Without one: 1950-2049.

    >>> two_digit_year(14, 2015), two_digit_year(99, 2021), two_digit_year(18, None), two_digit_year(72, None)
    (2014, 1999, 2018, 1972)
    """
    if anchor is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    year = anchor // 100 * 100 + yy
    return year - 100 if year > anchor + 20 else year


def edtf(start: dt.date, end: dt.date, known_year: bool = True, precision: str = "") -> str:
    """The interval as an EDTF (ISO 8601-2) string at the grain its ends need; ``XXXX`` for an unknown year.

    A whole month is "1993-07", a whole year "1993", a day "1993-07-23"; anything else is an
    interval "a/b" ("1987-10/1987-12" for 1987 年底, "1990/1999" for the 1990s).  A day or month
    precision keeps its grain ("2014-01-01/2014-12-31" for 2014年1月1日至12月31日).
    """
    if precision == "day" or start.day != 1 or end.day < 28 or end.day != month_end(end.year, end.month):
        cut = 10
    elif precision == "month" or start.month != 1 or end.month != 12:
        cut = 7
    else:
        cut = 4
    a, b = start.isoformat()[:cut], end.isoformat()[:cut]  # isoformat pads years to four digits: 0789
    if not known_year:
        a, b = "XXXX" + a[4:], "XXXX" + b[4:]
    return a if a == b else f"{a}/{b}"

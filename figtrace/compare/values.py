"""When two statements of a figure say the same: values, bounds and dates, whatever their written form.

Translation changes the form of a figure, not its value: "数万" and "tens of thousands" give
the same bounds (10 000 to 100 000), "1 000", "1,000" and "mille" the same number, "近 30 年"
and "almost 30 years" the same upper bound. Two statements *agree* when their bounds are
equal, or when they write the same numbers with qualifiers of compatible families (the
approximation words of one language rarely map one to one onto another's: 约 / about / some,
近 / almost / nearly). They *differ* when the numbers differ, or when one adds or drops a
bound the other states ("more than 100" against "100", "more than" against "less than").

>>> from types import SimpleNamespace
>>> c = lambda **kw: SimpleNamespace(**{"unit": None, "value_low": None, "value_best": None, "value_high": None, **kw})
>>> value_relation(c(qualifier="tens_of", value_low=1e4, value_high=1e5), c(qualifier="tens_of", value_low=1e4, value_high=1e5))
'value'
>>> value_relation(c(qualifier="plus", value_low=2e6, value_high=3e6), c(qualifier="more_than", value_low=2e6))
'value_form'
>>> value_relation(c(qualifier="exact", value_low=100, value_best=100, value_high=100), c(qualifier="more_than", value_low=100)) is None
True
"""
from __future__ import annotations

import datetime as dt
import re

from figtrace.records import ClaimRow

# The families of qualifiers: statements in one family write one kind of figure.
FAMILY = {
    "exact": "point", "approximately": "about", "nearly": "below", "less_than": "below", "at_most": "ceiling",
    "more_than": "above", "at_least": "above", "plus": "above", "upwards_of": "above", "range": "range",
    "tens_of": "vague", "hundreds_of": "vague", "thousands_of": "vague",
}
# Families that are forms of one figure: an approximation word may render an exact number or a
# bound ("约 300" / "some 300"; "近 30 年" / "about 30 years"), but an exact number never a bound
# other than a ceiling: "up to N", "as many as N", "高达 N" state N as a value reached, and
# translators add or drop the word ("丰度达到20%" / "enriched up to 20%", unpc-dev line 664;
# "高达16.3%" / "was 16.3 per cent", line 320; "长达18小时" / "up to 18 hours", line 371).
_COMPATIBLE = {frozenset({"about", "point"}), frozenset({"about", "below"}), frozenset({"about", "above"}),
               frozenset({"ceiling", "point"}), frozenset({"ceiling", "below"}), frozenset({"ceiling", "about"})}


def family(qualifier: str | None) -> str | None:
    """The family of a qualifier (``point``, ``about``, ``below``, ``ceiling``, ``above``, ``range``, ``vague``)."""
    return FAMILY.get(qualifier) if qualifier else None


def compatible_families(a: str | None, b: str | None) -> bool:
    """True when two qualifier families can be two forms of one figure."""
    return a == b or frozenset({a, b}) in _COMPATIBLE


def _round(v: float | None) -> float | None:
    """A value to 9 significant digits: "8.7亿" (8.7 x 10^8 in binary floating point) meets 870 000 000."""
    return None if v is None else float(f"{v:.9g}")


# Durations in a unit that is a number of years: "five decades" is "五十年" (unpc-dev line 629),
# "two decades" "二十年" (line 1943); compared in years.
_IN_YEARS = {"decades": 10, "centuries": 100}


def unit(c) -> str | None:
    """The unit two statements are compared in: years for decades and centuries, else the claim's."""
    return "years" if c.unit in _IN_YEARS else c.unit


def stated(c) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) as the claim states them (to 9 significant digits), decades and centuries in years."""
    k = _IN_YEARS.get(c.unit, 1)
    return tuple(None if v is None else _round(v * k) for v in (c.value_low, c.value_best, c.value_high))


def numbers(c) -> frozenset[float]:
    """The numbers a claim writes, whatever bound they set: the lower bound of "300 多" (its upper
    bound, 400, is the convention's, not the text's), the upper bound of "近 30", the best value of
    "约 570"; every stated value otherwise."""
    low, best, high = stated(c)
    pick = {"above": (low,), "below": (high,), "ceiling": (high,), "point": (best,), "about": (best,)}
    values = pick.get(family(c.qualifier), (low, best, high))
    if all(v is None for v in values):
        values = stated(c)
    return frozenset(v for v in values if v is not None)


def value_relation(a: ClaimRow, b: ClaimRow) -> str | None:
    """How two counts or durations agree: ``value`` (same bounds), ``value_form`` (same numbers in
    another form), or None when they differ.  Units, when both give one, must be the same."""
    if a.unit and b.unit and unit(a) != unit(b):
        return None
    if not numbers(a) and not numbers(b):
        return "value" if a.qualifier == b.qualifier else None
    if stated(a) == stated(b):
        return "value"
    if numbers(a) == numbers(b) and compatible_families(family(a.qualifier), family(b.qualifier)):
        return "value_form"
    return None


def interval(c) -> tuple[dt.date | None, dt.date | None]:
    """The dates a claim is about: its own interval for dates, the event period for counts."""
    if c.kind == "date":
        return c.date_start, c.date_end
    return c.event_date_start, c.event_date_end


def date_relation(a, b) -> str | None:
    """How two date intervals agree: ``date`` (the same), ``date_within`` (one states the other less
    precisely: "2014" / "March 2014"), or None (disjoint, overlapping only in part, or missing).
    Two dates whose year is unknown (no interval) agree when they write the same day or span
    (``date_edtf``: "XXXX-10-01/XXXX-10-10" for both "10月初" and "the beginning of October")."""
    (s1, e1), (s2, e2) = interval(a), interval(b)
    if None in (s1, e1, s2, e2):
        same = a.kind == b.kind == "date" and getattr(a, "date_edtf", None) == getattr(b, "date_edtf", None)
        return "date" if same and getattr(a, "date_edtf", None) else None
    if (s1, e1) == (s2, e2):
        return "date"
    if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2):
        return "date_within"
    return None


# Where a date's year comes from the text itself; any other year is figtrace's inference.
_STATED_YEAR = (None, "written", "shared")
_YEAR_RE = re.compile(r"(?<![0-9X])(?:[0-9]{4}|X{4})(?=-)")


def version_date_relation(a, b) -> str | None:
    """``date_relation`` for two versions of one text: when either date's year is not written
    (a year-less "9 November" beside "2014年11月9日", or a year inferred from the context that
    the other version writes otherwise), the month and day decide, written as the EDTF strings
    give them; the text states the same date, less precisely (``date_within``)."""
    how = date_relation(a, b)
    if how or (getattr(a, "year_source", None) in _STATED_YEAR and getattr(b, "year_source", None) in _STATED_YEAR):
        return how
    ea, eb = getattr(a, "date_edtf", None), getattr(b, "date_edtf", None)
    if ea and eb and _YEAR_RE.sub("XXXX", ea) == _YEAR_RE.sub("XXXX", eb):
        return "date_within"
    return None


def dates_overlap(a, b) -> bool:
    """True when the two date intervals share a day (false when either is missing)."""
    (s1, e1), (s2, e2) = interval(a), interval(b)
    if None in (s1, e1, s2, e2):
        return False
    return s1 <= e2 and s2 <= e1


def figure_relation(a: ClaimRow, b: ClaimRow) -> tuple[str, list[str]]:
    """(``agree`` or ``differ``, the features that matched) for two statements of one figure."""
    if a.kind == "date":
        how = version_date_relation(a, b)
    else:
        how = value_relation(a, b)
    if how is None:
        return "differ", []
    return "agree", [how]

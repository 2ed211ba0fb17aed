"""How the date grammar reads one match: its roles -> one or two readings (intervals with their rule).

A language pattern (``shapes.DatePattern``) names its groups by role: ``y``/``m``/``mon``/
``d``/``part`` for a date and ``y2``/``m2``/``mon2``/``d2``/``part2`` for the second date of
a range or pair, ``join`` for the word between them, ``lead`` for between/from, ``c``
and ``dec`` for centuries and their decades, ``a``/``b`` for the first two numbers of an
all-digit date.  Most forms are read alike (``read_span``): each side takes what it lacks
(year, month) from the other; a year-less date takes the running year, else none.  A pair
("4 and 27 March 2015", "3 月 30 日和 31 日") gives two readings, a range one.

>>> number("二十三"), number("一九九三"), number("二○○四"), number("04th"), number("１２")
(23, 1993, 2004, 4, 12)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from figtrace.lang import registry
from figtrace.lang.calendars import GREGORIAN, HIJRI, hijri_edtf, hijri_interval
from figtrace.lang.intervals import (PLACEHOLDER_YEAR, century_span, coarser, decade_span, edtf, is_valid,
                                     month_span, span_of, two_digit_year, year_span)
from figtrace.lang.numerals import parse_characters
from figtrace.lang.shapes import FULL_WIDTH

PART_WORDS: dict[str, str] = registry.merged("PART_WORDS")  # 底, late, the end of, 第一季度 ... -> late/early/q1 ...
MONTHS: dict[str, int] = registry.merged("MONTH_NAMES") | registry.merged("MONTH_ABBREVIATIONS")
HIJRI_MONTHS: dict[str, int] = registry.merged("HIJRI_MONTHS")
CENTURY_WORDS: dict[str, int] = registry.merged("CENTURY_WORDS")
PAIR_WORDS = frozenset(registry.joined("PAIR_WORDS"))  # 和, and: two dates, not a range
RANGE_AFTER = tuple(registry.joined("RANGE_AFTER"))  # "2007年与2009年间": a pair word that joins a range
BETWEEN = frozenset(("between", *(w.lower() for w in registry.joined("DATE_BETWEEN"))))  # a range, not a pair: "between 3 and 5 March"
_SPACES_RE = re.compile(r"\s+")
_YEAR_CHARS = str.maketrans("○〇零一二三四五六七八九", "00012345678" + "9")
_YEAR_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*\b(?:and|or|to)\b)\s*", re.IGNORECASE)  # 1997 and 2004; 2011, 2012; in 2005 to 2015
_ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)$")
_RELATIVE_CENTURY = ("上", "上个")  # 上世纪: the century before the letter's


@dataclass(slots=True)
class Scan:
    """What a reading may take from around its match: the running year and month, the anchor, the order."""

    year: int | None = None  # the running year (nearest preceding dated mention, else the context year)
    month: int | None = None  # the running month (for "和 31 日")
    anchor: int | None = None  # the letter's year, else --reference-year: two-digit years, 上世纪
    order: object = None  # day/month order of all-digit dates: ("dmy" | "mdy" | None, source), or what gives it lazily
    last_year_end: int = -1  # where the last date read ends, when it was a whole year (for "in 1997 and 2004")

    def numeric_order(self) -> tuple[str | None, str]:
        """(order, "document" | "language" | ""): asked only when an all-digit date could be read both ways."""
        got = self.order.value if hasattr(self.order, "value") else self.order
        return got or (None, "")


class Reading(NamedTuple):  # a tuple: made for every date, and a frozen dataclass is slower to make
    """One date read from a match: its span, interval (None when the year is unknown), and how it was read."""

    s: int
    e: int
    start: dt.date | None
    end: dt.date | None
    precision: str
    rule: str
    edtf: str  # "" when it follows from the interval (``intervals.edtf``)
    year: str  # "written", "context" (the running year), "unknown", "shared" (with the date before it)
    calendar: str = GREGORIAN


# --------------------------------------------------------------------------- roles -> numbers
def number(s: str | None) -> int | None:
    """The value of a date part: digits (ASCII or full-width), numeral characters (十二, 一九九三), "4th"."""
    if s is None:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    s = _ORDINAL_RE.sub("", s.translate(FULL_WIDTH))
    if s.isdigit():
        return int(s)
    if len(s) == 4:  # 一九九三, 二○○四: a year digit by digit
        return int(s.translate(_YEAR_CHARS)) if s.translate(_YEAR_CHARS).isdigit() else None
    v = parse_characters(s)
    return None if v is None else int(v)


def year_of(s: str | None, scan: Scan) -> int | None:
    """A written year; a two-digit one ("18年", "Oct 14") expanded around the anchor year."""
    y = number(s)
    if y is not None and len(s) == 2:
        return two_digit_year(y, scan.anchor)
    return y


def month_of(r: dict, i: str = "") -> int | None:
    """The month of role ``m`` (a number) or ``mon`` (a name); ``i`` = "2" for the second date."""
    if r.get("m" + i):
        return number(r["m" + i])
    name = r.get("mon" + i)
    if name is None:
        return None
    key = name.lower().rstrip(".")
    return MONTHS[key] if key in MONTHS else MONTHS[re.sub(r"\s+", " ", key.split("/")[0].strip())]  # أيار/ مايو


def part_of(r: dict, key: str = "part") -> str | None:
    """The normalised part (late, q3 ...) a part word names; KeyError for an unknown word."""
    word = r.get(key)
    return None if word is None else PART_WORDS[_SPACES_RE.sub(" ", word.strip().lower())]


# --------------------------------------------------------------------------- the common reading
def _interval(y, m, d, part, written: bool = True):
    got = span_of(y, m, d, part)
    return got if written or got[2] != "day" else (*got[:3], "day and month as written")


def _join_rule(r1: str, r2: str) -> str:
    return f"{r1}, range" if r1 == r2 else f"{r1}; range to {r2}"


def _side_bounds(m: re.Match, groups: dict, second: bool) -> tuple[int, int]:
    """Span of one side of a pair: before the join (first) or after it (second)."""
    js, je = m.span(groups["join"])
    text = m.string
    if second:
        s, e = je, m.end()
    else:
        s, e = min(m.start(g) for role, g in groups.items() if role not in ("lead", "join") and m.start(g) >= 0), js
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_pair(m: re.Match, r: dict) -> bool:
    join = (r.get("join") or "").strip().lower()
    if join not in PAIR_WORDS or (r.get("lead") or "").lower() in BETWEEN:
        return False
    return not m.string.startswith(RANGE_AFTER, m.end())


def read_span(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """The common forms: a day, month or year (or a part), a range or a pair of them."""
    get = r.get  # most roles are empty: convert only those that are not (this runs for every date)
    if not (get("y2") or get("m2") or get("mon2") or get("d2") or get("part2")):
        return _one(m, groups, r, scan)
    y1, mo1, d1, p1 = year_of(get("y"), scan), month_of(r), number(get("d")), part_of(r)
    y2, mo2, d2, p2 = year_of(get("y2"), scan), month_of(r, "2"), number(get("d2")), part_of(r, "part2")
    y1, y2 = y1 if y1 is not None else y2, y2 if y2 is not None else y1
    mo1 = mo1 if mo1 is not None or d1 is None else mo2
    mo2 = mo2 if mo2 is not None or d2 is None else mo1
    state = "written"
    if y1 is None:
        state = "context" if scan.year is not None else "unknown"
        y1 = y2 = scan.year if scan.year is not None else PLACEHOLDER_YEAR
    known = state != "unknown"
    one = _interval(y1, mo1, d1, p1, state == "written")
    two = _interval(y2, mo2, d2, p2, state == "written")
    if _is_pair(m, r):
        (s1, e1), (s2, e2) = _side_bounds(m, groups, False), _side_bounds(m, groups, True)
        return [Reading(s1, e1, *_dates(one, known), one[2], one[3], _edtf(one, known), state),
                Reading(s2, e2, *_dates(two, known), two[2], two[3], _edtf(two, known), state)]
    if two[1] < one[0] and state != "written" and mo1 == 12 and mo2 == 1:
        two = _interval(y2 + 1, mo2, d2, p2, False)  # "30 December to 2 January": the range crosses a new year
    if two[1] < one[0]:
        return None  # a range that ends first: written_dates reports it
    precision = coarser(one[2], two[2])
    return [Reading(_start(m, groups, r, True), m.end(), *_dates((one[0], two[1]), known), precision,
                    _join_rule(one[3], two[3]), _edtf((one[0], two[1], precision), known), state)]


def _one(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading]:
    """One date: a day, a month or a year, or a part of one (most matches: kept to few calls)."""
    get = r.get
    y, d, mo, mon, part = get("y"), get("d"), get("m"), get("mon"), get("part")
    y = year_of(y, scan) if y else None
    state = "written"
    if y is None:
        state = "context" if scan.year is not None else "unknown"
        y = scan.year if scan.year is not None else PLACEHOLDER_YEAR
    mo = number(mo) if mo else month_of(r) if mon else None
    part = part and part_of(r)
    if d:
        day = dt.date(y, mo, number(d))
        one = (day, day, "day", "date as written" if state == "written" else "day and month as written")
    else:
        one = month_span(y, mo, part) if mo else year_span(y, part)
    s = _start(m, groups, r, False) if "lead" in groups else m.start()
    if state == "unknown":
        return [Reading(s, m.end(), None, None, one[2], one[3], edtf(one[0], one[1], False, one[2]), state)]
    return [Reading(s, m.end(), one[0], one[1], one[2], one[3], "", state)]


def _edtf(interval, known: bool) -> str:
    """The EDTF of an unknown year's interval ("XXXX-07-23"); "" for a known one (computed when asked)."""
    return "" if known else edtf(interval[0], interval[1], False, interval[2])


def _start(m: re.Match, groups: dict, r: dict, is_range: bool) -> int:
    """Where the surface starts: after a lead word, except the "between" of a range (its "and" needs it)."""
    lead = (r.get("lead") or "").lower()
    if not lead or (is_range and lead in BETWEEN):
        return m.start()
    s = m.end(groups["lead"])
    while m.string[s].isspace():
        s += 1
    return s


def _dates(interval, known: bool) -> tuple[dt.date | None, dt.date | None]:
    return (interval[0], interval[1]) if known else (None, None)


def read_year_range(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"2014-2018", "2015-16", "between 2007 and the end of 2008": a range of years."""
    y1, y2 = year_of(r.get("y"), scan), number(r.get("y2"))
    if y2 is not None and len(r["y2"].strip()) == 2:  # "2015-16": the second year in the first's century
        y2 = y1 // 100 * 100 + y2
    bare = not r.get("lead") and not m.group().rstrip().endswith("年")
    if y2 <= y1 or (bare and y2 - y1 > 50):
        return None  # "1000-2000 人": not years; a bare range of years is short
    return read_span(m, groups, {**r, "y2": str(y2)}, scan)


def read_and_day(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"和 31 日": a day sharing year and month with the date before it."""
    if scan.year is None or scan.month is None:
        return None
    one = span_of(scan.year, scan.month, number(r["d"]), None)
    rule = "day as written; year and month shared with the preceding date"
    return [Reading(m.start(), m.end(), one[0], one[1], "day", rule, "", "shared")]


def read_and_year(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"and 2004" in "in 1997 and 2004", ", 2012" in "for the years 2011, 2012 and 2013": a year listed
    right after a year the grammar read (the pattern checks the joining word, this that a year ends there)."""
    join = m.string[scan.last_year_end:m.start()]
    if scan.last_year_end < 0 or not _YEAR_LIST_JOIN.fullmatch(join):
        return None
    return _one(m, groups, r, scan)


def read_decade(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"1980 年代末", "the 1990s", "十九世纪七十年代", "上世纪90年代"."""
    if r.get("decade"):
        y0 = number(r["decade"])
    else:
        century, note = _century(r["c"], scan)
        if century is None:
            return None
        y0 = (century - 1) * 100 + number(r["dec"])
    one = decade_span(y0, part_of(r))
    rule = one[3] + (f"; {note}" if not r.get("decade") and note else "")
    return [Reading(m.start(), m.end(), one[0], one[1], one[2], rule, "", "written")]


def read_century(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"十九世纪", "the nineteenth century", "上世纪末"."""
    century, note = _century(r["c"], scan)
    if century is None:
        return None
    one = century_span(century, part_of(r))
    return [Reading(m.start(), m.end(), one[0], one[1], one[2], one[3] + (f"; {note}" if note else ""), "", "written")]


def _century(c: str, scan: Scan) -> tuple[int | None, str]:
    """(The century a century word names, a note when it was counted from the letter)."""
    c = c.strip()
    if c in _RELATIVE_CENTURY:
        if scan.anchor is None:
            return 20, "上世纪 read as the twentieth century (no letter date or reference year to count back from)"
        return scan.anchor // 100, f"上世纪: the century before the letter's year {scan.anchor}"
    n = CENTURY_WORDS.get(c.lower()) or number(c)
    return (n, "") if n and 1 <= n <= 100 else (None, "")


def read_numeric(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"04/01/2019", "4.1.2019": day or month first, decided by the numbers, the document, the language."""
    a, b, y = number(r["a"]), number(r["b"]), number(r["y"])
    if a > 12 >= b or b > 12 >= a or a == b:
        order, why = ("dmy" if a > 12 or a == b else "mdy"), "a number over 12 cannot be the month"
    else:
        order, source = scan.numeric_order()
        why = {"document": "the document's other all-digit dates", "language": "the language's usual order"}.get(source, "")
    readings = [(y, b, a), (y, a, b)] if order is None else [(y, b, a) if order == "dmy" else (y, a, b)]
    valid = sorted({dt.date(*p) for p in readings if is_valid(*p)})
    if not valid:
        return None
    if len(valid) == 1:
        rule = f"date as written, {'day' if order == 'dmy' else 'month'} first ({why})" if order else "date as written"
        return [Reading(m.start(), m.end(), valid[0], valid[0], "day", rule, "", "written")]
    lo, hi = valid
    rule = (f"day/month order unknown: {m.group()} is {lo} or {hi} (no other date of the document and no usual "
            "order of its language decides); the interval spans both")
    return [Reading(m.start(), m.end(), lo, hi, "day", rule, f"[{lo},{hi}]", "written")]


def read_hijri(m: re.Match, groups: dict, r: dict, scan: Scan) -> list[Reading] | None:
    """"回历1436年7月25日", "25 Ramadan 1436 AH": converted where possible, else kept in its calendar."""
    y, d = number(r["y"]), number(r.get("d"))
    mo = number(r["m"]) if r.get("m") else (HIJRI_MONTHS.get(_hijri_key(r["mon"])) if r.get("mon") else None)
    if not 1 <= y <= 9999 or (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 30):
        return None
    got = hijri_interval(y, mo, d)
    precision = "day" if d is not None else "month" if mo is not None else "year"
    if got is None:
        rule = "Hijri date kept in its calendar: no Gregorian conversion for it (hijridate covers AH 1343-1500)"
        return [Reading(m.start(), m.end(), None, None, precision, rule, hijri_edtf(y, mo, d), "written", HIJRI)]
    return [Reading(m.start(), m.end(), got[0], got[1], got[2], got[3], hijri_edtf(y, mo, d), "written", HIJRI)]


def _hijri_key(name: str) -> str:
    return _SPACES_RE.sub(" ", name.lower().replace("’", "'"))


# form -> how a match of it is read
FORMS = {
    "day": read_span, "day_span": read_span, "month": read_span, "month_range": read_span, "year": read_span,
    "yearless_day": read_span, "yearless_month": read_span, "year_range": read_year_range, "decade": read_decade,
    "century": read_century, "and_day": read_and_day, "and_year": read_and_year, "numeric": read_numeric, "hijri": read_hijri,
}
# Forms whose reading gives the running year to the year-less dates after it.
SETS_YEAR = frozenset({"day", "day_span", "month", "month_range", "year", "yearless_day", "yearless_month",
                       "year_range", "numeric", "and_year"})


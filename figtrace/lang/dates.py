"""Dates in running text -> inclusive intervals with a precision: the one date grammar.

Chinese ("1993 年 7 月至 10 月", "1987 年底", "1980 年代末", "7 月 23 日") and English
("12 January 2021", "late 1987", "between July and October 1993"), from the patterns
of the registered languages (``registry``, ``shapes.DatePattern``).  Vague parts follow
data-model.md (``intervals``).  Precisions: day, month, month_part, year, year_part
(年底/年初/late 1987), decade, decade_part.

Two readings of the same matches:

- ``find_dates``: the intervals claims are made of.  A day or month without a year takes
  the running year (the nearest preceding dated mention), else ``context_year``, and
  says where it came from (``DateMention.year_source``); with no year at all it is left
  out, and so are dates no calendar has (30 February) and ranges that end first.
- ``written_dates``: dates as written, impossible ones and reversed ranges included,
  for the ``impossible-date`` and ``range-out-of-order`` flags.

>>> [(d.surface, str(d.date_start), str(d.date_end), d.precision) for d in find_dates("1993 年 7 月至 10月期间")]
[('1993 年 7 月至 10月', '1993-07-01', '1993-10-31', 'month')]
>>> [(w.surface, w.valid, w.kind) for w in written_dates("2019 年 2 月 30 日；1993 年 3 月 30 日和 31 日")]
[('2019 年 2 月 30 日', False, 'single'), ('1993 年 3 月 30 日', True, 'pair'), ('31 日', True, 'pair')]
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from figtrace.lang import registry
from figtrace.lang.intervals import Interval, decade_span, is_valid, month_end, month_span, year_span
from figtrace.lang.shapes import FULL_WIDTH, DatePattern
from figtrace.spans import SpanSet

PART_WORDS: dict[str, str] = registry.merged("PART_WORDS")  # 底, late, the end of ... -> late/early/mid/h1/h2
MONTHS: dict[str, int] = registry.merged("MONTH_NAMES") | registry.merged("MONTH_ABBREVIATIONS")
PATTERNS: list[DatePattern] = registry.joined("DATE_PATTERNS")  # tried in order; first match at a position wins
DATE_RE = re.compile("|".join(f"(?P<{p.name}>{p.regex})" for p in PATTERNS))
_LETTERS = "".join(registry.tables("LETTERS"))
# Every pattern starts with a digit, a month name or a lead word: scan only from there (a
# plain character-class scan, then a set lookup for words).  Tokens are whole letter runs
# and whole digit runs - the latter only when followed as some pattern needs (年/月/日, a
# range dash, "to"/"and", a month name, the "s" of "1990s"), which rules out most counts in
# C.  The pattern opens with one character class (the run's kind is then told by a
# lookbehind) because only then does the regex engine skip other text in C.
DATE_SCAN_RE = re.compile(rf"[0-9０-９{_LETTERS}](?:(?<=[{_LETTERS}])[{_LETTERS}]*"
                          rf"|(?<![0-9０-９][0-9０-９])[0-9０-９]*(?={registry.alternation('DATE_FOLLOWERS')}))")
_DIGIT_RUN_RE = re.compile(r"[0-9０-９]+")  # the token at a scan's start may be a cut run
DATE_WORDS = frozenset(MONTHS) | frozenset(registry.joined("DATE_LEAD_WORDS"))
_PAIR_RE = re.compile(rf"\s*(?:{'|'.join(map(re.escape, registry.joined('PAIR_WORDS')))})\s*", re.IGNORECASE)
YEAR_SOURCES = {  # where a year-less date's year came from -> how its rule says so
    "paragraph": "the nearest preceding dated mention",
    "letter": "the letter date (no dated mention before it in the paragraph)",
    "reference_year": "the reference year (--reference-year; no dated mention before it in the paragraph, no letter date)",
}


class _Slot(NamedTuple):
    pattern: DatePattern
    groups: tuple[int, ...]  # the pattern's own groups inside DATE_RE, in role order


# Each pattern's groups inside DATE_RE, fetched by one ``m.group`` call (with group 0 in
# front, so that the answer is a tuple even for a pattern with one group).
_SLOTS = {p.name: _Slot(p, tuple(range(DATE_RE.groupindex[p.name] + 1, DATE_RE.groupindex[p.name] + 1 + len(p.roles))))
          for p in PATTERNS}


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in text: its span, interval, precision, and where its year came from."""

    start: int
    end: int
    surface: str
    date_start: dt.date
    date_end: dt.date
    precision: str
    rule: str  # how the interval was read from the words ("whole month", "day and month as written")
    year_source: str = "written"  # written | paragraph | letter | reference_year
    moved_back: bool = False  # the year taken put it after the letter: it took the year before

    @property
    def year_inferred(self) -> bool:
        return self.year_source != "written"

    @property
    def estimate_rule(self) -> str:
        """The documented rule that set the interval, and where a year-less date's year came from."""
        if not self.year_inferred:
            return self.rule
        year = self.date_start.year + self.moved_back
        text = f"{self.rule}; no year written: year {year} from {YEAR_SOURCES[self.year_source]}"
        return text + (f"; moved back to {year - 1}: {year} would fall after the letter date" if self.moved_back else "")


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """One date (or range, or pair) as written: span, parts, validity; no calendar check applied."""

    start: int
    end: int
    surface: str
    year: int
    month: int
    day: int | None
    end_parts: tuple[int, int, int | None] | None  # (year, month, day) of a range's or pair's second date
    kind: str  # single | range | pair
    valid: bool

    @property
    def start_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day or 1) if is_valid(self.year, self.month, self.day) else None

    @property
    def end_date(self) -> dt.date | None:
        """Last day covered: the range's end, or the end of the month for a month-only date."""
        y, m, d = self.end_parts if self.end_parts and self.kind == "range" else (self.year, self.month, self.day)
        if not is_valid(y, m, d):
            return None
        return dt.date(y, m, d) if d is not None else dt.date(y, m, month_end(y, m))

    @property
    def reversed(self) -> bool:
        """True for a valid range whose end comes before its start."""
        if self.kind != "range" or not self.valid:
            return False
        return self.end_date is not None and self.start_date is not None and self.end_date < self.start_date


# --------------------------------------------------------------------------- reading one match
def _num(s: str | None) -> int | None:
    return None if s is None else int(s.translate(FULL_WIDTH))


def _month(r: dict, i: str = "") -> int | None:
    """The month of role ``m`` (a number) or ``mon`` (a name); ``i`` = "2" for a range's end."""
    if r.get("m" + i):
        return _num(r["m" + i])
    name = r.get("mon" + i)
    return None if name is None else MONTHS[name.lower().rstrip(".")]


def _part(r: dict, key: str = "part") -> str | None:
    """The normalised part (late, early ...) a part word names; KeyError for an unknown word."""
    word = r.get(key)
    return None if word is None else PART_WORDS[re.sub(r"\s+", " ", word.strip().lower())]


def _day(r, year, month):
    y, m, d, d2 = _num(r["y"]), _month(r), _num(r["d"]), _num(r.get("d2"))
    start = dt.date(y, m, d)
    end = dt.date(_num(r.get("y2")) or y, _month(r, "2") or m, d2) if d2 else start
    return start, end, "day", "date as written" + (", range" if d2 else "")


def _day_span(r, year, month):  # "5-6 December 1994": the days of one month
    y, m, d = _num(r["y"]), _month(r), _num(r["d"])
    return dt.date(y, m, d), dt.date(y, m, _num(r.get("d2")) or d), "day", "date as written"


def _month_form(r, year, month):
    y = _num(r["y"])
    start, end, precision, rule = month_span(y, _month(r), _part(r))
    if _month(r, "2"):
        _, end, _, rule2 = month_span(_num(r.get("y2")) or y, _month(r, "2"), _part(r, "part2"))
        rule = f"{rule}; range to {rule2}"
    return start, end, precision, rule


def _month_range(r, year, month):  # "between July and October 1993"
    y2 = _num(r["y2"])
    return dt.date(_num(r.get("y")) or y2, _month(r), 1), month_span(y2, _month(r, "2"), None)[1], "month", "month range"


def _year_form(r, year, month):
    start, end, precision, rule = year_span(_num(r["y"]), _part(r))
    if r.get("y2"):
        end = year_span(_num(r["y2"]), _part(r, "part2"))[1]
    return start, end, precision, rule


def _year_range(r, year, month):
    return dt.date(_num(r["y"]), 1, 1), dt.date(_num(r["y2"]), 12, 31), "year", "year range"


def _decade(r, year, month):
    return decade_span(_num(r["decade"]), _part(r))


def _yearless_day(r, year, month):
    if year is None:
        return None
    m, d2 = _month(r), _num(r.get("d2"))
    start = dt.date(year, m, _num(r["d"]))
    return start, dt.date(year, _month(r, "2") or m, d2) if d2 else start, "day", "day and month as written"


def _yearless_month(r, year, month):
    if year is None:
        return None
    start, end, precision, rule = month_span(year, _month(r), _part(r))
    if _month(r, "2"):
        end = month_span(year, _month(r, "2"), _part(r, "part2"))[1]
    return start, end, precision, rule


def _and_day(r, year, month):  # "30 日和 31 日": the second shares year and month
    if year is None or month is None:
        return None
    d = dt.date(year, month, _num(r["d"]))
    return d, d, "day", "day as written; year and month shared with the preceding date"


# form -> how its interval is read from the roles (and, for a year-less form, the running year and month)
FORMS = {
    "day": _day, "day_span": _day_span, "month": _month_form, "month_range": _month_range, "year": _year_form,
    "year_range": _year_range, "decade": _decade, "yearless_day": _yearless_day, "yearless_month": _yearless_month,
    "and_day": _and_day,
}
YEARLESS = frozenset({"yearless_day", "yearless_month", "and_day"})  # their year comes from the context
WRITTEN = frozenset({"day", "day_span", "month"})  # a year written with a month or day: dates as written


# --------------------------------------------------------------------------- scanning
def _tokens(text: str, start: int, end: int):
    """Where a date may start in ``text[start:end]``: DATE_SCAN_RE's tokens, in order."""
    tokens = DATE_SCAN_RE.finditer(text, start, end)
    if start:  # a digit run cut by ``start`` is a token of its own (the scan's lookbehind would see its head)
        tokens = itertools.chain(filter(None, [_DIGIT_RUN_RE.match(text, start, end)]), tokens)
    return tokens


def _matches(text: str, start: int, end: int):
    """(match, pattern, roles -> text) of every date pattern match in ``text[start:end]``, in order."""
    last = start
    for t in _tokens(text, start, end):
        if t.start() < last:
            continue
        if text[t.start()].isascii() and text[t.start()].isalpha() and t.group().lower() not in DATE_WORDS:
            continue
        m = DATE_RE.match(text, t.start(), end)
        if m is None:
            continue
        last = m.end()
        slot = _SLOTS[m.lastgroup]
        yield m, slot, dict(zip(slot.pattern.roles, m.group(0, *slot.groups)[1:]))


def _interval(pattern: DatePattern, r: dict, year: int | None, month: int | None) -> Interval | None:
    """The interval one match names, or None (no year to take, no such day, a range that ends first)."""
    try:
        got = FORMS[pattern.form](r, year, month)
    except (ValueError, KeyError):
        return None  # 31 February, month 13 ...: not a date
    return None if got is None or got[1] < got[0] else got


def find_dates(text: str, start: int = 0, end: int | None = None, context_year: int | None = None,
               skip=(), context_source: str = "letter") -> list[DateMention]:
    """Every date mention in ``text[start:end]``, in order; year-less ones take the running year.

    The running year is that of the nearest preceding dated mention, else ``context_year``
    (which came from ``context_source``: ``letter`` or ``reference_year``).
    """
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    year, source, month, out = context_year, context_source, None, []
    for m, slot, r in _matches(text, start, end):
        s0, e0 = m.span(slot.groups[slot.pattern.roles.index(slot.pattern.surface)]) if slot.pattern.surface else m.span()
        if skip and skip.overlaps(s0, e0):
            continue
        got = _interval(slot.pattern, r, year, month)
        if got is None:
            continue
        d0, d1, precision, rule = got
        yearless = slot.pattern.form in YEARLESS
        if not yearless and slot.pattern.form != "decade":
            year, source = d1.year, "paragraph"
        month = d1.month if precision in ("day", "month", "month_part") else None
        out.append(DateMention(s0, e0, text[s0:e0], d0, d1, precision, rule, source if yearless else "written"))
    return out


# --------------------------------------------------------------------------- dates as written
def _written(text: str, m: re.Match, slot: _Slot, r: dict) -> WrittenDate:
    """A date with its year written, as parts: "2019 年 2 月 30 日" is kept, marked invalid."""
    y, mo, d = _num(r["y"]), _month(r), _num(r.get("d"))
    end_parts, kind = None, "single"
    second = next((k for k in ("y2", "m2", "mon2", "d2") if r.get(k)), None)
    if second is not None:
        end_parts = (_num(r.get("y2")) or y, _month(r, "2") or mo, _num(r.get("d2")))
        second_start = m.start(slot.groups[slot.pattern.roles.index(second)])
        first_end = max(m.end(g) for role, g in zip(slot.pattern.roles, slot.groups)
                        if r.get(role) and role[-1] != "2" and m.end(g) <= second_start)
        kind = "pair" if _PAIR_RE.search(text, first_end, second_start) else "range"  # "30 and 31 March"
    valid = is_valid(y, mo, d) and (end_parts is None or is_valid(*end_parts))
    return WrittenDate(m.start(), m.end(), m.group(), y, mo, d, end_parts, kind, valid)


def written_dates(text: str, start: int = 0, end: int | None = None) -> list[WrittenDate]:
    """Every date written with its year and a month or day number, possible or not, in order.

    A year-less day or month joined by 和/及/and to a single date before it ("1993 年 3 月
    30 日和 31 日") is a pair: it takes that date's year (and month), and both are kept.
    """
    end = len(text) if end is None else min(end, len(text))
    out: list[WrittenDate] = []
    open_single = False  # the last date kept may start a pair (a single date without a part word)
    for m, slot, r in _matches(text, start, end):
        form = slot.pattern.form
        if form in WRITTEN and r.get("y") and ({"m", "d"} & set(slot.pattern.roles)):
            out.append(_written(text, m, slot, r))
            open_single = out[-1].kind == "single" and not r.get("part")
        elif form in YEARLESS and open_single \
                and _PAIR_RE.fullmatch(text, out[-1].end, m.start()):
            first = out[-1]
            y, mo, d = first.year, _month(r) or first.month, _num(r.get("d"))
            out[-1] = replace(first, kind="pair")
            out.append(WrittenDate(m.start(), m.end(), m.group(), y, mo, d, None, "pair", is_valid(y, mo, d)))
            open_single = False
        else:
            open_single = False
    return out

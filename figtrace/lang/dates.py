"""Dates and durations in running text -> inclusive intervals with a precision.

Chinese ("1993 年 7 月至 10 月", "1987 年底", "1980 年代末", "7 月 23 日") and English
("12 January 2021", "late 1987", "between July and October 1993").  Vague parts
follow data-model.md; every interval says which rule set it (``estimate_rule``).
Precisions: day, month, month_part, year, year_part (added: 年底/年初/late 1987),
decade, decade_part.  A day or month without a year takes the running year of
the text (the nearest preceding dated mention, else ``context_year``) and is
marked ``year_inferred``; with no year at all it is left out.

>>> [(d.surface, str(d.date_start), str(d.date_end), d.precision) for d in find_dates("1993 年 7 月至 10月期间")]
[('1993 年 7 月至 10月', '1993-07-01', '1993-10-31', 'month')]
"""
from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from figtrace.lang.numbers import (
    PRE_QUALIFIERS,
    RULES,
    TIME_UNITS,
    Quantity,
    SpanSet,
    bounds_for,
    find_quantities,
)

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
DECADE_PARTS = {
    "late": (7, 9, "N0 年代末/late N0s: the decade's last three years"),
    "early": (0, 3, "N0 年代初/early N0s: the decade's first four years"),
    "mid": (4, 6, "N0 年代中/mid-N0s: the decade's years 4 to 6"),
}
PART_WORDS = {
    "底": "late", "末": "late", "年底": "late", "年末": "late", "下旬": "late", "末期": "late",
    "初": "early", "年初": "early", "上旬": "early", "初期": "early", "中旬": "mid", "中期": "mid",
    "上半年": "h1", "下半年": "h2", "late": "late", "end of": "late", "the end of": "late",
    "end-": "late", "early": "early", "beginning of": "early", "the beginning of": "early",
    "mid": "mid", "mid-": "mid", "the middle of": "mid", "middle of": "mid",
}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}

_D = "[0-9０-９]"
_Y = rf"(?<![0-9０-９.])({_D}{{4}})"
_TO = r"\s*(?:至|到|-|–|—|~|～)\s*"
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_EN_PART = r"(?i:the\s+end\s+of|end\s+of|end-|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of|middle\s+of|late|early|mid-?)"
PATTERNS = [  # (name, regex); tried left to right, first match at a position wins
    ("zh_day", rf"{_Y}\s*年\s*({_D}{{1,2}})\s*月\s*({_D}{{1,2}})\s*日(?:{_TO}(?:(?:({_D}{{4}})\s*年\s*)?({_D}{{1,2}})\s*月\s*)?({_D}{{1,2}})\s*日)?"),
    ("zh_month", rf"{_Y}\s*年\s*({_D}{{1,2}})\s*月(底|末|初|上旬|中旬|下旬)?(?:{_TO}(?:({_D}{{4}})\s*年\s*)?({_D}{{1,2}})\s*月(底|末|初|上旬|中旬|下旬)?)?"),
    ("zh_decade", rf"(?<![0-9０-９.])({_D}{{3}}0)\s*年代(初期|末期|中期|初|末)?"),
    ("zh_year", rf"{_Y}\s*年(?!代)(年底|年末|年初|底|末|初|上半年|下半年)?(?:{_TO}({_D}{{4}})\s*年(?!代)(年底|年末|年初|底|末|初)?)?"),
    ("zh_md", rf"(?<![0-9０-９.年])({_D}{{1,2}})\s*月\s*({_D}{{1,2}})\s*日(?:{_TO}(?:({_D}{{1,2}})\s*月\s*)?({_D}{{1,2}})\s*日)?"),
    ("zh_m", rf"(?<![0-9０-９.年个])({_D}{{1,2}})\s*月(底|末|初|上旬|中旬|下旬)?(?!份)(?:{_TO}({_D}{{1,2}})\s*月(底|末|初|上旬|中旬|下旬)?)?"),
    ("zh_yrange", rf"{_Y}{_TO}({_D}{{4}})\s*年(?!代)"),
    ("zh_and_day", rf"(?:(?<=[和及、])|(?<=[和及、]\s))({_D}{{1,2}})\s*日"),
    ("en_dmy", rf"(?<![0-9])({_D}{{1,2}})(?:\s*(?:-|–|—|to|and)\s*({_D}{{1,2}}))?\s+({_MON})\s*,?\s*({_D}{{4}})\b"),
    ("en_mdy", rf"({_MON})\s+({_D}{{1,2}})(?:\s*(?:-|–)\s*({_D}{{1,2}}))?,?\s+({_D}{{4}})\b"),
    ("en_mrange", rf"(?:(?i:between|from)\s+)?({_MON})(?:\s+({_D}{{4}}))?\s*(?:and|to|through|until|-|–)\s*({_MON})\s+({_D}{{4}})\b"),
    ("en_part_my", rf"({_EN_PART})\s*({_MON})\s+({_D}{{4}})\b"),
    ("en_my", rf"({_MON})\s+({_D}{{4}})\b"),
    ("en_decade", rf"(?:(?i:the)\s+)?(?:({_EN_PART})\s*)?({_D}{{3}}0)s\b"),
    ("en_part_y", rf"({_EN_PART})\s*({_D}{{4}})\b(?!s)"),
    ("en_yrange", rf"(?i:between|from)\s+({_D}{{4}})\s+(?:and|to)\s+({_D}{{4}})\b"),
    ("en_year", rf"\b(?i:in|since|by|during|until|till|before|after|throughout|from|of)\s+((?:1[89]|20){_D}{{2}})\b(?![,.]?\d)"),
    ("en_dm", rf"(?<![0-9])({_D}{{1,2}})\s+({_MON})\b"),
    ("en_md", rf"({_MON})\s+({_D}{{1,2}})\b(?![0-9])"),
]
DATE_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in PATTERNS))
# Every pattern starts with a digit, a month name or one of these words: scan only from there
# (a plain character-class scan, then a set lookup for words).  Tokens are whole letter runs
# and whole digit runs - the latter only when followed as some pattern needs (年/月/日, a range
# dash, "to"/"and", a month name, the "s" of "1990s"), which rules out most counts in C.
# The pattern opens with one character class (the run's kind is then told by a lookbehind)
# because only then does the regex engine skip other text in C.
DATE_SCAN_RE = re.compile(r"[0-9０-９A-Za-z](?:(?<=[A-Za-z])[A-Za-z]*"
                          r"|(?<![0-9０-９][0-9０-９])[0-9０-９]*(?=\s*[年月日至到\-–—~～]|\s*(?:to|and)|\s+[A-Z]|s))")
_DIGIT_RUN_RE = re.compile(r"[0-9０-９]+")  # the token at a scan's start may be a cut run
DATE_WORDS = frozenset(MONTHS) | frozenset(
    "between from the end beginning middle late early mid in since by during until till before after "
    "throughout of".split())
_GROUP_BASE = {name: DATE_RE.groupindex[name] for name, _ in PATTERNS}
_SURFACE_GROUP = {"en_year": 1}  # surface = the year only ("in 1993" -> "1993")
_EN_A_UNIT_RE = re.compile(r" (?:a|an|one) (?P<unit>day|week|month|year|decade)\b", re.IGNORECASE)
_EN_PRE_END_RE = re.compile(
    rf"\b(?P<pre>{'|'.join(re.escape(w) for w in sorted((w for w in PRE_QUALIFIERS if w.isascii()), key=len, reverse=True))})$",
    re.IGNORECASE)
_FW = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    surface: str
    date_start: dt.date
    date_end: dt.date
    precision: str
    estimate_rule: str
    year_inferred: bool = False


def _int(s: str | None) -> int | None:
    return None if s is None else int(s.translate(_FW))


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def month_span(y: int, m: int, part: str | None) -> tuple[dt.date, dt.date, str, str]:
    """(start, end, precision, rule) of a month or a part of it."""
    if not part:
        return dt.date(y, m, 1), dt.date(y, m, _month_end(y, m)), "month", "whole month"
    d0, d1, rule = MONTH_PARTS[PART_WORDS[part]]
    return dt.date(y, m, d0), dt.date(y, m, d1 or _month_end(y, m)), "month_part", rule


def year_span(y: int, part: str | None) -> tuple[dt.date, dt.date, str, str]:
    """(start, end, precision, rule) of a year or a part of it."""
    if not part:
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "whole year"
    m0, m1, rule = YEAR_PARTS[PART_WORDS[part.lower().replace("  ", " ")]]
    return dt.date(y, m0, 1), dt.date(y, m1, _month_end(y, m1)), "year_part", rule


def decade_span(y0: int, part: str | None) -> tuple[dt.date, dt.date, str, str]:
    if not part:
        return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", "whole decade"
    a, b, rule = DECADE_PARTS[PART_WORDS[re.sub(r"\s+", " ", part.lower())]]
    return dt.date(y0 + a, 1, 1), dt.date(y0 + b, 12, 31), "decade_part", rule


def _norm_part(p: str | None) -> str | None:
    return None if p is None else re.sub(r"\s+", " ", p.strip().lower())


def _interval(name: str, g: list[str | None], year: int | None, month: int | None):
    """(start, end, precision, rule, year_used_from_context) for one match, or None."""
    if name == "zh_day":
        y, m, d, y2, m2, d2 = _int(g[0]), _int(g[1]), _int(g[2]), _int(g[3]), _int(g[4]), _int(g[5])
        start = dt.date(y, m, d)
        end = dt.date(y2 or y, m2 or m, d2) if d2 else start
        return start, end, "day", "date as written" + (", range" if d2 else ""), False
    if name == "zh_month":
        y, m, y2, m2 = _int(g[0]), _int(g[1]), _int(g[3]), _int(g[4])
        s0, e0, prec, rule = month_span(y, m, g[2])
        if m2:
            _, e0, _, rule2 = month_span(y2 or y, m2, g[5])
            rule = f"{rule}; range to {rule2}"
        return s0, e0, prec, rule, False
    if name == "zh_year":
        y, y2 = _int(g[0]), _int(g[2])
        s0, e0, prec, rule = year_span(y, g[1])
        if y2:
            _, e0, _, _ = year_span(y2, g[3])
        return s0, e0, prec, rule, False
    if name == "zh_yrange":
        return dt.date(_int(g[0]), 1, 1), dt.date(_int(g[1]), 12, 31), "year", "year range", False
    if name == "zh_decade":
        return (*decade_span(_int(g[0]), g[1]), False)
    if name in ("zh_md", "zh_m", "zh_and_day", "en_dm", "en_md"):
        return _yearless(name, g, year, month)
    return _english(name, g)


def _yearless(name, g, year, month):
    if year is None:
        return None
    if name == "zh_md":
        m, d, m2, d2 = _int(g[0]), _int(g[1]), _int(g[2]), _int(g[3])
        start = dt.date(year, m, d)
        return start, dt.date(year, m2 or m, d2) if d2 else start, "day", "day and month as written", True
    if name == "zh_m":
        m, m2 = _int(g[0]), _int(g[2])
        s0, e0, prec, rule = month_span(year, m, g[1])
        if m2:
            e0 = month_span(year, m2, g[3])[1]
        return s0, e0, prec, rule, True
    if name == "zh_and_day":
        if month is None:
            return None
        d = dt.date(year, month, _int(g[0]))
        return d, d, "day", "day as written; year and month shared with the preceding date", True
    d_s, mon = (g[0], g[1]) if name == "en_dm" else (g[1], g[0])
    d = dt.date(year, MONTHS[mon.lower().rstrip(".")], _int(d_s))
    return d, d, "day", "day and month as written", True


def _english(name, g):
    mon = lambda s: MONTHS[s.lower().rstrip(".")]  # noqa: E731
    if name == "en_dmy":
        y, m, d, d2 = _int(g[3]), mon(g[2]), _int(g[0]), _int(g[1])
        return dt.date(y, m, d), dt.date(y, m, d2 or d), "day", "date as written", False
    if name == "en_mdy":
        y, m, d, d2 = _int(g[3]), mon(g[0]), _int(g[1]), _int(g[2])
        return dt.date(y, m, d), dt.date(y, m, d2 or d), "day", "date as written", False
    if name == "en_mrange":
        y2 = _int(g[3])
        y1 = _int(g[1]) or y2
        return dt.date(y1, mon(g[0]), 1), month_span(y2, mon(g[2]), None)[1], "month", "month range", False
    if name == "en_part_my":
        return (*month_span(_int(g[2]), mon(g[1]), _norm_part(g[0])), False)
    if name == "en_my":
        return (*month_span(_int(g[1]), mon(g[0]), None), False)
    if name == "en_decade":
        return (*decade_span(_int(g[1]), _norm_part(g[0])), False)
    if name == "en_part_y":
        return (*year_span(_int(g[1]), _norm_part(g[0])), False)
    if name == "en_yrange":
        return dt.date(_int(g[0]), 1, 1), dt.date(_int(g[1]), 12, 31), "year", "year range", False
    y = _int(g[0])
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "whole year", False




def _tokens(text: str, start: int, end: int):
    """Where a date may start in ``text[start:end]``: DATE_SCAN_RE's tokens, in order."""
    tokens = DATE_SCAN_RE.finditer(text, start, end)
    if start:  # a digit run cut by ``start`` is a token of its own (the scan's lookbehind would see its head)
        tokens = itertools.chain(filter(None, [_DIGIT_RUN_RE.match(text, start, end)]), tokens)
    return tokens


def find_dates(text: str, start: int = 0, end: int | None = None, context_year: int | None = None,
               skip=()) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, in order; year-less ones resolved from context."""
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    year, month, out, last = context_year, None, [], start
    for t in _tokens(text, start, end):
        if t.start() < last:
            continue
        if text[t.start()].isascii() and text[t.start()].isalpha() and t.group().lower() not in DATE_WORDS:
            continue
        m = DATE_RE.match(text, t.start(), end)
        if m is None:
            continue
        last = m.end()
        name = m.lastgroup
        g = m.group(0, *_GROUP_IDS[name])[1:]
        s0, e0 = (m.span(_GROUP_BASE[name] + _SURFACE_GROUP[name]) if name in _SURFACE_GROUP else m.span())
        if skip and skip.overlaps(s0, e0):
            continue
        try:
            got = _interval(name, g, year, month)
        except (ValueError, KeyError):
            continue  # 31 February, month 13 ...: not a date
        if got is None:
            continue
        d0, d1, prec, rule, inferred = got
        if d1 < d0:
            continue
        if inferred:
            rule = f"{rule}; no year written: year {d0.year} from the nearest preceding dated mention"
        else:
            year = d1.year if name not in ("zh_decade", "en_decade") else year
        month = d1.month if prec in ("day", "month", "month_part") else None
        out.append(DateMention(s0, e0, text[s0:e0], d0, d1, prec, rule, inferred))
    return out


_N_GROUPS = {name: re.compile(rx).groups for name, rx in PATTERNS}
# The numbers of each pattern's own groups inside DATE_RE, fetched by one ``m.group`` call
# (with group 0 in front, so that the answer is a tuple even for a pattern with one group).
_GROUP_IDS = {name: tuple(range(_GROUP_BASE[name] + 1, _GROUP_BASE[name] + 1 + _N_GROUPS[name])) for name, _ in PATTERNS}


def find_durations(text: str, start: int = 0, end: int | None = None, skip=()) -> list[Quantity]:
    """Durations ("44 天", "近 30 年", "不到一个月", "nearly 30 years"), surface including the unit."""
    return durations_and_counts(text, start, end, skip)[0]


def durations_and_counts(text: str, start: int = 0, end: int | None = None, skip=()) -> tuple[list[Quantity], list[Quantity]]:
    """One scan: (durations with their unit in the surface, the other quantities)."""
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    quantities = find_quantities(text, start, end, skip)
    out = [_with_unit(text, q) for q in quantities if q.unit_hint in TIME_UNITS]
    out += _english_a_unit(text, start, end, skip)
    spans = SpanSet((q.start, q.end) for q in out)
    counts = [q for q in quantities if q.unit_hint not in TIME_UNITS and not spans.overlaps(q.start, q.end)]
    return sorted(out, key=lambda q: q.start), counts


def _with_unit(text: str, q: Quantity) -> Quantity:
    """The quantity with its unit in its surface (``dataclasses.replace`` spelt out: faster)."""
    return Quantity(q.start, q.unit_end, text[q.start:q.unit_end], q.qualifier, q.value_low, q.value_best,
                    q.value_high, q.estimate_rule, q.unit_hint, q.classifier, q.unit_end)


def _english_a_unit(text: str, start: int, end: int, skip) -> list[Quantity]:
    """"less than a month", "nearly a year": the article stands for one."""
    out = []
    for m in _EN_A_UNIT_RE.finditer(text, start, end):
        pre = _EN_PRE_END_RE.search(text, max(start, m.start() - 16), m.start())
        if pre is None or (skip and skip.overlaps(pre.start(), m.end())):
            continue
        qual = PRE_QUALIFIERS[pre.group("pre").lower()]
        if qual == "range":
            continue
        low, best, high = bounds_for(qual, 1.0)
        unit = TIME_UNITS.get(m.group("unit").lower() + "s")
        out.append(Quantity(pre.start(), m.end(), text[pre.start():m.end()], qual, low, best, high, RULES[qual],
                            unit, m.group("unit"), m.end()))
    return out

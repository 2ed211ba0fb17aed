"""Dates in running text -> inclusive intervals with a precision: the one date grammar.

Chinese ("1993 年 7 月至 10 月", "一九九三年七月", "2015年第三季度", "十九世纪七十年代",
"回历1436年7月25日") and English ("12 January 2021", "from 31 March to 3 April 2015",
"Q3 2015", "the 1990s", "04/01/2019"), from the patterns of the registered languages
(``registry``, ``shapes.DatePattern``), each match read by ``date_forms``.  Vague parts
follow the conventions of ``intervals``.  Precisions: day, month_part, month, year_part,
year, decade_part, decade, century.

Two readings of the same matches:

- ``find_dates``: the intervals claims are made of.  A day or month without a year takes
  the running year (the nearest preceding dated mention), else ``context_year``, and
  says where it came from (``DateMention.year_source``); with no year at all it is kept
  only when ``incomplete`` is asked for (``year_source == "unknown"``, no interval, its
  ``edtf`` "XXXX-07-23"), as are Hijri dates without a Gregorian value and recurring dates
  ("31 March of each year", ``recurring``: not one date, kept so that no figure is read in
  it).  Dates no calendar has (30 February) and ranges that end first are left out.
- ``written_dates``: dates as written, impossible ones and reversed ranges included,
  for the ``impossible-date`` and ``range-out-of-order`` flags.

>>> [(d.surface, str(d.date_start), str(d.date_end), d.precision) for d in find_dates("1993 年 7 月至 10月期间")]
[('1993 年 7 月至 10月', '1993-07-01', '1993-10-31', 'month')]
>>> [(d.surface, str(d.date_start)) for d in find_dates("on 4 and 27 March 2015")]
[('4', '2015-03-04'), ('27 March 2015', '2015-03-27')]
>>> [(d.surface, d.year_source, d.edtf) for d in find_dates("As of 4 February", incomplete=True)]
[('4 February', 'unknown', 'XXXX-02-04')]
>>> [(w.surface, w.valid, w.kind) for w in written_dates("2019 年 2 月 30 日；1993 年 3 月 30 日和 31 日")]
[('2019 年 2 月 30 日', False, 'single'), ('1993 年 3 月 30 日和 31 日', True, 'pair')]
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from figtrace.lang import registry
from figtrace.lang.calendars import GREGORIAN
from figtrace.lang.date_forms import BETWEEN, FORMS, PAIR_WORDS, SETS_YEAR, Scan, month_of, number, year_of
from figtrace.lang.intervals import edtf, is_valid, month_end
from figtrace.lang.shapes import DatePattern
from figtrace.spans import SpanSet

class DateGrammar:
    """The date patterns of one reading set (``registry.reading_set``), compiled once, and how to scan for them.

    Every pattern starts with a digit, a month name, a lead word or a lead character (一九九三年,
    十九世纪, 回历): scan only from there (a plain character-class scan, then a set lookup for
    words).  Tokens are whole letter runs, whole digit runs - the latter only when followed as
    some pattern needs (年/月/日, a range dash, "to"/"and", a month name, the "s" of "1990s"),
    which rules out most counts in C - and lead characters followed as their language says.
    The pattern opens with one character class (the token's kind is then told by a lookbehind)
    because only then does the regex engine skip other text in C.
    """

    def __init__(self, langs: tuple[str, ...]) -> None:
        v = registry.View(langs)
        self.patterns: list[DatePattern] = v.joined("DATE_PATTERNS")  # tried in order; first match at a position wins
        self.date_re = re.compile("|".join(f"(?P<{p.name}>{p.regex})" for p in self.patterns) or "(?!)")
        letters, lead_chars = "".join(v.tables("LETTERS")) or "A-Za-z", "".join(v.tables("DATE_LEAD_CHARS"))
        followers = v.alternation("DATE_FOLLOWERS") or "(?!)"
        leads = v.alternation("DATE_LEADS")
        self.scan = re.compile(rf"[0-9０-９{letters}{lead_chars}](?:(?<=[{letters}])[{letters}]*"
                               rf"|(?<=[0-9０-９])(?<![0-9０-９][0-9０-９])[0-9０-９]*(?={followers})"
                               rf"{'|' + leads if leads else ''})")
        self.letter = re.compile(f"[{letters}]")
        self.words = frozenset(m.lower() for m in v.merged("MONTH_NAMES") | v.merged("MONTH_ABBREVIATIONS")) | frozenset(
            w.lower() for w in v.joined("DATE_LEAD_WORDS"))
        self.pair = re.compile(rf"\s*(?:{'|'.join(map(re.escape, v.joined('PAIR_WORDS'))) or '(?!)'})\s*", re.IGNORECASE)
        self.recurring = [(re.compile(before), after and re.compile(after)) for before, after in v.tables("RECURRING")]
        self.slots = {p.name: _Slot(p, self.date_re) for p in self.patterns}
        self.numeric = re.compile(next((p.regex for p in self.patterns if p.form == "numeric"), r"(?!)"))


class _Slot:
    __slots__ = ("pattern", "groups", "roles")

    def __init__(self, pattern: DatePattern, date_re: re.Pattern) -> None:
        first = date_re.groupindex[pattern.name] + 1
        self.pattern = pattern
        self.groups = tuple(range(first, first + len(pattern.roles)))  # the pattern's own groups, in role order
        self.roles = dict(zip(pattern.roles, self.groups))


@functools.cache
def _for_set(langs: tuple[str, ...]) -> DateGrammar:
    return DateGrammar(langs)


def grammar(language: str | None) -> DateGrammar:
    """The date grammar a document in ``language`` is read with (built once per reading set)."""
    return _for_set(registry.reading_set(language))


_SHARED = grammar(None)
PATTERNS, DATE_RE, DATE_SCAN_RE = _SHARED.patterns, _SHARED.date_re, _SHARED.scan  # the shared (zh, en) grammar
_DIGIT_RUN_RE = re.compile(r"[0-9０-９]+")  # the token at a scan's start may be a cut run
_MONTHLY = frozenset(("day", "month", "month_part"))  # precisions that give the running month
_RECURRING_REACH = 8  # how far before a date its "每年"/"every" is looked for
YEAR_SOURCES = {  # where a year-less date's year came from -> how its rule says so
    "sentence": "an earlier date in the same sentence",
    "paragraph": "the nearest preceding dated mention",
    "letter": "the letter date (no dated mention before it in the paragraph)",
    "reference_year": "the reference year (--reference-year; no dated mention before it in the paragraph, no letter date)",
}
UNKNOWN_RULE = ("no year written, none earlier in the sentence or paragraph, no letter date, no --reference-year: "
                "the year is unknown (date_start and date_end empty; date_edtf keeps month and day)")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date in text: its span, interval, precision, and where its year came from."""

    start: int
    end: int
    surface: str
    date_start: dt.date | None  # None: the year is unknown, or a date of another calendar without a conversion
    date_end: dt.date | None
    precision: str
    rule: str  # how the interval was read from the words ("whole month", "day and month as written")
    year_source: str = "written"  # written | sentence | paragraph | letter | reference_year | unknown
    moved_back: bool = False  # the year taken put it after the letter: it took the year before
    edtf_text: str = ""  # the EDTF when the interval does not give it: unknown year, other calendar, two readings
    calendar: str = GREGORIAN
    year_from: int | None = None  # where the dated mention that gave a year-less date its year starts
    recurring: bool = False  # "每年 3 月 31 日", "31 March of each year": not one date

    @property
    def edtf(self) -> str:
        """The date as an EDTF string ("1993-07", "1987-10/1987-12", "XXXX-07-23"), in ``calendar``."""
        return self.edtf_text or edtf(self.date_start, self.date_end, True, self.precision)

    @property
    def year_inferred(self) -> bool:
        return self.year_source not in ("written", "unknown")

    @property
    def estimate_rule(self) -> str:
        """The documented rule that set the interval, and where a year-less date's year came from."""
        if self.year_source == "unknown":
            return f"{self.rule}; {UNKNOWN_RULE}"
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


# --------------------------------------------------------------------------- scanning
def _tokens(text: str, start: int, end: int, g: DateGrammar):
    """Where a date may start in ``text[start:end]``: the grammar's scan tokens, in order."""
    tokens = g.scan.finditer(text, start, end)
    if start:  # a digit run cut by ``start`` is a token of its own (the scan's lookbehind would see its head)
        tokens = itertools.chain(filter(None, [_DIGIT_RUN_RE.match(text, start, end)]), tokens)
    return tokens


def _matches(text: str, start: int, end: int, g: DateGrammar):
    """(match, slot, roles -> text) of every date pattern match in ``text[start:end]``, in order."""
    last = start
    date_re, slots, words, letter = g.date_re, g.slots, g.words, g.letter
    for t in _tokens(text, start, end, g):
        if t.start() < last:
            continue
        c = text[t.start()]
        if (c.isascii() and c.isalpha() or not c.isascii() and letter.match(c)) and t.group().lower() not in words:
            continue
        m = date_re.match(text, t.start(), end)
        if m is None:
            continue
        last = m.end()
        slot = slots[m.lastgroup]
        yield m, slot, dict(zip(slot.pattern.roles, m.group(0, *slot.groups)[1:]))


def _recurring(text: str, s: int, e: int, g: DateGrammar) -> bool:
    for before, after in g.recurring:
        if before.search(text, max(0, s - _RECURRING_REACH), s) or (after and after.match(text, e)):
            return True
    return False


def find_dates(text: str, start: int = 0, end: int | None = None, context_year: int | None = None,
               skip=(), context_source: str = "letter", incomplete: bool = False,
               order=None, lang: str | None = None) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, in order; year-less ones take the running year.

    The running year is that of the nearest preceding dated mention, else ``context_year``
    (which came from ``context_source``: ``letter`` or ``reference_year``), which also
    anchors two-digit years and 上世纪.  ``incomplete`` keeps dates without a Gregorian
    interval (year unknown, unconverted calendars) and recurring dates.  ``order`` is the
    day/month order of all-digit dates and where it comes from, or a ``NumericOrder``.  ``lang``:
    the document's language, whose reading set's patterns are read (``grammar``).
    """
    g = grammar(lang)
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    scan = Scan(context_year, None, context_year, order)
    source, year_from, out = context_source, None, []
    for m, slot, r in _matches(text, start, end, g):
        pattern = slot.pattern
        s0, e0 = m.span(slot.roles[pattern.surface]) if pattern.surface else (m.start(), m.end())
        if skip and skip.overlaps(s0, e0):
            continue
        try:
            got = FORMS[pattern.form](m, slot.roles, r, scan)
        except (ValueError, KeyError, TypeError):
            continue  # 31 February, month 13 ...: not a date
        for s, e, d0, d1, precision, rule, edtf_text, ystate, calendar in got or ():
            if pattern.surface:
                s, e = s0, e0
            recurring = False
            if ystate == "written":
                ysource, yfrom = "written", None
                if d0 is not None and calendar == GREGORIAN and pattern.form in SETS_YEAR:
                    scan.year, source, year_from = d1.year, "paragraph", s
            else:
                if ystate == "shared":
                    joined = out and g.pair.fullmatch(text, out[-1].end, s)
                    ysource, yfrom = (out[-1].year_source, out[-1].year_from) if joined else (source, year_from)
                else:
                    ysource, yfrom = (source, year_from) if ystate == "context" else ("unknown", None)
                recurring = _recurring(text, s, e, g)
                if (d0 is None or recurring) and not incomplete:
                    continue
            if d0 is not None:
                scan.month = d1.month if precision in _MONTHLY else None
            elif not incomplete:
                continue
            out.append(DateMention(s, e, text[s:e], d0, d1, precision, rule, ysource, False, edtf_text, calendar, yfrom,
                                   recurring))
            scan.last_year_end = e if precision == "year" and d0 is not None else -1
    return out


class NumericOrder:
    """The day/month order of a document's all-digit dates ("04/01/2019"), looked up once when first needed.

    The document decides when one of its all-digit dates can be read one way only (a number
    over 12 first: day first); else its language's usual order (``NUMERIC_DATE_ORDER``), else
    none (such a date then spans both readings).
    """

    def __init__(self, text: str, end: int, language: str | None) -> None:
        self.text, self.end, self.language, self._value = text, end, language, None

    @property
    def value(self) -> tuple[str | None, str]:
        if self._value is None:
            self._value = self._decide()
        return self._value

    def _decide(self) -> tuple[str | None, str]:
        seen = set()
        for m in grammar(self.language).numeric.finditer(self.text, 0, self.end):
            a, b = number(m.group(1)), number(m.group(2))
            if a > 12 >= b:
                seen.add("dmy")
            elif b > 12 >= a:
                seen.add("mdy")
        if len(seen) == 1:
            return seen.pop(), "document"
        lang = registry.LANGUAGES.get(self.language or "")
        default = getattr(lang, "NUMERIC_DATE_ORDER", "") if lang is not None and not seen else ""
        return (default or None), ("language" if default else "")


# --------------------------------------------------------------------------- dates as written
_WRITTEN_FORMS = frozenset({"day", "day_span", "month", "month_range"})


def _written(m: re.Match, slot: _Slot, r: dict) -> WrittenDate:
    """A date with its year written, as parts: "2019 年 2 月 30 日" is kept, marked invalid."""
    scan = Scan()
    y, mo, d = year_of(r.get("y"), scan), month_of(r), number(r.get("d"))
    y2, mo2, d2 = year_of(r.get("y2"), scan), month_of(r, "2"), number(r.get("d2"))
    end_parts, kind = None, "single"
    if any(v is not None for v in (y2, mo2, d2)):
        y = y if y is not None else y2
        mo = mo if mo is not None else mo2
        end_parts = (y2 if y2 is not None else y, mo2 if mo2 is not None else mo, d2)
        pair = (r.get("join") or "").strip().lower() in PAIR_WORDS and (r.get("lead") or "").lower() not in BETWEEN
        kind = "pair" if pair else "range"
    valid = is_valid(y, mo, d) and (end_parts is None or is_valid(*end_parts))
    return WrittenDate(m.start(), m.end(), m.group(), y, mo, d, end_parts, kind, valid)


def written_dates(text: str, start: int = 0, end: int | None = None, lang: str | None = None) -> list[WrittenDate]:
    """Every date written with its year and a month or day number, possible or not, in order.

    A year-less day or month joined by 和/及/and to a single date before it ("1993 年 3 月
    30 日和 4 月 2 日") is a pair: it takes that date's year (and month), and both are kept.
    """
    g = grammar(lang)
    end = len(text) if end is None else min(end, len(text))
    out: list[WrittenDate] = []
    open_single = False  # the last date kept may start a pair (a single date without a part word)
    for m, slot, r in _matches(text, start, end, g):
        form = slot.pattern.form
        if form in _WRITTEN_FORMS and r.get("y") and ({"m", "d"} & set(slot.pattern.roles)):
            out.append(_written(m, slot, r))
            open_single = out[-1].kind == "single" and not r.get("part")
        elif form in ("yearless_day", "yearless_month", "and_day") and open_single \
                and g.pair.fullmatch(text, out[-1].end, m.start()):
            first = out[-1]
            y, mo, d = first.year, month_of(r) or first.month, number(r.get("d"))
            out[-1] = WrittenDate(first.start, first.end, first.surface, first.year, first.month, first.day,
                                  first.end_parts, "pair", first.valid)
            out.append(WrittenDate(m.start(), m.end(), m.group(), y, mo, d, None, "pair", is_valid(y, mo, d)))
            open_single = False
        else:
            open_single = False
    return out

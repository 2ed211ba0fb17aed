"""Durations and the counts beside them: "44 天", "近 30 年", "三年半", "不到一个月", "two and a half years".

Claims logic on top of the number grammar (``figtrace.lang.numbers``): a quantity whose
unit is a time unit is a duration, its unit part of its surface; an article standing for
one ("nearly a year"), halves ("三年半", "半个世纪", "a year and a half"), "a decade", and
vague lengths ("数月", "several months": 2 to 9 units, ``SEVERAL``) are durations too (the
languages' ``DURATION_PATTERNS``).  Everything else stays a count, except what only looks
like a length of time and is neither: a period label ("两年期" biennium, "千年发展目标"
Millennium) and a time of day ("At 1720 hours").  Years and dates are found before
(``lang.dates``) and never reach here.

>>> [(q.surface, q.qualifier, q.value_high) for q in find_durations("不到一个月后")]
[('不到一个月', 'less_than', 1.0)]
>>> [(q.surface, q.value_best, q.unit_hint) for q in find_durations("三年半以来；近半个世纪")]
[('三年半', 3.5, 'years'), ('近半个世纪', None, 'centuries')]
"""
from __future__ import annotations

import functools
import re

from figtrace.lang import registry
from figtrace.lang.bounds import FORM_RULES, RULES, bounds_for
from figtrace.lang.number_tables import TIME_UNITS, NumberTables, for_language
from figtrace.lang.numbers import Quantity, find_quantities
from figtrace.lang.numerals import parse_number
from figtrace.lang.shapes import alt
from figtrace.spans import SpanSet

UNITS = {**TIME_UNITS, "centuries": "centuries"}  # the normalised units a duration has
_PRE_REACH = 16  # how far before a figure its qualifier is looked for
_LIMIT_REACH, _LABEL_REACH = 40, 8  # how far before a duration "by no later than the next" and 国际 are looked for
_BEFORE_KEY, _AFTER_KEY = 32, 24  # how far a word duration reaches before and after its key
SEVERAL = (2.0, 9.0)  # "several", "a few", 数, 几: more than one, fewer than ten
SEVERAL_RULE = "数/几/several/a few N: value_low = 2, value_high = 9 (plural, fewer than ten)"
_BARE_UNIT_NUMERALS = frozenset("千万百")  # 千年 (millennium), 百年: words, not figures, unless qualified
_TIME_OF_DAY_RE = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")  # "1720 hours": a clock time
_DIGITS_RE = re.compile(r"[0-9]+")
# A year written digit by digit (二零零四) or with four digits, or followed by a month: no duration.
_YEAR_DIGITS_RE = re.compile(r"[〇零○一二三四五六七八九]{4}|[0-9０-９]{4}")
_MONTH_AFTER_RE = re.compile(r"\s*[0-9０-９]{1,2}\s*月")
# 多/余 after the unit: "四年多" (four years and more, zh.txt:525) is N-odd like "300 多"; not the
# words 多 opens (多次 many times, 多边 multilateral, 多方, 多种 ...) nor 余下 (the rest).
_PLUS_AFTER_UNIT_RE = re.compile(r"[多余](?![次边方种项个样元数党哈国年层少重下])")


def _key_regex(keys) -> re.Pattern:
    """One character class for the keys' first letters (either case), then each key's rest after a lookbehind:
    the regex engine then skips other text in C (an alternation of words would try each at every position)."""
    firsts = [(k[0].lower() + k[0].upper() if k[0].lower() != k[0].upper() else k[0], k[1:]) for k in keys]
    chars = "".join(sorted(set("".join(c for c, _ in firsts))))
    return re.compile(f"[{chars}](?:" + "|".join(f"(?<=[{c}]){re.escape(rest)}" for c, rest in firsts) + ")"
                      if keys else "(?!)")


class _Tables:
    """The duration words of one reading set (``registry.reading_set``)."""

    def __init__(self, t: NumberTables) -> None:
        v, self.numbers = registry.View(t.langs), t
        ones, nouns = v.joined("ONE_WORDS"), v.joined("A_UNIT_NOUNS")
        lead = " " if t.shared else r"(?<![^\s'’])"  # "moins d'un mois": the article after an elided word
        # " a month", " one year": the article (or "one" as a word) stands for one unit.
        self.a_unit = re.compile(rf"{lead}(?:{'|'.join(ones) or '(?!)'}) (?P<unit>{'|'.join(nouns) or '(?!)'})\b", re.IGNORECASE)
        self.a_unit_gate = re.compile(f"{lead}(?:" + ("|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in ones) or "(?!)") + ") ")
        spaced = alt(v.merged("PRE_QUALIFIERS", spaced=True)) or "(?!)"
        self.pre_end = re.compile(rf"(?:(?P<run>{alt(v.merged('PRE_QUALIFIERS', spaced=False)) or '(?!)'})"
                                  rf"|\b(?P<spaced>{spaced}))" + (r"\s*$" if t.shared else r"(?:(?<=['’])|\s*)$"), re.IGNORECASE)
        # The languages' word durations as one regex; groups: n (a number), half, several, one, unit.
        self.words = re.compile("|".join(re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}{i}>", rx)
                                         for i, rx in enumerate(v.joined("DURATION_PATTERNS"))) or "(?!)", re.IGNORECASE)
        # A word duration holds one of its language's keys (半, several, decade ...): the scan looks only around them.
        self.keys = _key_regex(v.joined("DURATION_KEYS"))
        self.units: dict[str, str] = {k.lower(): u for k, u in v.merged("DURATION_UNITS").items()}
        self.label_after = re.compile(v.alternation("PERIOD_LABEL_AFTER") or "(?!)")  # 两年期: a biennium
        self.label_before = re.compile(v.alternation("PERIOD_LABEL_BEFORE") or "(?!)")  # 国际十年: a Decade's name
        # "within 30 days", "no later than thirty days", "30天内": a time limit (at most N)
        self.limit_before = re.compile(v.alternation("TIME_LIMIT_BEFORE") or "(?!)", re.IGNORECASE)
        self.limit_after = re.compile(v.alternation("TIME_LIMIT_AFTER") or "(?!)", re.IGNORECASE)
        self.lead_after = re.compile(v.alternation("LEAD_TIME_AFTER") or "(?!)", re.IGNORECASE)  # "... before the expiry"
        months = [m.title() for m in v.merged("MONTH_NAMES") | v.merged("MONTH_ABBREVIATIONS") if len(m) > 3]
        self.month_word = re.compile(rf"\b(?:{'|'.join(months) or '(?!)'})\b")


@functools.cache
def _tables(t: NumberTables) -> _Tables:
    return _Tables(t)


def find_durations(text: str, start: int = 0, end: int | None = None, skip=(), lang: str | None = None) -> list[Quantity]:
    """Durations ("44 天", "近 30 年", "不到一个月", "nearly 30 years"), surface including the unit."""
    return durations_and_counts(text, start, end, skip, lang)[0]


def durations_and_counts(text: str, start: int = 0, end: int | None = None, skip=(),
                         lang: str | None = None) -> tuple[list[Quantity], list[Quantity]]:
    """One scan: (durations with their unit in the surface, the other quantities), read as ``lang`` writes them."""
    d = _tables(for_language(lang))
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    words = _word_durations(text, start, end, skip, d)
    if words:
        skip = SpanSet([*zip(skip.starts, skip.ends), *((q.start, q.end) for q in words)])
    out, taken, counts = words, [], []
    for q in find_quantities(text, start, end, skip, lang):
        if q.unit_hint not in TIME_UNITS:
            counts.append(q)
        elif _not_a_length(text, q, d):
            taken.append((q.start, q.end))
        else:
            out.append(_time_limit(text, _with_half(text, q), start, d))
    if d.a_unit_gate.search(text, start, end):
        out += _article_units(text, start, end, SpanSet([*zip(skip.starts, skip.ends), *((q.start, q.end) for q in out)]), d)
    if out or taken:
        taken_set = SpanSet([*taken, *((q.start, q.end) for q in out)])
        counts = [q for q in counts if not taken_set.overlaps(q.start, q.end)]
        out.sort(key=lambda q: q.start)
    return out, counts


def _not_a_length(text: str, q: Quantity, d: _Tables) -> bool:
    """A period label (两年期, 千年发展目标), a time of day (at 1720 hours), or a year that the date grammar
    did not take (二零零四年, 789年, 18年10月1日, "31 March of each year"): no length of time."""
    if d.label_after.match(text, q.unit_end) or d.label_before.search(text, max(0, q.start - _LABEL_REACH), q.start):
        return True
    if q.unit_hint == "years" and q.qualifier == "exact" and (
            _YEAR_DIGITS_RE.fullmatch(q.surface) or _MONTH_AFTER_RE.match(text, q.unit_end)):
        return True
    if d.month_word.search(text, q.end, q.unit_end):
        return True  # "31 March of each year": a date stands between the number and its unit
    if q.qualifier == "exact" and q.surface in _BARE_UNIT_NUMERALS:
        return True
    if q.unit_hint != "hours":
        return False
    numbers = _DIGITS_RE.findall(q.surface)
    return bool(numbers) and all(_TIME_OF_DAY_RE.fullmatch(n) for n in numbers)


def _with_half(text: str, q: Quantity) -> Quantity:
    """The quantity with its unit (and a trailing 半: 三年半 = 3.5 years; 多: 四年多 = 4-5 years) in its surface."""
    end = q.unit_end
    if text.startswith("半", end) and q.qualifier == "exact" and q.value_best is not None:
        v = q.value_best + 0.5
        return Quantity(q.start, end + 1, text[q.start:end + 1], "exact", v, v, v, RULES["exact"], q.unit_hint,
                        q.classifier, end + 1)
    if _PLUS_AFTER_UNIT_RE.match(text, end) and q.qualifier == "exact" and q.value_best is not None:
        return Quantity(q.start, end + 1, text[q.start:end + 1], "plus", *bounds_for("plus", q.value_best),
                        RULES["plus"], q.unit_hint, q.classifier, end + 1)
    return Quantity(q.start, end, text[q.start:end], q.qualifier, q.value_low, q.value_best, q.value_high,
                    q.estimate_rule, q.unit_hint, q.classifier, end)


def _time_limit(text: str, q: Quantity, lo: int, d: _Tables) -> Quantity:
    """``q`` read as a time limit when its language's limit words stand around it ("within 30 days",
    "no later than thirty days", "30天内": at most N, the words in its surface), else ``q`` as it is."""
    if q.qualifier != "exact" or d.lead_after.match(text, q.end):
        return q
    pre = d.limit_before.search(text, max(lo, q.start - _LIMIT_REACH), q.start)
    post = d.limit_after.match(text, q.end)
    if pre is None and post is None:
        return q
    s, e = pre.start() if pre else q.start, post.end() if post else q.end
    return Quantity(s, e, text[s:e], "at_most", *bounds_for("at_most", q.value_best), FORM_RULES["time_limit"],
                    q.unit_hint, q.classifier, max(q.unit_end, e))


def _groups(m: re.Match) -> dict[str, str]:
    """The match's groups by their plain names (the pattern index taken off)."""
    return {k.rstrip("0123456789"): v for k, v in m.groupdict().items() if v is not None}


def _qualifier(text: str, s: int, lo: int, d: _Tables) -> tuple[str, int]:
    """(qualifier, where it starts) of the words right before ``s``: ("nearly", s - 3) or ("exact", s)."""
    pre = d.pre_end.search(text, max(lo, s - _PRE_REACH), s)
    if pre is None:
        return "exact", s
    word = (pre.group("run") or pre.group("spaced")).lower()
    qual = d.numbers.pre_qualifiers.get(word)
    return (qual, pre.start()) if qual and qual != "range" else ("exact", s)


def _word_durations(text: str, start: int, end: int, skip: SpanSet, d: _Tables) -> list[Quantity]:
    """"三年半", "半个世纪", "数月", "two and a half years", "a decade", "several months", "two centuries"."""
    out: list[Quantity] = []
    for m in _around_keys(text, start, end, d):
        if skip and skip.overlaps(m.start(), m.end()):
            continue
        g = _groups(m)
        unit = d.units.get(re.sub(r"\s+", " ", g["unit"].lower()))
        if unit is None:
            continue
        if g.get("several"):
            low, high = SEVERAL
            out.append(Quantity(m.start(), m.end(), m.group(), "range", low, None, high, SEVERAL_RULE, unit,
                                g["unit"], m.end()))
            continue
        if "tens" in g:  # "decades": tens of years
            out.append(Quantity(m.start(), m.end(), m.group(), "tens_of", 1.0, None, 10.0, RULES["tens_of"], unit,
                                g["unit"], m.end()))
            continue
        n = 1.0 if g.get("one") or not g.get("n") else parse_number(g["n"], 1.0, d.numbers)
        if n is None:
            continue
        n += 0.5 if g.get("half") else 0.0
        if g.get("half") and not g.get("n") and not g.get("one"):
            n = 0.5  # 半年, half a century
        qual, s = _qualifier(text, m.start(), start, d)
        low, best, high = bounds_for(qual, n)
        out.append(Quantity(s, m.end(), text[s:m.end()], qual, low, best, high, RULES[qual], unit, g["unit"], m.end()))
    return out


def _around_keys(text: str, start: int, end: int, d: _Tables):
    """The word-duration matches of ``text[start:end]``, looked for only in windows around their keys."""
    windows: list[list[int]] = []
    for k in d.keys.finditer(text, start, end):
        ws, we = max(start, k.start() - _BEFORE_KEY), min(end, k.end() + _AFTER_KEY)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = we
        else:
            windows.append([ws, we])
    for ws, we in windows:
        yield from d.words.finditer(text, ws, we)


def _article_units(text: str, start: int, end: int, skip, d: _Tables) -> list[Quantity]:
    """"less than a month", "nearly a year": a qualifier, then an article standing for one unit."""
    out = []
    for m in d.a_unit.finditer(text, start, end):
        qual, s = _qualifier(text, m.start() + len(m.group()) - len(m.group().lstrip()), start, d)
        unit = d.numbers.noun_units.get(m.group("unit").lower())
        q = Quantity(s, m.end(), text[s:m.end()], qual, *bounds_for(qual, 1.0), RULES[qual], unit, m.group("unit"), m.end())
        q = _time_limit(text, q, start, d)  # "within a month"
        if q.qualifier == "exact" or (skip and skip.overlaps(q.start, q.end)):
            continue
        out.append(q)
    return out

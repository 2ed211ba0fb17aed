"""Quantities in running text: "1 000", "超过 70 万", "100 多万", "数以万计", "about 570" -> bounds.

Pure grammar on strings; no knowledge of documents.  The patterns are built from the
registered languages' tables (``registry``: qualifiers, vague amounts, classifiers,
numeral patterns, the words that make a number an identifier); the bounds follow the
conventions of ``figtrace.lang.bounds``; what makes a number no figure, or a part of a
number not read, is ``figtrace.lang.numbers_guard``.

>>> q = find_quantities("超过 70 万阿塞拜疆人")[0]
>>> (q.surface, q.qualifier, q.value_low, q.value_best, q.value_high)
('超过 70 万', 'more_than', 700000.0, None, None)
>>> [(q.surface, q.qualifier, q.value_low, q.value_high) for q in find_quantities("二三十人, 大于 10 并小于 20 个")]
[('二三十', 'range', 20.0, 30.0), ('大于 10 并小于 20', 'range', 10.0, 20.0)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figtrace.lang import numbers_after as after
from figtrace.lang import numbers_guard as guard
from figtrace.lang import registry
from figtrace.lang.bounds import FORM_RULES, RULES, bounds_for
from figtrace.lang.numerals import MULTIPLIERS, approximate_pair, parse_number
from figtrace.lang.shapes import COMPARISON_SIGNS, FULL_WIDTH, GROUP_SEPARATOR, alt
from figtrace.lang.shapes import DIGIT as _D
from figtrace.spans import SpanSet

# --------------------------------------------------------------------------- words (from the languages)
PRE_QUALIFIERS: dict[str, str] = registry.merged("PRE_QUALIFIERS")
VAGUE: dict[str, tuple] = registry.merged("VAGUE")  # surface -> (qualifier, low, high[, form rule])
TIME_UNITS = guard.TIME_UNITS
_VAGUE_NEEDS_AFTER = {k: re.compile(rx) for k, rx in registry.merged("VAGUE_NEEDS_AFTER").items()}
_NEEDS_AFTER_REACH = 4  # how far after a vague word its needed word is looked for (" of")
_PAIR_WORDS = frozenset(registry.joined("PAIR_WORDS") + registry.joined("NUMBER_PAIR_WORDS"))  # "5 and 6": two
_LETTERS = "".join(registry.tables("LETTERS"))  # letters of the languages written with spaces: A-Za-z
_PRE_REACH = 32  # how far before a number its qualifier may start ("greater than or equal to")


def _loose(word: str) -> str:
    """A run-together word whose characters may stand apart: 小于 或 等于."""
    return r"\s*".join(map(re.escape, word))


def _reversed_pre() -> re.Pattern:
    """The qualifiers before a number, written backwards: matched at the start of the reversed text
    before the number (one anchored match instead of a search for an end): run-together words
    (guarded: 最近 is not 近), spaced words, signs, then the fillers of 至少有 72."""
    run, guards = registry.merged("PRE_QUALIFIERS", spaced=False), registry.merged("PRE_QUALIFIER_GUARDS")
    run_rx = "|".join(_loose(w[::-1]) + (f"(?![{guards[w]}])" if w in guards else "")
                      for w in sorted(run, key=len, reverse=True))
    spaced = "|".join(re.escape(w[::-1]).replace(r"\ ", r"\s+") for w in
                      sorted(registry.merged("PRE_QUALIFIERS", spaced=True), key=len, reverse=True))
    fillers = "|".join(_loose(f[::-1]) for rx in registry.tables("PRE_FILLERS") for f in rx.split("|"))
    signs = "|".join(_loose(w[::-1]).replace(r"\ ", r"\s*") for w in sorted(COMPARISON_SIGNS, key=len, reverse=True))
    return re.compile(rf"\s*(?:{fillers})?(?:(?P<pre>{run_rx}|{signs})|\s+(?P<pre_w>{spaced})\b)", re.IGNORECASE)


def _pre_key(word: str) -> str:
    """The table key of a qualifier as matched: spaces dropped (run-together) or single (spaced)."""
    if word.isascii() and word[:1].isalpha():
        return " ".join(word.lower().split())
    return re.sub(r"(?<=[^<>])\s+", "", word)


def _run_and_spaced(table: str, spaced_wrap: str = r"\b(?:{})\b") -> str:
    """An alternation of a word table: run-together words as they are, spaced words wrapped."""
    run = alt(registry.merged(table, spaced=False))
    spaced = alt(registry.merged(table, spaced=True))
    return "|".join(filter(None, [run, spaced and spaced_wrap.format(spaced)]))


# --------------------------------------------------------------------------- grammar
_SEP = GROUP_SEPARATOR
_NOT_AFTER = rf"(?<![0-9０-９{_LETTERS}.．,/／_\-−－:：+^%=])"
_DIG2 = rf"(?:{_D}{{1,3}}(?:{_SEP}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
_DIG = _NOT_AFTER + _DIG2
_MIXED = registry.alternation("NUMERAL_MIXED")  # 3万4000, 5万4千6百
_NUMERALS = registry.alternation("NUMERAL_PATTERN")  # 三千五百, twenty-five ...
_PRE_REVERSED_RE = _reversed_pre()
_PRE_KEYS = {_pre_key(w): q for w, q in (PRE_QUALIFIERS | COMPARISON_SIGNS).items()}
_MULT_RUN = alt(registry.merged("MULTIPLIERS", spaced=False))  # 千万, 万亿, 万 ...: right after the digits
_MULT_SPACED = alt(registry.merged("MULTIPLIERS", spaced=True))  # thousand, million ...: after a space
_MULT = rf"(?:\s*(?P<mult>{_MULT_RUN})|\s+(?P<mult_w>{_MULT_SPACED})\b)"
_RANGE_SEP = "|".join([alt(registry.joined("RANGE_WORDS", spaced=False) + registry.joined("PAIR_WORDS", spaced=False)
                           + registry.joined("NUMBER_PAIR_WORDS")), "~|～|–|—|-",
                       *(rf"\b{re.escape(w)}\b" for w in registry.joined("RANGE_WORDS", spaced=True))])
_PLUS = alt(registry.joined("PLUS_WORDS"))
CORE_RE = re.compile(
    rf"(?:(?P<vague>{_run_and_spaced('VAGUE')})"
    rf"|(?P<pct>{alt(registry.joined('PERCENT_BEFORE'))})?(?P<num>{_NOT_AFTER}(?:{_MIXED})|{_DIG}|{_NUMERALS})"
    rf"(?:\s*(?P<plus1>{_PLUS}))?{_MULT}?(?:\s*(?P<plus2>{_PLUS})(?P<mult3>{_MULT_RUN})?)?"
    rf"(?P<range>\s*(?P<rsep>{_RANGE_SEP})\s*(?P<num2>{_MIXED}|{_DIG2}|{_NUMERALS})"
    rf"(?:\s*(?P<mult2>{_MULT_RUN})|\s+(?P<mult2_w>{_MULT_SPACED})\b)?)?)",
    re.IGNORECASE,
)
# Where a numeral of a run-together script counts (before 多/万/a classifier ...).
TRIGGER_RE = re.compile(registry.alternation("NUMERAL_TRIGGER", spaced=False), re.IGNORECASE)
_NUMERAL_START_RE = re.compile(registry.alternation("NUMERAL_PATTERN", spaced=False))
# One cheap scan; candidates are then confirmed with TRIGGER_RE (numeral characters) or
# TRIGGER_WORDS (number words).  Tokens: digit runs, letter runs, one numeral character.  The
# pattern opens with one character class (the run's kind is then told by a lookbehind): only
# then does the regex engine skip other text in C.
SCAN_RE = re.compile(rf"[0-9０-９{_LETTERS}{''.join(registry.tables('SCAN_CHARS'))}]"
                     rf"(?:(?<=[0-9０-９])[0-9０-９]*|(?<=[{_LETTERS}])[{_LETTERS}]*|)")
TRIGGER_WORDS = frozenset(registry.joined("TRIGGER_WORDS"))
_TRIGGER_NEEDS = {w: re.compile(rx, re.IGNORECASE) for w, rx in registry.merged("TRIGGER_NEEDS").items()}
_FULL_DIGITS = frozenset("0123456789０１２３４５６７８９")
_BETWEEN_AFTER_RE = re.compile(registry.alternation("BETWEEN_AFTER"))
_JOINERS_RE = re.compile("|".join(f"(?:{rx})" for rx in registry.tables("BOUND_JOINERS")), re.IGNORECASE)
_SCALE_OF = {k.lower(): v for k, v in MULTIPLIERS.items()} | {"hundred": 100.0, "百": 100.0, "千": 1000.0}
LOWER_ONLY, UPPER_ONLY = ("more_than", "at_least"), ("less_than", "at_most")
_NO_PRE = object()  # _build's answer when the qualifier before the number does not fit it


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in text; offsets into the scanned string."""

    start: int
    end: int
    surface: str
    qualifier: str
    value_low: float | None
    value_best: float | None
    value_high: float | None
    estimate_rule: str
    unit_hint: str | None  # normalised unit from the classifier ("persons", "days", ...)
    classifier: str | None  # the classifier/unit as written ("名", "个月", "%")
    unit_end: int  # end of the classifier (== end when there is none)


# --------------------------------------------------------------------------- scanning
def _factor(g: dict, mult: str, mult_w: str) -> float:
    """The scale after a number: 万, 万亿, "million", and 亿 after 多 (三十万多亿); 1 without one."""
    word = g[mult] or g[mult_w]
    f = MULTIPLIERS.get(word.lower(), 1.0) if word else 1.0
    return f * MULTIPLIERS[g["mult3"]] if mult == "mult" and g["mult3"] else f


def _trailing_scale(raw: str) -> float | None:
    """The scale of at least a hundred a number is written as a multiple of ("three hundred" -> 100,
    "三万" -> 10 000, "二十万" -> 10 000), else None ("one thousand five hundred", "一千五百": none)."""
    words = raw.lower().split()
    head, scale = (" ".join(words[:-1]), _SCALE_OF.get(words[-1])) if len(words) > 1 else (raw[:-1], _SCALE_OF.get(raw[-1:]))
    if not head or not scale or scale < 100:
        return None
    n, whole = parse_number(head), parse_number(raw)
    return scale if n is not None and whole is not None and n * scale == whole else None


def _range_values(g: dict) -> tuple[float, float] | None:
    """(N, M) of "N 至 M" / "3 至 4 万" / "two or three hundred" (a trailing scale scales both), or None."""
    raw, raw2 = g["num"], g["num2"].translate(FULL_WIDTH)
    if len(raw2) > 1 and raw2.startswith("0"):
        return None  # "21-00487": a job number, not a range
    n, n2 = parse_number(raw, _factor(g, "mult", "mult_w")), parse_number(raw2, _factor(g, "mult2", "mult2_w"))
    if n is None or n2 is None:
        return None
    if not (g["mult"] or g["mult_w"]) and (g["mult2"] or g["mult2_w"]):
        n *= MULTIPLIERS[(g["mult2"] or g["mult2_w"]).lower()]
    scale = None if g["mult2"] or g["mult2_w"] else _trailing_scale(g["num2"])
    if scale and n < n2 / scale and not _trailing_scale(raw):
        n *= scale  # "two or three hundred": 200 to 300; 两到三万: 20 000 to 30 000
    if all(r.isascii() and r.isdigit() and len(r) == 4 and 1800 <= int(r) <= 2100 for r in (raw, raw2)):
        return None  # "1992-1994": years, not a count
    return (n, n2) if n < n2 else None


def _numeric(text: str, m: re.Match, g: dict, pre: str | None):
    """(qualifier, low, best, high, end, rule) of a numeric match (``g``: its groups), or None."""
    rng, rsep, between = None, (g["rsep"] or "").lower(), None
    if g["range"]:
        between = _BETWEEN_AFTER_RE.match(text, m.end())
        if rsep not in _PAIR_WORDS or pre == "range" or between:  # "between 5 and 6", "20 和 30 之间"
            rng = _range_values(g)
    if pre == "range" and rng is None:
        return None
    if rng:
        rule = FORM_RULES["pair"] if rsep == "or" else RULES["range"]
        return "range", rng[0], None, rng[1], between.end() if between else m.end(), rule
    end = m.start("range") if g["range"] else m.end()
    raw, factor = g["num"], _factor(g, "mult", "mult_w")
    pair = approximate_pair(raw) if guard.is_characters(raw) else None
    if pair:
        return "range", pair[0] * factor, None, pair[1] * factor, end, FORM_RULES["pair"]
    n = parse_number(raw, factor)
    if n is None:
        return None
    plus = g["plus1"] or g["plus2"]
    qualifier = "plus" if plus and pre in (None, "approximately", "compare") else pre or "exact"
    if qualifier == "plus" and g["plus1"] == "几" and raw.endswith("零"):
        return "plus", n, None, n + 10 * factor, end, FORM_RULES["plus_units"]  # 一百零几: 100 to 110
    if qualifier == "compare":
        return "compare", n, n, n, end, ""
    return (qualifier, *bounds_for(qualifier, n), end, RULES[qualifier])


def _vague(text: str, m: re.Match, end: int, pre_start: int) -> Quantity | None:
    vague = m.group("vague")
    qualifier, low, high, *form = VAGUE[vague.lower()]
    q_end = m.start("range") if m.group("range") else m.end()
    needs = _VAGUE_NEEDS_AFTER.get(vague.lower())
    if needs is not None and not needs.match(text[q_end:q_end + _NEEDS_AFTER_REACH]):
        return None  # "hundreds" counts only as "hundreds of ..."
    unit, cls, unit_end = after.unit_after(text, q_end, end, vague.isascii())
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, float(low), None,
                    None if high is None else float(high), FORM_RULES[form[0]] if form else RULES[qualifier],
                    unit, cls, max(unit_end, q_end))


def _build(text: str, m: re.Match, start: int, end: int, pre: str | None, pre_start: int):
    """The quantity of a match; None when it is no figure; an offset to resume at past a number not read;
    ``_NO_PRE`` when the qualifier before it does not fit (then the number is read alone)."""
    g = m.groupdict()
    if g["vague"]:
        return _vague(text, m, end, pre_start)
    got = _numeric(text, m, g, pre)
    if got is None:
        return _NO_PRE if pre is not None else None
    qualifier, low, best, high, q_end, rule = got
    raw = g["num"] or ""
    s = m.start("pct") if g["pct"] else m.start("num")
    before = guard.before_text(text, s, start)
    if guard.is_identifier_context(text, before, q_end):
        return m.end() if qualifier == "range" else None  # "aged 6 to 22": neither end is a figure
    scaled = bool(g["mult_w"]) or raw[:1].isalpha() and guard.ends_in_scale(raw, None) or (
        qualifier == "range" and guard.ends_in_scale(g["num2"] or "", g["mult2_w"]))  # "4 thousand", "two hundred"
    if guard.goes_on_unread(text, before, q_end, raw, scaled):
        return guard.unread_span(text, s, q_end)
    unit, cls, unit_end = after.unit_after(text, q_end, end, raw.isascii())
    tenths = None if unit else after.tenths(text, q_end, end)
    if tenths:  # 九成: 90 percent
        if guard.continues(text, tenths.end()):
            return guard.unread_span(text, s, tenths.end())  # 七成 六
        half = 5.0 if tenths.group("half") else 0.0
        low, best, high = (None if v is None else v * 10 + half for v in (low, best, high))
        unit, cls, unit_end, rule = "percent", tenths.group().strip(), tenths.end(), FORM_RULES["tenths"]
    if g["pct"]:
        unit, cls = "percent", "百分之"
    post = after.comparative(text, unit_end, end) if qualifier == "compare" else after.post_qualifier(text, unit_end, end)
    if qualifier == "compare" and post is None:
        return _NO_PRE  # 比 N without 大/低: no comparison
    n_end = q_end
    if post and qualifier in ("exact", "approximately", "compare") and not tenths:
        qualifier, q_end = post
        low, best, high = bounds_for(qualifier, best)
        rule = RULES[qualifier]
        if unit is None and cls is None:  # "five hundred or more people", 三十以上人
            unit, cls, unit_end = after.unit_after(text, q_end, end, raw.isascii())
    value = best if best is not None else low
    if guard.is_year_or_code(text, raw, n_end, scaled or bool(g["mult"]), unit, qualifier) or not (
            guard.counts_something(text, s, n_end, raw, (unit, cls), (qualifier, value),
                                   pre is not None or post is not None or qualifier != "exact", start)):
        return m.end() if qualifier == "range" else None
    if guard.is_characters(raw) and guard.is_idiom(text, s, n_end, start):
        return None
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, low, best, high, rule,
                    unit, cls, max(unit_end, q_end))


_PRE_LAST_CHARS = frozenset(w[-1] for w in registry.merged("PRE_QUALIFIERS", spaced=False)) | frozenset(
    "".join(registry.tables("PRE_FILLERS")).replace("|", "")) | frozenset("".join(COMPARISON_SIGNS))


def _may_have_pre(text: str, p: int, lo: int) -> bool:
    """Cheap gate: could a qualifier end just before ``p``? (its last character says)"""
    q = p - 1
    while q >= lo and text[q] in " \u3000\t":
        q -= 1
    return q >= lo and (text[q] in _PRE_LAST_CHARS or text[q].isascii() and text[q].isalpha())


def _pre_before(text: str, p: int, lo: int) -> tuple[str, int] | None:
    """(qualifier as written, its start) of the qualifier ending just before ``p``, else None."""
    if not _may_have_pre(text, p, lo):
        return None
    a = max(lo, p - _PRE_REACH)
    m = _PRE_REVERSED_RE.match(text[a:p][::-1])
    if m is None:
        return None
    return (m.group("pre") or m.group("pre_w"))[::-1], p - m.end()


def _candidate(text: str, t: re.Match, end: int, last: int) -> bool:
    """Cheap check of a scanned token: could a quantity start here?"""
    p, c = t.start(), text[t.start()]
    if c.isascii() and c.isalpha():
        w = t.group().lower()
        needs = _TRIGGER_NEEDS.get(w)
        return w in TRIGGER_WORDS and (needs is None or bool(needs.match(text, t.end(), end)))
    if TRIGGER_RE.match(text, p, end):
        return True
    # a numeral with a qualifier before it counts without a classifier: 超过一千, 大于二十
    numeral = _NUMERAL_START_RE.match(text, p, end)
    return bool(numeral) and numeral.end() - p > (c == "一") and _pre_before(text, p, last) is not None


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    skip: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` outside the ``skip`` spans, in order.

    >>> [(q.surface, q.qualifier, q.value_low, q.value_high) for q in find_quantities("300 多个城市")]
    [('300 多', 'plus', 300.0, 400.0)]
    """
    end = len(text) if end is None else min(end, len(text))
    skips = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    found: list[Quantity] = []
    last = start
    skipped = skips.overlaps if skips else None
    for t in SCAN_RE.finditer(text, start, end):
        p = t.start()
        if p < last or (skipped and skipped(p, p + 1)):
            continue
        if text[p] not in _FULL_DIGITS and not _candidate(text, t, end, last):
            continue
        m = CORE_RE.match(text, p, end)
        if not m or m.end() == p:
            continue
        pm = _pre_before(text, p, last)
        pre = _PRE_KEYS.get(_pre_key(pm[0])) if pm else None
        q = _build(text, m, start, end, pre, pm[1] if pm else p)
        if q is _NO_PRE:  # the qualifier does not fit ("from 12 States"): the number alone
            q = _build(text, m, start, end, None, p)
        if isinstance(q, int):
            last = q  # a number not read: none of its parts is a figure
            continue
        if q is None or (skipped and skipped(q.start, q.end)):
            continue
        found.append(q)
        last = q.unit_end
    return _two_sided(text, found)


def _two_sided(text: str, found: list[Quantity]) -> list[Quantity]:
    """"大于 10 并小于 20", "more than 10 and less than 20": one range from a lower and an upper bound."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and _JOINERS_RE.fullmatch(text, prev.end, q.start):
            lo, hi = (prev, q) if prev.qualifier in LOWER_ONLY else (q, prev)
            if lo.qualifier in LOWER_ONLY and hi.qualifier in UPPER_ONLY and lo.value_low < hi.value_high:
                unit = q if q.unit_hint or q.classifier else prev
                out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], "range", lo.value_low, None,
                                   hi.value_high, FORM_RULES["two_sided"], unit.unit_hint, unit.classifier,
                                   max(q.unit_end, q.end))
                continue
        out.append(q)
    return out

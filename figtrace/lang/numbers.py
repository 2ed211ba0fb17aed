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
from figtrace.lang.bounds import FORM_RULES, RULES, bounds_for
from figtrace.lang.number_tables import NumberTables, for_language
from figtrace.lang.numerals import approximate_pair, parse_number
from figtrace.lang.shapes import FULL_WIDTH
from figtrace.spans import SpanSet

_SHARED = for_language(None)
PRE_QUALIFIERS: dict[str, str] = _SHARED.pre_qualifiers  # the shared (Chinese and English) qualifiers
VAGUE: dict[str, tuple] = _SHARED.vague  # surface -> (qualifier, low, high[, form rule])
CORE_RE = _SHARED.core
_NEEDS_AFTER_REACH = 4  # how far after a vague word its needed word is looked for (" of")
_PRE_REACH = 32  # how far before a number its qualifier may start ("greater than or equal to")
_FULL_DIGITS = frozenset("0123456789０１２３４５６７８９")
LOWER_ONLY, UPPER_ONLY = ("more_than", "at_least"), ("less_than", "at_most")
_CURRENCY_LAST = frozenset("$€£¥")
_CURRENCY_BEFORE = re.compile(r"(?:US\s?)?[$€£¥]\s?$")  # a currency sign before the number, after its qualifier
_NO_PRE = object()  # _build's answer when the qualifier before the number does not fit it
_CHANGE = "change"  # the "from" of a change ("grown from 31 to 56"): no range, no qualifier
_CHANGE_REACH = 40  # how far before the number the verb of change may start
_COMPARISONS = frozenset({"more_than", "less_than", "at_least", "at_most"})


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
def _factor(g: dict, mult: str, mult_w: str, t: NumberTables) -> float:
    """The scale after a number: 万, 万亿, "million", and 亿 after 多 (三十万多亿); 1 without one."""
    word = g[mult] or g[mult_w]
    f = t.multipliers.get(word.lower(), 1.0) if word else 1.0
    return f * t.multipliers[g["mult3"]] if mult == "mult" and g["mult3"] else f


def _trailing_scale(raw: str, t: NumberTables) -> float | None:
    """The scale of at least a hundred a number is written as a multiple of ("three hundred" -> 100,
    "三万" -> 10 000, "二十万" -> 10 000), else None ("one thousand five hundred", "一千五百": none)."""
    words = raw.lower().split()
    head, scale = (" ".join(words[:-1]), t.scale_of.get(words[-1])) if len(words) > 1 else (raw[:-1], t.scale_of.get(raw[-1:]))
    if not head or not scale or scale < 100:
        return None
    n, whole = parse_number(head, 1.0, t), parse_number(raw, 1.0, t)
    return scale if n is not None and whole is not None and n * scale == whole else None


def _range_values(g: dict, t: NumberTables) -> tuple[float, float] | None:
    """(N, M) of "N 至 M" / "3 至 4 万" / "two or three hundred" (a trailing scale scales both), or None."""
    raw, raw2 = g["num"], g["num2"].translate(FULL_WIDTH)
    if len(raw2) > 1 and raw2.startswith("0"):
        return None  # "21-00487": a job number, not a range
    n, n2 = parse_number(raw, _factor(g, "mult", "mult_w", t), t), parse_number(raw2, _factor(g, "mult2", "mult2_w", t), t)
    if n is None or n2 is None:
        return None
    if not (g["mult"] or g["mult_w"]) and (g["mult2"] or g["mult2_w"]):
        n *= t.multipliers[(g["mult2"] or g["mult2_w"]).lower()]
    scale = None if g["mult2"] or g["mult2_w"] else _trailing_scale(g["num2"], t)
    if scale and n < n2 / scale and not _trailing_scale(raw, t):
        n *= scale  # "two or three hundred": 200 to 300; 两到三万: 20 000 to 30 000
    if all(r.isascii() and r.isdigit() and len(r) == 4 and 1800 <= int(r) <= 2100 for r in (raw, raw2)):
        return None  # "1992-1994": years, not a count
    return (n, n2) if n < n2 else None


def _numeric(text: str, m: re.Match, g: dict, pre: str | None, t: NumberTables):
    """(qualifier, low, best, high, end, rule) of a numeric match (``g``: its groups), or None."""
    rng, rsep, between = None, (g["rsep"] or "").lower(), None
    change, pre = pre == _CHANGE, None if pre == _CHANGE else pre
    if g["range"] and not change:
        between = t.between_after.match(text, m.end())
        if rsep not in t.pair_words or pre == "range" or between:  # "between 5 and 6", "20 和 30 之间"
            rng = _range_values(g, t)
    if pre == "range" and rng is None:
        return None
    if rng:
        rule = FORM_RULES["pair"] if rsep == "or" else RULES["range"]
        return "range", rng[0], None, rng[1], between.end() if between else m.end(), rule
    end = m.start("range") if g["range"] else m.end()
    raw, factor = g["num"], _factor(g, "mult", "mult_w", t)
    pair = approximate_pair(raw) if guard.is_characters(raw) else None
    if pair:
        return "range", pair[0] * factor, None, pair[1] * factor, end, FORM_RULES["pair"]
    n = parse_number(raw, factor, t)
    if n is None:
        return None
    plus = g["plus1"] or g["plus2"]
    qualifier = "plus" if plus and pre in (None, "approximately", "compare") else pre or "exact"
    if qualifier == "plus" and g["plus1"] == "几" and raw.endswith("零"):
        return "plus", n, None, n + 10 * factor, end, FORM_RULES["plus_units"]  # 一百零几: 100 to 110
    if qualifier == "compare":
        return "compare", n, n, n, end, ""
    return (qualifier, *bounds_for(qualifier, n), end, RULES[qualifier])


def _vague(text: str, m: re.Match, end: int, pre: tuple[str | None, int], t: NumberTables) -> Quantity | None:
    """A vague amount ("数万", "tens of thousands", "une centaine de"); one read as about N ("un millier") takes
    the bound of a qualifier before it ("plus d'un millier": more than a thousand)."""
    pre, pre_start = pre
    vague = m.group("vague")
    qualifier, low, high, *form = t.vague[vague.lower()]
    q_end = m.start("range") if m.group("range") else m.end()
    needs = t.vague_needs_after.get(vague.lower())
    if needs is not None and not needs.match(text[q_end:q_end + _NEEDS_AFTER_REACH]):
        return None  # "hundreds" counts only as "hundreds of ..."
    unit, cls, unit_end = after.unit_after(text, q_end, end, t.spaced_number(vague), t)
    if qualifier == "approximately":  # "une centaine de", "un millar de": about a hundred, a thousand
        qualifier = pre if pre in RULES and pre not in ("exact", "range") else qualifier
        lo, best, hi = bounds_for(qualifier, float(low))
        return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, lo, best, hi, RULES[qualifier],
                        unit, cls, max(unit_end, q_end))
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, float(low), None,
                    None if high is None else float(high), FORM_RULES[form[0]] if form else RULES[qualifier],
                    unit, cls, max(unit_end, q_end))


def _build(text: str, m: re.Match, span: tuple[int, int], pre: str | None, pre_start: int, t: NumberTables):
    """The quantity of a match; None when it is no figure; an offset to resume at past a number not read;
    ``_NO_PRE`` when the qualifier before it does not fit (then the number is read alone)."""
    start, end = span
    g = m.groupdict()
    if g["vague"]:
        return _vague(text, m, end, (pre, pre_start), t)
    got = _numeric(text, m, g, pre, t)
    if got is None:
        return _NO_PRE if pre is not None else None
    qualifier, low, best, high, q_end, rule = got
    raw = g["num"] or ""
    s = m.start("pct") if g["pct"] else m.start("num")
    before = guard.before_text(text, s, start, t)
    if guard.is_identifier_context(text, before, q_end, t):
        return m.end() if qualifier == "range" else None  # "aged 6 to 22": neither end is a figure
    scaled = bool(g["mult_w"]) or raw[:1].isalpha() and guard.ends_in_scale(raw, None, t) or (
        qualifier == "range" and guard.ends_in_scale(g["num2"] or "", g["mult2_w"], t))  # "4 thousand", "two hundred"
    if guard.goes_on_unread(text, before, q_end, (raw, scaled), t):
        return guard.unread_span(text, s, q_end, t)
    spaced = t.spaced_number(raw)
    unit, cls, unit_end = after.unit_after(text, q_end, end, spaced, t)
    tenths = None if unit else after.tenths(text, q_end, end, t)
    if tenths:  # 九成: 90 percent
        if guard.continues(text, tenths.end(), t):
            return guard.unread_span(text, s, tenths.end(), t)  # 七成 六
        half = 5.0 if tenths.group("half") else 0.0
        low, best, high = (None if v is None else v * 10 + half for v in (low, best, high))
        unit, cls, unit_end, rule = "percent", tenths.group().strip(), tenths.end(), FORM_RULES["tenths"]
    if g["pct"]:
        unit, cls = "percent", "百分之"
    post = after.comparative(text, unit_end, end, t) if qualifier == "compare" else after.post_qualifier(text, unit_end, end, t)
    if qualifier == "compare" and post is None:
        return _NO_PRE  # 比 N without 大/低: no comparison
    n_end = q_end
    if post and qualifier in ("exact", "approximately", "compare") and not tenths:
        qualifier, q_end = post
        low, best, high = bounds_for(qualifier, best)
        rule = RULES[qualifier]
        if unit is None and cls is None:  # "five hundred or more people", 三十以上人
            unit, cls, unit_end = after.unit_after(text, q_end, end, spaced, t)
    value = best if best is not None else low
    if guard.is_year_or_code(text, raw, n_end, (scaled or bool(g["mult"]), unit, qualifier, cls), t) or not (
            guard.counts_something(text, (s, n_end, start), raw, (unit, cls), (qualifier, value),
                                   pre is not None or post is not None or qualifier != "exact", t)):
        return m.end() if qualifier == "range" else None
    if guard.is_characters(raw) and guard.is_idiom(text, s, n_end, start, t):
        return None
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, low, best, high, rule,
                    unit, cls, max(unit_end, q_end))


def _may_have_pre(text: str, p: int, lo: int, t: NumberTables) -> bool:
    """Cheap gate: could a qualifier end just before ``p``? (its last character says)"""
    q = p - 1
    while q >= lo and text[q] in " \u3000\t":
        q -= 1
    return q >= lo and (text[q] in t.pre_last_chars or text[q] in t.letter_chars)


def _pre_before(text: str, p: int, lo: int, t: NumberTables) -> tuple[str, int] | None:
    """(qualifier as written, its start) of the qualifier ending just before ``p``, else None; a
    currency sign may stand between them ("over $3 billion", "approximately €2.4 million")."""
    if p > lo and text[p - 1] in _CURRENCY_LAST or p - 1 > lo and text[p - 1] == " " and text[p - 2] in _CURRENCY_LAST:
        m = _CURRENCY_BEFORE.search(text, max(lo, p - 6), p)
        p = m.start() if m else p
    if not _may_have_pre(text, p, lo, t):
        return None
    a = max(lo, p - _PRE_REACH)
    m = t.pre_reversed.match(text[a:p][::-1])
    if m is None:
        return None
    return (m.group("pre") or m.group("pre_w"))[::-1], p - m.end()


def _candidate(text: str, tok: re.Match, end: int, last: int, t: NumberTables) -> bool:
    """Cheap check of a scanned token: could a quantity start here?"""
    p, c = tok.start(), text[tok.start()]
    if c in t.letter_chars:  # a letter: a number word, a vague word
        w = tok.group().lower()
        needs = t.trigger_needs.get(w)
        return w in t.trigger_words and (needs is None or bool(needs.match(text, tok.end(), end)))
    if t.trigger.match(text, p, end):
        return True
    # a numeral with a qualifier before it counts without a classifier: 超过一千, 大于二十
    numeral = t.numeral_start.match(text, p, end)
    return bool(numeral) and numeral.end() - p > (c == "一") and _pre_before(text, p, last, t) is not None


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    skip: tuple[tuple[int, int], ...] | list[tuple[int, int]] = (),
                    lang: str | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` outside the ``skip`` spans, in order, read as ``lang`` writes them.

    >>> [(q.surface, q.qualifier, q.value_low, q.value_high) for q in find_quantities("300 多个城市")]
    [('300 多', 'plus', 300.0, 400.0)]
    >>> [(q.surface, q.qualifier, q.value_low) for q in find_quantities("plus de 1 500 personnes", lang="fr")]
    [('plus de 1 500', 'more_than', 1500.0)]
    """
    t = for_language(lang)
    end = len(text) if end is None else min(end, len(text))
    skips = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    found: list[Quantity] = []
    last = start
    skipped = skips.overlaps if skips else None
    core, span = t.core, (start, end)
    for tok in t.scan.finditer(text, start, end):
        p = tok.start()
        if p < last or (skipped and skipped(p, p + 1)):
            continue
        if text[p] not in _FULL_DIGITS and not _candidate(text, tok, end, last, t):
            continue
        m = core.match(text, p, end)
        if not m or m.end() == p:
            continue
        pm = _pre_before(text, p, last, t)
        pre = t.pre_keys.get(t.pre_key(pm[0])) if pm else None
        if pre == "range" and t.change_before.search(text, max(last, pm[1] - _CHANGE_REACH), p):
            pm, pre = None, _CHANGE  # "grown from 31 to 56 per cent": the value before a change, alone
        elif pre in _COMPARISONS and t.standard_after.match(text, m.end()):
            pm, pre = None, None  # "高于80%的既定基准": compared with a standard whose value is exact
        q = _build(text, m, span, pre, pm[1] if pm else p, t)
        if q is _NO_PRE:  # the qualifier does not fit ("from 12 States"): the number alone
            q = _build(text, m, span, None, p, t)
        if isinstance(q, int):
            last = q  # a number not read: none of its parts is a figure
            continue
        if q is None or (skipped and skipped(q.start, q.end)):
            continue
        found.append(q)
        last = q.unit_end
    return _two_sided(text, found, t)


def _two_sided(text: str, found: list[Quantity], t: NumberTables) -> list[Quantity]:
    """"大于 10 并小于 20", "more than 10 and less than 20": one range from a lower and an upper bound."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and t.bound_joiners.fullmatch(text, prev.end, q.start):
            lo, hi = (prev, q) if prev.qualifier in LOWER_ONLY else (q, prev)
            if lo.qualifier in LOWER_ONLY and hi.qualifier in UPPER_ONLY and lo.value_low < hi.value_high:
                unit = q if q.unit_hint or q.classifier else prev
                out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], "range", lo.value_low, None,
                                   hi.value_high, FORM_RULES["two_sided"], unit.unit_hint, unit.classifier,
                                   max(q.unit_end, q.end))
                continue
        out.append(q)
    return out

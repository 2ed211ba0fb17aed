"""Quantities in running text: "1 000", "超过 70 万", "100 多万", "数以万计", "about 570" -> bounds.

Pure grammar on strings; no knowledge of documents.  Conventions (data-model.md):
a qualifier is not a range ("超过 70 万" sets only ``value_low``); an exact figure
sets low = best = high; every rule is spelled out in ``RULES`` and copied into
``estimate_rule``.

>>> parse_number("1 000"), parse_number("７０万"), parse_number("一百"), parse_number("1.2 million")
(1000.0, 700000.0, 100.0, 1200000.0)
>>> q = find_quantities("超过 70 万阿塞拜疆人")[0]
>>> (q.surface, q.qualifier, q.value_low, q.value_best, q.value_high)
('超过 70 万', 'more_than', 700000.0, None, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figtrace.lang.numwords import (  # noqa: F401  (parse_number, step_of, tables: part of this module's API)
    _CN_BIG,
    _CN_SMALL,
    _CN_VAL,
    _EN_TENS,
    _EN_UNITS,
    _FW,
    _SEP,
    CLASSIFIERS,
    EN_NOUN_UNITS,
    EN_TIME,
    IDIOMS,
    MULTIPLIERS,
    TIME_UNITS,
    parse_chinese,
    parse_english,
    parse_number,
    step_of,
)
from figtrace.spans import SpanSet  # noqa: F401

# --------------------------------------------------------------------------- rules (data)
RULES = {
    "exact": "exact figure: value_low = value_best = value_high = N",
    "approximately": "约/大约/about N: value_best = N, no bounds",
    "more_than": "超过/逾/more than N: value_low = N, nothing else",
    "at_least": "至少/不少于/N 以上/at least N: value_low = N",
    "less_than": "不到/不足/less than N: value_high = N",
    "at_most": "不超过/最多/up to N: value_high = N",
    "nearly": "近/将近/nearly N: value_high = N",
    "plus": "N 多/N 余 (N-odd): value_low = N, value_high = N + one step of N's last non-zero digit",
    "range": "N 至 M / between N and M: value_low = N, value_high = M",
    "tens_of": "数十/数万/数以万计/tens of: value_low = 10 x unit, value_high = 100 x unit",
    "hundreds_of": "数百/hundreds of: value_low = 100 x unit, value_high = 1 000 x unit",
    "thousands_of": "数千/成千上万/thousands of: value_low = 1 000 x unit, value_high = 10 000 x unit",
    "upwards_of": "上百/上千/上万: value_low = N",
}
QUALIFIERS = frozenset(RULES)
_NEEDS = {  # qualifier -> (low, best, high) that must be present (True) / absent (False) / free (None)
    "exact": (True, True, True), "approximately": (None, True, None),
    "more_than": (True, False, False), "at_least": (True, False, False),
    "upwards_of": (True, False, False), "less_than": (False, False, True),
    "at_most": (False, False, True), "nearly": (False, False, True),
    "plus": (True, False, True), "range": (True, None, True),
    "tens_of": (True, False, True), "hundreds_of": (True, False, True),
    "thousands_of": (True, False, True),
}

PRE_QUALIFIERS = {
    "不超过": "at_most", "最多": "at_most", "至多": "at_most", "up to": "at_most",
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "at least": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "超过": "more_than", "逾": "more_than", "多于": "more_than", "高于": "more_than",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "upwards of": "more_than",
    "不到": "less_than", "不足": "less_than", "少于": "less_than", "低于": "less_than",
    "未满": "less_than", "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "将近": "nearly", "接近": "nearly", "几乎": "nearly", "近": "nearly", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "大约": "approximately", "大概": "approximately", "约": "approximately",
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "between": "range",
}
POST_QUALIFIERS = {"以上": "at_least", "左右": "approximately", "上下": "approximately", "or more": "at_least"}

# Vague amounts: surface -> (qualifier, low, high)
VAGUE = {
    "数十": ("tens_of", 10, 100), "数百": ("hundreds_of", 100, 1_000),
    "数千": ("thousands_of", 1_000, 10_000), "数万": ("tens_of", 10_000, 100_000),
    "数十万": ("hundreds_of", 100_000, 1_000_000), "数百万": ("thousands_of", 1_000_000, 10_000_000),
    "数以十计": ("tens_of", 10, 100), "数以百计": ("hundreds_of", 100, 1_000),
    "数以千计": ("thousands_of", 1_000, 10_000), "数以万计": ("tens_of", 10_000, 100_000),
    "数以十万计": ("hundreds_of", 100_000, 1_000_000), "数以百万计": ("thousands_of", 1_000_000, 10_000_000),
    "成百上千": ("hundreds_of", 100, 1_000), "成千上万": ("thousands_of", 1_000, 100_000),
    "上百": ("upwards_of", 100, None), "上千": ("upwards_of", 1_000, None), "上万": ("upwards_of", 10_000, None),
    "tens of thousands": ("tens_of", 10_000, 100_000), "hundreds of thousands": ("hundreds_of", 100_000, 1_000_000),
    "tens of millions": ("tens_of", 10_000_000, 100_000_000), "hundreds": ("hundreds_of", 100, 1_000),
    "thousands": ("thousands_of", 1_000, 10_000), "millions": ("thousands_of", 1_000_000, 10_000_000),
}



# --------------------------------------------------------------------------- grammar
_D = "[0-9０-９]"
_DIG = rf"(?<![0-9０-９A-Za-z.,/_\-−:：+])(?:{_D}{{1,3}}(?:{_SEP}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
_DIG2 = rf"(?:{_D}{{1,3}}(?:{_SEP}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
_CN_DIGITS = "〇零一二两三四五六七八九"
_CN = rf"[{_CN_DIGITS}十百千][{_CN_DIGITS}十百千万亿]*"
_EN_WORD = (rf"(?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(_EN_UNITS[:9])}))?|"
            rf"(?:{'|'.join(sorted(_EN_UNITS, key=len, reverse=True))})")
_EN = rf"\b(?:{_EN_WORD})(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_EN_WORD}))?)?\b"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PRE_CN = [w for w in PRE_QUALIFIERS if not w.isascii()]
_PRE_EN = [w for w in PRE_QUALIFIERS if w.isascii()]
_PRE = (rf"(?:(?P<pre>{_alt(w for w in _PRE_CN if w not in ('近', '约'))}|(?<![最附邻临])近|(?<![条公契合节预])约)"
        rf"|\b(?P<pre_en>{_alt(_PRE_EN)})\s+)")
PRE_END_RE = re.compile(rf"{_PRE}\s*$", re.IGNORECASE)
_MULT = r"(?:\s*(?P<mult>千万|百万|[万亿])|\s+(?P<mult_en>thousand|million|billion)\b)"
_VAGUE_CN = _alt(k for k in VAGUE if not k.isascii())
_VAGUE_EN = _alt(k for k in VAGUE if k.isascii())
CORE_RE = re.compile(
    rf"(?:(?P<vague>{_VAGUE_CN}|\b(?:{_VAGUE_EN})\b)"
    rf"|(?P<pct>百分之)?(?P<num>{_DIG}|{_CN}|{_EN})(?:\s*(?P<plus1>[多余]))?{_MULT}?(?:\s*(?P<plus2>[多余]))?"
    rf"(?P<range>\s*(?P<rsep>至|到|~|～|–|—|-|\bto\b|\band\b)\s*(?P<num2>{_DIG2}|{_CN}|{_EN})"
    rf"(?:\s*(?P<mult2>千万|百万|[万亿])|\s+(?P<mult2_en>thousand|million|billion)\b)?)?)",
    re.IGNORECASE,
)
_CN_NEXT = rf"(?=\s*(?:[多余万亿]|{_alt(CLASSIFIERS)}))"  # a Chinese numeral counts only before these
TRIGGER_RE = re.compile(
    rf"[0-9０-９]+|(?:[二两三四五六七八九十百千〇零][{_CN_DIGITS}十百千万亿]*|一[{_CN_DIGITS}十百千万亿]+){_CN_NEXT}"
    rf"|一(?=\s*(?:个月|个星期|年|天|周|星期|小时))|数(?=[十百千万以])|成[百千]|上[百千万]|百分之"
    rf"|\b(?:tens|hundreds|thousands|millions|{'|'.join(_EN_TENS)}|{'|'.join(_EN_UNITS)})\b",
    re.IGNORECASE,
)
# One cheap scan; candidates are then confirmed with TRIGGER_RE (Chinese) or EN_TRIGGER_WORDS
# (English).  Tokens: digit runs, letter runs, one Chinese numeral character.  The pattern
# opens with one character class (the run's kind is then told by a lookbehind): only then
# does the regex engine skip other text in C.
SCAN_RE = re.compile(r"[0-9０-９A-Za-z二两三四五六七八九十百千〇零一数成上]"
                     r"(?:(?<=[0-9０-９])[0-9０-９]*|(?<=[A-Za-z])[A-Za-z]*|)")
EN_TRIGGER_WORDS = frozenset(["tens", "hundreds", "thousands", "millions", *_EN_TENS, *_EN_UNITS])
_FULL_DIGITS = frozenset("0123456789０１２３４５６７８９")
_CLASSIFIER_RE = re.compile(rf"\s*(?P<cls>{_alt(CLASSIFIERS)})")
_POST_RE = re.compile(rf"\s*(?P<post>{_alt(POST_QUALIFIERS)})")
_EN_WORD_RE = re.compile(r"\s+(?P<noun>[A-Za-z][A-Za-z\-]*)")
_EN_PERCENT_RE = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_IDIOM_RE = re.compile(_alt(IDIOMS))
_ORDINAL_BEFORE_RE = re.compile(r"(?:第|星期|礼拜|初|之|No\.|no\.|Nos\.|#)\s*$|[同某每这那唯统专单逐]$")
_ID_WORD_BEFORE_RE = re.compile(
    r"\b(?:paras?\.|paragraphs?|articles?|arts?\.|pages?|pp?\.|items?|resolutions?|decisions?|"
    r"chapters?|sections?|annex(?:es)?|rules?|regiment|brigade|division|meeting|session|"
    r"volume|vol\.|case|numbers?|nos?\.|footnotes?|notes?|table|figure|part|clause)\s*$",
    re.IGNORECASE,
)
_DESIGNATOR_AFTER_RE = re.compile(r"\s*(?:日|号|條|条|款|段|页|届|团|师|旅|营|点|时(?!间|期)|月(?!份)|年代|[ap]\.m\.)")
_GLUED_AFTER_RE = re.compile(r"[A-Za-z0-9０-９]|[-/:：][0-9]")
_EN_STOP = frozenset(("and or to in on at by for with from is are was were per as than that which a an went had have "
                      "has been be remained died fled left lost became who whom whose were").split())
_EN_SKIP = frozenset("of the their its these those his her our".split())
_YEAR_AFTER_RE = re.compile(r"\s*年(?!代)")


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


def bounds_for(qualifier: str, n: float, high: float | None = None) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) for a qualifier and its figure(s), per ``RULES``."""
    if qualifier == "exact":
        return n, n, n
    if qualifier == "approximately":
        return None, n, None
    if qualifier in ("more_than", "at_least", "upwards_of"):
        return n, None, None
    if qualifier in ("less_than", "at_most", "nearly"):
        return None, None, n
    if qualifier == "plus":
        return n, None, n + step_of(n)
    return n, None, high  # range and vague amounts


def bounds_problem(qualifier: str | None, low: float | None, best: float | None, high: float | None) -> str | None:
    """Why (qualifier, low, best, high) break the conventions, or None when they hold.

    >>> bounds_problem("more_than", None, None, None)
    'more_than needs value_low'
    >>> bounds_problem("exact", 5.0, 5.0, 5.0) is None
    True
    """
    vals = {"value_low": low, "value_best": best, "value_high": high}
    if qualifier is None:
        return None if all(v is None for v in vals.values()) else "values without a qualifier"
    if qualifier not in _NEEDS:
        return f"unknown qualifier {qualifier!r}"
    for (name, v), need in zip(vals.items(), _NEEDS[qualifier]):
        if need is True and v is None:
            return f"{qualifier} needs {name}"
        if need is False and v is not None:
            return f"{qualifier} must leave {name} empty"
    present = [v for v in (low, best, high) if v is not None]
    if any(a > b for a, b in zip(present, present[1:])):
        return "value_low <= value_best <= value_high does not hold"
    if qualifier == "exact" and not low == best == high:
        return "exact needs value_low == value_best == value_high"
    return None


# --------------------------------------------------------------------------- scanning
def _value(m: re.Match, num: str, mult: str | None, mult_en: str | None) -> float | None:
    n = parse_number(m.group(num))
    factor = MULTIPLIERS.get((m.group(mult) or m.group(mult_en) or "").lower(), 1.0)
    return None if n is None else n * factor


def _unit_after(text: str, pos: int, end: int, ascii_num: bool) -> tuple[str | None, str | None, int]:
    """(unit_hint, classifier as written, end of classifier) right after a number."""
    m = _EN_PERCENT_RE.match(text, pos, end)
    if m:
        return "percent", m.group().strip(), m.end()
    m = _CLASSIFIER_RE.match(text, pos, end)
    if m and not (m.group("cls").isascii() and m.group("cls").isalpha()):
        cls = m.group("cls")
        if cls == "个" and text.startswith(("月", "星期"), m.end()):
            cls = "个月" if text.startswith("月", m.end()) else "个星期"
            return CLASSIFIERS[cls], cls, m.end() + len(cls) - 1
        return CLASSIFIERS[cls], cls, m.end()
    return _english_noun(text, pos, end) if ascii_num else (None, None, pos)


def _english_noun(text: str, pos: int, end: int) -> tuple[str | None, str | None, int]:
    """The counted noun within three words ("613 Azerbaijani civilians", "500,000 of their inhabitants")."""
    first = None
    for _ in range(4):
        m = _EN_WORD_RE.match(text, pos, end)
        if m is None or m.group("noun").lower() in _EN_STOP:
            break
        word, pos = m.group("noun"), m.end()
        if word.lower() in EN_NOUN_UNITS:
            return EN_NOUN_UNITS[word.lower()], word, pos
        if word.lower() not in _EN_SKIP and first is None:
            first = (None, word, pos)
    return first or (None, None, pos if first is None else first[2])


def _is_identifier_context(text: str, s: int, e: int, lo: int) -> bool:
    """True where the number is an ordinal, a reference number or a date part."""
    before = text[max(lo, s - 16):s]
    if _ORDINAL_BEFORE_RE.search(before) or _ID_WORD_BEFORE_RE.search(before):
        return True
    return bool(_DESIGNATOR_AFTER_RE.match(text, e) or _GLUED_AFTER_RE.match(text, e))


def _range_values(m: re.Match) -> tuple[float, float] | None:
    """(N, M) of "N 至 M" / "3 至 4 万" (a trailing 万 scales both), or None when it is no range."""
    raw2 = m.group("num2").translate(_FW)
    if len(raw2) > 1 and raw2.startswith("0"):
        return None  # "21-00487": a job number, not a range
    n, n2 = _value(m, "num", "mult", "mult_en"), _value(m, "num2", "mult2", "mult2_en")
    if n is None or n2 is None:
        return None
    if not (m.group("mult") or m.group("mult_en")) and (m.group("mult2") or m.group("mult2_en")):
        n *= MULTIPLIERS[(m.group("mult2") or m.group("mult2_en")).lower()]
    return (n, n2) if n < n2 else None


def _numeric(m: re.Match, pre: str | None):
    """(qualifier, low, best, high, end) of a numeric match, or None."""
    rng = None
    if m.group("range") and (m.group("rsep").lower() != "and" or pre == "range"):
        rng = _range_values(m)
    if pre == "range" and rng is None:
        return None
    if rng:
        return "range", rng[0], None, rng[1], m.end()
    n = _value(m, "num", "mult", "mult_en")
    if n is None:
        return None
    qualifier = pre or ("plus" if (m.group("plus1") or m.group("plus2")) else "exact")
    end = m.start("range") if m.group("range") else m.end()
    return (qualifier, *bounds_for(qualifier, n), end)


def _build(text: str, m: re.Match, start: int, end: int, pre: str | None, pre_start: int) -> Quantity | None:
    vague = m.group("vague")
    if vague:
        qualifier, low, high = VAGUE[vague.lower()]
        q_end = m.start("range") if m.group("range") else m.end()
        if vague.isascii() and vague.lower() in ("hundreds", "thousands", "millions") and not re.match(r"\s+of\b", text[q_end:q_end + 4]):
            return None
        low, best, high = float(low), None, (None if high is None else float(high))
    else:
        got = _numeric(m, pre)
        if got is None:
            return None
        qualifier, low, best, high, q_end = got
    raw = m.group("num") or ""
    unit, cls, unit_end = _unit_after(text, q_end, end, raw.isascii())
    if m.group("pct"):
        unit, cls = "percent", "百分之"
    if not vague and _reject(text, m, q_end, unit, cls, qualifier, _is_cn(raw), pre_start, start):
        return None
    post = _POST_RE.match(text, unit_end, end)
    if post and qualifier == "exact" and not vague:
        qualifier = POST_QUALIFIERS[post.group("post")]
        low, best, high = bounds_for(qualifier, best)
        q_end = post.end()
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, low, best, high, RULES[qualifier],
                    unit, cls, max(unit_end, q_end))


_CN_CHARS = frozenset(_CN_VAL) | frozenset(_CN_SMALL) | frozenset(_CN_BIG)


def _is_cn(raw: str) -> bool:
    return not _CN_CHARS.isdisjoint(raw)


def _reject(text, m, q_end, unit, cls, qualifier, num_is_cn, pre_start, lo) -> bool:
    """Numbers that are not figures: ordinals, references, years, articles (一), idioms."""
    s = m.start("pct") if m.group("pct") else m.start("num")
    if _is_identifier_context(text, s, q_end, lo):
        return True
    if _GLUED_AFTER_RE.match(text, q_end):
        return True
    raw = m.group("num")
    if len(raw) > 1 and raw[0] in "0０" and raw[1] not in ".．":
        return True  # "00", "007": a code, not a count
    if raw.isascii() and raw.isdigit() and len(raw) == 4 and not (m.group("mult") or m.group("mult_en")):
        if _YEAR_AFTER_RE.match(text, q_end) and qualifier == "exact":
            return True  # "1993 年" is a date
        if unit is None and 1800 <= int(raw) <= 2100 and qualifier == "exact":
            return True  # a bare "1993" is a year, not a count
    if num_is_cn or raw.isalpha():
        if cls is None and unit is None:
            return True  # a Chinese or English numeral counts only with a classifier or noun
        if parse_number(raw) == 1 and unit not in TIME_UNITS:
            return True  # 一个 / 一项 / one: an indefinite article
        if _IDIOM_RE.search(text, max(lo, s - 3), min(len(text), q_end + 3)):
            return True
    return False


_PRE_LAST_CHARS = frozenset(w[-1] for w in PRE_QUALIFIERS if not w.isascii())


def _may_have_pre(text: str, p: int, lo: int) -> bool:
    """Cheap gate: could a qualifier end just before ``p``? (its last character says)"""
    q = p - 1
    while q >= lo and text[q] in " \u3000\t":
        q -= 1
    return q >= lo and (text[q] in _PRE_LAST_CHARS or text[q].isascii() and text[q].isalpha())


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
        c = text[p]
        if c.isascii() and c.isalpha():
            if t.group().lower() not in EN_TRIGGER_WORDS:
                continue
        elif c not in _FULL_DIGITS and not TRIGGER_RE.match(text, p, end):
            continue
        m = CORE_RE.match(text, p, end)
        if not m or m.end() == p:
            continue
        pm = PRE_END_RE.search(text, max(last, p - 16), p) if _may_have_pre(text, p, last) else None
        pre_word = (pm.group("pre") or pm.group("pre_en")) if pm else None
        pre = PRE_QUALIFIERS[pre_word.lower()] if pre_word else None
        q = _build(text, m, start, end, pre, pm.start() if pm else p)
        if q is None and pre is not None:
            q = _build(text, m, start, end, None, p)
        if q is None or (skipped and skipped(q.start, q.end)):
            continue
        found.append(q)
        last = q.unit_end
    return found

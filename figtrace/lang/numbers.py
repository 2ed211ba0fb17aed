"""Quantities in running text: "1 000", "超过 70 万", "100 多万", "数以万计", "about 570" -> bounds.

Pure grammar on strings; no knowledge of documents.  The patterns are built from the
registered languages' tables (``registry``: qualifiers, vague amounts, classifiers,
numeral patterns, the words that make a number an identifier); the bounds follow the
conventions of ``figtrace.lang.bounds``.

>>> q = find_quantities("超过 70 万阿塞拜疆人")[0]
>>> (q.surface, q.qualifier, q.value_low, q.value_best, q.value_high)
('超过 70 万', 'more_than', 700000.0, None, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figtrace.lang import registry
from figtrace.lang.bounds import RULES, bounds_for
from figtrace.lang.numerals import MULTIPLIERS, NUMERAL_CHARS, parse_number
from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import FULL_WIDTH, GROUP_SEPARATOR, alt
from figtrace.spans import SpanSet

# --------------------------------------------------------------------------- words (from the languages)
PRE_QUALIFIERS: dict[str, str] = registry.merged("PRE_QUALIFIERS")
POST_QUALIFIERS: dict[str, str] = registry.merged("POST_QUALIFIERS")
VAGUE: dict[str, tuple] = registry.merged("VAGUE")  # surface -> (qualifier, low, high)
CLASSIFIERS: dict[str, str | None] = registry.merged("CLASSIFIERS")  # classifier -> normalised unit
NOUN_UNITS: dict[str, str | None] = registry.merged("NOUN_UNITS")  # counted noun -> normalised unit
IDIOMS = tuple(registry.joined("IDIOMS"))
TIME_UNITS = {"days": "days", "years": "years", "months": "months", "weeks": "weeks", "hours": "hours",
              "decades": "decades"}  # the normalised units a duration has
_COMPOUNDS = registry.merged("CLASSIFIER_COMPOUNDS")  # 个 + 月 = 个月
_VAGUE_NEEDS_AFTER = {k: re.compile(rx) for k, rx in registry.merged("VAGUE_NEEDS_AFTER").items()}
_NEEDS_AFTER_REACH = 4  # how far after a vague word its needed word is looked for (" of")
_NOUN_STOPS = frozenset(registry.joined("NOUN_STOPS"))
_NOUN_SKIPS = frozenset(registry.joined("NOUN_SKIPS"))
_PAIR_WORDS = frozenset(registry.joined("PAIR_WORDS"))  # "5 and 6" is two figures, unless "between" opens it
_LETTERS = "".join(registry.tables("LETTERS"))  # letters of the languages written with spaces: A-Za-z


def _guarded(words: dict, guards: dict) -> str:
    """An alternation of qualifier words; a guarded word is no qualifier after its guard characters."""
    plain = [alt(w for w in words if w not in guards)]
    return "|".join(plain + [f"(?<![{chars}]){re.escape(w)}" for w, chars in guards.items() if w in words])


def _run_and_spaced(table: str, spaced_wrap: str = r"\b(?:{})\b") -> str:
    """An alternation of a word table: run-together words as they are, spaced words wrapped."""
    run = alt(registry.merged(table, spaced=False))
    spaced = alt(registry.merged(table, spaced=True))
    return "|".join(filter(None, [run, spaced and spaced_wrap.format(spaced)]))


# --------------------------------------------------------------------------- grammar
_SEP = GROUP_SEPARATOR
_DIG = rf"(?<![0-9０-９{_LETTERS}.,/_\-−:：+])(?:{_D}{{1,3}}(?:{_SEP}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
_DIG2 = rf"(?:{_D}{{1,3}}(?:{_SEP}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
_NUMERALS = registry.alternation("NUMERAL_PATTERN")  # 三千五百, twenty-five ...
_PRE = (rf"(?:(?P<pre>{_guarded(registry.merged('PRE_QUALIFIERS', spaced=False), registry.merged('PRE_QUALIFIER_GUARDS'))})"
        rf"|\b(?P<pre_w>{alt(registry.merged('PRE_QUALIFIERS', spaced=True))})\s+)")
PRE_END_RE = re.compile(rf"{_PRE}\s*$", re.IGNORECASE)
_MULT_RUN = alt(registry.merged("MULTIPLIERS", spaced=False))  # 千万, 万 ...: right after the digits
_MULT_SPACED = alt(registry.merged("MULTIPLIERS", spaced=True))  # thousand, million ...: after a space
_MULT = rf"(?:\s*(?P<mult>{_MULT_RUN})|\s+(?P<mult_w>{_MULT_SPACED})\b)"
_RANGE_SEP = "|".join([alt(registry.joined("RANGE_WORDS", spaced=False)), "~|～|–|—|-",
                       *(rf"\b{re.escape(w)}\b" for w in registry.joined("RANGE_WORDS", spaced=True))])
_PLUS = alt(registry.joined("PLUS_WORDS"))
CORE_RE = re.compile(
    rf"(?:(?P<vague>{_run_and_spaced('VAGUE')})"
    rf"|(?P<pct>{alt(registry.joined('PERCENT_BEFORE'))})?(?P<num>{_DIG}|{_NUMERALS})(?:\s*(?P<plus1>{_PLUS}))?{_MULT}?"
    rf"(?:\s*(?P<plus2>{_PLUS}))?"
    rf"(?P<range>\s*(?P<rsep>{_RANGE_SEP})\s*(?P<num2>{_DIG2}|{_NUMERALS})"
    rf"(?:\s*(?P<mult2>{_MULT_RUN})|\s+(?P<mult2_w>{_MULT_SPACED})\b)?)?)",
    re.IGNORECASE,
)
# Where a numeral of a run-together script counts (before 多/万/a classifier ...).
TRIGGER_RE = re.compile(registry.alternation("NUMERAL_TRIGGER", spaced=False), re.IGNORECASE)
# One cheap scan; candidates are then confirmed with TRIGGER_RE (numeral characters) or
# TRIGGER_WORDS (number words).  Tokens: digit runs, letter runs, one numeral character.  The
# pattern opens with one character class (the run's kind is then told by a lookbehind): only
# then does the regex engine skip other text in C.
SCAN_RE = re.compile(rf"[0-9０-９{_LETTERS}{''.join(registry.tables('SCAN_CHARS'))}]"
                     rf"(?:(?<=[0-9０-９])[0-9０-９]*|(?<=[{_LETTERS}])[{_LETTERS}]*|)")
TRIGGER_WORDS = frozenset(registry.joined("TRIGGER_WORDS"))
_FULL_DIGITS = frozenset("0123456789０１２３４５６７８９")
_CLASSIFIER_RE = re.compile(rf"\s*(?P<cls>{alt(CLASSIFIERS)})")
_POST_RE = re.compile(rf"\s*(?P<post>{alt(POST_QUALIFIERS)})")
_NOUN_RE = re.compile(rf"\s+(?P<noun>[{_LETTERS}][{_LETTERS}\-]*)")
_PERCENT_RE = re.compile(rf"\s*(?:%|{registry.alternation('PERCENT_AFTER')})", re.IGNORECASE)
_IDIOM_RE = re.compile(alt(IDIOMS))
_ORDINAL_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, registry.joined('ORDINAL_BEFORE')))}|#)\s*$"
                                rf"|[{''.join(registry.tables('NOT_AFTER_CHARS'))}]$")
_ID_WORD_BEFORE_RE = re.compile(rf"\b(?:{registry.alternation('IDENTIFIER_NOUNS_BEFORE')})\s*$", re.IGNORECASE)
_DESIGNATOR_AFTER_RE = re.compile(rf"\s*(?:{registry.alternation('DESIGNATORS_AFTER')})")
_GLUED_AFTER_RE = re.compile(rf"[{_LETTERS}0-9０-９]|[-/:：][0-9]")
_YEAR_AFTER_RE = re.compile(rf"\s*(?:{registry.alternation('YEAR_AFTER')})")


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
def _value(m: re.Match, num: str, mult: str, mult_w: str) -> float | None:
    n = parse_number(m.group(num))
    factor = MULTIPLIERS.get((m.group(mult) or m.group(mult_w) or "").lower(), 1.0)
    return None if n is None else n * factor


def _unit_after(text: str, pos: int, end: int, ascii_num: bool) -> tuple[str | None, str | None, int]:
    """(unit_hint, classifier as written, end of classifier) right after a number."""
    m = _PERCENT_RE.match(text, pos, end)
    if m:
        return "percent", m.group().strip(), m.end()
    m = _CLASSIFIER_RE.match(text, pos, end)
    if m and not (m.group("cls").isascii() and m.group("cls").isalpha()):
        cls = m.group("cls")
        nxt = next((w for w in _COMPOUNDS.get(cls, ()) if text.startswith(w, m.end())), None)
        if nxt is not None:  # "个" + "月": one classifier
            return CLASSIFIERS[cls + nxt], cls + nxt, m.end() + len(nxt)
        return CLASSIFIERS[cls], cls, m.end()
    return _english_noun(text, pos, end) if ascii_num else (None, None, pos)


def _english_noun(text: str, pos: int, end: int) -> tuple[str | None, str | None, int]:
    """The counted noun within three words ("613 Azerbaijani civilians", "500,000 of their inhabitants")."""
    first = None
    for _ in range(4):
        m = _NOUN_RE.match(text, pos, end)
        if m is None or m.group("noun").lower() in _NOUN_STOPS:
            break
        word, pos = m.group("noun"), m.end()
        if word.lower() in NOUN_UNITS:
            return NOUN_UNITS[word.lower()], word, pos
        if word.lower() not in _NOUN_SKIPS and first is None:
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
    raw2 = m.group("num2").translate(FULL_WIDTH)
    if len(raw2) > 1 and raw2.startswith("0"):
        return None  # "21-00487": a job number, not a range
    n, n2 = _value(m, "num", "mult", "mult_w"), _value(m, "num2", "mult2", "mult2_w")
    if n is None or n2 is None:
        return None
    if not (m.group("mult") or m.group("mult_w")) and (m.group("mult2") or m.group("mult2_w")):
        n *= MULTIPLIERS[(m.group("mult2") or m.group("mult2_w")).lower()]
    return (n, n2) if n < n2 else None


def _numeric(m: re.Match, pre: str | None):
    """(qualifier, low, best, high, end) of a numeric match, or None."""
    rng = None
    if m.group("range") and (m.group("rsep").lower() not in _PAIR_WORDS or pre == "range"):  # "between 5 and 6"
        rng = _range_values(m)
    if pre == "range" and rng is None:
        return None
    if rng:
        return "range", rng[0], None, rng[1], m.end()
    n = _value(m, "num", "mult", "mult_w")
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
        needs = _VAGUE_NEEDS_AFTER.get(vague.lower())
        if needs is not None and not needs.match(text[q_end:q_end + _NEEDS_AFTER_REACH]):
            return None  # "hundreds" counts only as "hundreds of ..."
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
    if not vague and _reject(text, m, q_end, unit, cls, qualifier, _is_characters(raw), pre_start, start):
        return None
    post = _POST_RE.match(text, unit_end, end)
    if post and qualifier == "exact" and not vague:
        qualifier = POST_QUALIFIERS[post.group("post")]
        low, best, high = bounds_for(qualifier, best)
        q_end = post.end()
    return Quantity(pre_start, q_end, text[pre_start:q_end], qualifier, low, best, high, RULES[qualifier],
                    unit, cls, max(unit_end, q_end))


def _is_characters(raw: str) -> bool:
    """True for a number written in numeral characters (三千), not digits or words."""
    return not NUMERAL_CHARS.isdisjoint(raw)


def _reject(text, m, q_end, unit, cls, qualifier, in_characters, pre_start, lo) -> bool:
    """Numbers that are not figures: ordinals, references, years, articles (一), idioms."""
    s = m.start("pct") if m.group("pct") else m.start("num")
    if _is_identifier_context(text, s, q_end, lo):
        return True
    if _GLUED_AFTER_RE.match(text, q_end):
        return True
    raw = m.group("num")
    if len(raw) > 1 and raw[0] in "0０" and raw[1] not in ".．":
        return True  # "00", "007": a code, not a count
    if raw.isascii() and raw.isdigit() and len(raw) == 4 and not (m.group("mult") or m.group("mult_w")):
        if _YEAR_AFTER_RE.match(text, q_end) and qualifier == "exact":
            return True  # "1993 年" is a date
        if unit is None and 1800 <= int(raw) <= 2100 and qualifier == "exact":
            return True  # a bare "1993" is a year, not a count
    if in_characters or raw.isalpha():
        if cls is None and unit is None:
            return True  # a Chinese or English numeral counts only with a classifier or noun
        if parse_number(raw) == 1 and unit not in TIME_UNITS:
            return True  # 一个 / 一项 / one: an indefinite article
        if _IDIOM_RE.search(text, max(lo, s - 3), min(len(text), q_end + 3)):
            return True
    return False


_PRE_LAST_CHARS = frozenset(w[-1] for w in registry.merged("PRE_QUALIFIERS", spaced=False))


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
            if t.group().lower() not in TRIGGER_WORDS:
                continue
        elif c not in _FULL_DIGITS and not TRIGGER_RE.match(text, p, end):
            continue
        m = CORE_RE.match(text, p, end)
        if not m or m.end() == p:
            continue
        pm = PRE_END_RE.search(text, max(last, p - 16), p) if _may_have_pre(text, p, last) else None
        pre_word = (pm.group("pre") or pm.group("pre_w")) if pm else None
        pre = PRE_QUALIFIERS[pre_word.lower()] if pre_word else None
        q = _build(text, m, start, end, pre, pm.start() if pm else p)
        if q is None and pre is not None:
            q = _build(text, m, start, end, None, p)
        if q is None or (skipped and skipped(q.start, q.end)):
            continue
        found.append(q)
        last = q.unit_end
    return found

"""Numbers spelled out in French, Spanish, Russian and Arabic: "trois cents", "doscientos", "двух тысяч", "ألفين".

Why a grammar of its own and not a library: text2num (PyPI) reads French and Spanish but
neither Russian nor Arabic, and rewrites whole texts where figtrace needs the value of one
span it has found; num2words writes numbers, it does not read them.  The four languages
share one shape - a sum of groups below a thousand, each times a falling scale, a group
made of a hundreds word, a tens word, a teen and a unit in either order ("vingt et un",
Arabic "واحد وعشرون") - so one table-driven reader serves them all.  Each language gives
its words with their case and gender forms (``NUMBER_WORDS``: "пяти", "خمسة"; compounds
such as "quatre-vingt" and "dix-sept" as single entries), the hundreds that multiply
(``NUMBER_HUNDREDS``: "cent", "مائة"), its scales (``MULTIPLIERS``: "mille", "тысяч",
"آلاف"), the "and" between words (``NUMBER_JOINERS``: et, y, و) and the prefix glued to a
word (``NUMBER_WORD_PREFIXES``: Arabic و).  Words worth a thousand or more are a scale with
its count ("ألفين": two thousand).  tests/test_languages.py reads back what num2words writes
for every number up to 10 000 and a sample above.

A form that breaks the grammar ("cinq trois", "mille deux mille") gives None, never a guess.

>>> from figtrace.lang.number_tables import for_language as tables
>>> parse_spelled("quatre-vingt-dix-sept", tables("fr")), parse_spelled("dos millones quinientos mil", tables("es"))
(97.0, 2500000.0)
>>> parse_spelled("двух тысяч", tables("ru")), parse_spelled("ألفان وخمسة عشر", tables("ar")), parse_spelled("cinq trois", tables("fr"))
(2000.0, 2015.0, None)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tables are handed in; importing them here would be a cycle
    from figtrace.lang.number_tables import NumberTables

_SPLIT_RE = re.compile(r"[\s\-‐]+")
_MARKS_RE = re.compile("[\u0640\u064B-\u065F\u0670]")  # Arabic tatweel and vowel marks: "مليوناً" is "مليونا"
_UNIT, _TEEN, _TEN, _HUNDRED = "unit", "teen", "ten", "hundred"


def _kind(v: int) -> str:
    return _UNIT if v < 10 else _TEEN if v < 20 else _TEN if v < 100 else _HUNDRED


def _scale_of(v: float) -> float:
    """The scale a word worth a thousand or more stands at: "ألفين" (2 000) -> 1 000."""
    scale = 1000.0
    while scale * 1000 <= v:
        scale *= 1000
    return scale


def tokens(s: str, t: NumberTables) -> list[str] | None:
    """The words of a spelled number, compounds kept whole ("quatre-vingt", "dix-sept"), glued prefixes
    split off ("وخمسة" -> "و", "خمسة"); None when a word is none of the language's."""
    parts = [p for p in _SPLIT_RE.split(_MARKS_RE.sub("", s).strip().lower()) if p]
    out: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and f"{parts[i]}-{parts[i + 1]}" in t.number_words:
            out.append(f"{parts[i]}-{parts[i + 1]}")  # "quatre-vingt", "dix-sept": one word
            i += 2
            continue
        w = parts[i]
        if not _known(w, t):
            prefix = next((p for p in t.word_prefixes if w.startswith(p) and _known(w[len(p):], t)), None)
            if prefix is None:
                return None
            out += [prefix, w[len(prefix):]]
        else:
            out.append(w)
        i += 1
    return out


def _known(w: str, t: NumberTables) -> bool:
    return w in t.number_words or w in t.hundreds or w in t.spelled_scales or w in t.joiners


def parse_spelled(s: str, t: NumberTables) -> float | None:
    """The value of a number spelled out in one of the reading set's languages, else None."""
    words = tokens(s, t)
    if not words:
        return None
    total, group, last_scale, seen, prev = 0.0, 0, float("inf"), set(), None
    joiners = t.joiners | frozenset(t.word_prefixes)
    if words[0] in t.duals and len([w for w in words if w not in joiners]) == 1 or (
            words[0] in t.duals and words[1:2] and words[1] in joiners):
        words = [f"{words[0]}#dual", *words[1:]]  # "ألفا" first: two thousand (a dual), not the scale after a count
    for w in words:
        if w.endswith("#dual"):
            total, last_scale, prev = float(t.duals[w[:-5]]), _scale_of(t.duals[w[:-5]]), "word"
            continue
        if w in joiners:
            if prev in (None, "and"):
                return None
            prev = "and"
            continue
        if w in t.number_words:
            v = t.number_words[w]
            if v >= 1000:  # a scale with its count: "ألفين" (2 000), "مليونان"
                scale = _scale_of(v)
                if group or scale >= last_scale:
                    return None
                total, last_scale, seen = total + v, scale, set()
            else:
                kind = _kind(v)
                if kind in seen or (kind == _HUNDRED and seen) or (kind == _UNIT and _TEEN in seen):
                    return None
                if kind == _TEEN and _UNIT in seen:
                    if v != 10 or _TEN in seen:
                        return None  # only Arabic "ثلاثة عشر" (three ten): a unit before ten is a teen
                group += v
                seen.add(kind)
        elif w in t.hundreds:  # "trois cents", "ثلاث مائة": times a hundred
            if _HUNDRED in seen or group >= 10:
                return None
            group, seen = (group or 1) * t.hundreds[w], {_HUNDRED}
        elif w in t.spelled_scales:
            scale = t.spelled_scales[w]
            if scale >= last_scale:
                return None  # scales fall: "mille deux mille" is two numbers
            total, group, last_scale, seen = total + (group or 1) * scale, 0, scale, set()
        else:
            return None
        prev = "word"
    return None if prev == "and" else float(total + group)

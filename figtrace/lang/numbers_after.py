"""What follows a number: its unit (classifier, counted noun, percent, tenths) and a qualifier after it.

Part of the number grammar (``figtrace.lang.numbers``), built from the reading set's tables
(``number_tables``): classifiers (名, 个月), counted nouns ("civilians", "personnes"),
percent signs and words, 成 (tenths), qualifiers written after the figure (以上, 左右,
"or more", "ou plus") and the end of a comparison opened before it (比 N 大: more than N).

>>> from figtrace.lang.number_tables import for_language
>>> t = for_language("zh")
>>> unit_after("3 个月后", 1, 8, False, t)
('months', '个月', 4)
>>> post_qualifier("500 or more people", 3, 18, t)
('at_least', 11)
"""
from __future__ import annotations

import re

from figtrace.lang.number_tables import NumberTables, folded


def unit_after(text: str, pos: int, end: int, spaced: bool, t: NumberTables) -> tuple[str | None, str | None, int]:
    """(unit_hint, classifier as written, end of classifier) right after a number.

    ``spaced``: the number belongs to a language written between spaces (its noun follows a space).
    """
    m = t.percent.match(text, pos, end)
    if m:
        return "percent", m.group().strip(), m.end()
    m = t.classifier.match(text, pos, end)
    if m and not (m.group("cls").isascii() and m.group("cls").isalpha()):
        cls = m.group("cls")
        nxt = next((w for w in t.compounds.get(cls, ()) if text.startswith(w, m.end())), None)
        if nxt is not None:  # "个" + "月": one classifier
            return t.classifiers[cls + nxt], cls + nxt, m.end() + len(nxt)
        return t.classifiers[cls], cls, m.end()
    m = t.hyphen_unit.match(text, pos, end) if spaced else None
    if m:
        return t.noun_units[m.group("noun").lower()], m.group("noun"), m.end()
    return noun_after(text, pos, end, t) if spaced else (None, None, pos)


def noun_after(text: str, pos: int, end: int, t: NumberTables) -> tuple[str | None, str | None, int]:
    """The counted noun within three words ("613 Azerbaijani civilians", "500,000 of their inhabitants")."""
    first = None
    for _ in range(4):
        m = t.noun.match(text, pos, end)
        if m is None or m.group("noun").lower() in t.noun_stops:
            break
        word, pos = m.group("noun"), m.end()
        key = word.lower() if t.shared else folded(word)
        if key in t.noun_units:
            return t.noun_units[key], word, pos
        if key not in t.noun_skips and first is None:
            first = (None, word, pos)
    return first or (None, None, pos if first is None else first[2])


def tenths(text: str, pos: int, end: int, t: NumberTables) -> re.Match | None:
    """成 after a number (九成: nine tenths), with its 半 (三成半: 35 percent), else None."""
    return t.tenths.match(text, pos, end) if t.tenths is not None else None


def post_qualifier(text: str, pos: int, end: int, t: NumberTables) -> tuple[str, int] | None:
    """(qualifier, end) of a qualifier written after the figure (以上, 左右, "or more"), else None."""
    m = t.post.match(text, pos, end)
    return (t.post_qualifiers[" ".join(m.group("post").lower().split())], m.end()) if m else None


def comparative(text: str, pos: int, end: int, t: NumberTables) -> tuple[str, int] | None:
    """(qualifier, end) of the word closing a comparison opened before the figure (比 N 大), else None."""
    m = t.compare.match(text, pos, end) if t.compare else None
    return (t.comparatives[m.group("cmp")], m.end()) if m else None

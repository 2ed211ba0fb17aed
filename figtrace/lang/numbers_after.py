"""What follows a number: its unit (classifier, counted noun, percent, tenths) and a qualifier after it.

Part of the number grammar (``figtrace.lang.numbers``), built from the registered
languages' tables: classifiers (名, 个月), counted nouns ("civilians"), percent signs and
words, 成 (tenths), qualifiers written after the figure (以上, 左右, "or more") and the end
of a comparison opened before it (比 N 大: more than N).

>>> unit_after("3 个月后", 1, 8, False)
('months', '个月', 4)
>>> post_qualifier("500 or more people", 3, 18)
('at_least', 11)
"""
from __future__ import annotations

import re

from figtrace.lang import registry
from figtrace.lang.shapes import alt

CLASSIFIERS: dict[str, str | None] = registry.merged("CLASSIFIERS")  # classifier -> normalised unit
NOUN_UNITS: dict[str, str | None] = registry.merged("NOUN_UNITS")  # counted noun -> normalised unit
POST_QUALIFIERS: dict[str, str] = registry.merged("POST_QUALIFIERS")
COMPARATIVES: dict[str, str] = registry.merged("COMPARATIVES")  # 比 N 大: 大 -> more_than
_LETTERS = "".join(registry.tables("LETTERS"))
_COMPOUNDS = registry.merged("CLASSIFIER_COMPOUNDS")  # 个 + 月 = 个月
_NOUN_STOPS = frozenset(registry.joined("NOUN_STOPS"))
_NOUN_SKIPS = frozenset(registry.joined("NOUN_SKIPS"))
_CLASSIFIER_RE = re.compile(rf"\s*(?P<cls>{alt(CLASSIFIERS)})")
_NOUN_RE = re.compile(rf"\s+(?P<noun>[{_LETTERS}][{_LETTERS}\-]*)")
_PERCENT_RE = re.compile(rf"\s*(?:%|{registry.alternation('PERCENT_AFTER')})", re.IGNORECASE)
_TENTHS_RE = re.compile(registry.alternation("TENTHS"))
_SPACED_POSTS = alt(registry.merged("POST_QUALIFIERS", spaced=True))
_POSTS = "|".join(filter(None, [alt(registry.merged("POST_QUALIFIERS", spaced=False)),
                                _SPACED_POSTS and rf"(?:{_SPACED_POSTS})\b"]))
# A qualifier after the figure, unless a number follows it ("5000 or less than 6000": two figures).
_POST_RE = re.compile(rf"\s*(?P<post>{_POSTS})(?!\s*(?:than\b|[0-9０-９]))", re.IGNORECASE)
_COMPARE_RE = re.compile(rf"\s*(?P<cmp>{alt(COMPARATIVES)})") if COMPARATIVES else None


def unit_after(text: str, pos: int, end: int, ascii_num: bool) -> tuple[str | None, str | None, int]:
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
    return english_noun(text, pos, end) if ascii_num else (None, None, pos)


def english_noun(text: str, pos: int, end: int) -> tuple[str | None, str | None, int]:
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


def tenths(text: str, pos: int, end: int) -> re.Match | None:
    """成 after a number (九成: nine tenths), with its 半 (三成半: 35 percent), else None."""
    return _TENTHS_RE.match(text, pos, end) if _TENTHS_RE.pattern else None


def post_qualifier(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """(qualifier, end) of a qualifier written after the figure (以上, 左右, "or more"), else None."""
    m = _POST_RE.match(text, pos, end)
    return (POST_QUALIFIERS[" ".join(m.group("post").lower().split())], m.end()) if m else None


def comparative(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """(qualifier, end) of the word closing a comparison opened before the figure (比 N 大), else None."""
    m = _COMPARE_RE.match(text, pos, end) if _COMPARE_RE else None
    return (COMPARATIVES[m.group("cmp")], m.end()) if m else None

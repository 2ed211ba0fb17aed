"""Footnote markers in the body, told apart from numbers that are quantities.

PDF-extracted text turns superscript markers into bare numbers ("违反《苏联宪法》，1 通过了").
A marker is found by what we know of it: its number is the footnote's, markers come
in order, each stands on the page that prints its footnote, and it is glued to the
word or punctuation before it ("自治州。2", "报告31"), while a quantity follows a
space ("有 50 万").  A PDF that keeps superscripts settles the question outright.
"""
from __future__ import annotations

import bisect
import re

from figtrace.lang.symbols import find_symbols
from figtrace.records import Marker

# glued to the preceding character (punctuation, CJK, a lower-case word: "自治州。2", "報告31",
# "wounded.2"); not part of a longer number, symbol, date or count
_STRICT = re.compile(
    r"(?<=[^\s\d(（/\-:：第A-Z])(\d{1,3})(?![\d/.%％A-Za-z])"
    r"(?!\s?\d{3}(?!\d))(?!\s*[年月日号名人个万亿多余条段页次届%％])"
)
# separated by spaces: only when nothing glued was found
_LOOSE = re.compile(
    r"(?<![\d/.\-:：第A-Za-z])(\d{1,3})(?![\d/.%％A-Za-z])"
    r"(?!\s?\d{3}(?!\d))(?!\s*[年月日号名人个万亿多余条段页次届%％])"
)


class PageIndex:
    """Page of a canonical offset, from the canonical start of each body line."""

    def __init__(self, starts: list[int], pages: list[int]) -> None:
        self._starts, self._pages = starts, pages

    def page_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._pages[max(i, 0)] if self._pages else 1


def _candidates(text: str, pattern: re.Pattern, start: int, end: int, number: int, masked=()):
    for m in pattern.finditer(text, start, end):
        if int(m.group(1)) == number and not any(s <= m.start(1) < e for s, e in masked):
            yield m.start(1), m.end(1)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_markers(
    text: str,
    body_end: int,
    footnotes: list[tuple[int, int]],
    pages: PageIndex,
    superscripts: list[tuple[int, int]] | None = None,
) -> list[Marker]:
    """One marker per footnote ``(number, page)`` where one can be found, in body order.

    ``superscripts`` are canonical spans known to be superscript (from a PDF);
    when given, only digits inside them count.
    """
    markers: list[Marker] = []
    cursor = 0
    masked = [(m.start, m.end) for m in find_symbols(text[:body_end])]
    for number, page in footnotes:
        found = _first_on_page(text, cursor, body_end, number, page, pages, superscripts, masked)
        if found is not None:
            markers.append(Marker(number, found[0], found[1], page))
            cursor = found[1]
    return markers


def _first_on_page(text, cursor, body_end, number, page, pages, superscripts, masked):
    if superscripts:
        spans = sorted(superscripts)
        for s, e in _candidates(text, re.compile(r"(\d{1,3})"), cursor, body_end, number):
            if _in_spans(s, spans) and pages.page_of(s) == page:
                return s, e
        return None
    for pattern in (_STRICT, _LOOSE):
        for s, e in _candidates(text, pattern, cursor, body_end, number, masked):
            on = pages.page_of(s)
            if on == page:
                return s, e
            if on > page:
                break
    return None

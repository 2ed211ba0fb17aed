"""Durations and the counts beside them: "44 天", "近 30 年", "不到一个月", "less than a month".

Claims logic on top of the number grammar (``figtrace.lang.numbers``): a quantity whose
unit is a time unit is a duration, its unit part of its surface; an article standing for
one ("nearly a year") is a duration too.  Everything else stays a count.

>>> [(q.surface, q.qualifier, q.value_high) for q in find_durations("不到一个月后")]
[('不到一个月', 'less_than', 1.0)]
"""
from __future__ import annotations

import re

from figtrace.lang import registry
from figtrace.lang.bounds import RULES, bounds_for
from figtrace.lang.numbers import PRE_QUALIFIERS, TIME_UNITS, Quantity, find_quantities
from figtrace.lang.shapes import alt
from figtrace.spans import SpanSet

# " a month", " one year": the article (or "one" as a word) stands for one unit.
_A_UNIT_RE = re.compile(rf" (?:{'|'.join(registry.joined('ONE_WORDS'))}) "
                        rf"(?P<unit>{'|'.join(registry.joined('A_UNIT_NOUNS'))})\b", re.IGNORECASE)
_PRE_END_RE = re.compile(rf"\b(?P<pre>{alt(registry.merged('PRE_QUALIFIERS', spaced=True))})$", re.IGNORECASE)


def find_durations(text: str, start: int = 0, end: int | None = None, skip=()) -> list[Quantity]:
    """Durations ("44 天", "近 30 年", "不到一个月", "nearly 30 years"), surface including the unit."""
    return durations_and_counts(text, start, end, skip)[0]


def durations_and_counts(text: str, start: int = 0, end: int | None = None, skip=()) -> tuple[list[Quantity], list[Quantity]]:
    """One scan: (durations with their unit in the surface, the other quantities)."""
    end = len(text) if end is None else min(end, len(text))
    skip = skip if isinstance(skip, SpanSet) else SpanSet(skip)
    quantities = find_quantities(text, start, end, skip)
    out = [_with_unit(text, q) for q in quantities if q.unit_hint in TIME_UNITS]
    out += _article_units(text, start, end, skip)
    spans = SpanSet((q.start, q.end) for q in out)
    counts = [q for q in quantities if q.unit_hint not in TIME_UNITS and not spans.overlaps(q.start, q.end)]
    return sorted(out, key=lambda q: q.start), counts


def _with_unit(text: str, q: Quantity) -> Quantity:
    """The quantity with its unit in its surface (``dataclasses.replace`` spelt out: faster)."""
    return Quantity(q.start, q.unit_end, text[q.start:q.unit_end], q.qualifier, q.value_low, q.value_best,
                    q.value_high, q.estimate_rule, q.unit_hint, q.classifier, q.unit_end)


def _article_units(text: str, start: int, end: int, skip) -> list[Quantity]:
    """"less than a month", "nearly a year": a qualifier, then an article standing for one unit."""
    out = []
    for m in _A_UNIT_RE.finditer(text, start, end):
        pre = _PRE_END_RE.search(text, max(start, m.start() - 16), m.start())
        if pre is None or (skip and skip.overlaps(pre.start(), m.end())):
            continue
        qual = PRE_QUALIFIERS[pre.group("pre").lower()]
        if qual == "range":
            continue
        low, best, high = bounds_for(qual, 1.0)
        unit = TIME_UNITS.get(m.group("unit").lower() + "s")
        out.append(Quantity(pre.start(), m.end(), text[pre.start():m.end()], qual, low, best, high, RULES[qual],
                            unit, m.group("unit"), m.end()))
    return out

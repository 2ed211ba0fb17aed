"""``reference``: a figure of a letter against reference data (``figtrace.compare.refdata``).

A count meets a reference figure of its category whose period overlaps the count's event date
or period, at the same place when the reference gives one (any of its ``places``, in any
language: ``figtrace.compare.keys.place_key``). Blocking by (category, year) keeps the work
proportional to what can match. Each count is compared with the best-scoring figure of each
reference source.

Relation: with reference bounds (``value_low`` / ``value_high``), ``agree`` when the count's
interval overlaps them and ``outside_bounds`` when it does not; with a best estimate only,
``agree`` when the count's interval holds it and ``differ`` when it does not.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from figtrace.compare.across import comparable
from figtrace.compare.keys import place_key, subject_key
from figtrace.compare.refdata import ReferenceFigure
from figtrace.compare.values import interval
from figtrace.flags.kit import bounds
from figtrace.records import ClaimRow

MIN_SCORE = 0.5
MAX_YEARS = 5
WEIGHTS = {"category": 0.2, "place": 0.3, "event_date": 0.3, "event_date_within": 0.2, "event_date_overlap": 0.1,
           "subject": 0.15}


@dataclass(frozen=True, slots=True)
class RefMatch:
    claim: ClaimRow
    reference: ReferenceFigure
    score: float
    matched_on: tuple[str, ...]
    relation: str


def _years(start, end) -> range:
    if start is None or end is None or end.year - start.year >= MAX_YEARS:
        return range(0)
    return range(start.year, end.year + 1)


def _date_feature(c: ClaimRow, r: ReferenceFigure) -> str | None:
    s1, e1 = interval(c)
    s2, e2 = r.date_start, r.date_end or r.date_start
    if None in (s1, e1, s2, e2) or e1 < s2 or e2 < s1:
        return None
    if (s1, e1) == (s2, e2):
        return "event_date"
    if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2):
        return "event_date_within"
    return "event_date_overlap"


def features(c: ClaimRow, r: ReferenceFigure) -> tuple[float, list[str]] | None:
    """Score and matched features of a count against a reference figure, or None when they cannot match."""
    if c.category != r.category:
        return None
    when = _date_feature(c, r)
    if when is None:
        return None
    matched = ["category", when]
    if r.places:
        here = place_key(c.place)
        if here is None or here not in {place_key(p) for p in r.places}:
            return None
        matched.append("place")
    if r.subject and subject_key(r.subject) == subject_key(c.subject):
        matched.append("subject")
    score = round(sum(WEIGHTS[f] for f in matched), 4)
    return (score, matched) if score >= MIN_SCORE else None


def relation(c: ClaimRow, r: ReferenceFigure) -> tuple[str, str]:
    """(relation, how) of a count against a reference figure (see module docstring)."""
    lo, hi = bounds(c)
    if r.value_low is not None or r.value_high is not None:
        rlo = r.value_low if r.value_low is not None else (r.value_best if r.value_best is not None else -math.inf)
        rhi = r.value_high if r.value_high is not None else (r.value_best if r.value_best is not None else math.inf)
        return ("agree", "within_bounds") if lo <= rhi and rlo <= hi else ("outside_bounds", "")
    return ("agree", "value") if lo <= r.value_best <= hi else ("differ", "")


def match_reference(claims: Iterable[ClaimRow], references: list[ReferenceFigure]) -> list[RefMatch]:
    """Each comparable count with its best figure of each reference source (ties: the smaller id)."""
    blocks: dict[tuple, list[ReferenceFigure]] = defaultdict(list)
    for r in references:
        for y in _years(r.date_start, r.date_end or r.date_start):
            blocks[(r.category, y)].append(r)
    out = []
    for c in claims:
        if not comparable(c):
            continue
        seen: set[str] = set()
        best: dict[str, tuple] = {}  # source -> (score, reference, features)
        for y in _years(*interval(c)):
            for r in blocks.get((c.category, y), ()):
                if r.reference_id in seen:
                    continue
                seen.add(r.reference_id)
                found = features(c, r)
                held = best.get(r.source)
                if found and (held is None or (-found[0], r.reference_id) < (-held[0], held[1].reference_id)):
                    best[r.source] = (found[0], r, found[1])
        for source in sorted(best):
            score, r, matched = best[source]
            rel, how = relation(c, r)
            out.append(RefMatch(c, r, score, tuple(matched + ([how] if how else [])), rel))
    return out

"""Flag rule: the same measure stated twice with values or bounds that cannot both hold.

Linear in the number of figures: statements are blocked by what makes them one measure
(kind, unit, category, place, event dates) and each is compared with the earlier
statements of related subjects through their extremes, not with every earlier one.
"""
from __future__ import annotations

import re
from collections import defaultdict

from figtrace.flags.counts import bounds_evidence, measured_noun
from figtrace.flags.kit import STRICT_LOWER, STRICT_UPPER, Finding, FlagContext, bounds, compatible
from figtrace.records import ClaimRow


def subject_key(ctx: FlagContext, c: ClaimRow) -> str | None:
    """What a statement measures: a count's subject (spaces removed), a duration's measured noun."""
    if c.kind == "duration":
        return measured_noun(ctx, c)
    return re.sub(r"\s+", "", c.subject) if c.subject else None


def _measure_key(c: ClaimRow) -> tuple | None:
    """What two statements of one measure share exactly (kind, unit, category, place, event dates); None: no measure."""
    if c.kind not in ("count", "duration"):
        return None
    if c.kind == "count" and (not c.place or c.part_of):
        return None
    return (c.kind, c.unit, c.category, c.place if c.kind == "count" else None, c.event_date_start, c.event_date_end)


class _Extremes:
    """Earlier statements of a measure, kept as the three that matter: largest low, smallest high, latest.

    On a line two intervals that each overlap a third need not overlap each other, but a
    statement conflicts with *some* earlier one exactly when it conflicts with the one of
    largest low or the one of smallest high (strict ends counting as more extreme), so
    these two stand in for every earlier statement.
    """

    __slots__ = ("low", "high", "last")

    def __init__(self) -> None:
        self.low = self.high = self.last = None

    def add(self, c: ClaimRow) -> None:
        lo, hi = bounds(c)
        if self.low is None or (lo, c.qualifier in STRICT_LOWER) > self._low_rank():
            self.low = c
        if self.high is None or (hi, c.qualifier not in STRICT_UPPER) < self._high_rank():
            self.high = c
        if self.last is None or c.char_start > self.last.char_start:
            self.last = c

    def _low_rank(self):
        return bounds(self.low)[0], self.low.qualifier in STRICT_LOWER

    def _high_rank(self):
        return bounds(self.high)[1], self.high.qualifier not in STRICT_UPPER


class _Block:
    """The statements of one measure key seen so far, by subject: exactly, and by every subject known to contain it."""

    def __init__(self, subjects: set[str]) -> None:
        self.subjects = subjects
        self.lengths = sorted({len(s) for s in subjects})
        self.exact: dict[str, _Extremes] = {}
        self.within: dict[str, _Extremes] = {}  # subject -> earlier statements whose subject contains it

    def _parts(self, subject: str) -> set[str]:
        """The known subjects inside ``subject`` (itself included): O(len x distinct lengths)."""
        return {subject[i:i + n] for n in self.lengths if n <= len(subject)
                for i in range(len(subject) - n + 1)} & self.subjects

    def related(self, subject: str) -> list[_Extremes]:
        """Earlier statements whose subject contains ``subject`` or lies inside it."""
        found = [self.within[subject]] if subject in self.within else []
        return found + [self.exact[p] for p in self._parts(subject) if p != subject and p in self.exact]

    def add(self, c: ClaimRow, subject: str) -> None:
        self.exact.setdefault(subject, _Extremes()).add(c)
        for part in self._parts(subject):
            self.within.setdefault(part, _Extremes()).add(c)


def _candidates(ctx: FlagContext) -> list[tuple[ClaimRow, tuple, str]]:
    out = []
    for c in sorted(ctx.claims, key=lambda c: c.char_start):
        key = _measure_key(c)
        subject = subject_key(ctx, c) if key else None
        if subject:
            out.append((c, key, subject))
    return out


def inconsistent_measures(ctx: FlagContext) -> list[Finding]:
    """The same measure stated with values or bounds that cannot both hold.

    Statements are blocked by measure key and compared with the earlier statements of
    related subjects in other sentences through their extremes (``_Extremes``): each
    statement conflicting with an earlier one is flagged against the most contradictory
    one, and one that fits every earlier statement is recorded as a check that held
    against the latest of them.  Linear in the number of figures, not quadratic.
    """
    cands = _candidates(ctx)
    subjects: dict[tuple, set[str]] = defaultdict(set)
    for _, key, subject in cands:
        subjects[key].add(subject)
    blocks = {key: _Block(subs) for key, subs in subjects.items()}
    out, pending, sentence = [], [], None
    for b, key, subject in cands:
        if b.sentence_id != sentence:  # statements of one sentence are never compared with each other
            for block, c, subj in pending:
                block.add(c, subj)
            pending, sentence = [], b.sentence_id
        out += _judge(ctx, b, blocks[key].related(subject))
        pending.append((blocks[key], b, subject))
    return out


def _judge(ctx: FlagContext, b: ClaimRow, earlier: list[_Extremes]) -> list[Finding]:
    if not earlier:
        return []
    extremes = {id(c): c for e in earlier for c in (e.low, e.high)}
    conflicts = sorted((a for a in extremes.values() if not compatible(a, b)), key=lambda a: a.char_start)
    if not conflicts:
        return [_finding(ctx, max((e.last for e in earlier), key=lambda c: c.char_start), b, True)]
    return [_finding(ctx, a, b, False) for a in conflicts]


def _finding(ctx: FlagContext, a: ClaimRow, b: ClaimRow, holds: bool) -> Finding:
    ev = {"first": dict(ctx.claim_span(a), bounds=bounds_evidence(a), qualifier=a.qualifier),
          "second": dict(ctx.claim_span(b), bounds=bounds_evidence(b), qualifier=b.qualifier),
          "subjects": [subject_key(ctx, a), subject_key(ctx, b)], "unit": a.unit}
    sa, sb = ev["subjects"]
    if holds:
        return Finding("inconsistent-measure", "warning", f"{a.surface} ({sa}) and {b.surface} ({sb}) can both hold.", ev, b.claim_id, True)
    hedge = "" if sa == sb else f" if {sa} and {sb} are the same span"
    return Finding("inconsistent-measure", "warning", f"{a.surface} ({sa}, p. {a.page}) and {b.surface} ({sb}, p. {b.page}) cannot both be true{hedge}.", ev, b.claim_id)



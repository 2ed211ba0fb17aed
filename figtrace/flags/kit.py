"""What every flag rule shares: the finding record, the context, bounds and span evidence.

A rule is a function ``(ctx: FlagContext) -> list[Finding]`` registered in
``figtrace.flags.RULES`` under its stable slug.  A finding that records a check
that held has ``passed=True`` and severity ``info``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import cached_property

from figtrace.records import (
    CitationRow,
    CitedDocumentRow,
    ClaimRow,
    FlagRow,
    ParsedDocument,
    Passage,
)
from figtrace.sources.citations import Reference, SourceRecords
from figtrace.sources.footnotes import FootnoteLinks

CASUALTY_CATEGORIES = ("killed", "wounded", "missing", "hostages", "displaced")
OPEN_UPPER = ("more_than", "at_least", "upwards_of")
STRICT_UPPER = ("less_than", "nearly")  # "不到 N", "近 N": below N
STRICT_LOWER = ("more_than", "plus")  # "超过 N", "N 多": above N


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # error | warning | info
    message: str
    evidence: dict
    claim_id: str | None = None
    passed: bool = False
    footnote_number: int | None = None  # the footnote the finding is about, where there is one
    cited_symbol: str | None = None  # the cited UN symbol it is about, where there is one


@dataclass
class FlagContext:
    """Everything a rule may read; derived indexes are computed once, on first use.

    ``sources`` are the records the sources stage read off the document (references,
    footnote links): rules read them here, never parse the footnotes again.
    """

    doc: ParsedDocument
    claims: list[ClaimRow]
    citations: list[CitationRow]
    cited_documents: list[CitedDocumentRow]
    sources: SourceRecords
    extras: dict = field(default_factory=dict)

    @cached_property
    def citation_by_fn(self) -> dict[int, CitationRow]:
        return {c.footnote_number: c for c in self.citations}

    @cached_property
    def claim_by_id(self) -> dict[str, ClaimRow]:
        return {c.claim_id: c for c in self.claims}

    @property
    def references(self) -> dict[int, list[Reference]]:
        """Footnote number -> its references (the sources stage's records)."""
        return self.sources.references

    @property
    def footnotes(self) -> FootnoteLinks:
        """Body sentence / paragraph id -> footnote numbers (the sources stage's records)."""
        return self.sources.footnotes

    @cached_property
    def dates_by_sentence(self) -> dict[str, list[ClaimRow]]:
        """Date claims per sentence id, in text order."""
        out: dict[str, list[ClaimRow]] = {}
        for c in sorted(self.claims, key=lambda c: c.char_start):
            if c.kind == "date" and c.date_end:
                out.setdefault(c.sentence_id, []).append(c)
        return out

    @cached_property
    def sentences_by_parent(self) -> dict[str, list[Passage]]:
        out: dict[str, list[Passage]] = {}
        for s in self.doc.sentences:
            out.setdefault(s.parent_id, []).append(s)
        return out

    @cached_property
    def passage_by_id(self) -> dict[str, Passage]:
        return {p.passage_id: p for p in (*self.doc.paragraphs, *self.doc.sentences)}

    def page_at(self, pos: int) -> int | None:
        """The page of a text offset (body or footnote): that of the first passage holding it
        (sentences first, then paragraphs, then footnotes), found by bisection."""
        for starts, passages in self._passages_by_start:
            i = bisect.bisect_right(starts, pos) - 1
            # passages of one kind do not overlap, so only the last one starting at or before pos can hold it
            if i >= 0 and passages[i].char_start <= pos < passages[i].char_end:
                return passages[i].page_start
        return None

    @cached_property
    def _passages_by_start(self) -> list[tuple[list[int], list[Passage]]]:
        out = []
        for kind in (self.doc.sentences, self.doc.paragraphs, self.doc.footnotes):
            ordered = sorted(kind, key=lambda p: p.char_start)
            out.append(([p.char_start for p in ordered], ordered))
        return out

    def span(self, start: int, end: int, where: str = "body") -> dict:
        """Evidence for one span of the text: offsets, surface, page, where."""
        return {"char_start": start, "char_end": end, "surface": self.doc.text[start:end],
                "page": self.page_at(start), "where": where}

    def claim_span(self, c: ClaimRow) -> dict:
        return {"char_start": c.char_start, "char_end": c.char_end, "surface": c.surface, "page": c.page, "where": "body"}


def bounds(c: ClaimRow) -> tuple[float, float]:
    """The closed interval a count or duration claim allows (inf when open above)."""
    low = next((v for v in (c.value_low, c.value_best, c.value_high) if v is not None), None)
    high = next((v for v in (c.value_high, c.value_best) if v is not None), None)
    if high is None:
        high = math.inf if c.qualifier in OPEN_UPPER or low is None else low
    if c.value_low is None and c.value_best is None and c.qualifier in STRICT_UPPER:
        low = 0.0
    return (low if low is not None else 0.0), high


def compatible(a: ClaimRow, b: ClaimRow) -> bool:
    """True when two statements of one measure can both be true (strict ends respected)."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if ahi < blo or bhi < alo:
        return False
    if ahi == blo and (a.qualifier in STRICT_UPPER or b.qualifier in STRICT_LOWER):
        return False
    if bhi == alo and (b.qualifier in STRICT_UPPER or a.qualifier in STRICT_LOWER):
        return False
    return True


def _finite(obj):
    """Evidence with infinities spelled "inf" (strict JSON has no Infinity)."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return "inf" if obj > 0 else "-inf" if obj < 0 else "nan"
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def to_json(obj) -> str:
    return json.dumps(_finite(obj), ensure_ascii=False, sort_keys=True, default=_default, allow_nan=False)


def _default(o):
    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    raise TypeError(type(o))


def flag_row(f: Finding, doc_id: str, run_id: str) -> FlagRow:
    """A finding as a table row; the id hashes rule, document, claim and evidence."""
    evidence = to_json(f.evidence)
    key = f"{f.rule}|{doc_id}|{f.claim_id or ''}|{evidence}"
    flag_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    severity = "info" if f.passed else f.severity
    return FlagRow(flag_id, run_id, doc_id, f.rule, severity, f.claim_id, f.message, evidence, f.passed,
                   f.footnote_number, f.cited_symbol)


def first_symbol(symbols) -> str | None:
    """The first of a footnote's cited symbols, or None (what ``cited_symbol`` holds for a footnote).

    >>> first_symbol(["S/2020/90", "A/75/1"]), first_symbol([])
    ('S/2020/90', None)
    """
    return next(iter(symbols), None)

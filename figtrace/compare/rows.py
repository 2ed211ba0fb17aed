"""Comparison rows (table ``comparisons``) from pairings and matches, with deterministic ids.

A row's dates are what the figure is about: a date's own interval, a count's event period.
Its quotes are the sentences holding the figures; for a one-sided figure the right quote is
the passage aligned with it in the other version (where the counterpart should have stood),
and for a reference row the reference's description.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from figtrace.compare.across import Match
from figtrace.compare.reference import RefMatch
from figtrace.compare.values import interval
from figtrace.compare.versions import Pairing
from figtrace.records import ClaimRow, ComparisonRow


def comparison_id(basis: str, *parts: str | None) -> str:
    """Deterministic id: a hash of the basis and the documents, claims or reference compared."""
    key = "|".join([basis, *(p or "" for p in parts)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _side(c: ClaimRow | None) -> dict:
    if c is None:
        return dict(value_low=None, value_best=None, value_high=None, date_start=None, date_end=None,
                    quote=None, page=None, surface=None)
    start, end = interval(c)
    return dict(value_low=c.value_low, value_best=c.value_best, value_high=c.value_high, date_start=start,
                date_end=end, quote=c.sentence, page=c.page, surface=c.surface)


def _row(basis: str, relation: str, run_id: str, left_doc: str, left: ClaimRow | None, right_doc: str | None,
         right: ClaimRow | None, score: float, matched_on, kind: str, right_side: dict | None = None,
         reference_id: str | None = None, source: str | None = None, url: str | None = None) -> ComparisonRow:
    a, b = _side(left), right_side or _side(right)
    cid = comparison_id(basis, left_doc, left and left.claim_id, right_doc, right and right.claim_id, reference_id)
    return ComparisonRow(
        comparison_id=cid, run_id=run_id, basis=basis, relation=relation,
        left_doc_id=left_doc, left_claim_id=left and left.claim_id, right_doc_id=right_doc,
        right_claim_id=right and right.claim_id, reference_id=reference_id,
        left_value_low=a["value_low"], left_value_best=a["value_best"], left_value_high=a["value_high"],
        right_value_low=b["value_low"], right_value_best=b["value_best"], right_value_high=b["value_high"],
        left_date_start=a["date_start"], left_date_end=a["date_end"],
        right_date_start=b["date_start"], right_date_end=b["date_end"],
        score=float(score), matched_on=list(matched_on), left_quote=a["quote"], left_page=a["page"],
        right_quote=b["quote"], right_page=b["page"], kind=kind, left_surface=a["surface"],
        right_surface=b["surface"], reference_source=source, reference_url=url,
    )


def version_row(p: Pairing, left_doc: str, right_doc: str, run_id: str) -> ComparisonRow:
    """A ``language_versions`` row: a pair, or a one-sided figure with the aligned passage opposite."""
    kind = (p.left or p.right).kind
    other = None
    if p.relation == "left_only":
        other = {**_side(None), "quote": p.other_quote, "page": p.other_page}
    row = _row("language_versions", p.relation, run_id, left_doc, p.left, right_doc, p.right, p.score,
               p.matched_on, kind, other)
    if p.relation == "right_only":  # the quote opposite a right-only figure stands on the left
        row = replace(row, left_quote=p.other_quote, left_page=p.other_page)
    return row


def across_row(m: Match, run_id: str) -> ComparisonRow:
    """A ``same_figure`` row."""
    return _row("same_figure", m.relation, run_id, m.left.doc_id, m.left, m.right.doc_id, m.right, m.score,
                m.matched_on, m.left.kind)


def reference_row(m: RefMatch, run_id: str) -> ComparisonRow:
    """A ``reference`` row: the letter's figure on the left, the reference figure on the right."""
    r = m.reference
    right = dict(value_low=r.value_low, value_best=r.value_best, value_high=r.value_high, date_start=r.date_start,
                 date_end=r.date_end or r.date_start, quote=r.description or r.place, page=None, surface=None)
    return _row("reference", m.relation, run_id, m.claim.doc_id, m.claim, None, None, m.score, m.matched_on,
                m.claim.kind, right, r.reference_id, r.source, r.url)

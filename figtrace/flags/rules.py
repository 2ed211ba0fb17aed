"""Flag rules: each a small function with a stable slug; ``evaluate_flags`` runs them all.

A rule returns findings; failed checks carry their severity, checks that held
are kept too (``passed=True``, severity ``info``) so an analyst sees what was
checked.  ``flag_id`` hashes rule, document, claim and evidence: same input,
same ids.

Rules (slug: what raises it):

- ``uncited-casualty-figure``: a casualty/displacement count with no footnote in its sentence (warning).
- ``uncited-in-paragraph``: ... and none in its paragraph either (error).
- ``self-sourced-figure``: a count whose only footnotes cite the author's own government.
- ``self-sourced-footnote``: a footnote citing only the author's own government (severity info).
- ``cited-date-mismatch``: one cited document given different dates in different footnotes.
- ``symbol-sequence-date``: a higher document number dated clearly before a lower one.
- ``symbol-year-vs-date``: a cited document dated outside the year/session its symbol names.
- ``url-date-mismatch``: a date in a cited URL that is malformed or differs from the footnote's.
- ``body-date-vs-cited-date``: a body date of a letter or statement no cited date supports.
- ``parts-exceed-total`` / ``total-below-parts``: parts larger than their total, or summing above it.
- ``inconsistent-measure``: one measure stated with values that cannot both hold.
- ``duration-vs-dates``: a stated duration the letter's own dates contradict.
- ``date-after-letter``, ``impossible-date``, ``range-out-of-order``.
- ``incomplete-document``: the text looks cut short or excerpted (ends mid-sentence, pages missing) (warning).
"""
from __future__ import annotations

from collections.abc import Callable

from figtrace.flags.counts import duration_vs_dates, parts_and_totals
from figtrace.flags.dates import (
    body_date_vs_cited_date,
    dates_after_letter,
    impossible_and_reversed_dates,
)
from figtrace.flags.document import incomplete_document
from figtrace.flags.kit import Finding, FlagContext, flag_row
from figtrace.flags.measures import inconsistent_measures
from figtrace.flags.sources import (
    cited_date_mismatch,
    self_sourced_figures,
    self_sourced_footnotes,
    symbol_sequence_dates,
    uncited_figures,
)
from figtrace.flags.symbols import symbol_year_vs_date, url_dates
from figtrace.records import (
    CitationRow,
    CitedDocumentRow,
    ClaimRow,
    FlagRow,
    ParsedDocument,
)
from figtrace.sources.citations import SourceRecords
from figtrace.sources.footnotes import FootnoteLinks, link_claims

Rule = Callable[[FlagContext], list[Finding]]

# slug(s) -> the function that checks them; the order is the report's order.
RULES: dict[tuple[str, ...], Rule] = {
    ("uncited-casualty-figure", "uncited-in-paragraph"): uncited_figures,
    ("self-sourced-figure",): self_sourced_figures,
    ("self-sourced-footnote",): self_sourced_footnotes,
    ("cited-date-mismatch",): cited_date_mismatch,
    ("symbol-sequence-date",): symbol_sequence_dates,
    ("symbol-year-vs-date",): symbol_year_vs_date,
    ("url-date-mismatch",): url_dates,
    ("body-date-vs-cited-date",): body_date_vs_cited_date,
    ("parts-exceed-total", "total-below-parts"): parts_and_totals,
    ("inconsistent-measure",): inconsistent_measures,
    ("duration-vs-dates",): duration_vs_dates,
    ("date-after-letter",): dates_after_letter,
    ("impossible-date", "range-out-of-order"): impossible_and_reversed_dates,
    ("incomplete-document",): incomplete_document,
}
RULE_SLUGS: tuple[str, ...] = tuple(slug for slugs in RULES for slug in slugs)


def linked(doc: ParsedDocument, claims: list[ClaimRow], footnotes: FootnoteLinks) -> list[ClaimRow]:
    """Claims with sentence/paragraph footnotes filled in (from the sources stage's links),
    unless the claims stage already did."""
    if doc.markers and claims and not any(c.cited_footnotes or c.paragraph_footnotes for c in claims):
        return link_claims(claims, footnotes)
    return claims


def run_rules(ctx: FlagContext) -> list[Finding]:
    """All findings of all rules, in rule order, duplicates (same rule, claim, evidence) dropped."""
    seen, out = set(), []
    for rule in RULES.values():
        for f in rule(ctx):
            key = (f.rule, f.claim_id, f.message)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def evaluate_flags(
    doc: ParsedDocument,
    claims: list[ClaimRow],
    citations: list[CitationRow],
    cited_documents: list[CitedDocumentRow],
    sources: SourceRecords,
    run_id: str,
) -> list[FlagRow]:
    """Every flag (failed and passed checks) for one document; ``sources`` as the sources stage read them."""
    ctx = FlagContext(doc, linked(doc, claims, sources.footnotes), citations, cited_documents, sources)
    rows = [flag_row(f, doc.doc_id, run_id) for f in run_rules(ctx)]
    return list({r.flag_id: r for r in rows}.values())

"""The compare stage's entry point: a corpus (and reference figures) in, rows, flags and a report out."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from figtrace.compare.across import clusters, match_across
from figtrace.compare.corpus import Corpus
from figtrace.compare.findings import comparison_flags
from figtrace.compare.refdata import ReferenceFigure
from figtrace.compare.reference import match_reference
from figtrace.compare.report import render_comparisons
from figtrace.compare.rows import across_row, reference_row, version_row
from figtrace.compare.versions import pair_versions, version_pairs
from figtrace.records import ComparisonRow, FlagRow


@dataclass
class CompareResult:
    """Everything one comparison run produces."""

    rows: list[ComparisonRow] = field(default_factory=list)
    flags: list[FlagRow] = field(default_factory=list)
    report: str = ""

    def counts(self) -> dict:
        """Rows per basis and relation, and flags per rule (findings only)."""
        return {
            "comparisons": len(self.rows),
            "by_basis": {f"{b}/{r}": n for (b, r), n in sorted(Counter((x.basis, x.relation) for x in self.rows).items())},
            "flag_rules": dict(sorted(Counter(f.rule for f in self.flags if not f.passed).items())),
        }


def compare_corpus(corpus: Corpus, references: list[ReferenceFigure], run_id: str) -> CompareResult:
    """Compare every document of ``corpus`` with its versions, with other letters and with ``references``."""
    rows: list[ComparisonRow] = []
    for left, right in version_pairs(corpus.docs.values()):
        pairings = pair_versions(corpus.passages.get(left, []), corpus.claims.get(left, []),
                                 corpus.passages.get(right, []), corpus.claims.get(right, []))
        rows += [version_row(p, left, right, run_id) for p in pairings]
    claims = [c for doc_id in sorted(corpus.claims) for c in corpus.claims[doc_id]]
    matches = match_across(claims, corpus.docs)
    rows += [across_row(m, run_id) for m in matches]
    rows += [reference_row(m, run_id) for m in match_reference(claims, references)]
    unique = {r.comparison_id: r for r in rows}  # a pair is compared once; ids are deterministic
    rows = sorted(unique.values(), key=lambda r: (r.basis, r.left_doc_id, r.comparison_id))
    flags = comparison_flags(rows, corpus.docs, run_id)
    report = render_comparisons(rows, corpus.docs, clusters(matches), run_id)
    return CompareResult(rows, flags, report)

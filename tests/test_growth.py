"""Linear time (issue 12): ten times the figures, about ten times the work, never a hundred.

The issue's reproducers: 42 KB of figures took 18 s and 429 KB over 4 minutes, because
``inconsistent-measure`` compared every pair of statements and the claim context searched
the whole sentence for every figure.  Output size is checked exactly; time with a wide
margin (linear is 10, quadratic 100: the bound is 30), best of two runs.
``bench/bench_growth.py`` measures the same shapes up to 100x.
"""
from __future__ import annotations

import time

import pytest

from bench.bench_growth import paragraph, paragraphs, sentence
from figtrace.flags.kit import FlagContext
from figtrace.flags.rules import RULES, linked
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings


def processed(text: str, tmp_path, name: str):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    best, result = float("inf"), None
    for _ in range(2):
        t0 = time.perf_counter()
        result = process_document(path, Settings(), "growth")
        best = min(best, time.perf_counter() - t0)
    return best, result


@pytest.mark.parametrize("shape, unit", [(sentence, 150), (paragraph, 60), (paragraphs, 150)],
                         ids=["one-sentence", "one-paragraph", "paragraphs"])
def test_ten_times_the_figures_is_about_ten_times_the_time(tmp_path, shape, unit):
    t1, small = processed(shape(unit), tmp_path, "x1")
    t10, large = processed(shape(unit * 10), tmp_path, "x10")
    claims = len(large.tables["claims"]) / len(small.tables["claims"])
    assert 9 <= claims <= 11
    assert t10 / t1 < 3 * claims, f"{t1:.3f} s -> {t10:.3f} s for {claims:.0f}x the figures"


def test_one_measure_stated_n_times_gives_at_most_two_findings_each(tmp_path):
    """Every pair was a finding: n statements of one measure gave n (n - 1) / 2 flags."""
    _, result = processed(paragraphs(300), tmp_path, "same")
    doc, claims = result.doc, result.tables["claims"]
    from figtrace.sources.citations import build_citations, read_sources

    sources = read_sources(doc)
    citations, cited = build_citations(doc, sources, "growth")
    ctx = FlagContext(doc, linked(doc, claims, sources.footnotes), citations, cited, sources)
    found = RULES[("inconsistent-measure",)](ctx)
    counts = [c for c in claims if c.kind == "count"]
    assert len(counts) == 300 and len({c.place for c in counts}) == 1  # one measure, stated 300 times
    # 100, 101, 102 ... exact deaths of one day and place cannot all hold: each later statement
    # is flagged against the most contradictory earlier ones (largest low, smallest high), not all
    assert len(found) == 2 * 299 - 1 and not any(f.passed for f in found)
    assert max(sum(f.claim_id == c.claim_id for f in found) for c in counts) == 2

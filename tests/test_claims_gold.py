"""Claims of the seed letter against the hand-annotated gold (tests/gold/seed_claims_gold.py).

One test per gold row (is the claim there, with the right kind and span?), one per
(row, field) (is the value right?), one for precision (no claim outside the gold) and one
per known non-figure.  Known misses are strict xfails named in the gold row.
"""
from __future__ import annotations

import pytest

from tests.gold.seed_claims_gold import GOLD, NOT_CLAIMS
from tests.score_claims import expected_value, gold_spans, locate, score
from tests.stages import claims_of


@pytest.fixture(scope="module")
def claims(seed_doc):
    return claims_of(seed_doc, run_id="test-run")


@pytest.fixture(scope="module")
def by_span(claims):
    return {(c.char_start, c.char_end, c.kind): c for c in claims}


def _row_id(row) -> str:
    return f"{row['para']}-{row['kind']}-{row['surface']}" + (f"#{row['n']}" if row["n"] else "")


@pytest.mark.parametrize("row", GOLD, ids=[_row_id(r) for r in GOLD])
def test_gold_claim_is_found(seed_doc, by_span, row):
    start, end = locate(seed_doc, row["para"], row["surface"], row["n"])
    assert (start, end, row["kind"]) in by_span


FIELD_CASES = [
    pytest.param(row, field, id=f"{_row_id(row)}-{field}", marks=(
        [pytest.mark.xfail(strict=True, reason=row["xfail"][field])] if field in row["xfail"] else []))
    for row in GOLD for field in row["fields"]
]


@pytest.mark.parametrize(("row", "field"), FIELD_CASES)
def test_gold_field(seed_doc, by_span, row, field):
    start, end = locate(seed_doc, row["para"], row["surface"], row["n"])
    claim = by_span.get((start, end, row["kind"]))
    assert claim is not None, "claim missing"
    assert getattr(claim, field) == expected_value(row, field, seed_doc, None)


def test_every_claim_is_in_the_gold(seed_doc, claims):
    gold = gold_spans(seed_doc)
    extra = [(c.kind, c.surface, c.paragraph_id) for c in claims if (c.char_start, c.char_end, c.kind) not in gold]
    assert extra == []


@pytest.mark.parametrize(("para", "surface", "n", "why"), NOT_CLAIMS, ids=[f"{p}-{s}" for p, s, _, _ in NOT_CLAIMS])
def test_not_a_claim(seed_doc, claims, para, surface, n, why):
    start, end = locate(seed_doc, para, surface, n)
    assert not [c.surface for c in claims if c.char_start < end and start < c.char_end], why


def test_scorer_reports_perfect_span_match_on_seed(seed_doc, claims):
    kinds = score(seed_doc, claims)["kinds"]
    assert all(k["precision"] == 1.0 and k["recall"] == 1.0 for k in kinds.values()), kinds


def test_claims_carry_footnotes_and_pages(seed_doc, claims):
    c = next(c for c in claims if c.surface == "613")
    assert c.page == 2 and c.cited_footnotes == [] and c.paragraph_footnotes == []
    d = next(c for c in claims if c.surface == "1992 年 3 月 11 日")
    assert d.cited_footnotes == [4] and d.paragraph_footnotes == [4, 5, 6, 7]
    late = next(c for c in claims if c.surface == "7 月 27 日")
    assert late.page == 5 and late.cited_footnotes == [17]


def test_claim_ids_are_deterministic_and_ordered(seed_doc, claims):
    again = claims_of(seed_doc, run_id="other-run")
    assert [c.claim_id for c in claims] == [c.claim_id for c in again]
    assert [c.char_start for c in claims] == sorted(c.char_start for c in claims)
    assert len({c.claim_id for c in claims}) == len(claims)

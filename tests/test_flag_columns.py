"""Queryable flags (issue 14): the footnote and cited symbol a flag is about are columns, not only JSON."""
from __future__ import annotations

import functools
import json

from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from tests.conftest import SEED

FOOTNOTE_RULES = ("self-sourced-footnote", "url-date-mismatch", "cited-date-mismatch", "symbol-sequence-date")


@functools.cache
def seed_tables():
    return process_document(SEED, Settings(), "r").tables


def test_every_footnote_level_flag_names_its_footnote():
    flags = [f for f in seed_tables()["flags"] if f.rule in FOOTNOTE_RULES]
    assert flags and all(f.footnote_number is not None for f in flags)
    numbers = {c.footnote_number for c in seed_tables()["citations"]}
    named = {f.footnote_number for f in seed_tables()["flags"] if f.footnote_number is not None}
    assert named <= numbers  # a flag's footnote joins citations on (doc_id, footnote_number)


def test_footnote_column_agrees_with_the_evidence():
    for f in seed_tables()["flags"]:
        ev = json.loads(f.evidence)
        if f.rule in ("self-sourced-footnote", "url-date-mismatch"):
            assert f.footnote_number == ev["footnote"], f.message


def test_the_conflicting_cited_date_points_at_the_footnote_whose_date_does_not_fit():
    """S/26160: 26 July 1993 in footnote 17, 29 June 1993 in footnote 26 (README, Flags); the
    neighbouring symbol numbers support July, so the flag is about footnote 26."""
    [f] = [f for f in seed_tables()["flags"] if f.rule == "cited-date-mismatch" and not f.passed]
    assert (f.footnote_number, f.cited_symbol, f.claim_id) == (26, "S/26160", None)


def test_a_figure_flag_resting_on_one_footnote_names_it():
    flags = [f for f in seed_tables()["flags"] if f.rule == "self-sourced-figure" and not f.passed]
    assert flags
    for f in flags:
        rests_on = [x["footnote"] for x in json.loads(f.evidence)["footnotes"]]
        assert f.footnote_number == (rests_on[0] if len(rests_on) == 1 else None)
        assert f.claim_id is not None


def test_flags_about_no_footnote_leave_the_columns_null():
    uncited = [f for f in seed_tables()["flags"] if f.rule.startswith("uncited")]
    assert uncited and all(f.footnote_number is None and f.cited_symbol is None for f in uncited)

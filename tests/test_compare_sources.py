"""One figure across letters (``same_figure``) and against reference data (``reference``).

Synthetic letters from two fictitious States (Ruritania, Freedonia) about one missile attack on
Ganja (a place the gazetteer names in Chinese and English), through the real layout and claim
stages: the casualty figures disagree, and the compare stage must bring them together.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from figtrace.compare.across import candidate_pairs, clusters, match_across, source_of
from figtrace.compare.corpus import DocInfo
from figtrace.compare.refdata import read_reference
from figtrace.compare.reference import match_reference
from figtrace.compare.stage import compare_corpus
from figtrace.errors import InputError
from tests.compare_docs import GED_COLUMNS, TITLE_EN, TITLE_ZH, corpus_of, ged_row, letter_doc

ATTACK = "as a result of a missile attack on Ganja"


@pytest.fixture(scope="module")
def corpus():
    letters = [
        letter_doc([f"On 11 October 2020, {ATTACK}, 10 civilians were killed and 35 were wounded."],
                   "S/2020/901", "en", TITLE_EN.format(date="13 October 2020", state="Ruritania")),
        letter_doc([f"On 11 October 2020, {ATTACK}, 4 civilians were killed.",
                    f"On 17 October 2020, {ATTACK}, 21 civilians were killed."],
                   "S/2020/950", "en", TITLE_EN.format(date="20 October 2020", state="Freedonia")),
        letter_doc(["2020年10月11日，甘贾市遭到导弹袭击，10名平民被打死，35人受伤。"],
                   "S/2020/990", "zh", TITLE_ZH.format(date="2020 年 11 月 2 日", state="鲁里塔尼亚")),
        # another year, another place: shares no block with the others
        letter_doc(["In February 1992, 613 civilians were killed in Baku."],
                   "S/1992/100", "en", TITLE_EN.format(date="2 March 1992", state="Freedonia")),
    ]
    return corpus_of(letters)


def _claims(corpus):
    return [c for doc in sorted(corpus.claims) for c in corpus.claims[doc]]


def _pairs(matches):
    return sorted((m.left.doc_id, m.left.surface, m.right.doc_id, m.right.surface, m.relation) for m in matches)


def test_the_same_casualty_figure_meets_across_authors_and_languages(corpus):
    matches = match_across(_claims(corpus), corpus.docs)
    assert _pairs(matches) == [
        ("S/2020/901:en", "10", "S/2020/950:en", "4", "differ"),
        ("S/2020/901:en", "10", "S/2020/990:zh", "10", "agree"),
        ("S/2020/901:en", "35", "S/2020/990:zh", "35", "agree"),
        ("S/2020/950:en", "4", "S/2020/990:zh", "10", "differ"),
    ]
    differ = next(m for m in matches if m.right.doc_id == "S/2020/950:en")
    assert differ.matched_on == ("category", "place", "event_date", "subject", "unit") and differ.score == 1.0


def test_blocking_scores_only_counts_that_share_category_and_year_or_place(corpus):
    pairs = candidate_pairs(_claims(corpus), corpus.docs)
    assert all("S/1992/100:en" not in (a.doc_id, b.doc_id) for a, b in pairs)
    assert all(a.category == b.category and a.doc_id != b.doc_id for a, b in pairs)
    # killed: 3 counts of 11 October and one of 17 October in three letters; wounded: two counts
    assert len(pairs) == 5 + 1


def test_letters_repeating_one_figure_give_rows_in_proportion_to_letters_not_pairs():
    """Thirty letters, alternately from two States, each restating its own figure of the attack:
    each statement meets the latest earlier one of each State (at most two rows), not all 29."""
    letters = []
    for k in range(30):
        state, killed = ("Ruritania", 10) if k % 2 == 0 else ("Freedonia", 4)
        letters.append(letter_doc([f"On 11 October 2020, {ATTACK}, {killed} civilians were killed."],
                                  f"S/2021/{100 + k}", "en", TITLE_EN.format(date=f"{k % 28 + 1} March 2021", state=state)))
    corpus = corpus_of(letters)
    matches = match_across(_claims(corpus), corpus.docs)
    assert 29 <= len(matches) <= 2 * 29
    assert {m.relation for m in matches if m.left.surface == m.right.surface} == {"agree"}
    assert {m.relation for m in matches if m.left.surface != m.right.surface} == {"differ"}
    (timeline,) = clusters(matches)
    assert len(timeline) == 30


def test_a_source_is_the_authors_state_in_any_language():
    assert source_of(DocInfo("A/1:zh", (), "zh", author_state="阿塞拜疆"), "A/1:zh") == "state:AZ"
    assert source_of(DocInfo("A/2:en", (), "en", author_state="Azerbaijan"), "A/2:en") == "state:AZ"
    assert source_of(DocInfo("A/3:en", (), "en", author_state="Ruritania"), "A/3:en") == "author:ruritania"
    assert source_of(None, "A/4:en") == "doc:A/4:en"


def test_versions_of_one_document_are_not_compared_as_sources():
    zh, zu = letter_doc(["2020年10月11日，甘贾市遭到导弹袭击，10名平民被打死。"], "S/2020/901", "zh")
    en, eu = letter_doc([f"On 11 October 2020, {ATTACK}, 4 civilians were killed."], "S/2020/901", "en")
    corpus = corpus_of([(zh, zu), (en, eu)])
    assert candidate_pairs(_claims(corpus), corpus.docs) == []


def test_a_disagreement_across_sources_is_flagged_with_both_documents_authors_and_dates(corpus):
    result = compare_corpus(corpus, [], "run-1")
    flags = [f for f in result.flags if f.rule == "differs-across-sources"]
    assert sorted((f.doc_id, json.loads(f.evidence)["right"]["doc_id"]) for f in flags) == [
        ("S/2020/901:en", "S/2020/950:en"), ("S/2020/950:en", "S/2020/990:zh")]
    msg = next(f.message for f in flags if f.doc_id == "S/2020/901:en")
    assert "S/2020/901:en (Ruritania, 2020-10-13)" in msg and "S/2020/950:en (Freedonia, 2020-10-20)" in msg
    assert "“10”" in msg and "“4”" in msg and "4 civilians were killed" in msg
    assert all(f.severity == "warning" and not f.passed for f in flags)


def test_the_report_gives_each_figure_its_timeline_in_letter_date_order(corpus):
    report = compare_corpus(corpus, [], "run-1").report
    timeline = report[report.index("#### Timelines"):]
    rows = [line for line in timeline.splitlines() if line.startswith("| 2020")]
    assert [r.split(" | ")[:2] for r in rows[:3]] == [
        ["| 2020-10-13", "S/2020/901:en"], ["| 2020-10-20", "S/2020/950:en"], ["| 2020-11-02", "S/2020/990:zh"]]
    assert "killed, Ganja (AZ-GA), 2020-10-11..2020-10-11" in timeline


# ------------------------------------------------------------------------------- reference data
DOCUMENTED = """reference_id,source,category,place,date_start,date_end,value_low,value_best,value_high,url
mon-1,Example Monitor,killed,Ganja,2020-10-11,2020-10-11,9,10,12,https://example.org/mon-1
mon-2,Example Monitor,wounded,甘贾,2020-10-11,2020-10-11,,40,,
"""
@pytest.fixture
def reference_files(tmp_path):
    documented = tmp_path / "monitor.csv"
    documented.write_text(DOCUMENTED, encoding="utf-8")
    ged = tmp_path / "GEDEvent.csv"
    ged.write_text("\n".join([GED_COLUMNS, ged_row(501, 11, 9, 10, 12, 10), ged_row(502, 17, 13, 13, 15, 13)]) + "\n",
                   encoding="utf-8")
    return documented, ged


def test_the_documented_schema_and_the_ged_adapter_read_reference_figures(reference_files):
    documented, ged = reference_files
    mon = read_reference(documented)
    assert [(r.reference_id, r.category, r.place, r.value_low, r.value_best, r.value_high) for r in mon] == [
        ("mon-1", "killed", "Ganja", 9.0, 10.0, 12.0), ("mon-2", "wounded", "甘贾", None, 40.0, None)]
    events = read_reference(ged)
    assert [(r.reference_id, r.subject, r.value_low, r.value_best, r.value_high) for r in events] == [
        ("ucdp-ged:501", None, 9.0, 10.0, 12.0), ("ucdp-ged:501:civilians", "civilians", None, 10.0, None),
        ("ucdp-ged:502", None, 13.0, 13.0, 15.0), ("ucdp-ged:502:civilians", "civilians", None, 13.0, None)]
    assert events[0].date_start == events[0].date_end == dt.date(2020, 10, 11)
    assert events[0].places == ("Ganja town", "Ganja city", "Azerbaijan") and events[0].source == "UCDP GED"


def test_a_reference_file_in_neither_shape_is_refused_with_what_is_missing(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("name,deaths\nGanja,10\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing reference_id, source, category, date_start, date_end"):
        read_reference(bad)
    bad.write_text("reference_id,source,category,date_start,date_end,value_best\nr,s,killed,2020-10-11,,ten\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match="row 2: value_best is not a number"):
        read_reference(bad)


def _relations(matches):
    return sorted((m.claim.doc_id, m.claim.surface, m.reference.reference_id, m.relation) for m in matches)


def test_figures_against_the_documented_reference(corpus, reference_files):
    matches = match_reference(_claims(corpus), read_reference(reference_files[0]))
    assert _relations(matches) == [
        ("S/2020/901:en", "10", "mon-1", "agree"),  # within 9-12
        ("S/2020/901:en", "35", "mon-2", "differ"),  # best estimate 40, no bounds
        ("S/2020/950:en", "4", "mon-1", "outside_bounds"),
        ("S/2020/990:zh", "10", "mon-1", "agree"),  # 甘贾 / Ganja
        ("S/2020/990:zh", "35", "mon-2", "differ"),
    ]


def test_figures_against_ucdp_ged_events(corpus, reference_files):
    matches = match_reference(_claims(corpus), read_reference(reference_files[1]))
    assert _relations(matches) == [
        ("S/2020/901:en", "10", "ucdp-ged:501:civilians", "agree"),  # "civilians": GED's civilian deaths
        ("S/2020/950:en", "21", "ucdp-ged:502:civilians", "differ"),
        ("S/2020/950:en", "4", "ucdp-ged:501:civilians", "differ"),
        ("S/2020/990:zh", "10", "ucdp-ged:501", "agree"),  # 平民 is not GED's English subject: the total
    ]


def test_disagreements_with_reference_data_raise_flags(corpus, reference_files):
    figures = [f for path in reference_files for f in read_reference(path)]
    result = compare_corpus(corpus, figures, "run-1")
    flags = [f for f in result.flags if f.rule == "differs-from-reference"]
    rows = [r for r in result.rows if r.basis == "reference"]
    assert len(flags) == sum(r.relation != "agree" for r in rows) >= 3
    outside = next(f for f in flags if json.loads(f.evidence)["relation"] == "outside_bounds")
    assert "outside the bounds of Example Monitor mon-1 (9-12" in outside.message
    assert all(r.right_doc_id is None and r.right_claim_id is None and r.reference_id for r in rows)

"""One bad row per check: (table, the bad row, the check named, the column named).

Each bad row is a good row (tests/cases/table_rows.py, synthetic: seed-like)
with one thing broken; its key differs from the good rows' so only it should
be quarantined.  ``check`` and ``column`` are substrings expected in the
quarantine's ``failed_check`` / ``failed_column``.
"""
from __future__ import annotations

import datetime as dt

from tests.cases import table_rows as r

D = dt.date
C = "claims"

CASES = [
    # ---------------------------------------------------------------- documents
    ("documents", r.document(doc_id="d2", language="Chinese"), "str_matches", "language"),
    ("documents", r.document(doc_id="d2", raw_sha256="abc"), "str_matches", "raw_sha256"),
    ("documents", r.document(doc_id="d2", version="v2"), "str_matches", "version"),  # a version key is 16 hex digits
    ("documents", r.document(doc_id="d2", text_sha256="0" * 64), "text_sha256_matches_text", "text_sha256,text"),
    ("documents", r.document(doc_id="d2", body_char_end=10_000), "body_within_text", "body_char_end,text"),
    ("documents", r.document(doc_id="d2", page_count=0), "greater_than_or_equal_to(1)", "page_count"),
    ("documents", r.document(doc_id="d2", symbols="A/75/709"), "is_list_of", "symbols"),
    ("documents", r.document(doc_id="d2", agenda_items=["34", 35]), "is_list_of", "agenda_items"),
    ("documents", r.document(doc_id="d2", source_uri=None), "not_nullable", "source_uri"),
    ("documents", r.document(doc_id="d2", letter_date="2021-13-45"), "cell_type(date) got '2021-13-45'", "letter_date"),
    ("documents", r.document(doc_id=""), "str_length", "doc_id"),
    ("documents", r.document(doc_id="d2", source_uri=""), "str_length", "source_uri"),
    ("documents", r.document(doc_id="d2", text_sha256="ABC"), "str_matches", "text_sha256"),
    ("documents", r.document(doc_id="d2", body_char_end=-1), "greater_than_or_equal_to(0)", "body_char_end"),
    ("documents", r.document(), "multiple_fields_uniqueness", "doc_id"),
    ("documents", r.document(doc_id="d2", completeness="partial"), "isin", "completeness"),
    ("documents", r.document(doc_id="d2", language_source="guess"), "isin", "language_source"),
    # ---------------------------------------------------------------- passages
    ("passages", r.passage(passage_id="x1", kind="chapter"), "isin", "kind"),
    ("passages", r.passage(passage_id="x1", char_end=r.P_START), "char_start_lt_char_end", "char_start,char_end"),
    ("passages", r.passage(passage_id="x1", text="太短"), "span_length_eq_text_length", "char_start,char_end,text"),
    ("passages", r.passage(passage_id="x1", page_start=3, page_end=2), "page_start_le_page_end", "page_start,page_end"),
    ("passages", r.passage(passage_id="x1", kind="footnote"), "footnote_has_number", "kind,footnote_number"),
    ("passages", r.passage(passage_id="x1", kind="sentence"), "sentence_has_parent", "kind,parent_id"),
    ("passages", r.passage(passage_id="x1", page_start=0), "greater_than_or_equal_to(1)", "page_start"),
    ("passages", r.passage(passage_id="x1", footnote_number=0), "greater_than_or_equal_to(1)", "footnote_number"),
    ("passages", r.passage(passage_id="x1", run_id=None), "not_nullable", "run_id"),
    ("passages", r.passage(passage_id=""), "str_length", "passage_id"),
    ("passages", r.passage(passage_id="x1", page_end=0), "greater_than_or_equal_to(1)", "page_end"),
    ("passages", r.passage(passage_id="x1", char_start=-1), "greater_than_or_equal_to(0)", "char_start"),
    ("passages", r.passage(passage_id="x1", char_end=-1), "greater_than_or_equal_to(0)", "char_end"),
    ("passages", r.passage(passage_id="x1", raw_char_start=-5), "greater_than_or_equal_to(0)", "raw_char_start"),
    ("passages", r.passage(), "multiple_fields_uniqueness", "passage_id"),
    # ---------------------------------------------------------------- citations
    ("citations", r.citation(footnote_number=0), "greater_than_or_equal_to(1)", "footnote_number"),
    ("citations", r.citation(footnote_number=2, marker_char_start=r.NOTE_START + 1), "marker_before_footnote", "marker_char_start,char_start"),
    ("citations", r.citation(footnote_number=2, ibid_of=2), "ibid_of_earlier_footnote", "ibid_of,footnote_number"),
    ("citations", r.citation(footnote_number=2, cited_symbols=None), "not_nullable", "cited_symbols"),
    ("citations", r.citation(footnote_number=3, cited_symbols="S/2020/90"), "is_list_of", "cited_symbols"),
    ("citations", r.citation(footnote_number=2, urls=("http://x",)), None, None),  # a tuple is a list: accepted
    ("citations", r.citation(footnote_number=2, self_sourced=None), "not_nullable", "self_sourced"),
    ("citations", r.citation(footnote_number=2, text="短"), "span_length_eq_text_length", "char_start,char_end,text"),
    ("citations", r.citation(footnote_number=2, page=0), "greater_than_or_equal_to(1)", "page"),
    ("citations", r.citation(footnote_number=2, char_start=-1), "greater_than_or_equal_to(0)", "char_start"),
    ("citations", r.citation(footnote_number=2, char_end=-1), "greater_than_or_equal_to(0)", "char_end"),
    ("citations", r.citation(footnote_number=2, char_end=r.NOTE_START), "char_start_lt_char_end", "char_start,char_end"),
    ("citations", r.citation(footnote_number=2, marker_char_start=-1), "greater_than_or_equal_to(0)", "marker_char_start"),
    ("citations", r.citation(footnote_number=2, urls=["http://x", None]), "is_list_of", "urls"),
    ("citations", r.citation(footnote_number=2, ibid_of=0), "greater_than_or_equal_to(1)", "ibid_of"),
    ("citations", r.citation(), "multiple_fields_uniqueness", "doc_id,footnote_number"),
    # ---------------------------------------------------------------- cited_documents
    ("cited_documents", r.cited_document(ref_index=-1), "greater_than_or_equal_to(0)", "ref_index"),
    ("cited_documents", r.cited_document(ref_index=5, char_end=r.NOTE_START), "char_start_lt_char_end", "char_start,char_end"),
    ("cited_documents", r.cited_document(ref_index=5, date_as_cited="yesterday"), "cell_type(date)", "date_as_cited"),
    ("cited_documents", r.cited_document(footnote_number=0), "greater_than_or_equal_to(1)", "footnote_number"),
    ("cited_documents", r.cited_document(ref_index=5, run_id=None), "not_nullable", "run_id"),
    ("cited_documents", r.cited_document(ref_index=5, char_start=-1), "greater_than_or_equal_to(0)", "char_start"),
    ("cited_documents", r.cited_document(ref_index=5, char_end=-1), "greater_than_or_equal_to(0)", "char_end"),
    ("cited_documents", r.cited_document(ref_index=1), "multiple_fields_uniqueness", "doc_id,footnote_number,ref_index"),
    # ---------------------------------------------------------------- claims: enums
    (C, r.claim(claim_id="x1", kind="amount"), "isin", "kind"),
    (C, r.claim(claim_id="x1", category="dead"), "isin", "category"),
    (C, r.claim(claim_id="x1", qualifier="roughly"), "isin", "qualifier"),
    (C, r.claim(claim_id="x1", modality="rumoured"), "isin", "modality"),
    (C, r.date_claim(claim_id="x1", date_precision="fortnight"), "isin", "date_precision"),
    # ---------------------------------------------------------------- claims: bounds
    (C, r.claim(claim_id="x1", value_low=600000.0, qualifier="range", value_best=None), "value_low_le_value_high", "value_low,value_high"),
    (C, r.claim(claim_id="x1", value_low=600000.0), "value_low_le_value_best", "value_low,value_best"),
    (C, r.claim(claim_id="x1", value_high=400000.0), "value_best_le_value_high", "value_best,value_high"),
    (C, r.claim(claim_id="x1", qualifier="more_than", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: more_than needs value_low", "qualifier,value_low"),
    (C, r.claim(claim_id="x1", qualifier="at_least", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: at_least needs value_low", "qualifier,value_low"),
    (C, r.claim(claim_id="x1", qualifier="nearly", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: nearly needs value_high", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="less_than", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: less_than needs value_high", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="approximately", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: approximately needs value_best", "qualifier"),
    (C, r.claim(claim_id="x1", value_high=600000.0), "qualifier_bounds: exact needs value_low == value_best == value_high", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="tens_of", value_low=10000.0, value_best=None, value_high=None),
     "qualifier_bounds: tens_of needs value_high", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="hundreds_of", value_low=None, value_best=None, value_high=1000.0),
     "qualifier_bounds: hundreds_of needs value_low", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="thousands_of", value_low=None, value_best=None, value_high=None),
     "qualifier_bounds: thousands_of needs value_low", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier="range", value_low=None, value_best=None, value_high=5.0),
     "qualifier_bounds: range needs value_low", "qualifier"),
    (C, r.claim(claim_id="x1", qualifier=None), "count_has_qualifier", "kind,qualifier"),
    (C, r.claim(claim_id="x1", qualifier="more_than", value_best=None, value_high=None), None, None),  # 超过 N: low only
    # ---------------------------------------------------------------- claims: dates
    (C, r.date_claim(claim_id="x1", date_start=D(1988, 1, 1)), "date_start_le_date_end", "date_start,date_end"),
    (C, r.claim(claim_id="x1", event_date_start=D(1990, 1, 1)), "event_date_start_le_event_date_end", "event_date_start,event_date_end"),
    (C, r.date_claim(claim_id="x1", date_end=None), "date_has_interval", "kind,date_start,date_end,date_precision"),
    # a date of any year 1-9999 is a valid row (issue 16: "1357年6月10日", "5 December 1391")
    (C, r.date_claim(claim_id="x1", date_start=D(1357, 6, 10), date_end=D(1357, 6, 10), date_precision="day"), None, None),
    (C, r.date_claim(claim_id="x1", date_start=D(1, 1, 1), date_end=D(9999, 12, 31)), None, None),
    # year unknown ("7 月 23 日" in a letter without a date): no interval, and that is valid; an interval is not
    (C, r.date_claim(claim_id="x1", date_start=None, date_end=None, year_source="unknown", date_edtf="XXXX-07-23",
                     calendar="gregorian", date_precision="day"), None, None),
    (C, r.date_claim(claim_id="x1", year_source="unknown"), "unknown_year_has_no_interval", "year_source,date_start,date_end"),
    (C, r.date_claim(claim_id="x1", date_start=None, date_end=None, year_source="written"), "date_has_interval", "date_start"),
    # a Hijri date outside the converter's range: kept in its calendar, no interval
    (C, r.date_claim(claim_id="x1", date_start=None, date_end=None, year_source="written", date_edtf="0900-07-25",
                     calendar="hijri", date_precision="day"), None, None),
    (C, r.date_claim(claim_id="x1", year_source="guessed"), "isin", "year_source"),
    (C, r.date_claim(claim_id="x1", calendar="julian"), "isin", "calendar"),
    (C, r.date_claim(claim_id="x1", date_precision=None), "date_has_interval", "date_precision"),
    (C, r.date_claim(claim_id="x1", date_start=dt.datetime(1987, 10, 1, 12, 0)), None, None),  # a datetime is coerced to its date
    # ---------------------------------------------------------------- claims: spans, structure, types
    (C, r.claim(claim_id="x1", char_end=r.claim().char_start), "char_start_lt_char_end", "char_start,char_end"),
    (C, r.claim(claim_id="x1", surface="50 万人"), "span_length_eq_surface_length", "char_start,char_end,surface"),
    (C, r.claim(claim_id="x1", sentence="别的句子 50"), "surface_in_sentence", "surface,sentence"),
    (C, r.claim(claim_id="x1", part_of="x1"), "part_of_other_claim", "part_of,claim_id"),
    (C, r.claim(claim_id="x1", cited_footnotes=[2]), "cited_within_paragraph_footnotes", "cited_footnotes,paragraph_footnotes"),
    (C, r.claim(claim_id="x1", paragraph_footnotes=[1, True]), "is_list_of", "paragraph_footnotes"),
    (C, r.claim(claim_id="x1", page="two"), "cell_type(int64) got 'two'", "page"),
    (C, r.claim(claim_id="x1", value_low="many"), "cell_type(float64) got 'many'", "value_low"),
    (C, r.claim(claim_id="x1", page=True), "cell_type(int64) got True", "page"),  # pandas would store 1
    (C, r.claim(claim_id="x1", page=2.5), "cell_type(int64) got 2.5", "page"),  # pandas would store 2
    (C, r.claim(claim_id="x1", page=2.0), None, None),  # an integral float is an int
    (C, r.claim(claim_id="x1", subject=5), "cell_type(string) got 5", "subject"),  # pandas would store "5"
    (C, r.claim(claim_id="x1", surface=None), "not_nullable", "surface"),
    (C, r.claim(claim_id="x1", modality=None), "not_nullable", "modality"),
    (C, r.claim(claim_id=""), "str_length", "claim_id"),
    (C, r.claim(claim_id="x1", page=0), "greater_than_or_equal_to(1)", "page"),
    (C, r.claim(claim_id="x1", char_start=-1), "greater_than_or_equal_to(0)", "char_start"),
    (C, r.claim(claim_id="x1", char_end=-1), "greater_than_or_equal_to(0)", "char_end"),
    (C, r.claim(claim_id="x1", surface=""), "str_length", "surface"),
    (C, r.claim(claim_id="x1", cited_footnotes=["1"]), "is_list_of", "cited_footnotes"),
    (C, r.claim(), "multiple_fields_uniqueness", "claim_id"),
    # ---------------------------------------------------------------- flags
    ("flags", r.flag(flag_id="x1", severity="fatal"), "isin", "severity"),
    ("flags", r.flag(flag_id="x1", evidence="{not json"), "is_json", "evidence"),
    ("flags", r.flag(flag_id="x1", rule="Uncited Figure"), "str_matches", "rule"),
    ("flags", r.flag(flag_id="x1", passed=True), "passed_is_info", "passed,severity"),
    ("flags", r.flag(flag_id="x1", message=""), "str_length", "message"),
    ("flags", r.flag(flag_id="x1", footnote_number=0), "greater_than_or_equal_to", "footnote_number"),  # issue 14
    ("flags", r.flag(flag_id=""), "str_length", "flag_id"),
    ("flags", r.flag(flag_id="x1", message=None), "not_nullable", "message"),
    ("flags", r.flag(), "multiple_fields_uniqueness", "flag_id"),
    # ---------------------------------------------------------------- reviews (issue 14)
    ("reviews", r.review(flag_id="x1", status="ignored"), "isin", "status"),
    ("reviews", r.review(flag_id=""), "str_length", "flag_id"),
    ("reviews", r.review(flag_id="x1", reviewer=""), "str_length", "reviewer"),
    ("reviews", r.review(flag_id="x1", evidence_sha256="abc"), "str_matches", "evidence_sha256"),
    ("reviews", r.review(flag_id="x1", footnote_number=0), "greater_than_or_equal_to", "footnote_number"),
    ("reviews", r.review(flag_id="x1", note=None), "not_nullable", "note"),
    ("reviews", r.review(), "multiple_fields_uniqueness", "flag_id"),
    # ---------------------------------------------------------------- runs
    ("runs", r.run(run_id="x1", status="done"), "isin", "status"),
    ("runs", r.run(run_id="x1", finished_at=dt.datetime(2021, 1, 12, 9, tzinfo=dt.timezone.utc)),
     "started_at_le_finished_at", "started_at,finished_at"),
    ("runs", r.run(run_id="x1", row_counts="claims=2"), "is_json", "row_counts"),
    ("runs", r.run(run_id="x1", started_at="not a time"), "cell_type(timestamp)", "started_at"),
    ("runs", r.run(run_id=""), "str_length", "run_id"),
    ("runs", r.run(run_id="x1", library_versions="pandera 0.35"), "is_json", "library_versions"),
    ("runs", r.run(run_id="x1", parameters=None), "not_nullable", "parameters"),
    ("runs", r.run(run_id="x2", parameters="{'language': None}"), "is_json", "parameters"),
    ("runs", r.run(run_id="x1", inputs="seed.txt"), "is_json", "inputs"),
    ("runs", r.run(run_id="x1", errors=""), "is_json", "errors"),
    ("runs", r.run(), "multiple_fields_uniqueness", "run_id"),
    # ---------------------------------------------------------------- comparisons
    ("comparisons", r.comparison(comparison_id=""), "str_length", "comparison_id"),
    ("comparisons", r.comparison(), "multiple_fields_uniqueness", "comparison_id"),
    ("comparisons", r.comparison(comparison_id="x1", basis="translation"), "isin", "basis"),
    ("comparisons", r.comparison(comparison_id="x1", relation="similar"), "isin", "relation"),
    ("comparisons", r.comparison(comparison_id="x1", kind="amount"), "isin", "kind"),
    ("comparisons", r.comparison(comparison_id="x1", left_doc_id=""), "str_length", "left_doc_id"),
    ("comparisons", r.comparison(comparison_id="x1", left_doc_id=None), "not_nullable", "left_doc_id"),
    ("comparisons", r.comparison(comparison_id="x1", score=1.5), "less_than_or_equal_to(1)", "score"),
    ("comparisons", r.comparison(comparison_id="x1", score=-0.1), "greater_than_or_equal_to(0)", "score"),
    ("comparisons", r.comparison(comparison_id="x1", left_page=0), "greater_than_or_equal_to(1)", "left_page"),
    ("comparisons", r.comparison(comparison_id="x1", right_page=0), "greater_than_or_equal_to(1)", "right_page"),
    ("comparisons", r.comparison(comparison_id="x1", matched_on="value"), "is_list_of", "matched_on"),
    ("comparisons", r.comparison(comparison_id="x1", relation="outside_bounds"), "relation_fits_basis", "basis,relation"),
    ("comparisons", r.comparison(comparison_id="x1", relation="left_only"), "one_sided_has_one_claim", "relation,left_claim_id"),
    ("comparisons", r.comparison(comparison_id="x1", relation="differ", right_claim_id=None), "pair_has_both_sides", "basis,relation"),
    ("comparisons", r.comparison(comparison_id="x1", basis="reference", relation="differ"),
     "reference_rows_name_the_reference", "basis,reference_id"),
    ("comparisons", r.comparison(comparison_id="x1", reference_id="ucdp-ged:1"), "reference_rows_name_the_reference", "basis"),
    ("comparisons", r.comparison(comparison_id="x1", right_doc_id=r.EN_ID), "compares_two_documents", "left_doc_id,right_doc_id"),
    ("comparisons", r.comparison(comparison_id="x1", left_value_low=600000.0), "left_value_low_le_high", "left_value_low"),
    ("comparisons", r.comparison(comparison_id="x1", right_value_high=1.0), "right_value_low_le_high", "right_value_low"),
    ("comparisons", r.comparison(comparison_id="x1", left_date_end=dt.date(1986, 1, 1)), "left_date_start_le_end", "left_date_start"),
    ("comparisons", r.comparison(comparison_id="x1", right_date_start=dt.date(1990, 1, 1)), "right_date_start_le_end", "right_date_start"),
    ("comparisons", r.comparison(comparison_id="x1", relation="right_only", left_claim_id=None, right_claim_id=None),
     "one_sided_has_one_claim", "right_claim_id"),
    ("comparisons", r.comparison(comparison_id="x1", basis="same_figure", relation="differ"), None, None),
]

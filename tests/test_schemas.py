"""The pandera models: columns match the records, good rows pass, each check quarantines its bad row."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schemas
from figtrace import records
from tests.cases import table_rows as r
from tests.cases.schema_failures import CASES

RECORDS = {
    "documents": (records.DocumentRow, []),
    "passages": (records.Passage, ["run_id"]),
    "citations": (records.CitationRow, []),
    "cited_documents": (records.CitedDocumentRow, []),
    "claims": (records.ClaimRow, []),
    "flags": (records.FlagRow, []),
    "runs": (records.RunRow, []),
    "reviews": (records.ReviewRow, []),
    "comparisons": (records.ComparisonRow, []),
}
KEYS = {
    "documents": ["doc_id"], "passages": ["passage_id"], "citations": ["doc_id", "footnote_number"],
    "cited_documents": ["doc_id", "footnote_number", "ref_index"], "claims": ["claim_id"],
    "flags": ["flag_id"], "runs": ["run_id"], "reviews": ["flag_id", "decided_at"], "comparisons": ["comparison_id"],
}


def frame(table: str, rows: list) -> pd.DataFrame:
    return schemas.frame_from_records(table, rows, run_id=r.RUN_ID)


@pytest.mark.parametrize("table", list(RECORDS))
def test_model_columns_are_the_record_fields(table):
    record, added = RECORDS[table]
    assert schemas.columns(table) == records.column_names(record) + added


def test_tables_are_ordered_as_in_the_data_model():
    assert list(schemas.TABLES) == list(RECORDS)


@pytest.mark.parametrize("table", list(RECORDS))
def test_every_column_and_table_is_described(table):
    cols = schemas.schema(table).columns
    assert all(len((c.description or "").strip()) >= 10 for c in cols.values()), [n for n, c in cols.items() if not c.description]
    assert (schemas.model(table).__doc__ or "").strip()


@pytest.mark.parametrize("table", list(RECORDS))
def test_every_table_has_its_deterministic_key(table):
    assert schemas.key_columns(table) == KEYS[table]


@pytest.mark.parametrize("table", list(RECORDS))
def test_good_rows_pass_with_the_table_dtypes(table):
    rows = r.GOOD[table]()
    valid, quarantined = schemas.validate(table, frame(table, rows))
    assert len(valid) == len(rows) and len(quarantined) == 0
    assert list(valid.columns) == schemas.columns(table)
    schemas.to_arrow(table, valid).validate(full=True)


@pytest.mark.parametrize("table", list(RECORDS))
def test_empty_tables_have_columns_and_dtypes(table):
    empty = schemas.frame_from_records(table, [])
    valid, quarantined = schemas.validate(table, empty)
    assert len(valid) == 0 and len(quarantined) == 0
    assert list(valid.columns) == schemas.columns(table)
    assert list(quarantined.columns) == schemas.columns(table) + list(schemas.QUARANTINE_COLUMNS)
    assert schemas.to_arrow(table, valid).schema.equals(schemas.arrow_schema(table))
    assert schemas.to_arrow(table, quarantined, quarantine=True).num_rows == 0


def test_frame_dtypes_follow_the_column_kinds():
    df = frame("claims", r.claims())
    assert df["page"].dtype == "int64" and df["value_low"].dtype == "float64"
    assert df["surface"].dtype == "str" and df["date_start"].dtype == object
    assert df["cited_footnotes"].tolist() == [[], [1]]
    assert df.at[1, "date_start"] == dt.date(1987, 10, 1)
    citations = frame("citations", [r.citation(), r.citation(footnote_number=2, ibid_of=1, marker_char_start=None)])
    assert str(citations["ibid_of"].dtype) == "Int64" and citations["ibid_of"].isna().tolist() == [True, False]
    runs = frame("runs", [r.run()])
    assert str(runs["started_at"].dtype) == "datetime64[us, UTC]"


def test_passages_get_the_run_id_at_the_edge():
    df = frame("passages", r.passages())
    assert set(df["run_id"]) == {r.RUN_ID}
    unset = schemas.frame_from_records("passages", r.passages())
    valid, quarantined = schemas.validate("passages", unset)
    assert len(valid) == 0 and set(quarantined["failed_check"]) == {"not_nullable"}


def _case_id(case) -> str:
    table, row, check, _ = case
    return f"{table}-{check or 'accepted'}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_each_check_quarantines_its_row(case):
    table, bad_row, check, column = case
    good = r.GOOD[table]()
    valid, quarantined = schemas.validate(table, frame(table, [*good, bad_row]))
    if check is None:  # a documented edge that must be accepted
        assert len(valid) == len(good) + 1 and len(quarantined) == 0, quarantined.to_dict("records")
        return
    keys = KEYS[table]
    bad_key = tuple(getattr(bad_row, k) if not isinstance(bad_row, dict) else bad_row[k] for k in keys)
    duplicate = any(tuple(getattr(g, k) if not isinstance(g, dict) else g[k] for k in keys) == bad_key for g in good)
    assert len(quarantined) == (2 if duplicate else 1), quarantined[["failed_check", "failed_column"]]
    assert len(valid) == len(good) + 1 - len(quarantined)
    row = quarantined.iloc[-1]
    assert check in row["failed_check"]
    assert column in row["failed_column"]
    assert len(row["failed_check"].split("; ")) == len(row["failed_column"].split("; "))
    assert list(quarantined.columns) == schemas.columns(table) + ["failed_check", "failed_column"]
    arrow = schemas.to_arrow(table, quarantined, quarantine=True)
    arrow.validate(full=True)
    assert arrow.schema.equals(schemas.quarantine_arrow_schema(table))


@pytest.mark.parametrize("table", list(RECORDS))
def test_every_check_has_a_failure_case(table):
    """A new check without a case row in tests/cases/schema_failures.py fails here."""
    from schemas.checks import CHECK_COLUMNS

    cols = schemas.schema(table).columns
    wanted = [(name, c.name) for name, col in cols.items() for c in col.checks]
    wanted += [(CHECK_COLUMNS[c.name][0], c.name) for c in schemas.schema(table).checks]
    wanted += [(schemas.key_columns(table)[0], "multiple_fields_uniqueness")]
    covered = [(col, check) for t, _, check, col in CASES if t == table and check]
    missing = [(name, check) for name, check in wanted
               if not any(check in c and name in col.split(",") + col.split("; ") for col, c in covered)]
    assert missing == []
    assert any(c == "not_nullable" for _, c in covered)


def test_quarantine_keeps_the_values_of_the_failed_row():
    bad = r.claim(claim_id="x1", value_low=600000.0)
    _, quarantined = schemas.validate("claims", frame("claims", [bad]))
    row = quarantined.iloc[0]
    assert row["claim_id"] == "x1" and row["value_low"] == 600000.0 and row["surface"] == "50 万"
    assert row["paragraph_footnotes"] == [1] and row["event_date_start"] == dt.date(1987, 1, 1)


def test_uncoercible_cells_become_null_in_quarantine_and_are_named_in_the_check():
    _, quarantined = schemas.validate("claims", frame("claims", [r.claim(claim_id="x1", page="two")]))
    assert pd.isna(quarantined.iloc[0]["page"])
    assert quarantined.iloc[0]["failed_check"] == "cell_type(int64) got 'two'"


def test_a_row_failing_several_checks_lists_them_all():
    bad = r.claim(claim_id="x1", kind="amount", value_high=1.0, modality="rumoured")
    _, quarantined = schemas.validate("claims", frame("claims", [bad]))
    checks = quarantined.iloc[0]["failed_check"].split("; ")
    cols = quarantined.iloc[0]["failed_column"].split("; ")
    assert {"kind", "modality", "value_best,value_high"} <= set(cols)
    assert len(checks) == len(cols) >= 4


def test_a_missing_column_quarantines_every_row_and_does_not_raise():
    df = frame("claims", r.claims()).drop(columns=["place"])
    valid, quarantined = schemas.validate("claims", df)
    assert len(valid) == 0 and len(quarantined) == 2
    assert all("column_in_dataframe" in c for c in quarantined["failed_check"])
    assert quarantined["place"].isna().all()
    schemas.to_arrow("claims", quarantined, quarantine=True)


def test_quarantine_keeps_the_input_index_labels():
    df = frame("claims", [r.claim(), r.claim(claim_id="x1", kind="amount")])
    df.index = [10, 20]
    valid, quarantined = schemas.validate("claims", df)
    assert valid.index.tolist() == [10] and quarantined.index.tolist() == [20]


def test_naive_timestamps_are_taken_as_utc_and_aware_ones_converted():
    local = dt.timezone(dt.timedelta(hours=2))
    row = r.run(started_at=dt.datetime(2021, 1, 12, 10, 15), finished_at=dt.datetime(2021, 1, 12, 12, 16, tzinfo=local))
    valid, _ = schemas.validate("runs", frame("runs", [row]))
    assert valid.at[0, "started_at"] == pd.Timestamp("2021-01-12 10:15", tz="UTC")
    assert valid.at[0, "finished_at"] == pd.Timestamp("2021-01-12 10:16", tz="UTC")


@pytest.mark.parametrize("value", [None, "yes", 1, 0.0])
def test_bool_cells_are_not_coerced_leniently(value):
    rows = [r.citation(), r.citation(footnote_number=2, self_sourced=value)]
    valid, quarantined = schemas.validate("citations", frame("citations", rows))
    assert len(valid) == 1 and quarantined.iloc[0]["failed_column"] == "self_sourced"
    assert quarantined.iloc[0]["failed_check"] == ("not_nullable" if value is None else f"cell_type(bool) got {value!r}")


@pytest.mark.parametrize("value, accepted", [(3.7, False), (True, False), ("3", False), (3.0, True)])
def test_int_cells_are_not_truncated(value, accepted):
    df = frame("claims", [r.claim()])
    df["page"] = pd.Series([value], dtype=object)
    valid, quarantined = schemas.validate("claims", df)
    assert len(valid) == int(accepted)
    if accepted:
        assert valid.at[0, "page"] == 3 and valid["page"].dtype == "int64"
    else:
        assert quarantined.iloc[0]["failed_check"].startswith("cell_type(int64)")


@pytest.mark.parametrize("table", list(RECORDS))
def test_every_check_survives_yaml(table, recwarn):
    """Custom checks are registered, so the YAML form of a schema keeps them all (and still validates)."""
    import pandera.pandas as pa_

    original = schemas.schema(table)
    loaded = pa_.DataFrameSchema.from_yaml(original.to_yaml())
    assert [c.name for c in loaded.checks] == [c.name for c in original.checks]
    assert {n: [c.name for c in col.checks] for n, col in loaded.columns.items()} == {
        n: [c.name for c in col.checks] for n, col in original.columns.items()}
    assert not [w for w in recwarn if "registered" in str(w.message)]
    assert len(loaded.validate(frame(table, r.GOOD[table]()))) == len(r.GOOD[table]())


def test_enums_are_the_vocabularies():
    from figtrace.lang.bounds import RULES
    from schemas import vocab

    cols = schemas.schema("claims").columns
    assert cols["qualifier"].checks[0].statistics["allowed_values"] == list(RULES)
    assert cols["kind"].checks[0].statistics["allowed_values"] == list(vocab.CLAIM_KINDS)
    assert schemas.schema("passages").columns["kind"].checks[0].statistics["allowed_values"] == list(vocab.PASSAGE_KINDS)


# --------------------------------------------------------------------------- property
_ANY = st.one_of(
    st.none(), st.integers(-3, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8),
    st.booleans(), st.dates(), st.lists(st.integers(-2, 5), max_size=3), st.lists(st.text(max_size=3), max_size=2),
)
_CLAIM_FIELDS = records.column_names(records.ClaimRow)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_CLAIM_FIELDS), _ANY), min_size=1, max_size=4), st.integers(1, 4))
def test_validate_never_raises_and_partitions_the_rows(mutations, copies):
    rows = [r.claim(claim_id=f"c{i}") for i in range(copies)]
    rows[0] = r.claim(**{"claim_id": "c0", **dict(mutations)}) if "claim_id" not in dict(mutations) else r.claim(**dict(mutations))
    valid, quarantined = schemas.validate("claims", frame("claims", rows))
    assert len(valid) + len(quarantined) == copies
    assert set(valid.index).isdisjoint(quarantined.index)
    schemas.to_arrow("claims", valid).validate(full=True)
    schemas.to_arrow("claims", quarantined, quarantine=True).validate(full=True)
    assert quarantined["failed_check"].map(len).gt(0).all()
    assert valid["value_low"].dtype == "float64" and valid["page"].dtype == "int64"
    assert set(valid["kind"]) <= {"count", "date", "duration"}

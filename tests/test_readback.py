"""Every table written by the real path (records -> frame -> validate -> Arrow -> atomic Parquet)
reads back the same through pandas, polars and DuckDB, key-value metadata included."""
from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pytest

import schemas
from figtrace.run import store
from tests.cases import table_rows as r

OTHER = "S/2021/39:zh"
SORT = {  # a total order on each table's key, for comparing row by row
    "documents": ["doc_id"], "passages": ["passage_id"], "citations": ["doc_id", "footnote_number"],
    "cited_documents": ["doc_id", "footnote_number", "ref_index"], "claims": ["claim_id"],
    "flags": ["flag_id"], "runs": ["run_id"], "reviews": ["flag_id", "decided_at"], "comparisons": ["comparison_id"],
}


def _other_doc(row):
    """The same row, re-keyed as if it came from a second document."""
    if isinstance(row, dict):
        return {**row, "doc_id": OTHER, "passage_id": row["passage_id"].replace(r.DOC_ID, OTHER)}
    changes = {"doc_id": OTHER} if hasattr(row, "doc_id") else {}
    for key in ("passage_id", "parent_id", "claim_id", "flag_id", "paragraph_id", "sentence_id", "run_id", "comparison_id"):
        value = getattr(row, key, None)
        if isinstance(value, str) and (key != "run_id" or not hasattr(row, "doc_id")):
            changes[key] = value.replace(r.DOC_ID, OTHER) if r.DOC_ID in value else f"{value}-2"
    return dataclasses.replace(row, **changes)


def _rows_by_file(table: str) -> dict[str, list]:
    first = r.GOOD[table]()
    second = [_other_doc(x) for x in first]
    if table == "runs":
        return {r.RUN_ID: first, second[0].run_id: second}
    return {r.DOC_ID: first, OTHER: second}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """out_dir with two files per table, and the validated frames that went into them."""
    out = tmp_path_factory.mktemp("processed")
    frames = {}
    for table in schemas.TABLES:
        parts = []
        for doc_id, rows in _rows_by_file(table).items():
            valid, quarantined = schemas.validate(table, schemas.frame_from_records(table, rows, run_id=r.RUN_ID))
            assert len(quarantined) == 0, quarantined["failed_check"].tolist()
            meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": r.RUN_ID,
                    "figtrace.table": table}
            store.write_parquet_atomic(store.table_path(out, table, doc_id), schemas.to_arrow(table, valid), meta)
            parts.append(valid)
        frames[table] = pd.concat(parts, ignore_index=True).sort_values(SORT[table], ignore_index=True)
        # what a writer killed mid-write leaves behind: every reader below must ignore it
        (out / table / ".A_75_709.zh.parquet.k1ll3d.tmp").write_bytes(b"PAR1 torn")
    return out, frames


def _plain(value):
    """Cells as plain Python values, so the three readers compare equal."""
    if isinstance(value, np.ndarray | list | tuple | pl.Series):
        return [_plain(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, np.generic):
        return value.item()
    return value


def _records(df) -> list[tuple]:
    return [tuple(_plain(v) for v in row) for row in df.itertuples(index=False)]


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_pandas_reads_the_directory(written, table):
    out, frames = written
    back = pd.read_parquet(out / table).sort_values(SORT[table], ignore_index=True)
    assert list(back.columns) == schemas.columns(table)
    assert _records(back) == _records(frames[table])
    assert [str(t) for t in back.dtypes] == [str(t) for t in frames[table].dtypes]
    valid, quarantined = schemas.validate(table, back)  # what comes back still satisfies the model
    assert len(valid) == len(back) and len(quarantined) == 0


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_polars_reads_the_glob(written, table):
    out, frames = written
    back = pl.read_parquet(str(out / table / "*.parquet")).sort(SORT[table])
    assert back.columns == schemas.columns(table)
    assert [tuple(_plain(v) for v in row) for row in back.iter_rows()] == _records(frames[table])


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_duckdb_reads_the_glob(written, table):
    out, frames = written
    con = duckdb.connect()
    order = ", ".join(SORT[table])
    rows = con.execute(f"SELECT * FROM read_parquet('{out / table}/*.parquet') ORDER BY {order}").fetchall()
    assert [tuple(_plain(v) for v in row) for row in rows] == _records(frames[table])
    names = [d[0] for d in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out / table}/*.parquet')").fetchall()]
    assert names == schemas.columns(table)


def test_types_as_each_reader_sees_them(written):
    out, _ = written
    claims = pl.read_parquet(str(out / "claims" / "*.parquet"))
    assert claims.schema["date_start"] == pl.Date
    assert claims.schema["cited_footnotes"] == pl.List(pl.Int64)
    assert claims.schema["value_low"] == pl.Float64
    runs = pl.read_parquet(str(out / "runs" / "*.parquet"))
    assert runs.schema["started_at"] == pl.Datetime("us", "UTC")
    con = duckdb.connect()
    types = dict(
        (d[0], d[1]) for d in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}/documents/*.parquet')").fetchall())
    assert types["letter_date"] == "DATE" and types["symbols"] == "VARCHAR[]" and types["page_count"] == "BIGINT"
    pdf = pd.read_parquet(out / "documents")
    assert isinstance(pdf.at[0, "letter_date"], dt.date) and list(pdf.at[0, "symbols"]) == ["A/75/709", "S/2021/39"]


def test_values_that_matter_survive(written):
    out, _ = written
    con = duckdb.connect()
    row = con.execute(
        f"SELECT surface, value_low, date_start, date_end, paragraph_footnotes, cited_footnotes "
        f"FROM read_parquet('{out}/claims/*.parquet') WHERE claim_id = 'c-0002'").fetchone()
    assert row == ("1987 年底", None, dt.date(1987, 10, 1), dt.date(1987, 12, 31), [1], [1])
    cit = pl.read_parquet(str(out / "citations" / "*.parquet")).filter(pl.col("doc_id") == r.DOC_ID)
    assert cit["cited_symbols"].to_list() == [["A/74/676", "S/2020/90"]] and cit["urls"].to_list() == [[]]
    assert cit["ibid_of"].to_list() == [None]
    pas = pd.read_parquet(out / "passages")
    assert str(pas["footnote_number"].dtype) == "Int64" and pas["footnote_number"].notna().sum() == 2


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_key_value_metadata_through_all_three(written, table):
    out, _ = written
    files = sorted((out / table).glob("*.parquet"))
    assert len(files) == 2 and len(list((out / table).iterdir())) == 3  # plus the torn temp file
    want = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": r.RUN_ID, "figtrace.table": table}
    for path in files:
        assert {k: v for k, v in store.read_metadata(path).items() if k in want} == want
        polars_meta = pl.read_parquet_metadata(path)
        assert {k: polars_meta[k] for k in want} == want
    con = duckdb.connect()
    kv = con.execute(f"SELECT file_name, key, value FROM parquet_kv_metadata('{out / table}/*.parquet')").fetchall()
    for path in files:
        got = {k.decode(): v.decode() for f, k, v in kv if f == str(path) and k.decode() in want}
        assert got == want
    # pandas reads through pyarrow: the schema it reads carries the same metadata
    import pyarrow.parquet as pq

    assert all(pq.read_schema(p).metadata[b"figtrace.table"] == table.encode() for p in files)


def test_field_descriptions_travel_in_the_arrow_schema(written):
    out, _ = written
    import pyarrow.parquet as pq

    schema = pq.read_schema(next((out / "claims").glob("*.parquet")))
    assert schema.field("qualifier").metadata[b"description"].decode().startswith("How the text qualifies")
    assert not schema.field("claim_id").nullable and schema.field("value_low").nullable


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_reader_types_are_as_documented(written, table):
    from schemas.docs import READER_TYPES
    from schemas.frames import pandas_dtype

    out, _ = written
    glob = f"{out / table}/*.parquet"
    by_polars = pl.read_parquet(glob).schema
    by_duckdb = dict((d[0], d[1]) for d in duckdb.connect().execute(f"DESCRIBE SELECT * FROM read_parquet('{glob}')").fetchall())
    by_pandas = pd.read_parquet(out / table).dtypes
    for name, col in schemas.schema(table).columns.items():
        kind = schemas.column_kind(col)
        _, _, polars_type, duckdb_type = READER_TYPES[kind]
        assert (name, str(by_polars[name])) == (name, polars_type)
        assert (name, by_duckdb[name]) == (name, duckdb_type)
        assert (name, str(by_pandas[name])) == (name, pandas_dtype(kind, col.nullable))


def test_quarantine_files_read_back_with_the_failure_columns(tmp_path):
    rows = [r.claim(), r.claim(claim_id="x1", kind="amount"), r.claim(claim_id="x2", page="two")]
    valid, quarantined = schemas.validate("claims", schemas.frame_from_records("claims", rows))
    meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": r.RUN_ID, "figtrace.table": "claims"}
    path = store.table_path(tmp_path / "quarantine", "claims", r.DOC_ID)
    store.write_parquet_atomic(path, schemas.to_arrow("claims", quarantined, quarantine=True), meta)
    back = duckdb.connect().execute(
        f"SELECT claim_id, page, failed_check, failed_column FROM read_parquet('{path.parent}/*.parquet') ORDER BY claim_id"
    ).fetchall()
    assert back == [("x1", 1, "isin(['count', 'date', 'duration'])", "kind"),
                    ("x2", None, "cell_type(int64) got 'two'", "page")]
    assert pl.read_parquet(path)["failed_check"].to_list()[0].startswith("isin")
    assert store.read_metadata(path)["figtrace.table"] == "claims"


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    """The seed letter through the real core, validated and written as the flow does."""
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings
    from tests.conftest import SEED

    out = tmp_path_factory.mktemp("seed")
    run_id = "20260101T000000000Z-seed0000"
    result = process_document(SEED, Settings(), run_id)
    counts = {}
    for table, rows in result.tables.items():
        valid, quarantined = schemas.validate(table, schemas.frame_from_records(table, rows, run_id=run_id))
        counts[table] = (len(rows), len(valid), len(quarantined))
        meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": run_id, "figtrace.table": table}
        store.write_parquet_atomic(store.table_path(out, table, result.doc.doc_id), schemas.to_arrow(table, valid), meta)
    return out, counts


def test_every_seed_row_passes_validation(seed_out):
    _, counts = seed_out
    assert {t: q for t, (_, _, q) in counts.items()} == {t: 0 for t in counts}
    assert counts["claims"][0] > 50 and counts["passages"][0] > 100


def test_seed_spans_hold_in_duckdb(seed_out):
    """An analyst's check: text[char_start:char_end] == surface, in SQL over the written files (code points)."""
    out, counts = seed_out
    con = duckdb.connect()
    bad, total = con.execute(f"""
        SELECT count(*) FILTER (WHERE substr(d.text, c.char_start + 1, c.char_end - c.char_start) <> c.surface), count(*)
        FROM read_parquet('{out}/claims/*.parquet') c JOIN read_parquet('{out}/documents/*.parquet') d USING (doc_id)
    """).fetchone()
    assert (bad, total) == (0, counts["claims"][1])
    bad_passages = con.execute(f"""
        SELECT count(*) FROM read_parquet('{out}/passages/*.parquet') p
        JOIN read_parquet('{out}/documents/*.parquet') d USING (doc_id)
        WHERE substr(d.text, p.char_start + 1, p.char_end - p.char_start) <> p.text
    """).fetchone()[0]
    assert bad_passages == 0

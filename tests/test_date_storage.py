"""Dates end to end: a 14th-century date, a year-less date and a Hijri date, from a text file through the
real pipeline (process_document -> frames -> validation -> Arrow -> Parquet) and back through pandas,
polars and DuckDB (issue 16: any year 1-9999; issue 9: year-less dates kept, other calendars kept)."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pytest

import schemas
from figtrace.run import store
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings

D = dt.date
LETTERS = {  # synthetic letters without a date line: their year-less dates have no year to take
    "old.zh.txt": "致秘书长\n\n1357年6月10日，该城被围。回历1436年7月25日，又有 12 名平民死亡。\n\n他说 7 月 23 日发生了袭击。\n",
    "old.en.txt": "To the Secretary-General\n\nThe treaty of 5 December 1391 was signed there.\n\nOn 8 January, 12 civilians "
                  "were killed.\n",
}
# surface -> (date_start, date_end, year_source, date_edtf, calendar)
EXPECTED = {
    "1357年6月10日": (D(1357, 6, 10), D(1357, 6, 10), "written", "1357-06-10", "gregorian"),
    "回历1436年7月25日": (D(2015, 5, 14), D(2015, 5, 14), "written", "1436-07-25", "hijri"),
    "7 月 23 日": (None, None, "unknown", "XXXX-07-23", "gregorian"),
    "5 December 1391": (D(1391, 12, 5), D(1391, 12, 5), "written", "1391-12-05", "gregorian"),
    "8 January": (None, None, "unknown", "XXXX-01-08", "gregorian"),
}
COLUMNS = ["surface", "date_start", "date_end", "year_source", "date_edtf", "calendar"]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The output directory after writing every table of both letters, and the claims frames written."""
    src, out = tmp_path_factory.mktemp("raw"), tmp_path_factory.mktemp("processed")
    claims = []
    for name, text in LETTERS.items():
        (src / name).write_text(text, encoding="utf-8")
        result = process_document(src / name, Settings(), "r1")
        for table, rows in result.tables.items():
            valid, quarantined = schemas.validate(table, schemas.frame_from_records(table, rows, run_id="r1"))
            assert len(quarantined) == 0, (table, quarantined["failed_check"].tolist())  # no date sends a row away
            meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": "r1", "figtrace.table": table}
            store.write_parquet_atomic(store.table_path(out, table, result.doc.doc_id), schemas.to_arrow(table, valid), meta)
            if table == "claims":
                claims.append(valid)
    return out, pd.concat(claims, ignore_index=True)


def _dates(rows) -> dict:
    return {r[0]: tuple(None if pd.isna(v) else v for v in r[1:]) for r in rows if r[0] in EXPECTED}


def test_every_date_is_a_valid_claim_row(written):
    _, claims = written
    assert _dates(claims[claims["kind"] == "date"][COLUMNS].itertuples(index=False)) == EXPECTED


def test_the_figures_beside_them_are_published(written):
    _, claims = written
    counts = claims[claims["kind"] == "count"]
    assert sorted(counts["surface"]) == ["12", "12"]  # neither swallowed by a date nor read inside one


def test_pandas_reads_them_back(written):
    out, _ = written
    back = pd.read_parquet(out / "claims")
    got = _dates(back[back["kind"] == "date"][COLUMNS].itertuples(index=False))
    assert got == EXPECTED and all(isinstance(v[0], dt.date) for v in got.values() if v[0] is not None)


def test_polars_reads_them_back(written):
    out, _ = written
    back = pl.read_parquet(out / "claims" / "*.parquet").filter(pl.col("kind") == "date")
    assert back.schema["date_start"] == pl.Date and back.schema["date_edtf"] == pl.String
    assert _dates(back.select(COLUMNS).iter_rows()) == EXPECTED


def test_duckdb_reads_them_back_and_answers_the_readme_queries(written):
    out, _ = written
    con = duckdb.connect()
    rows = con.execute(f"SELECT {', '.join(COLUMNS)} FROM read_parquet('{out}/claims/*.parquet') "
                       "WHERE kind = 'date'").fetchall()
    assert _dates(rows) == EXPECTED
    # README, "Dates whose year is unknown": month and day of every date, known year or not
    month_day = con.execute(f"""
        SELECT surface, coalesce(month(date_start), CAST(substr(date_edtf, 6, 2) AS INTEGER)) AS month,
               coalesce(day(date_start), CAST(substr(date_edtf, 9, 2) AS INTEGER)) AS day
        FROM read_parquet('{out}/claims/*.parquet')
        WHERE kind = 'date' AND calendar = 'gregorian' AND date_edtf NOT LIKE '%/%'
        ORDER BY month, day""").fetchall()
    assert month_day == [("8 January", 1, 8), ("1357年6月10日", 6, 10), ("7 月 23 日", 7, 23), ("5 December 1391", 12, 5)]
    unknown = con.execute(f"SELECT surface FROM read_parquet('{out}/claims/*.parquet') "
                          "WHERE year_source = 'unknown' AND date_edtf LIKE 'XXXX-07-%'").fetchall()
    assert unknown == [("7 月 23 日",)]

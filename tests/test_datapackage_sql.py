"""The output folder as a data package (`frictionless validate` passes) and as DuckDB views (issue 14)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import pyarrow.parquet as pq
import pytest

import schemas
from figtrace.report.words import bounds_kind
from figtrace.run import store
from flows import analyst, review, steps
from flows.sqlviews import DUCKDB_FILE, connect
from tests.outfolder import EN_LETTER, THREE_SCRIPTS, run_into

RUN = "20990325T100000000Z-test0001"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_into(out, THREE_SCRIPTS, RUN)
    analyst.write_analyst_files(out, RUN)
    return out


# --------------------------------------------------------------------------- data package
def test_frictionless_validates_the_output_folder(out):
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:5]
    names = {t.name for t in report.tasks}
    assert {"claims-a_75_709.zh", "flags-a_99_123.en", "documents-a_99_200.ar"} <= names  # the Arabic masthead is read: its symbol names it


def test_the_frictionless_command_agrees(out):
    proc = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json"],
                          cwd=out, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:]


def test_every_table_file_is_a_resource_with_its_models_schema(out):
    package = frictionless.Package(out / "datapackage.json")
    files = sorted(p.relative_to(out).as_posix() for p in [*out.glob("*/*.parquet"), *out.glob("quarantine/*/*.parquet")])
    assert sorted(r.path for r in package.resources) == files
    claims = package.get_resource("claims-a_99_123.en")
    assert [f.name for f in claims.schema.fields] == schemas.columns("claims")
    assert claims.schema.primary_key == ["claim_id"]
    assert claims.schema.get_field("kind").constraints["enum"] == ["count", "date", "duration"]


def test_a_file_that_breaks_its_schema_fails_validation(out, tmp_path):
    """The check can fail: a claims file whose required column holds a null."""
    broken = tmp_path / "out"
    (broken / "claims").mkdir(parents=True)
    src = out / "claims" / "A_99_123.en.parquet"
    df = pd.read_parquet(src)
    df.loc[0, "surface"] = None
    df.to_parquet(broken / "claims" / src.name)
    from flows.datapackage import write_datapackage

    report = frictionless.validate(write_datapackage(broken, RUN))
    assert not report.valid
    assert ["surface", "constraint-error"] in report.flatten(["fieldName", "type"])


# --------------------------------------------------------------------------- DuckDB
def test_one_view_per_table_and_the_joins(out):
    con = duckdb.connect(str(out / DUCKDB_FILE), read_only=True)
    con.execute(f"SET file_search_path = '{out}'")
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(schemas.TABLES) | {"claim_sources", "flag_context"} <= views
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == len(pd.read_parquet(out / "claims"))
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0  # no file yet: an empty view, typed


def test_the_duckdb_file_works_from_the_output_folder(out):
    code = ("import duckdb; c = duckdb.connect('figtrace.duckdb', read_only=True); "
            "print(c.execute('SELECT count(*) FROM flags').fetchone()[0])")
    proc = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == str(len(pd.read_parquet(out / "flags"))), proc.stderr


def test_bounds_column_is_the_documented_rule(out):
    con = connect(out)
    rows = con.execute("SELECT kind, value_low, value_best, value_high, bounds FROM claims").fetchall()
    assert {b for *_, b in rows} >= {"exact", "range", "open_above", "open_below", "estimate", "none"}
    for kind, lo, best, hi, b in rows:
        assert b == ("none" if kind == "date" else bounds_kind(lo, best, hi))
    # the README's query: figures that are ranges or open bounds
    opens = con.execute("SELECT surface FROM claims WHERE bounds IN ('range', 'open_above', 'open_below')").fetchall()
    assert ("more than 1,200",) in opens


def test_claim_sources_joins_footnotes_and_cited_documents(out):
    con = connect(out)
    rows = con.execute("SELECT claim_id, footnote_number, footnote_text, symbol FROM claim_sources "
                       "WHERE doc_id = 'A/99/123:en' ORDER BY claim_id, footnote_number, symbol").fetchall()
    claims = pd.read_parquet(out / "claims").set_index("claim_id")
    cited = pd.read_parquet(out / "cited_documents")
    for claim_id, fn, text, symbol in rows:
        c = claims.loc[claim_id]
        assert fn in (list(c["cited_footnotes"]) or list(c["paragraph_footnotes"]))
        assert text and (symbol is None or symbol in set(cited[cited["footnote_number"] == fn]["symbol"]))
    en = claims[claims["doc_id"] == "A/99/123:en"]
    rested_on = {int(n) for _, c in en.iterrows() for n in (list(c["cited_footnotes"]) or list(c["paragraph_footnotes"]))}
    assert {fn for _, fn, _, _ in rows} == rested_on and rested_on


def test_flag_context_names_the_footnote_of_footnote_flags(out):
    con = connect(out)
    rows = con.execute("SELECT footnote_number, footnote_text, page FROM flag_context "
                       "WHERE rule = 'self-sourced-footnote' AND doc_id = 'A/75/709:zh'").fetchall()
    assert rows and all(fn is not None and text and page for fn, text, page in rows)


def test_review_status_in_the_flags_view(out, tmp_path):
    run_into(tmp_path, [EN_LETTER], RUN)
    flags = pd.read_parquet(tmp_path / "flags")
    a, b = flags[~flags["passed"]]["flag_id"].iloc[:2]
    review.record_review(tmp_path, a, "dismissed", "fine", "ana", dt.datetime(2099, 4, 1, tzinfo=dt.timezone.utc))
    row = review.record_review(tmp_path, b, "confirmed", "", "ana", dt.datetime(2099, 4, 1, tzinfo=dt.timezone.utc))
    stale = [row, steps_row(row, evidence_sha256="0" * 64, decided_at=dt.datetime(2099, 4, 2, tzinfo=dt.timezone.utc))]
    steps.validate_and_write(tmp_path, "reviews", list(read_reviews(tmp_path)) + stale[1:], RUN, None, "reviews")
    status = dict(connect(tmp_path).execute("SELECT flag_id, review_status FROM flags").fetchall())
    assert (status[a], status[b]) == ("dismissed", "reopened")
    assert set(status.values()) == {"open", "dismissed", "reopened"}


def steps_row(row, **changes):
    import dataclasses

    return dataclasses.replace(row, **changes)


def read_reviews(out: Path):
    from figtrace.records import ReviewRow

    for r in pq.read_table(store.table_path(out, "reviews", "reviews")).to_pylist():
        yield ReviewRow(**r)

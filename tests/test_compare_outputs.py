"""``figtrace compare`` and the compare step of ``figtrace run``: the output folder read back, the
``comparisons`` table, its flags, report and runs row written, read again by DuckDB and polars."""
from __future__ import annotations

import json

import duckdb
import polars as pl
import pytest

import schemas
from figtrace.run import store
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from flows.cli import main
from tests.compare_docs import GED_COLUMNS, ged_row
from tests.fixtures.unpc_lines import DOCUMENTS
from tests.parallel import AlignedDocument

RUN = "20260101T000000000Z-compare0"
LETTERS = {  # file name -> text: two authors about one attack (see tests/test_compare_sources.py)
    "S_2020_901.en.txt": ("Letter dated 13 October 2020 from the Permanent Representative of Ruritania to the United "
                          "Nations addressed to the Secretary-General\n On 11 October 2020, as a result of a missile "
                          "attack on Ganja, 10 civilians were killed and 35 were wounded.\n"),
    "S_2020_950.en.txt": ("Letter dated 20 October 2020 from the Permanent Representative of Freedonia to the United "
                          "Nations addressed to the Secretary-General\n On 11 October 2020, as a result of a missile "
                          "attack on Ganja, 4 civilians were killed.\n"),
}


def write_inputs(folder):
    """Plain-text inputs, no sidecars: two language versions from the corpus, two letters."""
    folder.mkdir()
    a = AlignedDocument("A/AC.109/2015/8", {k: DOCUMENTS["A/AC.109/2015/8"][k] for k in ("zh", "en")})
    for lang in ("zh", "en"):
        (folder / a.file_name(lang)).write_text(a.text(lang), encoding="utf-8")
    for name, text in LETTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def publish(paths, out):
    """Every table of every input, validated and written as the run writes them (no Prefect)."""
    for path in paths:
        result = process_document(path, Settings(), RUN)
        for table, rows in result.tables.items():
            good, bad = schemas.validate(table, schemas.frame_from_records(table, rows, run_id=RUN))
            assert len(bad) == 0, (table, bad["failed_check"].tolist())
            meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": RUN, "figtrace.table": table}
            store.write_parquet_atomic(store.table_path(out, table, result.doc.doc_id), schemas.to_arrow(table, good), meta)


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    """An output folder, then ``figtrace compare --reference ged.csv`` over it."""
    base = tmp_path_factory.mktemp("compare")
    out = base / "processed"
    publish(write_inputs(base / "inputs"), out)
    ged = base / "GEDEvent.csv"
    ged.write_text("\n".join([GED_COLUMNS, ged_row(501, 11, 9, 10, 12, 10)]) + "\n", encoding="utf-8")
    assert main(["compare", "--out", str(out), "--reference", str(ged)]) == 0
    return out, ged


def test_compare_writes_the_table_and_duckdb_reads_it(compared):
    out, _ = compared
    con = duckdb.connect()
    counts = dict(con.execute(f"""
        SELECT basis || '/' || relation, count(*) FROM read_parquet('{out}/comparisons/*.parquet') GROUP BY 1
    """).fetchall())
    assert counts["language_versions/agree"] >= 10
    assert counts["same_figure/differ"] == 1 and counts["reference/agree"] == 1
    assert counts.get("reference/differ") == 1  # the 4 of the second letter against GED's 10 civilians
    names = [d[0] for d in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}/comparisons/*.parquet')").fetchall()]
    assert names == schemas.columns("comparisons")
    # an analyst's join: the quoted figure is the claim's surface
    bad = con.execute(f"""
        SELECT count(*) FROM read_parquet('{out}/comparisons/*.parquet') k
        JOIN read_parquet('{out}/claims/*.parquet') c ON c.claim_id = k.left_claim_id
        WHERE c.surface <> k.left_surface OR c.doc_id <> k.left_doc_id
    """).fetchone()[0]
    assert bad == 0


def test_polars_reads_the_table_with_its_types(compared):
    out, _ = compared
    df = pl.read_parquet(str(out / "comparisons" / "*.parquet"))
    assert df.schema["matched_on"] == pl.List(pl.String) and df.schema["left_date_start"] == pl.Date
    assert df.schema["score"] == pl.Float64 and df.schema["left_page"] == pl.Int64
    row = df.filter((pl.col("basis") == "same_figure")).row(0, named=True)
    assert (row["left_surface"], row["right_surface"], row["relation"]) == ("10", "4", "differ")
    assert {"category", "place", "event_date"} <= set(row["matched_on"])


def test_flags_report_and_runs_row(compared):
    out, ged = compared
    flags = pl.read_parquet(str(out / "flags" / "comparisons.parquet"))
    rules = set(flags.filter(~pl.col("passed"))["rule"].to_list())
    assert {"differs-across-sources", "differs-from-reference"} <= rules
    meta = store.read_metadata(out / "comparisons" / "comparisons.parquet")
    assert json.loads(meta["figtrace.references"]) == [str(ged.resolve())] and meta["figtrace.table"] == "comparisons"
    report = (out / "reports" / "comparisons.md").read_text(encoding="utf-8")
    assert report.startswith("## Comparisons") and "#### Timelines" in report and "Ruritania" in report
    runs = pl.read_parquet(str(out / "runs" / "*.parquet"))
    assert runs.height == 1
    run = runs.row(0, named=True)
    assert json.loads(run["parameters"])["command"] == "compare"
    assert [i["path"] for i in json.loads(run["inputs"])] == [str(ged.resolve())]
    assert set(flags["run_id"].to_list()) == {run["run_id"]}


def test_references_stay_in_force_until_replaced(compared, capsys):
    out, ged = compared
    assert main(["compare", "--out", str(out)]) == 0
    assert "reference figures: 2 from" in capsys.readouterr().out
    assert main(["compare", "--out", str(out), "--no-reference"]) == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/comparisons/*.parquet') "
                       "WHERE basis = 'reference'").fetchone()[0] == 0
    assert main(["compare", "--out", str(out), "--reference", str(ged)]) == 0  # as the fixture left it


def test_ids_are_deterministic_across_runs(compared):
    out, _ = compared
    before = pl.read_parquet(str(out / "comparisons" / "*.parquet")).drop("run_id").sort("comparison_id")
    assert main(["compare", "--out", str(out)]) == 0
    after = pl.read_parquet(str(out / "comparisons" / "*.parquet")).drop("run_id").sort("comparison_id")
    assert before.equals(after)


def test_compare_refuses_a_missing_output_folder(tmp_path, capsys):
    assert main(["compare", "--out", str(tmp_path / "nope")]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'nope'}: no such output folder (run figtrace run first)"


def test_a_bad_reference_file_is_one_line_and_exit_1(compared, tmp_path, capsys):
    out, _ = compared
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    assert main(["compare", "--out", str(out), "--reference", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {bad}: neither the reference schema") and "\n" not in err


@pytest.mark.flow
def test_figtrace_run_compares_everything_in_the_output_folder(prefect_harness, tmp_path):
    from flows.run import run_flow

    paths = write_inputs(tmp_path / "inputs")
    out = tmp_path / "processed"
    first = run_flow([str(p) for p in paths[:2]], str(out), str(tmp_path / "raw"), Settings())
    assert first["comparisons"]["by_basis"]["language_versions/agree"] >= 10
    second = run_flow([str(p) for p in paths[2:]], str(out), str(tmp_path / "raw"), Settings())
    assert second["comparisons"]["by_basis"]["same_figure/differ"] == 1  # this run's letters, meeting
    df = pl.read_parquet(str(out / "comparisons" / "*.parquet"))
    assert set(df["run_id"].to_list()) == {second["run_id"]} and "language_versions" in df["basis"].to_list()
    report = (out / "reports" / "comparisons.md").read_text(encoding="utf-8")
    assert f"Run `{second['run_id']}`: 4 document(s)" in report
    run = pl.read_parquet(str(out / "runs" / "*.parquet")).filter(pl.col("run_id") == second["run_id"]).row(0, named=True)
    assert json.loads(run["row_counts"])["comparisons"] == df.height

"""End to end through a real Prefect flow on the temporary server, read back by pandas, polars and DuckDB."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

pytestmark = pytest.mark.flow

TABLES = ("documents", "passages", "citations", "cited_documents", "claims", "flags")
VOLATILE = {"run_id"}


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def frame(out: Path, table: str) -> pd.DataFrame:
    df = pd.read_parquet(out / table)
    return df.drop(columns=[c for c in VOLATILE if c in df.columns])


@pytest.fixture(scope="module")
def seed_run(prefect_harness, tmp_path_factory, seed_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    out = tmp_path_factory.mktemp("processed")
    result = run_flow([str(seed_path)], str(out), str(tmp_path_factory.mktemp("raw")), Settings())
    return out, result


def test_seed_run_writes_every_table(seed_run):
    out, result = seed_run
    assert result["status"] == "ok" and result["errors"] == []
    for table in TABLES:
        files = list((out / table).glob("*.parquet"))
        assert [f.name for f in files] == ["A_75_709.zh.parquet"], table
        meta = pq.read_schema(files[0]).metadata
        assert meta[b"figtrace.table"] == table.encode()
        assert meta[b"figtrace.run_id"] == result["run_id"].encode()
        assert b"figtrace.schema_version" in meta
    assert len(list((out / "runs").glob("*.parquet"))) == 1
    assert not list(out.glob(".staging-*"))
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# figtrace flag report")


def test_seed_summary_counts(seed_run):
    _, result = seed_run
    t = result["totals"]
    assert (t["documents"], t["pages"], t["paragraphs"], t["footnotes"]) == (1, 13, 73, 53)
    assert t["citations"] == 53 and t["claims"] > 50


def test_every_row_carries_the_run_id(seed_run):
    out, result = seed_run
    for table in TABLES + ("runs",):
        df = pd.read_parquet(out / table)
        assert set(df["run_id"]) == {result["run_id"]}, table


def test_runs_row_records_inputs_parameters_and_versions(seed_run, seed_path):
    out, result = seed_run
    run = pd.read_parquet(out / "runs").iloc[0]
    assert run["status"] == "ok"
    inputs = json.loads(run["inputs"])
    assert inputs[0]["sha256"] == pd.read_parquet(out / "documents").iloc[0]["raw_sha256"]
    assert json.loads(run["parameters"])["inputs"] == [str(seed_path)]
    assert {"prefect", "pandera", "pyarrow", "python"} <= set(json.loads(run["library_versions"]))
    assert json.loads(run["row_counts"])["claims"] == len(pd.read_parquet(out / "claims"))


def test_claim_spans_quote_the_canonical_text(seed_run):
    out, _ = seed_run
    text = pd.read_parquet(out / "documents").iloc[0]["text"]
    claims = pd.read_parquet(out / "claims")
    assert all(text[s:e] == q for s, e, q in zip(claims.char_start, claims.char_end, claims.surface))


def test_polars_and_duckdb_read_the_output(seed_run):
    import duckdb
    import polars as pl

    out, result = seed_run
    claims = pl.read_parquet(str(out / "claims" / "*.parquet"))
    assert claims.height == len(pd.read_parquet(out / "claims"))
    assert claims.schema["cited_footnotes"] == pl.List(pl.Int64) or isinstance(claims.schema["cited_footnotes"], pl.List)
    con = duckdb.connect()
    n, symbols = con.execute(
        f"SELECT count(*), any_value(symbols) FROM read_parquet('{out}/documents/*.parquet')"
    ).fetchone()
    assert n == 1 and list(symbols) == ["A/75/709", "S/2021/39"]
    (footnotes,) = con.execute(f"SELECT count(*) FROM read_parquet('{out}/citations/*.parquet')").fetchone()
    assert footnotes == 53


def test_rerun_gives_the_same_ids_and_rows(seed_run, tmp_path, seed_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    out, first = seed_run
    again = tmp_path / "again"
    second = run_flow([str(seed_path)], str(again), str(tmp_path / "raw"), Settings())
    assert second["run_id"] != first["run_id"]
    for table in TABLES:
        pd.testing.assert_frame_equal(frame(out, table), frame(again, table), obj=table)


def test_broken_input_changes_nothing_already_published(seed_run, tmp_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    out, _ = seed_run
    copy = tmp_path / "processed"
    shutil.copytree(out, copy)
    before = snapshot(copy)
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02 not a letter")
    result = run_flow([str(bad)], str(copy), str(tmp_path / "raw"), Settings())
    assert result["status"] == "failed"
    assert result["errors"] == [{"path": str(bad), "error": f"{bad}: binary file (NUL byte at offset 0), expected UTF-8 text or PDF"}]
    after = snapshot(copy)
    new = set(after) - set(before)
    assert all(name.startswith("runs/") for name in new) and len(new) == 1  # the failed run is recorded
    log = "lineage/openlineage.jsonl"  # ... and its OpenLineage events appended (issue 14)
    assert after[log].startswith(before[log])
    assert [json.loads(x)["eventType"] for x in after[log][len(before[log]):].splitlines()] == ["START", "FAIL"]
    assert {k: v for k, v in after.items() if k in before and k != log} == {k: v for k, v in before.items() if k != log}


# ---------------------------------------------------------------- URLs (issue 5), against a real server
from tests.httpserver import http_server  # noqa: E402,F401  (fixture)

URL_VOLATILE = {"run_id", "source_uri", "language_source"}  # a fetched copy's language is read from its script


def test_url_run_gives_the_same_tables_as_the_local_file(seed_run, http_server, tmp_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    out, _ = seed_run
    url = http_server.url("/seed.txt")
    local = Settings(fetch_allowed_addresses=("127.0.0.1",))  # the test server
    result = run_flow([url], str(tmp_path / "out"), str(tmp_path / "raw"), local)
    assert result["status"] == "ok"
    for table in TABLES:
        local = pd.read_parquet(out / table)
        remote = pd.read_parquet(tmp_path / "out" / table)
        drop = [c for c in URL_VOLATILE if c in local.columns]
        pd.testing.assert_frame_equal(local.drop(columns=drop), remote.drop(columns=drop), obj=table)
    doc = pd.read_parquet(tmp_path / "out" / "documents").iloc[0]
    assert doc["source_uri"] == url
    stored = list((tmp_path / "raw" / "store").glob(f"{doc['raw_sha256']}.*"))
    assert len(stored) == 2  # the bytes and their sidecar
    run = pd.read_parquet(tmp_path / "out" / "runs").iloc[0]
    assert json.loads(run["inputs"])[0]["source_uri"] == url
    assert json.loads(run["inputs"])[0]["sha256"] == doc["raw_sha256"]
    assert json.loads(run["parameters"])["inputs"] == [url]


def test_fetch_in_the_flow_retries_transient_errors_only(http_server, tmp_path, prefect_harness):
    """One retry layer: a 503 gets fetch_retries + 1 requests in all, a 404 one; Prefect adds none."""
    from figtrace.settings import Settings
    from flows.run import run_flow

    settings = Settings(fetch_retries=2, fetch_backoff_s=0.01, fetch_backoff_max_s=0.01,
                        fetch_allowed_addresses=("127.0.0.1",))
    gone, busy = http_server.url("/missing.pdf"), http_server.url("/always-503")
    result = run_flow([gone, busy], str(tmp_path / "out"), str(tmp_path / "raw"), settings)
    assert result["status"] == "failed"
    assert [e["path"] for e in result["errors"]] == [gone, busy]
    assert "404" in result["errors"][0]["error"] and "503" in result["errors"][1]["error"]
    assert "gave up after 3 attempts" in result["errors"][1]["error"]
    assert http_server.hits["/missing.pdf"] == 1
    assert http_server.hits["/always-503"] == settings.fetch_retries + 1
    assert not (tmp_path / "out" / "documents").exists()
    assert not list((tmp_path / "raw").rglob("*.tmp"))


def test_flag_report_is_published_as_a_prefect_artifact(seed_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    out, result = seed_run
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["figtrace-flags"]))
        )
    ours = [a for a in artifacts if result["run_id"] in (a.description or "")]
    assert len(ours) == 1 and ours[0].type == "markdown"
    assert ours[0].data == (out / "report.md").read_text(encoding="utf-8")
    assert "uncited-in-paragraph" in ours[0].data


# ---------------------------------------------------------------- issue 12, through the flow
def test_two_versions_of_a_document_in_one_run_are_both_kept_unmixed(prefect_harness, tmp_path):
    """Issue 12: both staged to the same files; one document with the claims of one version and the text of the other."""
    import os

    from figtrace.settings import Settings
    from flows.run import run_flow

    letter = (Path(__file__).parent / "fixtures" / "letter.en.txt").read_text(encoding="utf-8")
    old, new = tmp_path / "a" / "letter.en.txt", tmp_path / "b" / "letter.en.txt"
    for path, text, mtime in ((old, letter, 1_600_000_000), (new, letter.replace("412 civilians", "413 civilians"), 1_700_000_000)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        os.utime(path, (mtime, mtime))
    out = tmp_path / "out"
    result = run_flow([str(new), str(old)], str(out), str(tmp_path / "raw"), Settings())
    assert result["status"] == "ok" and result["totals"]["documents"] == 2
    every = pd.read_parquet(out / "versions" / "documents")
    assert sorted(every["doc_id"]) == ["A/99/123:en"] * 2 and every["version"].nunique() == 2
    for _, doc in every.iterrows():
        claims = pd.read_parquet(out / "versions" / "claims" / f"A_99_123.en@{doc['version']}.parquet")
        assert all(doc["text"][s:e] == q for s, e, q in zip(claims.char_start, claims.char_end, claims.surface))
    [latest] = pd.read_parquet(out / "documents").itertuples()
    assert "413 civilians" in latest.text  # the newer input
    assert any("2 versions published" in n for d in result["documents"] for n in d["notes"])


def test_a_password_in_a_url_is_never_recorded(prefect_harness, http_server, tmp_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    url = http_server.url("/seed.txt").replace("http://", "http://ann:s3cret@")
    local = Settings(fetch_allowed_addresses=("127.0.0.1",))
    result = run_flow([url], str(tmp_path / "out"), str(tmp_path / "raw"), local)
    assert result["status"] == "failed" and "s3cret" not in json.dumps(result)
    assert http_server.hits["/seed.txt"] == 0
    for path in [*(tmp_path / "out").rglob("*"), *(tmp_path / "raw").rglob("*")]:
        assert not path.is_file() or b"s3cret" not in path.read_bytes(), path
    run = pd.read_parquet(tmp_path / "out" / "runs").iloc[0]
    assert json.loads(run["parameters"])["inputs"] == [url.replace("ann:s3cret@", "***@")]

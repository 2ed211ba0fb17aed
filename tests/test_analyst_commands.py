"""The analyst's commands and run semantics (issue 14): review, diff, sql, --prune and what a run
keeps, the progress bar, --version and the code version a run records, serve's refusal."""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from rich.console import Console

from figtrace.run.runs import DocSummary
from figtrace.run.version import code_version, git_commit
from flows import analyst, folder
from flows.cli import REVIEW_STATUSES, main
from flows.progress import RunProgress
from schemas.vocab import REVIEW_STATUSES as MODEL_STATUSES
from tests.conftest import ROOT
from tests.outfolder import EN_LETTER, SEED, run_into

FIRST, SECOND = "20990101T000000000Z-first000", "20990201T000000000Z-second00"


def cli(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def two_runs(out: Path, letter_edit=None) -> Path:
    """FIRST on the seed and a copy of the English letter, SECOND on the (edited) English letter alone."""
    letter = out.parent / "in" / "letter.en.txt"
    letter.parent.mkdir(exist_ok=True)
    shutil.copy(EN_LETTER, letter)
    run_into(out, [SEED, letter], FIRST)
    analyst.write_analyst_files(out, FIRST)
    if letter_edit:
        letter.write_text(letter_edit(letter.read_text(encoding="utf-8")), encoding="utf-8")
    run_into(out, [letter], SECOND)
    analyst.write_analyst_files(out, SECOND)
    return letter


# --------------------------------------------------------------------------- review
def test_review_records_shows_and_survives_a_rerun(tmp_path, capsys):
    out = tmp_path / "out"
    run_into(out, [EN_LETTER], FIRST)
    flag = pd.read_parquet(out / "flags").query("not passed").iloc[0]
    rc, stdout, _ = cli(capsys, "review", flag["flag_id"][:8], "--status", "needs-source", "--note", "check the annex",
                        "--reviewer", "ana", "--out", out)
    assert rc == 0 and stdout.splitlines()[0] == f"recorded: flag {flag['flag_id']} needs-source by ana"
    assert "review: needs-source by ana" in stdout and "ana: needs-source check the annex" in stdout
    run_into(out, [EN_LETTER], SECOND)  # a rerun leaves reviews/ alone, and the flag keeps its id
    [row] = pd.read_parquet(out / "reviews").to_dict("records")
    assert (row["flag_id"], row["status"], row["note"]) == (flag["flag_id"], "needs-source", "check the annex")
    rc, stdout, _ = cli(capsys, "review", flag["flag_id"], "--out", out)
    assert "review: needs-source by ana" in stdout


def test_review_refuses_unknown_or_ambiguous_ids(tmp_path, capsys):
    out = tmp_path / "out"
    run_into(out, [EN_LETTER], FIRST)
    rc, _, err = cli(capsys, "review", "zzzz", "--status", "dismissed", "--out", out)
    assert rc == 1 and err.strip() == f"error: {out}: no flag with id 'zzzz'"
    rc, _, err = cli(capsys, "review", "", "--status", "dismissed", "--out", out)
    assert rc == 1 and "flags start with ''" in err
    assert not (out / "reviews").exists()


def test_review_statuses_are_the_models():
    assert REVIEW_STATUSES == MODEL_STATUSES


# --------------------------------------------------------------------------- diff
def test_diff_lists_what_changed_between_two_runs(tmp_path, capsys):
    out = tmp_path / "out"
    two_runs(out, lambda text: text.replace("412 civilians", "413 civilians"))
    rc, stdout, _ = cli(capsys, "diff", FIRST, "latest", "--out", out)
    assert rc == 0
    diff = pd.read_parquet(out / "diffs" / f"{FIRST}__{SECOND}.parquet")
    assert set(diff["doc_id"]) == {"A/99/123:en"}  # the seed, kept by the second run, did not change
    claims = diff[diff["table"] == "claims"]
    assert any("413" in json.dumps(v) for v in claims["after"].dropna()) and any("412" in json.dumps(v) for v in claims["before"].dropna())
    assert "figtrace diff" in stdout and f"difference(s); Parquet: {out / 'diffs'}" in stdout.splitlines()[-1]


def test_diff_of_a_run_with_itself_is_empty_and_runs_are_found_by_prefix(tmp_path, capsys):
    out = tmp_path / "out"
    two_runs(out)  # same letter twice: same ids and rows, only run_id differs
    rc, stdout, _ = cli(capsys, "diff", "20990101", "20990201", "--out", out, "--to", tmp_path / "d.parquet")
    assert rc == 0 and pq.read_table(tmp_path / "d.parquet").num_rows == 0
    rc, _, err = cli(capsys, "diff", "2099", "latest", "--out", out)
    assert rc == 1 and "2 runs matching '2099'" in err


def test_diff_of_two_output_folders(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    run_into(a, [SEED, EN_LETTER], FIRST)
    run_into(b, [EN_LETTER], SECOND)
    rc, _, _ = cli(capsys, "diff", a, b, "--out", tmp_path, "--to", tmp_path / "d.parquet")
    diff = pd.read_parquet(tmp_path / "d.parquet")
    assert rc == 0 and set(diff["change"]) == {"removed"} and set(diff["doc_id"]) == {"A/75/709:zh"}
    assert set(diff["table"]) == {"claims", "flags"}


# --------------------------------------------------------------------------- sql
def test_sql_runs_a_query_and_lists_the_views(tmp_path, capsys):
    out = tmp_path / "out"
    run_into(out, [EN_LETTER], FIRST)
    rc, stdout, _ = cli(capsys, "sql", "SELECT bounds, count(*) AS n FROM claims GROUP BY bounds ORDER BY bounds", "--out", out)
    assert rc == 0 and "open_above" in stdout
    rc, stdout, _ = cli(capsys, "sql", "--out", out)
    assert any(line.startswith("claim_sources: claim_id, doc_id") for line in stdout.splitlines())
    rc, _, err = cli(capsys, "sql", "SELECT nope FROM claims", "--out", out)
    assert rc == 1 and "query failed" in err


# --------------------------------------------------------------------------- what a run keeps
def test_a_run_keeps_earlier_documents_and_prune_removes_them(tmp_path):
    out = tmp_path / "out"
    two_runs(out)
    docs = pd.read_parquet(out / "documents").set_index("doc_id")["run_id"].to_dict()
    assert docs == {"A/75/709:zh": FIRST, "A/99/123:en": SECOND}  # kept, and each says which run wrote it
    assert folder.stale_documents(out, SECOND) == ["A_75_709.zh"]
    removed = folder.prune(out, SECOND)
    tables = ("documents", "passages", "citations", "cited_documents", "claims", "flags")
    assert sorted(p.relative_to(out).as_posix() for p in removed) == sorted(
        [f"{t}/A_75_709.zh.parquet" for t in tables] + [f"quarantine/{t}/A_75_709.zh.parquet" for t in tables]
        + ["reports/A_75_709.zh.md"])  # every document has a (possibly empty) quarantine file per table
    assert set(pd.read_parquet(out / "documents")["doc_id"]) == {"A/99/123:en"}
    assert len(list((out / "runs").glob("*.parquet"))) == 2 and (out / "history").is_dir()  # never pruned


# --------------------------------------------------------------------------- terminal
def summary(path: str, claims: int = 3, flags: int = 1) -> DocSummary:
    return DocSummary(path=path, doc_id=path, counts={"claims": claims, "flags": flags})


def test_progress_bar_in_a_terminal_counts_and_gives_an_eta():
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with RunProgress(3, console=console) as bar:
        for name in ("a.txt", "b.txt", "c.txt"):
            bar.advance(summary(name))
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", console.file.getvalue())  # colours and cursor moves out
    assert "[3/3] c.txt: 3 claims, 1 flags" in text and "3/3" in text and "9 claims, 3 flags" in text and "ETA" in text


def test_progress_without_a_terminal_is_one_line_per_document():
    console = Console(file=io.StringIO(), force_terminal=False)
    with RunProgress(2, console=console) as bar:
        bar.advance(summary("a.txt"))
        bar.advance(DocSummary(path="b.txt", error="b.txt: file is empty"))
    assert console.file.getvalue().splitlines() == ["[1/2] a.txt: 3 claims, 1 flags", "[2/2] b.txt: b.txt: file is empty"]


def test_version_names_the_commit_of_the_checkout(capsys):
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True).stdout.strip()
    assert git_commit().split(".")[0] == head and code_version().startswith(f"0.1.0+g{head}")
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"figtrace {code_version()}"


def test_runs_record_the_code_version_with_the_commit(tmp_path):
    run_into(tmp_path, [EN_LETTER], FIRST)
    assert pd.read_parquet(tmp_path / "runs")["code_version"].tolist() == [code_version()]


def test_serve_says_it_needs_a_running_server(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    rc, _, err = cli(capsys, "serve", "--cron", "0 6 * * *", SEED)
    assert rc == 2 and "no Prefect server" in err and "PREFECT_API_URL" in err


@pytest.mark.flow
def test_a_flow_run_writes_the_analyst_files_and_prunes_on_request(prefect_harness, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli(capsys, "run", SEED, "--out", out, "--raw", tmp_path / "raw")[0] == 0
    rc, stdout, _ = cli(capsys, "run", EN_LETTER, "--out", out, "--raw", tmp_path / "raw")
    assert rc == 0 and set(pd.read_parquet(out / "documents")["doc_id"]) == {"A/75/709:zh", "A/99/123:en"}
    assert f"  also: {out / 'report.html'}   {out / 'datapackage.json'}   {out / 'figtrace.duckdb'}" in stdout
    rc, stdout, _ = cli(capsys, "run", EN_LETTER, "--out", out, "--raw", tmp_path / "raw", "--prune")  # EN_LETTER skipped: unchanged
    assert rc == 0 and "  pruned: 13 file(s) of documents this run did not write" in stdout.splitlines()  # 6 tables, 6 quarantine files, the report
    assert set(pd.read_parquet(out / "documents")["doc_id"]) == {"A/99/123:en"}
    assert 'data-doc-id="A/75/709:zh"' not in (out / "report.html").read_text(encoding="utf-8")
    events = [json.loads(x)["eventType"] for x in (out / "lineage" / "openlineage.jsonl").read_text().splitlines()]
    assert events == ["START", "COMPLETE"] * 3
    assert set(pd.read_parquet(out / "documents")["doc_id"]) == {"A/99/123:en"}  # a skipped (unchanged) document is not pruned
    assert len(list((out / "history").iterdir())) == 3

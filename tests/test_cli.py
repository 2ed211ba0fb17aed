"""The `figtrace` command: called in-process through ``flows.cli.main`` (so coverage sees it),
plus one run as a user starts it, in a new process with its own temporary Prefect server.

Runs that start a flow use the session's temporary server (``prefect_harness``) and
are marked ``flow``; argument and input errors are refused before any flow starts.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from figtrace.settings import Settings
from flows.cli import main
from tests.conftest import ROOT
from tests.httpserver import http_server  # noqa: F401  (fixture)

EN_LETTER = ROOT / "tests" / "fixtures" / "letter.en.txt"
NO_FOOTNOTES = "致秘书长的信\n\n7 月 23 日，武装部队进入该镇，造成 12 名平民死亡。\n"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``figtrace *argv`` run in this process."""
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def usage_error(capsys, *argv: str) -> str:
    """What argparse prints when it refuses ``argv`` (exit status 2)."""
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in argv])
    assert info.value.code == 2
    return capsys.readouterr().err


def runs_row(out: Path) -> pd.Series:
    [row] = [r for _, r in pd.read_parquet(out / "runs").iterrows()]
    return row


# --------------------------------------------------------------------------- arguments
def test_help_names_every_command_and_option(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    usage = capsys.readouterr().out
    assert all(cmd in usage for cmd in ("{run,fetch,compare,review,diff,sql,serve}", "process letters", "download documents", "on a schedule",
                                        "PREFECT_API_URL", "decision on a flag", "two runs", "DuckDB", "compare the figures"))
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    usage = capsys.readouterr().out
    assert all(opt in usage for opt in ("--out", "--raw", "--reference-year YEAR", "--language CODE",
                                        "--allow-address ADDR", "--time-limit SECONDS"))
    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    usage = capsys.readouterr().out
    assert all(opt in usage for opt in ("--out", "--reference FILE [FILE ...]", "--no-reference"))


@pytest.mark.parametrize("argv, words", [
    ([], "the following arguments are required: command"),
    (["run", "--language", "中文"], "argument --language: not a language code such as zh or en: '中文'"),
    (["run", "--reference-year", "last"], "argument --reference-year: invalid int value: 'last'"),
    (["fetch", "--symbol", "A/75/709", "--lang", "z1"], "argument --lang: not a language code"),
    (["serve", "data/raw"], "the following arguments are required: --cron"),
    (["serve", "--cron", "every morning"], 'argument --cron: not a cron schedule such as "0 6 * * *": \'every morning\''),
    (["serve", "--cron", "0 25 * * *"], "argument --cron: not a cron schedule"),  # hour 25
    (["run", "--workers", "0"], "argument --workers: not a whole number of at least 1: '0'"),
])
def test_bad_arguments_are_refused_with_usage(capsys, argv, words):
    assert words in usage_error(capsys, *argv)


# --------------------------------------------------------------------------- inputs refused before a flow starts
def test_run_on_a_missing_path_fails_without_writing(capsys, tmp_path):
    missing = tmp_path / "no-such-letter.txt"
    rc, out, err = cli(capsys, "run", missing, "--out", tmp_path / "out")
    assert (rc, out) == (1, "")
    assert err.strip() == f"error: {missing}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_run_on_a_folder_without_inputs_fails(capsys, tmp_path):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    rc, _, err = cli(capsys, "run", tmp_path, "--out", tmp_path / "out")
    assert rc == 1 and err.strip() == f"error: {tmp_path}: folder holds no input files (.txt, .pdf, .html)"


def test_serve_refuses_a_missing_path_before_contacting_a_server(capsys, tmp_path):
    rc, _, err = cli(capsys, "serve", "--cron", "0 6 * * *", tmp_path / "gone")
    assert rc == 1 and err.strip() == f"error: {tmp_path / 'gone'}: no such file or folder"


# --------------------------------------------------------------------------- fetch, against a real local server
def test_fetch_stores_and_reports(tmp_path, capsys, http_server):
    """`figtrace fetch URL` and `--symbol` with a URL template; a 404 is one error line, exit 1."""
    template = http_server.url("/symbol/{lang}/{symbol}")
    raw = tmp_path / "raw"
    local = ("--allow-address", "127.0.0.1")  # the test server
    assert cli(capsys, "fetch", http_server.url("/seed.txt"), "--raw", raw, *local)[0] == 0
    assert cli(capsys, "fetch", "--symbol", "A/99/999", "--lang", "ZH", "--url-template", template, "--raw", raw, *local)[0] == 0
    rc, out, _ = cli(capsys, "fetch", http_server.url("/seed.txt"), "--raw", raw, *local)
    assert rc == 0 and out.startswith(f"unchanged: {http_server.url('/seed.txt')} -> {raw}/store/")
    rc, out, err = cli(capsys, "fetch", http_server.url("/missing.pdf"), "--raw", raw, *local)
    assert (rc, out) == (1, "") and err.strip() == f"error: {http_server.url('/missing.pdf')}: HTTP 404 Not Found"
    assert http_server.headers_sent("/symbol/zh/A/99/999")  # --lang ZH asked for zh
    stored = sorted(p.suffix for p in (raw / "store").iterdir() if not p.name.startswith("."))
    assert stored == [".json", ".json", ".pdf", ".txt"]


def test_fetch_without_url_or_symbol_is_a_usage_error(capsys, tmp_path):
    rc, _, err = cli(capsys, "fetch", "--raw", tmp_path)
    assert rc == 2 and err.strip() == "figtrace fetch: give a URL or --symbol"


def test_summary_names_quarantined_rows_and_errors(capsys):
    """The summary of a run whose rows failed validation (the flow tests cover the clean case)."""
    from flows.cli import print_summary

    print_summary({
        "run_id": "r1", "out_dir": "out", "report": None, "documents": [],
        "totals": {"documents": 1, "claims": 3, "flags": 2, "flag_rules": {"row-quarantined": 2},
                   "quarantined_claims": 1, "quarantined_passages": 1},
        "errors": [{"path": "b.txt", "error": "b.txt: file is empty"}],
    })
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "figtrace run r1: 1 document(s), 0 pages, 0 paragraphs, 0 footnotes, 3 claims, 2 flags (0 checks passed)",
        "  row-quarantined: 2",
        "  quarantined rows: claims 1, passages 1",
    ]
    assert err == "error: b.txt: file is empty\n"


# --------------------------------------------------------------------------- runs (a real flow on the session's server)
@pytest.mark.flow
def test_run_prints_the_summary_and_records_the_settings(prefect_harness, capsys, tmp_path):
    letter = tmp_path / "in" / "letter.en.txt"
    letter.parent.mkdir()
    shutil.copy(EN_LETTER, letter)
    out = tmp_path / "out"
    rc, stdout, _ = cli(capsys, "run", letter, "--out", out, "--raw", tmp_path / "raw",
                        "--language", "EN", "--reference-year", "2099")
    assert rc == 0
    lines = stdout.splitlines()
    assert "1 document(s), 2 pages, 5 paragraphs, 4 footnotes" in lines[0]
    assert lines[-1] == f"tables: {out}/<table>/*.parquet   report: {out / 'report.md'}"
    assert [p.name for p in (out / "documents").glob("*.parquet")] == ["A_99_123.en.parquet"]
    row = runs_row(out)
    params = json.loads(row["parameters"])
    assert row["status"] == "ok" and params["inputs"] == [str(letter)]
    assert (params["language"], params["reference_year"]) == ("en", 2099)
    recorded = {k: v for k, v in params.items() if k in Settings().as_dict()}
    assert recorded == {**Settings().as_dict(), "language": "en", "reference_year": 2099,  # JSON has no tuples
                        "fetch_content_types": list(Settings().fetch_content_types), "fetch_allowed_addresses": []}
    assert set(params) == set(Settings().as_dict()) | {"inputs", "out_dir", "raw_dir", "workers", "force", "engine"}
    assert (params["workers"], params["force"], params["engine"]) == (len(os.sched_getaffinity(0)), False, "local")  # default: the cores
    assert params["fetch_allowed_addresses"] == [] and params["doc_time_limit_s"] == 300.0


@pytest.mark.flow
def test_run_with_a_broken_input_reports_it_and_publishes_the_rest(prefect_harness, capsys, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(EN_LETTER, inputs / "letter.en.txt")
    (inputs / "nofootnotes.zh.txt").write_text(NO_FOOTNOTES, encoding="utf-8")
    (inputs / "broken.txt").write_bytes("Lettre datée".encode("latin-1"))
    out = tmp_path / "out"
    rc, stdout, err = cli(capsys, "run", inputs, "--out", out)
    assert rc == 1
    progress = [line for line in err.splitlines() if line.startswith("[")]
    assert [line.split("]")[0] for line in progress] == ["[1/3", "[2/3", "[3/3"]
    assert f"[1/3] {inputs / 'broken.txt'}: {inputs / 'broken.txt'}: not UTF-8 text (byte 0xe9 at offset 10)" in progress
    assert f"error: {inputs / 'broken.txt'}: not UTF-8 text (byte 0xe9 at offset 10)" in err.splitlines()
    assert "2 document(s)" in stdout.splitlines()[0] and "4 footnotes" in stdout.splitlines()[0]
    assert f"  note: {inputs / 'nofootnotes.zh.txt'}: no footnotes found: every figure is uncited" in stdout.splitlines()
    assert len(list((out / "documents").glob("*.parquet"))) == 2
    row = runs_row(out)
    assert row["status"] == "partial" and [e["path"] for e in json.loads(row["errors"])] == [str(inputs / "broken.txt")]


@pytest.mark.flow
def test_run_fetches_urls_and_reports_the_one_that_fails(prefect_harness, capsys, tmp_path, http_server):
    good, gone = http_server.url("/seed.txt"), http_server.url("/missing.pdf")
    out, raw = tmp_path / "out", tmp_path / "raw"
    rc, stdout, err = cli(capsys, "run", good, gone, "--out", out, "--raw", raw, "--allow-address", "127.0.0.1")
    assert rc == 1
    assert "1 document(s), 13 pages" in stdout.splitlines()[0]
    assert f"error: {gone}: HTTP 404 Not Found" in err.splitlines()
    assert http_server.hits["/missing.pdf"] == 1
    doc = pd.read_parquet(out / "documents").iloc[0]
    assert doc["source_uri"] == good and (raw / "store" / f"{doc['raw_sha256']}.txt").is_file()


# --------------------------------------------------------------------------- as a user runs it
@pytest.mark.flow
def test_the_command_in_a_new_process(tmp_path, seed_path):
    """`python -m flows.cli run` in a fresh process: its own temporary server, exit status, output."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(seed_path, inputs / seed_path.name)
    shutil.copy(EN_LETTER, inputs / "letter.en.txt")
    (inputs / "broken.txt").write_bytes("Lettre datée".encode("latin-1"))
    out = tmp_path / "out"
    env = dict(os.environ, FIGTRACE_PREFECT_HOME=str(tmp_path / "prefect"))
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out)],
        capture_output=True, text=True, timeout=300, env=env, cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr
    progress = [line for line in proc.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 3 and progress[-1].startswith("[3/3]")
    assert f"error: {inputs / 'broken.txt'}: not UTF-8 text (byte 0xe9 at offset 10)" in proc.stderr.splitlines()
    summary = proc.stdout.splitlines()[0]
    assert "2 document(s), 15 pages" in summary and "57 footnotes" in summary
    assert sorted(p.name for p in (out / "documents").glob("*.parquet")) == ["A_75_709.zh.parquet", "A_99_123.en.parquet"]
    assert "report: " in proc.stdout and (out / "report.md").exists()


def test_serve_refuses_without_a_reachable_server_in_one_line(capsys, seed_path):
    """Issue 13: ``serve`` used to poll forever; it now says what to do, in one line."""
    import socket

    from prefect.settings import PREFECT_API_URL, temporary_settings

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    with temporary_settings(updates={PREFECT_API_URL: url}):
        rc, out, err = cli(capsys, "serve", "--cron", "0 6 * * *", seed_path)
    assert (rc, out) == (2, "")
    assert err == f"figtrace serve: no Prefect server answers at PREFECT_API_URL={url}: start it (prefect server start) or fix the URL\n"
    with temporary_settings(updates={PREFECT_API_URL: ""}):
        rc, _, err = cli(capsys, "serve", "--cron", "0 6 * * *", seed_path)
    assert rc == 2 and err.count("\n") == 1 and "export PREFECT_API_URL=" in err

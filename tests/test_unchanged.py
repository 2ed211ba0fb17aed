"""Issue 13: a rerun with nothing to process is recorded without starting Prefect (``flows.unchanged``).

The check itself (``flows.inputs.all_unchanged``) on folders whose publication is laid out
by hand, then ``figtrace run`` twice in this process (the first a real flow on the session's
server) and once as a user starts it, in a new process whose Prefect API answers nowhere.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from figtrace.ingest.files import sha256_hex
from figtrace.run import manifest
from figtrace.run.publish import version_key
from figtrace.run.runs import DocSummary
from figtrace.run.store import safe_key
from figtrace.settings import Settings
from flows.cli import main
from flows.inputs import all_unchanged
from tests.conftest import ROOT

EN_LETTER = ROOT / "tests" / "fixtures" / "letter.en.txt"


def published(out: Path, path: Path, doc_id: str, settings: Settings = Settings()) -> None:
    """Lay out what a run leaves for ``path``: its manifest entry and its document's ``latest`` link."""
    digest = sha256_hex(path.read_bytes())
    manifest.record(out, DocSummary(str(path), doc_id=doc_id, raw_sha256=digest, version=version_key(digest)),
                    settings.as_dict(), "run-1")
    latest = out / ".figtrace" / "docs" / safe_key(doc_id) / "latest"
    latest.parent.mkdir(parents=True, exist_ok=True)
    latest.unlink(missing_ok=True)
    latest.symlink_to(version_key(digest))


def letters(folder: Path, n: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"L{i}.txt"
        path.write_text(f"letter {i}\n", encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------- the check (pure)
def test_every_input_unchanged_gives_their_summaries_and_the_repeated_bytes(tmp_path):
    out = tmp_path / "out"
    paths = letters(tmp_path / "in", 3)
    for i, p in enumerate(paths):
        published(out, p, f"A/1/{i}")
    copy = tmp_path / "in" / "L9.txt"
    shutil.copy(paths[0], copy)
    found = all_unchanged([str(tmp_path / "in")], out, Settings())  # a folder is read now
    assert found is not None
    summaries, notes = found
    assert [s.path for s in summaries] == [str(p) for p in paths]
    assert all(s.skipped.startswith("unchanged: same bytes") for s in summaries)
    assert notes == [f"{copy}: same bytes as {paths[0]}, processed once"]


@pytest.mark.parametrize("change", ["edited", "new", "other settings", "url", "unreadable", "superseded", "nothing"])
def test_any_input_with_work_to_do_means_the_flow_runs(tmp_path, change):
    out = tmp_path / "out"
    paths = letters(tmp_path / "in", 3)
    for i, p in enumerate(paths):
        published(out, p, f"A/1/{i}")
    inputs, settings = [str(p) for p in paths], Settings()
    if change == "edited":
        paths[2].write_text("letter 2, corrected\n", encoding="utf-8")
    elif change == "new":
        (tmp_path / "in" / "L3.txt").write_text("letter 3\n", encoding="utf-8")
        inputs = [str(tmp_path / "in")]
    elif change == "other settings":
        settings = Settings(reference_year=2020)
    elif change == "url":
        inputs.append("https://undocs.org/A/75/709")
    elif change == "unreadable":  # the worker says why
        inputs.append(str(tmp_path / "missing.txt"))
    elif change == "superseded":  # the document's latest version is now other bytes
        (out / ".figtrace" / "docs" / safe_key("A/1/1") / "latest").unlink()
        (out / ".figtrace" / "docs" / safe_key("A/1/1") / "latest").symlink_to("0" * 16)
    elif change == "nothing":
        inputs = []
    assert all_unchanged(inputs, out, settings) is None


# ---------------------------------------------------------------- the command
def cli(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def runs_rows(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "runs").sort_values("started_at").reset_index(drop=True)


def lineage_events(out: Path, run_id: str) -> list[dict]:
    lines = (out / "lineage" / "openlineage.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    from flows.lineage import run_uuid

    return [e for e in events if e["run"]["runId"] == run_uuid(run_id)]


@pytest.mark.flow
def test_an_unchanged_rerun_is_recorded_without_a_flow_and_always_flow_starts_one(prefect_harness, capsys, tmp_path):
    letter = tmp_path / "in" / "letter.en.txt"
    letter.parent.mkdir()
    shutil.copy(EN_LETTER, letter)
    out = tmp_path / "out"
    assert cli(capsys, "run", letter, "--out", out)[0] == 0
    documents = sorted(p.read_bytes() for p in (out / "documents").rglob("*.parquet"))

    rc, stdout, _ = cli(capsys, "run", letter, "--out", out)
    assert rc == 0
    assert stdout.splitlines()[-2:] == [
        "  skipped 1 unchanged input(s) (same bytes, code version and settings; --force to redo)",
        "  nothing to process: recorded without a Prefect flow run (--always-flow to start one)",
    ]
    rows = runs_rows(out)
    assert list(rows["status"]) == ["ok", "ok"]
    params = json.loads(rows["parameters"][1])
    assert (params["engine"], params["force"], params["inputs"]) == ("none", False, [str(letter)])
    assert set(params) == set(json.loads(rows["parameters"][0]))  # the flow's parameters, engine aside
    assert json.loads(rows["row_counts"][1]) == {"documents": 0, "skipped": 1}
    [entry] = json.loads(rows["inputs"][1])
    assert entry["sha256"] == sha256_hex(letter.read_bytes()) and entry["skipped"].startswith("unchanged: same bytes")
    start, complete = lineage_events(out, rows["run_id"][1])
    assert (start["eventType"], complete["eventType"]) == ("START", "COMPLETE")
    assert start["inputs"][0]["facets"]["version"]["datasetVersion"] == entry["sha256"]
    assert sorted(p.read_bytes() for p in (out / "documents").rglob("*.parquet")) == documents  # nothing rewritten
    assert not list((out / ".figtrace" / "staging").glob("*/"))

    rc, stdout, _ = cli(capsys, "run", letter, "--out", out, "--always-flow")
    assert rc == 0 and "nothing to process" not in stdout and "skipped 1 unchanged input(s)" in stdout
    assert json.loads(runs_rows(out)["parameters"][2])["engine"] == "local"


@pytest.mark.flow
def test_an_unchanged_rerun_in_a_new_process_needs_no_prefect_server(tmp_path, seed_path):
    """As a user (or cron) starts it: the second run's Prefect API answers nowhere, and it needs none."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(seed_path, inputs / seed_path.name)
    out = tmp_path / "out"
    env = dict(os.environ, FIGTRACE_PREFECT_HOME=str(tmp_path / "prefect"))
    command = [sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{sock.getsockname()[1]}/api"
    again = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT,
                           env={**env, "PREFECT_API_URL": nowhere})
    assert again.returncode == 0, again.stderr
    assert "nothing to process: recorded without a Prefect flow run" in again.stdout
    assert list(runs_rows(out)["status"]) == ["ok", "ok"]

"""Issue 13: parallel documents, incremental reruns and reports that stay small (real flows, temporary server)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from figtrace.run import manifest
from figtrace.run.runs import DocSummary
from figtrace.run.store import safe_key
from flows import steps


def letter(seed: Path, folder: Path, n: int) -> Path:
    """A copy of the seed letter with symbols of its own (a distinct document)."""
    text = seed.read_text(encoding="utf-8").replace("A/75/709", f"A/75/{800 + n}").replace("S/2021/39", f"S/2021/{400 + n}")
    path = folder / f"L{n}.zh.txt"
    path.write_text(text, encoding="utf-8")
    return path


def last_run(out: Path) -> pd.Series:
    runs = pd.read_parquet(out / "runs").sort_values("started_at")
    return runs.iloc[-1]


# ---------------------------------------------------------------- manifest keys (pure)
def test_manifest_key_changes_with_bytes_code_version_and_settings():
    base = manifest.entry_key("ab" * 32, {"language": None}, "0.1.0")
    assert base == manifest.entry_key("ab" * 32, {"language": None}, "0.1.0")
    assert base != manifest.entry_key("cd" * 32, {"language": None}, "0.1.0")
    assert base != manifest.entry_key("ab" * 32, {"language": None}, "0.2.0")
    assert base != manifest.entry_key("ab" * 32, {"language": "zh"}, "0.1.0")


def test_nothing_is_skipped_without_a_published_latest_version(tmp_path):
    summary = DocSummary("a.txt", doc_id="A/1", raw_sha256="ab" * 32, version="ab" * 8)
    manifest.record(tmp_path, summary, {}, "run-1")
    assert manifest.unchanged(tmp_path, "a.txt", "ab" * 32, {}) is None  # the manifest alone is not enough
    latest = tmp_path / ".figtrace" / "docs" / safe_key("A/1") / "latest"
    latest.parent.mkdir(parents=True)
    latest.symlink_to("ab" * 8)
    again = manifest.unchanged(tmp_path, "a.txt", "ab" * 32, {})
    assert again is not None and again.skipped.startswith("unchanged:") and "run-1" in again.skipped
    assert manifest.unchanged(tmp_path, "a.txt", "ab" * 32, {"x": 1}) is None  # other settings


# ---------------------------------------------------------------- reports that scale (pure)
def test_run_report_summarises_and_the_artifact_stays_small():
    docs = [DocSummary(f"{i}.txt", doc_id=f"A/75/{i}", version="ab" * 8, counts={"claims": 90, "flags": i % 7},
                       flag_rules={"uncited-in-paragraph": i % 7}) for i in range(10_000)]
    full = steps.run_report(docs, "run-1")
    artifact = steps.run_report(docs, "run-1", limit=steps.ARTIFACT_DOCS)
    assert "| uncited-in-paragraph | 29994 |" in full
    assert full.count("versions/reports/") == 2 * 10_000  # one linked line per document
    assert len(artifact.encode()) < 100_000 and "9950 more document(s) in report.md." in artifact


# ---------------------------------------------------------------- flows
@pytest.mark.flow
def test_reruns_skip_unchanged_inputs_and_redo_changed_ones(prefect_harness, seed_path, tmp_path):
    from figtrace.settings import Settings
    from flows.run import flow_with_workers

    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = [str(letter(seed_path, inputs, n)) for n in range(3)]
    out, raw = str(tmp_path / "out"), str(tmp_path / "raw")
    run = flow_with_workers(2)
    first = run(paths, out, raw, Settings(), workers=2)
    assert first["status"] == "ok" and len(first["documents"]) == 3 and not first["skipped"]
    assert json.loads(last_run(Path(out)).parameters)["workers"] == 2

    second = run(paths, out, raw, Settings(), workers=2)
    assert [s["path"] for s in second["skipped"]] == paths and not second["documents"]
    row = last_run(Path(out))
    assert json.loads(row.row_counts) == {"documents": 0, "skipped": 3}
    assert all(i["skipped"].startswith("unchanged: same bytes") for i in json.loads(row.inputs))

    Path(paths[1]).write_text(Path(paths[1]).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = run(paths, out, raw, Settings(), workers=2)
    assert [d["path"] for d in third["documents"]] == [paths[1]] and len(third["skipped"]) == 2

    other = run(paths, out, raw, Settings(reference_year=2020), workers=2)  # other settings: everything again
    assert len(other["documents"]) == 3 and not other["skipped"]
    forced = run(paths, out, raw, Settings(reference_year=2020), workers=2, force=True)
    assert len(forced["documents"]) == 3 and not forced["skipped"]
    assert json.loads(last_run(Path(out)).parameters)["force"] is True


@pytest.mark.flow
def test_one_failing_document_never_stops_the_others(prefect_harness, seed_path, tmp_path):
    from figtrace.settings import Settings
    from flows.run import flow_with_workers

    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / "binary.txt"
    bad.write_bytes(b"\x00 not a letter")
    good = [str(letter(seed_path, tmp_path / "in", n)) for n in range(3)]
    result = flow_with_workers(2)([good[0], str(bad), *good[1:]], str(tmp_path / "out"), str(tmp_path / "raw"),
                                  Settings(), workers=2)
    assert result["status"] == "partial"
    assert [d["path"] for d in result["documents"]] == good
    assert [e["path"] for e in result["errors"]] == [str(bad)]
    assert len(pd.read_parquet(tmp_path / "out" / "documents")) == 3


@pytest.mark.flow
def test_a_large_run_writes_parts_and_a_broken_input_in_a_batch_is_its_own_error(prefect_harness, seed_path, tmp_path):
    """Nine inputs on one worker: batches of two, each published as a part (one file per table for two
    letters); the broken input in one batch is that input's error, its neighbour is published alone, as
    is the ninth input (a batch of one)."""
    from figtrace.settings import Settings
    from flows.run import batch_size, flow_with_workers

    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / "binary.txt"
    bad.write_bytes(b"\x00 not a letter")
    good = [str(letter(seed_path, tmp_path / "in", n)) for n in range(8)]
    inputs = [*good[:3], str(bad), *good[3:]]
    assert batch_size(len(inputs), 1) == 2
    out = tmp_path / "out"
    result = flow_with_workers(1)(inputs, str(out), str(tmp_path / "raw"), Settings(), workers=1)
    assert result["status"] == "partial" and [e["path"] for e in result["errors"]] == [str(bad)]
    assert [d["path"] for d in result["documents"]] == good
    files = sorted(p.name for p in (out / "claims").iterdir())
    assert len(files) == 5 and [f for f in files if f.startswith("A_75_")] == ["A_75_802.zh.parquet", "A_75_807.zh.parquet"]
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs["doc_id"]) == sorted(f"A/75/{800 + n}:zh" for n in range(8)) and docs["doc_id"].is_unique
    claims = pd.read_parquet(out / "claims")
    assert not claims["claim_id"].duplicated().any() and claims["doc_id"].nunique() == 8
    assert sorted(p.name for p in (out / "reports").iterdir() if p.name.startswith("A_75_")) == \
        sorted(f"A_75_{800 + n}.zh.md" for n in range(8))
    rerun = flow_with_workers(1)(good, str(out), str(tmp_path / "raw"), Settings(), workers=1)
    assert len(rerun["skipped"]) == 8 and not rerun["documents"]  # parts' documents are found unchanged

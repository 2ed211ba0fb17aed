"""Run bookkeeping (core) and the validate/stage/publish edge, without a Prefect server."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from figtrace.ingest.files import unique_by_content
from figtrace.run import store
from figtrace.run.pipeline import process_document
from figtrace.run.runs import DocSummary, library_versions, run_row, run_status, totals
from figtrace.settings import Settings
from flows import steps

FIXTURES = Path(__file__).parent / "fixtures"
ENGLISH = FIXTURES / "letter.en.txt"


def test_totals_sum_counts_quarantine_and_rules():
    a = DocSummary("a", counts={"documents": 1, "claims": 3}, quarantined={"claims": 1}, flag_rules={"x": 2})
    b = DocSummary("b", counts={"documents": 1, "claims": 4}, flag_rules={"x": 1, "y": 1})
    assert totals([a, b]) == {
        "documents": 2, "claims": 7, "quarantined_claims": 1, "flag_rules": {"x": 3, "y": 1}
    }


@pytest.mark.parametrize(
    "summaries,errors,status",
    [
        ([DocSummary("a")], [], "ok"),
        ([DocSummary("a"), DocSummary("b", error="b: file is empty")], [{"path": "b"}], "partial"),
        ([DocSummary("b", error="b: file is empty")], [{"path": "b"}], "failed"),
        ([], [{"path": "http://x/y"}], "failed"),  # a URL that could not be fetched
    ],
)
def test_run_status(summaries, errors, status):
    assert run_status(summaries, errors) == status


def test_run_row_records_versions_inputs_and_counts():
    started = dt.datetime(2021, 1, 12, tzinfo=dt.timezone.utc)
    s = DocSummary("a.txt", doc_id="A/1:zh", raw_sha256="ab" * 32, source_uri="file:///a.txt", counts={"documents": 1})
    row = run_row("r1", started, {"inputs": ["a.txt"]}, [s], [])
    assert row.status == "ok" and row.finished_at >= started
    assert json.loads(row.inputs) == [{"path": "a.txt", "source_uri": "file:///a.txt", "sha256": "ab" * 32}]
    assert json.loads(row.row_counts) == {"documents": 1}
    assert json.loads(row.library_versions) == library_versions()
    assert {"python", "prefect", "pandera", "pyarrow"} <= set(library_versions())


def test_bad_rows_go_to_quarantine_with_a_flag(tmp_path, seed_path):
    """A claim that breaks its table's rules is staged in quarantine/, never in claims/, and flagged."""
    result = process_document(seed_path, Settings(), "run-q")
    claims = result.tables["claims"]
    broken = dataclasses.replace(claims[0], value_low=10.0, value_high=1.0)  # low above high
    result = dataclasses.replace(result, tables={**result.tables, "claims": [broken, *claims[1:]]})
    summary = steps.validate_and_stage(result, tmp_path / "staging", "run-q")
    assert summary.quarantined == {"claims": 1}
    bad = pd.read_parquet(tmp_path / "staging" / "quarantine" / "claims.parquet")
    assert list(bad["claim_id"]) == [broken.claim_id] and "value_low_le_value_high" in bad["failed_check"][0]
    kept = pd.read_parquet(tmp_path / "staging" / "claims.parquet")
    assert broken.claim_id not in set(kept["claim_id"]) and len(kept) == len(claims) - 1
    flags = pd.read_parquet(tmp_path / "staging" / "flags.parquet")
    raised = flags[flags["rule"] == "row-quarantined"]
    assert len(raised) == 1 and broken.claim_id in raised["evidence"].iloc[0]
    assert summary.flag_rules["row-quarantined"] == 1


def test_a_bad_flag_row_is_quarantined_not_published(tmp_path, seed_path):
    """The flags table goes through the same validation step: a flag of unknown severity is quarantined."""
    result = process_document(seed_path, Settings(), "run-f")
    flags = result.tables["flags"]
    broken = dataclasses.replace(flags[0], severity="catastrophic")
    result = dataclasses.replace(result, tables={**result.tables, "flags": [broken, *flags[1:]]})
    summary = steps.validate_and_stage(result, tmp_path / "staging", "run-f")
    assert summary.quarantined == {"flags": 1}
    bad = pd.read_parquet(tmp_path / "staging" / "quarantine" / "flags.parquet")
    assert list(bad["flag_id"]) == [broken.flag_id] and "severity" in bad["failed_column"][0]
    kept = pd.read_parquet(tmp_path / "staging" / "flags.parquet")
    assert broken.flag_id not in set(kept["flag_id"]) and len(kept) == len(flags) - 1


def test_a_bad_runs_row_is_quarantined(tmp_path):
    """The runs row goes through the same validation step: finished before it started -> quarantine."""
    started = dt.datetime(2021, 1, 12, tzinfo=dt.timezone.utc)
    row = dataclasses.replace(run_row("r-bad", started, {}, [DocSummary("a")], []),
                              finished_at=started - dt.timedelta(hours=1))
    good, bad = steps.validate_and_write(tmp_path, "runs", [row], "r-bad", None, "r-bad")
    assert len(good) == 0 and list(bad["run_id"]) == ["r-bad"]
    assert "started_at_le_finished_at" in bad["failed_check"][0]
    assert pd.read_parquet(tmp_path / "runs" / "r-bad.parquet").empty
    assert list(pd.read_parquet(tmp_path / "quarantine" / "runs" / "r-bad.parquet")["run_id"]) == ["r-bad"]


def test_write_text_atomic_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "reports" / "a.md"
    store.write_text_atomic(path, "old")
    store.write_text_atomic(path, "新的报告")
    assert path.read_text(encoding="utf-8") == "新的报告"
    assert [p.name for p in path.parent.iterdir()] == ["a.md"]


def test_identical_inputs_are_processed_once(tmp_path, seed_path):
    """A fetched copy of the bundled letter (same bytes, other name) is not a second document."""
    first, copy, other = tmp_path / "a.txt", tmp_path / "store" / "f00.txt", tmp_path / "b.txt"
    copy.parent.mkdir()
    first.write_bytes(seed_path.read_bytes())
    copy.write_bytes(seed_path.read_bytes())
    other.write_text("另一封信。\n", encoding="utf-8")
    assert unique_by_content([first, copy, other]) == [first, other]
    from flows.cli import resolve_inputs

    assert resolve_inputs([str(tmp_path)]) == [str(first), str(other)]


def test_a_batch_is_validated_together_and_each_document_keeps_its_own_rows(tmp_path, seed_path):
    """Two documents validated in one call: each staging folder holds its own rows only, and one document's
    rejected documents row sends that document (not its neighbour) to quarantine."""
    seed = process_document(seed_path, Settings(), "run-b")
    other = process_document(ENGLISH, Settings(), "run-b")
    bad_doc = dataclasses.replace(seed.tables["documents"][0], page_count=-1)
    seed = dataclasses.replace(seed, tables={**seed.tables, "documents": [bad_doc]})
    folders = [tmp_path / "a", tmp_path / "b"]
    rejected, kept = steps.validate_and_stage_batch([seed, other], folders, "run-b")
    assert rejected.quarantined["documents"] == 1 and rejected.quarantined["claims"] == len(seed.tables["claims"])
    assert rejected.counts["claims"] == 0 and not kept.quarantined
    assert kept.counts["claims"] == len(other.tables["claims"]) > 0
    for folder, result in zip(folders, (seed, other)):
        for table in ("documents", "claims", "flags"):
            frame = pd.concat([pd.read_parquet(folder / f"{table}.parquet"),
                               pd.read_parquet(folder / "quarantine" / f"{table}.parquet")])
            assert set(frame["doc_id"]) <= {result.doc.doc_id}
            assert store.read_metadata(folder / f"{table}.parquet")["figtrace.doc_id"] == result.doc.doc_id
    assert len(pd.read_parquet(folders[1] / "claims.parquet")) == len(other.tables["claims"])
    staged = {folder: pd.read_parquet(folder / "quarantine" / "claims.parquet") for folder in folders}
    assert set(staged[folders[0]]["failed_check"].str.contains(steps.DOCUMENT_REJECTED)) == {True}
    assert staged[folders[1]].empty


def test_a_batch_in_a_worker_blames_only_the_input_that_hangs(tmp_path, seed_path):
    """The time limit is per input: the input the worker is stopped on gets the error, the rest are redone."""
    hanging = FIXTURES / "selfref.pdf"
    items = [(str(p), str(tmp_path / str(n))) for n, p in enumerate((seed_path, hanging, ENGLISH))]
    for _, folder in items:
        Path(folder).mkdir()
    settings = Settings(doc_time_limit_s=3.0)
    done = steps.process_batch_in_worker(items, settings, "run-h")
    assert [bool(s.error) for s in done] == [False, True, False]
    assert done[1].error == f"{hanging}: took longer than 3 s (setting doc_time_limit_s): stopped"
    assert all((Path(folder) / "claims.parquet").is_file() for (_, folder), s in zip(items, done) if not s.error)

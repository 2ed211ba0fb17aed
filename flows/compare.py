"""The compare step at the edge: read the output folder back, compare, validate, write.

Plain functions, no Prefect: ``figtrace compare`` calls them directly (no server to start),
and the ``figtrace run`` flow calls ``compare_outputs`` as its last task, over everything in
the output folder (this run's documents and every earlier one's).

What it writes under the output folder, each file whole (``store.write_parquet_atomic``):

- ``comparisons/comparisons.parquet``: the table, rewritten whole each time (a comparison is
  between documents, so it belongs to no one document's file);
- ``flags/comparisons.parquet``: the flags comparisons raise (removed when there are none);
- ``quarantine/comparisons/comparisons.parquet`` (and ``quarantine/flags/``): rows that failed
  validation, each comparison row raising ``row-quarantined``;
- ``reports/comparisons.md``: the comparisons report (totals, disagreements, timelines).

Reference files given once stay in force: their paths are kept in the comparisons file's
metadata (``figtrace.references``) and used again by later runs until ``--reference`` names
others (or ``--no-reference`` none).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import schemas
from figtrace import __version__
from figtrace.compare.load import load_corpus
from figtrace.compare.refdata import read_reference
from figtrace.compare.stage import compare_corpus
from figtrace.errors import FigtraceError
from figtrace.ingest.files import sha256_hex
from figtrace.records import RunRow
from figtrace.run import runs, store
from figtrace.flags.quarantine import quarantine_flag

KEY = "comparisons"  # file name of the table, of the flags it raises, and of its report
REFERENCES_META = "figtrace.references"


def _metadata(table: str, run_id: str, references: list[str] | None = None) -> dict[str, str]:
    meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": run_id, "figtrace.table": table,
            "figtrace.code_version": __version__}
    if references is not None:  # the comparisons file remembers the reference files it was made with
        meta[REFERENCES_META] = json.dumps(references)
    return meta


def recorded_references(out_dir: Path) -> list[str]:
    """The reference files the last comparison used, those that still exist."""
    path = store.table_path(out_dir, "comparisons", KEY)
    if not path.is_file():
        return []
    paths = json.loads(store.read_metadata(path).get(REFERENCES_META, "[]"))
    return [p for p in paths if Path(p).is_file()]


def _write(out_dir: Path, table: str, df, run_id: str, references: list[str] | None = None,
           quarantine: bool = False) -> None:
    """``df`` to ``<out>/[quarantine/]<table>/comparisons.parquet``; an empty quarantine frame removes
    the quarantine file an earlier comparison left."""
    path = store.table_path(out_dir / "quarantine" if quarantine else out_dir, table, KEY)
    if quarantine and not len(df):
        path.unlink(missing_ok=True)
        return
    store.write_parquet_atomic(path, schemas.to_arrow(table, df, quarantine), _metadata(table, run_id, references))


def compare_outputs(out_dir: str | Path, run_id: str, references: list[str] | None = None) -> dict:
    """Compare everything in ``out_dir`` and write the results; returns a summary (counts, paths).

    ``references``: reference files (None: those the last comparison used).
    """
    out = Path(out_dir)
    refs = [str(Path(p).resolve()) for p in references] if references is not None else recorded_references(out)
    figures = [f for p in refs for f in read_reference(p)]
    result = compare_corpus(load_corpus(out), figures, run_id)
    good, bad = schemas.validate("comparisons", schemas.frame_from_records("comparisons", result.rows, run_id=run_id))
    _write(out, "comparisons", good, run_id, refs)
    _write(out, "comparisons", bad, run_id, refs, quarantine=True)
    flags = list(result.flags) + [
        quarantine_flag(str(bad.at[i, "left_doc_id"]), "comparisons", str(bad.at[i, "comparison_id"]),
                        str(bad.at[i, "failed_check"]), run_id) for i in bad.index]
    good_flags, bad_flags = schemas.validate("flags", schemas.frame_from_records("flags", flags, run_id=run_id))
    if len(good_flags):
        _write(out, "flags", good_flags, run_id)
    else:  # no finding: the flags of an earlier comparison must not linger
        store.table_path(out, "flags", KEY).unlink(missing_ok=True)
    _write(out, "flags", bad_flags, run_id, quarantine=True)
    report = out / "reports" / f"{KEY}.md"
    store.write_text_atomic(report, result.report)
    counts = result.counts()
    return {**counts, "references": refs, "reference_figures": len(figures), "quarantined": int(len(bad)),
            "report": str(report), "table": str(store.table_path(out, "comparisons", KEY))}


def compare_step(out_dir: str, run_id: str) -> dict:
    """The compare step of ``figtrace run``: ``compare_outputs``; a failure is reported in the
    summary (``error``), not raised: the documents are published already."""
    try:
        return compare_outputs(out_dir, run_id)
    except FigtraceError as exc:
        return {"error": str(exc)}


def with_comparisons(row: RunRow, summary: dict | None) -> RunRow:
    """The runs row with the comparisons written added to its row counts."""
    if not summary or "comparisons" not in summary:
        return row
    counts = json.loads(row.row_counts)
    counts["comparisons"] = summary["comparisons"]
    return replace(row, row_counts=json.dumps(counts, sort_keys=True))


def compare_run_row(run_id: str, started: dt.datetime, out_dir: str, summary: dict) -> RunRow:
    """The runs row of a ``figtrace compare`` run: its reference files are its inputs."""
    inputs = [{"path": p, "source_uri": Path(p).resolve().as_uri(), "sha256": sha256_hex(Path(p).read_bytes())}
              for p in summary["references"]]
    parameters = {"command": "compare", "out_dir": str(out_dir), "references": summary["references"]}
    row = runs.run_row(run_id, started, parameters, [], [])
    counts = {"comparisons": summary["comparisons"], "flag_rules": summary["flag_rules"]}
    return replace(row, inputs=json.dumps(inputs, sort_keys=True), row_counts=json.dumps(counts, sort_keys=True))


def record_run(out_dir: str | Path, row: RunRow) -> None:
    """Validate and write a runs row (``runs/<run_id>.parquet``)."""
    good, _ = schemas.validate("runs", schemas.frame_from_records("runs", [row]))
    store.write_parquet_atomic(store.table_path(Path(out_dir), "runs", row.run_id), schemas.to_arrow("runs", good),
                               _metadata("runs", row.run_id))

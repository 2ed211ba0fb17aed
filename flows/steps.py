"""The edge between the core and the files: validate rows with pandera, stage Parquet, publish.

Plain functions (no Prefect here) so that the flow's tasks stay one-liners and
the same steps can be tested without a server.  ``process_and_stage`` is what a
worker process runs for one input (``figtrace.run.worker``): parse, analyse,
validate and write the document's files into its staging folder; the parent then
publishes that folder whole (``figtrace.run.publish``).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pandas as pd

import schemas
from figtrace.errors import FigtraceError, StoreError
from figtrace.flags import report
from figtrace.run import publish, store, worker
from figtrace.run.pipeline import DocumentResult, process_document, quarantine_flag
from figtrace.run.runs import DocSummary, dead_run_row
from figtrace.run.version import code_version
from figtrace.settings import Settings

# The forkserver the workers fork from loads these once (pandas, pandera, the core ...).
worker.preload(__name__)

TABLES = ("documents", "passages", "citations", "cited_documents", "claims", "flags")
# Tables validated before the flags: a row of theirs that fails raises a row-quarantined flag.
FLAGGED_TABLES = TABLES[:-1]
DOCUMENT_REJECTED = "document_row_failed"  # why every row of a document whose documents row failed is quarantined


def file_metadata(table: str, run_id: str, doc_id: str | None, version: str | None = None) -> dict[str, str]:
    meta = {
        "figtrace.schema_version": schemas.SCHEMA_VERSION,
        "figtrace.run_id": run_id,
        "figtrace.table": table,
        "figtrace.code_version": code_version(),
    }
    if doc_id:
        meta["figtrace.doc_id"] = doc_id
    if version:
        meta["figtrace.doc_version"] = version
    return meta


def _row_key(df, table: str, i) -> str:
    return "|".join(str(df.at[i, c]) for c in schemas.key_columns(table))


def write_frame(path: Path, df, table: str, run_id: str, doc_id: str | None, quarantine: bool = False,
                version: str | None = None) -> None:
    store.write_parquet_atomic(path, schemas.to_arrow(table, df, quarantine), file_metadata(table, run_id, doc_id, version))


def validate_and_write(
    root: Path, table: str, rows: list, run_id: str, doc_id: str | None, key: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``rows`` of ``table`` checked by its pandera model (the runs table's one step).

    Valid rows go to ``root/<table>/<key>.parquet``, failing ones (with the
    failed check) to ``root/quarantine/<table>/<key>.parquet``.  Returns the
    frames (valid, quarantined).
    """
    good, bad = schemas.validate(table, schemas.frame_from_records(table, rows, run_id=run_id))
    write_frame(store.table_path(root, table, key), good, table, run_id, doc_id)
    if len(bad):
        write_frame(store.table_path(root / "quarantine", table, key), bad, table, run_id, doc_id, True)
    return good, bad


def validate_and_stage(result: DocumentResult, staging: Path, run_id: str) -> DocSummary:
    """Validate every table of one document and write all of them under ``staging``.

    ``staging/<table>.parquet`` holds the valid rows and ``staging/quarantine/<table>.parquet``
    the failing ones, for every table (empty files included: a published folder always
    has every file), plus ``staging/report.md``.  A document whose ``documents`` row
    fails is quarantined whole: no claim is published without its document.
    """
    doc_id, version = result.doc.doc_id, publish.version_key(result.source.raw_sha256)
    tables = result.tables
    frames: dict[str, tuple[pd.DataFrame, pd.DataFrame]] = {}
    rejected = None
    extra_flags = []
    for table in FLAGGED_TABLES:
        good, bad = schemas.validate(table, schemas.frame_from_records(table, tables[table], run_id=run_id), reject=rejected)
        if table == "documents" and len(bad):
            rejected = DOCUMENT_REJECTED
        frames[table] = good, bad
        extra_flags += [
            quarantine_flag(doc_id, table, _row_key(bad, table, i), str(bad.at[i, "failed_check"]), run_id)
            for i in bad.index if bad.at[i, "failed_check"] != DOCUMENT_REJECTED  # no flag per row of a rejected document
        ]
    flags = list(tables["flags"]) + extra_flags
    frames["flags"] = schemas.validate("flags", schemas.frame_from_records("flags", flags, run_id=run_id), reject=rejected)
    for table, (good, bad) in frames.items():
        write_frame(staging / f"{table}.parquet", good, table, run_id, doc_id, version=version)
        write_frame(staging / "quarantine" / f"{table}.parquet", bad, table, run_id, doc_id, True, version)
    store.write_text_atomic(staging / publish.REPORT, _report(result, flags, rejected))
    good_flags = frames["flags"][0]
    failing = good_flags[~good_flags["passed"]] if len(good_flags) else good_flags
    counts = {t: len(frames[t][0]) for t in FLAGGED_TABLES}
    counts.update(flags=len(failing), checks_passed=len(good_flags) - len(failing))
    doc = result.doc
    counts.update(pages=len(doc.pages), paragraphs=len(doc.paragraphs), footnotes=len(doc.footnotes))
    notes = result.notes + ((f"the documents row failed validation: all of {doc_id} went to quarantine",) if rejected else ())
    return DocSummary(
        path=result.source.path, doc_id=doc_id, raw_sha256=result.source.raw_sha256,
        source_uri=result.source.source_uri, counts=counts,
        quarantined={t: len(bad) for t, (_, bad) in frames.items() if len(bad)},
        flag_rules=dict(sorted(Counter(failing["rule"]).items())) if len(failing) else {},
        notes=notes, version=version, staged=str(staging),
    )


def _report(result: DocumentResult, flags: list, rejected: str | None) -> str:
    text = report.render_report(result.tables["documents"], result.tables["claims"], flags, header=False)
    if rejected:
        text = f"## {result.doc.doc_id}\n\nThe documents row failed validation: every row of this document is in `quarantine/`.\n\n" + text
    return text


def process_and_stage(path: str, settings: Settings, run_id: str, staging: str) -> DocSummary:
    """One input, end to end, into ``staging`` (runs in a worker process); raises FigtraceError on a broken input."""
    result = process_document(path, settings, run_id)
    summary = validate_and_stage(result, Path(staging), run_id)
    return dataclasses.replace(summary, version_time=publish.version_time(path))


def process_in_worker(path: str, settings: Settings, run_id: str, staging: Path) -> DocSummary:
    """``process_and_stage`` in a worker process under ``settings.doc_time_limit_s``; an error becomes the summary's."""
    try:
        return worker.call_with_time_limit(
            f"{__name__}:process_and_stage", (path, settings, run_id, str(staging)), settings.doc_time_limit_s, path)
    except FigtraceError as exc:
        return DocSummary(path=path, error=str(exc))


def publish_document(out_dir: Path, summary: DocSummary, run_id: str) -> DocSummary:
    """Swap the document's staged folder in (``figtrace.run.publish``); a failure becomes the summary's error."""
    info = {"version_time": summary.version_time, "raw_sha256": summary.raw_sha256, "source_uri": summary.source_uri}
    try:
        done = publish.publish_version(out_dir, Path(summary.staged), summary.doc_id, summary.version, run_id, info)
    except (FigtraceError, OSError) as exc:
        err = exc if isinstance(exc, FigtraceError) else StoreError(f"publishing failed ({exc.strerror or exc})", path=summary.path)
        return DocSummary(path=summary.path, error=str(err))
    notes = summary.notes + ((done.note,) if done.note else ())
    return dataclasses.replace(summary, notes=notes, staged=None)


def record_run(out_dir: Path, row) -> int:
    """Write the runs row (``runs/<run_id>.parquet``, replaced when the run finishes); rows written."""
    good, _ = validate_and_write(Path(out_dir), "runs", [row], row.run_id, None, store.safe_key(row.run_id))
    return len(good)


def mark_dead_runs(out_dir: Path, run_ids: list[str], found_by: str) -> list[str]:
    """Runs left ``running`` by a killed process, rewritten as ``failed``; returns their ids."""
    marked = []
    for run_id in run_ids:
        path = store.table_path(Path(out_dir), "runs", run_id)
        try:
            frame = pd.read_parquet(path)
        except (OSError, ValueError):
            continue
        rows = [r for r in frame.to_dict("records") if r.get("status") == "running"]
        for row in rows:
            row = {k: (None if k == "finished_at" else v) for k, v in row.items()}
            record_run(out_dir, dead_run_row({**row, "started_at": pd.Timestamp(row["started_at"]).to_pydatetime()}, found_by))
            marked.append(run_id)
    return marked


ARTIFACT_DOCS = 50  # documents listed in the Prefect artifact (the report file lists all)


def run_report(summaries: list[DocSummary], run_id: str, skipped: int = 0, limit: int | None = None) -> str:
    """The run's report: counts per rule, then one line per document linking to its own report.

    Summarises instead of concatenating, so its size grows by one short line per
    document; ``limit`` lists only the documents with the most flags (the Prefect
    artifact), saying how many were left out.
    """
    from figtrace.run.runs import totals

    t = totals(summaries)
    lines = [f"# figtrace flag report\n\nRun `{run_id}`: {len(summaries)} document(s) processed"
             + (f", {skipped} unchanged and skipped" if skipped else "") + ".\n",
             f"{t.get('claims', 0)} claims, {t.get('flags', 0)} flags raised, {t.get('checks_passed', 0)} checks passed.\n",
             "## Flags per rule\n", "| rule | flags |", "|---|---|"]
    lines += [f"| {rule} | {n} |" for rule, n in t.get("flag_rules", {}).items()] or ["| (none) | 0 |"]
    docs = sorted(summaries, key=lambda s: (-s.counts.get("flags", 0), s.doc_id or ""))
    shown = docs if limit is None else docs[:limit]
    lines += ["", "## Documents\n", "| document | claims | flags | rules | report |", "|---|---|---|---|---|"]
    for s in shown:
        link = f"versions/reports/{store.safe_key(s.doc_id)}@{s.version}.md"
        rules = ", ".join(f"{r} {n}" for r, n in s.flag_rules.items()) or "-"
        lines.append(f"| {s.doc_id} | {s.counts.get('claims', 0)} | {s.counts.get('flags', 0)} | {rules} | [{link}]({link}) |")
    if len(shown) < len(docs):
        lines.append(f"\n{len(docs) - len(shown)} more document(s) in report.md.")
    return "\n".join(lines) + "\n"

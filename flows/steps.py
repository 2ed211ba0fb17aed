"""The edge between the core and the files: validate rows with pandera, stage Parquet, publish.

Plain functions (no Prefect here) so that the flow's tasks stay one-liners and
the same steps can be tested without a server.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

import schemas
from figtrace.flags import report
from figtrace.run import store
from figtrace.run.pipeline import DocumentResult, quarantine_flag
from figtrace.run.runs import DocSummary
from figtrace.run.version import code_version


def file_metadata(table: str, run_id: str, doc_id: str | None) -> dict[str, str]:
    meta = {
        "figtrace.schema_version": schemas.SCHEMA_VERSION,
        "figtrace.run_id": run_id,
        "figtrace.table": table,
        "figtrace.code_version": code_version(),
    }
    if doc_id:
        meta["figtrace.doc_id"] = doc_id
    return meta


def _row_key(df, table: str, i) -> str:
    return "|".join(str(df.at[i, c]) for c in schemas.key_columns(table))


def write_frame(path: Path, df, table: str, run_id: str, doc_id: str | None, quarantine: bool = False) -> None:
    store.write_parquet_atomic(path, schemas.to_arrow(table, df, quarantine), file_metadata(table, run_id, doc_id))


# Tables validated before the flags: a row of theirs that fails raises a row-quarantined flag.
FLAGGED_TABLES = ("documents", "passages", "citations", "cited_documents", "claims")


def validate_and_write(
    root: Path, table: str, rows: list, run_id: str, doc_id: str | None, key: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The one validation step: ``rows`` of ``table`` checked by its pandera model.

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
    """Validate every table of one document and write it (and any quarantine) under ``staging``."""
    doc_id = result.doc.doc_id
    key = store.safe_key(doc_id)
    tables = result.tables
    counts, quarantined, extra_flags = {}, {}, []
    for table in FLAGGED_TABLES:
        good, bad = validate_and_write(staging, table, tables[table], run_id, doc_id, key)
        counts[table] = len(good)
        if len(bad):
            quarantined[table] = len(bad)
            extra_flags += [
                quarantine_flag(doc_id, table, _row_key(bad, table, i), str(bad.at[i, "failed_check"]), run_id)
                for i in bad.index
            ]
    flags = list(tables["flags"]) + extra_flags
    good, bad = validate_and_write(staging, "flags", flags, run_id, doc_id, key)
    if len(bad):
        quarantined["flags"] = len(bad)
    failing = good[~good["passed"]] if len(good) else good
    counts["flags"] = len(failing)
    counts["checks_passed"] = len(good) - counts["flags"]
    store.write_text_atomic(
        report_path(staging, key),
        report.render_report(tables["documents"], tables["claims"], flags, header=False),
    )
    rules = dict(sorted(Counter(failing["rule"]).items())) if len(failing) else {}
    doc = result.doc
    counts.update(pages=len(doc.pages), paragraphs=len(doc.paragraphs), footnotes=len(doc.footnotes))
    return DocSummary(
        path=result.source.path, doc_id=doc_id, raw_sha256=result.source.raw_sha256,
        source_uri=result.source.source_uri, counts=counts, quarantined=quarantined,
        flag_rules=rules, notes=result.notes,
    )


def publish(staging: Path, out_dir: Path, doc_keys: list[str]) -> list[Path]:
    """Move staged files into ``out_dir``; drop stale quarantine files of the published documents."""
    moved = store.publish_staged(staging, out_dir)
    fresh = {p.resolve() for p in moved}
    for key in doc_keys:
        for old in (out_dir / "quarantine").glob(f"*/{key}.parquet"):
            if old.resolve() not in fresh:
                old.unlink()
    return moved


def report_path(root: Path, doc_key: str) -> Path:
    return root / "reports" / f"{doc_key}.md"


def run_report(out_dir: Path, doc_ids: list[str], run_id: str) -> str:
    """The run's report: a header, then each document's flag report as published."""
    parts = [f"# figtrace flag report\n\nRun `{run_id}`, {len(doc_ids)} document(s).\n"]
    for doc_id in doc_ids:
        path = report_path(out_dir, store.safe_key(doc_id))
        parts.append(path.read_text(encoding="utf-8") if path.exists() else f"## {doc_id}\n\n(no report)\n")
    return "\n".join(parts)

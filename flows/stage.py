"""Validate a batch of documents' rows with pandera and write them, staged for publishing.

One pandera call per table for a whole batch, one Arrow conversion per table, then either one
file per document and table (each in its own staging folder) or one file per table for the
batch, a part (``figtrace.run.parts``).  ``flows.steps`` runs this in a worker process and
publishes what it staged.  The runs rows are written here too (``record_run``).  Plain
functions, no Prefect here.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TYPE_CHECKING
from pathlib import Path

import numpy as np
import pandas as pd

import schemas
from figtrace.flags import report
from figtrace.flags.quarantine import quarantine_flag
from figtrace.run import parts, publish, store
from figtrace.run.runs import DocSummary, dead_run_row
from figtrace.run.version import code_version

if TYPE_CHECKING:  # the core's stages are the worker's to import, not every writer's
    from figtrace.run.pipeline import DocumentResult

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


@dataclasses.dataclass
class _Checked:
    """One table of a batch after validation: the frames, and which document each row came from."""

    good: pd.DataFrame
    bad: pd.DataFrame
    owner: np.ndarray  # owner[label] = position of the row's document in the batch

    def rows_of(self, frame: pd.DataFrame, n: int) -> np.ndarray:
        """Positions in ``frame`` (``good`` or ``bad``) of the rows of the batch's ``n``-th document."""
        return np.flatnonzero(self.owner[frame.index.to_numpy(dtype=np.int64)] == n) if len(frame) else np.empty(0, np.int64)


def _validate_batch(table: str, per_doc: list[list], run_id: str, rejected: set[int]) -> _Checked:
    """The rows of ``table`` of every document of a batch, validated in one pandera call.

    Rows of the documents in ``rejected`` (whose documents row failed) go to quarantine whole.
    """
    owner = np.repeat(np.arange(len(per_doc), dtype=np.int64), [len(rows) for rows in per_doc])
    frame = schemas.frame_from_records(table, [r for rows in per_doc for r in rows], run_id=run_id)
    reject_rows = np.flatnonzero(np.isin(owner, sorted(rejected))) if rejected else None
    good, bad = schemas.validate(table, frame, reject=DOCUMENT_REJECTED if rejected else None, rows=reject_rows)
    return _Checked(good, bad, owner)


def validate_and_stage_batch(results: list[DocumentResult], stagings: list[Path], run_id: str,
                             part: Path | None = None) -> list[DocSummary]:
    """Validate every table of a batch of documents at once and write the batch's files for publishing.

    One pandera call per table for the whole batch (a call costs about 30 ms whatever
    its size, more than a letter's core) and one Arrow conversion per table.  Then, with
    ``part`` (a part's staging folder, ``figtrace.run.parts``): one file per table for the
    whole batch, ``part/<table>.parquet`` and ``part/quarantine/<table>.parquet``, and each
    document's ``part/reports/<key>@<version>.md``; else one file per document and table in
    its folder of ``stagings``: ``<table>.parquet`` (valid rows), ``quarantine/<table>.parquet``
    (failing ones), empty files included (a published folder always has every file), and
    ``report.md``.  All made durable together at the end.  A document whose ``documents``
    row fails is quarantined whole: no claim is published without its document.  One
    summary per document, in order.
    """
    checked: dict[str, _Checked] = {}
    rejected: set[int] = set()
    extra: list[list] = [[] for _ in results]
    for table in FLAGGED_TABLES:
        c = checked[table] = _validate_batch(table, [r.tables[table] for r in results], run_id, rejected)
        if table == "documents":
            rejected = {int(c.owner[i]) for i in c.bad.index}
        for i in c.bad.index:
            n = int(c.owner[i])
            if c.bad.at[i, "failed_check"] != DOCUMENT_REJECTED:  # no flag per row of a rejected document
                extra[n].append(quarantine_flag(results[n].doc.doc_id, table, _row_key(c.bad, table, i),
                                                str(c.bad.at[i, "failed_check"]), run_id))
    flags = [list(r.tables["flags"]) + more for r, more in zip(results, extra)]
    checked["flags"] = _validate_batch("flags", flags, run_id, rejected)
    if part is None:
        written = _write_batch(checked, results, stagings, run_id)
        reports = [st / publish.REPORT for st in stagings]
    else:
        written = _write_part(checked, part, run_id)
        reports = [part / _part_report(r) for r in results]
    summaries = [_summary(r, checked, n, flags[n], n in rejected, report, st)
                 for n, (r, report, st) in enumerate(zip(results, reports, [part] * len(results) if part else stagings))]
    store.make_durable(written + reports)
    return summaries


def _part_report(result: DocumentResult) -> str:
    key, version = store.safe_key(result.doc.doc_id), publish.version_key(result.source.raw_sha256)
    return f"{parts.REPORTS}/{key}@{version}.md"


def _write_part(checked: dict[str, _Checked], part: Path, run_id: str) -> list[Path]:
    """Each validated table of the batch as one file of the part (not yet durable); their paths."""
    written = []
    for table, c in checked.items():
        meta = {**file_metadata(table, run_id, None), "figtrace.part": part.name}
        for arrow, path in ((schemas.to_arrow(table, c.good), part / f"{table}.parquet"),
                            (schemas.to_arrow(table, c.bad, True), part / "quarantine" / f"{table}.parquet")):
            store.write_parquet_atomic(path, arrow, meta, durable=False)
            written.append(path)
    return written


def _write_batch(checked: dict[str, _Checked], results: list[DocumentResult], stagings: list[Path],
                 run_id: str) -> list[Path]:
    """Each document's slice of each validated table, as its staging files (not yet durable); their paths."""
    written = []
    for table, c in checked.items():
        arrows = (schemas.to_arrow(table, c.good), schemas.to_arrow(table, c.bad, True))
        for n, (result, staging) in enumerate(zip(results, stagings)):
            version = publish.version_key(result.source.raw_sha256)
            meta = file_metadata(table, run_id, result.doc.doc_id, version)
            for frame, arrow, path in ((c.good, arrows[0], staging / f"{table}.parquet"),
                                       (c.bad, arrows[1], staging / "quarantine" / f"{table}.parquet")):
                store.write_parquet_atomic(path, arrow.take(c.rows_of(frame, n)), meta, durable=False)
                written.append(path)
    return written


def _summary(result: DocumentResult, checked: dict[str, _Checked], n: int, flags: list, rejected: bool,
             report_path: Path, staging: Path) -> DocSummary:
    """The summary of the batch's ``n``-th document; writes its report (not yet durable)."""
    doc = result.doc
    store.write_text_atomic(report_path, _report(result, flags, DOCUMENT_REJECTED if rejected else None), durable=False)
    good_flags = checked["flags"].good.iloc[checked["flags"].rows_of(checked["flags"].good, n)]
    failing = good_flags[~good_flags["passed"]] if len(good_flags) else good_flags
    counts = {t: len(checked[t].rows_of(checked[t].good, n)) for t in FLAGGED_TABLES}
    counts.update(flags=len(failing), checks_passed=len(good_flags) - len(failing))
    counts.update(pages=len(doc.pages), paragraphs=len(doc.paragraphs), footnotes=len(doc.footnotes))
    quarantined = {t: len(c.rows_of(c.bad, n)) for t, c in checked.items()}
    notes = result.notes + ((f"the documents row failed validation: all of {doc.doc_id} went to quarantine",)
                            if rejected else ())
    return DocSummary(
        path=result.source.path, doc_id=doc.doc_id, raw_sha256=result.source.raw_sha256,
        source_uri=result.source.source_uri, counts=counts,
        quarantined={t: k for t, k in quarantined.items() if k},
        flag_rules=dict(sorted(Counter(failing["rule"]).items())) if len(failing) else {},
        notes=notes, version=publish.version_key(result.source.raw_sha256), staged=str(staging),
    )


def validate_and_stage(result: DocumentResult, staging: Path, run_id: str) -> DocSummary:
    """``validate_and_stage_batch`` of one document."""
    return validate_and_stage_batch([result], [Path(staging)], run_id)[0]


def _report(result: DocumentResult, flags: list, rejected: str | None) -> str:
    text = report.render_report(result.tables["documents"], result.tables["claims"], flags, header=False)
    if rejected:
        text = f"## {result.doc.doc_id}\n\nThe documents row failed validation: every row of this document is in `quarantine/`.\n\n" + text
    return text


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

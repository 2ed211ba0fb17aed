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

import numpy as np
import pandas as pd

import schemas
from figtrace.errors import FigtraceError, StoreError
from figtrace.flags import report
from figtrace.run import parts, publish, store, worker
from figtrace.run.pipeline import DocumentResult, process_document, quarantine_flag
from figtrace.run.runs import DocSummary, dead_run_row
from figtrace.run.version import code_version
from figtrace.settings import Settings

# The forkserver the workers fork from loads these once (pandas, pandera, the core ...).
worker.preload(__name__)
schemas.warm()  # built here, once: the forkserver imports this module, so every worker starts with them

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


def process_and_stage(path: str, settings: Settings, run_id: str, staging: str) -> DocSummary:
    """One input, end to end, into ``staging`` (runs in a worker process); raises FigtraceError on a broken input."""
    return process_and_stage_batch([(path, staging)], settings, run_id)[0]


def _failed(path: str, exc: BaseException) -> DocSummary:
    err = exc if isinstance(exc, FigtraceError) else FigtraceError(worker.internal_error_line(exc), path=path)
    return DocSummary(path=path, error=str(err if err.path else FigtraceError(err.message, path=path)))


def distinct_groups(results: list[tuple[int, DocumentResult]]) -> list[list[tuple[int, DocumentResult]]]:
    """``results`` in groups holding each ``doc_id`` once, in order (one group when all differ).

    Two versions of one document share their ids (``doc_id``, and claim ids built from it), so
    validated together they would fail the tables' unique keys: each version is validated
    apart, as a run of one document would.
    """
    groups: list[list[tuple[int, DocumentResult]]] = []
    for item in results:
        doc_id = item[1].doc.doc_id
        group = next((g for g in groups if all(r.doc.doc_id != doc_id for _, r in g)), None)
        if group is None:
            groups.append(group := [])
        group.append(item)
    return groups


def process_and_stage_batch(items: list[tuple[str, str]], settings: Settings, run_id: str,
                            part: str | None = None, progress=None) -> list[DocSummary]:
    """Each (input, staging folder) of ``items`` end to end, validated and staged together (in a worker process).

    With ``part`` (a part's staging folder) and at least two documents read, of distinct
    ``doc_id``, the batch is staged as one part (``figtrace.run.parts``); else each
    document in its own folder.  ``progress(n)`` is called before the n-th input (the
    worker's time limit is per input, ``figtrace.run.worker.call_with_progress``) and
    with ``len(items)`` before validation.  A broken input is its own summary's error;
    the others go on.
    """
    done: dict[int, DocSummary] = {}
    results: list[tuple[int, DocumentResult]] = []
    for n, (path, _) in enumerate(items):
        if progress:
            progress(n)
        try:
            results.append((n, process_document(path, settings, run_id)))
        except Exception as exc:  # noqa: BLE001 - one input's failure, whatever it is, is that input's
            done[n] = _failed(path, exc)
    if progress:
        progress(len(items))
    groups = distinct_groups(results)
    as_part = Path(part) if part and len(groups) == 1 and len(results) > 1 else None
    for group in groups:
        staged = validate_and_stage_batch([r for _, r in group], [Path(items[n][1]) for n, _ in group], run_id, as_part)
        for (n, _), summary in zip(group, staged):
            done[n] = dataclasses.replace(summary, version_time=publish.version_time(items[n][0]))
    if as_part is not None:
        members = [parts.Member(s.doc_id, s.version, {"version_time": s.version_time, "raw_sha256": s.raw_sha256,
                                                      "source_uri": s.source_uri}) for s in (done[n] for n, _ in results)]
        store.make_durable([parts.write_members(as_part, run_id, members)])
    return [done[n] for n in range(len(items))]


def process_in_worker(path: str, settings: Settings, run_id: str, staging: Path) -> DocSummary:
    """``process_and_stage`` in a worker process under ``settings.doc_time_limit_s``; an error becomes the summary's."""
    return process_batch_in_worker([(path, str(staging))], settings, run_id)[0]


def process_batch_in_worker(items: list[tuple[str, str]], settings: Settings, run_id: str,
                            part: str | None = None) -> list[DocSummary]:
    """``process_and_stage_batch`` in a worker process, each input under ``settings.doc_time_limit_s``.

    An input the worker is stopped on (time limit) or dies on gets that error and the
    rest of the batch is redone without it; a worker that dies while validating is
    redone one input at a time, so that one input's fault stays its own.
    """
    done: dict[int, DocSummary] = {}
    pending = list(range(len(items)))
    while pending:
        batch = [items[n] for n in pending]
        try:
            out = worker.call_with_progress(f"{__name__}:process_and_stage_batch", (batch, settings, run_id, part),
                                            settings.doc_time_limit_s, batch[0][0])
        except worker.Stopped as exc:
            if exc.at is None or exc.at >= len(batch):  # not while reading one input
                if len(batch) == 1:
                    done[pending[0]] = DocSummary(path=batch[0][0], error=str(FigtraceError(exc.message, path=batch[0][0])))
                    break
                for n in pending:
                    done[n] = process_batch_in_worker([items[n]], settings, run_id)[0]
                break
            culprit = pending[exc.at]
            done[culprit] = DocSummary(path=items[culprit][0], error=str(FigtraceError(exc.message, path=items[culprit][0])))
            pending = [n for n in pending if n != culprit]
            continue
        except FigtraceError as exc:
            for n in pending:
                done[n] = DocSummary(path=items[n][0], error=str(FigtraceError(exc.message, path=items[n][0])))
            break
        done.update(zip(pending, out))
        break
    return [done[n] for n in range(len(items))]


def publish_document(out_dir: Path, summary: DocSummary, run_id: str) -> DocSummary:
    """Swap the document's staged folder in (``figtrace.run.publish``); a failure becomes the summary's error."""
    info = {"version_time": summary.version_time, "raw_sha256": summary.raw_sha256, "source_uri": summary.source_uri}
    try:
        done = publish.publish_version(out_dir, Path(summary.staged), summary.doc_id, summary.version, run_id, info,
                                       rebuild=lambda part: parts.rebuild_views(out_dir, part))
    except (FigtraceError, OSError) as exc:
        return DocSummary(path=summary.path, error=str(_store_error(exc, summary.path)))
    notes = summary.notes + ((done.note,) if done.note else ())
    return dataclasses.replace(summary, notes=notes, staged=None)


def _store_error(exc: Exception, path: str) -> FigtraceError:
    return exc if isinstance(exc, FigtraceError) else StoreError(f"publishing failed ({exc.strerror or exc})", path=path)


def publish_batch(out_dir: Path, summaries: list[DocSummary], run_id: str) -> list[DocSummary]:
    """Publish a processed batch: the documents staged as one part together, the others one by one.

    A failure to publish the part is the error of each of its documents."""
    out_dir = Path(out_dir)
    staged_parts = {s.staged for s in summaries if not s.error and s.staged and (Path(s.staged) / parts.MEMBERS).is_file()}
    published: dict[str, Exception | dict] = {}
    for folder in sorted(staged_parts):
        try:
            published[folder] = {p.key: p for p in parts.publish_part(out_dir, Path(folder), Path(folder).name)}
        except (FigtraceError, OSError) as exc:
            published[folder] = exc
    out = []
    for s in summaries:
        if s.error or s.staged not in published:
            out.append(s if s.error else publish_document(out_dir, s, run_id))
        elif isinstance(published[s.staged], Exception):
            out.append(DocSummary(path=s.path, error=str(_store_error(published[s.staged], s.path))))
        else:
            done = published[s.staged][store.safe_key(s.doc_id)]
            out.append(dataclasses.replace(s, notes=s.notes + ((done.note,) if done.note else ()), staged=None))
    return out


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

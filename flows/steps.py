"""The edge between the core and the files: process inputs in worker processes, publish, record runs.

Plain functions (no Prefect here) so that the flow's tasks stay one-liners and
the same steps can be tested without a server.  ``process_and_stage_batch`` is what
a worker process runs for a batch of inputs (``figtrace.run.worker``): parse, analyse,
then validate and write them together (``flows.stage``); the parent then publishes
what was staged (``figtrace.run.publish``, ``figtrace.run.parts``).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path


from figtrace.errors import FigtraceError, StoreError
from figtrace.run import parts, publish, store, worker
from figtrace.run.pipeline import DocumentResult, process_document
from figtrace.run.runs import DocSummary
from figtrace.settings import Settings

from .stage import (  # noqa: F401 - the staging step's names, as the flow and tests know them
    DOCUMENT_REJECTED, TABLES, file_metadata, mark_dead_runs, record_run, validate_and_stage, validate_and_stage_batch,
    validate_and_write, write_frame,
)

# The forkserver the workers fork from loads this module (pandas, pandera, the core ...) and builds every
# table's schema once (flows/preload.py), so that every worker starts with them.
PRELOAD = "flows.preload"
worker.preload(PRELOAD)

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

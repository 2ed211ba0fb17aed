"""The figtrace Prefect flow: inputs -> validated Parquet tables, a runs row and a flag report.

Each task body is a call into the core (``figtrace.*``) or into ``flows.steps``.
Tasks pass paths, hashes and small summaries, never tables.  Each input is
processed in a worker process under ``doc_time_limit_s`` and published whole
(one rename per document, ``figtrace.run.publish``) as soon as it is done.  The
runs row is written when the run starts (``running``) and again when it ends,
also when a signal stops it (``interrupted``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from . import configure_prefect_env

configure_prefect_env()

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from figtrace.errors import FigtraceError  # noqa: E402
from figtrace.ingest import fetch  # noqa: E402
from figtrace.ingest.files import sha256_hex  # noqa: E402
from figtrace.ingest.netpolicy import redact_url  # noqa: E402
from figtrace.run import publish, runs, store, worker  # noqa: E402
from figtrace.records import RunRow  # noqa: E402
from figtrace.run.pipeline import new_run_id  # noqa: E402
from figtrace.settings import Settings  # noqa: E402

from . import analyst, folder, lineage, steps  # noqa: E402
from .progress import RunProgress  # noqa: E402
from .compare import compare_step, with_comparisons  # noqa: E402

compare_task = task(name="compare")(compare_step)  # last: everything in the output folder (flows/compare.py)


@task(name="fetch")
def fetch_task(url: str, raw_dir: str, settings: Settings) -> str:
    """Fetch one URL into the raw store; returns the stored file's path.

    No Prefect retries here: ``fetch_to_store`` is the one retry layer (see
    ``figtrace.ingest.fetch``), so a URL gets at most ``fetch_retries + 1``
    requests, the same from the flow as from ``figtrace fetch``.
    """
    return str(fetch.fetch_to_store(url, Path(raw_dir), settings).path)


@task(name="process-document")
def process_task(path: str, settings: Settings, run_id: str, staging: str, out_dir: str) -> runs.DocSummary:
    """Process one input in a worker process under the time limit, then publish its folder whole."""
    summary = steps.process_in_worker(path, settings, run_id, Path(staging))
    return summary if summary.error else steps.publish_document(Path(out_dir), summary, run_id)


@task(name="report")
def report_task(out_dir: str, summaries: list[runs.DocSummary], run_id: str) -> str:
    """Join the per-document flag reports of this run into report.md and a Prefect artifact."""
    markdown = steps.run_report(Path(out_dir), summaries, run_id)
    path = Path(out_dir) / "report.md"
    store.write_text_atomic(path, markdown)
    create_markdown_artifact(markdown=markdown, key="figtrace-flags", description=f"figtrace flags, run {run_id}")
    return str(path)


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def _unique(paths: list[str]) -> tuple[list[str], list[str]]:
    """Inputs with bytes seen before dropped (one document version is processed once), and notes saying so."""
    seen: dict[str, str] = {}
    kept, notes = [], []
    for p in paths:
        try:
            digest = sha256_hex(Path(p).read_bytes())
        except OSError:
            kept.append(p)  # unreadable: the worker reports it
            continue
        if digest in seen:
            notes.append(f"{p}: same bytes as {seen[digest]}, processed once")
        else:
            seen[digest] = p
            kept.append(p)
    return kept, notes


@task(name="analyst-files")
def analyst_task(out_dir: str, run_id: str) -> dict[str, str]:
    """report.html, the data package, the DuckDB views and the history snapshot of the folder (flows.analyst)."""
    return {name: str(path) for name, path in analyst.write_analyst_files(Path(out_dir), run_id).items()}


@flow(name="figtrace-run", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def run_flow(
    inputs: list[str],
    out_dir: str = "data/processed",
    raw_dir: str = "data/raw",
    settings: Settings | None = None,
    progress: bool = False,
    prune: bool = False,
) -> dict:
    """Process every input (paths or http(s) URLs) into the tables under ``out_dir``.

    ``prune`` removes the files of documents this run did not write (see ``flows.folder``).
    OpenLineage START / COMPLETE / FAIL events go to ``out_dir/lineage/`` (``flows.lineage``).
    """
    settings = settings or Settings()
    started = dt.datetime.now(dt.timezone.utc)
    shown = [redact_url(i) if _is_url(i) else i for i in inputs]  # a password in a URL is never recorded
    run_id = new_run_id(shown, settings.as_dict(), started)
    events = lineage.start(run_id, shown, Path(out_dir), settings)
    try:
        result, row = _run(inputs, shown, out_dir, raw_dir, settings, progress, run_id, started)
    except BaseException as exc:
        lineage.fail(events, exc)
        raise
    if prune and row.status == "ok":
        result["pruned"] = [str(p) for p in folder.prune(Path(out_dir), run_id)]
    if result["documents"]:
        result["analyst_files"] = analyst_task(out_dir, run_id)  # report.html, datapackage.json, figtrace.duckdb, history/
    lineage.finish(events, row)
    return result


def _run(inputs, shown, out_dir, raw_dir, settings, progress, run_id, started) -> tuple[dict, RunRow]:
    parameters = {"inputs": shown, "out_dir": out_dir, "raw_dir": raw_dir, **settings.as_dict()}
    out = Path(out_dir)
    summaries: list[runs.DocSummary] = []
    errors: list[dict] = []
    notes: list[str] = []
    compared = None
    worker.reset()
    with publish.RunStaging(out, run_id) as staging:
        steps.mark_dead_runs(out, staging.dead_runs, run_id)
        steps.record_run(out, runs.run_row(run_id, started, parameters, [], [], status="running"))
        status = None
        try:
            paths = []
            for item, label in zip(inputs, shown):
                if not _is_url(item):
                    paths.append(item)
                    continue
                try:
                    paths.append(fetch_task(item, raw_dir, settings))
                except FigtraceError as exc:
                    errors.append({"path": label, "error": str(exc)})
            paths, notes = _unique(paths)
            futures = [process_task.submit(p, settings, run_id, str(staging.doc_dir(i)), out_dir)
                       for i, p in enumerate(paths)]
            with RunProgress(len(futures), enabled=progress) as bar:
                for fut in futures:
                    summaries.append(fut.result())
                    bar.advance(summaries[-1])
            if any(not s.error for s in summaries):
                compared = compare_task(out_dir, run_id)  # everything in the output folder (flows/compare.py)
        except BaseException:
            worker.stop_all()  # a signal (or a bug): no worker outlives the run
            status = "interrupted"
            raise
        finally:
            errors += [{"path": s.path, "error": s.error} for s in summaries if s.error]
            row = with_comparisons(runs.run_row(run_id, started, parameters, summaries, errors, status=status), compared)
            steps.record_run(out, row)
    good = [s for s in summaries if not s.error]
    report_path = report_task(out_dir, good, run_id) if good else None
    result = {
        "run_id": run_id, "status": row.status, "out_dir": out_dir, "report": report_path, "analyst_files": {},
        "documents": [dataclasses.asdict(s) for s in good], "errors": errors, "totals": runs.totals(good),
        "notes": notes, "comparisons": compared,
    }
    return result, row

"""The figtrace Prefect flow: inputs -> validated Parquet tables, a runs row and a flag report.

Each task body is a call into the core (``figtrace.*``) or into ``flows.steps``.
Tasks pass paths, hashes and small summaries, never tables.
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
from figtrace.records import RunRow  # noqa: E402
from figtrace.run import runs, store  # noqa: E402
from figtrace.run.pipeline import new_run_id, process_document  # noqa: E402
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
def process_task(path: str, settings: Settings, run_id: str, staging: str) -> runs.DocSummary:
    """Parse, analyse, validate and stage one document; a broken input becomes a summary with an error."""
    try:
        result = process_document(path, settings, run_id)
    except FigtraceError as exc:
        return runs.DocSummary(path=path, error=str(exc))
    return steps.validate_and_stage(result, Path(staging), run_id)


@task(name="publish")
def publish_task(staging: str, out_dir: str, doc_keys: list[str]) -> int:
    return len(steps.publish(Path(staging), Path(out_dir), doc_keys))


@task(name="report")
def report_task(out_dir: str, doc_ids: list[str], run_id: str) -> str:
    """Join the per-document flag reports of this run into report.md and a Prefect artifact."""
    markdown = steps.run_report(Path(out_dir), doc_ids, run_id)
    path = Path(out_dir) / "report.md"
    store.write_text_atomic(path, markdown)
    create_markdown_artifact(markdown=markdown, key="figtrace-flags", description=f"figtrace flags, run {run_id}")
    return str(path)


@task(name="record-run")
def record_run_task(out_dir: str, row: RunRow) -> int:
    good, _ = steps.validate_and_write(Path(out_dir), "runs", [row], row.run_id, None, store.safe_key(row.run_id))
    return len(good)


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
    run_id = new_run_id(inputs, settings.as_dict(), started)
    events = lineage.start(run_id, inputs, Path(out_dir), settings)
    try:
        result, row = _run(inputs, out_dir, raw_dir, settings, progress, run_id, started)
    except BaseException as exc:
        lineage.fail(events, exc)
        raise
    if prune and row.status == "ok":
        result["pruned"] = [str(p) for p in folder.prune(Path(out_dir), run_id)]
    if result["documents"]:
        result["analyst_files"] = analyst_task(out_dir, run_id)  # report.html, datapackage.json, figtrace.duckdb, history/
    lineage.finish(events, row)
    return result


def _run(inputs, out_dir, raw_dir, settings, progress, run_id, started) -> tuple[dict, RunRow]:
    staging = store.staging_dir(Path(out_dir), run_id)
    paths, errors = [], []
    for item in inputs:
        if not item.startswith(("http://", "https://")):
            paths.append(item)
            continue
        try:
            paths.append(fetch_task(item, raw_dir, settings))
        except FigtraceError as exc:
            errors.append({"path": item, "error": str(exc)})
    futures = [process_task.submit(p, settings, run_id, str(staging)) for p in paths]
    summaries = []
    with RunProgress(len(futures), enabled=progress) as bar:
        for fut in futures:
            summaries.append(fut.result())
            bar.advance(summaries[-1])
    good = [s for s in summaries if not s.error]
    errors += [{"path": s.path, "error": s.error} for s in summaries if s.error]
    report_path, compared = None, None
    if good:
        publish_task(str(staging), out_dir, [store.safe_key(s.doc_id) for s in good])
        report_path = report_task(out_dir, [s.doc_id for s in good], run_id)
        compared = compare_task(out_dir, run_id)
    parameters = {"inputs": inputs, "out_dir": out_dir, "raw_dir": raw_dir, **settings.as_dict()}
    row = with_comparisons(runs.run_row(run_id, started, parameters, summaries, errors), compared)
    record_run_task(out_dir, row)
    result = {
        "run_id": run_id, "status": row.status, "out_dir": out_dir, "report": report_path, "analyst_files": {},
        "documents": [dataclasses.asdict(s) for s in good], "errors": errors, "totals": runs.totals(good),
        "comparisons": compared,
    }
    return result, row

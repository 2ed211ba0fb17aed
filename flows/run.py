"""The figtrace Prefect flow: inputs -> validated Parquet tables, a runs row and a flag report.

Each task body is a call into the core (``figtrace.*``) or into ``flows.steps``.
Tasks pass paths, hashes and small summaries, never tables.  Each input is
processed in a worker process under ``doc_time_limit_s`` and published whole
(one rename per document, ``figtrace.run.publish``) as soon as it is done.  The
runs row is written when the run starts (``running``) and again when it ends,
also when a signal stops it (``interrupted``).
"""
from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

from . import configure_prefect_env

configure_prefect_env()

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from figtrace.errors import FigtraceError  # noqa: E402
from figtrace.ingest import fetch  # noqa: E402
from figtrace.ingest.netpolicy import is_url, redact_url  # noqa: E402
from figtrace.run import manifest, parts, publish, runs, store, worker  # noqa: E402
from figtrace.records import RunRow  # noqa: E402
from figtrace.run.runs import new_run_id  # noqa: E402
from figtrace.settings import Settings  # noqa: E402

from . import analyst, engine, folder, lineage, steps  # noqa: E402
from .inputs import default_workers, local_paths, split_unchanged, unique  # noqa: E402
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


@task(name="process-documents")
def process_task(batch: list[tuple[str, str]], settings: Settings, run_id: str, out_dir: str,
                 part: str | None = None) -> list[runs.DocSummary]:
    """Process the (input, staging folder) pairs of ``batch`` in one worker process (each input under the
    time limit; validated and written together, as one part when ``part`` names its staging folder), then
    publish them; one summary per input (a failure is that input's error, never the batch's)."""
    return steps.publish_batch(Path(out_dir), steps.process_batch_in_worker(batch, settings, run_id, part), run_id)


@task(name="report")
def report_task(out_dir: str, summaries: list[runs.DocSummary], run_id: str, skipped: int = 0) -> str:
    """The run's summary report (report.md) and a small Prefect artifact listing the most flagged documents."""
    path = Path(out_dir) / "report.md"
    store.write_text_atomic(path, steps.run_report(summaries, run_id, skipped))
    create_markdown_artifact(markdown=steps.run_report(summaries, run_id, skipped, limit=steps.ARTIFACT_DOCS),
                             key="figtrace-flags", description=f"figtrace flags, run {run_id}")
    return str(path)


@task(name="analyst-files")
def analyst_task(out_dir: str, run_id: str) -> dict[str, str]:
    """report.html, the data package, the DuckDB views and the history snapshot of the folder (flows.analyst)."""
    return {name: str(path) for name, path in analyst.write_analyst_files(Path(out_dir), run_id).items()}


def batch_size(documents: int, workers: int) -> int:
    """Documents per task: about 8 tasks per worker, at most 64 documents each.

    A task's documents go through one worker process and are validated together: Prefect
    costs about 0.1 s per task and pandera about 30 ms per table and call, both more than
    a letter's core, so batching divides them, while enough batches remain to keep every
    worker busy and the progress bar moving.

    >>> batch_size(1, 2), batch_size(100, 2), batch_size(10_000, 2)
    (1, 7, 64)
    """
    return max(1, min(64, -(-documents // (8 * workers))))


def _process_all(todo, settings, run_id, staging, out_dir, workers):
    """Summaries of ``todo`` (path, index) in input order, at most ``2 * workers`` batches submitted at a time.

    A bounded window: a corpus streams through (only small summaries are held), and
    one document's failure is its summary's error, never the others'.
    """
    size = batch_size(len(todo), workers)
    batches = [[(p, str(staging.doc_dir(i))) for p, i in todo[k:k + size]] for k in range(0, len(todo), size)]
    window: collections.deque = collections.deque()
    for batch, k in zip(batches, range(0, len(todo), size)):
        part = str(staging.path / parts.part_name(run_id, todo[k][1])) if len(batch) > 1 else None
        window.append(process_task.submit(batch, settings, run_id, out_dir, part))
        if len(window) >= 2 * workers:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


@flow(name="figtrace-run", task_runner=ThreadPoolTaskRunner(max_workers=default_workers()), log_prints=False)
def run_flow(
    inputs: list[str],
    out_dir: str = "data/processed",
    raw_dir: str = "data/raw",
    settings: Settings | None = None,
    progress: bool = False,
    prune: bool = False,
    workers: int | None = None,
    force: bool = False,
) -> dict:
    """Process every input (paths or http(s) URLs) into the tables under ``out_dir``.

    ``prune`` removes the files of documents this run did not write (see ``flows.folder``).
    OpenLineage START / COMPLETE / FAIL events go to ``out_dir/lineage/`` (``flows.lineage``).
    Inputs whose bytes, code version and settings match what ``out_dir`` already
    publishes are skipped (``figtrace.run.manifest``) unless ``force``.  ``workers``
    documents are processed at once (default: the cores), each in a worker process;
    call ``flow_with_workers(n)`` so that the task runner has as many threads.
    """
    settings = settings or Settings()
    workers = workers or default_workers()
    started = dt.datetime.now(dt.timezone.utc)
    shown = [redact_url(i) if is_url(i) else i for i in inputs]  # a password in a URL is never recorded
    run_id = new_run_id(shown, settings.as_dict(), started)
    events = lineage.start(run_id, shown, Path(out_dir), settings)
    try:
        result, row = _run(inputs, shown, out_dir, raw_dir, settings, progress, run_id, started, workers, force)
    except BaseException as exc:
        lineage.fail(events, exc)
        raise
    if prune and row.status == "ok":
        keep = frozenset(store.safe_key(s["doc_id"]) for s in result["skipped"] if s.get("doc_id"))
        result["pruned"] = [str(p) for p in folder.prune(Path(out_dir), run_id, keep)]
    if result["documents"] or result.get("pruned") or result.get("skipped"):
        result["analyst_files"] = analyst_task(out_dir, run_id)  # report.html, datapackage.json, figtrace.duckdb, history/
    lineage.finish(events, row)
    return result


def _run(inputs, shown, out_dir, raw_dir, settings, progress, run_id, started, workers, force) -> tuple[dict, RunRow]:
    context = FlowRunContext.get()
    parameters = runs.run_parameters(shown, out_dir, raw_dir, workers, force,
                                     engine.describe(context.task_runner if context else None), settings.as_dict())
    out = Path(out_dir)
    summaries: list[runs.DocSummary] = []
    errors: list[dict] = []
    notes: list[str] = []
    compared = None
    worker.reset()
    if any(is_url(i) for i in inputs):
        worker.warm_up()  # the forkserver loads its modules while the inputs are fetched
    with publish.RunStaging(out, run_id) as staging:
        steps.mark_dead_runs(out, staging.dead_runs, run_id)
        steps.record_run(out, runs.run_row(run_id, started, parameters, [], [], status="running"))
        status = None
        try:
            paths = []
            for item, label in zip(inputs, shown):
                if not is_url(item):
                    paths += local_paths(item)
                    continue
                try:
                    paths.append(fetch_task(item, raw_dir, settings))
                except FigtraceError as exc:
                    errors.append({"path": label, "error": str(exc)})
            kept, notes = unique(paths)
            unchanged, todo = split_unchanged(out, kept, settings, force)
            summaries += unchanged
            if todo:
                worker.warm_up()  # at once when `figtrace run` started it already (flows/cli.py)
            with RunProgress(len(kept), enabled=progress) as bar:
                for summary in _process_all(todo, settings, run_id, staging, out_dir, workers):
                    summaries.append(summary)
                    manifest.record(out, summary, settings.as_dict(), run_id)
                    bar.advance(summary)
            if any(not s.error and not s.skipped for s in summaries):
                compared = compare_task(out_dir, run_id)  # everything in the output folder (flows/compare.py)
        except BaseException:
            worker.stop_all()  # a signal (or a bug): no worker outlives the run
            status = "interrupted"
            raise
        finally:
            errors += [{"path": s.path, "error": s.error} for s in summaries if s.error]
            row = with_comparisons(runs.run_row(run_id, started, parameters, summaries, errors, status=status), compared)
            steps.record_run(out, row)
    good = [s for s in summaries if not s.error and not s.skipped]
    report_path = report_task(out_dir, good, run_id, sum(1 for s in summaries if s.skipped)) if good else None
    return runs.run_result(row, out_dir, summaries, errors, notes, report=report_path, comparisons=compared), row


def flow_with_workers(workers: int | None = None, dask_address: str | None = None):
    """``run_flow`` with a task runner of ``workers`` threads (each waits on one worker process), or on
    the Dask cluster at ``dask_address`` (``flows.engine``; check it first with ``engine.check_cluster``)."""
    return run_flow.with_options(task_runner=engine.task_runner(workers or default_workers(), dask_address))

"""The figtrace Prefect flow: inputs -> validated Parquet tables, a runs row and a flag report.

Each task body is a call into the core (``figtrace.*``) or into ``flows.steps``.
Tasks pass paths, hashes and small summaries, never tables.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import platform
import sys
from importlib import metadata
from pathlib import Path

from . import configure_prefect_env

configure_prefect_env()

from prefect import flow, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from figtrace import __version__, fetch, store  # noqa: E402
from figtrace.errors import FigtraceError, is_transient  # noqa: E402
from figtrace.pipeline import new_run_id, process_document  # noqa: E402
from figtrace.records import RunRow  # noqa: E402
from figtrace.settings import Settings  # noqa: E402

from . import steps  # noqa: E402

LIBRARIES = ("figtrace", "prefect", "pandera", "pandas", "pyarrow", "requests", "pdfplumber")


def retry_transient_only(task, task_run, state) -> bool:
    """Prefect retry condition: retry only errors the core marks transient."""
    try:
        state.result()
    except Exception as exc:  # the task's own exception, re-raised by result()
        return is_transient(exc)
    return False


@task(name="fetch", retries=2, retry_delay_seconds=2, retry_condition_fn=retry_transient_only)
def fetch_task(url: str, raw_dir: str, settings: Settings) -> str:
    """Fetch one URL into the raw store; returns the stored file's path."""
    return str(fetch.fetch_to_store(url, Path(raw_dir), settings).path)


@task(name="process-document")
def process_task(path: str, settings: Settings, run_id: str, staging: str) -> steps.DocSummary:
    """Parse, analyse, validate and stage one document; a broken input becomes a summary with an error."""
    try:
        result = process_document(path, settings, run_id)
    except FigtraceError as exc:
        return steps.DocSummary(path=path, error=str(exc))
    return steps.validate_and_stage(result, Path(staging), run_id)


@task(name="publish")
def publish_task(staging: str, out_dir: str, doc_keys: list[str]) -> int:
    return len(steps.publish(Path(staging), Path(out_dir), doc_keys))


@task(name="report")
def report_task(out_dir: str, doc_ids: list[str], run_id: str) -> str:
    """Join the per-document flag reports of this run into report.md and a Prefect artifact."""
    markdown = steps.run_report(Path(out_dir), doc_ids, run_id)
    path = Path(out_dir) / "report.md"
    steps.write_text_atomic(path, markdown)
    create_markdown_artifact(markdown=markdown, key="figtrace-flags", description=f"figtrace flags, run {run_id}")
    return str(path)


@task(name="record-run")
def record_run_task(out_dir: str, row: RunRow) -> str:
    import schemas

    path = store.table_path(Path(out_dir), "runs", row.run_id.replace(":", "_"))
    good, bad = schemas.validate("runs", schemas.frame_from_records("runs", [row]))
    steps.write_frame(path, good, "runs", row.run_id, None)
    return str(path)


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


@flow(name="figtrace-run", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def run_flow(
    inputs: list[str],
    out_dir: str = "data/processed",
    raw_dir: str = "data/raw",
    settings: Settings | None = None,
    progress: bool = False,
) -> dict:
    """Process every input (paths or http(s) URLs) into the tables under ``out_dir``."""
    settings = settings or Settings()
    started = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id(inputs, settings.as_dict(), started)
    out = Path(out_dir)
    staging = out / f".staging-{run_id}"
    paths, errors = [], []
    for item in inputs:
        if item.startswith(("http://", "https://")):
            try:
                paths.append(fetch_task(item, raw_dir, settings))
            except FigtraceError as exc:
                errors.append({"path": item, "error": str(exc)})
        else:
            paths.append(item)
    futures = [process_task.submit(p, settings, run_id, str(staging)) for p in paths]
    summaries = []
    for i, fut in enumerate(futures, 1):
        summary = fut.result()
        summaries.append(summary)
        if progress:
            state = summary.error or f"{summary.counts.get('claims', 0)} claims, {summary.counts.get('flags', 0)} flags"
            print(f"[{i}/{len(futures)}] {summary.path}: {state}", file=sys.stderr, flush=True)
    good = [s for s in summaries if not s.error]
    errors += [{"path": s.path, "error": s.error} for s in summaries if s.error]
    if good:
        publish_task(str(staging), out_dir, [store.safe_key(s.doc_id) for s in good])
    report_path = report_task(out_dir, [s.doc_id for s in good], run_id) if good else None
    status = "ok" if not errors else ("partial" if good else "failed")
    row = RunRow(
        run_id=run_id, started_at=started, finished_at=dt.datetime.now(dt.timezone.utc),
        code_version=__version__, library_versions=json.dumps(library_versions(), sort_keys=True),
        parameters=json.dumps({"inputs": inputs, "out_dir": out_dir, "raw_dir": raw_dir, **settings.as_dict()}, sort_keys=True),
        inputs=json.dumps([{"path": s.path, "source_uri": s.source_uri, "sha256": s.raw_sha256} for s in summaries], sort_keys=True),
        row_counts=json.dumps(_totals(good), sort_keys=True),
        status=status, errors=json.dumps(errors, ensure_ascii=False),
    )
    record_run_task(out_dir, row)
    return {
        "run_id": run_id, "status": status, "out_dir": out_dir, "report": report_path,
        "documents": [_summary_dict(s) for s in good],
        "errors": errors, "totals": _totals(good),
    }


def _summary_dict(s: steps.DocSummary) -> dict:
    return dataclasses.asdict(s)


def _totals(summaries) -> dict:
    totals: dict = {"documents": 0}
    for s in summaries:
        for k, v in s.counts.items():
            totals[k] = totals.get(k, 0) + v
        for k, v in s.quarantined.items():
            totals[f"quarantined_{k}"] = totals.get(f"quarantined_{k}", 0) + v
        for k, v in s.flag_rules.items():
            totals.setdefault("flag_rules", {})
            totals["flag_rules"][k] = totals["flag_rules"].get(k, 0) + v
    return totals

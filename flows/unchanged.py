"""A run with nothing to process, recorded without Prefect: ``figtrace run`` when every input is unchanged.

When every input is a local file that the output folder already publishes from the
same bytes, code version and settings (``flows.inputs.all_unchanged``), there is no
document to process, compare or report on.  Starting Prefect for that (its temporary
server, or a flow run on a running one) would cost seconds, many times the work, on
every scheduled rerun of an unchanged folder.  The run is recorded all the same, as the
flow records it: a runs row (``status`` ok, every input ``skipped`` with why, and
``parameters.engine`` = ``none``), OpenLineage START and COMPLETE events, the removal
of dead runs' staging, and the analyst files if the folder changed since they were
written.  ``figtrace run --always-flow`` starts the flow anyway (to see the run in
Prefect); scheduled deployments (``figtrace serve``) always run the flow.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from figtrace.run import publish, runs
from figtrace.run.runs import new_run_id
from figtrace.settings import Settings

from . import analyst, lineage, stage
from .engine import NONE
from .inputs import all_unchanged


def record_if_unchanged(inputs: list[str], out_dir: str, raw_dir: str, settings: Settings, workers: int) -> dict | None:
    """The run's result (as ``flows.run.run_flow`` returns it) when every input is unchanged, recorded;
    else None, having written nothing (the caller then runs the flow)."""
    found = all_unchanged(inputs, Path(out_dir), settings)
    if found is None:
        return None
    skipped, notes = found
    out = Path(out_dir)
    started = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id(inputs, settings.as_dict(), started)  # local paths only: nothing to redact
    parameters = runs.run_parameters(inputs, out_dir, raw_dir, workers, False, {"engine": NONE}, settings.as_dict())
    events = lineage.start(run_id, inputs, out, settings, {s.path: s.raw_sha256 for s in skipped if s.raw_sha256})
    try:
        with publish.RunStaging(out, run_id) as staging:
            stage.mark_dead_runs(out, staging.dead_runs, run_id)
            row = runs.run_row(run_id, started, parameters, skipped, [])
            stage.record_run(out, row)
        result = runs.run_result(row, out_dir, skipped, [], notes)
        result["analyst_files"] = {k: str(v) for k, v in analyst.write_analyst_files(out, run_id).items()}
    except BaseException as exc:
        lineage.fail(events, exc)
        raise
    lineage.finish(events, row)
    return result

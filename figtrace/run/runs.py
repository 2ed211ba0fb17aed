"""Run bookkeeping in plain Python: per-document summaries, run totals and the runs row.

The flow only collects ``DocSummary`` objects from its tasks and hands them here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
from dataclasses import asdict, dataclass, field
from importlib import metadata

from figtrace.records import RunRow
from figtrace.run.version import code_version

LIBRARIES = ("figtrace", "prefect", "pandera", "pandas", "pyarrow", "requests", "pdfplumber")


@dataclass(frozen=True, slots=True)
class DocSummary:
    """What one document contributed to a run (small: this is what tasks pass around)."""

    path: str
    doc_id: str | None = None
    raw_sha256: str | None = None
    source_uri: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    flag_rules: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    error: str | None = None
    version: str | None = None  # version key (figtrace.run.publish.version_key)
    version_time: str | None = None  # when the input was modified or retrieved (decides the latest version)
    staged: str | None = None  # folder holding the document's staged files, until published
    skipped: str | None = None  # why this input was not processed again (figtrace.run.manifest)


def new_run_id(inputs: list[str], parameters: dict, now: dt.datetime | None = None) -> str:
    """Time-ordered, content-tagged run id: ``20210112T101500Z-1a2b3c4d``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    tag = hashlib.sha1(json.dumps([inputs, parameters], sort_keys=True, default=str).encode()).hexdigest()[:8]
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z-{tag}"


def run_parameters(inputs: list[str], out_dir: str, raw_dir: str, workers: int, force: bool, engine: dict,
                   settings: dict) -> dict:
    """What ``runs.parameters`` records of a ``figtrace run``, whether a flow ran it or not: the inputs as
    shown (no secret), the folders, workers, ``force``, the engine (``engine``, ``dask_address``) and the settings.

    >>> sorted(run_parameters(["a.txt"], "out", "raw", 2, False, {"engine": "none"}, {"language": None}))
    ['engine', 'force', 'inputs', 'language', 'out_dir', 'raw_dir', 'workers']
    """
    return {"inputs": inputs, "out_dir": out_dir, "raw_dir": raw_dir, "workers": workers, "force": force,
            **engine, **settings}


def library_versions() -> dict[str, str]:
    """Python and the installed version of every library a run depends on."""
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def totals(summaries: list[DocSummary]) -> dict:
    """Row counts, quarantined rows and raised flags per rule, summed over documents.

    >>> totals([DocSummary("a", counts={"documents": 1, "claims": 3}, flag_rules={"x": 2})])
    {'documents': 1, 'claims': 3, 'flag_rules': {'x': 2}}
    """
    out: dict = {"documents": 0}
    rules: dict[str, int] = {}
    for s in summaries:
        for k, v in s.counts.items():
            out[k] = out.get(k, 0) + v
        for k, v in s.quarantined.items():
            out[f"quarantined_{k}"] = out.get(f"quarantined_{k}", 0) + v
        for k, v in s.flag_rules.items():
            rules[k] = rules.get(k, 0) + v
    if rules:
        out["flag_rules"] = dict(sorted(rules.items()))
    return out


def run_status(summaries: list[DocSummary], errors: list[dict]) -> str:
    """``ok`` when nothing failed, ``partial`` when some documents were published, else ``failed``."""
    if not errors:
        return "ok"
    return "partial" if any(not s.error for s in summaries) else "failed"


def run_row(
    run_id: str,
    started: dt.datetime,
    parameters: dict,
    summaries: list[DocSummary],
    errors: list[dict],
    status: str | None = None,
) -> RunRow:
    """The runs-table row: parameters, versions, inputs with their hashes, counts, status.

    ``status`` overrides the one the errors give (``running`` when the run starts,
    ``interrupted`` when a signal stopped it); a running row has no ``finished_at``.
    """
    good = [s for s in summaries if not s.error and not s.skipped]
    status = status or run_status(summaries, errors)
    counts = totals(good)
    skipped = sum(1 for s in summaries if s.skipped)
    if skipped:
        counts["skipped"] = skipped
    return RunRow(
        run_id=run_id,
        started_at=started,
        finished_at=None if status == "running" else dt.datetime.now(dt.timezone.utc),
        code_version=code_version(),  # with the git commit when run from a checkout
        library_versions=json.dumps(library_versions(), sort_keys=True),
        parameters=json.dumps(parameters, sort_keys=True, default=str),
        inputs=json.dumps(
            [{"path": s.path, "source_uri": s.source_uri, "sha256": s.raw_sha256,
              **({"skipped": s.skipped} if s.skipped else {})} for s in summaries],
            sort_keys=True,
        ),
        row_counts=json.dumps(counts, sort_keys=True),
        status=status,
        errors=json.dumps(errors, ensure_ascii=False),
    )


def run_result(row: RunRow, out_dir: str, summaries: list[DocSummary], errors: list[dict], notes: list[str],
               report: str | None = None, comparisons: dict | None = None) -> dict:
    """What a run returns (the flow's result, printed by the CLI): its id and status, the documents it
    processed, those it skipped and why, errors, notes, totals and the files it wrote."""
    good = [s for s in summaries if not s.error and not s.skipped]
    return {
        "run_id": row.run_id, "status": row.status, "out_dir": out_dir, "report": report, "analyst_files": {},
        "documents": [asdict(s) for s in good], "errors": errors, "totals": totals(good), "notes": notes,
        "comparisons": comparisons,
        "skipped": [{"path": s.path, "doc_id": s.doc_id, "why": s.skipped} for s in summaries if s.skipped],
    }


def dead_run_row(row: dict, found_by: str) -> RunRow:
    """A ``running`` row left by a run that was killed, marked ``failed`` by the run that found its remains."""
    errors = json.loads(row.get("errors") or "[]")
    errors.append({"path": "", "error": f"the run stopped before finishing (killed or crashed); found by run {found_by}"})
    return RunRow(**{**row, "finished_at": dt.datetime.now(dt.timezone.utc), "status": "failed",
                     "errors": json.dumps(errors, ensure_ascii=False)})

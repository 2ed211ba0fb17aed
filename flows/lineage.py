"""OpenLineage run events for each `figtrace run`, with the official ``openlineage-python`` client.

A run emits START when it begins and COMPLETE (status ``ok`` or ``partial``) or FAIL
(status ``failed``, or an exception) when it ends.  Inputs are the input files or URLs,
with their SHA-256 as the dataset version once read; outputs are the folder's tables,
each with a schema facet (from the pandera models) and its row count.  Events always go to
``<out>/lineage/openlineage.jsonl`` (one JSON event per line) and, when the setting
``openlineage_url`` is given, to that HTTP endpoint too (``POST <url>/api/v1/lineage``).
Lineage never fails a run: a transport error is printed as a warning.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from openlineage.client import OpenLineageClient
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.facet_v2 import (
    dataset_version_dataset,
    documentation_job,
    error_message_run,
    job_type_job,
    output_statistics_output_dataset,
    processing_engine_run,
    schema_dataset,
)
from openlineage.client.transport.file import FileConfig, FileTransport
from openlineage.client.transport.http import HttpConfig, HttpTransport

import schemas
from figtrace.ingest.netpolicy import is_url
from figtrace.records import RunRow
from figtrace.run.version import code_version
from figtrace.settings import Settings

NAMESPACE = "figtrace"
JOB_NAME = "figtrace-run"
EVENTS_FILE = Path("lineage") / "openlineage.jsonl"
OUTPUT_TABLES = ("documents", "passages", "citations", "cited_documents", "claims", "flags", "runs")


def producer() -> str:
    return f"urn:figtrace:{code_version()}"


@dataclass(frozen=True)
class LineageRun:
    """What START knew, handed to the closing event."""

    run_id: str
    run_uuid: str
    inputs: tuple[str, ...]
    out_dir: Path
    clients: tuple[OpenLineageClient, ...]


def run_uuid(run_id: str) -> str:
    """The OpenLineage runId of a figtrace run id (a UUID; the same id always gives the same UUID)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"figtrace:run:{run_id}"))


def clients(out_dir: Path, settings: Settings) -> tuple[OpenLineageClient, ...]:
    """The file client, and an HTTP client when ``settings.openlineage_url`` is set."""
    path = Path(out_dir) / EVENTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    out = [OpenLineageClient(transport=FileTransport(FileConfig(log_file_path=str(path), append=True)))]
    if settings.openlineage_url:
        out.append(OpenLineageClient(transport=HttpTransport(HttpConfig(url=settings.openlineage_url, timeout=5.0,
                                                                        retry={"total": 0}))))
    return tuple(out)


def dataset_name(item: str) -> tuple[str, str]:
    """(namespace, name) of an input: ``file`` and the absolute path, or the URL's scheme://host and path."""
    if is_url(item):
        scheme, _, rest = item.partition("://")
        host, _, path = rest.partition("/")
        return f"{scheme}://{host}", "/" + path
    return "file", str(Path(item).resolve())


def _sha256(item: str) -> str | None:
    path = Path(item)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def input_dataset(item: str, sha256: str | None) -> InputDataset:
    namespace, name = dataset_name(item)
    facets = {"version": dataset_version_dataset.DatasetVersionDatasetFacet(datasetVersion=sha256)} if sha256 else {}
    return InputDataset(namespace=namespace, name=name, facets=facets)


def schema_facet(table: str) -> schema_dataset.SchemaDatasetFacet:
    """The table's columns, Arrow types and descriptions, as the pandera model gives them."""
    return schema_dataset.SchemaDatasetFacet(fields=[
        schema_dataset.SchemaDatasetFacetFields(name=f.name, type=str(f.type), description=(f.metadata or {}).get(b"description", b"").decode())
        for f in schemas.arrow_schema(table)])


def output_datasets(out_dir: Path, row_counts: dict) -> list[OutputDataset]:
    out = []
    for table in OUTPUT_TABLES:
        rows = row_counts.get(table, 1 if table == "runs" else 0)
        out.append(OutputDataset(
            namespace="file", name=str((Path(out_dir) / table).resolve()), facets={"schema": schema_facet(table)},
            outputFacets={"outputStatistics": output_statistics_output_dataset.OutputStatisticsOutputDatasetFacet(rowCount=rows)}))
    return out


def _job() -> Job:
    return Job(namespace=NAMESPACE, name=JOB_NAME, facets={
        "jobType": job_type_job.JobTypeJobFacet(processingType="BATCH", integration="FIGTRACE", jobType="JOB"),
        "documentation": documentation_job.DocumentationJobFacet(
            description="Letters in, Parquet tables of figures (counts, dates, durations), footnotes and flags out."),
    })


def _emit(run: LineageRun, event: RunEvent) -> None:
    for client in run.clients:
        try:
            client.emit(event)
        except Exception as exc:  # noqa: BLE001 -- lineage must never fail the run it describes
            print(f"warning: OpenLineage event not sent ({type(exc).__name__}: {exc})", file=sys.stderr)


def _event(run: LineageRun, state: RunState, run_facets: dict, inputs: list, outputs: list) -> RunEvent:
    engine = processing_engine_run.ProcessingEngineRunFacet(version=code_version(), name="figtrace",
                                                            openlineageAdapterVersion=_client_version())
    return RunEvent(eventType=state, eventTime=dt.datetime.now(dt.timezone.utc).isoformat(), producer=producer(),
                    run=Run(runId=run.run_uuid, facets={"processing_engine": engine, **run_facets}), job=_job(),
                    inputs=inputs, outputs=outputs)


def _client_version() -> str:
    from importlib import metadata

    return metadata.version("openlineage-python")


def start(run_id: str, inputs: list[str], out_dir: Path, settings: Settings,
          sha256: dict[str, str] | None = None) -> LineageRun:
    """Emit START (inputs as given, local files with their SHA-256, read unless ``sha256`` has it);
    returns what the closing event needs."""
    known = sha256 or {}
    run = LineageRun(run_id, run_uuid(run_id), tuple(inputs), Path(out_dir), clients(Path(out_dir), settings))
    _emit(run, _event(run, RunState.START, {}, [input_dataset(i, known.get(i) or _sha256(i)) for i in inputs], []))
    return run


def finish(run: LineageRun, row: RunRow) -> None:
    """Emit COMPLETE (or FAIL when the run's status is ``failed``) with inputs, hashes and outputs."""
    hashes = {i["path"]: i["sha256"] for i in json.loads(row.inputs)}
    inputs = [input_dataset(item, hashes.get(item)) for item in run.inputs]
    inputs += [input_dataset(p, h) for p, h in hashes.items() if p not in run.inputs and h]  # fetched copies of URLs
    if row.status == "failed":
        errors = "; ".join(e["error"] for e in json.loads(row.errors)) or "no input could be processed"
        return _emit(run, _event(run, RunState.FAIL, {"errorMessage": _error(errors)}, inputs, []))
    _emit(run, _event(run, RunState.COMPLETE, {}, inputs, output_datasets(run.out_dir, json.loads(row.row_counts))))


def fail(run: LineageRun, exc: BaseException) -> None:
    """Emit FAIL for a run that stopped with an exception."""
    _emit(run, _event(run, RunState.FAIL, {"errorMessage": _error(f"{type(exc).__name__}: {exc}")},
                      [input_dataset(i, None) for i in run.inputs], []))


def _error(message: str) -> error_message_run.ErrorMessageRunFacet:
    return error_message_run.ErrorMessageRunFacet(message=message, programmingLanguage="python")

"""``datapackage.json``: the output folder as a Frictionless data package.

One resource per Parquet file (a frictionless resource reads one Parquet file), named
``<table>-<doc key>`` (``quarantine-<table>-<doc key>`` for quarantine files), each with
its table's Table Schema generated from the pandera model (``schemas.datapackage``).
Folders of tables the models do not know (yet) are left out.  Check it with
``frictionless validate data/processed/datapackage.json``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import schemas
from figtrace.report.bundle import table_files
from figtrace.run import store
from schemas.datapackage import table_description, table_schema

DATAPACKAGE = "datapackage.json"
_NAME_RE = re.compile(r"[^a-z0-9._-]")


def resource_name(*parts: str) -> str:
    """A frictionless resource name (lower case, ``[a-z0-9._-]``) from a table and a file stem.

    >>> resource_name("claims", "A_75_709.zh")
    'claims-a_75_709.zh'
    """
    return _NAME_RE.sub("_", "-".join(parts).lower())


def resources(out_dir: Path) -> list[dict]:
    """A resource per table file (and per quarantine file) under ``out_dir``."""
    out: list[dict] = []
    for table in schemas.TABLES:
        for prefix, quarantine in (("", False), ("quarantine/", True)):
            for path in table_files(out_dir / prefix, table):
                name = resource_name(*(["quarantine"] if quarantine else []), table, path.stem)
                out.append({"name": name, "path": path.relative_to(out_dir).as_posix(), "format": "parquet",
                            "mediatype": "application/vnd.apache.parquet", "title": f"{prefix}{table}/{path.name}",
                            "description": table_description(table), "schema": table_schema(table, quarantine)})
    return out


def datapackage(out_dir: Path, run_id: str | None) -> dict:
    """The descriptor of ``out_dir``; ``figtrace:latestRunId`` names the run that wrote it."""
    return {
        "name": "figtrace-output", "title": "figtrace: figures in UN letters",
        "description": "Figures (counts, dates, durations) with bounds, footnotes and flags, read from UN letters. "
                       "Columns are described in each resource's schema (from figtrace's pandera models).",
        "figtrace:schemaVersion": schemas.SCHEMA_VERSION, "figtrace:latestRunId": run_id,
        "resources": resources(Path(out_dir)),
    }


def write_datapackage(out_dir: Path, run_id: str | None) -> Path:
    """Write ``out_dir/datapackage.json`` atomically; returns its path."""
    path = Path(out_dir) / DATAPACKAGE
    store.write_text_atomic(path, json.dumps(datapackage(out_dir, run_id), ensure_ascii=False, indent=1) + "\n")
    return path

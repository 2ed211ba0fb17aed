"""An output folder read back for the report: every table's rows as plain dicts.

Each ``<table>/*.parquet`` file is read on its own (a folder may hold files written by
different runs and code versions), so a column one file lacks is simply absent from its
rows.  Tables with no files give no rows: ``comparisons`` and ``reviews`` are optional.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

REPORT_TABLES = ("documents", "citations", "cited_documents", "claims", "flags", "comparisons", "reviews", "runs")


@dataclass(frozen=True)
class ReportBundle:
    """The rows of an output folder that the report shows, and the run it was written after."""

    latest_run_id: str | None
    tables: dict[str, list[dict]] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict]:
        return self.tables.get(table, [])


def table_files(out_dir: Path, table: str) -> list[Path]:
    """The Parquet files of one table, in name order (temporary files left out)."""
    folder = Path(out_dir) / table
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith(".")) if folder.is_dir() else []


def read_file(path: Path):
    """One small Parquet file as an Arrow table, read without pyarrow's thread pool (whose start-up
    costs more than reading a file of a few kilobytes: a thousand files 1 s instead of 8)."""
    return pq.ParquetFile(path).read(use_threads=False)


def read_rows(out_dir: Path, table: str) -> list[dict]:
    """Every row of ``table`` in ``out_dir`` as a dict (Arrow types as Python: dates, lists, None)."""
    rows: list[dict] = []
    for path in table_files(out_dir, table):
        rows.extend(read_file(path).to_pylist())
    return rows


def latest_run(runs: list[dict]) -> str | None:
    """The id of the run that started last (run ids are time-ordered), or None.

    >>> latest_run([{"run_id": "20210112T1015Z-a"}, {"run_id": "20210113T0900Z-b"}])
    '20210113T0900Z-b'
    """
    return max((r["run_id"] for r in runs), default=None)


def load_bundle(out_dir: Path, latest_run_id: str | None = None) -> ReportBundle:
    """The report's rows of ``out_dir``; ``latest_run_id`` defaults to the last run recorded there."""
    tables = {t: read_rows(out_dir, t) for t in REPORT_TABLES}
    return ReportBundle(latest_run_id or latest_run(tables["runs"]), tables)

"""An output folder read back for the report: every table's rows as plain dicts.

Each ``<table>/*.parquet`` file is read on its own (a folder may hold files written by
different runs and code versions), so a column one file lacks is simply absent from its
rows.  Tables with no files give no rows: ``comparisons`` and ``reviews`` are optional.

A large folder is read in two passes: tallies of every letter (``figtrace.report.overview``),
then every column of the few letters shown in detail (``load_detail``), so that memory follows
the letters, not their rows.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
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


def file_rows(out_dir: Path, table: str, columns: tuple[str, ...] | None = None, docs: set[str] | None = None,
              where=None) -> Iterator[list[dict]]:
    """The rows of ``table`` in ``out_dir``, one file at a time, as dicts (Arrow types as Python: dates,
    lists, None): a caller that tallies each file before the next holds one file's rows, not the table's.

    ``columns``: only those (a file lacking one gives rows without it); ``docs``: only the rows of
    those documents (by ``doc_id``); ``where(table) -> mask``: only the rows it keeps.
    """
    for path in table_files(out_dir, table):
        pf = pq.ParquetFile(path)
        names = pf.schema_arrow.names
        data = pf.read(columns=[c for c in columns if c in names] if columns else None, use_threads=False)
        if docs is not None and "doc_id" in data.column_names:
            data = data.filter(pc.is_in(data["doc_id"], value_set=pa.array(sorted(docs), type=pa.string())))
        if where is not None and data.num_rows:
            data = data.filter(where(data))
        yield data.to_pylist()


def read_rows(out_dir: Path, table: str, columns: tuple[str, ...] | None = None, docs: set[str] | None = None,
              where=None) -> list[dict]:
    """Every row of ``file_rows``, in one list."""
    return [row for rows in file_rows(out_dir, table, columns, docs, where) for row in rows]


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


def load_detail(out_dir: Path, latest_run_id: str | None, docs: set[str]) -> ReportBundle:
    """Every row and column of the letters ``docs`` (comparisons: those touching one of them)."""
    tables = {t: read_rows(out_dir, t, docs=docs) for t in ("documents", "citations", "cited_documents", "claims", "flags")}
    wanted = pa.array(sorted(docs), type=pa.string())
    tables["comparisons"] = read_rows(out_dir, "comparisons", where=lambda d: pc.or_(
        pc.fill_null(pc.is_in(d["left_doc_id"], value_set=wanted), False),
        pc.fill_null(pc.is_in(d["right_doc_id"], value_set=wanted), False)))
    tables["reviews"], tables["runs"] = read_rows(out_dir, "reviews"), read_rows(out_dir, "runs")
    return ReportBundle(latest_run_id or latest_run(tables["runs"]), tables)


def table_columns(out_dir: Path, table: str) -> list[str]:
    """Every column any file of ``table`` has, in first-seen order."""
    seen: dict[str, None] = {}
    for path in table_files(out_dir, table):
        seen.update(dict.fromkeys(pq.read_schema(path).names))
    return list(seen)

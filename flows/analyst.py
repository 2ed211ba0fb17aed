"""After a run: the files analysts open, written beside the tables of the output folder.

- ``report.html``: the whole folder in one self-contained page (``figtrace.report``);
- ``datapackage.json``: a Frictionless data package of every table (``flows.datapackage``);
- ``figtrace.duckdb``: one view per table and the joins analysts need (``flows.sqlviews``);
- ``history/<run_id>/``: the figures, flags and comparisons of the folder as this run left
  them, for ``figtrace diff`` (``flows.diff``).

Every file is written atomically; a failure here never undoes the run's tables.
"""
from __future__ import annotations

from pathlib import Path

from figtrace.report.bundle import load_bundle
from figtrace.report.html import render_report_html
from figtrace.run import store

from .datapackage import write_datapackage
from .diff import snapshot
from .sqlviews import write_duckdb

REPORT_HTML = "report.html"


def write_report_html(out_dir: Path, run_id: str | None = None) -> Path:
    """``out_dir/report.html`` for every document in the folder; returns its path."""
    path = Path(out_dir) / REPORT_HTML
    store.write_text_atomic(path, render_report_html(load_bundle(Path(out_dir), run_id)))
    return path


def write_analyst_files(out_dir: Path, run_id: str) -> dict[str, Path]:
    """Every file above for ``out_dir`` after run ``run_id``; returns name -> path."""
    out_dir = Path(out_dir)
    return {
        "report.html": write_report_html(out_dir, run_id),
        "datapackage.json": write_datapackage(out_dir, run_id),
        "figtrace.duckdb": write_duckdb(out_dir, run_id),
        "history": snapshot(out_dir, run_id),
    }

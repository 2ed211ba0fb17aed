"""After a run: the files analysts open, written beside the tables of the output folder.

- ``report.html``: the whole folder in one self-contained page (``figtrace.report``);
- ``datapackage.json``: a Frictionless data package of every table (``flows.datapackage``);
- ``figtrace.duckdb``: one view per table and the joins analysts need (``flows.sqlviews``);
- ``history/<run_id>/``: the figures, flags and comparisons of the folder as this run left
  them, for ``figtrace diff`` (``flows.diff``).

Every file is written atomically; a failure here never undoes the run's tables.  They are
rewritten only when what they show has changed: a run whose every input was unchanged
(and that pruned nothing) leaves them as they are, since rebuilding them reads the whole
folder (``folder_fingerprint``; the runs table still records that run).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from figtrace.report.html import render_folder
from figtrace.run import store

from .datapackage import write_datapackage
from .diff import snapshot
from .sqlviews import write_duckdb

REPORT_HTML = "report.html"
STATE = Path(".figtrace") / "analyst.json"  # the fingerprint the analyst files were last written for
# What the analyst files show; runs/ and lineage/ are left out (every run adds to them).
SHOWN = ("documents", "passages", "citations", "cited_documents", "claims", "flags", "comparisons", "reviews", "quarantine")


def folder_fingerprint(out_dir: Path) -> str:
    """SHA-256 of what the analyst files show: every file under the shown tables, by name, the
    published file it resolves to, its size and modification time (no file is read)."""
    out_dir = Path(out_dir)
    digest = hashlib.sha256()
    for table in SHOWN:
        for path in sorted((out_dir / table).rglob("*.parquet")) if (out_dir / table).is_dir() else []:
            try:
                real = os.path.realpath(path)
                st = os.stat(real)
            except OSError:
                continue
            digest.update(f"{path.relative_to(out_dir)}|{os.path.relpath(real, out_dir)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def write_report_html(out_dir: Path, run_id: str | None = None) -> Path:
    """``out_dir/report.html`` for every document in the folder; returns its path."""
    path = Path(out_dir) / REPORT_HTML
    store.write_text_atomic(path, render_folder(Path(out_dir), run_id))
    return path


def write_analyst_files(out_dir: Path, run_id: str, force: bool = False) -> dict[str, Path]:
    """Every file above for ``out_dir`` after run ``run_id``; returns name -> path.

    Unless ``force``, nothing is written when the folder shows what it showed when they
    were last written and they are all there: then the paths of those files are returned.
    """
    out_dir = Path(out_dir)
    fingerprint = folder_fingerprint(out_dir)
    try:
        last = json.loads((out_dir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    kept = {name: Path(p) for name, p in last.get("files", {}).items()} if isinstance(last, dict) else {}
    if not force and last.get("fingerprint") == fingerprint and kept and all(p.exists() for p in kept.values()):
        return kept
    files = {
        "report.html": write_report_html(out_dir, run_id),
        "datapackage.json": write_datapackage(out_dir, run_id),
        "figtrace.duckdb": write_duckdb(out_dir, run_id),
        "history": snapshot(out_dir, run_id),
    }
    state = {"fingerprint": fingerprint, "run_id": run_id, "files": {k: str(v) for k, v in files.items()}}
    store.write_text_atomic(out_dir / STATE, json.dumps(state, sort_keys=True) + "\n")
    return files

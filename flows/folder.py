"""What a run means for the output folder.

By default a run *adds*: it rewrites the files of the documents it processed and keeps the
others, so the folder holds every document ever processed there.  Each document's rows
carry the ``run_id`` that last wrote them; the report, the data package and the DuckDB
``documents`` view (``latest_run_id``, ``in_latest_run``) say which are from the latest
run.  ``figtrace run --prune`` instead removes every document the run did not write
(all its tables, quarantine files and report; a document published in a part leaves the
part's latest view), so the folder holds that run alone;
``runs/``, ``reviews/``, ``history/`` and ``lineage/`` are never pruned.  A run with a
failed input prunes nothing (a broken input keeps its last good output).
"""
from __future__ import annotations

from pathlib import Path

from figtrace.report.bundle import table_files
from figtrace.run import parts, store

KEPT = ("runs", "reviews", "history", "lineage")  # about the folder, not about one document


def stale_documents(out_dir: Path, run_id: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """File keys (stems) of the documents, published one folder each, whose ``documents`` file another
    run wrote, but for ``keep`` (the keys of documents this run skipped as unchanged: they are part of
    its input).  Documents published in parts are ``prune_part``'s."""
    found = []
    for p in table_files(out_dir, "documents"):
        meta = store.read_metadata(p)
        if "figtrace.part" not in meta and meta.get("figtrace.run_id") != run_id and p.stem not in keep:
            found.append(p.stem)
    return found


def stale_parts(out_dir: Path) -> list[str]:
    """The parts whose documents the latest view shows (``figtrace.run.parts``)."""
    return [p.stem for p in table_files(out_dir, "documents") if "figtrace.part" in store.read_metadata(p)]


def document_files(out_dir: Path, key: str) -> list[Path]:
    """Every file of one document: its table files, quarantine files and report."""
    out_dir = Path(out_dir)
    folders = [d for d in out_dir.iterdir() if d.is_dir() and d.name not in KEPT and not d.name.startswith(".")]
    found = [p for d in folders if d.name != "quarantine" for p in [d / f"{key}.parquet"] if p.is_file()]
    found += sorted((out_dir / "quarantine").glob(f"*/{key}.parquet"))
    found += [p for p in [out_dir / "reports" / f"{key}.md"] if p.is_file()]
    return found


def prune(out_dir: Path, run_id: str, keep: frozenset[str] = frozenset()) -> list[Path]:
    """Remove the files of every document run ``run_id`` neither wrote nor skipped as unchanged (``keep``:
    their file keys); returns what was removed."""
    removed = []
    for key in stale_documents(Path(out_dir), run_id, keep):
        for path in document_files(Path(out_dir), key):
            path.unlink()
            removed.append(path)
    for part in stale_parts(Path(out_dir)):
        removed += parts.prune_part(Path(out_dir), part, run_id, keep)
    return removed

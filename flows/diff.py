"""``figtrace diff RUN_A RUN_B``: figures, flags and comparisons added, removed and changed.

Each run leaves a snapshot of the folder's ``claims``, ``flags`` and ``comparisons`` in
``<out>/history/<run_id>/`` (``snapshot``); ids are deterministic, so a diff is a join on
``claim_id`` / ``flag_id`` / ``comparison_id``.  A row whose id is in both runs but whose
columns differ (``run_id`` aside) is *changed*, with the columns and their values before
and after.  RUN_A and RUN_B are run ids (a unique prefix will do), ``latest`` or
``previous``, or the paths of two output folders.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import schemas
from figtrace.errors import InputError
from figtrace.report.bundle import read_file, read_rows, table_files
from figtrace.run import store

DIFF_TABLES = {"claims": "claim_id", "flags": "flag_id", "comparisons": "comparison_id"}
IGNORED = {"run_id"}
HISTORY = "history"
DIFF_SCHEMA = pa.schema([
    ("table", pa.string()), ("change", pa.string()), ("id", pa.string()), ("doc_id", pa.string()),
    ("what", pa.string()), ("changed_columns", pa.list_(pa.string())), ("before", pa.string()), ("after", pa.string()),
])


def snapshot(out_dir: Path, run_id: str) -> Path:
    """Copy the folder's current claims, flags and comparisons into ``history/<run_id>/``; returns that folder."""
    folder = Path(out_dir) / HISTORY / store.safe_key(run_id)
    for table in DIFF_TABLES:
        parts = [read_file(p) for p in table_files(out_dir, table)]
        if not parts:
            continue
        data = pa.concat_tables(parts, promote_options="permissive")
        meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": run_id, "figtrace.table": table}
        store.write_parquet_atomic(folder / f"{table}.parquet", data, meta)
    return folder


def snapshot_rows(folder: Path, table: str) -> list[dict]:
    """Rows of one table from a snapshot folder, or from an output folder's ``<table>/`` files."""
    path = Path(folder) / f"{table}.parquet"
    return pq.read_table(path).to_pylist() if path.is_file() else read_rows(folder, table)


def resolve(out_dir: Path, ref: str) -> Path:
    """The snapshot folder (or output folder) that ``ref`` names; InputError when none or several."""
    if Path(ref).is_dir() and (Path(ref) / "claims").is_dir():
        return Path(ref)
    runs = sorted(p.name for p in (Path(out_dir) / HISTORY).glob("*") if p.is_dir())
    if ref in ("latest", "previous"):
        if len(runs) < (1 if ref == "latest" else 2):
            raise InputError(f"no {ref} run in {out_dir / HISTORY}", path=str(out_dir))
        return Path(out_dir) / HISTORY / runs[-1 if ref == "latest" else -2]
    found = [r for r in runs if r == store.safe_key(ref)] or [r for r in runs if r.startswith(store.safe_key(ref))]
    if len(found) != 1:
        which = "no run" if not found else f"{len(found)} runs"
        raise InputError(f"{which} matching {ref!r} in {out_dir / HISTORY} (runs: {', '.join(runs[-5:]) or 'none'})", path=str(out_dir))
    return Path(out_dir) / HISTORY / found[0]


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _what(table: str, row: dict) -> str:
    if table == "claims":
        return f"{row.get('surface')} ({row.get('kind')}, {row.get('category') or '-'})"
    if table == "flags":
        return f"{row.get('rule')}: {row.get('message')}"
    return f"{row.get('relation')} ({row.get('basis')})"


def _json(row: dict, cols) -> str:
    return json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False, sort_keys=True, default=str)


def diff_rows(table: str, before: list[dict], after: list[dict]) -> list[dict]:
    """Added, removed and changed rows of one table between two runs (see module docstring)."""
    key = DIFF_TABLES[table]
    a, b = {r[key]: r for r in before}, {r[key]: r for r in after}
    out = []
    for rid in sorted(a.keys() | b.keys()):
        old, new = a.get(rid), b.get(rid)
        if old is None or new is None:
            row = new or old
            cols = [c for c in row if c not in IGNORED]
            out.append({"table": table, "change": "added" if old is None else "removed", "id": rid, "doc_id": row.get("doc_id") or row.get("left_doc_id"),
                        "what": _what(table, row), "changed_columns": [], "before": _json(old, cols) if old else None,
                        "after": _json(new, cols) if new else None})
            continue
        changed = sorted(c for c in old.keys() | new.keys() if c not in IGNORED and not _same(old.get(c), new.get(c)))
        if changed:
            out.append({"table": table, "change": "changed", "id": rid, "doc_id": new.get("doc_id") or new.get("left_doc_id"),
                        "what": _what(table, new), "changed_columns": changed, "before": _json(old, changed), "after": _json(new, changed)})
    return out


def diff_runs(run_a: Path, run_b: Path) -> list[dict]:
    """Every difference between two snapshots (or output folders), table by table."""
    return [d for table in DIFF_TABLES for d in diff_rows(table, snapshot_rows(run_a, table), snapshot_rows(run_b, table))]


def write_diff(rows: list[dict], path: Path, run_a: str, run_b: str) -> Path:
    """The differences as Parquet (one row per difference)."""
    table = pa.Table.from_pylist(rows, schema=DIFF_SCHEMA)
    meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": run_b, "figtrace.table": "diff",
            "figtrace.diff_from": run_a}
    store.write_parquet_atomic(Path(path), table, meta)
    return Path(path)


def render(rows: list[dict], run_a: str, run_b: str, limit: int = 40):
    """A rich table for the terminal: counts per table and change, then the first ``limit`` differences."""
    from collections import Counter

    from rich.table import Table

    counts = Counter((r["table"], r["change"]) for r in rows)
    head = Table(title=f"figtrace diff {run_a} -> {run_b}")
    for col in ("table", "added", "removed", "changed"):
        head.add_column(col, justify="left" if col == "table" else "right")
    for table in DIFF_TABLES:
        head.add_row(table, *(str(counts[(table, c)]) for c in ("added", "removed", "changed")))
    detail = Table(show_lines=False)
    for col in ("table", "change", "id", "document", "what", "columns"):
        detail.add_column(col, overflow="fold")
    for r in rows[:limit]:
        detail.add_row(r["table"], r["change"], r["id"], r["doc_id"] or "", r["what"], ", ".join(r["changed_columns"]))
    return head, detail

"""DuckDB over an output folder: one view per table and the joins analysts need.

Views are created with paths relative to the output folder (DuckDB's ``file_search_path``),
so ``figtrace.duckdb`` works when opened from that folder (``cd data/processed && duckdb
figtrace.duckdb``) and wherever the folder is moved; ``figtrace sql`` sets the path itself.

Added columns: ``documents.latest_run_id`` / ``in_latest_run``; ``claims.bounds``
(``figtrace.report.words.bounds_kind``: exact, range, open_above, open_below, estimate,
none); ``flags.review_status`` (open, confirmed, dismissed, needs-source, or reopened
when the evidence changed since the decision).  Joins: ``claim_sources`` (a claim with
each footnote it rests on and each document that footnote cites) and ``flag_context`` (a
flag with its claim or its footnote, and its review).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb

import schemas
from figtrace.report.bundle import table_files
from schemas.docs import READER_TYPES

DUCKDB_FILE = "figtrace.duckdb"

BOUNDS_SQL = """CASE
    WHEN kind = 'date' THEN 'none'
    WHEN value_low IS NOT NULL AND value_high IS NOT NULL THEN CASE WHEN value_low = value_high THEN 'exact' ELSE 'range' END
    WHEN value_low IS NOT NULL THEN 'open_above'
    WHEN value_high IS NOT NULL THEN 'open_below'
    WHEN value_best IS NOT NULL THEN 'estimate'
    ELSE 'none' END"""

EXTRA_VIEWS = {
    "claim_sources": """
SELECT c.claim_id, c.doc_id, c.page, c.surface, c.kind, c.category, c.bounds,
       CASE WHEN len(c.cited_footnotes) > 0 THEN 'sentence' ELSE 'paragraph' END AS footnote_level,
       n.footnote_number, f.text AS footnote_text, f.self_sourced, f.cited_symbols,
       d.ref_index, d.symbol, d.date_as_cited, d.title_as_cited, d.issuer_as_cited
FROM claims c
CROSS JOIN unnest(CASE WHEN len(c.cited_footnotes) > 0 THEN c.cited_footnotes ELSE c.paragraph_footnotes END) AS n(footnote_number)
LEFT JOIN citations f ON f.doc_id = c.doc_id AND f.footnote_number = n.footnote_number
LEFT JOIN cited_documents d ON d.doc_id = c.doc_id AND d.footnote_number = n.footnote_number""",
    "flag_context": """
SELECT g.flag_id, g.doc_id, g.rule, g.severity, g.passed, g.message, g.review_status, g.review_note,
       g.claim_id, c.surface, c.sentence, c.kind, c.category, c.bounds,
       g.footnote_number, f.text AS footnote_text, f.self_sourced, g.cited_symbol,
       coalesce(c.page, f.page) AS page, g.evidence
FROM flags g
LEFT JOIN claims c ON c.claim_id = g.claim_id
LEFT JOIN citations f ON f.doc_id = g.doc_id AND f.footnote_number = g.footnote_number""",
}


def _empty_view(table: str) -> str:
    cols = ", ".join(f"CAST(NULL AS {READER_TYPES[schemas.column_kind(c)][3]}) AS {n}"
                     for n, c in schemas.schema(table).columns.items())
    return f"SELECT {cols} LIMIT 0"


def _source(out_dir: Path, table: str) -> str:
    """``read_parquet`` of a table's files (relative glob), or an empty view with the model's columns."""
    if table_files(out_dir, table):
        return f"SELECT * FROM read_parquet('{table}/*.parquet', union_by_name = true)"
    return _empty_view(table) if table in schemas.TABLES else ""


def view_statements(out_dir: Path, latest_run_id: str | None) -> dict[str, str]:
    """view name -> its SELECT, for every table (known or present) and the joins."""
    base = {t: _source(out_dir, t) for t in schemas.TABLES}
    for folder in sorted(p for p in Path(out_dir).iterdir() if p.is_dir()):  # e.g. comparisons before its model lands
        if folder.name not in base and table_files(out_dir, folder.name) and folder.name not in ("history", "quarantine"):
            base[folder.name] = _source(out_dir, folder.name)
    latest = "NULL" if latest_run_id is None else "'" + latest_run_id.replace("'", "''") + "'"
    base["documents"] = (f"SELECT d.*, {latest}::VARCHAR AS latest_run_id, d.run_id = {latest} AS in_latest_run "
                         f"FROM ({base['documents']}) d")
    base["claims"] = f"SELECT c.*, {BOUNDS_SQL} AS bounds FROM ({base['claims']}) c"
    latest_review = f"SELECT * FROM ({base['reviews']}) QUALIFY row_number() OVER (PARTITION BY {{}} ORDER BY decided_at DESC) = 1"
    base["flags"] = f"""SELECT f.* EXCLUDE (r_flag_id, r_status, r_hash, r_note, r_reviewer, r_decided_at),
        CASE WHEN r_flag_id IS NULL THEN 'open' WHEN r_hash = sha256(f.evidence) THEN r_status ELSE 'reopened' END AS review_status,
        r_note AS review_note, r_reviewer AS reviewer, r_decided_at AS decided_at
    FROM (SELECT f.*, coalesce(a.flag_id, b.flag_id) AS r_flag_id, coalesce(a.status, b.status) AS r_status,
                 coalesce(a.evidence_sha256, b.evidence_sha256) AS r_hash, coalesce(a.note, b.note) AS r_note,
                 coalesce(a.reviewer, b.reviewer) AS r_reviewer, coalesce(a.decided_at, b.decided_at) AS r_decided_at
          FROM ({base['flags']}) f
          LEFT JOIN ({latest_review.format('flag_id')}) a ON a.flag_id = f.flag_id
          LEFT JOIN ({latest_review.format('doc_id, rule, claim_id, footnote_number')}) b  -- same subject, new id
            ON a.flag_id IS NULL AND (f.claim_id IS NOT NULL OR f.footnote_number IS NOT NULL)
           AND b.doc_id = f.doc_id AND b.rule = f.rule AND b.claim_id IS NOT DISTINCT FROM f.claim_id
           AND b.footnote_number IS NOT DISTINCT FROM f.footnote_number) f"""
    return {name: sql for name, sql in {**base, **EXTRA_VIEWS}.items() if sql}


def connect(out_dir: Path, database: str = ":memory:", latest_run_id: str | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with every view over ``out_dir``."""
    from figtrace.report.bundle import latest_run, read_rows

    out_dir = Path(out_dir).resolve()
    con = duckdb.connect(database)
    con.execute(f"SET file_search_path = '{str(out_dir).replace(chr(39), chr(39) * 2)}'")
    latest = latest_run_id or latest_run(read_rows(out_dir, "runs"))
    for name, sql in view_statements(out_dir, latest).items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    return con


def write_duckdb(out_dir: Path, run_id: str | None) -> Path:
    """``out_dir/figtrace.duckdb`` holding the views (built in a temporary file, then moved into place)."""
    path = Path(out_dir) / DUCKDB_FILE
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{DUCKDB_FILE}.", suffix=".tmp")
    os.close(fd)
    os.unlink(tmp)  # DuckDB creates the file itself
    try:
        connect(out_dir, tmp, run_id).close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
    return path

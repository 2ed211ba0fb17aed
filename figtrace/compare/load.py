"""Read the published tables of an output folder back into a ``Corpus`` (pyarrow, file by file).

Every ``<out>/<table>/*.parquet`` file is read on its own, with only the columns the stage
uses that the file has: a folder may hold files written by older runs, before a column was
added. Files whose names start with ``.`` (a writer's temporary file) are skipped, as every
reader skips them. Passages are read only for documents that have another-language version.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from figtrace.compare.corpus import Corpus, DocInfo, doc_info
from figtrace.compare.versions import version_pairs
from figtrace.errors import StoreError
from figtrace.records import ClaimRow, Passage, column_names

DOC_COLUMNS = ("doc_id", "symbols", "language", "title", "letter_date", "author", "author_state", "source_uri")
PASSAGE_COLUMNS = tuple(column_names(Passage))
CLAIM_COLUMNS = tuple(column_names(ClaimRow))
_LISTS = {"cited_footnotes", "paragraph_footnotes"}


def table_files(out_dir: Path, table: str) -> list[Path]:
    """The published files of ``table``, sorted (temporary files left out)."""
    folder = Path(out_dir) / table
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith(".")) if folder.is_dir() else []


def read_rows(out_dir: Path, table: str, columns: tuple[str, ...], filters=None) -> list[dict]:
    """Rows of ``table`` as dicts holding ``columns`` (None where a file lacks one)."""
    rows: list[dict] = []
    for path in table_files(out_dir, table):
        try:
            have = set(pq.read_schema(path).names)
            wanted = [c for c in columns if c in have]
            use = filters if filters and all(f[0] in have for f in filters) else None
            read = pq.read_table(path, columns=wanted, filters=use).to_pylist()
        except (pa.ArrowException, OSError) as exc:
            raise StoreError(f"cannot read this {table} file ({exc})", path=str(path)) from exc
        rows += [{c: row.get(c) for c in columns} for row in read]
    return rows


def _claim(row: dict) -> ClaimRow:
    return ClaimRow(**{c: (row[c] if row[c] is not None or c not in _LISTS else []) for c in CLAIM_COLUMNS})


def load_corpus(out_dir: str | Path) -> Corpus:
    """Documents, claims, and the passages of documents with versions, from an output folder."""
    out_dir = Path(out_dir)
    infos: dict[str, DocInfo] = {}
    for row in read_rows(out_dir, "documents", DOC_COLUMNS):
        infos[row["doc_id"]] = doc_info(row)
    claims: dict[str, list[ClaimRow]] = {d: [] for d in infos}
    for row in read_rows(out_dir, "claims", CLAIM_COLUMNS):
        if row["doc_id"] in claims:
            claims[row["doc_id"]].append(_claim(row))
    with_versions = sorted({d for pair in version_pairs(infos.values()) for d in pair})
    passages: dict[str, list[Passage]] = {d: [] for d in infos}
    if with_versions:
        filters = [("doc_id", "in", with_versions), ("kind", "in", ["paragraph", "sentence"])]
        for row in read_rows(out_dir, "passages", PASSAGE_COLUMNS, filters):
            if row["doc_id"] in passages and row["kind"] in ("paragraph", "sentence"):
                passages[row["doc_id"]].append(Passage(**row))
    corpus = Corpus()
    for doc_id in sorted(infos):
        corpus.add(infos[doc_id], claims[doc_id], passages[doc_id])
    return corpus

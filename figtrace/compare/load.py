"""Read the published tables of an output folder back into a ``Corpus`` (pyarrow, file by file).

Every ``<out>/<table>/*.parquet`` file is read on its own, with only the columns the stage
uses that the file has: a folder may hold files written by older runs, before a column was
added. Files whose names start with ``.`` (a writer's temporary file) are skipped, as every
reader skips them. Passages are read only for documents that have another-language version.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from figtrace.compare.corpus import Corpus, DocInfo, doc_info
from figtrace.compare.versions import version_pairs
from figtrace.errors import StoreError
from figtrace.records import ClaimRow, Passage, column_names

DOC_COLUMNS = ("doc_id", "symbols", "language", "title", "letter_date", "author", "author_state", "source_uri")
PASSAGE_COLUMNS = tuple(column_names(Passage))
# Claim columns the stage never reads are left unread (a fifth of the decoding): empty in the records.
_UNREAD = {"estimate_rule": None, "date_precision": None, "part_of": None, "attributed_to": None,
           "cited_footnotes": [], "paragraph_footnotes": [], "run_id": ""}
CLAIM_COLUMNS = tuple(c for c in column_names(ClaimRow) if c not in _UNREAD)


def table_files(out_dir: Path, table: str) -> list[Path]:
    """The published files of ``table``, sorted (temporary files left out)."""
    folder = Path(out_dir) / table
    return sorted(p for p in folder.glob("*.parquet") if not p.name.startswith(".")) if folder.is_dir() else []


def file_rows(out_dir: Path, table: str, columns: tuple[str, ...], docs: set[str] | None = None) -> Iterator[list[dict]]:
    """The rows of ``table``, a file at a time, as dicts holding ``columns`` (None where a file lacks
    one); with ``docs``, only the files and rows of those documents.  A caller that turns each file's
    rows into records before the next holds one file's dicts at a time, not the folder's.

    One small file at a time, without pyarrow's thread pool: for files of a few kilobytes its
    start-up costs more than the read (a thousand files: 0.2 s instead of 1-6 s).
    """
    for path in table_files(out_dir, table):
        try:
            pf = pq.ParquetFile(path)
            meta = pf.schema_arrow.metadata or {}
            doc = meta.get(b"figtrace.doc_id")
            if docs is not None and doc is not None and doc.decode("utf-8") not in docs:
                continue
            have = set(pf.schema_arrow.names)
            read = pf.read(columns=[c for c in columns if c in have], use_threads=False).to_pylist()
        except (pa.ArrowException, OSError) as exc:
            raise StoreError(f"cannot read this {table} file ({exc})", path=str(path)) from exc
        yield [{c: row.get(c) for c in columns} for row in read if docs is None or row.get("doc_id") in docs]


def read_rows(out_dir: Path, table: str, columns: tuple[str, ...], docs: set[str] | None = None) -> list[dict]:
    """Every row of ``file_rows``, in one list."""
    return [row for rows in file_rows(out_dir, table, columns, docs) for row in rows]


def _shared(rows: list[dict]) -> None:
    """One object for the equal strings of a file's rows: its claims repeat their document, paragraph,
    sentence (quoted whole), kind, category, unit and qualifier (a third of the records' memory)."""
    seen: dict[str, str] = {}
    for row in rows:
        for column, value in row.items():
            if isinstance(value, str):
                row[column] = seen.setdefault(value, value)


def _claim(row: dict) -> ClaimRow:
    return ClaimRow(**row, **{k: (list(v) if isinstance(v, list) else v) for k, v in _UNREAD.items()})


def load_corpus(out_dir: str | Path) -> Corpus:
    """Documents, claims, and the passages of documents with versions, from an output folder."""
    out_dir = Path(out_dir)
    infos: dict[str, DocInfo] = {}
    for row in read_rows(out_dir, "documents", DOC_COLUMNS):
        infos[row["doc_id"]] = doc_info(row)
    claims: dict[str, list[ClaimRow]] = {d: [] for d in infos}
    for rows in file_rows(out_dir, "claims", CLAIM_COLUMNS):  # records made a file at a time: see file_rows
        _shared(rows)
        for row in rows:
            if row["doc_id"] in claims:
                claims[row["doc_id"]].append(_claim(row))
    with_versions = sorted({d for pair in version_pairs(infos.values()) for d in pair})
    passages: dict[str, list[Passage]] = {d: [] for d in infos}
    if with_versions:
        for row in read_rows(out_dir, "passages", PASSAGE_COLUMNS, set(with_versions)):
            if row["kind"] in ("paragraph", "sentence"):
                passages[row["doc_id"]].append(Passage(**row))
    corpus = Corpus()
    for doc_id in sorted(infos):
        corpus.add(infos[doc_id], claims[doc_id], passages[doc_id])
    return corpus

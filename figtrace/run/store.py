"""Atomic Parquet files for the output tables (pure Python + pyarrow).

Layout: ``<out_dir>/<table>/<doc_key>.parquet``, one file per document, and
``<out_dir>/quarantine/<table>/<doc_key>.parquet`` for rows that failed
validation.  Every file carries key-value metadata (``figtrace.schema_version``,
``figtrace.run_id``, ``figtrace.table``) in its Arrow/Parquet schema.

What is atomic: each *file*.  ``write_parquet_atomic`` writes a temporary file
in the destination directory, fsyncs it and ``os.replace``s it over the target,
so a reader sees the old file or the new one, never a torn one.  A run's *set*
of files is staged under ``<out_dir>/.staging-<run_id>/`` and moved into place
one rename at a time by ``publish_staged``: a crash during publishing can leave
some documents at the new run and others at the old one (each file whole); the
``figtrace.run_id`` metadata of each file says which.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from figtrace.errors import StoreError

ROW_GROUP_SIZE = 64 * 1024
COMPRESSION = "zstd"
REQUIRED_METADATA = ("figtrace.schema_version", "figtrace.run_id", "figtrace.table")
_UNSAFE_RE = re.compile(r"[^A-Za-z0-9._-]")
_TABLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_KEY = 160


def safe_key(doc_id: str) -> str:
    """A file-name-safe, idempotent form of a document id.

    ``/`` becomes ``_`` and ``:`` becomes ``.``; any other character outside
    ``[A-Za-z0-9._-]`` becomes ``_`` and a short hash of the id is appended so
    that distinct ids keep distinct keys.

    >>> safe_key("A/75/709:zh")
    'A_75_709.zh'
    >>> safe_key(safe_key("A/75/709:zh"))
    'A_75_709.zh'
    >>> safe_key("A/75/709 (Part I):zh")
    'A_75_709__Part_I_.zh-68712864'
    """
    if not doc_id:
        raise StoreError("empty document id: no file name for it")
    key = doc_id.replace("/", "_").replace(":", ".")
    lossy = bool(_UNSAFE_RE.search(key))
    key = _UNSAFE_RE.sub("_", key)
    if key.startswith("."):
        key, lossy = "_" + key, True
    if lossy or len(key) > _MAX_KEY:
        key = f"{key[:_MAX_KEY - 9]}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return key


def table_path(out_dir: Path, table: str, doc_key: str) -> Path:
    """``out_dir/<table>/<safe doc_key>.parquet``."""
    if not _TABLE_RE.match(table):
        raise StoreError(f"not a table name: {table!r}")
    return Path(out_dir) / table / f"{safe_key(doc_key)}.parquet"


def _with_metadata(table: pa.Table, metadata: dict[str, str]) -> pa.Table:
    missing = [k for k in REQUIRED_METADATA if k not in metadata]
    if missing:
        raise StoreError(f"file metadata lacks {', '.join(missing)}")
    merged = dict(table.schema.metadata or {})
    merged.update({k.encode("utf-8"): str(v).encode("utf-8") for k, v in metadata.items()})
    return table.replace_schema_metadata(merged)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # not supported on this platform / filesystem
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_parquet_atomic(path: Path, table: pa.Table, metadata: dict[str, str]) -> None:
    """Write ``table`` to ``path`` atomically, with ``metadata`` in the file's schema metadata.

    On any failure the temporary file is removed, the previous file (if any)
    is left untouched, and ``StoreError`` is raised (``KeyboardInterrupt`` and
    friends pass through after the clean-up).
    """
    path = Path(path)
    table = _with_metadata(table, metadata)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            with pq.ParquetWriter(sink, table.schema, compression=COMPRESSION) as writer:
                for batch in table.to_batches(max_chunksize=ROW_GROUP_SIZE):
                    writer.write_batch(batch)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, (pa.ArrowException, OSError, ValueError, TypeError)):
            raise StoreError(f"writing Parquet failed: {exc}", path=str(path)) from exc
        raise
    _fsync_dir(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    """Write a UTF-8 text file (a report) so that readers see the old or the new content, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as sink:
            sink.write(text)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def read_metadata(path: Path) -> dict[str, str]:
    """The key-value metadata of a Parquet file's schema, decoded (pandas' own entry left out)."""
    raw = pq.read_schema(path).metadata or {}
    return {k.decode("utf-8"): v.decode("utf-8") for k, v in raw.items() if k != b"pandas"}


def staging_dir(out_dir: Path, run_id: str) -> Path:
    """Where a run stages its files before publishing: ``out_dir/.staging-<run_id>``."""
    return Path(out_dir) / f".staging-{safe_key(run_id)}"


def publish_staged(staging: Path, out_dir: Path) -> list[Path]:
    """Move every file under ``staging`` to the same relative path under ``out_dir``; remove ``staging``.

    Each move is one ``os.replace`` (atomic per file, same filesystem); the set
    is not atomic (see module docstring).  Returns the destination paths.
    """
    staging, out_dir = Path(staging), Path(out_dir)
    if not staging.is_dir():
        raise StoreError("no staging directory", path=str(staging))
    moved = []
    for src in sorted(p for p in staging.rglob("*") if p.is_file()):
        dest = out_dir / src.relative_to(staging)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dest)
        moved.append(dest)
    for directory in {d.parent for d in moved}:
        _fsync_dir(directory)
    shutil.rmtree(staging, ignore_errors=True)
    return moved

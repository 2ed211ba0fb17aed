"""Atomic Parquet and text files for the outputs, and the file keys of document ids (pure Python + pyarrow).

``write_parquet_atomic`` writes a temporary file in the destination directory,
fsyncs it and ``os.replace``s it over the target, so a reader sees the old file
or the new one, never a torn one.  Files get the mode the umask allows (0644
under the usual 022), never 0600.  Every Parquet file carries key-value
metadata (``figtrace.schema_version``, ``figtrace.run_id``, ``figtrace.table``)
in its Arrow/Parquet schema.

How a document's files are published together (one rename per document) is
``figtrace.run.publish``; this module writes single files.
"""
from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import re
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from figtrace.errors import StoreError
from figtrace.ingest.rawstore import new_temp_file

ROW_GROUP_SIZE = 64 * 1024
COMPRESSION = "zstd"
REQUIRED_METADATA = ("figtrace.schema_version", "figtrace.run_id", "figtrace.table")
_KEPT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
_TABLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_KEY = 150
_HASHED_PREFIX = 110


def _escaped(ch: str, first: bool) -> str:
    if ch in _KEPT and not (first and ch == "-"):
        return ch
    if not first and ch in "/:":
        return "_" if ch == "/" else "."
    return "".join(f"~{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))


def safe_key(doc_id: str) -> str:
    """The file key of a document id: injective, ASCII ``[A-Za-z0-9._~-]``, never starting with ``.`` or ``_``.

    ``/`` becomes ``_`` and ``:`` becomes ``.``; every other character outside
    ``[A-Za-z0-9-]`` (``_`` and ``.`` included, and a leading ``/``, ``:`` or
    ``-``) is written ``~HH`` per UTF-8 byte, so two ids never share a key and
    readers that skip names starting with ``.`` or ``_`` see every file.  A key
    longer than 150 characters keeps its first 110 and ends ``~~`` + 32 hex of
    the id's SHA-256 (``~~`` appears in no other key).

    >>> safe_key("A/75/709:zh")
    'A_75_709.zh'
    >>> safe_key("A_75_709:zh")
    'A~5F75~5F709.zh'
    >>> safe_key("/75/709:zh"), safe_key(":zh")
    ('~2F75_709.zh', '~3Azh')
    >>> safe_key("A/75/709 (Part I):zh")
    'A_75_709~20~28Part~20I~29.zh'
    """
    if not isinstance(doc_id, str) or not doc_id:
        raise StoreError("empty document id: no file name for it")
    key = "".join(_escaped(ch, i == 0) for i, ch in enumerate(doc_id))
    if len(key) > _MAX_KEY:
        digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        key = f"{key[:_HASHED_PREFIX]}~~{digest}"
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


def fsync_dir(directory: Path) -> None:
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


def write_parquet_atomic(path: Path, table: pa.Table, metadata: dict[str, str], durable: bool = True) -> None:
    """Write ``table`` to ``path`` atomically, with ``metadata`` in the file's schema metadata.

    ``durable=False`` leaves out the ``fsync`` of the file and its folder: for many files
    written together, then made durable at once by ``make_durable`` (the first ``fsync``
    commits the journal for all of them, so the rest cost little).  On any failure the temporary file is removed, the previous file (if any)
    is left untouched, and ``StoreError`` is raised (``KeyboardInterrupt`` and
    friends pass through after the clean-up).
    """
    path = Path(path)
    table = _with_metadata(table, metadata)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = new_temp_file(path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as sink:
            with pq.ParquetWriter(sink, table.schema, compression=COMPRESSION) as writer:
                for batch in table.to_batches(max_chunksize=ROW_GROUP_SIZE):
                    writer.write_batch(batch)
            sink.flush()
            if durable:
                os.fsync(sink.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, (pa.ArrowException, OSError, ValueError, TypeError)):
            raise StoreError(f"writing Parquet failed: {exc}", path=str(path)) from exc
        raise
    if durable:
        fsync_dir(path.parent)


def make_durable(paths: list[Path]) -> None:
    """Everything written to ``paths`` (with ``durable=False``) and their folders, on disk when this returns.

    On Linux one ``syncfs`` of their file system (about 3 ms, against some 0.5 ms per file
    for an ``fsync`` each); elsewhere, or if it fails, an ``fsync`` of every file and folder.
    """
    if not paths:
        return
    if _syncfs(Path(paths[0]).parent):
        return
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in sorted({Path(p).parent for p in paths}, key=lambda f: -len(f.parts)):
        fsync_dir(folder)


def _syncfs(folder: Path) -> bool:
    """``syncfs(2)`` on the file system holding ``folder``; False where there is none or it fails."""
    func = getattr(_libc(), "syncfs", None) if sys.platform.startswith("linux") else None
    if func is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        return func(fd) == 0
    finally:
        os.close(fd)


@functools.cache
def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def write_text_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write a UTF-8 text file (a report) so that readers see the old or the new content, never half
    (``durable``: as for ``write_parquet_atomic``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = new_temp_file(path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as sink:
            sink.write(text)
            sink.flush()
            if durable:
                os.fsync(sink.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_metadata(path: Path) -> dict[str, str]:
    """The key-value metadata of a Parquet file's schema, decoded (pandas' own entry left out)."""
    raw = pq.read_schema(path).metadata or {}
    return {k.decode("utf-8"): v.decode("utf-8") for k, v in raw.items() if k != b"pandas"}

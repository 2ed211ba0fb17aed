"""The raw store: every input's exact bytes, kept once, never edited, with where they came from.

Layout under ``raw_dir`` (``data/raw/``)::

    store/<sha256>.<ext>        the bytes, named by their sha256, written once, read-only
    store/<sha256>.<ext>.json   sidecar: what the first retrieval of these bytes recorded
    fetches.jsonl               append-only log: one line per successful fetch
                                (status new | unchanged | new_version)
    manifest.json               derived index: one record per raw input (fetched or local)
    <name>.<ext> + <name>.json  hand-placed inputs with hand-written sidecars (the seed)

Bytes and sidecars are written to a temporary file in the same directory and
moved into place with ``os.replace``; an existing file is never overwritten.
``manifest.json`` is derived from the sidecars and can always be rebuilt.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
from pathlib import Path

from figtrace.errors import StoreError

STORE_DIR = "store"
LOG_NAME = "fetches.jsonl"
MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".lock"
INPUT_SUFFIXES = (".txt", ".text", ".md", ".pdf", ".html", ".htm")


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of ``data``.

    >>> sha256_hex(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def new_temp_file(directory: Path, prefix: str = ".part-", suffix: str = "") -> tuple[int, Path]:
    """A new, empty file in ``directory`` opened for writing: (fd, path).

    Unlike ``tempfile.mkstemp`` (always 0600) the file gets the mode the umask
    allows (0644 under the usual 022): outputs must be readable by whoever may
    read the folder.
    """
    directory = Path(directory)
    for _ in range(100):
        path = directory / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), path
        except FileExistsError:
            continue
    raise StoreError("cannot create a temporary file", path=str(directory))


def blob_path(raw_dir: Path, sha256: str, ext: str) -> Path:
    """Where the bytes with this hash live: ``store/<sha256>.<ext>``."""
    return Path(raw_dir) / STORE_DIR / f"{sha256}.{ext.lstrip('.')}"


def sidecar_of(path: Path) -> Path:
    """The sidecar next to a stored blob: ``<blob name>.json``."""
    return path.with_name(path.name + ".json")


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def set_aside(path: Path) -> Path:
    """Move a blob whose bytes do not match its name out of the way (kept, hidden, for inspection)."""
    aside = path.with_name(f".corrupt-{path.name}-{secrets.token_hex(4)}")
    os.replace(path, aside)
    return aside


def find_blob(raw_dir: Path, sha256: str, *, verify: bool = True) -> Path | None:
    """The stored blob with this hash, whatever its extension, or None.

    With ``verify`` (the default) the blob's bytes are hashed: a file that sits
    under the name but holds other bytes (edited, truncated, planted) is set
    aside, never adopted or handed on.
    """
    store = Path(raw_dir) / STORE_DIR
    if not sha256 or not store.is_dir():
        return None
    for p in sorted(store.glob(f"{glob_escape(sha256)}.*")):
        if p.name.endswith(".json") or not p.is_file():
            continue
        if not verify or file_sha256(p) == sha256:
            return p
        set_aside(p)
    return None


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters neutralised (a hash from a log line is data)."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


@contextlib.contextmanager
def store_lock(raw_dir: Path):
    """Exclusive lock on the store (threads and processes) for log and manifest writes."""
    Path(raw_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(raw_dir) / LOCK_NAME, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_once(path: Path, data: bytes, *, read_only: bool = True) -> bool:
    """Write ``data`` to ``path`` atomically unless it exists; True when written.

    The file is linked into place (``os.link`` fails if the name exists), so a
    concurrent writer can never replace it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return False
    fd, tmp = new_temp_file(path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        os.unlink(tmp)
        raise StoreError(f"cannot write raw file ({exc.strerror})", path=str(path)) from exc
    return adopt_file(Path(tmp), path, read_only=read_only)


def adopt_file(tmp: Path, path: Path, *, read_only: bool = True) -> bool:
    """Move a finished temporary file to ``path`` unless ``path`` exists; True when adopted.

    The temporary file is removed in every case.
    """
    try:
        if read_only:  # read-only, as readable as the umask let the file be created
            os.chmod(tmp, os.stat(tmp).st_mode & 0o444)
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot store raw file ({exc.strerror})", path=str(path)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def dump_json(record: dict) -> bytes:
    """Stable, readable JSON bytes for sidecars and the manifest."""
    return (json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def store_bytes(raw_dir: Path, data: bytes, ext: str, sidecar: dict) -> tuple[Path, bool]:
    """Store ``data`` under its hash with ``sidecar``; returns (path, newly stored).

    Bytes already present (and verified) are left untouched (their first sidecar stays).
    """
    digest = sha256_hex(data)
    existing = find_blob(raw_dir, digest)
    if existing is not None:
        return existing, False
    path = blob_path(raw_dir, digest, ext)
    write_once(sidecar_of(path), dump_json({**sidecar, "sha256": digest, "size": len(data)}))
    return path, write_once(path, data)


def store_file(raw_dir: Path, tmp: Path, digest: str, ext: str, sidecar: dict) -> tuple[Path, bool]:
    """Like ``store_bytes`` for a finished temporary file in ``store/`` (removed in every case).

    The sidecar goes first: a crash in between leaves a harmless sidecar without
    bytes, never bytes without their provenance.  A file already at the blob's
    name is adopted only when its bytes hash to ``digest``.
    """
    try:
        existing = find_blob(raw_dir, digest)
        if existing is not None:
            return existing, False
        path = blob_path(raw_dir, digest, ext)
        write_once(sidecar_of(path), dump_json({**sidecar, "sha256": digest, "size": Path(tmp).stat().st_size}))
        if not path.exists() or file_sha256(path) == digest:
            return path, adopt_file(Path(tmp), path)
        set_aside(path)  # appeared meanwhile with other bytes
        return path, adopt_file(Path(tmp), path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def temp_file(raw_dir: Path) -> Path:
    """A new empty temporary file inside ``store/`` (same filesystem, so linking is atomic)."""
    store = Path(raw_dir) / STORE_DIR
    store.mkdir(parents=True, exist_ok=True)
    fd, tmp = new_temp_file(store)
    os.close(fd)
    return tmp


def append_log(raw_dir: Path, record: dict) -> None:
    """Append one fetch record to ``fetches.jsonl`` (one line, one write)."""
    line = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    with store_lock(raw_dir):
        fd = os.open(Path(raw_dir) / LOG_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)


def read_log(raw_dir: Path) -> list[dict]:
    """Every fetch record, oldest first; a torn last line (crash mid-write) is skipped."""
    path = Path(raw_dir) / LOG_NAME
    if not path.is_file():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):
            records.append(json.loads(line))
    return records


def lookup_url(raw_dir: Path, url: str) -> dict | None:
    """The latest fetch record of ``url`` whose bytes are still in the store, or None."""
    for record in reversed(read_log(raw_dir)):
        if record.get("url") == url and find_blob(raw_dir, record.get("sha256", "")):
            return record
    return None


def _load_sidecar(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _input_of(sidecar: Path) -> Path | None:
    """The input file a sidecar describes (``x.pdf.json`` -> ``x.pdf``, ``x.json`` -> ``x.txt``)."""
    direct = sidecar.with_name(sidecar.name[: -len(".json")])
    if direct.suffix.lower() in INPUT_SUFFIXES and direct.is_file():
        return direct
    return next((p for s in INPUT_SUFFIXES if (p := sidecar.with_suffix(s)).is_file()), None)


def manifest_record(raw_dir: Path, sidecar: Path) -> dict | None:
    """One manifest record for the input described by ``sidecar``, or None if it is not one."""
    side = _load_sidecar(sidecar)
    target = _input_of(sidecar)
    if side is None or target is None:
        return None
    rel = target.relative_to(raw_dir).as_posix()
    return {
        "path": rel,
        "kind": "fetched" if rel.startswith(STORE_DIR + "/") else "local",
        "sha256": side.get("sha256"),
        "size": side.get("size", target.stat().st_size),
        "source_uri": side.get("source_uri") or side.get("url"),
        **{k: side.get(k) for k in ("url", "final_url", "content_type", "retrieved_at",
                                    "previous_sha256", "symbols", "language") if k in side},
    }


def rebuild_manifest(raw_dir: Path) -> list[dict]:
    """Rewrite ``manifest.json`` from the sidecars (atomically) and return its records."""
    raw_dir = Path(raw_dir)
    with store_lock(raw_dir):  # scan and write under one lock, so no concurrent store is lost
        sidecars = sorted(
            p for p in raw_dir.rglob("*.json") if p.name != MANIFEST_NAME and not p.name.startswith(".")
        )
        records = [r for p in sidecars if (r := manifest_record(raw_dir, p)) is not None]
        records.sort(key=lambda r: (r.get("retrieved_at") or "", r["path"]))
        fd, tmp = new_temp_file(raw_dir)
        with os.fdopen(fd, "wb") as fh:
            fh.write(dump_json({"inputs": records}))
        os.replace(tmp, raw_dir / MANIFEST_NAME)
    return records


def read_manifest(raw_dir: Path) -> list[dict]:
    """The manifest's records ([] when there is no manifest yet)."""
    data = _load_sidecar(Path(raw_dir) / MANIFEST_NAME)
    return list(data.get("inputs", [])) if data else []


def versions_of(raw_dir: Path, url: str) -> list[str]:
    """The distinct sha256 of ``url``'s versions, oldest first."""
    seen: list[str] = []
    for record in read_log(raw_dir):
        if record.get("url") == url and record.get("sha256") not in seen:
            seen.append(record["sha256"])
    return seen


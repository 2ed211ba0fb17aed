"""Publish a document's files together: one folder per document version, swapped in by one rename.

Layout under the output folder (``data/processed/``); every name a reader globs is a
symbolic link into ``.figtrace/`` whose target path never changes::

    <table>/<key>.parquet                  -> ../.figtrace/docs/<key>/latest/<table>.parquet
    quarantine/<table>/<key>.parquet       -> .../docs/<key>/latest/quarantine/<table>.parquet
    reports/<key>.md                       -> .../docs/<key>/latest/report.md
    versions/<table>/<key>@<version>.parquet, versions/quarantine/..., versions/reports/...
                                           -> .../docs/<key>/<version>/...
    .figtrace/docs/<key>/<version>.<run_id>/   one published set of files, never changed
    .figtrace/docs/<key>/<version>  -> <version>.<run_id>   swapped by one rename
    .figtrace/docs/<key>/latest     -> <version>            swapped by one rename
    .figtrace/docs/<key>/versions.json         what decides which version is the latest
    .figtrace/staging/<run_id>/ (+ .lock)      a live run's files before publishing

So a reader opening any table of a document goes through ``latest`` (or ``<version>``)
and lands in one run's folder: one document's tables never come from two runs, and a
crash before a swap leaves the previous folder in place.  ``<key>`` is
``store.safe_key(doc_id)`` and ``<version>`` 16 hex digits of the raw file's SHA-256.
The latest version of a document is the one whose input was modified or retrieved
last (ties: the larger version key); ``versions/`` keeps every version.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from figtrace.errors import InputError, StoreError
from figtrace.ingest.files import read_sidecar
from figtrace.run.store import fsync_dir, safe_key, write_text_atomic

HIDDEN = ".figtrace"
VERSION_LEN = 16
REPORT = "report.md"
_GENERATION_RE = re.compile(r"^[0-9a-f]{16}\.\S+$")
_VERSION_RE = re.compile(r"^[0-9a-f]{16}$")


def version_key(raw_sha256: str) -> str:
    """The version key of a document's raw bytes: the first 16 hex digits of their SHA-256.

    >>> version_key("ab" * 32)
    'abababababababab'
    """
    return raw_sha256[:VERSION_LEN]


def version_time(path: str | Path) -> str:
    """When an input was retrieved (its sidecar's ``retrieved_at``) or else last modified, ISO UTC."""
    try:
        retrieved = read_sidecar(Path(path)).get("retrieved_at")
    except InputError:
        retrieved = None
    if retrieved and _parse_time(retrieved) > _EPOCH:
        return _parse_time(retrieved).isoformat()
    try:
        return dt.datetime.fromtimestamp(Path(path).stat().st_mtime, dt.timezone.utc).isoformat()
    except (OSError, ValueError, OverflowError):
        return _EPOCH.isoformat()


def docs_dir(out_dir: Path) -> Path:
    return Path(out_dir) / HIDDEN / "docs"


def staging_root(out_dir: Path) -> Path:
    return Path(out_dir) / HIDDEN / "staging"


@contextlib.contextmanager
def locked(path: Path, blocking: bool = True):
    """An exclusive ``flock`` on ``path`` (created); yields False when not blocking and taken."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def swap_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one rename (a reader sees the old target or the new one)."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    if link.is_dir() and not link.is_symlink():  # a copy made by following links: replace it whole
        shutil.rmtree(link)
    tmp = link.with_name(f".{link.name}.{secrets.token_hex(4)}.tmp")
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


PART_LINK = "../../parts/"  # how a document's <version> link names a part (figtrace.run.parts)


def in_part(folder: Path, name: str) -> str | None:
    """The part holding ``folder``'s version ``name`` (``latest`` followed), or None (a folder of its own, or none)."""
    try:
        target = os.readlink(folder / name)
        if name == "latest":
            target = os.readlink(folder / target)
    except OSError:
        return None
    return target[len(PART_LINK):] if target.startswith(PART_LINK) else None


def _views(out_dir: Path, key: str, version: str, generation: Path, which=("latest", "versions")) -> list[tuple[Path, str]]:
    """(link, target) of every name readers see for this version's files (``which`` views); documents last."""
    out, links = Path(out_dir), []
    files = sorted(p.relative_to(generation).as_posix() for p in generation.rglob("*") if p.is_file())
    files.sort(key=lambda rel: rel == "documents.parquet")  # a document appears once all its tables do
    for rel in files:
        parts = rel.split("/")
        stem, suffix = parts[-1].rsplit(".", 1)
        if rel == REPORT:
            folder = ("reports",)
        elif len(parts) == 1:
            folder = (stem,)
        elif len(parts) == 2 and parts[0] == "quarantine":
            folder = ("quarantine", stem)
        else:
            continue
        views = ((folder, key, "latest"), (("versions", *folder), f"{key}@{version}", version))
        for view, name, via in views:
            if ("latest" if via == "latest" else "versions") not in which:
                continue
            link = out.joinpath(*view, f"{name}.{suffix}")
            up = "../" * len(view)
            links.append((link, f"{up}{HIDDEN}/docs/{key}/{via}/{rel}"))
    return links


def unlink_views(out_dir: Path, key: str, version: str, generation: Path, which: tuple[str, ...]) -> list[Path]:
    """Remove the ``which`` views' links of one document's own folder ``generation``; returns those removed.

    Called before its ``latest`` (or ``<version>``) link is pointed at a part: through that link
    they would reach every document of the part."""
    removed = []
    for link, _ in _views(out_dir, key, version, generation, which):
        if link.is_symlink():
            link.unlink()
            removed.append(link)
    return removed


@dataclass(frozen=True, slots=True)
class Published:
    """What publishing one document version did."""

    key: str
    version: str
    latest: str  # the version readers of <table>/ now see
    versions: int  # how many versions of the document are published
    note: str | None = None  # said when several versions competed for latest
    parts: tuple[str, ...] = ()  # parts (figtrace.run.parts) that held this version or the latest before


def publish_version(
    out_dir: Path, staged: Path, doc_id: str, version: str, run_id: str, info: dict, rebuild=None,
) -> Published:
    """Move a staged document folder into place and swap it in (see module docstring).

    ``info`` is recorded in ``versions.json`` (``version_time``: ISO time the input was
    modified or retrieved, which decides the latest version; ``source_uri``, ``raw_sha256``).
    When a part held this version or the latest one before, ``rebuild(part)`` is called
    for it (``figtrace.run.parts.rebuild_views``) after the swap and before this folder's
    files are linked, so that the document is never shown twice.
    """
    if not _VERSION_RE.match(version):
        raise StoreError(f"not a version key: {version!r}", path=str(staged))
    key = safe_key(doc_id)
    folder = docs_dir(out_dir) / key
    folder.mkdir(parents=True, exist_ok=True)
    with locked(folder / ".lock"):
        generation = folder / f"{version}.{safe_key(run_id)}"
        if generation.exists():
            raise StoreError(f"version {version} of {doc_id} was already published by this run", path=str(staged))
        before = {p for p in (in_part(folder, version), in_part(folder, "latest")) if p}
        os.rename(staged, generation)
        fsync_dir(folder)
        swap_link(folder / version, generation.name)
        record = record_version(folder, version, {**info, "run_id": run_id})
        latest = choose_latest(record)
        swap_link(folder / "latest", latest)
        fsync_dir(folder)
        for part in sorted(before):
            if rebuild is not None:
                rebuild(part)
        which = ("latest", "versions") if in_part(folder, "latest") is None else ("versions",)
        for link, target in _views(out_dir, key, version, generation, which):
            link.parent.mkdir(parents=True, exist_ok=True)
            swap_link(link, target)
        collect_garbage(folder)
    return Published(key, version, latest, len(record), versions_note(doc_id, record, latest), tuple(sorted(before)))


def recorded_versions(folder: Path, version: str, info: dict) -> dict[str, dict]:
    """The document's ``versions.json`` with ``version`` added or updated (not written); only versions
    whose link exists are kept."""
    try:
        record = json.loads((folder / "versions.json").read_text(encoding="utf-8"))
        record = record if isinstance(record, dict) else {}
    except (OSError, ValueError):
        record = {}
    record = {v: r for v, r in record.items() if isinstance(r, dict) and (folder / v).is_symlink()}
    record[version] = {**record.get(version, {}), **info}
    return record


def record_version(folder: Path, version: str, info: dict) -> dict[str, dict]:
    """``recorded_versions`` written to ``versions.json``; returns it."""
    record = recorded_versions(folder, version, info)
    write_text_atomic(folder / "versions.json", json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return record


def versions_note(doc_id: str, record: dict[str, dict], latest: str) -> str | None:
    """What a run says when a document has several published versions (None for one)."""
    if len(record) < 2:
        return None
    return (f"{doc_id}: {len(record)} versions published; the latest is {latest} "
            f"(its input was modified or retrieved last, {record[latest].get('version_time')})")


def choose_latest(record: dict[str, dict]) -> str:
    """The version whose input was modified or retrieved last (ties: the larger key).

    >>> choose_latest({"a" * 16: {"version_time": "2021-01-02T00:00:00+00:00"},
    ...                "b" * 16: {"version_time": "2021-01-01T00:00:00+00:00"}})
    'aaaaaaaaaaaaaaaa'
    """
    return max(record, key=lambda v: (_parse_time(record[v].get("version_time")), v))


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _parse_time(value) -> dt.datetime:
    """An ISO time (a naive one taken as UTC); the epoch when it is none."""
    try:
        when = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return _EPOCH
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def collect_garbage(folder: Path) -> None:
    """Remove the published folders no version link points to any more."""
    live = {os.readlink(p) for p in folder.iterdir() if p.is_symlink()}
    for p in folder.iterdir():
        if p.is_dir() and not p.is_symlink() and _GENERATION_RE.match(p.name) and p.name not in live:
            shutil.rmtree(p, ignore_errors=True)


class RunStaging:
    """A run's staging folder, locked while the run lives; dead runs' folders are removed on entry.

    ``dead_runs`` lists the run ids whose staging was left behind by a process that no
    longer holds its lock (killed or crashed): the caller marks their runs rows.
    """

    def __init__(self, out_dir: Path, run_id: str) -> None:
        self.out_dir = Path(out_dir)
        self.root = staging_root(out_dir)
        self.run_key = safe_key(run_id)
        self.path = self.root / self.run_key
        self.dead_runs: list[str] = []
        self._fd: int | None = None

    def __enter__(self) -> "RunStaging":
        self.root.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.root / f"{self.run_key}.lock", os.O_RDWR | os.O_CREAT, 0o666)
        fcntl.flock(self._fd, fcntl.LOCK_EX)  # before the folder exists: see remove_dead_staging
        self.path.mkdir(exist_ok=True)
        self.dead_runs = remove_dead_staging(self.out_dir, keep=self.run_key)
        return self

    def doc_dir(self, n: int) -> Path:
        """A fresh folder for the n-th input's files."""
        path = self.path / str(n)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        (self.root / f"{self.run_key}.lock").unlink(missing_ok=True)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def remove_dead_staging(out_dir: Path, keep: str | None = None) -> list[str]:
    """Remove staging folders whose run no longer holds its lock; returns their run ids.

    A live run takes its lock before it creates its folder, so a folder whose lock
    can be taken belongs to a dead run.  Staging of the old layout
    (``<out>/.staging-<run_id>``, no lock) is removed too.
    """
    dead = []
    root = staging_root(out_dir)
    for path in sorted(root.iterdir()) if root.is_dir() else []:
        if not path.is_dir() or path.name == keep:
            continue
        lock = root / f"{path.name}.lock"
        with locked(lock, blocking=False) as free:
            if free:
                shutil.rmtree(path, ignore_errors=True)
                lock.unlink(missing_ok=True)
                dead.append(path.name)
    for old in Path(out_dir).glob(".staging-*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
            dead.append(old.name.removeprefix(".staging-"))
    return dead

"""Parts: a batch of documents published together as one set of larger files.

A run's task processes a batch of documents (``flows.run.batch_size``); a batch of two or
more is published as a *part* instead of one folder per document (``figtrace.run.publish``,
which single documents keep), so that a large corpus gives a few large files per table,
quick to write and to scan, instead of twelve tiny files per document::

    .figtrace/parts/<part>/<table>.parquet, quarantine/<table>.parquet   every row of its documents
    .figtrace/parts/<part>/reports/<key>@<version>.md                      one report per document
    .figtrace/parts/<part>/members.json                                    its documents and versions
    .figtrace/parts/<part>/views/<n>/{latest,versions}/...                filtered copies (see below)
    <table>/<part>.parquet, quarantine/<table>/<part>.parquet  -> the rows of the documents whose
                                                                  latest version the part holds
    versions/<table>/<part>.parquet, versions/quarantine/...   -> the rows of the versions it holds
    reports/<key>.md, versions/reports/<key>@<version>.md      -> the documents' reports

``<part>`` is ``<run_id>-<first input's index>``.  Each document's versions are recorded as for
one folder per document (``.figtrace/docs/<key>/``: ``versions.json``, ``latest``), with its
``<version>`` link naming the part (``../../parts/<part>``), so the latest version of a document
is chosen the same way whatever its layout.  A part's views show the members whose version
(and latest version) it still holds: all of them, linked to the part's own files, until a later
run publishes another version of one of its documents; then the part's views become filtered
copies of its files.  A reader globbing ``<table>/*.parquet`` thus sees each document once,
whichever layout holds it; while a document moves, it may be missing for a moment, never twice.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from figtrace.errors import StoreError
from figtrace.run import publish
from figtrace.run.store import fsync_dir, read_metadata, safe_key, write_parquet_atomic, write_text_atomic

MEMBERS = "members.json"
VIEWS = "views"
REPORTS = "reports"


@dataclass(frozen=True, slots=True)
class Member:
    """One document version of a part, with what its ``versions.json`` entry records."""

    doc_id: str
    version: str
    info: dict

    @property
    def key(self) -> str:
        return safe_key(self.doc_id)

    @property
    def report(self) -> str:
        """Its report's path inside the part."""
        return f"{REPORTS}/{self.key}@{self.version}.md"


def parts_dir(out_dir: Path) -> Path:
    return Path(out_dir) / publish.HIDDEN / "parts"


def part_name(run_id: str, first: int) -> str:
    """The name of the part of run ``run_id`` whose first input is the ``first``-th.

    >>> part_name("20210112T101500000Z-1a2b3c4d", 64)
    '20210112T101500000Z-1a2b3c4d-00064'
    """
    return f"{safe_key(run_id)}-{first:05d}"


def write_members(staged: Path, run_id: str, members: list[Member]) -> Path:
    """``members.json`` of a staged part (its run and documents, in order)."""
    data = {"run_id": run_id, "members": [{"doc_id": m.doc_id, "version": m.version, "info": m.info} for m in members]}
    path = Path(staged) / MEMBERS
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", durable=False)
    return path


def read_members(folder: Path) -> tuple[str, list[Member]]:
    """(run_id, members) of a part folder."""
    data = json.loads((Path(folder) / MEMBERS).read_text(encoding="utf-8"))
    return data["run_id"], [Member(m["doc_id"], m["version"], m["info"]) for m in data["members"]]


def publish_part(out_dir: Path, staged: Path, part: str) -> list[publish.Published]:
    """Move a staged part into place, record each member as the version it is, and show it.

    Per member, under its document's lock: the links of the document's own folder that
    would now lead into the part are removed, then its ``<version>`` and ``latest`` links
    are swapped.  Then every part that held one of these versions or latest versions is
    rebuilt (the document leaves it), and last this part's views are linked.
    """
    target = parts_dir(out_dir) / part
    if target.exists():
        raise StoreError(f"part {part} was already published", path=str(staged))
    target.parent.mkdir(parents=True, exist_ok=True)
    run_id, members = read_members(staged)
    os.rename(staged, target)
    fsync_dir(target.parent)
    done, before = [], set()
    for m in members:
        published, held = _record_member(out_dir, part, run_id, m)
        done.append(published)
        before |= held
    for other in sorted(before - {part}):
        rebuild_views(out_dir, other)
    rebuild_views(out_dir, part)
    return done


def _record_member(out_dir: Path, part: str, run_id: str, m: Member) -> tuple[publish.Published, set[str]]:
    folder = publish.docs_dir(out_dir) / m.key
    folder.mkdir(parents=True, exist_ok=True)
    with publish.locked(folder / ".lock"):
        held = {p for p in (publish.in_part(folder, m.version), publish.in_part(folder, "latest")) if p}
        # Links of the document's own folder that lead through <version> (or latest, when this version
        # will be the latest) go first: once those point at the part, they would show all of it.
        if publish.choose_latest(publish.recorded_versions(folder, m.version, m.info)) == m.version:
            _unlink_own(out_dir, folder, m, "latest", "latest")
        _unlink_own(out_dir, folder, m, "versions", m.version)
        publish.swap_link(folder / m.version, f"{publish.PART_LINK}{part}")
        record = publish.record_version(folder, m.version, {**m.info, "run_id": run_id})
        latest = publish.choose_latest(record)
        publish.swap_link(folder / "latest", latest)
        fsync_dir(folder)
        publish.collect_garbage(folder)
    note = publish.versions_note(m.doc_id, record, latest)
    return publish.Published(m.key, m.version, latest, len(record), note, tuple(sorted(held))), held


def _unlink_own(out_dir: Path, folder: Path, m: Member, view: str, via: str) -> None:
    """Remove the ``view`` links of the document's own folder reached through ``via`` (a version or latest)."""
    try:
        generation = folder / os.readlink(folder / via)
        if via == "latest":
            generation = folder / os.readlink(generation)
    except OSError:
        return
    if generation.is_dir() and publish.in_part(folder, via) is None:
        publish.unlink_views(out_dir, m.key, generation.name.split(".")[0], generation, (view,))


def holds(out_dir: Path, part: str, m: Member) -> tuple[bool, bool]:
    """(the part holds this member's version, and that version is the document's latest)."""
    folder = publish.docs_dir(out_dir) / m.key
    version = publish.in_part(folder, m.version) == part
    try:
        latest = version and os.readlink(folder / "latest") == m.version
    except OSError:
        latest = False
    return version, latest


def rebuild_views(out_dir: Path, part: str) -> None:
    """Link (or copy, filtered, or remove) the views of ``part`` to match what it still holds."""
    folder = parts_dir(out_dir) / part
    if not folder.is_dir():
        return
    with publish.locked(folder / ".lock"):
        _, members = read_members(folder)
        held = [(m, *holds(out_dir, part, m)) for m in members]
        live = set()
        for view, keep in (("versions", [m for m, v, _ in held if v]), ("latest", [m for m, _, latest in held if latest])):
            source = folder if len(keep) == len(members) else _filtered(folder, view, {m.doc_id for m in keep}) if keep else None
            _link_view(out_dir, part, view, source)
            if source is not None and source != folder:
                live.add(source.parent.name)
        _link_reports(out_dir, part, held)
        if not any(v for _, v, _ in held):
            shutil.rmtree(folder, ignore_errors=True)
            return
        _drop_old_views(folder, live)


def _table_files(folder: Path) -> list[str]:
    """The table files of a part (or of a view copy), relative: ``<table>.parquet``, ``quarantine/<table>.parquet``."""
    return sorted(p.relative_to(folder).as_posix() for p in [*folder.glob("*.parquet"), *folder.glob("quarantine/*.parquet")])


def _filtered(folder: Path, view: str, doc_ids: set[str]) -> Path:
    """A new copy of the part's table files holding the rows of ``doc_ids`` only; returns its folder."""
    copy = folder / VIEWS / f"{secrets.token_hex(6)}" / view
    wanted = list(doc_ids)
    for rel in _table_files(folder):
        table = pq.ParquetFile(folder / rel).read(use_threads=False)
        kept = table.filter(pc.is_in(table["doc_id"], value_set=pa.array(wanted, type=pa.string())))
        write_parquet_atomic(copy / rel, kept, read_metadata(folder / rel))
    return copy


def _link_view(out_dir: Path, part: str, view: str, source: Path | None) -> None:
    """Point the ``view`` links of ``part`` at ``source``'s files (none: remove them)."""
    out, base = Path(out_dir), parts_dir(out_dir) / part
    names = _table_files(base)
    names.sort(key=lambda rel: rel == "documents.parquet")  # documents last: a document appears once its tables do
    for rel in names:
        folders = rel[: -len(".parquet")].split("/")  # ["claims"] or ["quarantine", "claims"]
        view_dir = ("versions", *folders) if view == "versions" else tuple(folders)
        link = out.joinpath(*view_dir, f"{part}.parquet")
        if source is None:
            link.unlink(missing_ok=True)
            continue
        link.parent.mkdir(parents=True, exist_ok=True)
        publish.swap_link(link, os.path.relpath(source / rel, link.parent))


def _link_reports(out_dir: Path, part: str, held: list[tuple[Member, bool, bool]]) -> None:
    """Each member's report links: to this part's copy while it holds that version (latest), else removed if ours."""
    out, base = Path(out_dir), parts_dir(out_dir) / part
    for m, version, latest in held:
        for link, wanted in ((out / "versions" / "reports" / f"{m.key}@{m.version}.md", version),
                             (out / "reports" / f"{m.key}.md", latest)):
            target = os.path.relpath(base / m.report, link.parent)
            if wanted:
                link.parent.mkdir(parents=True, exist_ok=True)
                publish.swap_link(link, target)
            elif link.is_symlink() and os.readlink(link) == target:
                link.unlink()


def _drop_old_views(folder: Path, live: set[str]) -> None:
    """Remove the filtered copies the views no longer link to (``live``: those they do)."""
    views = folder / VIEWS
    for copy in views.iterdir() if views.is_dir() else []:
        if copy.name not in live:
            shutil.rmtree(copy, ignore_errors=True)


def prune_part(out_dir: Path, part: str, run_id: str, keep: frozenset[str]) -> list[Path]:
    """Take out of the latest view the documents of ``part`` that run ``run_id`` neither wrote nor kept
    (``keep``: their keys); their ``latest`` link goes too, so a later run processes them again.
    Returns the report links removed (one per document)."""
    folder = parts_dir(out_dir) / part
    written_by, members = read_members(folder)
    if written_by == run_id:
        return []
    removed = []
    for m in members:
        if m.key in keep or not holds(out_dir, part, m)[1]:
            continue
        docs = publish.docs_dir(out_dir) / m.key
        with publish.locked(docs / ".lock"):
            (docs / "latest").unlink(missing_ok=True)
        removed.append(Path(out_dir) / "reports" / f"{m.key}.md")
    if removed:
        rebuild_views(out_dir, part)
    return removed

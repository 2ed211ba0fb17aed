"""A run's inputs before any work: folders read, repeated bytes dropped, unchanged inputs found.

Plain Python (no Prefect here), shared by the flow (``flows.run``) and by the check that
lets ``figtrace run`` record a run with nothing to process without starting Prefect at
all (``flows.unchanged``).
"""
from __future__ import annotations

import os
from pathlib import Path

from figtrace.ingest.files import discover_inputs, sha256_hex
from figtrace.ingest.netpolicy import is_url
from figtrace.run import manifest
from figtrace.run.runs import DocSummary
from figtrace.settings import Settings


def default_workers() -> int:
    """Documents processed at once by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def local_paths(item: str) -> list[str]:
    """The input files of a local item: a folder is read now, so a scheduled run sees the letters added since."""
    return [str(p) for p in discover_inputs([Path(item)])] if Path(item).is_dir() else [item]


def digest(path: str) -> str | None:
    """The SHA-256 of a file's bytes; None when it cannot be read (the worker reports why)."""
    try:
        return sha256_hex(Path(path).read_bytes())
    except OSError:
        return None


def unique(paths: list[str]) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(path, sha256) of inputs, those with bytes seen before dropped (one document version is processed
    once), and notes saying so; the digest is None for an unreadable input."""
    seen: dict[str, str] = {}
    kept, notes = [], []
    for p in paths:
        found = digest(p)
        if found is None:
            kept.append((p, None))
        elif found in seen:
            notes.append(f"{p}: same bytes as {seen[found]}, processed once")
        else:
            seen[found] = p
            kept.append((p, found))
    return kept, notes


def split_unchanged(out_dir: Path, kept: list[tuple[str, str | None]], settings: Settings,
                    force: bool = False) -> tuple[list[DocSummary], list[tuple[str, int]]]:
    """The summaries of inputs ``out_dir`` already publishes unchanged (``figtrace.run.manifest``), and the
    (path, index) of the others, to process; with ``force`` every input is processed."""
    skipped, todo = [], []
    settings_dict = settings.as_dict()
    for i, (path, found) in enumerate(kept):
        old = None if force or found is None else manifest.unchanged(out_dir, path, found, settings_dict)
        if old:
            skipped.append(old)
        else:
            todo.append((path, i))
    return skipped, todo


def all_unchanged(inputs: list[str], out_dir: Path, settings: Settings) -> tuple[list[DocSummary], list[str]] | None:
    """The skipped summaries and notes when every input is a local file that ``out_dir`` already publishes
    unchanged; else None.  The first file is checked alone first, so that a run with everything to do
    (a new folder, new code) pays for one file's hash here, not for every file's."""
    if not inputs or any(is_url(i) for i in inputs):
        return None
    paths = [p for item in inputs for p in local_paths(item)]
    if not paths or split_unchanged(out_dir, unique(paths[:1])[0], settings)[1]:
        return None
    kept, notes = unique(paths)
    skipped, todo = split_unchanged(out_dir, kept, settings)
    return None if todo else (skipped, notes)

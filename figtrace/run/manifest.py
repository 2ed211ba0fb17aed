"""Incremental reruns: which inputs need no processing, and why (pure Python).

An input is skipped when the output folder already publishes, as the latest
version of its document, the result of the same raw bytes processed by the same
code version with the same settings.  The record of that is our own manifest,
one small JSON file per processed (bytes, code, settings) triple under
``<out>/.figtrace/manifest/``, written after the document is published.

Why not Prefect's task cache: it lives in Prefect's result storage, not next to
the outputs, so deleting or moving ``data/processed`` would leave a cache that
claims work exists when it does not; it cannot say *why* an input was skipped or
reprocessed; and its records expire with Prefect's storage, while the runs table
(our provenance record) must say what each run did.  The manifest is checked
against the published ``latest`` link, so a removed or superseded version is
processed again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from figtrace import __version__
from figtrace.run.publish import docs_dir, version_key
from figtrace.run.runs import DocSummary
from figtrace.run.store import safe_key, write_text_atomic

MANIFEST = "manifest"


def settings_hash(settings: dict) -> str:
    """16 hex digits of the SHA-256 of the settings as sorted JSON.

    >>> settings_hash({"a": 1}) == settings_hash({"a": 1})
    True
    """
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]


def entry_key(raw_sha256: str, settings: dict, code_version: str = __version__) -> str:
    """The manifest key of one (raw bytes, code version, settings) triple."""
    text = json.dumps([raw_sha256, code_version, settings_hash(settings)])
    return hashlib.sha256(text.encode()).hexdigest()


def _path(out_dir: Path, key: str) -> Path:
    return Path(out_dir) / ".figtrace" / MANIFEST / key[:2] / f"{key}.json"


def record(out_dir: Path, summary: DocSummary, settings: dict, run_id: str) -> None:
    """Remember a published document's summary under its (bytes, code, settings) key."""
    if summary.error or not summary.raw_sha256:
        return
    data = {"run_id": run_id, "code_version": __version__, "settings_hash": settings_hash(settings),
            "summary": dataclasses.asdict(dataclasses.replace(summary, staged=None, skipped=None))}
    path = _path(out_dir, entry_key(summary.raw_sha256, settings))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data, sort_keys=True, ensure_ascii=False))


def _latest_version(out_dir: Path, doc_id: str) -> str | None:
    try:
        return os.readlink(docs_dir(Path(out_dir)) / safe_key(doc_id) / "latest")
    except OSError:
        return None


def unchanged(out_dir: Path, path: str, raw_sha256: str, settings: dict) -> DocSummary | None:
    """The summary to reuse when ``path`` needs no processing, with ``skipped`` saying why; else None.

    None when no run processed these bytes with this code version and these
    settings, or when what it published is no longer the document's latest version.
    """
    try:
        data = json.loads(_path(out_dir, entry_key(raw_sha256, settings)).read_text(encoding="utf-8"))
        fields = {f.name for f in dataclasses.fields(DocSummary)}
        old = DocSummary(**{k: (tuple(v) if k == "notes" else v) for k, v in data["summary"].items() if k in fields})
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not old.doc_id or _latest_version(out_dir, old.doc_id) != version_key(raw_sha256):
        return None
    why = f"unchanged: same bytes, code version {data['code_version']} and settings as run {data['run_id']}"
    return dataclasses.replace(old, path=path, skipped=why, notes=())

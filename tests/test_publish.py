"""Publishing (issue 12): versions first-class, one document published whole in one rename, crashes harmless.

Real documents go through the real steps (``flows.steps.validate_and_stage``) and the real
publisher (``figtrace.run.publish``); readers are pandas, polars and DuckDB on the output.
The crash test kills a real publishing process at random moments.
"""
from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from figtrace.run import publish, store
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from flows import steps
from tests.conftest import ROOT

EN = ROOT / "tests" / "fixtures" / "letter.en.txt"
TABLES = steps.TABLES


def letter_copy(folder: Path, name: str, change: tuple[str, str] | None = None, mtime: float | None = None) -> Path:
    """The English fixture (doc_id A/99/123:en), optionally with one figure changed: another version."""
    text = EN.read_text(encoding="utf-8")
    if change:
        text = text.replace(*change)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def staged(path: Path, run_id: str, folder: Path, doc_id: str | None = None):
    """The document staged for publishing, as a worker leaves it (optionally under another doc_id)."""
    result = process_document(path, Settings(), run_id)
    if doc_id:
        rows = {t: [dataclasses.replace(r, doc_id=doc_id) if hasattr(r, "doc_id") else r for r in rows]
                for t, rows in result.tables.items()}
        result = dataclasses.replace(result, doc=dataclasses.replace(result.doc, doc_id=doc_id), tables=rows)
    folder.mkdir(parents=True)
    summary = steps.validate_and_stage(result, folder, run_id)
    return dataclasses.replace(summary, version_time=publish.version_time(path))


def run_ids_seen(out: Path, table: str) -> set[str]:
    return {store.read_metadata(p)["figtrace.run_id"] for p in (out / table).glob("*.parquet")}


def test_a_document_is_swapped_in_whole(tmp_path):
    out = tmp_path / "out"
    letter = letter_copy(tmp_path / "in", "letter.en.txt")
    for run in ("run-1", "run-2"):
        summary = staged(letter, run, tmp_path / run)
        assert not steps.publish_document(out, summary, run).error
        for table in TABLES:
            assert run_ids_seen(out, table) == {run}, table
            assert run_ids_seen(out / "quarantine", table) == {run}, table
    gens = [p.name for p in (out / ".figtrace" / "docs" / "A_99_123.en").iterdir() if p.is_dir() and not p.is_symlink()]
    assert len(gens) == 1 and gens[0].endswith(".run-2")  # the replaced folder is gone
    assert not (tmp_path / "run-2").exists()  # the staged folder was moved, not copied


def test_two_versions_of_one_document_are_both_kept_and_never_mixed(tmp_path):
    """Issue 12: two inputs with one doc_id and different bytes staged to the same files and mixed."""
    out = tmp_path / "out"
    old = letter_copy(tmp_path / "a", "letter.en.txt", mtime=1_600_000_000)
    new = letter_copy(tmp_path / "b", "letter.en.txt", ("412 civilians", "413 civilians"), mtime=1_700_000_000)
    for path, run in ((new, "run-1"), (old, "run-2")):  # the older version published last
        assert not steps.publish_document(out, staged(path, run, tmp_path / f"s-{run}"), run).error
    docs = pd.read_parquet(out / "documents")
    assert list(docs["doc_id"]) == ["A/99/123:en"]
    assert docs.at[0, "version"] == publish.version_key(store_sha(new))  # latest = the newer input
    claims = pd.read_parquet(out / "claims")
    assert "413" in set(claims["surface"]) and "412" not in set(claims["surface"])
    both = pd.read_parquet(out / "versions" / "documents")
    assert sorted(both["version"]) == sorted(publish.version_key(store_sha(p)) for p in (old, new))
    for _, doc in both.iterrows():  # every version's spans quote its own text
        mine = pd.read_parquet(out / "versions" / "claims" / f"A_99_123.en@{doc['version']}.parquet")
        assert all(doc["text"][s:e] == q for s, e, q in zip(mine.char_start, mine.char_end, mine.surface))
    assert len(pd.read_parquet(out / "versions" / "claims")) == 2 * len(claims)


def store_sha(path: Path) -> str:
    from figtrace.ingest.files import sha256_hex

    return sha256_hex(path.read_bytes())


def test_ids_that_once_shared_a_file_name_keep_their_own_files(tmp_path):
    """Issue 12: A_75_709:zh and A/75/709:zh were both A_75_709.zh: one document disappeared."""
    out = tmp_path / "out"
    letter = letter_copy(tmp_path / "in", "letter.en.txt")
    for i, doc_id in enumerate(("A/75/709:zh", "A_75_709:zh", "/75/709:zh")):
        steps.publish_document(out, staged(letter, "run-1", tmp_path / str(i), doc_id), "run-1")
    assert sorted(pd.read_parquet(out / "documents")["doc_id"]) == ["/75/709:zh", "A/75/709:zh", "A_75_709:zh"]
    assert not [p for p in (out / "claims").iterdir() if p.name.startswith(("_", "."))]


def test_a_document_whose_row_fails_is_quarantined_whole(tmp_path):
    """Issue 12: its claims, passages and citations were published without it."""
    result = process_document(EN, Settings(), "run-q")
    [doc] = result.tables["documents"]
    broken = dataclasses.replace(doc, page_count=0)  # fails documents' page_count >= 1
    result = dataclasses.replace(result, tables={**result.tables, "documents": [broken]})
    summary = steps.validate_and_stage(result, tmp_path / "staging", "run-q")
    rows = rows_by_table(tmp_path / "staging")
    assert {t for (t, q), n in rows.items() if not q and n} == set()  # nothing published
    for table in ("documents", "passages", "citations", "claims", "flags"):
        assert rows[(table, True)] == len(result.tables[table]) + (table == "flags"), table
    assert summary.counts["claims"] == 0 and summary.quarantined["claims"] == len(result.tables["claims"])
    assert any("went to quarantine" in n for n in summary.notes)
    bad = pd.read_parquet(tmp_path / "staging" / "quarantine" / "claims.parquet")
    assert set(bad["failed_check"]) == {"document_row_failed"}


def rows_by_table(folder: Path) -> dict[tuple[str, bool], int]:
    """Rows per (table, quarantined?) over every Parquet file under ``folder``, whatever the layout."""
    out: dict[tuple[str, bool], int] = {}
    for path in folder.rglob("*.parquet"):
        meta = pq.read_schema(path).metadata
        key = (meta[b"figtrace.table"].decode(), meta.get(b"figtrace.quarantine") == b"true")
        out[key] = out.get(key, 0) + pq.read_metadata(path).num_rows
    return out


def test_readers_see_every_table_through_the_links(tmp_path):
    import duckdb
    import polars as pl

    out = tmp_path / "out"
    letter = letter_copy(tmp_path / "in", "letter.en.txt")
    steps.publish_document(out, staged(letter, "run-1", tmp_path / "s"), "run-1")
    n = len(pd.read_parquet(out / "claims"))
    assert n > 5 and pl.read_parquet(str(out / "claims" / "*.parquet")).height == n
    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/claims/*.parquet')").fetchone() == (n,)
    assert len(pd.read_parquet(out / "quarantine" / "claims")) == 0
    assert (out / "reports" / "A_99_123.en.md").read_text(encoding="utf-8").startswith("## ")


def test_a_copy_made_by_following_links_can_be_published_into(tmp_path):
    out, copy = tmp_path / "out", tmp_path / "copy"
    letter = letter_copy(tmp_path / "in", "letter.en.txt")
    steps.publish_document(out, staged(letter, "run-1", tmp_path / "s1"), "run-1")
    shutil.copytree(out, copy)  # links followed: plain files and folders
    assert not (copy / "claims" / "A_99_123.en.parquet").is_symlink()
    assert not steps.publish_document(copy, staged(letter, "run-2", tmp_path / "s2"), "run-2").error
    assert run_ids_seen(copy, "claims") == {"run-2"}


# ------------------------------------------------------------------ crashes
PUBLISHER = """
import shutil, sys
from pathlib import Path
from figtrace.run import publish
template, out = Path(sys.argv[1]), Path(sys.argv[2])
info = {"version_time": "2021-01-01T00:00:00+00:00"}
for i in range(10_000):
    run_id = f"run-{i:05d}"
    staged = out / ".figtrace" / "staging" / run_id
    shutil.copytree(template, staged)
    publish.publish_version(out, staged, "A/99/123:en", "0123456789abcdef", run_id, info)
    print(i, flush=True)
"""


def test_a_crash_at_any_moment_leaves_every_document_whole(tmp_path):
    """Issue 12: a crash while publishing left one document's tables from two runs."""
    template = tmp_path / "template"
    letter = letter_copy(tmp_path / "in", "letter.en.txt")
    summary = staged(letter, "run-x", template)
    out = tmp_path / "out"
    rng = random.Random(12)
    published = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", PUBLISHER, str(template), str(out)], stdout=subprocess.PIPE, env=env)
        proc.stdout.readline()  # one publication done: the crash comes in the middle of the next ones
        time.sleep(rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        published += 1
        key = store.safe_key(summary.doc_id)
        for view in (out, out / "quarantine"):
            runs = {store.read_metadata(view / t / f"{key}.parquet")["figtrace.table"]: None for t in TABLES}
            assert len(runs) == len(TABLES)
        for folder in (out, out / "quarantine", out / "versions"):
            seen = set().union(*(run_ids_seen(folder, t) for t in TABLES))
            assert len(seen) == 1, (folder, seen)  # every table of the document from one run
        assert len(pd.read_parquet(out / "claims")) == summary.counts["claims"]
    assert published == 8
    assert publish.remove_dead_staging(out)  # the killed publishers' staging, removed by whoever comes next
    assert not any((out / ".figtrace" / "staging").iterdir())


DEAD_RUN = """
import sys, time
from pathlib import Path
from figtrace.run import publish
with publish.RunStaging(Path(sys.argv[1]), sys.argv[2]) as st:
    (st.doc_dir(0) / "claims.parquet").write_bytes(b"half")
    print("ready", flush=True)
    time.sleep(60)
"""


def test_staging_of_a_dead_run_is_removed_by_the_next_run_and_a_live_one_kept(tmp_path):
    """Issue 12: staging folders of killed runs were never removed."""
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = {}
    for run_id in ("20210101T000000000Z-dead", "20210101T000000000Z-live"):
        procs[run_id] = subprocess.Popen([sys.executable, "-c", DEAD_RUN, str(out), run_id], stdout=subprocess.PIPE, env=env)
        assert procs[run_id].stdout.readline().strip() == b"ready"
    procs["20210101T000000000Z-dead"].kill()
    procs["20210101T000000000Z-dead"].wait()
    try:
        with publish.RunStaging(out, "20210102T000000000Z-next") as staging:
            assert staging.dead_runs == ["20210101T000000000Z-dead"]
            left = sorted(p.name for p in (out / ".figtrace" / "staging").iterdir() if p.is_dir())
            assert left == ["20210101T000000000Z-live", "20210102T000000000Z-next"]
    finally:
        for proc in procs.values():
            proc.kill()
            proc.wait()
            proc.stdout.close()


def test_versions_json_records_why_a_version_is_the_latest(tmp_path):
    out = tmp_path / "out"
    a = letter_copy(tmp_path / "a", "letter.en.txt", mtime=1_700_000_000)
    b = letter_copy(tmp_path / "b", "letter.en.txt", ("412 civilians", "413 civilians"), mtime=1_600_000_000)
    steps.publish_document(out, staged(a, "run-1", tmp_path / "s1"), "run-1")
    done = steps.publish_document(out, staged(b, "run-2", tmp_path / "s2"), "run-2")
    record = json.loads((out / ".figtrace" / "docs" / "A_99_123.en" / "versions.json").read_text(encoding="utf-8"))
    assert sorted(record) == sorted(publish.version_key(store_sha(p)) for p in (a, b))
    [note] = [n for n in done.notes if "versions published" in n]
    assert f"the latest is {publish.version_key(store_sha(a))}" in note  # modified last, though published first

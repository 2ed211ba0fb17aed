"""Parts (issue 13): a batch of documents published as one set of files, beside documents published one by one.

Real letters go through the real worker steps (``flows.steps.process_and_stage_batch``, one
validation per table for the batch) and the real publishers (``figtrace.run.parts`` and
``figtrace.run.publish``); pandas, polars and DuckDB read the output with the README's
one-liners.  The invariant, whatever the order of publications: every document is in the
latest view once, at its latest version, and every published version is in the versions
view once.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from figtrace.run import parts, publish, store
from figtrace.settings import Settings
from flows import folder, steps
from tests.conftest import ROOT

EN = ROOT / "tests" / "fixtures" / "letter.en.txt"


def letter(folder_: Path, n: int, edit: int = 0, mtime: float | None = None) -> Path:
    """The English fixture as document A/99/<n>:en; ``edit`` > 0 changes a figure (another version)."""
    text = EN.read_text(encoding="utf-8").replace("A/99/123", f"A/99/{n}")
    if edit:
        text = text.replace("1,200", f"1,{200 + edit}", 1)
    path = folder_ / f"L{n}-{edit}.en.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime or 1e9 + edit, mtime or 1e9 + edit))
    return path


def publish_batch(out: Path, paths: list[Path], run_id: str) -> list:
    """``paths`` processed and published as one task does: a part when there are two or more."""
    with publish.RunStaging(out, run_id) as staging:
        items = [(str(p), str(staging.doc_dir(i))) for i, p in enumerate(paths)]
        part = str(staging.path / parts.part_name(run_id, 0)) if len(paths) > 1 else None
        done = steps.process_and_stage_batch(items, Settings(), run_id, part)
        return steps.publish_batch(out, done, run_id)


def latest(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents")


def assert_each_once(out: Path) -> None:
    """Latest view: one documents row per document and its claims once; versions view: each version once."""
    docs = latest(out)
    assert docs["doc_id"].is_unique, docs["doc_id"].tolist()
    for doc_id, version in zip(docs["doc_id"], docs["version"]):
        assert os.readlink(publish.docs_dir(out) / store.safe_key(doc_id) / "latest") == version
    claims = pd.read_parquet(out / "claims")
    assert not claims.duplicated(["claim_id"]).any()
    assert set(claims["doc_id"]) <= set(docs["doc_id"])
    versions = pd.read_parquet(out / "versions" / "documents")
    assert not versions.duplicated(["doc_id", "version"]).any()


def test_a_batch_is_one_file_per_table_that_every_reader_reads_once(tmp_path):
    out = tmp_path / "out"
    done = publish_batch(out, [letter(tmp_path / "in", n) for n in (1, 2, 3)], "20990101T000000000Z-run1")
    assert not any(s.error for s in done)
    name = parts.part_name("20990101T000000000Z-run1", 0)
    for table in steps.TABLES:
        assert [p.name for p in (out / table).iterdir()] == [f"{name}.parquet"]
        assert store.read_metadata(out / table / f"{name}.parquet")["figtrace.part"] == name
    ids = {"A/99/1:en", "A/99/2:en", "A/99/3:en"}
    assert set(latest(out)["doc_id"]) == ids
    claims = pd.read_parquet(out / "claims")
    assert set(claims["doc_id"]) == ids and not claims.duplicated(["claim_id"]).any()
    assert set(pl.read_parquet(out / "claims" / "*.parquet")["doc_id"]) == ids
    got = duckdb.connect().execute(f"SELECT count(DISTINCT doc_id) FROM read_parquet('{out}/claims/*.parquet')").fetchone()[0]
    assert got == 3
    reports = sorted(p.name for p in (out / "reports").iterdir())
    assert reports == ["A_99_1.en.md", "A_99_2.en.md", "A_99_3.en.md"]
    assert "A/99/2" in (out / "reports" / "A_99_2.en.md").read_text(encoding="utf-8")
    assert_each_once(out)


def test_a_new_version_published_alone_leaves_the_part_filtered(tmp_path):
    out = tmp_path / "out"
    publish_batch(out, [letter(tmp_path / "in", n) for n in (1, 2, 3)], "20990101T000000000Z-run1")
    publish_batch(out, [letter(tmp_path / "in", 2, edit=1)], "20990201T000000000Z-run2")
    assert_each_once(out)
    docs = latest(out).set_index("doc_id")
    assert docs.loc["A/99/2:en", "run_id"] == "20990201T000000000Z-run2"
    assert (out / "documents" / "A_99_2.en.parquet").is_symlink()  # one document: its own folder
    versions = pd.read_parquet(out / "versions" / "documents")
    assert sorted(versions["doc_id"]) == ["A/99/1:en", "A/99/2:en", "A/99/2:en", "A/99/3:en"]
    view = os.path.realpath(out / "documents" / f"{parts.part_name('20990101T000000000Z-run1', 0)}.parquet")
    assert f"{os.sep}{parts.VIEWS}{os.sep}" in view  # a filtered copy now


def test_a_new_version_in_a_new_part_moves_the_document(tmp_path):
    out = tmp_path / "out"
    publish_batch(out, [letter(tmp_path / "in", n) for n in (1, 2)], "20990101T000000000Z-run1")
    publish_batch(out, [letter(tmp_path / "in", 2, edit=1), letter(tmp_path / "in", 3)], "20990201T000000000Z-run2")
    assert_each_once(out)
    assert set(latest(out)["doc_id"]) == {"A/99/1:en", "A/99/2:en", "A/99/3:en"}
    assert len(pd.read_parquet(out / "versions" / "documents")) == 4


def test_the_same_version_republished_is_shown_once_and_an_empty_part_goes(tmp_path):
    """``--force`` publishes the same bytes again: the new part holds them, the old one holds nothing and goes."""
    out = tmp_path / "out"
    paths = [letter(tmp_path / "in", n) for n in (1, 2)]
    publish_batch(out, paths, "20990101T000000000Z-run1")
    publish_batch(out, paths, "20990201T000000000Z-run2")
    assert_each_once(out)
    assert len(pd.read_parquet(out / "versions" / "documents")) == 2
    assert [p.name for p in parts.parts_dir(out).iterdir()] == [parts.part_name("20990201T000000000Z-run2", 0)]
    assert len(list((out / "claims").iterdir())) == 1


def test_a_part_takes_over_from_documents_published_alone_and_back(tmp_path):
    out = tmp_path / "out"
    publish_batch(out, [letter(tmp_path / "in", 1)], "20990101T000000000Z-run1")
    publish_batch(out, [letter(tmp_path / "in", 1, edit=1), letter(tmp_path / "in", 2)], "20990201T000000000Z-run2")
    assert_each_once(out)
    assert not (out / "documents" / "A_99_1.en.parquet").exists()  # its own links are gone: it is in the part now
    publish_batch(out, [letter(tmp_path / "in", 1, edit=2)], "20990301T000000000Z-run3")
    assert_each_once(out)
    assert (out / "documents" / "A_99_1.en.parquet").exists()
    assert len(pd.read_parquet(out / "versions" / "documents")) == 4


def test_an_older_version_published_later_does_not_take_the_latest_view(tmp_path):
    """The latest version is the one whose input changed last, whatever the order of publishing."""
    out = tmp_path / "out"
    publish_batch(out, [letter(tmp_path / "in", 1, edit=5, mtime=2e9), letter(tmp_path / "in", 2)], "20990101T000000000Z-run1")
    publish_batch(out, [letter(tmp_path / "in", 1, edit=1, mtime=1e9), letter(tmp_path / "in", 3)], "20990201T000000000Z-run2")
    assert_each_once(out)
    assert latest(out).set_index("doc_id").loc["A/99/1:en", "run_id"] == "20990101T000000000Z-run1"


def test_prune_takes_part_documents_out_of_the_latest_view(tmp_path):
    out = tmp_path / "out"
    publish_batch(out, [letter(tmp_path / "in", n) for n in (1, 2, 3)], "20990101T000000000Z-run1")
    publish_batch(out, [letter(tmp_path / "in", 4)], "20990201T000000000Z-run2")
    removed = folder.prune(out, "20990201T000000000Z-run2", keep=frozenset({"A_99_2.en"}))
    assert {p.name for p in removed} >= {"A_99_1.en.md", "A_99_3.en.md"}
    assert set(latest(out)["doc_id"]) == {"A/99/2:en", "A/99/4:en"}
    assert_each_once(out)
    assert not (publish.docs_dir(out) / "A_99_1.en" / "latest").exists()  # so a later run processes it again


LETTERS = st.lists(st.tuples(st.integers(1, 3), st.integers(0, 2)), min_size=1, max_size=3)


@hsettings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(runs=st.lists(LETTERS, min_size=1, max_size=4))
def test_any_sequence_of_runs_shows_each_document_once(tmp_path_factory, runs):
    tmp = tmp_path_factory.mktemp("seq")
    out = tmp / "out"
    for k, batch in enumerate(runs):
        paths = list({(n, e): letter(tmp / "in", n, e) for n, e in batch}.values())  # versions of one document too
        publish_batch(out, paths, f"2099010{k + 1}T000000000Z-run{k}")
        assert_each_once(out)


def test_two_versions_of_one_document_in_one_batch_are_published_one_by_one(tmp_path):
    """A part never holds two versions of one document: such a batch is published one document at a time."""
    out = tmp_path / "out"
    done = publish_batch(out, [letter(tmp_path / "in", 1), letter(tmp_path / "in", 1, edit=1)], "20990101T000000000Z-run1")
    assert not any(s.error for s in done)
    assert not parts.parts_dir(out).exists()
    assert sorted(p.name for p in (out / "versions" / "documents").iterdir())[0].startswith("A_99_1.en@")
    assert len(pd.read_parquet(out / "versions" / "documents")) == 2
    assert_each_once(out)

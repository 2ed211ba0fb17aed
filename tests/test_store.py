"""figtrace.store: atomic Parquet writes, metadata, safe keys, staging and publishing."""
from __future__ import annotations

import os
import stat

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from figtrace.errors import StoreError
from figtrace.run import store

META = {"figtrace.schema_version": "1.0", "figtrace.run_id": "r1", "figtrace.table": "claims"}


def small_table(n: int = 3) -> pa.Table:
    return pa.table({"claim_id": [f"c{i}" for i in range(n)], "value": pa.array(range(n), pa.int64())})


def breaks_midway(n_good: int) -> pa.Table:
    """A table whose first batches are valid and whose last batch holds a null in a non-nullable column."""
    schema = pa.schema([pa.field("value", pa.int64(), nullable=False)])
    good = pa.RecordBatch.from_arrays([pa.array(range(n_good), pa.int64())], schema=schema)
    bad = pa.RecordBatch.from_arrays([pa.array([1, None], pa.int64())], schema=schema)
    return pa.Table.from_batches([good, bad])


def test_write_then_read_back_with_metadata(tmp_path):
    path = tmp_path / "claims" / "A_75_709.zh.parquet"
    store.write_parquet_atomic(path, small_table(), META)
    assert pq.read_table(path).column("claim_id").to_pylist() == ["c0", "c1", "c2"]
    assert store.read_metadata(path) == META
    assert sorted(os.listdir(path.parent)) == ["A_75_709.zh.parquet"]


def test_metadata_merges_with_the_table_schema_metadata(tmp_path):
    table = small_table().replace_schema_metadata({"figtrace.table": "old", "other": "kept"})
    path = tmp_path / "t.parquet"
    store.write_parquet_atomic(path, table, {**META, "figtrace.doc_id": "A/75/709:zh"})
    assert store.read_metadata(path) == {**META, "other": "kept", "figtrace.doc_id": "A/75/709:zh"}


def test_a_write_failing_midway_leaves_the_old_file_byte_identical(tmp_path):
    path = tmp_path / "claims" / "doc.parquet"
    store.write_parquet_atomic(path, small_table(), META)
    before = path.read_bytes()
    # sanity: the valid part alone writes fine, so the failure comes after row groups were written
    store.write_parquet_atomic(tmp_path / "probe.parquet", breaks_midway(5000).slice(0, 5000), META)
    with pytest.raises(StoreError, match="non-nullable"):
        store.write_parquet_atomic(path, breaks_midway(5000), {**META, "figtrace.run_id": "r2"})
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == ["doc.parquet"]  # no temporary file left
    assert store.read_metadata(path)["figtrace.run_id"] == "r1"


def test_a_failed_first_write_leaves_nothing(tmp_path):
    path = tmp_path / "claims" / "doc.parquet"
    unsupported = pa.table({"x": pa.array([None], pa.month_day_nano_interval())})  # Parquet has no such type
    with pytest.raises(StoreError):
        store.write_parquet_atomic(path, unsupported, META)
    assert not path.exists() and os.listdir(path.parent) == []


def test_required_metadata_is_enforced(tmp_path):
    with pytest.raises(StoreError, match="figtrace.run_id"):
        store.write_parquet_atomic(tmp_path / "x.parquet", small_table(), {"figtrace.schema_version": "1", "figtrace.table": "t"})
    assert not (tmp_path / "x.parquet").exists()


def test_overwrite_replaces_the_file(tmp_path):
    path = tmp_path / "doc.parquet"
    store.write_parquet_atomic(path, small_table(3), META)
    store.write_parquet_atomic(path, small_table(5), {**META, "figtrace.run_id": "r2"})
    assert pq.read_table(path).num_rows == 5 and store.read_metadata(path)["figtrace.run_id"] == "r2"


def test_same_table_same_bytes(tmp_path):
    store.write_parquet_atomic(tmp_path / "a.parquet", small_table(), META)
    store.write_parquet_atomic(tmp_path / "b.parquet", small_table(), META)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


@pytest.mark.parametrize("doc_id, key", [
    ("A/75/709:zh", "A_75_709.zh"),                     # seed
    ("S/2021/39:en", "S_2021_39.en"),
    ("A/HRC/46/G/1:ru", "A_HRC_46_G_1.ru"),
    ("A_75_709:zh", "A~5F75~5F709.zh"),                 # issue 12: was A_75_709.zh, the seed's key
    ("A_75_709.zh", "A~5F75~5F709~2Ezh"),
    ("/x:zh", "~2Fx.zh"),                               # issue 12: a symbol starting with "/" gave "_x.zh"
    (":zh", "~3Azh"),                                   # issue 12: an empty symbol gave "_.zh"
    (".hidden:zh", "~2Ehidden.zh"),
    ("-v:zh", "~2Dv.zh"),
    ("信函.txt:zh", "~E4~BF~A1~E5~87~BD~2Etxt.zh"),     # issue 12: a non-ASCII file name as fallback id
])
def test_safe_key_cases(doc_id, key):
    assert store.safe_key(doc_id) == key


def test_table_path():
    assert store.table_path("out", "claims", "A/75/709:zh").as_posix() == "out/claims/A_75_709.zh.parquet"
    with pytest.raises(StoreError):
        store.table_path("out", "../claims", "x")
    with pytest.raises(StoreError):
        store.safe_key("")


@given(st.text(min_size=1, max_size=300))
def test_safe_key_is_safe_and_never_hidden(doc_id):
    key = store.safe_key(doc_id)
    assert key and len(key) <= 150
    assert all(c.isascii() and (c.isalnum() or c in "._~-") for c in key)
    assert key[0] not in "._-"  # pyarrow and pandas skip names starting with "." or "_"


def _near(doc_id: str) -> set[str]:
    """Ids that differ from ``doc_id`` only where an old key could not tell them apart."""
    swaps = [("/", "_"), ("_", "/"), (":", "."), (".", ":"), ("~", "_"), (" ", "_")]
    return ({doc_id.replace(a, b) for a, b in swaps} | {doc_id.replace(a, b, 1) for a, b in swaps}) - {doc_id}


@given(st.text(alphabet=st.sampled_from("A/_:.~-x信 "), min_size=1, max_size=12))
@example("A/75/709:zh")  # issue 12: A_75_709:zh had the same file
def test_safe_key_is_injective(doc_id):
    """Issue 12: "A_75_709:zh" and "A/75/709:zh" shared a file and one document disappeared."""
    key = store.safe_key(doc_id)
    assert all(store.safe_key(other) != key for other in _near(doc_id))


def test_long_ids_get_distinct_hashed_keys():
    a, b = "A/" + "x" * 200 + ":zh", "A/" + "x" * 200 + ":en"
    assert store.safe_key(a) != store.safe_key(b) and len(store.safe_key(a)) <= 150
    assert "~~" in store.safe_key(a) and "~~" not in store.safe_key("A_B~C:zh")


def test_files_are_readable_as_the_umask_allows(tmp_path):
    """Issue 12: outputs were created 0600 whatever the umask (tempfile.mkstemp)."""
    old = os.umask(0o022)
    try:
        store.write_parquet_atomic(tmp_path / "a.parquet", small_table(), META)
        store.write_text_atomic(tmp_path / "r.md", "report")
        os.umask(0o027)
        store.write_parquet_atomic(tmp_path / "b.parquet", small_table(), META)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"a.parquet": 0o644, "r.md": 0o644, "b.parquet": 0o640}


@pytest.mark.parametrize("syncfs", [True, False])
def test_files_written_together_are_made_durable_at_once(tmp_path, monkeypatch, syncfs):
    """``durable=False`` writes, then one ``make_durable``: by syncfs on Linux, else an fsync per file and folder."""
    if not syncfs:
        monkeypatch.setattr(store, "_syncfs", lambda folder: False)
    else:
        assert store._syncfs(tmp_path) is True  # this machine is Linux: the one-call path is the one runs take
    table = pa.table({"a": [1, 2]})
    paths = [tmp_path / "x" / f"{i}.parquet" for i in range(3)]
    for path in paths:
        store.write_parquet_atomic(path, table, META, durable=False)
    store.write_text_atomic(tmp_path / "r.md", "report", durable=False)
    store.make_durable([*paths, tmp_path / "r.md"])
    assert [pq.read_table(p).num_rows for p in paths] == [2, 2, 2]
    assert not list(tmp_path.rglob("*.tmp"))

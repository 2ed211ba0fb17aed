"""The raw store: bytes under their hash, written once, sidecars, fetch log and manifest."""
from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from figtrace.ingest import rawstore
from figtrace.ingest.rawstore import (
    append_log,
    find_blob,
    lookup_url,
    read_log,
    read_manifest,
    rebuild_manifest,
    sha256_hex,
    store_bytes,
    write_once,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"


def test_bytes_are_stored_once_under_their_hash(tmp_path):
    path, new = store_bytes(tmp_path, b"hello", "txt", {"url": "http://a/x"})
    digest = sha256_hex(b"hello")
    assert new and path == tmp_path / "store" / f"{digest}.txt" and path.read_bytes() == b"hello"
    side = json.loads(rawstore.sidecar_of(path).read_text())
    assert side == {"url": "http://a/x", "sha256": digest, "size": 5}
    again, new_again = store_bytes(tmp_path, b"hello", "txt", {"url": "http://b/other"})
    assert (again, new_again) == (path, False)
    assert json.loads(rawstore.sidecar_of(path).read_text())["url"] == "http://a/x"  # first sidecar stays


def test_stored_files_are_read_only(tmp_path):
    path, _ = store_bytes(tmp_path, b"data", "pdf", {})
    assert oct(path.stat().st_mode & 0o777) == "0o444"
    assert oct(rawstore.sidecar_of(path).stat().st_mode & 0o777) == "0o444"


def test_write_once_never_overwrites(tmp_path):
    target = tmp_path / "f.txt"
    target.write_bytes(b"original")
    assert write_once(target, b"replacement") is False
    assert target.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]  # no temporary file left


def test_find_blob_ignores_extension_and_sidecars(tmp_path):
    path, _ = store_bytes(tmp_path, b"x", "html", {})
    assert find_blob(tmp_path, sha256_hex(b"x")) == path
    assert find_blob(tmp_path, sha256_hex(b"y")) is None
    assert find_blob(tmp_path / "nowhere", "00") is None


def _log(raw: Path, url: str, data: bytes, status: str) -> None:
    path, _ = store_bytes(raw, data, "txt", {"url": url})
    append_log(raw, {"url": url, "sha256": sha256_hex(data), "status": status,
                     "path": path.relative_to(raw).as_posix(), "etag": f'"{data.decode()}"'})


def test_lookup_url_returns_latest_record_whose_bytes_exist(tmp_path):
    _log(tmp_path, "http://h/doc", b"v1", "new")
    _log(tmp_path, "http://h/other", b"o1", "new")
    _log(tmp_path, "http://h/doc", b"v2", "new_version")
    assert lookup_url(tmp_path, "http://h/doc")["etag"] == '"v2"'
    assert lookup_url(tmp_path, "http://h/unknown") is None
    assert rawstore.versions_of(tmp_path, "http://h/doc") == [sha256_hex(b"v1"), sha256_hex(b"v2")]


def test_lookup_url_skips_records_whose_bytes_are_gone(tmp_path):
    _log(tmp_path, "http://h/doc", b"v1", "new")
    _log(tmp_path, "http://h/doc", b"v2", "new_version")
    gone = find_blob(tmp_path, sha256_hex(b"v2"))
    os.chmod(gone, 0o644)
    gone.unlink()  # someone deleted it by hand: do not send a conditional request for it
    assert lookup_url(tmp_path, "http://h/doc")["etag"] == '"v1"'


def test_read_log_skips_a_torn_last_line(tmp_path):
    _log(tmp_path, "http://h/doc", b"v1", "new")
    with open(tmp_path / rawstore.LOG_NAME, "a", encoding="utf-8") as fh:
        fh.write('{"url": "http://h/doc", "sha2')
    assert [r["status"] for r in read_log(tmp_path)] == ["new"]


def _raw_with_seed(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    shutil.copy(SEED.with_suffix(".json"), raw / SEED.with_suffix(".json").name)
    return raw


def test_manifest_lists_local_and_fetched_inputs(tmp_path):
    raw = _raw_with_seed(tmp_path)
    store_bytes(raw, b"%PDF-1.4 fetched", "pdf", {
        "url": "http://h/a.pdf", "source_uri": "http://h/a.pdf", "final_url": "http://h/a.pdf",
        "content_type": "application/pdf", "retrieved_at": "2026-01-01T00:00:00+00:00",
        "previous_sha256": None, "symbols": ["A/1/2"], "language": "en"})
    (raw / "store" / ("ff" * 32 + ".txt.json")).write_text("{}")  # an orphan sidecar: no bytes
    records = rebuild_manifest(raw)
    assert records == read_manifest(raw)
    by_kind = {r["kind"]: r for r in records}
    local, fetched = by_kind["local"], by_kind["fetched"]
    assert (local["path"], local["sha256"], local["source_uri"]) == (
        SEED.name, sha256_hex(SEED.read_bytes()), "https://undocs.org/zh/A/75/709")
    assert local["symbols"] == ["A/75/709", "S/2021/39"] and local["language"] == "zh"
    assert (fetched["sha256"], fetched["url"], fetched["content_type"], fetched["symbols"]) == (
        sha256_hex(b"%PDF-1.4 fetched"), "http://h/a.pdf", "application/pdf", ["A/1/2"])
    assert len(records) == 2


def test_manifest_is_deterministic_and_ignores_itself(tmp_path):
    raw = _raw_with_seed(tmp_path)
    rebuild_manifest(raw)
    first = (raw / rawstore.MANIFEST_NAME).read_bytes()
    rebuild_manifest(raw)
    assert (raw / rawstore.MANIFEST_NAME).read_bytes() == first
    assert read_manifest(tmp_path / "empty") == []


def test_bundled_seed_sidecar_matches_its_bytes():
    side = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    assert side["sha256"] == sha256_hex(SEED.read_bytes())


def test_concurrent_stores_of_the_same_bytes_keep_one_copy(tmp_path):
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: store_bytes(tmp_path, b"same", "txt", {"n": i}), range(16)))
    assert len({p for p, _ in results}) == 1
    assert sorted(p.name for p in (tmp_path / "store").iterdir()) == sorted(
        [results[0][0].name, results[0][0].name + ".json"])


@hsettings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=2048))
def test_store_round_trip(tmp_path, data):
    path, _ = store_bytes(tmp_path, data, "bin", {})
    assert path.read_bytes() == data and path.name == sha256_hex(data) + ".bin"
    side = json.loads(rawstore.sidecar_of(path).read_text())
    assert (side["sha256"], side["size"]) == (sha256_hex(data), len(data))


def test_discovery_finds_stored_inputs_but_no_bookkeeping(tmp_path):
    from figtrace.ingest.files import discover_inputs

    raw = _raw_with_seed(tmp_path)
    path, _ = store_bytes(raw, b"%PDF-1.4 x", "pdf", {"url": "http://h/a.pdf"})
    append_log(raw, {"url": "http://h/a.pdf", "sha256": sha256_hex(b"%PDF-1.4 x")})
    rebuild_manifest(raw)
    assert discover_inputs([raw]) == sorted([raw / SEED.name, path])


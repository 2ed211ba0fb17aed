"""fetch_to_store against a real HTTP server on 127.0.0.1: what is stored, recorded and shown."""
from __future__ import annotations

import json
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from figtrace.errors import FetchError, TransientFetchError, is_transient
from figtrace.ingest import fetch, rawstore
from figtrace.ingest.fetch import fetch_symbol, fetch_to_store, symbol_url
from figtrace.ingest.rawstore import read_log, read_manifest, sha256_hex
from figtrace.settings import Settings
from tests.httpserver import SEED, http_server  # noqa: F401  (fixture)

FAST = Settings(
    fetch_timeout_s=0.4, fetch_retries=2, fetch_backoff_s=0.01, fetch_deadline_s=5.0,
    max_fetch_bytes=100_000, fetch_allowed_addresses=("127.0.0.1",),  # the test server
)


def store_files(raw: Path) -> list[str]:
    """Every file under store/ (temporary files included)."""
    store = raw / rawstore.STORE_DIR
    return sorted(p.name for p in store.iterdir()) if store.is_dir() else []


def assert_nothing_stored(raw: Path) -> None:
    assert store_files(raw) == []
    assert read_log(raw) == []
    assert read_manifest(raw) == []


# --------------------------------------------------------------------------- success
def test_new_document_is_stored_under_its_hash_with_a_sidecar(http_server, tmp_path):
    url = http_server.url("/seed.txt")
    res = fetch_to_store(url, tmp_path, FAST)
    digest = sha256_hex(SEED.read_bytes())
    assert (res.status, res.sha256, res.previous_sha256, res.http_status) == ("new", digest, None, 200)
    assert res.path == tmp_path / "store" / f"{digest}.txt"
    assert res.path.read_bytes() == SEED.read_bytes()
    assert not res.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)  # read-only
    side = json.loads(res.sidecar.read_text(encoding="utf-8"))
    assert side["url"] == side["source_uri"] == side["final_url"] == url
    assert side["sha256"] == digest and side["size"] == len(SEED.read_bytes())
    assert side["content_type"].startswith("text/plain") and side["http_status"] == 200
    assert side["etag"] and side["last_modified"] == "Tue, 12 Jan 2021 10:00:00 GMT"
    assert side["retrieved_at"].endswith("+00:00")
    assert store_files(tmp_path) == sorted([res.path.name, res.sidecar.name])
    [log] = read_log(tmp_path)
    assert (log["status"], log["sha256"], log["path"]) == ("new", digest, f"store/{digest}.txt")
    [entry] = read_manifest(tmp_path)
    assert (entry["path"], entry["kind"], entry["sha256"], entry["source_uri"]) == (
        f"store/{digest}.txt", "fetched", digest, url)


def test_refetch_sends_conditional_request_and_records_unchanged(http_server, tmp_path):
    url = http_server.url("/seed.txt")
    first = fetch_to_store(url, tmp_path, FAST)
    before = store_files(tmp_path)
    again = fetch_to_store(url, tmp_path, FAST)
    assert (again.status, again.http_status, again.sha256, again.path) == ("unchanged", 304, first.sha256, first.path)
    assert again.etag == first.etag
    sent = http_server.headers_sent("/seed.txt")
    assert "If-None-Match" not in sent[0]
    assert sent[1]["If-None-Match"] == first.etag
    assert sent[1]["If-Modified-Since"] == first.last_modified
    assert store_files(tmp_path) == before
    assert [r["status"] for r in read_log(tmp_path)] == ["new", "unchanged"]
    assert len(read_manifest(tmp_path)) == 1


def test_same_bytes_without_validators_are_not_stored_twice(http_server, tmp_path):
    url = http_server.url("/no-etag.txt")
    first = fetch_to_store(url, tmp_path, FAST)
    again = fetch_to_store(url, tmp_path, FAST)
    assert (again.status, again.http_status, again.path) == ("unchanged", 200, first.path)
    assert len(store_files(tmp_path)) == 2  # one blob, one sidecar


def test_changed_document_becomes_a_new_version_linked_to_the_old(http_server, tmp_path):
    url = http_server.url("/changing")
    v0 = fetch_to_store(url, tmp_path, FAST)
    http_server.version = 1
    v1 = fetch_to_store(url, tmp_path, FAST)
    assert (v1.status, v1.previous_sha256) == ("new_version", v0.sha256)
    assert v1.sha256 != v0.sha256 and v0.path.read_bytes() == http_server.versions[0]  # old one untouched
    assert v1.path.read_bytes() == http_server.versions[1]
    assert json.loads(v1.sidecar.read_text())["previous_sha256"] == v0.sha256
    assert fetch_to_store(url, tmp_path, FAST).status == "unchanged"
    assert rawstore.versions_of(tmp_path, url) == [v0.sha256, v1.sha256]
    assert [r["status"] for r in read_log(tmp_path)] == ["new", "new_version", "unchanged"]
    assert {r["sha256"] for r in read_manifest(tmp_path)} == {v0.sha256, v1.sha256}


def test_redirect_records_asked_and_final_url(http_server, tmp_path):
    url = http_server.url("/redirect")
    res = fetch_to_store(url, tmp_path, FAST)
    assert (res.url, res.final_url, res.redirects) == (url, http_server.url("/seed.txt"), (url,))
    side = json.loads(res.sidecar.read_text())
    assert (side["url"], side["final_url"]) == (url, http_server.url("/seed.txt"))


def test_pdf_is_stored_with_pdf_extension(http_server, tmp_path):
    res = fetch_to_store(http_server.url("/letter.pdf"), tmp_path, FAST)
    assert res.path.suffix == ".pdf" and res.path.read_bytes() == http_server.pdf
    assert res.content_type == "application/pdf"


@pytest.mark.parametrize("path, hits", [("/flaky", 2), ("/429", 2)], ids=["500-then-ok", "429-then-ok"])
def test_transient_status_is_retried_then_succeeds(http_server, tmp_path, path, hits):
    res = fetch_to_store(http_server.url(path), tmp_path, FAST)
    assert res.status == "new" and res.path.read_bytes() == SEED.read_bytes()
    assert http_server.hits[path] == hits
    assert [r["status"] for r in read_log(tmp_path)] == ["new"]


def test_backoff_waits_grow_between_retries(http_server, tmp_path):
    waits: list[float] = []
    settings = FAST.replace(fetch_backoff_s=0.5, fetch_retries=3)
    with pytest.raises(FetchError):
        fetch_to_store(http_server.url("/no-such-page"), tmp_path, settings, sleep=waits.append)
    assert waits == []  # 404: never retried
    with pytest.raises(TransientFetchError):
        fetch_to_store(http_server.url("/always-503"), tmp_path, settings, sleep=waits.append)
    assert waits == [0.0, 0.0, 0.0]  # the server's Retry-After: 0 wins over the backoff
    waits.clear()
    with pytest.raises(TransientFetchError):
        fetch_to_store(http_server.url("/truncated"), tmp_path, settings, sleep=waits.append)
    assert waits == [0.5, 1.0, 2.0]
    assert_nothing_stored(tmp_path)


# --------------------------------------------------------------------------- failures
def _fail(url: str, raw: Path, settings: Settings = FAST) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch_to_store(url, raw, settings)
    err = info.value
    assert "\n" not in str(err) and str(err).startswith(url)
    assert_nothing_stored(raw)
    return err


FAILURES = [
    # (route, transient, words in the message, hits with FAST's 2 retries)
    ("/missing.pdf", False, "HTTP 404", 1),
    ("/always-503", True, "HTTP 503", 3),
    ("/slow", True, "timed out after 0.4 s", 3),
    ("/slow-body", True, "timed out after 0.4 s while reading the body", 3),
    ("/truncated", True, "truncated body: the connection closed before the announced 46077 bytes", 3),
    ("/wrong-type.pdf", False, "expected a PDF document but got text/html", 1),
    ("/fake-pdf", False, "served as application/pdf but the body is html", 1),
    ("/image", False, "unexpected content type 'image/png'", 1),
    ("/redirect-loop", False, "more than 10 redirects", 11),
    ("/redirect-ftp", False, "redirected to ftp://127.0.0.1/seed.txt: unsupported URL scheme 'ftp'", 1),
    ("/big", False, "too large: 262144 bytes", 1),
    ("/big-unannounced", False, "too large: more than the limit of 100000 bytes", 1),
    ("/empty", False, "empty body", 1),
]


@pytest.mark.parametrize("path, transient, words, hits", FAILURES, ids=[f[0] for f in FAILURES])
def test_failure_is_one_clear_line_and_stores_nothing(http_server, tmp_path, path, transient, words, hits):
    http_server.delay_s = 1.0
    err = _fail(http_server.url(path), tmp_path)
    assert is_transient(err) is transient
    assert words in str(err)
    assert ("gave up after 3 attempts" in str(err)) is transient
    assert http_server.hits[path] == hits


def test_timeout_retries_are_bounded_in_time(http_server, tmp_path):
    http_server.delay_s = 3.0
    t0 = time.monotonic()
    _fail(http_server.url("/slow"), tmp_path, FAST.replace(fetch_retries=1))
    assert time.monotonic() - t0 < 2.5


def test_deadline_stops_a_trickling_download(http_server, tmp_path):
    http_server.delay_s = 0.3  # below the read timeout, above the whole-download deadline
    err = _fail(http_server.url("/slow-body"), tmp_path, FAST.replace(fetch_deadline_s=0.1, fetch_retries=0))
    assert "download took longer than 0.1 s" in str(err)


def test_connection_refused_is_transient(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens
    err = _fail(f"http://127.0.0.1:{port}/x.pdf", tmp_path, FAST.replace(fetch_retries=1))
    assert is_transient(err) and "connection failed (Connection refused)" in str(err)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/a.pdf", "data/raw/x.txt", "http://"])
def test_only_http_and_https_urls_are_fetched(tmp_path, url):
    with pytest.raises(FetchError) as info:
        fetch_to_store(url, tmp_path, FAST)
    assert not is_transient(info.value) and ("scheme" in str(info.value) or "no host" in str(info.value))
    assert not (tmp_path / "store").exists()


def test_failed_refetch_keeps_earlier_version_and_record(http_server, tmp_path):
    url = http_server.url("/changing")
    v0 = fetch_to_store(url, tmp_path, FAST)
    http_server.version = 1
    settings = FAST.replace(max_fetch_bytes=1000)  # the new version is refused as too large
    with pytest.raises(FetchError):
        fetch_to_store(url, tmp_path, settings)
    assert store_files(tmp_path) == sorted([v0.path.name, v0.sidecar.name])
    assert [r["status"] for r in read_log(tmp_path)] == ["new"]


# --------------------------------------------------------------------------- symbols
def test_symbol_url_fills_the_template():
    s = Settings(un_url_template="https://example.org/{lang}/{symbol}")
    assert symbol_url("A/75/709", "ZH", s) == "https://example.org/zh/A/75/709"
    assert "s=A/75/709&l=zh" in symbol_url("A/75/709", "zh", Settings())
    with pytest.raises(FetchError):
        symbol_url("A/75/709", "", s)


def test_fetch_symbol_records_symbol_and_language(http_server, tmp_path):
    settings = FAST.replace(un_url_template=http_server.url("/symbol/{lang}/{symbol}"))
    res = fetch_symbol("A/99/999", "zh", tmp_path, settings)
    assert res.url == http_server.url("/symbol/zh/A/99/999") and res.path.suffix == ".pdf"
    side = json.loads(res.sidecar.read_text(encoding="utf-8"))
    assert (side["symbols"], side["language"]) == (["A/99/999"], "zh")
    [entry] = read_manifest(tmp_path)
    assert (entry["symbols"], entry["language"]) == (["A/99/999"], "zh")


def test_symbol_fetch_refuses_an_html_page(http_server, tmp_path):
    settings = FAST.replace(un_url_template=http_server.url("/wrong-type.pdf?s={symbol}&l={lang}"))
    with pytest.raises(FetchError) as info:
        fetch_symbol("A/99/999", "zh", tmp_path, settings)
    assert "an error page?" in str(info.value)
    assert_nothing_stored(tmp_path)


# --------------------------------------------------------------------------- downstream
def test_fetched_seed_reads_like_the_local_file(http_server, tmp_path):
    from figtrace.ingest.files import read_source

    url = http_server.url("/seed.txt")
    res = fetch_to_store(url, tmp_path, FAST)
    fetched, info = read_source(res.path)
    local, local_info = read_source(SEED)
    assert fetched == local
    assert (info.source_uri, info.raw_sha256) == (url, local_info.raw_sha256)


def test_concurrent_fetches_of_one_url_store_one_copy(http_server, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    url = http_server.url("/no-etag.txt")
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: fetch_to_store(url, tmp_path, FAST), range(4)))
    assert len({r.path for r in results}) == 1
    assert len(store_files(tmp_path)) == 2
    assert not [n for n in os.listdir(tmp_path / "store") if n.startswith(".part-")]
    assert len(read_log(tmp_path)) == 4


def test_fetched_seed_gives_the_same_tables_as_the_local_file(http_server, tmp_path):
    import dataclasses

    from figtrace.run.pipeline import process_document

    url = http_server.url("/seed.txt")
    res = fetch_to_store(url, tmp_path, FAST)
    fetched = process_document(res.path, Settings(), "run-x").tables
    local = process_document(SEED, Settings(), "run-x").tables
    [doc_f], [doc_l] = fetched.pop("documents"), local.pop("documents")
    assert (doc_f.source_uri, doc_f.raw_sha256) == (url, res.sha256)
    assert doc_f.language_source == "script"  # fetched without its sidecar: the script says zh
    assert dataclasses.replace(doc_f, source_uri=doc_l.source_uri, language_source=doc_l.language_source) == doc_l
    assert fetched == local


def test_fetched_html_page_is_stored_as_html(http_server, tmp_path):
    from figtrace.ingest.files import read_source

    res = fetch_to_store(http_server.url("/letter.html"), tmp_path, FAST)
    assert res.path.suffix == ".html" and res.status == "new"
    extraction, info = read_source(res.path)
    assert extraction.source_kind == "html" and info.source_uri == http_server.url("/letter.html")

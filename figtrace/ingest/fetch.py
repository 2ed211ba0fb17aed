"""Fetch documents over HTTP(S) into the raw store, with one clear error per failure.

``fetch_to_store`` streams a URL to a temporary file in the store, checks it
(status, content type, size, length, what the bytes really are), then stores
it under its sha256 (see ``figtrace.rawstore``).  A URL fetched before gets a
conditional request; an unchanged answer is recorded, never stored twice; new
bytes behind a known URL become a new version linked to the previous one.

Transient failures (connection errors, timeouts, broken bodies, 429, 5xx) are
retried a bounded number of times with exponential backoff; everything else
fails at once.  Nothing partial is ever left in the store.

Only public addresses are fetched, with no credentials in the URL, for the URL
and every redirect hop (``figtrace.ingest.netpolicy``); each attempt has a wall
time deadline that interrupts even a blocked read (``figtrace.ingest.transport``).

This is the only retry layer, for the command line and the Prefect flow alike
(the flow's fetch task does not retry, the session's adapter neither): here a
retry knows what failed, waits what the server's Retry-After asks, drops the
partial download and sends the conditional headers again, none of which a
task-level retry of the whole call can see.  A URL therefore gets at most
``fetch_retries + 1`` requests (redirect hops inside one request aside).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import requests
import urllib3

from figtrace import __version__
from figtrace.errors import FetchError, TransientFetchError
from figtrace.ingest import rawstore
from figtrace.ingest.httpcheck import (
    announced_length,
    check_kind,
    check_response,
    media_type,
    request_error,
    sniff_kind,
)
from figtrace.ingest.netpolicy import check_host, redact_url
from figtrace.ingest.netpolicy import check_url as _check_url
from figtrace.ingest.transport import Guard, GuardedSession, body_chunks, refusal
from figtrace.settings import Settings

EXTENSIONS = {"pdf": "pdf", "html": "html", "text": "txt"}


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one fetch did: where the bytes are and what was recorded."""

    url: str
    final_url: str
    status: str  # new | unchanged | new_version
    sha256: str
    path: Path
    sidecar: Path
    previous_sha256: str | None
    http_status: int
    content_type: str | None
    etag: str | None
    last_modified: str | None
    retrieved_at: str
    size: int
    redirects: tuple[str, ...] = ()


def make_session(settings: Settings, guard: Guard) -> requests.Session:
    """A session for one attempt: no retries of its own (``fetch_to_store`` is the one retry
    layer), our headers, and every connection and redirect under ``guard``."""
    session = GuardedSession(guard)
    session.headers.update({
        "User-Agent": f"{settings.fetch_user_agent} figtrace/{__version__}",
        "Accept": "application/pdf, text/plain;q=0.9, text/html;q=0.8, */*;q=0.1",
        "Accept-Encoding": "identity",  # keep the exact bytes the server holds
        "Connection": "close",  # so that the end of the connection is the end of the body
    })
    session.max_redirects = settings.fetch_max_redirects
    return session


def symbol_url(symbol: str, lang: str, settings: Settings) -> str:
    """The public URL of a UN document in one language, from ``settings.un_url_template``.

    >>> symbol_url("A/75/709", "zh", Settings(un_url_template="https://h/{lang}/{symbol}"))
    'https://h/zh/A/75/709'
    """
    symbol, lang = symbol.strip(), lang.strip().lower()
    if not symbol or not lang.isalpha() or not 2 <= len(lang) <= 3:
        raise FetchError(f"need a UN symbol and a language code such as zh, got {lang!r}", path=symbol)
    return settings.un_url_template.format(symbol=quote(symbol, safe="/()."), lang=quote(lang))


def check_url(url: str) -> str:
    """``url`` itself when it is an http(s) URL with a host and no credentials; FetchError otherwise."""
    return _check_url(url)


def fetch_symbol(symbol: str, lang: str, raw_dir: Path, settings: Settings) -> FetchResult:
    """Fetch a UN document by symbol and language; the sidecar records both."""
    url = symbol_url(symbol, lang, settings)
    meta = {"symbols": [symbol.strip()], "language": lang.strip().lower()}
    return fetch_to_store(url, raw_dir, settings, expect=settings.un_document_type or None, meta=meta)


def fetch_to_store(
    url: str, raw_dir: Path, settings: Settings, *,
    expect: str | None = None, meta: dict | None = None, sleep=time.sleep,
) -> FetchResult:
    """Fetch ``url`` into the raw store under ``raw_dir``; returns what was stored and recorded.

    Transient failures are retried up to ``settings.fetch_retries`` times (at
    most ``fetch_retries + 1`` requests in all); a permanent one raises at once.

    ``expect`` ("pdf", "html", "text") refuses any other kind of body; a URL whose
    path ends in ``.pdf`` expects a PDF.  ``meta`` (symbols, language, origin)
    goes into the sidecar of newly stored bytes.
    """
    check_url(url)
    expect = expect or ("pdf" if urlsplit(url).path.lower().endswith(".pdf") else None)
    for attempt in range(settings.fetch_retries + 1):
        try:
            check_host(url, settings.fetch_allowed_addresses)
            with Guard(settings.fetch_allowed_addresses, settings.fetch_deadline_s) as guard:
                with make_session(settings, guard) as session:
                    return _fetch_once(session, guard, url, Path(raw_dir), settings, expect, meta or {})
        except TransientFetchError as exc:
            if attempt == settings.fetch_retries:
                if attempt == 0:
                    raise
                raise TransientFetchError(
                    f"{exc.message} (gave up after {attempt + 1} attempts)", path=redact_url(url)
                ) from exc
            sleep(backoff_delay(attempt, settings, getattr(exc, "retry_after", None)))
    raise AssertionError("unreachable")


def backoff_delay(attempt: int, settings: Settings, retry_after: float | None = None) -> float:
    """Seconds to wait before retry ``attempt + 1``: exponential, or the server's Retry-After; capped.

    >>> [backoff_delay(a, Settings(fetch_backoff_s=0.5)) for a in range(3)]
    [0.5, 1.0, 2.0]
    """
    wait = retry_after if retry_after is not None else settings.fetch_backoff_s * 2 ** attempt
    return max(0.0, min(wait, settings.fetch_backoff_max_s))


def _fetch_once(session, guard: Guard, url, raw_dir, settings, expect, meta) -> FetchResult:
    previous = rawstore.lookup_url(raw_dir, url)
    timeout = (settings.fetch_timeout_s, settings.fetch_timeout_s)
    try:
        resp = session.get(url, headers=conditional_headers(previous), stream=True, timeout=timeout)
    except FetchError:
        raise
    except Exception as exc:  # noqa: BLE001 - the server writes what the HTTP stack parses: any failure is its answer's
        raise _failure(exc, guard, url, settings) from None
    with resp:
        if resp.status_code == 304 and previous:
            return _record(raw_dir, url, resp, previous, previous, "unchanged")
        check_response(resp, url, settings)
        tmp, digest = download(resp, raw_dir, settings, url, expect, guard)
        return _keep(raw_dir, url, resp, tmp, digest, previous, meta)


def _failure(exc: Exception, guard: Guard, url: str, settings: Settings) -> FetchError:
    """The one-line error for a failed request: refused address, deadline, or what ``request_error`` says."""
    refused = refusal(exc)
    if guard.expired:
        return TransientFetchError(f"download took longer than {settings.fetch_deadline_s:g} s", path=redact_url(url))
    if refused is not None:
        return FetchError(f"{refused}: refused (allow it with the setting fetch_allowed_addresses)", path=redact_url(url))
    if not isinstance(exc, requests.exceptions.RequestException):
        return FetchError(f"unreadable answer ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})", path=redact_url(url))
    return request_error(exc, redact_url(url), settings)


def conditional_headers(previous: dict | None) -> dict:
    """If-None-Match / If-Modified-Since from the last fetch of the URL."""
    if not previous:
        return {}
    headers = {}
    if previous.get("etag"):
        headers["If-None-Match"] = previous["etag"]
    if previous.get("last_modified"):
        headers["If-Modified-Since"] = previous["last_modified"]
    return headers


def download(resp, raw_dir: Path, settings: Settings, url: str, expect: str | None, guard: Guard) -> tuple[Path, str]:
    """Stream the body into a temporary file in the store; (temp path, sha256). Removed on failure."""
    tmp = rawstore.temp_file(raw_dir)
    try:
        digest, size = _stream(resp, tmp, settings, url, expect, guard)
        if size == 0:
            raise FetchError("empty body", path=url)
        return tmp, digest
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _stream(resp, tmp: Path, settings: Settings, url: str, expect: str | None, guard: Guard) -> tuple[str, int]:
    sha, size = hashlib.sha256(), 0
    media = media_type(resp)
    expected = announced_length(resp)
    try:
        with open(tmp, "wb") as fh:
            for chunk in body_chunks(resp, guard, url, expected):
                if size == 0:
                    check_kind(sniff_kind(chunk, media), media, expect, url)
                size += len(chunk)
                if size > settings.max_fetch_bytes:
                    raise FetchError(f"too large: more than the limit of {settings.max_fetch_bytes} bytes", path=url)
                sha.update(chunk)
                fh.write(chunk)
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead) as exc:
        announced = f" the announced {expected} bytes" if expected is not None else " the end of the body"
        raise TransientFetchError(f"truncated body: the connection closed before{announced}", path=url) from exc
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise TransientFetchError(
            f"timed out after {settings.fetch_timeout_s:g} s while reading the body", path=url
        ) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise TransientFetchError(f"connection failed while reading the body ({type(exc).__name__})", path=url) from exc
    except (ValueError, UnicodeError, http.client.HTTPException) as exc:  # a body the HTTP stack cannot frame
        raise FetchError(f"unreadable body ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})", path=url) from exc
    return sha.hexdigest(), size


def _keep(raw_dir, url, resp, tmp: Path, digest: str, previous: dict | None, meta: dict) -> FetchResult:
    """Store new bytes (or drop a copy of the latest), then record the fetch."""
    if previous and previous.get("sha256") == digest:
        tmp.unlink(missing_ok=True)
        return _record(raw_dir, url, resp, previous, previous, "unchanged")
    with open(tmp, "rb") as fh:
        kind = sniff_kind(fh.read(1024), media_type(resp))
    record = _describe(url, resp, digest, tmp.stat().st_size, previous)
    side = {**record, "source_uri": url, "origin": f"fetched from {url}", **meta}
    side.pop("status", None)
    path, _ = rawstore.store_file(raw_dir, tmp, digest, EXTENSIONS[kind], side)
    status = "new_version" if previous else "new"
    result = _record(raw_dir, url, resp, {**record, "path": _rel(raw_dir, path)}, previous, status)
    rawstore.rebuild_manifest(raw_dir)
    return result


def _describe(url: str, resp, digest: str, size: int, previous: dict | None) -> dict:
    return {
        "url": url,
        "final_url": resp.url,
        "redirects": [r.url for r in resp.history],
        "http_status": resp.status_code,
        "content_type": resp.headers.get("Content-Type"),
        "etag": resp.headers.get("ETag"),
        "last_modified": resp.headers.get("Last-Modified"),
        "retrieved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "size": size,
        "sha256": digest,
        "previous_sha256": previous.get("sha256") if previous else None,
    }


def _record(raw_dir: Path, url: str, resp, stored: dict, previous: dict | None, status: str) -> FetchResult:
    """Append this fetch to the log and describe it."""
    record = _describe(url, resp, stored["sha256"], stored["size"], previous)
    if status == "unchanged":  # a 304 carries no body; keep what identifies the stored bytes
        record.update(
            content_type=record["content_type"] if resp.status_code == 200 else stored.get("content_type"),
            etag=record["etag"] or stored.get("etag"),
            last_modified=record["last_modified"] or stored.get("last_modified"),
            previous_sha256=stored.get("previous_sha256"),
        )
    path = Path(raw_dir) / stored["path"]
    record.update(status=status, path=stored["path"])
    rawstore.append_log(raw_dir, record)
    return FetchResult(
        url=url, final_url=record["final_url"], status=status, sha256=record["sha256"], path=path,
        sidecar=rawstore.sidecar_of(path), previous_sha256=record["previous_sha256"],
        http_status=record["http_status"], content_type=record["content_type"], etag=record["etag"],
        last_modified=record["last_modified"], retrieved_at=record["retrieved_at"], size=record["size"],
        redirects=tuple(record["redirects"]),
    )


def _rel(raw_dir: Path, path: Path) -> str:
    return Path(path).relative_to(raw_dir).as_posix()

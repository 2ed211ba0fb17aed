"""A real HTTP server on 127.0.0.1 for the fetch tests: the seed, a PDF, and every misbehaviour.

``LocalServer`` runs ``http.server.ThreadingHTTPServer`` in a thread.  Routes
are plain functions of the request handler; the server counts hits per path and
keeps the headers of every request so that tests can check what was sent.

    with LocalServer() as srv:
        url = srv.url("/seed.txt")

Use the ``http_server`` fixture for a fresh server per test.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"
PDF = ROOT / "tests" / "fixtures" / "letter.zh.pdf"
HTML = ROOT / "tests" / "fixtures" / "letter.zh.html"
ERROR_PAGE = b"<!DOCTYPE html><html><head><title>Error</title></head><body>Not here</body></html>"
LAST_MODIFIED = "Tue, 12 Jan 2021 10:00:00 GMT"


def etag_of(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:16] + '"'


class Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        self.server.owner.record(path, dict(self.headers))
        route = ROUTES.get(path) or (symbol_pdf if path.startswith("/symbol/") else None)
        if route is None:
            return self.send_body(ERROR_PAGE, "text/html", status=404)
        try:
            route(self, self.server.owner)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_body(self, data: bytes, ctype: str, *, status: int = 200, etag: str | None = None,
                  last_modified: str | None = None, length: int | None = None, extra=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        if etag:
            self.send_header("ETag", etag)
        if last_modified:
            self.send_header("Last-Modified", last_modified)
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def send_versioned(self, data: bytes, ctype: str) -> None:
        """Serve ``data`` with an ETag, answering 304 to a matching If-None-Match."""
        tag = etag_of(data)
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self.send_body(data, ctype, etag=tag, last_modified=LAST_MODIFIED)


# --------------------------------------------------------------------------- routes
def seed(h: Handler, srv: "LocalServer") -> None:
    h.send_versioned(srv.seed, "text/plain; charset=utf-8")


def pdf(h: Handler, srv: "LocalServer") -> None:
    h.send_versioned(srv.pdf, "application/pdf")


def html_page(h: Handler, srv: "LocalServer") -> None:
    h.send_versioned(HTML.read_bytes(), "text/html; charset=utf-8")


def symbol_pdf(h: Handler, srv: "LocalServer") -> None:
    """``/symbol/<lang>/<symbol>``: the PDF, as a symbol URL template would point to it."""
    h.send_versioned(srv.pdf, "application/pdf")


def no_etag(h: Handler, srv: "LocalServer") -> None:
    h.send_body(srv.seed, "text/plain; charset=utf-8")


def not_found(h: Handler, srv: "LocalServer") -> None:
    h.send_body(ERROR_PAGE, "text/html", status=404)


def flaky(h: Handler, srv: "LocalServer") -> None:
    """500 on the first request, then the seed."""
    if srv.hits["/flaky"] == 1:
        return h.send_body(b"<html>oops</html>", "text/html", status=500)
    h.send_body(srv.seed, "text/plain; charset=utf-8")


def always_503(h: Handler, srv: "LocalServer") -> None:
    h.send_body(b"<html>busy</html>", "text/html", status=503, extra=[("Retry-After", "0")])


def too_many(h: Handler, srv: "LocalServer") -> None:
    """429 with Retry-After on the first request, then the seed."""
    if srv.hits["/429"] == 1:
        return h.send_body(b"slow down", "text/plain", status=429, extra=[("Retry-After", "0")])
    h.send_body(srv.seed, "text/plain; charset=utf-8")


def slow(h: Handler, srv: "LocalServer") -> None:
    """No answer until ``srv.delay_s`` has passed."""
    time.sleep(srv.delay_s)
    h.send_body(srv.seed, "text/plain; charset=utf-8")


def slow_body(h: Handler, srv: "LocalServer") -> None:
    """Headers and a first part at once, the rest after ``srv.delay_s``."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain; charset=utf-8")
    h.send_header("Content-Length", str(len(srv.seed)))
    h.end_headers()
    h.wfile.write(srv.seed[:1000])
    h.wfile.flush()
    time.sleep(srv.delay_s)
    h.wfile.write(srv.seed[1000:])


def truncated(h: Handler, srv: "LocalServer") -> None:
    """Announces the whole seed, sends half of it, closes."""
    h.send_body(srv.seed[: len(srv.seed) // 2], "text/plain; charset=utf-8", length=len(srv.seed))
    h.close_connection = True


def wrong_type(h: Handler, srv: "LocalServer") -> None:
    """An HTML error page served with status 200 where a PDF was asked for."""
    h.send_body(ERROR_PAGE, "text/html; charset=utf-8")


def fake_pdf(h: Handler, srv: "LocalServer") -> None:
    """Says application/pdf, sends an HTML page."""
    h.send_body(ERROR_PAGE, "application/pdf")


def image(h: Handler, srv: "LocalServer") -> None:
    h.send_body(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")


def redirect(h: Handler, srv: "LocalServer") -> None:
    h.send_response(302)
    h.send_header("Location", "/seed.txt")
    h.send_header("Content-Length", "0")
    h.end_headers()


def redirect_loop(h: Handler, srv: "LocalServer") -> None:
    h.send_response(302)
    h.send_header("Location", "/redirect-loop")
    h.send_header("Content-Length", "0")
    h.end_headers()


def redirect_ftp(h: Handler, srv: "LocalServer") -> None:
    h.send_response(301)
    h.send_header("Location", "ftp://127.0.0.1/seed.txt")
    h.send_header("Content-Length", "0")
    h.end_headers()


def big(h: Handler, srv: "LocalServer") -> None:
    """Announces its (oversized) length honestly."""
    h.send_body(b"x" * srv.big_size, "text/plain")


def big_unannounced(h: Handler, srv: "LocalServer") -> None:
    """An oversized body without Content-Length: the limit must hold while streaming."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    for _ in range(srv.big_size // 4096 + 1):
        h.wfile.write(b"y" * 4096)


def changing(h: Handler, srv: "LocalServer") -> None:
    """The current version of a document that ``srv.version`` changes."""
    h.send_versioned(srv.versions[srv.version], "text/plain; charset=utf-8")


def empty(h: Handler, srv: "LocalServer") -> None:
    h.send_body(b"", "text/plain")


# --------------------------------------------------------------------------- hostile servers (issue 12)
def retry_after_naive(h: Handler, srv: "LocalServer") -> None:
    """503 with an HTTP date in zone -0000, which ``parsedate_to_datetime`` returns naive."""
    h.send_body(b"busy", "text/plain", status=503, extra=[("Retry-After", "Wed, 21 Oct 2015 07:28:00 -0000")])


def retry_after_superscript(h: Handler, srv: "LocalServer") -> None:
    """503 with Retry-After "²": ``str.isdigit`` says yes, ``float`` says no."""
    h.send_body(b"busy", "text/plain", status=503, extra=[("Retry-After", "\u00b2")])


def length_superscript(h: Handler, srv: "LocalServer") -> None:
    """The seed with Content-Length "²", then the connection closed."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain; charset=utf-8")
    h.send_header("Content-Length", "\u00b2")
    h.end_headers()
    h.wfile.write(srv.seed)
    h.close_connection = True


def long_body(h: Handler, srv: "LocalServer") -> None:
    """Announces half the seed and sends all of it."""
    h.send_body(srv.seed, "text/plain; charset=utf-8", length=len(srv.seed) // 2)
    h.close_connection = True


def drip(h: Handler, srv: "LocalServer") -> None:
    """Announces 100 000 bytes and sends one every ``srv.drip_s`` seconds until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    for _ in range(100_000):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(srv.drip_s)


def drip_headers(h: Handler, srv: "LocalServer") -> None:
    """A status line, then one byte of an endless header every ``srv.drip_s`` seconds."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    for _ in range(100_000):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(srv.drip_s)


def redirect_to(h: Handler, srv: "LocalServer") -> None:
    """302 to ``srv.redirect_target``."""
    h.send_response(302)
    h.send_header("Location", srv.redirect_target)
    h.send_header("Content-Length", "0")
    h.end_headers()


def raw_response(h: Handler, srv: "LocalServer") -> None:
    """Whatever bytes ``srv.raw_response`` holds, as the whole answer (status line and headers included)."""
    h.wfile.write(srv.raw_response)
    h.close_connection = True


ROUTES = {
    "/seed.txt": seed, "/letter.pdf": pdf, "/letter.html": html_page, "/no-etag.txt": no_etag, "/missing.pdf": not_found,
    "/flaky": flaky, "/always-503": always_503, "/429": too_many, "/slow": slow,
    "/slow-body": slow_body, "/truncated": truncated, "/wrong-type.pdf": wrong_type,
    "/fake-pdf": fake_pdf, "/image": image, "/redirect": redirect, "/redirect-loop": redirect_loop,
    "/redirect-ftp": redirect_ftp, "/big": big, "/big-unannounced": big_unannounced,
    "/changing": changing, "/empty": empty,
    "/retry-after-naive": retry_after_naive, "/retry-after-superscript": retry_after_superscript,
    "/length-superscript": length_superscript, "/long-body": long_body, "/drip": drip,
    "/drip-headers": drip_headers, "/redirect-to": redirect_to, "/raw": raw_response,
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: "LocalServer"


class LocalServer:
    """A threaded HTTP server on an ephemeral port of 127.0.0.1."""

    def __init__(self) -> None:
        self.seed = SEED.read_bytes()
        self.pdf = PDF.read_bytes() if PDF.is_file() else b"%PDF-1.4\n%missing fixture\n"
        self.delay_s = 2.0
        self.big_size = 256 * 1024
        self.versions = [self.seed, self.seed.replace("613 名".encode(), "614 名".encode())]
        self.version = 0
        self.drip_s = 0.2
        self.redirect_target = "/seed.txt"
        self.raw_response = b"HTTP/1.1 204 No Content\r\n\r\n"
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict]] = []
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def record(self, path: str, headers: dict) -> None:
        with self._lock:
            self.hits[path] += 1
            self.requests.append((path, headers))

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def headers_sent(self, path: str) -> list[dict]:
        return [h for p, h in self.requests if p == path]

    def __enter__(self) -> "LocalServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def http_server():
    with LocalServer() as srv:
        yield srv

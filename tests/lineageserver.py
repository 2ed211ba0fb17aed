"""A loopback HTTP server that records the OpenLineage events POSTed to it (``/api/v1/lineage``)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.events.append((self.path, json.loads(body)))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class LineageServer:
    """``with LineageServer() as s:`` -> ``s.url`` to send to, ``s.events`` as (path, event) received."""

    def __init__(self, status: int = 200):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.events, self.httpd.status = [], status
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def events(self) -> list:
        return self.httpd.events

    def __enter__(self) -> "LineageServer":
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def lineage_server():
    with LineageServer() as server:
        yield server

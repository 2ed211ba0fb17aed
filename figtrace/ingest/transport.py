"""The HTTP session a fetch uses: every connection and redirect hop checked, a deadline that bites.

* ``Guard`` holds one attempt's policy: the allowed addresses, the sockets it
  opened and its deadline.  Its connections check the address they actually
  reached (``netpolicy``), so a host that resolves to a public address when
  checked and to 127.0.0.1 when connected gains nothing.  When the deadline
  passes, a timer shuts every socket down: a read blocked in the kernel returns
  at once, however slowly the server drips its bytes (checking the clock between
  chunks is not enough: one chunk can take forever).
* ``GuardedSession`` checks each redirect target (scheme, credentials, every
  address its host resolves to) before following it.
* ``body_chunks`` reads the body as it arrives and does not let the
  ``Content-Length`` header frame it: we ask the server to close the connection
  after its answer, read to the end and compare, so a body longer than announced
  is an error instead of a silently truncated new version.
"""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urljoin

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from figtrace.errors import FetchError, TransientFetchError
from figtrace.ingest.netpolicy import address_allowed, check_host, check_url

CHUNK = 64 * 1024
LENGTH_GRACE_S = 0.5  # after the announced bytes: how long to wait for the end of a kept-alive body


class RefusedAddress(OSError):
    """A connection reached an address the policy refuses (raised inside urllib3, found again by ``refusal``)."""


class Guard:
    """Policy, sockets and deadline of one fetch attempt (see module docstring)."""

    def __init__(self, allowed: tuple[str, ...], deadline_s: float) -> None:
        self.allowed = tuple(allowed)
        self.deadline_s = deadline_s
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline_s), self.abort)
        self._timer.daemon = True
        self._started = time.monotonic()

    def __enter__(self) -> "Guard":
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return self.deadline_s - (time.monotonic() - self._started)

    def admit(self, sock: socket.socket) -> None:
        """Keep ``sock`` if its peer is allowed and the deadline has not passed; close it and raise otherwise."""
        try:
            peer = sock.getpeername()[0]
        except OSError:
            peer = ""
        with self._lock:
            ok = not self.expired and address_allowed(peer, self.allowed)
            if ok:
                self._sockets.append(sock)
        if not ok:
            sock.close()
            raise RefusedAddress("deadline passed" if self.expired else f"connected to {peer}, not a public address")

    def abort(self) -> None:
        """The deadline: shut every socket down so that blocked reads return now."""
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def refusal(exc: BaseException, depth: int = 0) -> RefusedAddress | None:
    """The ``RefusedAddress`` somewhere inside an exception that urllib3 and requests wrapped, or None."""
    if isinstance(exc, RefusedAddress):
        return exc
    if depth > 8 or exc is None:
        return None
    inner = [getattr(exc, "reason", None), exc.__cause__, exc.__context__, *getattr(exc, "args", ())]
    for item in inner:
        if isinstance(item, BaseException) and (found := refusal(item, depth + 1)) is not None:
            return found
    return None


def _pool_classes(guard: Guard) -> dict:
    def _new_conn(base):
        def new_conn(self):
            sock = base._new_conn(self)
            guard.admit(sock)
            return sock
        return new_conn

    conn = type("GuardedHTTPConnection", (HTTPConnection,), {"_new_conn": _new_conn(HTTPConnection)})
    sconn = type("GuardedHTTPSConnection", (HTTPSConnection,), {"_new_conn": _new_conn(HTTPSConnection)})
    return {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": conn}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": sconn}),
    }


class GuardedAdapter(HTTPAdapter):
    """An adapter without retries of its own whose connections go through ``guard.admit``."""

    def __init__(self, guard: Guard) -> None:
        self.guard = guard
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self.guard)


class GuardedSession(requests.Session):
    """A session that checks every redirect target before following it."""

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self.guard = guard
        adapter = GuardedAdapter(guard)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self.hooks["response"].append(_skip_redirect_body)

    def get_redirect_target(self, resp):
        first = resp.history[0].url if resp.history else resp.url
        try:
            target = super().get_redirect_target(resp)
        except (UnicodeError, ValueError):
            raise FetchError("redirected to a Location that is not a valid URL", path=first) from None
        if target:
            hop = urljoin(resp.url, target if not target.startswith("//") else f"{resp.url.split(':', 1)[0]}:{target}")
            check_url(hop, hop=first)
            check_host(hop, self.guard.allowed, hop=first)
        return target


def _skip_redirect_body(resp: requests.Response, *args, **kwargs) -> requests.Response:
    """A redirect's body is never read (requests would read all of it, however large): mark it read."""
    if resp.is_redirect:
        resp._content = b""  # requests' own "already read" marker
        resp._content_consumed = True
    return resp


def body_chunks(resp: requests.Response, guard: Guard, url: str, announced: int | None):
    """The body as it arrives (content coding undone, as ``requests`` does), read to the end of
    the connection when a length was announced, the raw bytes counted against that length.

    Raises TransientFetchError when the deadline passes or the body stops short of the
    announced length, FetchError when it runs past it.
    """
    raw = resp.raw
    http = getattr(raw, "_fp", None)
    unframed = announced is not None and http is not None and not getattr(http, "chunked", False)
    if unframed:  # read to the end, as with a body without Content-Length, and compare as we go
        http.length = None
        raw.length_remaining = None
    sock = getattr(getattr(raw, "connection", None), "sock", None)
    while True:
        if guard.expired or guard.remaining() <= 0:
            raise TransientFetchError(f"download took longer than {guard.deadline_s:g} s", path=url)
        past_end = unframed and raw.tell() >= announced
        if past_end and sock is not None:
            sock.settimeout(min(LENGTH_GRACE_S, max(0.01, guard.remaining())))
        try:
            chunk = raw.read1(CHUNK, decode_content=True)
        except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
            if guard.expired:
                raise TransientFetchError(f"download took longer than {guard.deadline_s:g} s", path=url) from None
            if past_end and _is_timeout(exc):
                return  # a kept-alive connection after the whole body: nothing more is coming
            raise
        if unframed and raw.tell() > announced:
            raise FetchError(f"body longer than its Content-Length ({announced} bytes announced, more sent)", path=url)
        if not chunk:
            if guard.expired:
                raise TransientFetchError(f"download took longer than {guard.deadline_s:g} s", path=url)
            if unframed and raw.tell() < announced:
                raise TransientFetchError(
                    f"truncated body: the connection closed before the announced {announced} bytes (got {raw.tell()})",
                    path=url)
            return
        yield chunk


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, (socket.timeout, TimeoutError, urllib3.exceptions.ReadTimeoutError)) or \
        any(isinstance(a, (socket.timeout, TimeoutError)) for a in getattr(exc, "args", ()))

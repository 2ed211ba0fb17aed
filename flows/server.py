"""The temporary Prefect server of one ``figtrace run``: started first, in a session of its own, stopped with the run.

Without ``PREFECT_API_URL`` Prefect starts a temporary server itself, as a child in the caller's
process group, so a Ctrl-C in the terminal reaches it too: it dies at once, and the run,
stopping cleanly, then waits over a minute on Prefect's retries to record its end on a
server that is gone.  ``temporary_server`` starts the same server (Prefect's own app and
uvicorn command, as ``prefect.server.api.server.SubprocessASGIServer`` runs them) in a new
session instead: a Ctrl-C reaches figtrace alone, which records the run's end and then stops
the server itself (also on SIGTERM, and on any error).

It is also started *first*, before figtrace or Prefect is imported: the server takes about
3.5 s to answer, which the run's own imports (about 4 s) now overlap on a second core instead
of following.  So this module imports nothing heavy at the top, and never Prefect's server
modules (about 2.5 s), which only the server process needs.
"""
from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from figtrace.errors import ServerError

from . import configure_prefect_env

configure_prefect_env()

POLL_S = 0.05
PORT_TAKEN = 3  # uvicorn's exit status when it cannot start (Prefect retries it on another port too)


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _prefect_dir() -> str:
    """The folder holding the ``prefect`` package (uvicorn's ``--app-dir``), found without importing it."""
    spec = importlib.util.find_spec("prefect")
    return str(Path(spec.origin).parent.parent)


class TemporaryServer:
    """One temporary Prefect server process on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.ready = False

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def launch(self) -> TemporaryServer:
        """Start the server process and return at once (``wait_ready`` waits for it to answer)."""
        self.port = _free_port()
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        args = [sys.executable, "-m", "uvicorn", "--app-dir", _prefect_dir(), "--factory",
                "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on"]
        self.process = subprocess.Popen(args, env=env, start_new_session=True)
        return self

    def wait_ready(self, timeout_s: float | None = None) -> None:
        """Wait until the server answers its health check (``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS``);
        ``ServerError`` when it exits or the time passes first."""
        if self.ready or self.process is None:
            return
        limit = timeout_s or float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"))
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == PORT_TAKEN:
                self.launch()  # the port was taken between choosing it and binding it
                continue
            if code is not None:
                raise ServerError(f"the temporary Prefect server exited with status {code} while starting"
                                  " (set PREFECT_API_URL to use a running server)")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        self.ready = True
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(POLL_S)
        self.stop()
        raise ServerError(f"the temporary Prefect server did not answer within {limit:g} s"
                          " (setting PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


class _RunningServer:
    """The server at ``PREFECT_API_URL``: already there, nothing to wait for."""

    def wait_ready(self, timeout_s: float | None = None) -> None:
        return None


@contextlib.contextmanager
def temporary_server():
    """A detached temporary server for the block, unless a Prefect API URL is set (a real server, a test harness).

    The server is starting when the block begins: do the slow imports first, then call
    ``wait_ready()`` on what the block gets before the flow runs.
    """
    server = None if os.environ.get("PREFECT_API_URL") else TemporaryServer().launch()
    try:
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        if server is not None and PREFECT_API_URL.value():  # set in the Prefect profile: that server is used
            server.stop()
            server = None
        if server is None:
            yield _RunningServer()
            return
        # No flow-run heartbeats: they let a server that outlives a run find it crashed, and this one stops
        # with the run; the engine joins its heartbeat thread, which sleeps a second at a time, at every run's end.
        with temporary_settings(updates={PREFECT_API_URL: server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            try:
                yield server
            finally:
                if server.ready:
                    _flush_logs()  # the run's last log lines, while the server still listens
    finally:
        if server is not None:
            server.stop()


def _flush_logs() -> None:
    from prefect.logging.handlers import APILogWorker

    with contextlib.suppress(Exception):
        APILogWorker.drain_all(timeout=5)


def server_problem() -> str | None:
    """Why schedules cannot be served here (no API URL, or no server answering at it); None when one answers."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        return ("no Prefect server: start one (prefect server start) and export "
                "PREFECT_API_URL=http://127.0.0.1:4200/api, then run figtrace serve again")
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            failure = client.api_healthcheck()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means the same to the user
        failure = exc
    if failure is not None:
        return f"no Prefect server answers at PREFECT_API_URL={url}: start it (prefect server start) or fix the URL"
    return None

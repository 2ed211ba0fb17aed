"""The temporary Prefect server of one ``figtrace run``, in a session of its own, stopped with the run.

Without ``PREFECT_API_URL`` Prefect starts a temporary server as a child in the caller's
process group, so a Ctrl-C in the terminal reaches it too: it dies at once, and the run,
stopping cleanly, then waits over a minute on Prefect's retries to record its end on a
server that is gone.  ``temporary_server`` starts the same server (Prefect's own class
and command) in a new session instead: a Ctrl-C reaches figtrace alone, which records the
run's end and then stops the server itself (also on SIGTERM, and on any error).
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys

from . import configure_prefect_env

configure_prefect_env()

import prefect  # noqa: E402
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings  # noqa: E402


def _detached_server():
    """Prefect's temporary server, started in a session of its own (see module docstring).

    Built on first use: Prefect's server modules take about 3 s to import, which a run against a
    running server (``PREFECT_API_URL`` set) never needs."""
    from prefect.server.api.server import SubprocessASGIServer

    class DetachedServer(SubprocessASGIServer):
        _instances: dict = {}  # not shared with Prefect's own temporary servers

        def _run_uvicorn_command(self) -> subprocess.Popen:
            env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
                   **get_current_settings().to_environment_variables(exclude_unset=True)}
            args = [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent), "--factory",
                    "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                    "--log-level", "error", "--lifespan", "on"]
            return subprocess.Popen(args, env=env, start_new_session=True)

    return DetachedServer()


@contextlib.contextmanager
def temporary_server():
    """A detached temporary server for the block, unless a Prefect API URL is set (a real server, a test harness)."""
    if PREFECT_API_URL.value():
        yield None
        return
    server = _detached_server()
    try:
        server.start()
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            try:
                yield server
            finally:
                _flush_logs()  # the run's last log lines, while the server still listens
    finally:
        server.stop()


def _flush_logs() -> None:
    from prefect.logging.handlers import APILogWorker

    with contextlib.suppress(Exception):
        APILogWorker.drain_all(timeout=5)


def server_problem() -> str | None:
    """Why schedules cannot be served here (no API URL, or no server answering at it); None when one answers."""
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

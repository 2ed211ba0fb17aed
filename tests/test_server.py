"""The temporary Prefect server of ``figtrace run`` (``flows.server``): started first, answering before
the flow, one line when it cannot start, never left running.  Real processes throughout."""
from __future__ import annotations

import subprocess
import sys
import urllib.request

import pytest

from figtrace.errors import ServerError
from flows.server import PORT_TAKEN, TemporaryServer


def exiting_with(code: int) -> TemporaryServer:
    """A server whose process is a real one that exits at once with ``code``."""
    server = TemporaryServer()
    server.port = 9  # nothing answers there
    server.process = subprocess.Popen([sys.executable, "-c", f"raise SystemExit({code})"])
    server.process.wait()
    return server


def test_a_server_that_exits_while_starting_is_one_line():
    with pytest.raises(ServerError) as info:
        exiting_with(1).wait_ready(timeout_s=30)
    assert str(info.value) == ("the temporary Prefect server exited with status 1 while starting "
                               "(set PREFECT_API_URL to use a running server)")


def test_a_server_that_never_answers_is_stopped_and_one_line():
    server = TemporaryServer()
    server.port = 9
    server.process = proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    with pytest.raises(ServerError) as info:
        server.wait_ready(timeout_s=0.3)
    assert str(info.value) == ("the temporary Prefect server did not answer within 0.3 s "
                               "(setting PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)")
    assert proc.poll() is not None and server.process is None  # stopped, not left behind


@pytest.mark.flow
def test_a_taken_port_starts_it_again_elsewhere_and_it_answers_until_stopped(prefect_home):
    server = exiting_with(PORT_TAKEN)  # as uvicorn exits when its port was taken meanwhile
    server.wait_ready()
    try:
        assert server.port != 9 and server.ready
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=5) as response:
            assert response.status == 200
        proc = server.process
    finally:
        server.stop()
    assert proc.poll() is not None and server.process is None


PROBE = """
from flows.server import temporary_server
from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY
with temporary_server() as server:
    server.wait_ready()
    print(server.process.pid, PREFECT_API_URL.value() == server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value())
print(PREFECT_API_URL.value(), PREFECT_FLOWS_HEARTBEAT_FREQUENCY.value())
"""


@pytest.mark.flow
def test_the_block_runs_against_its_own_server_without_heartbeats_and_the_server_goes_with_it(tmp_path):
    """In a process of its own, as ``figtrace run`` is (this session may hold a server of its own)."""
    import os
    from pathlib import Path

    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**env, "PYTHONPATH": str(ROOT), "FIGTRACE_PREFECT_HOME": str(tmp_path / "prefect")})
    assert done.returncode == 0, done.stderr[-2000:]
    inside, after = done.stdout.splitlines()
    pid, same_url, heartbeat = inside.split()
    assert (same_url, heartbeat) == ("True", "None")  # no flow-run heartbeats to a server that stops with the run
    assert after == "None 180"  # Prefect's own settings again after the block
    assert not Path(f"/proc/{pid}").exists() or Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"

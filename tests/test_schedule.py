"""Scheduling against a real Prefect server (issue 13): ``prefect server start``, ``figtrace serve --cron``,
a run triggered through the Prefect client, its outputs and runs row.  The README block, step by step."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.flow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group the test started, then SIGKILL what is left."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture()
def real_server(tmp_path):
    """A ``prefect server start`` of the test's own (PREFECT_HOME, port), ready; yields the environment to use."""
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "FIGTRACE_PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_API_URL": f"http://127.0.0.1:{port}/api", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "false", "PYTHONPATH": str(ROOT)}
    prefect = [sys.executable, "-m", "prefect"]
    server = subprocess.Popen(prefect + ["server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        subprocess.run(prefect + ["server", "status", "--wait", "--timeout", "120"], env=env, check=True,
                       capture_output=True, timeout=150)
        yield env
    finally:
        stop(server)


TRIGGER = """
import asyncio, sys, time
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment
name = "figtrace-run/figtrace-scheduled"
async def main():
    async with get_client() as client:
        for _ in range(120):
            try:
                dep = await client.read_deployment_by_name(name)
                break
            except Exception:
                await asyncio.sleep(0.5)
        else:
            sys.exit("no deployment")
        print("cron", dep.schedules[0].schedule.cron)
    run = await run_deployment(name, timeout=120)
    print("state", run.state.type.value)
asyncio.run(main())
"""


def serve_and_trigger(env: dict, *serve_args: str) -> str:
    """``figtrace serve *serve_args`` in a process of its own, one run of its deployment triggered with the
    Prefect client (``run_deployment``) and waited for; what the client printed.  The server is stopped after."""
    serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", *serve_args], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        done = subprocess.run([sys.executable, "-c", TRIGGER], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=200)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout
    finally:
        stop(serve)


def test_serve_registers_a_deployment_that_a_client_triggered_run_completes(real_server, tmp_path, seed_path):
    out = tmp_path / "out"
    printed = serve_and_trigger(real_server, "--cron", "0 6 * * *", str(seed_path), "--out", str(out),
                                "--workers", "1", "--raw", str(tmp_path / "raw"))
    assert "cron 0 6 * * *" in printed and "state COMPLETED" in printed
    [row] = [r for _, r in pd.read_parquet(out / "runs").iterrows()]
    assert row.status == "ok" and json.loads(row.parameters)["inputs"] == [str(seed_path)]
    parameters = json.loads(row.parameters)  # serve's options reach every scheduled run
    assert (parameters["workers"], parameters["raw_dir"], parameters["engine"]) == (1, str(tmp_path / "raw"), "local")
    assert len(pd.read_parquet(out / "documents")) == 1 and len(pd.read_parquet(out / "claims")) > 0


def test_prefect_yaml_deploys_the_flow_with_parameters_it_accepts():
    import inspect

    import yaml

    from flows.run import run_flow

    [deployment] = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    module, _, name = deployment["entrypoint"].partition(":")
    assert (ROOT / module).exists() and name == "run_flow"
    assert set(deployment["parameters"]) <= set(inspect.signature(run_flow.fn).parameters)
    assert deployment["work_pool"]["name"] and deployment["schedules"][0]["cron"] == "0 6 * * *"

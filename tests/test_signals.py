"""Stopping a run (issue 12): SIGTERM and Ctrl-C stop it cleanly, with the Prefect server it started;
a run killed outright leaves a ``running`` row that the next run marks ``failed``, and its staging goes.

Real ``figtrace run`` processes on a PDF that never finishes parsing (an object that refers
to itself), each with its own temporary Prefect server, as a user starts them.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.flow
HANGING = ROOT / "tests" / "fixtures" / "selfref.pdf"


def descendants(pid: int) -> dict[int, str]:
    """Pid -> command line of every live process under ``pid`` (its server, forkserver and workers)."""
    parents, commands = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            commands[int(stat.parent.name)] = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = {}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in found:
                found[child] = commands.get(child, "")
                frontier.append(child)
    return found


def still_alive(procs: dict[int, str]) -> list[str]:
    """The commands of ``procs`` still running (a pid reused by another command does not count)."""
    alive = []
    for pid, cmd in procs.items():
        try:
            now = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if now == cmd and state != "Z":
            alive.append(cmd)
    return alive


def start_run(tmp_path: Path, name: str) -> tuple[subprocess.Popen, Path]:
    inputs = tmp_path / name / "in"
    inputs.mkdir(parents=True)
    (inputs / SEED.name).write_bytes(SEED.read_bytes())
    (inputs / "hanging.pdf").write_bytes(HANGING.read_bytes())
    out = tmp_path / name / "out"
    env = dict(os.environ, FIGTRACE_PREFECT_HOME=str(tmp_path / name / "prefect"), PYTHONPATH=str(ROOT))
    # output to files: what a killed run leaves running may hold a pipe open forever
    with open(tmp_path / name / "stdout", "w") as stdout, open(tmp_path / name / "stderr", "w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out)],
                                stdout=stdout, stderr=stderr, env=env, cwd=ROOT, start_new_session=True)
    return proc, out


def wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def runs_row(out: Path) -> pd.Series:
    [row] = [r for _, r in pd.read_parquet(out / "runs").iterrows()]
    return row


@pytest.fixture(scope="module")
def stopped(tmp_path_factory):
    """Three runs stuck on the hanging PDF once the seed is published: SIGTERM, Ctrl-C (SIGINT to
    the whole process group, as a terminal sends it) and SIGKILL.  Started together, one server start."""
    tmp = tmp_path_factory.mktemp("signals")
    runs = {name: start_run(tmp, name) for name in ("term", "int", "kill")}
    try:
        for proc, out in runs.values():
            assert wait_for(lambda: (out / "documents" / "A_75_709.zh.parquet").exists() or proc.poll() is not None, 240)
            assert proc.poll() is None, (out.parent / "stderr").read_text()
        children = {name: descendants(proc.pid) for name, (proc, _) in runs.items()}
        assert all(any("uvicorn" in c for c in kids.values()) for kids in children.values()), children
        sent = time.monotonic()
        runs["term"][0].send_signal(signal.SIGTERM)
        os.killpg(runs["int"][0].pid, signal.SIGINT)
        runs["kill"][0].send_signal(signal.SIGKILL)
        results = {}
        for name, (proc, out) in runs.items():
            proc.wait(timeout=60)
            stdout, stderr = ((out.parent / f).read_text() for f in ("stdout", "stderr"))
            results[name] = (proc.returncode, stdout, stderr, time.monotonic() - sent, out, children[name])
        yield results
    finally:
        for name, (proc, _) in runs.items():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for pid in children.get(name, {}):  # what SIGKILL leaves behind: its server, its forkserver
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("name, code, word", [("term", 143, "SIGTERM"), ("int", 130, "SIGINT")])
def test_a_signal_stops_the_run_cleanly(stopped, name, code, word):
    rc, _, stderr, elapsed, out, children = stopped[name]
    assert rc == code and f"figtrace: stopped by {word}" in stderr, stderr
    assert elapsed < 30  # not the 300 s time limit, not forever
    assert "Traceback" not in stderr
    row = runs_row(out)
    assert row["status"] == "interrupted" and pd.notna(row["finished_at"])
    assert pd.read_parquet(out / "documents")["doc_id"].tolist() == ["A/75/709:zh"]  # what was done stays published
    assert not any((out / ".figtrace" / "staging").iterdir())
    assert wait_for(lambda: not still_alive(children), 15), still_alive(children)  # server, forkserver, workers gone


def test_a_killed_run_is_marked_failed_by_the_next_run(stopped, prefect_harness, tmp_path):
    from figtrace.settings import Settings
    from flows.run import run_flow

    rc, _, _, _, out, _ = stopped["kill"]
    assert rc == -signal.SIGKILL
    killed = runs_row(out)
    assert killed["status"] == "running" and pd.isna(killed["finished_at"])  # written before any document
    tables_run_ids = set(pd.read_parquet(out / "claims")["run_id"])
    assert tables_run_ids == {killed["run_id"]}  # every run_id in the tables has its runs row
    assert [p.name for p in (out / ".figtrace" / "staging").iterdir() if p.is_dir()] == [killed["run_id"]]
    letter = ROOT / "tests" / "fixtures" / "letter.en.txt"
    result = run_flow([str(letter)], str(out), str(tmp_path / "raw"), Settings())
    runs = pd.read_parquet(out / "runs").set_index("run_id")
    assert runs.at[killed["run_id"], "status"] == "failed"
    assert f"found by run {result['run_id']}" in runs.at[killed["run_id"], "errors"]
    assert runs.at[result["run_id"], "status"] == "ok"
    assert not any((out / ".figtrace" / "staging").iterdir())

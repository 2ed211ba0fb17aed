"""Issue 13: the same flow on a Dask cluster (``figtrace run --dask-address``), against real processes.

The test starts a real ``dask scheduler`` and two ``dask worker --no-nanny`` processes on
127.0.0.1 (loopback), runs the same inputs locally and on the cluster, and compares every
table row by row.  The workers import this checkout (``PYTHONPATH``) and report to the
session's Prefect server (the task context carries its URL), as a remote cluster would to a
shared one.  Every process the test starts is stopped by the fixture's finalizer.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from flows.cli import main
from tests.conftest import ROOT, SEED
from tests.test_schedule import real_server, serve_and_trigger  # noqa: F401  (fixture)

pytestmark = pytest.mark.flow

EN_LETTER = ROOT / "tests" / "fixtures" / "letter.en.txt"
ZH_FIXTURE = ROOT / "tests" / "fixtures" / "letter.zh.html"
INPUTS = (SEED, EN_LETTER, ZH_FIXTURE)  # Chinese text, English text, Chinese HTML
NOT_TABLES = {"runs", "versions", "history", "lineage", "reports", ".figtrace"}  # compared apart, or copies
VOLATILE = {"run_id"}  # besides every timestamp column
RUN_VOLATILE = {"engine", "dask_address", "workers", "out_dir", "raw_dir"}  # the runs row's parameters that say where it ran


# ---------------------------------------------------------------- a real cluster on loopback
class Processes:
    """Processes started by a test, each stopped (SIGTERM, then SIGKILL) by ``stop``."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.procs = folder, []
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), FIGTRACE_PREFECT_HOME=str(folder / "prefect"),
                        DASK_DISTRIBUTED__WORKER__DAEMON="True")  # dask's default, whatever this machine sets

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process in stop()
        proc = subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log, stderr=subprocess.STDOUT,
                                env=self.env, cwd=self.folder, start_new_session=True)
        self.procs.append((proc, log))
        return proc

    def scheduler(self) -> str:
        """Start ``dask scheduler`` on 127.0.0.1 (a free port); its address once it listens."""
        file = self.folder / "scheduler.json"
        proc = self.start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                          "--scheduler-file", str(file))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                return json.loads(file.read_text())["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        raise RuntimeError(f"dask scheduler did not start: {(self.folder / 'scheduler.log').read_text()[-2000:]}")

    def worker(self, address: str, name: str, *options: str) -> None:
        self.start(name, "worker", address, "--nthreads", "1", "--no-dashboard", "--name", name,
                   "--local-directory", str(self.folder / name), *options)

    def stop(self) -> None:
        for proc, _ in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc, log in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def wait_for_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout=30, set_as_default=False) as client:
        client.wait_for_workers(n, timeout=60)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A scheduler and two nanny-less workers (one thread each), on 127.0.0.1, stopped after the module."""
    procs = Processes(tmp_path_factory.mktemp("dask"))
    try:
        address = procs.scheduler()
        for n in (1, 2):
            procs.worker(address, f"figtrace-{n}", "--no-nanny")
        wait_for_workers(address, 2)
        yield address
    finally:
        procs.stop()


# ---------------------------------------------------------------- comparing two output folders
def tables(out: Path) -> dict[str, pd.DataFrame]:
    """Every table of an output folder (quarantine tables included), its rows sorted, without the run id
    and timestamps: what two runs of the same inputs must agree on wherever they ran."""
    folders = [d for d in out.iterdir() if d.is_dir() and d.name not in NOT_TABLES | {"quarantine"}]
    folders += [d for d in (out / "quarantine").iterdir() if d.is_dir()]
    found = {}
    for folder in folders:
        if not any(folder.rglob("*.parquet")):
            continue
        df = pd.read_parquet(folder)
        stamps = [c for c in df.columns if c in VOLATILE or pd.api.types.is_datetime64_any_dtype(df[c])]
        df = df.drop(columns=stamps)
        keys = pd.Series([repr(tuple(row)) for row in df.itertuples(index=False)], index=df.index)
        order = keys.sort_values(kind="stable").index  # by every column, list cells too
        found[str(folder.relative_to(out))] = df.loc[order].reset_index(drop=True)
    return found


def run_row(out: Path) -> dict:
    """The one runs row, without its id, times and the parameters that say where it ran."""
    [row] = pd.read_parquet(out / "runs").to_dict("records")
    parameters = json.loads(row["parameters"])
    where = {k: parameters.pop(k, None) for k in RUN_VOLATILE}
    kept = {k: v for k, v in row.items() if k not in {"run_id", "started_at", "finished_at", "parameters"}}
    return {**kept, "parameters": parameters, "where": where}


def cli(capsys, *argv) -> tuple[int, str, str]:
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


# ---------------------------------------------------------------- the same outputs, on the cluster
def test_a_run_on_the_cluster_writes_what_a_local_run_writes(prefect_harness, cluster, capsys, tmp_path):
    from distributed import Client

    local, dask = tmp_path / "local", tmp_path / "dask"
    rc, _, err = cli(capsys, "run", *INPUTS, "--out", local, "--workers", "2")
    assert rc == 0, err
    rc, out, err = cli(capsys, "run", *INPUTS, "--out", dask, "--dask-address", cluster)
    assert rc == 0, err
    assert "3 document(s)" in out

    ours, theirs = tables(local), tables(dask)
    assert {"documents", "passages", "citations", "cited_documents", "claims", "flags"} <= set(ours)
    assert sorted(ours) == sorted(theirs)
    assert len(ours["claims"]) > 50 and set(ours["documents"]["language"]) == {"zh", "en"}
    for name, frame in ours.items():
        pd.testing.assert_frame_equal(frame, theirs[name], obj=name)
    assert {p.name for p in (local / "reports").iterdir()} == {p.name for p in (dask / "reports").iterdir()}

    here, there = run_row(local), run_row(dask)
    assert here.pop("where") == {"engine": "local", "dask_address": None, "workers": 2, "out_dir": str(local),
                                 "raw_dir": "data/raw"}
    assert there.pop("where") == {"engine": "dask", "dask_address": cluster, "workers": 2,  # the cluster's threads
                                  "out_dir": str(dask), "raw_dir": str(Path("data/raw").resolve())}  # absolute for the workers
    assert here == there

    with Client(cluster, set_as_default=False) as client:  # the documents were processed there, not here
        computed = client.run_on_scheduler(
            lambda dask_scheduler: {k: dict(p.all_durations) for k, p in dask_scheduler.task_prefixes.items()})
    assert computed["process_task"].get("compute", 0) > 0, computed


def test_a_scheduler_that_is_not_there_is_one_line_and_fast(capsys, tmp_path):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    rc, out, err = cli(capsys, "run", SEED, "--out", tmp_path / "out", "--dask-address", f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - started < 3  # a refused port fails at once (Dask alone retries for its timeout)
    assert (rc, out) == (1, "")
    assert err == (f"error: no Dask scheduler answers at tcp://127.0.0.1:{port} (within 5 s): "
                   "start one (dask scheduler) or fix --dask-address\n")
    assert not (tmp_path / "out").exists()  # nothing written, no Prefect server started


def test_serve_checks_the_cluster_before_serving_in_one_line(prefect_harness, capsys, tmp_path):
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    rc, out, err = cli(capsys, "serve", "--cron", "0 6 * * *", SEED, "--out", tmp_path / "out",
                       "--dask-address", f"tcp://127.0.0.1:{port}")
    assert (rc, out) == (1, "")
    assert err == (f"error: no Dask scheduler answers at tcp://127.0.0.1:{port} (within 5 s): "
                   "start one (dask scheduler) or fix --dask-address\n")


@pytest.mark.flow
def test_scheduled_runs_go_to_the_cluster(real_server, cluster, tmp_path):
    """``figtrace serve --dask-address``: the run a client triggers runs its documents on the cluster."""
    out = tmp_path / "out"
    printed = serve_and_trigger(real_server, "--cron", "0 6 * * *", str(SEED), str(EN_LETTER), "--out", str(out),
                                "--dask-address", cluster)
    assert "state COMPLETED" in printed
    [row] = pd.read_parquet(out / "runs").to_dict("records")
    parameters = json.loads(row["parameters"])
    assert row["status"] == "ok"
    assert (parameters["engine"], parameters["dask_address"], parameters["workers"]) == ("dask", cluster, 2)
    assert sorted(pd.read_parquet(out / "documents")["language"]) == ["en", "zh"]


def test_something_else_answering_at_the_address_is_one_line(capsys, tmp_path):
    """An HTTP server where the scheduler should be: its reply is no Dask frame (once a 3 EiB allocation)."""
    import threading

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]

        def answer() -> None:
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:  # closed: the test is over
                    return
                with conn:
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

        threading.Thread(target=answer, daemon=True).start()
        rc, out, err = cli(capsys, "run", SEED, "--out", tmp_path / "out", "--dask-address", f"tcp://127.0.0.1:{port}")
    assert (rc, out) == (1, "")
    assert err == f"error: what answers at tcp://127.0.0.1:{port} is not a Dask scheduler: fix --dask-address\n"


def test_a_server_that_never_answers_is_one_line_within_the_timeout(capsys, tmp_path):
    """A port that accepts and then says nothing (Dask alone would wait for its handshake forever)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)  # the kernel accepts; nobody reads or writes
        port = server.getsockname()[1]
        started = time.monotonic()
        rc, out, err = cli(capsys, "run", SEED, "--out", tmp_path / "out", "--dask-address", f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - started < 15
    assert (rc, out) == (1, "")
    assert err.startswith(f"error: no Dask scheduler answers at tcp://127.0.0.1:{port} (within 5 s)") and err.count("\n") == 1


def test_a_secret_in_the_address_is_never_printed(capsys, tmp_path):
    rc, _, err = cli(capsys, "run", SEED, "--out", tmp_path / "out", "--dask-address", "tcp://user:s3cret@127.0.0.1:1")
    assert rc == 1 and "s3cret" not in err and "tcp://***@127.0.0.1:1" in err and len(err.splitlines()) == 1


def test_workers_under_a_nanny_are_refused_in_one_line(capsys, tmp_path):
    """A nanny runs its worker in a daemonic process, which cannot start the document workers."""
    procs = Processes(tmp_path)
    try:
        address = procs.scheduler()
        procs.worker(address, "nannied")  # dask's default: under a nanny
        wait_for_workers(address, 1)
        rc, out, err = cli(capsys, "run", SEED, "--out", tmp_path / "out", "--dask-address", address)
    finally:
        procs.stop()
    assert (rc, out) == (1, "") and len(err.splitlines()) == 1
    assert "runs in a daemonic process (under a nanny)" in err and f"dask worker {address} --no-nanny" in err


def _in_a_daemon(queue) -> None:
    from figtrace.errors import InputError
    from figtrace.run import worker

    try:
        queue.put(worker.call_with_time_limit("os:getpid", (), 10, "letter.txt"))
    except InputError as exc:
        queue.put(str(exc))


def test_a_daemonic_process_gets_an_input_error_not_an_assertion():
    """A worker that joins after the check (under a nanny) fails its documents one line each."""
    ctx = multiprocessing.get_context("forkserver")
    queue = ctx.Queue()
    proc = ctx.Process(target=_in_a_daemon, args=(queue,), daemon=True)
    proc.start()
    try:
        said = queue.get(timeout=60)
    finally:
        proc.join(10)
    assert said == ("letter.txt: a daemonic process cannot start the worker process "
                    "(a Dask worker: start it with --no-nanny)")


def test_the_checks_that_need_other_machines_say_what_to_do(tmp_path):
    """What a worker's probe reports on another machine (other code, no shared folder), judged."""
    from figtrace.run.version import code_version
    from flows.engine import EngineError, _judge

    good = {"daemon": False, "code_version": code_version(), "sees_out": True, "unseen": []}
    assert _judge("tcp://h:8786", tmp_path, {"tcp://a:1": good, "tcp://b:1": good}, 4).threads == 4
    cases = [
        ({"code_version": "0.0.1"}, "runs figtrace 0.0.1, this machine"),
        ({"sees_out": False}, f"cannot write the output folder {tmp_path}: every worker must see it at the same path"),
        ({"unseen": ["/in"]}, "cannot read /in: every worker must see the inputs at the same paths"),
    ]
    for change, words in cases:
        with pytest.raises(EngineError, match="^Dask worker tcp://b:1 ") as info:
            _judge("tcp://h:8786", tmp_path, {"tcp://a:1": good, "tcp://b:1": {**good, **change}}, 2)
        assert words in str(info.value)


@pytest.mark.parametrize("api_url, workers, refused", [
    (None, ["tcp://127.0.0.1:4100", "tcp://127.0.0.1:4101"], False),  # the temporary server, workers here
    ("http://127.0.0.1:4200/api", ["tcp://10.0.0.7:4100"], True),  # a worker elsewhere, the API on loopback
    (None, ["tcp://127.0.0.1:4100", "tcp://10.0.0.7:4100"], True),  # the temporary server listens on 127.0.0.1
    ("http://10.0.0.2:4200/api", ["tcp://10.0.0.7:4100"], False),  # a server the workers can reach
])
def test_workers_elsewhere_need_a_prefect_api_they_can_reach(api_url, workers, refused):
    from flows.engine import api_problem

    problem = api_problem(api_url, workers)
    assert (problem is not None) == refused
    if refused:
        assert problem.startswith("Dask workers on other machines cannot reach the Prefect API at ")
        assert problem.endswith("export PREFECT_API_URL=http://THIS-HOST:4200/api")


def test_the_settings_travel_to_the_workers_intact():
    """Task arguments reach a Dask worker pickled: the settings (non-default ones too) must survive it."""
    import pickle

    from figtrace.settings import Settings

    settings = Settings(reference_year=2020, language="fr", fetch_allowed_addresses=("10.0.0.0/8",)).replace(
        doc_time_limit_s=12.5)
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert pickle.loads(pickle.dumps(settings)).as_dict() == settings.as_dict()


def test_the_engine_module_examples():
    """flows/ is outside pytest's doctest paths: the examples of flows.engine run here."""
    import doctest

    import flows.engine

    assert doctest.testmod(flows.engine).failed == 0

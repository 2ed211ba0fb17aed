"""End-to-end corpus benchmark (issue 13): N letters through ``figtrace run``, then an unchanged rerun.

    python bench/bench_corpus.py 100 [--workers 2] [--server]

The letters are the bundled one with distinct symbols (so N distinct documents), plus
the development corpus lines when present.  Against a running server when
``PREFECT_API_URL`` is set or ``--server`` starts one (``prefect server start`` on a
loopback port with a PREFECT_HOME of its own, stopped at the end), else the temporary
one (about 11 s more per run).  Prints
seconds per letter, the share of wall time outside the core (orchestration,
validation, writing: 1 - core CPU seconds / (wall seconds x workers), the core timed
in this process on a sample), the peak RSS of any one figtrace process, the rerun time, and a
straight-line extrapolation to 10 000 letters.  The unchanged rerun is timed twice: as
``figtrace run`` records it (no Prefect flow: ``flows.unchanged``) and with ``--always-flow``
(a Prefect flow run, as a scheduled deployment makes it).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"


def make_letters(folder: Path, n: int) -> list[Path]:
    """``n`` copies of the seed letter with symbols of their own."""
    seed = SEED.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        text = seed.replace("A/75/709", f"A/75/{1000 + i}").replace("S/2021/39", f"S/2021/{5000 + i}")
        path = folder / f"L{i:05d}.zh.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def core_seconds(paths: list[Path], sample: int = 5) -> float:
    """CPU seconds of ``process_document`` per letter, on a sample, in this process."""
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    chosen = paths[:sample]
    process_document(str(chosen[0]), Settings(), "warm-up")
    start = time.process_time()
    for p in chosen:
        process_document(str(p), Settings(), "bench")
    return (time.process_time() - start) / len(chosen)


def figtrace_run(inputs: Path, out: Path, workers: int, *options: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out), "--workers", str(workers),
                    *options],
                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


@contextlib.contextmanager
def prefect_server(home: Path):
    """A ``prefect server start`` on 127.0.0.1 with its own PREFECT_HOME, ready; sets PREFECT_API_URL meanwhile."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "false"}
    prefect = [sys.executable, "-m", "prefect"]
    server = subprocess.Popen(prefect + ["server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    saved = os.environ.get("PREFECT_API_URL")
    try:
        subprocess.run(prefect + ["server", "status", "--wait", "--timeout", "120"], env=env, check=True,
                       capture_output=True, timeout=150)
        os.environ["PREFECT_API_URL"] = env["PREFECT_API_URL"]
        yield
    finally:
        os.environ.pop("PREFECT_API_URL") if saved is None else os.environ.update(PREFECT_API_URL=saved)
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=100)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--server", action="store_true", help="start a Prefect server for the runs")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = make_letters(folder, args.n)
        core = core_seconds(paths)
        server = prefect_server(Path(tmp) / "prefect") if args.server else contextlib.nullcontext()
        with server:
            where = "running server" if os.environ.get("PREFECT_API_URL") else "temporary server"
            first = figtrace_run(folder, Path(tmp) / "out", args.workers)
            rerun = figtrace_run(folder, Path(tmp) / "out", args.workers)
            flow_rerun = figtrace_run(folder, Path(tmp) / "out", args.workers, "--always-flow")
            # taken before the server is stopped and reaped: the figtrace processes' peak, not the server's
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    outside = 1 - core * args.n / (first * args.workers)
    print(f"{args.n} letters, {args.workers} workers, {where}")
    print(f"first run      {first:8.1f} s   {first / args.n:.3f} s/letter")
    print(f"core (1 cpu)   {core:8.3f} s/letter; share of wall x workers outside the core {outside:.0%}")
    print(f"unchanged rerun {rerun:7.1f} s   ({rerun / first:.1%} of the first run; recorded without Prefect)")
    print(f"  the same in a Prefect flow (--always-flow, as a scheduled run) {flow_rerun:.1f} s ({flow_rerun / first:.1%})")
    print(f"peak RSS of one figtrace process (the run, its workers) {peak_mb:.0f} MB")
    print(f"10 000 letters, straight line: {first / args.n * 10_000 / 60:.1f} min")


if __name__ == "__main__":
    main()

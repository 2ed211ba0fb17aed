"""Wall time of a cold `figtrace run` on the seed next to Prefect's own floor and the core alone.

    python bench/bench_run.py [--repeat 3]

Each "cold" figure is a new process (its own temporary Prefect server), as a user
or a scheduler starts it.  Prints one table; not a test.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def installed_script() -> str:
    """The ``figtrace`` script of this interpreter (not a version manager's shim, which adds its own start-up)."""
    beside = Path(sys.executable).parent / "figtrace"
    found = str(beside) if beside.exists() else shutil.which("figtrace")
    return found or sys.exit("figtrace is not installed: pip install -e .")


def core_seconds(repeat: int) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    from figtrace.ingest.files import read_source
    from figtrace.layout.parse import parse_document
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    process_document(SEED, Settings(), "bench")  # warm imports
    parse, full = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extraction, source = read_source(SEED)
        parse_document(extraction, source, Settings())
        t1 = time.perf_counter()
        process_document(SEED, Settings(), "bench")
        t2 = time.perf_counter()
        parse.append(t1 - t0)
        full.append(t2 - t1)
    return statistics.median(parse), statistics.median(full)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    env = dict(os.environ)
    figtrace = installed_script()
    wall([sys.executable, "bench/trivial_flow.py"], env)  # first use of PREFECT_HOME migrates its database
    runs, floors, early = [], [], []
    for _ in range(args.repeat):  # interleaved, so that the machine's load falls on all three alike
        with tempfile.TemporaryDirectory() as out:
            runs.append(wall([figtrace, "run", str(SEED), "--out", out], env))
        floors.append(wall([sys.executable, "bench/trivial_flow.py"], env))
        early.append(wall([sys.executable, "bench/trivial_flow.py", "--early-server"], env))
    parse_s, core_s = core_seconds(max(args.repeat, 5))
    run_s, floor_s, early_s = statistics.median(runs), statistics.median(floors), statistics.median(early)
    print(f"{'measure (median of ' + str(args.repeat) + ')':<52} {'seconds':>9}")
    print(f"{'cold `figtrace run` on the seed':<52} {run_s:9.2f}")
    print(f"{'cold trivial 3-task Prefect flow (floor)':<52} {floor_s:9.2f}")
    print(f"{'figtrace over the floor (target <= 1 s)':<52} {run_s - floor_s:9.2f}")
    print(f"{'cold trivial flow, started as figtrace starts':<52} {early_s:9.2f}")
    print(f"{'figtrace over that floor':<52} {run_s - early_s:9.2f}")
    print(f"{'core parse alone (read + layout)':<44} {parse_s:9.4f}")
    print(f"{'core, all stages (parse, cite, claims, flags)':<44} {core_s:9.4f}")


if __name__ == "__main__":
    main()

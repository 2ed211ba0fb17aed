"""Time records -> frame -> validate -> Arrow -> atomic Parquet for 100 000 claim rows.

    python bench/bench_validate.py [N] [--bad K]

Rows are copies of a seed-like claim with distinct ids (counts and dates mixed);
``--bad K`` breaks K of them so the quarantine path is timed too.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import schemas  # noqa: E402
from figtrace.run import store  # noqa: E402
from tests.cases import table_rows as r  # noqa: E402


def claim_rows(n: int, bad: int) -> list:
    templates = r.claims()
    rows = [dataclasses.replace(templates[i % 2], claim_id=f"c{i:07d}") for i in range(n)]
    for i in range(0, bad * (n // max(bad, 1)), n // max(bad, 1) or 1):
        rows[i] = dataclasses.replace(rows[i], value_low=9e9)  # low > best: quarantined
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--bad", type=int, default=0)
    args = parser.parse_args()
    rows = claim_rows(args.n, args.bad)
    times = {}
    t = time.perf_counter()
    df = schemas.frame_from_records("claims", rows)
    times["frame_from_records"] = time.perf_counter() - t
    t = time.perf_counter()
    valid, quarantined = schemas.validate("claims", df)
    times["validate"] = time.perf_counter() - t
    t = time.perf_counter()
    arrow = schemas.to_arrow("claims", valid)
    times["to_arrow"] = time.perf_counter() - t
    meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": r.RUN_ID, "figtrace.table": "claims"}
    with tempfile.TemporaryDirectory() as tmp:
        path = store.table_path(Path(tmp), "claims", "bench")
        t = time.perf_counter()
        store.write_parquet_atomic(path, arrow, meta)
        if len(quarantined):
            qpath = store.table_path(Path(tmp) / "quarantine", "claims", "bench")
            store.write_parquet_atomic(qpath, schemas.to_arrow("claims", quarantined, quarantine=True), meta)
        times["write_parquet_atomic"] = time.perf_counter() - t
        size = path.stat().st_size
    print(f"{args.n} claim rows ({len(valid)} valid, {len(quarantined)} quarantined), file {size / 1e6:.2f} MB")
    for step, seconds in times.items():
        print(f"  {step:<22} {seconds:7.3f} s")
    print(f"  {'validate + write':<22} {times['validate'] + times['to_arrow'] + times['write_parquet_atomic']:7.3f} s")
    print(f"  {'total':<22} {sum(times.values()):7.3f} s")


if __name__ == "__main__":
    main()

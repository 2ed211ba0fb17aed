"""Validation and writing per letter, one document at a time against a batch, beside the core (issue 13).

    python bench/bench_batch.py [N] [--batch 64]

N seed-sized letters (the bundled letter with symbols of their own) go through the core
(``process_document``), then through ``flows.steps.validate_and_stage_batch`` three times,
in the same process and on the same results: one document per call (as every run did
before batching), ``--batch`` documents per call written one folder per document, and
``--batch`` documents per call written as one part (as a large run does now,
``figtrace.run.parts``).  Prints seconds
per letter for each, split into building frames and validating (pandera), writing the
staging files, and making them durable, each as a share of the core's time: the target
is that validation and writing cost at most 20 % of the core.  Publishing (moving each
document's folder into place and linking it) is printed apart.  Figures only: not a test.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import schemas  # noqa: E402
from bench_corpus import make_letters  # noqa: E402
from figtrace.run import parts, publish, store  # noqa: E402
from figtrace.run.pipeline import process_document  # noqa: E402
from figtrace.settings import Settings  # noqa: E402
from flows import steps  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)


def _timed(name: str, func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - start
    return wrapper


# Attribute the staging time to its parts (the functions steps.py calls through these modules).
schemas.frame_from_records = _timed("frames + validation", schemas.frame_from_records)
schemas.validate = _timed("frames + validation", schemas.validate)
store.write_parquet_atomic = _timed("writing", store.write_parquet_atomic)
store.make_durable = _timed("durable", store.make_durable)


def stage(results: list, out: Path, run_id: str, size: int, as_parts: bool) -> tuple[float, list]:
    """Seconds to validate and stage ``results`` ``size`` documents per call (as parts or not); the summaries."""
    summaries = []
    with publish.RunStaging(out, run_id) as staging:
        start = time.perf_counter()
        for k in range(0, len(results), size):
            chunk = results[k:k + size]
            folders = [staging.doc_dir(k + i) for i in range(len(chunk))]
            part = staging.path / parts.part_name(run_id, k) if as_parts and len(chunk) > 1 else None
            done = steps.validate_and_stage_batch(chunk, folders, run_id, part)
            if part is not None:
                members = [parts.Member(s.doc_id, s.version, {"version_time": "2021-01-01T00:00:00+00:00"}) for s in done]
                parts.write_members(part, run_id, members)
            summaries += done
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        steps.publish_batch(out, summaries, run_id)
        SPENT["publishing"] += time.perf_counter() - start
    return seconds, summaries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=128)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = make_letters(folder, args.n)
        settings = Settings()
        process_document(str(paths[0]), settings, "warm-up")
        start = time.process_time()
        results = [process_document(str(p), settings, "bench") for p in paths]
        core = (time.process_time() - start) / args.n
        stage(results[:2], Path(tmp) / "warm", "warm-up", 2, True)  # first calls load pandera's backends
        print(f"{args.n} letters; core {core * 1000:.1f} ms CPU per letter")
        print(f"{'documents per call':<24} {'stage ms/letter':>16} {'of core':>8}   steps (ms/letter, share of core)")
        for size, as_parts in ((1, False), (args.batch, False), (args.batch, True)):
            SPENT.clear()
            seconds, _ = stage(results, Path(tmp) / f"out{size}{as_parts}", f"b{size}{as_parts}", size, as_parts)
            per = seconds / args.n
            steps_ = ", ".join(f"{name} {v / args.n * 1000:.1f} ({v / args.n / core:.0%})" for name, v in SPENT.items())
            label = f"{size}{' as a part' if as_parts else ''}"
            print(f"{label:<24} {per * 1000:16.1f} {per / core:8.0%}   {steps_}")


if __name__ == "__main__":
    main()

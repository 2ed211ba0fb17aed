"""Does the time to process one document grow linearly with its figures?  (issue 12)

Run: ``python bench/bench_growth.py [--scales 1 10 100] [--shapes ...] [--profile SHAPE:SCALE]``.

Each shape is a document built at 1x, 10x and 100x its figures and taken through the whole
core (``figtrace.run.pipeline.process_document``: layout, sources, claims, flags; no
Prefect, no validation).  Printed per shape: the figures found (claims), the seconds at
each scale, and the growth ratio ``(t(Nx) / t(1x)) / (claims(Nx) / claims(1x))``: 1.0 is
linear, about N would be quadratic.  The target is a ratio of at most 1.5.  Shapes (all figures in places where they
count, so that every rule sees them):

* ``sentence``: one Chinese sentence of counts (claim context searched per figure);
* ``paragraph``: one paragraph of sentences each holding a date, a count and a duration
  (dates looked up per figure, durations anchored);
* ``paragraphs``: one short paragraph per figure, every count the same measure
  (inconsistent-measure compared every pair);
* ``english``: one English paragraph of counts;
* ``seed``: the bundled letter repeated (the issue's 5 MB reproducer at 100x).

Not a timed test: figures only (``tests/test_growth.py`` checks 1x against 10x with a wide
margin).  One core, best of ``--repeat`` runs at each scale: on a machine shared with
other work the ratios move by a few tenths from run to run; Python's cyclic garbage
collector, which rescans a heap that grows with the document, accounts for most of what
remains above 1.0 (``gc.disable()`` gives about 1.0 on the shapes above).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figtrace.run.pipeline import process_document  # noqa: E402
from figtrace.settings import Settings  # noqa: E402

SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"
TITLE_ZH = "2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信\n"
TITLE_EN = ("Letter dated 12 January 2021 from the Permanent Representative of Freedonia to the United Nations "
            "addressed to the Secretary-General\n\n")


def sentence(n: int) -> str:
    return TITLE_ZH + " 据报，" + "，".join(f"在舒沙镇有 {100 + i} 名平民死亡" for i in range(n)) + "。\n"


def paragraph(n: int) -> str:
    body = "".join(f"1993 年 7 月 {1 + i % 28} 日，在舒沙镇有 {100 + i} 名平民死亡，冲突持续了 {2 + i % 9} 天。"
                   for i in range(n))
    return TITLE_ZH + " " + body + "\n"


def paragraphs(n: int) -> str:
    return TITLE_ZH + "".join(f" 1993 年 7 月 23 日，在舒沙镇有 {100 + i} 名平民死亡。\n" for i in range(n))


def english(n: int) -> str:
    body = " ".join(f"On {1 + i % 28} March 2020, {100 + i} civilians were killed in the town of Northvale."
                    for i in range(n))
    return TITLE_EN + body + "\n"


def seed(n: int) -> str:
    text = SEED.read_text(encoding="utf-8")
    return "\n".join([text] * n)


SHAPES = {  # shape -> (builder, figures-ish units at 1x)
    "sentence": (sentence, 2000), "paragraph": (paragraph, 600), "paragraphs": (paragraphs, 1500),
    "english": (english, 1000), "seed": (seed, 10),
}


def timed(text: str, repeat: int) -> tuple[float, int]:
    """Best wall time of ``process_document`` on ``text`` (written to a file, no sidecar), and its claims."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.txt"
        path.write_text(text, encoding="utf-8")
        best, claims = float("inf"), 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = process_document(path, Settings(), "bench")
            best = min(best, time.perf_counter() - t0)
            claims = len(result.tables["claims"])
    return best, claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", metavar="SHAPE:SCALE", help="print a cProfile of one shape at one scale instead")
    args = ap.parse_args()
    if args.profile:
        shape, scale = args.profile.split(":")
        build, unit = SHAPES[shape]
        text = build(unit * int(scale))
        cProfile.runctx("timed(text, 1)", globals(), {"text": text}, "/tmp/bench_growth.prof")
        pstats.Stats("/tmp/bench_growth.prof").sort_stats("cumulative").print_stats(30)
        return
    header = "".join(f"{f'{s}x s':>10}" for s in args.scales)
    ratios = "".join(f"{f'ratio {s}x':>11}" for s in args.scales[1:])
    print(f"{'shape':<12}{'claims 1x':>10}{f'claims {args.scales[-1]}x':>13}{header}{ratios}"
          "   (ratio: time growth / claims growth)")
    worst = 0.0
    for shape in args.shapes:
        build, unit = SHAPES[shape]
        times, counts = [], []
        for s in args.scales:
            t, c = timed(build(unit * s), args.repeat)
            times.append(t)
            counts.append(c)
        growth = [(t / times[0]) / (c / counts[0]) for t, c in zip(times[1:], counts[1:])]
        worst = max([worst, *growth])
        print(f"{shape:<12}{counts[0]:>10}{counts[-1]:>13}" + "".join(f"{t:>10.2f}" for t in times)
              + "".join(f"{g:>11.2f}" for g in growth), flush=True)
    print(f"worst growth ratio {worst:.2f} (target <= 1.5): {'ok' if worst <= 1.5 else 'TOO STEEP'}")


if __name__ == "__main__":
    main()

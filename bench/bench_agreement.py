"""Chinese-English agreement on the development corpus, beside a naive digit scan.

Run: ``python bench/bench_agreement.py [--show N]``.  Reads ``shared/corpus/unpc-dev/{zh,en}.txt``
beside the repository or a folder above it (``../shared``; 3 116 aligned UN sentences of 2015,
UN Parallel Corpus v1.0, Ziemski et al., LREC 2016) and reads each line of each language as a
one-line text file (``reference_year=2015``: the corpus's year).  For every line it compares
what the two sides give:

- figtrace: the multiset of counts (low, best, high), dates (first and last day) and
  durations (unit, low, best, high) of each side;
- the naive baseline: the multiset of digit runs (``\\d+``) of each side.

A line agrees when the two multisets are equal (two sides with nothing agree).  Printed: the
share of agreeing lines over all lines and over the lines where either side holds a digit or
a number word (the lines with something to agree on), and with ``--show N`` the first N
lines where figtrace disagrees.  A benchmark, not a test; the target is 0.80 of all lines.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold.corpus_selection import EN_NUMBER, ZH_NUMBER, corpus_lines, find_corpus  # noqa: E402
from tests.score_corpus import SETTINGS, line_claims  # noqa: E402

_DIGITS = re.compile(r"\d+")


def _round(v):
    return None if v is None else round(float(v), 6)


def facts(text: str, lang: str) -> Counter:
    """The multiset of figures, dates and durations figtrace reads in one line."""
    _, claims = line_claims(text, lang, SETTINGS)
    out = Counter()
    for c in claims:
        if c.kind == "date":
            out[("date", c.date_start, c.date_end)] += 1
        else:
            unit = c.unit if c.kind == "duration" else None
            out[(c.kind, unit, _round(c.value_low), _round(c.value_best), _round(c.value_high))] += 1
    return out


def naive(text: str) -> Counter:
    """The multiset of digit runs of one line."""
    return Counter(_DIGITS.findall(text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N lines where figtrace disagrees")
    args = parser.parse_args(argv)
    if find_corpus() is None:
        print("shared/corpus/unpc-dev not found beside the repository or above it: nothing to measure")
        return 1
    zh, en = corpus_lines("zh"), corpus_lines("en")
    t0 = time.perf_counter()
    ours, base, informative, shown = [], [], [], 0
    for n, (z, e) in enumerate(zip(zh, en), 1):
        fz, fe = facts(z, "zh"), facts(e, "en")
        ours.append(fz == fe)
        base.append(naive(z) == naive(e))
        informative.append(bool(ZH_NUMBER.search(z) or EN_NUMBER.search(e)))
        if fz != fe and shown < args.show:
            shown += 1
            print(f"line {n}:\n  zh {sorted(fz.elements(), key=str)}\n  en {sorted(fe.elements(), key=str)}")
    seconds = time.perf_counter() - t0
    sub = [i for i, x in enumerate(informative) if x]
    print(f"{len(zh)} aligned lines ({len(sub)} with a digit or number word on either side), {seconds:.1f} s")
    print(f"{'':<22}{'all lines':>10}{'with numbers':>14}")
    for name, agree in (("figtrace", ours), ("naive digit scan", base)):
        print(f"{name:<22}{sum(agree) / len(agree):>10.3f}{sum(agree[i] for i in sub) / len(sub):>14.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

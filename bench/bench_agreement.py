"""Each language's agreement with English on the development corpus, beside a naive digit scan.

Run: ``python bench/bench_agreement.py [--langs zh fr es ru ar] [--show N]``.  Reads
``shared/corpus/unpc-dev/{lang}.txt`` beside the repository or a folder above it (``../shared``;
3 116 aligned UN sentences of 2015 in the six languages, UN Parallel Corpus v1.0, Ziemski et
al., LREC 2016) and reads each line of each language as a one-line text file in that language
(``reference_year=2015``: the corpus's year).  For every line it compares what the language's
side and the English side give:

- figtrace: the multiset of counts (low, best, high), dates (first and last day) and
  durations (unit, low, best, high) of each side;
- the naive baseline: the multiset of digit runs (``\\d+``, Arabic-Indic digits read as
  digits) of each side.

A line agrees when the two multisets are equal (two sides with nothing agree).  Printed, per
language: the share of agreeing lines over all lines and over the lines where either side
holds a digit or a number word (the lines with something to agree on), figtrace beside the
naive scan of the same pair, and the seconds per million characters figtrace took on that
language's lines; with ``--show N`` the first N lines where figtrace disagrees.  A
benchmark, not a test; the target is 0.80 of all lines for every language.
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

from figtrace.lang.number_tables import reading_text
from tests.gold.corpus_selection import EN_NUMBER, NUMBER_RES, corpus_lines, find_corpus
from tests.score_corpus import SETTINGS, line_claims

_DIGITS = re.compile(r"[0-9]+")
LANGS = ("zh", "fr", "es", "ru", "ar")


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
    """The multiset of digit runs of one line (Arabic-Indic digits as the digits they are)."""
    return Counter(_DIGITS.findall(reading_text(text, "ar")))


def agreement(lang: str, en: list[str], show: int = 0) -> dict:
    """{ours, naive, ours_informative, naive_informative, lines, informative, seconds_per_mchar} of one language."""
    lines = corpus_lines(lang)
    ours, base, informative, shown, seconds, chars = [], [], [], 0, 0.0, 0
    for n, (x, e) in enumerate(zip(lines, en), 1):
        fe = facts(e, "en")
        t0 = time.perf_counter()
        fx = facts(x, lang)
        seconds += time.perf_counter() - t0
        chars += len(x)
        ours.append(fx == fe)
        base.append(naive(x) == naive(e))
        informative.append(bool(NUMBER_RES[lang].search(x) or EN_NUMBER.search(e)))
        if fx != fe and shown < show:
            shown += 1
            print(f"{lang} line {n}:\n  {lang} {sorted(fx.elements(), key=str)}\n  en {sorted(fe.elements(), key=str)}")
    sub = [i for i, x in enumerate(informative) if x]
    share = lambda agree, rows: sum(agree[i] for i in rows) / len(rows)
    every = range(len(ours))
    return dict(ours=share(ours, every), naive=share(base, every), ours_informative=share(ours, sub),
                naive_informative=share(base, sub), lines=len(ours), informative=len(sub),
                seconds_per_mchar=seconds / chars * 1e6)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--langs", nargs="+", default=list(LANGS), choices=LANGS)
    parser.add_argument("--show", type=int, default=0, help="print the first N lines where figtrace disagrees")
    args = parser.parse_args(argv)
    if find_corpus() is None:
        print("shared/corpus/unpc-dev not found beside the repository or above it: nothing to measure")
        return 1
    en = corpus_lines("en")
    t0 = time.perf_counter()
    en_seconds = 0.0
    for e in en:
        t1 = time.perf_counter()
        facts(e, "en")
        en_seconds += time.perf_counter() - t1
    print(f"{len(en)} aligned lines; English read at {en_seconds / sum(map(len, en)) * 1e6:.2f} s per million characters")
    print(f"{'pair':<7}{'figtrace':>10}{'naive':>8}{'figtrace':>11}{'naive':>8}{'lines':>8}{'s/Mchar':>9}")
    print(f"{'':<7}{'all lines':>18}{'with numbers':>19}")
    for lang in args.langs:
        r = agreement(lang, en, args.show)
        print(f"{lang}-en  {r['ours']:>9.3f}{r['naive']:>8.3f}{r['ours_informative']:>11.3f}{r['naive_informative']:>8.3f}"
              f"{r['informative']:>8d}{r['seconds_per_mchar']:>9.2f}")
    print(f"{time.perf_counter() - t0:.1f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Throughput of the claim extractor on the seed letter's body repeated to 5 MB and 10 MB.

Run: ``python bench/bench_extract.py [--sizes 5 10]``.  Prints, per size, MB/s (UTF-8
megabytes of body text), claims/s, and - measured in the same run on the same text - the
ratio of the extractor's time to one bare ``re.finditer(r"\\d+")`` pass.  Two sizes show
whether time grows linearly.  One core, no parallelism.  Not a timed test: figures only.

``--corpus`` measures instead each of the six languages on its side of the development
corpus (``../shared/corpus/unpc-dev/{lang}.txt``, the same 3 116 sentences in each, read as
one document in that language, one sentence a paragraph): microseconds per character and
the ratio to the mean of Chinese and English (issue 10: within 2x).
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figtrace.claims.extract import extract_claims  # noqa: E402
from figtrace.ingest.files import read_source  # noqa: E402
from figtrace.layout.parse import parse_document  # noqa: E402
from figtrace.records import ParsedDocument  # noqa: E402
from figtrace.settings import Settings  # noqa: E402
from figtrace.sources.footnotes import footnote_links  # noqa: E402

SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"


def repeated_document(seed: ParsedDocument, megabytes: float) -> ParsedDocument:
    """The seed's body repeated (paragraphs, sentences and markers shifted) to >= ``megabytes`` of UTF-8."""
    body = seed.text[: seed.body_char_end] + "\n"
    copies = int(megabytes * 1e6 // len(body.encode("utf-8"))) + 1
    shift = len(body)
    paras, sents, marks = [], [], []
    for k in range(copies):
        d = k * shift
        tag = f"/r{k}"
        paras += [dataclasses.replace(p, passage_id=p.passage_id + tag, char_start=p.char_start + d,
                                      char_end=p.char_end + d) for p in seed.paragraphs]
        sents += [dataclasses.replace(s, passage_id=s.passage_id + tag, parent_id=s.parent_id + tag,
                                      char_start=s.char_start + d, char_end=s.char_end + d) for s in seed.sentences]
        marks += [dataclasses.replace(m, char_start=m.char_start + d, char_end=m.char_end + d) for m in seed.markers]
    text = body * copies
    return dataclasses.replace(seed, text=text, body_char_end=len(text), raw_offsets=None, paragraphs=tuple(paras),
                               sentences=tuple(sents), markers=tuple(marks), footnotes=(), headings=())


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def corpus_speeds(repeat: int) -> None:
    """Microseconds per character of each language's side of the corpus, and its ratio to zh/en."""
    from figtrace.records import Extraction, SourceInfo
    from tests.gold.corpus_selection import corpus_lines, find_corpus

    if find_corpus() is None:
        print("shared/corpus/unpc-dev not found beside the repository or above it: nothing to measure")
        return
    rows = {}
    for lang in ("zh", "en", "fr", "es", "ru", "ar"):
        text = "\n\n".join(corpus_lines(lang)) + "\n"
        source = SourceInfo(path=f"corpus.{lang}.txt", source_uri="corpus", raw_sha256="0" * 64, language=lang)
        doc = parse_document(Extraction(text), source, Settings(reference_year=2015))
        links = footnote_links(doc)
        t, claims = best_of(lambda: extract_claims(doc, links, Settings(reference_year=2015), "bench"), repeat)
        rows[lang] = (len(doc.text), t, len(claims))
    base = (rows["zh"][1] / rows["zh"][0] + rows["en"][1] / rows["en"][0]) / 2
    print(f"{'lang':<6}{'chars':>10}{'seconds':>9}{'us/char':>9}{'vs zh/en':>10}{'claims':>8}")
    for lang, (chars, t, n) in rows.items():
        print(f"{lang:<6}{chars:>10d}{t:>9.2f}{t / chars * 1e6:>9.3f}{t / chars / base:>10.2f}{n:>8d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=float, nargs="+", default=[5.0, 10.0], help="sizes in MB (UTF-8)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--corpus", action="store_true", help="each language's side of the development corpus")
    args = ap.parse_args()
    if args.corpus:
        corpus_speeds(args.repeat)
        return
    seed = parse_document(*read_source(SEED), Settings())
    digits = re.compile(r"\d+")
    print(f"{'MB':>7} {'chars':>10} {'seconds':>8} {'MB/s':>7} {'claims':>8} {'claims/s':>10} "
          f"{'re_s':>9} {'ratio':>6}")
    rows = []
    for size in args.sizes:
        doc = claims = None
        gc.collect()  # the previous size's document must not weigh on this one
        doc = repeated_document(seed, size)
        mb = len(doc.text.encode("utf-8")) / 1e6
        t_re, _ = best_of(lambda: sum(1 for _ in digits.finditer(doc.text)), args.repeat)
        links = footnote_links(doc)  # the sources stage's records, as the pipeline hands them on
        t_ex, claims = best_of(lambda: extract_claims(doc, links, Settings(), "bench"), args.repeat)
        rows.append((mb, t_ex))
        print(f"{mb:7.2f} {len(doc.text):10d} {t_ex:8.2f} {mb / t_ex:7.2f} {len(claims):8d} "
              f"{len(claims) / t_ex:10.0f} {t_re:9.3f} {t_ex / t_re:6.1f}")
    if len(rows) >= 2:
        (m0, t0), (m1, t1) = rows[0], rows[-1]
        print(f"growth: size x{m1 / m0:.2f} -> time x{t1 / t0:.2f} (linear would be x{m1 / m0:.2f})")


if __name__ == "__main__":
    main()

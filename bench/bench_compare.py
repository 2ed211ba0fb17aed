"""Language-version pairing on the UN Parallel Corpus, and the time to compare against the time to extract.

Run: ``python bench/bench_compare.py [--corpus DIR] [--pairs zh-en ...] [--docs 1000] [--show N]``.

The corpus (``shared/corpus/unpc-dev``, found beside the checkout, else ``--corpus``) aligns
3 116 sentences of 573 UN documents in six languages line by line. Each symbol becomes one
document per language (``tests/parallel.py``: masthead symbol, one paragraph per line, no
sidecar; French and Spanish get their language from a sidecar, since layout's script guess
cannot tell them from English), goes through the real layout and claim stages, and every pair
of versions through ``figtrace.compare.versions.pair_versions``. Per language pair it prints:

- pairing precision: of the figures paired, the share paired with a figure of the same line;
- coverage: of the lines holding a figure in either version, the share whose figures all
  found a counterpart;
- extraction agreement: the share of those lines where both versions hold as many figures of
  each kind (an upper bound of coverage that no pairing can lift: a figure read in one language
  only has no counterpart), and coverage on those lines (the pairing's own share);
- ``differ`` pairs, and among them those whose two surfaces write the same digits (one figure in
  two forms called different: the target is none).

Then, for ``--docs`` documents (zh and en versions of the first symbols), the time to extract
them (``process_document`` from files, best of ``--repeat``) and to validate and write their
tables as a run does (measured on 100 documents, scaled), against the time to compare them: in
memory (``compare_corpus``) and end to end from the Parquet tables (``flows.compare.compare_outputs``:
read back, compare, validate, write), with the document pairs blocking let through.
Only zh and en have a complete grammar (``figtrace.lang.registry.COMPLETE``); the other pairs
are printed for what the partial grammars read. Figures only: not a timed test.
"""
from __future__ import annotations

import argparse
import collections
import gc
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import schemas  # noqa: E402
from figtrace.compare.across import candidate_pairs  # noqa: E402
from figtrace.compare.align import number_tokens  # noqa: E402
from figtrace.compare.corpus import Corpus, info_of_parsed  # noqa: E402
from figtrace.compare.stage import compare_corpus  # noqa: E402
from figtrace.compare.versions import pair_versions, version_pairs  # noqa: E402
from figtrace.lang.registry import COMPLETE  # noqa: E402
from figtrace.run import store  # noqa: E402
from figtrace.run.pipeline import all_passages, process_document  # noqa: E402
from figtrace.settings import Settings  # noqa: E402
from tests.parallel import LANGUAGES, find_corpus, line_of, read_corpus  # noqa: E402
from tests.stages import claims_of  # noqa: E402

SIDECAR = ("fr", "es")  # script detection reads these as English


def extract_all(docs, languages):
    """{(symbol, lang): (claims, passages, line starts)} for every document of the corpus."""
    out = {}
    for a in docs:
        for lang in languages:
            doc = a.parse(lang, sidecar=lang in SIDECAR)
            out[(a.symbol, lang)] = (claims_of(doc), all_passages(doc), a.line_starts(doc, lang))
    return out


def score_pair(docs, data, left: str, right: str) -> dict:
    """Pairing precision, coverage, extraction agreement and differ pairs of one language pair."""
    s = collections.Counter()
    differ, uncovered = [], []
    for a in docs:
        figures: dict[int, list] = collections.defaultdict(list)
        (cl, pl, sl), (cr, pr, sr) = data[(a.symbol, left)], data[(a.symbol, right)]
        lines: dict[int, list] = collections.defaultdict(lambda: [0, 0, collections.Counter(), collections.Counter()])
        for p in pair_versions(pl, cl, pr, cr):
            both = p.left is not None and p.right is not None
            if both:
                s["paired"] += 1
                s["same_line"] += line_of(sl, p.left.char_start) == line_of(sr, p.right.char_start)
            if p.relation == "differ":
                same_digits = number_tokens(p.left.surface) == number_tokens(p.right.surface) != ()
                s["differ"] += 1
                s["differ_same_digits"] += same_digits
                differ.append((a.symbol, p.left.surface, p.right.surface, same_digits))
            ends = [line_of(sl, p.left.char_start) if p.left else None, line_of(sr, p.right.char_start) if p.right else None]
            for c, starts, side in ((p.left, sl, 2), (p.right, sr, 3)):
                if c is not None:
                    k = line_of(starts, c.char_start)
                    entry = lines[k]
                    entry[0] += 1
                    entry[1] += both
                    entry[side][c.kind] += 1
                    figures[k].append((side, c, p.relation, ends[3 - side] if both and ends[3 - side] != k else None))
        for k, (n, ok, kinds_l, kinds_r) in lines.items():
            s["lines"] += 1
            s["covered"] += n == ok
            if kinds_l == kinds_r:
                s["agreeing_lines"] += 1
                s["covered_agreeing"] += n == ok
            if n != ok:
                uncovered.append((a, k, kinds_l == kinds_r, figures[k]))
        s["figures_left"] += len(cl)
        s["figures_right"] += len(cr)
    s["differ_list"] = differ
    s["uncovered"] = uncovered
    return s


def write_uncovered(path: Path, root: Path, left: str, right: str, uncovered: list) -> None:
    """Every line whose figures did not all find a counterpart, with its corpus line number (from 1),
    both texts and each figure (side, kind, value, unit, qualifier, relation), for classifying causes."""
    number = {}
    for n, text in enumerate((root / f"{left}.txt").read_text(encoding="utf-8").split("\n"), 1):
        number.setdefault(text, n)
    with path.open("a", encoding="utf-8") as out:
        for a, k, agree, figures in uncovered:
            lt, rt = a.lines[left][k], a.lines[right][k]
            out.write(f"=== {left}-{right} line {number.get(lt, '?')} {a.symbol} "
                      f"{'extraction agrees' if agree else 'extraction differs'}\n  {left}: {lt}\n  {right}: {rt}\n")
            for side, c, rel, elsewhere in sorted(figures, key=lambda t: (t[0], t[1].char_start)):
                rel += f" (with line +{elsewhere - k})" if elsewhere is not None else ""
                out.write(f"    {left if side == 2 else right} {rel:10} {c.kind:8} {c.surface!r} "
                          f"[{c.value_low}, {c.value_best}, {c.value_high}] {c.unit or ''} {c.qualifier or ''} "
                          f"{c.date_start or ''}\n")


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def pairing_table(docs, data, pairs: list[tuple[str, str]], show: int,
                  dump: Path | None = None, root: Path | None = None) -> None:
    print(f"{'pair':7} {'grammar':8} {'figures':>13} {'paired':>7} {'precision':>9} {'lines':>6} {'coverage':>8} "
          f"{'extr.agree':>10} {'cov|agree':>9} {'differ':>6} {'same-digit differ':>17}")
    for left, right in pairs:
        r = score_pair(docs, data, left, right)
        grammar = "complete" if left in COMPLETE and right in COMPLETE else "partial"
        print(f"{left}-{right:4} {grammar:8} {r['figures_left']:>6}/{r['figures_right']:<6} {r['paired']:>7} "
              f"{ratio(r['same_line'], r['paired']):>9} {r['lines']:>6} {ratio(r['covered'], r['lines']):>8} "
              f"{ratio(r['agreeing_lines'], r['lines']):>10} {ratio(r['covered_agreeing'], r['agreeing_lines']):>9} "
              f"{r['differ']:>6} {r['differ_same_digits']:>17}")
        if dump is not None:
            write_uncovered(dump, root, left, right, r["uncovered"])
        for symbol, ls, rs, same in r["differ_list"][:show]:
            print(f"    differ{' (same digits)' if same else ''}: {symbol}: {ls!r} / {rs!r}")


PUBLISH_SAMPLE = 100


def publish(results, out: Path) -> None:
    """Validate every table of each document and write it, as a run publishes (the timed part)."""
    for res in results:
        for table, rows in res.tables.items():
            good, _ = schemas.validate(table, schemas.frame_from_records(table, rows, run_id="bench"))
            meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": "bench", "figtrace.table": table}
            store.write_parquet_atomic(store.table_path(out, table, res.doc.doc_id), schemas.to_arrow(table, good), meta)


def write_tables(results, out: Path) -> None:
    """The documents' tables as Parquet, as a run publishes them; only claims are validated (the
    values compare reads: a run never publishes a claim its model refuses), to keep this part short."""
    for res in results:
        for table, rows in res.tables.items():
            frame = schemas.frame_from_records(table, rows, run_id="bench")
            if table == "claims":
                frame, _ = schemas.validate(table, frame)
            meta = {"figtrace.schema_version": schemas.SCHEMA_VERSION, "figtrace.run_id": "bench", "figtrace.table": table}
            store.write_parquet_atomic(store.table_path(out, table, res.doc.doc_id), schemas.to_arrow(table, frame), meta)


def best_of(fn, repeat: int):
    """(the shortest wall time of ``repeat`` calls, the last result): the machine may be shared."""
    best, out = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def timing(docs, n: int, repeat: int) -> None:
    from flows.compare import compare_outputs

    chosen = docs[: (n + 1) // 2]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inputs"
        folder.mkdir()
        paths = []
        for a in chosen:
            for lang in ("zh", "en"):
                path = folder / a.file_name(lang)
                path.write_text(a.text(lang), encoding="utf-8")
                paths.append(path)
        t_extract, results = best_of(lambda: [process_document(p, Settings(), "bench") for p in paths], repeat)
        corpus = Corpus()
        for res in results:
            corpus.add(info_of_parsed(res.doc, res.source.source_uri), res.tables["claims"], res.tables["passages"])
        t_compare, result = best_of(lambda: compare_corpus(corpus, [], "bench"), repeat)
        sample = results[:PUBLISH_SAMPLE]
        t0 = time.perf_counter()
        publish(sample, Path(tmp) / "sample")
        t_publish = (time.perf_counter() - t0) * len(results) / len(sample)
        out = Path(tmp) / "processed"
        write_tables(results, out)
        t_outputs, _ = best_of(lambda: compare_outputs(out, "bench"), repeat)
    claims = [c for cs in corpus.claims.values() for c in cs]
    n_docs = len(corpus.docs)
    versions = version_pairs(corpus.docs.values())
    blocked = {(a.doc_id, b.doc_id) for a, b in candidate_pairs(claims, corpus.docs)}
    print(f"\n{n_docs} documents ({sum(len(v) for v in corpus.claims.values())} figures), "
          f"{len(result.rows)} comparison rows")
    print(f"  document pairs compared: {len(versions)} version pairs + {len(blocked)} pairs sharing a blocking key, "
          f"of {n_docs * (n_docs - 1) // 2} possible")
    run_path = t_extract + t_publish
    print(f"  extract (process_document from files):  {t_extract:7.2f} s   (best of {repeat})")
    print(f"  + validate and write every table:       {t_publish:7.2f} s   (as a run publishes; measured on "
          f"{PUBLISH_SAMPLE} documents, scaled)")
    print(f"  compare in memory (compare_corpus):      {t_compare:7.2f} s  ({t_compare / t_extract:.2f} x extract)")
    print(f"  compare from Parquet (compare_outputs):  {t_outputs:7.2f} s  ({t_outputs / t_extract:.2f} x extract, "
          f"{t_outputs / run_path:.2f} x extract + publish)")
    seed = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"
    t_seed, _ = best_of(lambda: process_document(seed, Settings(), "bench"), repeat)
    per_doc = 1000 / n_docs
    print(f"  for scale: the bundled 13-page letter takes {t_seed * 1000:.0f} ms to extract; these few-line corpus "
          f"documents {t_extract * per_doc:.1f} ms each, comparing them from Parquet {t_outputs * per_doc:.1f} ms each")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=None, help="folder holding ids.txt and <lang>.txt")
    ap.add_argument("--pairs", nargs="*", default=None, help="language pairs such as zh-en (default: every pair)")
    ap.add_argument("--docs", type=int, default=1000, help="documents for the timing (default 1000; 0 skips the timing)")
    ap.add_argument("--show", type=int, default=0, help="list up to N differ pairs per language pair")
    ap.add_argument("--uncovered", type=Path, default=None,
                    help="write every uncovered line (both texts, each figure) to this file")
    ap.add_argument("--repeat", type=int, default=3, help="timings: best of N (default 3)")
    args = ap.parse_args()
    root = args.corpus or find_corpus()
    if root is None:
        print("no corpus: shared/corpus/unpc-dev not found beside the checkout (give --corpus)")
        return
    pairs = ([tuple(p.split("-")) for p in args.pairs] if args.pairs is not None
             else [("zh", "en")] + [p for p in itertools.combinations(LANGUAGES, 2) if p != ("zh", "en")])
    languages = sorted({lang for p in pairs for lang in p} | {"zh", "en"})
    docs = read_corpus(root, LANGUAGES)
    t0 = time.perf_counter()
    data = extract_all(docs, languages)
    print(f"corpus {root}: {len(docs)} symbols, {len(languages)} languages, extracted in "
          f"{time.perf_counter() - t0:.1f} s\n")
    if args.uncovered is not None:
        args.uncovered.write_text("", encoding="utf-8")
    pairing_table(docs, data, pairs, args.show, args.uncovered, root)
    if args.docs > 0:  # --docs 0: the pairing table only (no documents to time, no ratio to divide by)
        timing(docs, args.docs, args.repeat)


if __name__ == "__main__":
    main()

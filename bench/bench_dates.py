"""Dates and durations on a hand-written list: exact intervals, found-but-wrong, false durations, per language.

Run: ``python bench/bench_dates.py [--list bench/dates_bench.tsv] [--quiet]``.  Each expression of the
list (written by hand with the interval it names, from the expression and the README conventions,
never from the extractor) is one sentence of a one-paragraph letter dated 2015-12-31 in its language
(year-less dates take that year), run through the claim extractor.  A date row is exact when the
extractor's date claims name exactly its intervals (a pair gives two); found-but-wrong when it gives
date claims with other intervals; missed when none.  A duration row is exact when one duration claim
has its qualifier, bounds and unit.  False durations are duration claims on a date row (a year read as
a length of time is counted apart).  Targets (issue 16): exact >= 0.95 per language for dates and for
durations, no year read as a duration.  Figures only; not a timed test.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from figtrace.claims.extract import extract_claims  # noqa: E402
from figtrace.records import DocumentMeta, Page, ParsedDocument, Passage  # noqa: E402
from figtrace.settings import Settings  # noqa: E402
from figtrace.sources.footnotes import footnote_links  # noqa: E402

LIST = ROOT / "bench" / "dates_bench.tsv"
LETTER_DATE = dt.date(2015, 12, 31)
END = {"zh": "。", "en": "."}


def load(path: Path) -> list[tuple[str, str, str, str]]:
    """(language, kind, expression, expected) rows of the list; '#' lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, kind, expr, expected = line.split("\t")
            rows.append((lang, kind, expr, expected))
    return rows


def one_sentence_letter(text: str, lang: str) -> ParsedDocument:
    """A letter dated LETTER_DATE whose body is one paragraph of one sentence."""
    doc_id = f"BENCH:{lang}"
    para = Passage(f"{doc_id}/p1", doc_id, "paragraph", None, 1, 1, 0, len(text), text)
    sent = Passage(f"{doc_id}/p1/s1", doc_id, "sentence", para.passage_id, 1, 1, 0, len(text), text)
    meta = DocumentMeta(("BENCH",), lang, None, LETTER_DATE, None, None, None, ())
    return ParsedDocument(doc_id, text, len(text), None, (Page(1, 0, len(text)),), meta, (), (para,), (sent,), (),
                          None, ())


def claims_of(expr: str, lang: str):
    doc = one_sentence_letter(expr + END[lang], lang)
    return extract_claims(doc, footnote_links(doc), Settings(), "bench")


def _bound(v: str) -> float | None:
    return None if v == "-" else float(v)


def score_date(claims, expected: str) -> tuple[str, int, int]:
    """(outcome, false durations, years read as durations) of a date row."""
    want = sorted(tuple(dt.date.fromisoformat(x) for x in part.split("/")) for part in expected.split(";"))
    got = sorted((c.date_start, c.date_end) for c in claims if c.kind == "date" and c.date_start is not None)
    durations = [c for c in claims if c.kind == "duration"]
    years = sum(c.unit == "years" for c in durations)
    outcome = "exact" if got == want else "wrong" if got else "missed"
    return outcome, len(durations), years


def score_duration(claims, expected: str) -> str:
    qual, low, best, high, unit = expected.split()
    want = (qual, _bound(low), _bound(best), _bound(high), unit)
    got = [(c.qualifier, c.value_low, c.value_best, c.value_high, c.unit) for c in claims if c.kind == "duration"]
    return "exact" if got == [want] else "wrong" if got else "missed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", type=Path, default=LIST)
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of the rows not read exactly")
    args = parser.parse_args()
    tally: dict[tuple[str, str], Counter] = {}
    misses = []
    for lang, kind, expr, expected in load(args.list):
        claims = claims_of(expr, lang)
        t = tally.setdefault((lang, kind), Counter())
        t["n"] += 1
        if kind == "date":
            outcome, false_durations, years = score_date(claims, expected)
            t["false_durations"] += false_durations
            t["years_as_durations"] += years
        else:
            outcome = score_duration(claims, expected)
        t[outcome] += 1
        if outcome != "exact":
            seen = [(c.kind, c.surface, str(c.date_start), str(c.date_end), c.qualifier, c.value_low, c.value_high, c.unit)
                    for c in claims]
            misses.append(f"  {lang} {kind:8} {outcome:6} {expr!r}: want {expected}; got {seen}")
    print(f"{'lang':4} {'kind':8} {'n':>4} {'exact':>6} {'wrong':>6} {'missed':>6} {'accuracy':>8} "
          f"{'false_dur':>9} {'year_dur':>8}")
    for (lang, kind), t in sorted(tally.items()):
        print(f"{lang:4} {kind:8} {t['n']:4d} {t['exact']:6d} {t['wrong']:6d} {t['missed']:6d} "
              f"{t['exact'] / t['n']:8.3f} {t['false_durations']:9d} {t['years_as_durations']:8d}")
    for lang in sorted({lang for lang, _ in tally}):
        both = [tally[k] for k in tally if k[0] == lang]
        n, exact = sum(t["n"] for t in both), sum(t["exact"] for t in both)
        print(f"{lang}: all {n} expressions, exact {exact / n:.3f}")
    if misses and not args.quiet:
        print("\nnot read exactly:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()

"""Score figtrace against the hand-labelled corpus gold (tests/gold/corpus_gold_{zh,en,fr,es,ru,ar}.py).

Run: ``python -m tests.score_corpus [--lines]`` - prints, per language and kind, recall,
precision, bounds (low/best/high of counts and durations, first/last day of dates, over
matched claims) and category (counts), the identifiers that gave a claim, and with
``--lines`` every line that is not right.

Each corpus line is read as a one-line text file would be (layout, sources, claims), with
``reference_year=2015``: the corpus's documents are of 2015 (its README), as a user would
tell figtrace with ``--reference-year 2015``.  A gold claim matches an extracted claim of
the same kind whose span overlaps it (the largest overlap first): surfaces differ in what
they include ("Over 2,000" or "2,000"), values do not.  An optional gold claim (``opt``) is
neither required nor counted against precision.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
from dataclasses import dataclass, field

from figtrace.claims.extract import extract_claims
from figtrace.layout.parse import parse_document
from figtrace.records import ClaimRow, Extraction, SourceInfo
from figtrace.settings import Settings
from figtrace.sources.citations import read_sources

KINDS = ("count", "date", "duration")
SETTINGS = Settings(reference_year=2015)


LANGS = ("zh", "en", "fr", "es", "ru", "ar")


def gold_lines(lang: str) -> list[dict]:
    """The gold rows of one language."""
    return importlib.import_module(f"tests.gold.corpus_gold_{lang}").LINES


def line_claims(text: str, lang: str, settings: Settings = SETTINGS, name: str = "line") -> tuple[str, list[ClaimRow]]:
    """(canonical text, claims) of one line read as a one-line text file."""
    raw = text + "\n"
    sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    source = SourceInfo(path=name, source_uri=f"corpus:{name}", raw_sha256=sha, language=lang)
    doc = parse_document(Extraction(raw), source, settings)
    return doc.text, extract_claims(doc, read_sources(doc).footnotes, settings, "corpus")


def locate(text: str, surface: str, n: int = 0) -> tuple[int, int]:
    """Span of the n-th occurrence of ``surface`` in ``text``."""
    pos = -1
    for _ in range(n + 1):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            raise LookupError(f"{surface!r} (#{n}) not in {text[:60]!r}")
    return pos, pos + len(surface)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def bounds_right(gold: dict, claim: ClaimRow) -> bool:
    """Values as the gold gives them: (low, best, high), or the first and last day of a date."""
    if gold["kind"] == "date":
        got = [claim.date_start, claim.date_end]
        if any(d is None for d in got):
            return False
        if gold["start"].startswith("XXXX"):  # year not in the text: month and day only
            return [d.isoformat()[4:] for d in got] == [gold["start"][4:], gold["end"][4:]]
        return [d.isoformat() for d in got] == [gold["start"], gold["end"]]
    return all(_same(getattr(claim, f"value_{k}"), gold[k]) for k in ("low", "best", "high"))


def place_right(gold: dict, claim: ClaimRow) -> bool:
    """The place as written, allowing a suffix the gold leaves out ("班吉" / "班吉市")."""
    got, want = claim.place or "", gold["place"]
    return bool(got) and (want in got or got in want)


@dataclass
class LineResult:
    """How one line scored: matched pairs, misses, extras and identifiers that gave a claim."""

    gold: dict
    text: str
    pairs: list[tuple[dict, ClaimRow]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    extra: list[ClaimRow] = field(default_factory=list)
    ids_counted: list[dict] = field(default_factory=list)

    def problems(self) -> list[str]:
        """What is wrong on this line, one phrase each (empty when the line is right)."""
        out = [f"missed {g['kind']} {g['surface']!r}" for g in self.missed]
        out += [f"extra {c.kind} {c.surface!r}" for c in self.extra]
        out += [f"identifier {x['surface']!r} counted" for x in self.ids_counted]
        for g, c in self.pairs:
            if g.get("opt"):
                continue
            if not bounds_right(g, c):
                out.append(f"bounds of {c.surface!r}: {_shown(c)}")
            if g["kind"] == "count" and c.category != g["category"]:
                out.append(f"category of {c.surface!r}: {c.category} (gold {g['category']})")
            if g["kind"] == "count" and g.get("place") and not place_right(g, c):
                out.append(f"place of {c.surface!r}: {c.place} (gold {g['place']})")
        return out


def _shown(c: ClaimRow) -> str:
    if c.kind == "date":
        return f"{c.date_start}..{c.date_end}"
    return f"{c.qualifier} {c.value_low}/{c.value_best}/{c.value_high} {c.unit or ''}".strip()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def score_line(row: dict, text: str, claims: list[ClaimRow]) -> LineResult:
    """Match one line's gold to its claims (same kind, overlapping spans, largest overlap first)."""
    res = LineResult(row, text)
    free = list(claims)
    for g in row["claims"]:
        span = locate(text, g["surface"], g["n"])
        best = max((c for c in free if c.kind == g["kind"] and _overlap(span, (c.char_start, c.char_end)) > 0),
                   key=lambda c: _overlap(span, (c.char_start, c.char_end)), default=None)
        if best is None:
            if not g["opt"]:
                res.missed.append(g)
            continue
        free.remove(best)
        res.pairs.append((g, best))
    # a claim on an optional figure is never counted against precision, whatever its kind
    optional = [locate(text, g["surface"], g["n"]) for g in row["claims"] if g["opt"]]
    res.extra = [c for c in free if not any(_overlap(o, (c.char_start, c.char_end)) > 0 for o in optional)]
    for x in row["ids"]:
        span = locate(text, x["surface"], x["n"])
        if any(_overlap(span, (c.char_start, c.char_end)) > 0 for c in claims):
            res.ids_counted.append(x)
    return res


def score_language(lang: str, settings: Settings = SETTINGS) -> list[LineResult]:
    """Every gold line of ``lang`` scored."""
    out = []
    for row in gold_lines(lang):
        text, claims = line_claims(row["text"], lang, settings, row["cite"])
        out.append(score_line(row, text, claims))
    return out


def summary(results: list[LineResult]) -> dict:
    """{kind: gold, found, matched, recall, precision, bounds, category} and identifier totals."""
    table = {}
    for kind in KINDS:
        pairs = [(g, c) for r in results for g, c in r.pairs if g["kind"] == kind and not g["opt"]]
        opt_hits = sum(1 for r in results for g, _ in r.pairs if g["kind"] == kind and g["opt"])
        gold = sum(1 for r in results for g in r.gold["claims"] if g["kind"] == kind and not g["opt"])
        extra = sum(1 for r in results for c in r.extra if c.kind == kind)
        found = len(pairs) + extra
        counts = [(g, c) for g, c in pairs if kind == "count"]
        table[kind] = dict(
            gold=gold, found=found, matched=len(pairs), optional_found=opt_hits,
            recall=len(pairs) / gold if gold else 1.0, precision=len(pairs) / found if found else 1.0,
            bounds=sum(bounds_right(g, c) for g, c in pairs) / len(pairs) if pairs else 1.0,
            category=(sum(c.category == g["category"] for g, c in counts) / len(counts)) if counts else None)
    ids = sum(len(r.gold["ids"]) for r in results)
    counted = sum(len(r.ids_counted) for r in results)
    right = sum(not r.problems() for r in results)
    return dict(kinds=table, identifiers=ids, identifiers_counted=counted, lines=len(results), lines_right=right)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", action="store_true", help="list every line that is not right")
    parser.add_argument("--langs", nargs="+", default=list(LANGS), choices=LANGS)
    args = parser.parse_args(argv)
    print(f"{'lang':<5}{'kind':<10}{'gold':>6}{'found':>7}{'match':>7}{'recall':>8}{'precision':>11}"
          f"{'bounds':>8}{'category':>10}")
    for lang in args.langs:
        results = score_language(lang)
        s = summary(results)
        for kind, r in s["kinds"].items():
            cat = f"{r['category']:.3f}" if r["category"] is not None else "-"
            print(f"{lang:<5}{kind:<10}{r['gold']:>6}{r['found']:>7}{r['matched']:>7}{r['recall']:>8.3f}"
                  f"{r['precision']:>11.3f}{r['bounds']:>8.3f}{cat:>10}")
        print(f"{lang:<5}identifiers never counted: {s['identifiers'] - s['identifiers_counted']}/{s['identifiers']}; "
              f"lines right: {s['lines_right']}/{s['lines']}")
        if args.lines:
            for r in results:
                if r.problems():
                    print(f"  {r.gold['cite']}: " + "; ".join(r.problems()))


if __name__ == "__main__":
    main()

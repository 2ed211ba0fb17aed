"""Score extracted claims against the hand-annotated gold of the seed letter.

Run: ``python -m tests.score_claims`` - prints precision and recall per kind (a claim
matches when kind and span are exact) and the accuracy of each field over matched claims.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from tests.gold.seed_claims_gold import GOLD, NOT_CLAIMS

KINDS = ("count", "date", "duration")


def paragraph_span(doc, para: str) -> tuple[int, int]:
    """Span of paragraph ``p<N>`` of ``doc``."""
    for p in doc.paragraphs:
        if p.passage_id.rsplit("/", 1)[-1] == para:
            return p.char_start, p.char_end
    raise KeyError(para)


def locate(doc, para: str, surface: str, n: int = 0) -> tuple[int, int]:
    """Span of the n-th occurrence of ``surface`` in paragraph ``para`` (independent of the extractor)."""
    lo, hi = paragraph_span(doc, para)
    pos = lo - 1
    for _ in range(n + 1):
        pos = doc.text.find(surface, pos + 1, hi)
        if pos < 0:
            raise LookupError(f"{surface!r} (#{n}) not in {para}")
    return pos, pos + len(surface)


def expected_value(row: dict, field: str, doc, spans: dict):
    """The gold value of ``field`` in the shape of a ClaimRow attribute."""
    v = row["fields"][field]
    if field.startswith(("date_", "event_date_")) and field != "date_precision" and v is not None:
        return dt.date.fromisoformat(v)
    if field in ("value_low", "value_best", "value_high") and v is not None:
        return float(v)
    if field == "part_of" and v is not None:
        s, e = locate(doc, row["para"], v)
        return f"{doc.doc_id}#count@{s}-{e}"
    return v


def gold_spans(doc) -> dict[tuple[int, int, str], dict]:
    return {(*locate(doc, r["para"], r["surface"], r["n"]), r["kind"]): r for r in GOLD}


def score(doc, claims) -> dict:
    """{kind: {gold, found, matched, precision, recall}} and {field: [right, total]}."""
    gold = gold_spans(doc)
    got = {(c.char_start, c.char_end, c.kind): c for c in claims}
    out = {}
    for kind in KINDS:
        g = {k for k in gold if k[2] == kind}
        f = {k for k in got if k[2] == kind}
        m = g & f
        out[kind] = dict(gold=len(g), found=len(f), matched=len(m),
                         precision=len(m) / len(f) if f else 1.0, recall=len(m) / len(g) if g else 1.0)
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key in gold.keys() & got.keys():
        row, claim = gold[key], got[key]
        for field in row["fields"]:
            fields[f"{row['kind']}.{field}"][1] += 1
            fields[f"{row['kind']}.{field}"][0] += getattr(claim, field) == expected_value(row, field, doc, gold)
    return {"kinds": out, "fields": dict(fields), "extra": sorted(got.keys() - gold.keys()),
            "missed": sorted(gold.keys() - got.keys())}


def main() -> None:
    from figtrace.ingest.files import read_source
    from figtrace.layout.parse import parse_document
    from figtrace.settings import Settings
    from tests.conftest import SEED
    from tests.stages import claims_of

    doc = parse_document(*read_source(SEED), Settings())
    result = score(doc, claims_of(doc, run_id="score"))
    print(f"{'kind':<10}{'gold':>6}{'found':>7}{'match':>7}{'precision':>11}{'recall':>8}")
    for kind, r in result["kinds"].items():
        print(f"{kind:<10}{r['gold']:>6}{r['found']:>7}{r['matched']:>7}{r['precision']:>11.3f}{r['recall']:>8.3f}")
    print("\nfield accuracy over matched claims:")
    for field, (right, total) in sorted(result["fields"].items()):
        print(f"  {field:<28}{right:>4}/{total:<4} {right / total:.3f}")
    for key in result["extra"]:
        print("EXTRA (not in gold):", key, doc.text[key[0]:key[1]])
    for key in result["missed"]:
        print("MISSED:", key, doc.text[key[0]:key[1]])
    print(f"\nnot-claims checked: {len(NOT_CLAIMS)}")


if __name__ == "__main__":
    main()

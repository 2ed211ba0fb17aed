"""Good rows of every table, built from a seed-like canonical text (synthetic: seed p1-p2).

Offsets are computed from ``TEXT`` so every span invariant holds; the schema
tests start from these rows and break one thing at a time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from figtrace.records import (
    CitationRow,
    CitedDocumentRow,
    ClaimRow,
    ComparisonRow,
    DocumentRow,
    FlagRow,
    Passage,
    ReviewRow,
    RunRow,
)

RUN_ID = "20210112T101500123Z-1a2b3c4d"
DOC_ID = "A/75/709:zh"
PARA = "所有留在亚美尼亚的阿塞拜疆人(曾经有 50 万人口)都被驱逐出其家园。此外，冲突始于 1987 年底。1"
NOTE = "见 A/74/676-S/2020/90。"
BODY = "2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信\n" + PARA
TEXT = BODY + "\n\n1 " + NOTE
P_START = BODY.index(PARA)
S2_START = P_START + PARA.index("此外")
NOTE_START = TEXT.index(NOTE)


def span(sub: str, start: int = 0) -> tuple[int, int]:
    """(char_start, char_end) of the first ``sub`` in TEXT at or after ``start``."""
    i = TEXT.index(sub, start)
    return i, i + len(sub)


def document(**changes) -> DocumentRow:
    row = dict(
        doc_id=DOC_ID, symbols=["A/75/709", "S/2021/39"], language="zh",
        title="2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信", letter_date=dt.date(2021, 1, 12),
        author="阿塞拜疆常驻联合国代表", author_state="阿塞拜疆", addressee="秘书长",
        agenda_items=["34", "35", "40", "86"], page_count=13, source_uri="file:///seed/A_75_709.txt",
        raw_sha256=hashlib.sha256(b"raw").hexdigest(), text_sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        text=TEXT, body_char_end=len(BODY), job_number="21-00487", signatory=None, run_id=RUN_ID,
    )
    row.update(changes)
    return DocumentRow(**row)


def passages() -> list[Passage]:
    head_end = BODY.index("\n")
    s1_end = S2_START
    return [
        Passage(f"{DOC_ID}/h1", DOC_ID, "heading", None, 1, 1, 0, head_end, TEXT[:head_end], None, 0),
        Passage(f"{DOC_ID}/p1", DOC_ID, "paragraph", None, 1, 2, P_START, len(BODY), PARA, None, 40),
        Passage(f"{DOC_ID}/p1/s1", DOC_ID, "sentence", f"{DOC_ID}/p1", 1, 1, P_START, s1_end, TEXT[P_START:s1_end], None, 40),
        Passage(f"{DOC_ID}/p1/s2", DOC_ID, "sentence", f"{DOC_ID}/p1", 2, 2, S2_START, len(BODY), TEXT[S2_START:len(BODY)]),
        Passage(f"{DOC_ID}/fn1", DOC_ID, "footnote", None, 2, 2, NOTE_START, len(TEXT), NOTE, 1),
    ]


def passage(**changes) -> dict:
    """One passage row as a mapping (with run_id), for single-field edits."""
    p = passages()[1]
    row = {f: getattr(p, f) for f in p.__slots__} | {"run_id": RUN_ID}
    row.update(changes)
    return row


def citation(**changes) -> CitationRow:
    row = dict(
        doc_id=DOC_ID, footnote_number=1, page=2, text=NOTE, char_start=NOTE_START, char_end=len(TEXT),
        marker_char_start=len(BODY) - 1, cited_symbols=["A/74/676", "S/2020/90"], urls=[],
        self_sourced=False, ibid_of=None, run_id=RUN_ID,
    )
    row.update(changes)
    return CitationRow(**row)


def cited_document(**changes) -> CitedDocumentRow:
    s, e = span("A/74/676-S/2020/90")
    row = dict(
        doc_id=DOC_ID, footnote_number=1, ref_index=0, symbol="A/74/676", date_as_cited=dt.date(2020, 2, 5),
        title_as_cited=None, issuer_as_cited=None, char_start=s, char_end=e, run_id=RUN_ID,
    )
    row.update(changes)
    return CitedDocumentRow(**row)


def claim(**changes) -> ClaimRow:
    s, e = span("50 万")
    row = dict(
        claim_id="c-0001", doc_id=DOC_ID, page=1, paragraph_id=f"{DOC_ID}/p1", sentence_id=f"{DOC_ID}/p1/s1",
        char_start=s, char_end=e, surface="50 万", sentence=TEXT[P_START:S2_START], kind="count",
        category="population", subject="阿塞拜疆人", unit="persons", qualifier="exact",
        value_low=500000.0, value_best=500000.0, value_high=500000.0, estimate_rule="number as written",
        date_start=None, date_end=None, date_precision=None,
        event_date_start=dt.date(1987, 1, 1), event_date_end=dt.date(1989, 12, 31), place="亚美尼亚",
        part_of=None, modality="asserted", attributed_to=None, cited_footnotes=[], paragraph_footnotes=[1],
        run_id=RUN_ID,
    )
    row.update(changes)
    return ClaimRow(**row)


def date_claim(**changes) -> ClaimRow:
    s, e = span("1987 年底")
    row = dict(
        claim_id="c-0002", kind="date", category=None, subject=None, unit=None, qualifier=None,
        value_low=None, value_best=None, value_high=None, estimate_rule="年底 -> October to December",
        date_start=dt.date(1987, 10, 1), date_end=dt.date(1987, 12, 31), date_precision="month_part",
        event_date_start=None, event_date_end=None, place=None, char_start=s, char_end=e, surface="1987 年底",
        sentence=TEXT[S2_START:len(BODY)], sentence_id=f"{DOC_ID}/p1/s2", page=2, cited_footnotes=[1],
    )
    row.update(changes)
    return claim(**row)


def claims() -> list[ClaimRow]:
    return [claim(), date_claim()]


def flag(**changes) -> FlagRow:
    row = dict(
        flag_id="f-0001", run_id=RUN_ID, doc_id=DOC_ID, rule="uncited-figure", severity="warning",
        claim_id="c-0001", message="A figure of 500 000 persons is asserted without a footnote.",
        evidence=json.dumps({"claim_id": "c-0001", "value_best": 500000}), passed=False,
    )
    row.update(changes)
    return FlagRow(**row)


def flags() -> list[FlagRow]:
    return [flag(), flag(flag_id="f-0002", rule="citation-resolves", severity="info", claim_id=None,
                         message="Every cited symbol is well formed.", evidence="{}", passed=True)]


def run(**changes) -> RunRow:
    t0 = dt.datetime(2021, 1, 12, 10, 15, tzinfo=dt.timezone.utc)
    row = dict(
        run_id=RUN_ID, started_at=t0, finished_at=t0 + dt.timedelta(seconds=12), code_version="0.1.0",
        library_versions=json.dumps({"pandera": "0.35.0"}), parameters=json.dumps({"language": None}),
        inputs=json.dumps([{"path": "seed.txt", "source_uri": "file:///seed.txt", "sha256": "ab"}]),
        row_counts=json.dumps({"claims": 2}), status="ok", errors="[]",
    )
    row.update(changes)
    return RunRow(**row)


def review(**changes) -> ReviewRow:
    row = dict(
        flag_id="f-0001", status="dismissed", note="The footnote cites a third-party report.", reviewer="analyst",
        decided_at=dt.datetime(2021, 1, 13, 9, 30, tzinfo=dt.timezone.utc), evidence_sha256="0" * 64,
        doc_id=DOC_ID, rule="uncited-figure", claim_id="c-0001", footnote_number=None,
    )
    row.update(changes)
    return ReviewRow(**row)


EN_ID = "A/75/709:en"


def comparison(**changes) -> ComparisonRow:
    """A language-versions pair: the seed's "50 万" and an English version's "500,000" (synthetic)."""
    row = dict(
        comparison_id="k-0001", run_id=RUN_ID, basis="language_versions", relation="agree",
        left_doc_id=EN_ID, left_claim_id="e-0001", right_doc_id=DOC_ID, right_claim_id="c-0001", reference_id=None,
        left_value_low=500000.0, left_value_best=500000.0, left_value_high=500000.0,
        right_value_low=500000.0, right_value_best=500000.0, right_value_high=500000.0,
        left_date_start=dt.date(1987, 1, 1), left_date_end=dt.date(1989, 12, 31),
        right_date_start=dt.date(1987, 1, 1), right_date_end=dt.date(1989, 12, 31),
        score=0.9, matched_on=["value", "order"], left_quote="All 500,000 Azerbaijanis were expelled.",
        left_page=1, right_quote=TEXT[P_START:S2_START], right_page=1, kind="count", left_surface="500,000",
        right_surface="50 万", reference_source=None, reference_url=None,
    )
    row.update(changes)
    return ComparisonRow(**row)


def comparisons() -> list[ComparisonRow]:
    """A pair, a figure with no counterpart, and a figure against a reference figure."""
    return [
        comparison(),
        comparison(comparison_id="k-0002", relation="right_only", left_claim_id=None, right_claim_id="c-0002",
                   kind="date", left_surface=None, right_surface="1987 年底", score=0.0, matched_on=[],
                   left_value_low=None, left_value_best=None, left_value_high=None, right_value_low=None,
                   right_value_best=None, right_value_high=None, right_date_start=dt.date(1987, 10, 1),
                   right_date_end=dt.date(1987, 12, 31), left_date_start=None, left_date_end=None),
        comparison(comparison_id="k-0003", basis="reference", relation="outside_bounds", left_doc_id=DOC_ID,
                   left_claim_id="c-0001", right_doc_id=None, right_claim_id=None, reference_id="ucdp-ged:1",
                   right_value_low=1000.0, right_value_best=1200.0, right_value_high=1500.0, right_quote="Kelbajar",
                   right_page=None, right_surface=None, score=0.8, matched_on=["category", "event_date_within"],
                   reference_source="UCDP GED", reference_url="https://ucdp.uu.se/"),
    ]


GOOD = {
    "documents": lambda: [document()],
    "passages": passages,
    "citations": lambda: [citation()],
    "cited_documents": lambda: [cited_document(), cited_document(ref_index=1, symbol="S/2020/90")],
    "claims": claims,
    "flags": flags,
    "runs": lambda: [run()],
    "reviews": lambda: [review()],
    "comparisons": comparisons,
}

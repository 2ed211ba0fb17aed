"""Small synthetic letters parsed by the real layout stage, and hand-made claims on them.

``letter()`` writes a letter in the seed's plain-text shape (title line, one paragraph
per line, a ``____`` footnote block) and parses it with ``figtrace.layout``; ``claim()``
builds a ClaimRow for the n-th occurrence of a surface, with real offsets, page,
sentence and paragraph.
"""
from __future__ import annotations

import hashlib

from figtrace.layout.parse import parse_document
from figtrace.records import ClaimRow, Extraction, ParsedDocument, SourceInfo
from figtrace.settings import Settings

TITLE = "2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信"


TITLE_EN = ("Letter dated 12 January 2021 from the Permanent Representative of Azerbaijan to the United Nations "
            "addressed to the Secretary-General")


def letter(paragraphs: list[str], footnotes: list[str] = (), title: str = TITLE, links: list[str] = (),
           language: str = "zh") -> ParsedDocument:
    """A parsed synthetic letter: paragraphs in order, footnotes numbered from 1."""
    lines = [title, *(" " + p for p in paragraphs)]
    if footnotes:
        lines.append("__________________")
        lines += [f" {i} {f}" for i, f in enumerate(footnotes, 1)]
    lines += list(links)
    text = "\n".join(lines) + "\n"
    digest = hashlib.sha256(text.encode()).hexdigest()
    source = SourceInfo("synthetic.txt", "file:///synthetic.txt", digest, ("A/75/1", "S/2021/1"), language)
    return parse_document(Extraction(text, "text"), source, Settings())


def _passage_at(passages, pos):
    return next(p for p in passages if p.char_start <= pos < p.char_end)


def claim(doc: ParsedDocument, surface: str, nth: int = 0, **fields) -> ClaimRow:
    """A claim on the n-th occurrence of ``surface`` in the body; ``fields`` override defaults."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1, doc.body_char_end)
    sent, para = _passage_at(doc.sentences, start), _passage_at(doc.paragraphs, start)
    base = dict(
        claim_id=f"c{start}", doc_id=doc.doc_id, page=sent.page_start, paragraph_id=para.passage_id,
        sentence_id=sent.passage_id, char_start=start, char_end=start + len(surface), surface=surface,
        sentence=sent.text, kind="count", category=None, subject=None, unit="persons", qualifier="exact",
        value_low=None, value_best=None, value_high=None, estimate_rule=None, date_start=None, date_end=None,
        date_precision=None, event_date_start=None, event_date_end=None, place=None, part_of=None,
        modality="asserted", attributed_to=None, cited_footnotes=[], paragraph_footnotes=[], run_id="test",
    )
    base.update(fields)
    return ClaimRow(**base)


def count(doc, surface, value, nth=0, **fields) -> ClaimRow:
    """An exact count claim (low = best = high = value)."""
    return claim(doc, surface, nth, value_low=value, value_best=value, value_high=value, **fields)


def date(doc, surface, start, end=None, nth=0, **fields) -> ClaimRow:
    """A date claim covering ``start``..``end`` (inclusive)."""
    return claim(doc, surface, nth, kind="date", unit=None, qualifier=None, date_start=start,
                 date_end=end or start, date_precision="day", **fields)

"""Which footnotes each body passage carries: the one reading of markers against sentences.

A marker belongs to the sentence holding the character just before it, so
"……袭击”。4 欧洲人权法院……" credits footnote 4 to the sentence it closes, not to the
one after it.  ``footnote_links`` is computed once per document (``run.pipeline``) and
handed to the citations, the claims and the flag rules.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass

from figtrace.records import ClaimRow, ParsedDocument, Passage


@dataclass(frozen=True, slots=True)
class FootnoteLinks:
    """Footnote numbers per body sentence id and per paragraph id, in marker order."""

    by_sentence: dict[str, list[int]]
    by_paragraph: dict[str, list[int]]

    def of_sentence(self, passage_id: str) -> list[int]:
        return list(self.by_sentence.get(passage_id, ()))

    def of_paragraph(self, passage_id: str) -> list[int]:
        return list(self.by_paragraph.get(passage_id, ()))


def _marker_anchor(text: str, pos: int) -> int:
    """The last non-space character before a marker: it decides the sentence the marker closes."""
    q = pos - 1
    while q > 0 and text[q].isspace():
        q -= 1
    return max(q, 0)


def _owner(passages: list[Passage], starts: list[int], pos: int) -> Passage | None:
    i = bisect_right(starts, pos) - 1
    return passages[i] if i >= 0 and passages[i].char_start <= pos < passages[i].char_end else None


def footnote_links(doc: ParsedDocument) -> FootnoteLinks:
    """The footnotes of every sentence and paragraph, from the body markers."""
    sents = sorted(doc.sentences, key=lambda p: p.char_start)
    paras = sorted(doc.paragraphs, key=lambda p: p.char_start)
    s_starts, p_starts = [p.char_start for p in sents], [p.char_start for p in paras]
    by_sent: dict[str, list[int]] = {}
    by_para: dict[str, list[int]] = {}
    for m in doc.markers:
        anchor = _marker_anchor(doc.text, m.char_start)
        if (s := _owner(sents, s_starts, anchor) or _owner(sents, s_starts, m.char_start)) is not None:
            by_sent.setdefault(s.passage_id, []).append(m.number)
        if (p := _owner(paras, p_starts, anchor) or _owner(paras, p_starts, m.char_start)) is not None:
            by_para.setdefault(p.passage_id, []).append(m.number)
    return FootnoteLinks(by_sent, by_para)


def marker_sentences(doc: ParsedDocument, links: FootnoteLinks) -> dict[int, str]:
    """Footnote number -> text of the body sentence its marker closes."""
    text_of = {s.passage_id: doc.text[s.char_start:s.char_end] for s in doc.sentences}
    return {n: text_of[sid] for sid, numbers in links.by_sentence.items() for n in numbers}


def link_claims(claims: list[ClaimRow], links: FootnoteLinks) -> list[ClaimRow]:
    """Claims with ``cited_footnotes`` (their sentence's markers) and ``paragraph_footnotes`` set."""
    return [dataclasses.replace(c, cited_footnotes=links.of_sentence(c.sentence_id),
                                paragraph_footnotes=links.of_paragraph(c.paragraph_id))
            for c in claims]

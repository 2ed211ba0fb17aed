"""Build a ParsedDocument from plain paragraphs, for claim tests that need no layout stage.

Sentences end at 。！？!? or at a full stop followed by space or the end (so "1.2 million"
stays whole).  This constructs the input record; the claim extractor under test is real.
"""
from __future__ import annotations

import datetime as dt
import re

from figtrace.records import DocumentMeta, Marker, Page, ParsedDocument, Passage

_SENTENCE_RE = re.compile(r"\S.*?(?:[。！？!?]|\.(?=\s|$)|$)", re.S)


def make_doc(paragraphs: list[str], *, doc_id: str = "T/1:zh", letter_date: dt.date | None = None,
             markers: tuple[tuple[int, int, int], ...] = ()) -> ParsedDocument:
    """A document whose body is ``paragraphs`` joined by newlines; markers are (number, start, end)."""
    text = "\n".join(paragraphs)
    paras, sents, pos = [], [], 0
    for i, p in enumerate(paragraphs, 1):
        pid = f"{doc_id}/p{i}"
        paras.append(Passage(pid, doc_id, "paragraph", None, 1, 1, pos, pos + len(p), p))
        marker_at = {s: e for _, s, e in markers}
        spans = [[pos + m.start(), pos + m.end()] for m in _SENTENCE_RE.finditer(p)]
        for cur, nxt in zip(spans, spans[1:] + [None]):
            if cur[1] in marker_at:  # a marker right after the full stop stays with its sentence
                cur[1] = marker_at[cur[1]]
                if nxt is not None:
                    nxt[0] = max(nxt[0], cur[1])
        spans = [(s, e) for s, e in spans if text[s:e].strip()]
        for j, (s, e) in enumerate(spans, 1):
            sents.append(Passage(f"{pid}/s{j}", doc_id, "sentence", pid, 1, 1, s, e, text[s:e]))
        pos += len(p) + 1
    meta = DocumentMeta(("T/1",), "zh", None, letter_date, None, None, None, ())
    return ParsedDocument(doc_id, text, len(text), None, (Page(1, 0, len(text)),), meta, (), tuple(paras),
                          tuple(sents), (), None, tuple(Marker(n, s, e, 1) for n, s, e in markers))

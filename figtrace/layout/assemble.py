"""Zoned lines -> one ParsedDocument: canonical text, passages, markers and metadata.

Canonical text layout: body blocks (masthead headings, title, paragraphs,
signature) one per line, then a blank line, then one line per footnote
("<number> <text>").  Every character is either copied from the raw text or is
a joint ("\\n" between blocks, a space between wrapped Latin words).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from figtrace.lang import registry
from figtrace.lang.symbols import JOB_NUMBER_RE, find_symbols, is_symbol_line
from figtrace.layout import meta as meta_mod
from figtrace.layout.blocks import TITLE_RE, Block, Conventions, body_blocks
from figtrace.layout.language import decide
from figtrace.layout.markers import PageIndex, find_markers
from figtrace.layout.text import OffsetMap, RawLine, TextBuilder, joint
from figtrace.layout.zones import FootnoteDraft, Zoned
from figtrace.records import (
    DocumentMeta,
    Extraction,
    Marker,
    ParsedDocument,
    Passage,
    SourceInfo,
)
from figtrace.settings import Settings

_SENTENCE_END = re.compile(
    r"[。！？!?]+[”’」』\")）]*"
    r"|(?<=[a-z\d)”\"])[.](?=\s+[A-Z“\"(]|\s*$|\d{1,3}\s+[A-Z“\"(]|\d{1,3}\s*$)[”’\")]*"
)
# Outside Chinese and English: accented and Cyrillic letters, Arabic (no capitals: any letter opens a
# sentence) and its question mark ؟, French and Russian quotes « ».
_LOWER, _UPPER, _ARABIC = "a-zß-öø-ÿа-яё", "A-ZÀ-ÖØ-ÞА-ЯЁ", "\u0621-\u064A"
_SENTENCE_END_OTHER = re.compile(
    r"[。！？!?؟]+[”’」』\")）»]*"
    rf"|(?<=[{_LOWER}{_ARABIC}\d)”\"»])[.](?=\s+[{_UPPER}{_ARABIC}“\"(«]|\s*$|\d{{1,3}}\s+[{_UPPER}{_ARABIC}“\"(«]"
    r"|\d{1,3}\s*$)[”’\")»]*"
)


@dataclass(slots=True)
class _Placed:
    block: Block
    start: int
    end: int
    line_starts: list[int]


def _append_lines(
    b: TextBuilder, raw: str, lines: list[RawLine], conv: Conventions, sep: str | None = None
) -> list[int]:
    """Copy the lines' content, joined by ``sep`` or by the wrap rule of ``joint``."""
    starts = []
    for i, line in enumerate(lines):
        if i:
            glue = joint(lines[i - 1], line, conv.trailing_marks_word_end) if sep is None else sep
            b.insert(glue, lines[i - 1].end)
        starts.append(len(b))
        b.copy(raw, line.content_start, line.content_end)
    return starts


def _build_text(raw: str, blocks: list[Block], notes: list[FootnoteDraft], conv: Conventions):
    b = TextBuilder()
    placed: list[_Placed] = []
    for i, block in enumerate(blocks):
        if i:
            b.insert("\n", block.lines[0][1].start)
        start = len(b)
        sep = "\n" if block.kind == "signature" else None
        starts = _append_lines(b, raw, [ln for _, ln in block.lines], conv, sep)
        placed.append(_Placed(block, start, len(b), starts))
    body_end = len(b)
    spans: list[tuple[FootnoteDraft, int, int]] = []
    for i, note in enumerate(notes):
        first = note.lines[0]
        b.insert("\n\n" if i == 0 else "\n", first.start)
        b.copy(raw, first.content_start, first.content_start + len(str(note.number)))
        head = first.content_start + len(str(note.number))
        rest = raw[head:first.content_end]
        skip = len(rest) - len(rest.lstrip())
        b.insert(" ", head)
        start = len(b)
        stripped_first = RawLine(first.index, head + skip, first.end, raw[head + skip:first.end], False)
        _append_lines(b, raw, [stripped_first] + note.lines[1:], conv)
        spans.append((note, start, len(b)))
    text, omap = b.build()
    return text, omap, placed, body_end, spans


def _sentences(text: str, start: int, end: int, markers: list[Marker], language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; a trailing footnote marker stays with its sentence."""
    marker_at = {m.char_start: m.char_end for m in markers}
    spans, cur = [], start
    ends = _SENTENCE_END if language in registry.SHARED_READING else _SENTENCE_END_OTHER
    for m in ends.finditer(text, start, end):
        stop = m.end()
        gap = 1 if text[stop:stop + 1] == " " else 0  # "。3", "wounded.2" or "。 3"
        if stop + gap in marker_at:
            stop = marker_at[stop + gap]
        if stop > cur and text[cur:stop].strip():
            spans.append((cur, stop))
        cur = stop
        while cur < end and text[cur].isspace():
            cur += 1
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    return spans


def _passage(doc_id, pid, kind, parent, p0, p1, s, e, text, omap: OffsetMap, number=None):
    return Passage(pid, doc_id, kind, parent, p0, p1, s, e, text[s:e], number, omap.to_raw(s))


def _meta(source: SourceInfo, zoned: Zoned, heads: list[str], signature: list[str], text: str,
          default_language: str | None = None) -> DocumentMeta:
    language, language_source = decide(source.language, default_language, source.path,
                                       [ln.text for ln in zoned.furniture], text)
    title = next((h for h in reversed(heads) if TITLE_RE.match(h)), None)
    date, author, addressee = meta_mod.letter_title_parts(title or "")
    symbols = list(source.symbols)
    found = [ln.stripped for ln in zoned.furniture if is_symbol_line(ln.text)]
    found += [m.symbol for h in heads for m in find_symbols(h) if not TITLE_RE.match(h)]
    for symbol in found:
        if symbol not in symbols:
            symbols.append(symbol)
    job = next((m.group(1) for ln in zoned.furniture for m in [JOB_NUMBER_RE.search(ln.text)] if m), None)
    return DocumentMeta(
        symbols=tuple(symbols),
        language=language,
        title=title,
        letter_date=date,
        author=author,
        author_state=meta_mod.author_state_of(author),
        addressee=addressee,
        agenda_items=meta_mod.agenda_items(heads),
        job_number=job,
        signatory=meta_mod.signatory(signature),
        language_source=language_source,
    )


def doc_id_for(symbols: tuple[str, ...], language: str, fallback: str) -> str:
    """Stable document id: primary symbol and language, e.g. ``A/75/709:zh``."""
    return f"{symbols[0] if symbols else fallback}:{language}"


def assemble_document(extraction: Extraction, zoned: Zoned, source: SourceInfo, settings: Settings) -> ParsedDocument:
    """Build the canonical text and every passage of one document."""
    raw = extraction.text
    blocks, conv = body_blocks(zoned.body, extraction.source_kind)
    text, omap, placed, body_end, note_spans = _build_text(raw, blocks, zoned.footnotes, conv)
    heads = [text[p.start:p.end] for p in placed if p.block.kind == "heading"]
    sig = [ln.stripped for p in placed if p.block.kind == "signature" for _, ln in p.block.lines]
    meta = _meta(source, zoned, heads, sig, text, settings.language)
    doc_id = doc_id_for(meta.symbols, meta.language, source.path.rsplit("/", 1)[-1])

    line_starts = [s for p in placed for s in p.line_starts]
    line_pages = [pg for p in placed for pg, _ in p.block.lines]
    index = PageIndex(line_starts, line_pages)
    supers = _canonical_spans(extraction.superscripts, omap, body_end) if extraction.superscripts else None
    markers = find_markers(text, body_end, [(n.number, n.page) for n in zoned.footnotes], index, supers)

    headings, paragraphs, sentences, signature = [], [], [], None
    for p in placed:
        kind = p.block.kind
        if kind == "heading":
            pid = f"{doc_id}/h{len(headings) + 1}"
            headings.append(_passage(doc_id, pid, kind, None, p.block.page_start, p.block.page_end, p.start, p.end, text, omap))
        elif kind == "signature":
            signature = _passage(doc_id, f"{doc_id}/sig", kind, None, p.block.page_start, p.block.page_end, p.start, p.end, text, omap)
        else:
            pid = f"{doc_id}/p{len(paragraphs) + 1}"
            paragraphs.append(_passage(doc_id, pid, kind, None, p.block.page_start, p.block.page_end, p.start, p.end, text, omap))
            for j, (s, e) in enumerate(_sentences(text, p.start, p.end, markers, meta.language), 1):
                pg0, pg1 = index.page_of(s), index.page_of(e - 1)
                sentences.append(_passage(doc_id, f"{pid}/s{j}", "sentence", pid, pg0, pg1, s, e, text, omap))
    footnotes = [
        _passage(doc_id, f"{doc_id}/fn{n.number}", "footnote", None, n.page, n.page, s, e, text, omap, n.number)
        for n, s, e in note_spans
    ]
    return ParsedDocument(
        doc_id=doc_id, text=text, body_char_end=body_end, raw_offsets=omap,
        pages=tuple(zoned.pages), meta=meta, headings=tuple(headings),
        paragraphs=tuple(paragraphs), sentences=tuple(sentences), footnotes=tuple(footnotes),
        signature=signature, markers=tuple(markers), links=tuple(zoned.links),
    )


def _canonical_spans(raw_spans, omap: OffsetMap, body_end: int) -> list[tuple[int, int]]:
    """Canonical spans of raw spans (only the verbatim part of the body is searched)."""
    out = []
    raw_sorted = sorted(raw_spans)
    for pos in range(body_end):
        if not omap.is_verbatim(pos):
            continue
        r = omap.to_raw(pos)
        i = bisect.bisect_right(raw_sorted, (r, float("inf"))) - 1
        if i >= 0 and raw_sorted[i][0] <= r < raw_sorted[i][1]:
            out.append((pos, pos + 1))
    return out

"""Footnotes -> what they cite: UN symbols, dates, titles, issuers, URLs, ibid, self-sourcing.

``read_sources`` reads a document's footnotes once: every footnote's ``Reference``
records (they also know the date the footnote gives the letter itself: "1993 年 7 月
24 日...的信") and which footnotes each body passage carries (``footnotes``).  Those
records are handed on: ``build_citations`` gives from them one ``CitationRow`` per
footnote and one ``CitedDocumentRow`` per reference (a joint symbol such as
``A/74/676-S/2020/90`` gives one row per half, both with the same span, date and
title); the claims and the flag rules receive the same records.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from figtrace.lang.dates import DateMention, find_dates
from figtrace.lang.symbols import SymbolMention, find_symbols, joint_groups
from figtrace.records import CitationRow, CitedDocumentRow, ParsedDocument, Passage
from figtrace.sources import vocab as V
from figtrace.sources.footnotes import FootnoteLinks, footnote_links, marker_sentences
from figtrace.sources.issuers import find_issuer, submitted_by_author

QUOTE_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》")
# Reference boundaries inside a footnote: ；/; 。 "，以及" and "和" between a ")" and a quoted title.
BOUNDARY_RE = re.compile(r"[；;。]|[，,]\s*以及|(?<=[)）])\s*和(?=\s*[“\"])")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s，。；、（）()“”《》]+")
STRAY_MARKER_RE = re.compile(r"(?<=[a-z])\d{1,2}(?=\s)")  # "displaced persons1 and" in a title
_LEADS_RE = re.compile(rf"^[\s，,、；;。]*(?:(?:{'|'.join(map(re.escape, V.REFERENCE_LEADS))})\s*)*")
_TRIVIAL_RE = re.compile(r"^[\s，,、；;和及与以]*$")
_IBID_RE = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, V.IBID_WORDS))})")


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference inside a footnote; offsets are into the document text."""

    footnote_number: int
    ref_index: int
    symbols: tuple[str, ...]  # both halves of a joint symbol, or ()
    date_as_cited: dt.date | None  # the cited document's date: "S/12345(1993 年 7 月 26 日)"
    dated: dt.date | None  # the date the footnote gives the letter/statement itself
    title: str | None
    issuer: str | None
    is_self: bool | None  # True: the author's own state; False: someone else; None: not said
    char_start: int
    char_end: int
    date_span: tuple[int, int] | None = None


def day_dates(text: str) -> list[DateMention]:
    """Day-precision dates of a footnote passage, outside quoted titles ("… on 8 May 2018")."""
    quoted = [m.span() for m in QUOTE_RE.finditer(text)]
    return [h for h in find_dates(text) if h.precision == "day" and not any(s <= h.start < e for s, e in quoted)]


def segments(text: str) -> list[tuple[int, int]]:
    """Spans of the references of a footnote: split at ；。 and "以及", never inside quotes."""
    quoted = [m.span() for m in QUOTE_RE.finditer(text)]
    cuts = [m for m in BOUNDARY_RE.finditer(text) if not any(s < m.start() < e for s, e in quoted)]
    spans, start = [], 0
    for m in cuts:
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def clean_title(title: str | None) -> str | None:
    """A title without quotes, stray footnote digits or trailing punctuation."""
    if not title:
        return None
    title = STRAY_MARKER_RE.sub("", title.strip().strip("“”\"《》").rstrip(" ，,(（").strip())
    return title or None


def title_of(description: str) -> str | None:
    """The quoted title of a reference, else its first clause ("阿塞拜疆外交部的声明")."""
    if m := QUOTE_RE.search(description):
        return clean_title(m.group())
    if m := re.match(r"^\s*[A-Z][^,，]*[,，]\s*([^(（，“”]+?)\s*[(（]", description):
        return clean_title(m.group(1))  # "Laurence Broers, Armenia and Azerbaijan: ... (publisher"
    body = _LEADS_RE.sub("", description)
    return clean_title(re.split(r"[，,]", body, maxsplit=1)[0]) if body.strip() else None


def _date(hit: DateMention | None) -> dt.date | None:
    return hit.date_start if hit is not None else None


def _symbol_refs(seg: str, off: int, fn: int, groups: list[list[SymbolMention]], author_state, first_index):
    refs: list[Reference] = []
    head = seg[: groups[0][0].start]
    written = day_dates(head)
    shared_issuer, shared_title = find_issuer(head, author_state), title_of(head)
    prev_end = 0
    for i, g in enumerate(groups):
        prefix = seg[prev_end:g[0].start]
        nxt = groups[i + 1][0].start if i + 1 < len(groups) else len(seg)
        after = seg[g[-1].end:nxt]
        hit = next(iter(day_dates(after)), None)
        if i == 0 or _TRIVIAL_RE.match(prefix):
            issuer, title = shared_issuer, shared_title
        else:
            issuer, title = find_issuer(prefix, author_state), title_of(prefix)
        if len(written) == len(groups):
            dated = _date(written[i])
        else:
            dated = _date(written[0]) if i == 0 and len(written) == 1 else None
        end = g[-1].end + hit.end if hit else g[-1].end
        if close := re.match(r"\s*[)）]", seg[end:]):
            end += close.end()
        start = prev_end + len(prefix) - len(prefix.lstrip(" ，,、；;和及以")) if i else _LEADS_RE.match(seg).end()
        refs.append(Reference(
            fn, first_index + i, tuple(m.symbol for m in g), _date(hit), dated, title,
            issuer.text if issuer else None, issuer.is_self if issuer else None, off + start, off + end,
            (off + g[-1].end + hit.start, off + g[-1].end + hit.end) if hit else None,
        ))
        prev_end = end
    return refs


def _plain_ref(seg: str, off: int, fn: int, author_state, index: int) -> Reference | None:
    hits = day_dates(seg)
    issuer = find_issuer(seg, author_state)
    title = title_of(seg)
    if not hits and not issuer and not QUOTE_RE.search(seg) and not URL_RE.search(seg):
        return None  # an explanatory remark, not a reference
    first = hits[0] if hits else None
    lead = len(seg) - len(seg.lstrip())
    return Reference(
        fn, index, (), _date(first), None, title,
        issuer.text if issuer else None, issuer.is_self if issuer else None, off + lead, off + len(seg.rstrip()),
        (off + first.start, off + first.end) if first else None,
    )


def parse_references(text: str, offset: int, footnote_number: int, author_state: str | None) -> list[Reference]:
    """The references of one footnote's text (which starts at ``offset`` in the document)."""
    refs: list[Reference] = []
    for s, e in segments(text):
        seg = text[s:e]
        groups = joint_groups(find_symbols(seg, resolutions=True), seg)
        if groups:
            refs.extend(_symbol_refs(seg, offset + s, footnote_number, groups, author_state, len(refs)))
        elif (ref := _plain_ref(seg, offset + s, footnote_number, author_state, len(refs))) is not None:
            refs.append(ref)
    return refs


def _strip_scheme(url: str) -> str:
    return re.sub(r"^https?://", "", url)


def repair_url(url: str, after: str, links: list[str]) -> str:
    """The link-block URL that ``url`` (+ the text after it, line breaks removed) spells, else ``url``."""
    bare, rest = _strip_scheme(url), re.sub(r"\s+", "", after)
    for link in links:
        full = _strip_scheme(link)
        if full == bare or (full.startswith(bare) and rest.startswith(full[len(bare):])):
            return link
    return url


def footnote_urls(text: str, symbols: list[str], page_links: list[str]) -> list[str]:
    """URLs written in the footnote (repaired from the link block) and the links of its symbols."""
    urls = [repair_url(m.group(), text[m.end():m.end() + 200], page_links) for m in URL_RE.finditer(text)]
    for sym in symbols:
        urls.extend(u for u in page_links if u.endswith("/" + sym) and u not in urls)
    return list(dict.fromkeys(urls))


def is_ibid(text: str) -> bool:
    """True for a footnote that repeats the previous one ("同上", "Ibid.")."""
    return bool(_IBID_RE.match(text))


def footnote_self_sourced(refs: list[Reference], context: str = "", author_state: str | None = None) -> bool:
    """Cites the author's own state and nobody named as someone else; or names no issuer at all
    while the sentence it supports says the author's side sent the document (``context``)."""
    if any(r.is_self is False for r in refs):
        return False
    return any(r.is_self for r in refs) or (bool(refs) and submitted_by_author(context, author_state))


def _ibid_copies(refs: list[Reference], fn: int, start: int, end: int) -> list[Reference]:
    return [dataclasses.replace(r, footnote_number=fn, char_start=start, char_end=end, date_span=None) for r in refs]


def references_by_footnote(doc: ParsedDocument) -> dict[int, list[Reference]]:
    """Every footnote's references, ibid footnotes resolved to copies of the one they repeat."""
    out: dict[int, list[Reference]] = {}
    prev: int | None = None
    for f in doc.footnotes:
        text = doc.text[f.char_start:f.char_end]
        if is_ibid(text) and prev is not None:
            end = f.char_start + len(text.split("，")[0].split(",")[0].rstrip())
            out[f.footnote_number] = _ibid_copies(out[prev], f.footnote_number, f.char_start, end)
        else:
            out[f.footnote_number] = parse_references(text, f.char_start, f.footnote_number, doc.meta.author_state)
        prev = f.footnote_number
    return out


def citation_row(doc: ParsedDocument, f: Passage, refs: list[Reference], ibid_of: int | None, run_id: str,
                 context: str = "") -> CitationRow:
    """The citations row of footnote ``f``; ``context`` is the body sentence its marker closes."""
    text = doc.text[f.char_start:f.char_end]
    symbols = list(dict.fromkeys(s for r in refs for s in r.symbols))
    page_links = [u for p, u in doc.links if p == f.page_start] or [u for _, u in doc.links]
    marker = next((m.char_start for m in doc.markers if m.number == f.footnote_number), None)
    return CitationRow(
        doc.doc_id, f.footnote_number, f.page_start, text, f.char_start, f.char_end, marker, symbols,
        footnote_urls(text, symbols, page_links), footnote_self_sourced(refs, context, doc.meta.author_state), ibid_of, run_id,
    )


def cited_document_rows(doc_id: str, refs: list[Reference], run_id: str) -> list[CitedDocumentRow]:
    """One row per symbol of each reference (one row for a reference without a symbol)."""
    rows: list[CitedDocumentRow] = []
    for r in refs:
        for sym in r.symbols or (None,):
            rows.append(CitedDocumentRow(
                doc_id, r.footnote_number, len(rows), sym, r.date_as_cited or (None if r.symbols else r.dated),
                r.title, r.issuer, r.char_start, r.char_end, run_id,
            ))
    return rows


@dataclass(frozen=True, slots=True)
class SourceRecords:
    """What the sources stage reads off a document once and hands to the stages after it."""

    references: dict[int, list[Reference]]  # footnote number -> its references, ibid resolved
    footnotes: FootnoteLinks  # body sentence / paragraph id -> footnote numbers


def read_sources(doc: ParsedDocument) -> SourceRecords:
    """Every footnote's references and every body passage's footnotes, read once."""
    return SourceRecords(references_by_footnote(doc), footnote_links(doc))


def build_citations(doc: ParsedDocument, sources: SourceRecords, run_id: str) -> tuple[list[CitationRow], list[CitedDocumentRow]]:
    """One citation row per footnote and one cited-document row per reference, from ``sources``."""
    contexts = marker_sentences(doc, sources.footnotes)
    citations, cited = [], []
    numbers = [f.footnote_number for f in doc.footnotes]
    for i, f in enumerate(doc.footnotes):
        refs = sources.references[f.footnote_number]
        ibid = numbers[i - 1] if i and is_ibid(doc.text[f.char_start:f.char_end]) else None
        citations.append(citation_row(doc, f, refs, ibid, run_id, contexts.get(f.footnote_number, "")))
        cited.extend(cited_document_rows(doc.doc_id, refs, run_id))
    return citations, cited

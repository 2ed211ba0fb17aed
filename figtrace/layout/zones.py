"""Pages and zones of a PDF-extracted letter: body lines, footnote blocks, link blocks, furniture.

A UN letter page is: [header] body lines, then optionally a ``_____`` separator
followed by numbered footnotes, then optionally a block of link URLs, [footer].
Plain-text extractions lose the page breaks; they are recovered here from those
zones: a page ends where a footnote or link block gives way to body text again,
and at each group of header/footer lines ("A/75/709", "21-00487 2/13").  A form
feed, when the extractor kept one, is a page break too.

``figtrace.layout.parse.parse_document`` ties zones, blocks, markers and metadata
into one ``ParsedDocument``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from figtrace.lang.symbols import is_symbol_line
from figtrace.layout.blocks import SIGNED_RE
from figtrace.layout.text import RawLine, split_lines
from figtrace.records import Extraction, Page

SEPARATOR_RE = re.compile(r"^\s*[_＿]{8,}\s*$")
LINK_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
FOOTNOTE_START_RE = re.compile(r"^\s*(\d{1,3})(?:\s+|(?=[^\d\s.,:/\-]))(?=\S)")
# "21-00487 2/13", "2/13 21-00487", "21-00487 (C)", "15-01234 (F)  050215  050215" (issued, printed), "- 2 -", "2/13"
FOOTER_RE = re.compile(
    r"^\s*(?:\d{2}-\d{5}(?:\s*\(\w\))?(?:\s+\d{6}){0,2}(?:\s+\d+/\d+)?|\d+/\d+(?:\s+\d{2}-\d{5})?"
    r"|-\s*\d+\s*-|\d{6,}|\*\d{7}\*)(?:\s+\*\d{7}\*)?\s*$"
)
PAGE_OF_RE = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,3})(?![\d/])")
TERMINAL_END_RE = re.compile(r"[。！？.!?;；:：”’」』)）\]…]\s*\d{0,3}$")
# An excerpt may open inside a sentence: with an ellipsis or a closing mark.
CONTINUATION_STARTS = "…,，、;；)）"


@dataclass(slots=True)
class FootnoteDraft:
    number: int
    page: int
    lines: list[RawLine] = field(default_factory=list)


@dataclass(slots=True)
class Zoned:
    """The raw lines of a document sorted into zones, with their pages."""

    body: list[tuple[int, RawLine]]  # (page, line)
    footnotes: list[FootnoteDraft]
    links: list[tuple[int, str]]
    pages: list[Page]
    furniture: list[RawLine]
    double_spaced: bool


def is_furniture(line: RawLine, spans: tuple[tuple[int, int], ...] = ()) -> bool:
    """A page header or footer: a bare symbol, a job number with page, or a known span."""
    if any(s <= line.content_start and line.content_end <= e for s, e in spans):
        return bool(line.stripped)
    return bool(line.stripped) and (is_symbol_line(line.text) or bool(FOOTER_RE.match(line.text)))


def is_double_spaced(lines: list[RawLine]) -> bool:
    """True when (nearly) every text line is followed by an empty line: blank lines are noise.

    Wrapped lines of a double-spaced extraction mostly stop mid-sentence; a text with one
    paragraph per line and a blank line between paragraphs has lines that end sentences:
    there the blank lines are paragraph breaks.
    """
    texts = [i for i, ln in enumerate(lines[:-1]) if ln.text.strip()]
    if len(texts) < 4:
        return False
    followed = [i for i in texts if lines[i + 1].text == ""]
    # A line far shorter than the text's long lines was not wrapped: a heading ("1月16日", "Agenda
    # item 132") ends where it stands, as a sentence does.
    widths = sorted(len(lines[i].text.strip()) for i in texts)
    short = 0.5 * widths[int(0.9 * (len(widths) - 1))]
    ending = sum(1 for i in followed
                 if TERMINAL_END_RE.search(lines[i].text.rstrip()) or len(lines[i].text.strip()) < short)
    return len(followed) >= 0.6 * len(texts) and ending < 0.6 * len(followed)


def footnote_start(line: RawLine, expected: int, prev: RawLine | None) -> int | None:
    """The footnote number this line opens, if it opens the expected next footnote."""
    m = FOOTNOTE_START_RE.match(line.text)
    if not m or int(m.group(1)) != expected:
        return None
    if prev is None or line.indent > 0 or TERMINAL_END_RE.search(prev.text.rstrip()):
        return expected
    return None


class _PageCounter:
    def __init__(self) -> None:
        self.number = 1
        self.starts = [0]
        self.printed: dict[int, tuple[int, int]] = {}
        self.has_content = False

    def new_page(self, raw_pos: int) -> None:
        if self.has_content:
            self.number += 1
            self.starts.append(raw_pos)
            self.has_content = False

    def note_furniture(self, line: RawLine) -> None:
        m = PAGE_OF_RE.search(line.text)
        if m and not is_symbol_line(line.text):
            printed, total = int(m.group(1)), int(m.group(2))
            # a footer prints the number of the page it closes, a header that of the page it opens
            page = self.number - 1 if printed == self.number - 1 and not self.has_content else self.number
            self.printed[page] = (printed, total)

    def pages(self, raw_len: int) -> list[Page]:
        if not self.has_content and len(self.starts) > 1:  # trailing footer lines, no new page
            self.starts.pop()
        ends = self.starts[1:] + [raw_len]
        return [
            Page(i + 1, s, e, *self.printed.get(i + 1, (None, None)))
            for i, (s, e) in enumerate(zip(self.starts, ends))
        ]


def zone_lines(extraction: Extraction) -> Zoned:
    """Walk the raw lines once, sorting them into body, footnotes, links and furniture."""
    lines = split_lines(extraction.text)
    double = is_double_spaced(lines)
    pc = _PageCounter()
    body: list[tuple[int, RawLine]] = []
    notes: list[FootnoteDraft] = []
    links: list[tuple[int, str]] = []
    furniture: list[RawLine] = []
    zone = "body"
    prev_note_line: RawLine | None = None
    in_furniture = False
    for line in lines:
        if line.page_break_before:
            pc.new_page(line.start)
            zone = "body"
        if not line.stripped:
            if line.text and double and zone == "body":
                body.append((pc.number, line))  # whitespace-only line: a block break
            elif not double and zone == "body":
                body.append((pc.number, line))
            continue
        if is_furniture(line, extraction.furniture):
            if not in_furniture:
                pc.new_page(line.start)
            in_furniture = True
            zone = "body"
            furniture.append(line)
            pc.note_furniture(line)
            continue
        in_furniture = False
        if SEPARATOR_RE.match(line.text):
            zone, prev_note_line = "notes", None
            continue
        if LINK_RE.match(line.text):
            zone = "links"
            links.append((pc.number, line.stripped))
            continue
        expected = notes[-1].number + 1 if notes else 1
        if zone == "notes":
            number = footnote_start(line, expected, prev_note_line)
            if number is not None:
                notes.append(FootnoteDraft(number, pc.number, [line]))
                prev_note_line = line
                continue
            if notes and line.indent == 0 and prev_note_line is not None:
                notes[-1].lines.append(line)
                prev_note_line = line
                continue
        if zone in ("notes", "links"):
            pc.new_page(line.start)
            zone = "body"
        pc.has_content = True
        body.append((pc.number, line))
    pages = pc.pages(len(extraction.text))
    if not furniture and not any(ln.page_break_before for ln in lines) and len(pages) > 1:
        # no header, footer or form feed anywhere: nothing says where a page ends
        body = [(1, ln) for _, ln in body]
        notes = [FootnoteDraft(n.number, 1, n.lines) for n in notes]
        links = [(1, url) for _, url in links]
        pages = [Page(1, 0, len(extraction.text))]
    return Zoned(body, notes, links, pages, furniture, double)


def completeness(zoned: Zoned) -> tuple[str, tuple[str, ...]]:
    """("complete", ()) or ("incomplete", the reasons the text looks cut short or excerpted).

    An incomplete text is still read: its figures are extracted and a document-level flag
    says why it looks incomplete.  Only what cannot be read at all is refused (ingest).
    """
    reasons = []
    totals = [p.printed_total for p in zoned.pages if p.printed_total]
    if totals and max(totals) > len(zoned.pages):
        reasons.append(f"pages missing: {len(zoned.pages)} page(s) found but the page footer says {max(totals)}")
    first = zoned.pages[0].printed_number if zoned.pages else None
    if first and first > 1:
        reasons.append(f"excerpt: the first page found is printed as page {first}")
    lines = [ln for _, ln in zoned.body if ln.stripped]
    if not lines:
        return "incomplete", (*reasons, "no body text: only page headers, footnotes or links")
    if lines[0].stripped[:1] in CONTINUATION_STARTS or lines[0].stripped[:1].islower():
        reasons.append(f"excerpt: the text starts mid-sentence (\"{lines[0].stripped[:20]}…\")")
    last = max(lines + [n.lines[-1] for n in zoned.footnotes], key=lambda ln: ln.start)
    signed = any(SIGNED_RE.search(ln.text) for ln in lines[-4:])  # "(Signed) Name" / "Permanent Representative"
    if not (TERMINAL_END_RE.search(last.text.rstrip()) or signed):
        reasons.append(f"ends mid-sentence at line {last.index + 1} (\"…{last.stripped[-20:]}\")")
    return ("incomplete" if reasons else "complete"), tuple(reasons)

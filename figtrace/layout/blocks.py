"""Body lines -> blocks: masthead headings, the title, paragraphs and the signature.

Paragraph breaks are read from the extractor's own signals, measured per
document rather than assumed: a line that ends a paragraph ends with terminal
punctuation (optionally followed by a footnote marker) and, where the extractor
marks line ends with a trailing space, carries one; a new paragraph is indented
where the document indents.  The first line of a page is indented one step
further by some extractors, so there only the previous line decides.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from figtrace.lang import registry
from figtrace.lang.shapes import ungrouped, with_date
from figtrace.layout.text import RawLine, is_cjk

# The title line of a letter in any registered language ("2021 年 1 月 12 日...给秘书长的信",
# "Letter dated ..."); a full date in it is written as the date grammar writes one.
_TITLE_LINES = [with_date(mod.LETTER_TITLE_LINE, ungrouped(getattr(mod, "WRITTEN_DAY", "")))
                for mod in registry.LANGUAGES.values() if hasattr(mod, "LETTER_TITLE_LINE")]
TITLE_RE = re.compile(rf"^\s*(?:{'|'.join(_TITLE_LINES)})\s*$", re.IGNORECASE)
SIGNED_RE = re.compile(rf"[(（]\s*(?:{'|'.join(map(re.escape, registry.joined('SIGNATURE_WORDS')))})\s*[)）]", re.I)
TERMINAL_RE = re.compile(r"[。！？.!?;；:：”’」』…]\s*\d{0,3}$|[)）\]]\s*\d{0,3}$")


@dataclass(frozen=True, slots=True)
class Conventions:
    """How this extraction marks line and paragraph ends (measured, not assumed)."""

    trailing_marks_word_end: bool
    indents_paragraphs: bool
    median_width: float
    exact_indents: bool = False  # a PDF measures indents from the margin, page starts included


@dataclass(slots=True)
class Block:
    kind: str  # heading | paragraph | signature
    lines: list[tuple[int, RawLine]]

    @property
    def page_start(self) -> int:
        return self.lines[0][0]

    @property
    def page_end(self) -> int:
        return self.lines[-1][0]


def measure_conventions(lines: list[RawLine], source_kind: str = "text") -> Conventions:
    """Share of lines with trailing spaces / indents, and the typical line width."""
    text = [ln for ln in lines if ln.stripped]
    if not text:
        return Conventions(False, False, 0.0, source_kind == "pdf")
    trailing = sum(ln.trailing_space for ln in text) / len(text)
    indented = sum(ln.indent > 0 for ln in text) / len(text)
    terminal = sum(bool(TERMINAL_RE.search(ln.text.rstrip())) for ln in text) / len(text)
    width = statistics.median(len(ln.stripped) for ln in text)
    # every line indented and every line ending a sentence: one-line paragraphs
    indents = 0.03 < indented < 0.8 or (indented >= 0.8 and terminal >= 0.8)
    return Conventions(0.05 < trailing < 0.95, indents, float(width), source_kind == "pdf")


# Wider than any printed page's line (display columns, a CJK character counting two): such a
# line was never wrapped, so a sentence ending it ends its paragraph.
PAGE_LINE_COLUMNS = 130


def display_width(text: str) -> int:
    """Columns ``text`` takes on a page: two per CJK character, one per other character."""
    return sum(2 if is_cjk(ch) else 1 for ch in text)


def closes_paragraph(line: RawLine, conv: Conventions) -> bool:
    """True when ``line`` is the last line of its paragraph."""
    if not TERMINAL_RE.search(line.text.rstrip()):
        return False
    if conv.trailing_marks_word_end:
        return line.trailing_space
    return len(line.stripped) < 0.8 * conv.median_width or display_width(line.stripped) > PAGE_LINE_COLUMNS


# A line that opens with a paragraph number ("23. In reviewing", "55. 联检组", "112．接管") opens a
# paragraph, whatever the line before it (a heading, a clause ending in a comma): the claims stage
# reads such a number at a line start as a paragraph number, never as a figure.
NUMBERED_START_RE = re.compile(r"[0-9]{1,3}[.．](?![0-9])\s*\S")


def starts_paragraph(prev: RawLine, cur: RawLine, new_page: bool, conv: Conventions) -> bool:
    """True when ``cur`` opens a new paragraph after ``prev``."""
    if closes_paragraph(prev, conv) or NUMBERED_START_RE.match(cur.stripped):
        return True
    return conv.indents_paragraphs and cur.indent > 0 and (conv.exact_indents or not new_page)


def _joined(lines: list[RawLine]) -> str:
    """Wrapped lines read as one: CJK joined tight, other scripts with a space."""
    out = lines[0].stripped
    for ln in lines[1:]:
        tight = is_cjk(out[-1:]) and is_cjk(ln.stripped[:1])
        out += ("" if tight else " ") + ln.stripped
    return out


def _continues_title(title: RawLine, nxt: RawLine) -> bool:
    """True when ``nxt`` carries on a title whose line already reads as a whole title
    ("Letter dated ... Representative of" / "Azerbaijan to the United Nations addressed to ...")."""
    if TERMINAL_RE.search(nxt.text.rstrip()) or len(nxt.stripped) > 2 * max(len(title.stripped), 1):
        return False
    last = title.stripped.split()[-1] if title.stripped.split() else ""
    return nxt.stripped[:1].islower() or title.stripped.endswith(("-", ",")) or (last.islower() and len(last) <= 4)


def split_masthead(body: list[tuple[int, RawLine]]) -> tuple[list[Block], int]:
    """Masthead lines up to and including the title become headings; returns them and where the letter starts.

    The title may wrap: over up to three lines ("...给秘书长" / "的信"), or after a line that
    already reads as a title but stops mid-phrase ("... Representative of" / "Azerbaijan ...").
    """
    filled = [i for i, (_, ln) in enumerate(body[:60]) if ln.stripped]
    for span in (1, 2, 3):
        for k, i in enumerate(filled[: len(filled) - span + 1]):
            group = filled[k:k + span]
            if not TITLE_RE.match(_joined([body[j][1] for j in group])):
                continue
            while k + len(group) < len(filled) and len(group) < 4 and _continues_title(
                    body[group[-1]][1], body[filled[k + len(group)]][1]):
                group.append(filled[k + len(group)])
            heads = [Block("heading", [body[j]]) for j in filled[:k]]
            return heads + [Block("heading", [body[j] for j in group])], group[-1] + 1
    return [], 0


def group_paragraphs(body: list[tuple[int, RawLine]], conv: Conventions) -> list[Block]:
    """Group body lines into paragraph blocks."""
    blocks: list[Block] = []
    current: list[tuple[int, RawLine]] = []
    for page, line in body:
        if not line.stripped:
            if current:
                blocks.append(Block("paragraph", current))
                current = []
            continue
        if current:
            prev_page, prev = current[-1]
            if starts_paragraph(prev, line, page != prev_page, conv):
                blocks.append(Block("paragraph", current))
                current = []
        current.append((page, line))
    if current:
        blocks.append(Block("paragraph", current))
    return blocks


# A figure or an item number ("2. 马里局势", "定于2015年1月6日...举行") is text, never part of a signature:
# names and titles ("常驻代表", "Permanent Representative") hold no digit, the signed line aside.
_DIGIT_RE = re.compile(r"[0-9０-９]")


def _figure_free(line: RawLine) -> bool:
    return not _DIGIT_RE.search(line.stripped) or bool(SIGNED_RE.search(line.text))


def _signature_like(lines: list[RawLine], conv: Conventions) -> bool:
    short = all(len(ln.stripped) <= max(30, conv.median_width * 0.5) for ln in lines)
    signed = any(SIGNED_RE.search(ln.text) for ln in lines)
    return short and (signed or not TERMINAL_RE.search(lines[-1].text.rstrip()))


def _signature_part(block: Block, conv: Conventions) -> int:
    """Where the signature-like lines ending ``block`` start (``len(block.lines)``: none): the
    figure-free lines after the last line that holds a figure, if they read as a signature."""
    k = len(block.lines)
    while k and _figure_free(block.lines[k - 1][1]):
        k -= 1
    if k == len(block.lines) or not _signature_like([ln for _, ln in block.lines[k:]], conv):
        return len(block.lines)
    return k


def split_signature(blocks: list[Block], conv: Conventions) -> list[Block]:
    """Turn the trailing short lines that carry a signature mark into one signature block.

    A block whose lines run on from a line holding a figure (when blank lines do not part the
    paragraphs) gives up only its lines after that one.
    """
    tail: list[tuple[int, RawLine]] = []
    while blocks:
        k = _signature_part(blocks[-1], conv)
        if k == len(blocks[-1].lines):
            break
        block = blocks.pop()
        tail = block.lines[k:] + tail
        if k:
            blocks.append(Block(block.kind, block.lines[:k]))
            break
        if len(tail) > 8:
            break
    if tail and any(SIGNED_RE.search(ln.text) for _, ln in tail):
        return blocks + [Block("signature", tail)]
    if tail:  # no signature mark: give the lines back as they were
        return blocks + [Block("paragraph", [pl]) for pl in tail]
    return blocks


def _heading_like(block: Block, conv: Conventions) -> bool:
    """One short line without terminal punctuation."""
    if block.kind != "paragraph" or len(block.lines) != 1:
        return False
    line = block.lines[0][1]
    return len(line.stripped) < 0.5 * conv.median_width and not TERMINAL_RE.search(line.text.rstrip())


def mark_headings(blocks: list[Block], conv: Conventions) -> list[Block]:
    """A one-line block, short and without terminal punctuation, inside the body is a heading.

    A heading heads something: such lines after the body's last paragraph (a text cut off
    mid-sentence, a web excerpt) stay paragraphs, and their figures are read.
    """
    last_paragraph = max((i for i, b in enumerate(blocks) if b.kind == "paragraph" and not _heading_like(b, conv)),
                         default=-1)
    for block in blocks[:last_paragraph]:
        if _heading_like(block, conv):
            block.kind = "heading"
    return blocks


def body_blocks(body: list[tuple[int, RawLine]], source_kind: str = "text") -> tuple[list[Block], Conventions]:
    """All blocks of the letter body, in reading order, and the conventions read off the letter."""
    heads, start = split_masthead(body)
    letter = body[start:]
    conv = measure_conventions([ln for _, ln in letter], source_kind)
    blocks = split_signature(group_paragraphs(letter, conv), conv)
    return heads + mark_headings(blocks, conv), conv

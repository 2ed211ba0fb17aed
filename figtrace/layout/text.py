"""Raw lines in, canonical text out, with a map from every canonical offset back to the raw text.

The canonical text is assembled from pieces of raw lines (copied verbatim) and a
few synthetic characters (the joints between lines and blocks).  ``OffsetMap``
remembers, for every canonical offset, where it came from in the raw text.

>>> b = TextBuilder()
>>> b.copy("abc\\ndef", 0, 3); b.insert(" ", 3); b.copy("abc\\ndef", 4, 7)
>>> text, omap = b.build()
>>> text, omap.to_raw(4), omap.is_verbatim(3)
('abc def', 4, False)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from figtrace.spans import OffsetMap

_LINE_RE = re.compile(r"[^\n\f]*(?:\r?\n|\f|$)")


@dataclass(frozen=True, slots=True)
class RawLine:
    """One line of the raw text; ``start``/``end`` exclude the line break."""

    index: int
    start: int
    end: int
    text: str
    page_break_before: bool  # a form feed preceded this line

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def trailing_space(self) -> bool:
        return self.text != self.text.rstrip()

    @property
    def content_start(self) -> int:
        """Raw offset of the first non-space character."""
        return self.start + self.indent

    @property
    def content_end(self) -> int:
        """Raw offset just after the last non-space character."""
        return self.start + len(self.text.rstrip())


def split_lines(raw: str) -> list[RawLine]:
    """Split raw text into lines, remembering offsets and form-feed page breaks."""
    lines: list[RawLine] = []
    pending_break = False
    pos = 0
    for m in _LINE_RE.finditer(raw):
        chunk = m.group()
        if not chunk:
            break
        body = chunk.rstrip("\r\n\f")
        if chunk == "\f":  # pdftotext ends a page with "\n\f": no empty line there
            pending_break, pos = True, m.end()
            continue
        lines.append(RawLine(len(lines), pos, pos + len(body), body, pending_break))
        pending_break = chunk.endswith("\f")
        pos = m.end()
    return lines


def is_cjk(ch: str) -> bool:
    """True for Han, kana, hangul and CJK punctuation (no spaces between such characters)."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x2FA1F
    )


def joint(left: RawLine, right: RawLine, mid_word_breaks: bool) -> str:
    """What to put between two wrapped lines of one block: "" or " ".

    CJK text never gets an invented space.  Latin text keeps words apart; when the
    extractor marks word ends with a trailing space (``mid_word_breaks``), a line
    without one was broken inside a word ("strik" + "es") and is joined tight.
    """
    a = left.text.rstrip()[-1:]
    b = right.text.lstrip()[:1]
    if not a or not b or (is_cjk(a) and is_cjk(b)):
        return ""
    if is_cjk(a) or is_cjk(b):  # CJK next to a digit or Latin: keep a space the extractor kept
        return " " if left.trailing_space or right.indent else ""
    if mid_word_breaks:
        return " " if left.trailing_space else ""
    if a in "-‐/":
        return ""
    return " "


class TextBuilder:
    """Accumulates canonical text and the provenance of each of its characters."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts: list[int] = []  # canonical start of each segment
        self._raw: list[int] = []  # raw start of each segment
        self._verbatim: list[bool] = []
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def copy(self, raw: str, start: int, end: int) -> None:
        """Append ``raw[start:end]`` verbatim."""
        if end > start:
            self._push(raw[start:end], start, True)

    def insert(self, text: str, raw_pos: int) -> None:
        """Append synthetic text that stands for the raw position ``raw_pos``."""
        if text:
            self._push(text, raw_pos, False)

    def _push(self, piece: str, raw_pos: int, verbatim: bool) -> None:
        self._parts.append(piece)
        self._starts.append(self._len)
        self._raw.append(raw_pos)
        self._verbatim.append(verbatim)
        self._len += len(piece)

    def build(self) -> tuple[str, "OffsetMap"]:
        return "".join(self._parts), OffsetMap(
            tuple(self._starts), tuple(self._raw), tuple(self._verbatim), self._len
        )


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to one space (for comparisons, never for offsets)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()

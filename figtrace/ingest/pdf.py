"""PDF bytes -> Extraction: one text line per PDF line, real pages, superscripts and furniture.

Text comes from pdfplumber's characters, grouped into lines by their vertical
extent and ordered left to right.  What a PDF knows and plain text loses is kept
as raw spans beside the text:

* ``superscripts``: characters smaller than their line's main size and raised
  above its baseline (footnote markers, in the body and before footnote texts);
* ``furniture``: short lines inside the top or bottom margin band of a page
  (running headers such as "A/75/709", footers such as "21-00487 2/13").
  The top of the first page is the masthead, not a running header: there only
  the bottom band counts (the layout still knows a bare symbol line by its text).

The text follows the seed's plain-text conventions so that ``figtrace.layout``
reads both alike: pages are separated by form feeds, an indented line starts
with spaces, and a footnote separator drawn as a rule becomes a line of
underscores.  A space is inserted where the gap between two characters is wide
(``GAP_SPACE`` of the font size) and between a superscript and an adjacent
Latin letter or digit, so that "87" + superscript "5" never reads "875".
"""
from __future__ import annotations

import contextlib
import io
import logging
from collections import Counter
from dataclasses import dataclass, field

from figtrace.errors import InputError
from figtrace.records import Extraction

GAP_SPACE = 0.25  # a gap wider than this share of the font size is a space
SUPER_SIZE = 0.85  # a superscript is at most this share of its line's main size ...
SUPER_RAISE = 0.15  # ... and its bottom stands this share of the size above the baseline
MARGIN_BAND = 0.075  # header/footer band: this share of the page height, top and bottom
FURNITURE_MAX_CHARS = 40
SEPARATOR_TEXT = "__________________"


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    chars: list[dict] = field(default_factory=list)
    rule: bool = False  # a drawn footnote separator, not text


def extract_pdf(data: bytes, path: str) -> Extraction:
    """Text, superscript spans and furniture spans of a PDF; InputError when it has no usable text."""
    pages = [_page_lines(p, first=i == 0) for i, p in enumerate(_open_pages(data, path))]
    if not any(ln.chars for lines in pages for ln, _ in lines):
        raise InputError("PDF has no text layer (scanned or image-only?): OCR it first", path=path)
    text, supers, furniture = _render(pages)
    if text.count("(cid:") > max(5, len(text) // 200):
        raise InputError("PDF fonts have no Unicode mapping: text comes out as (cid:N) codes", path=path)
    return Extraction(text, "pdf", tuple(supers), tuple(furniture))


def _open_pages(data: bytes, path: str) -> list:
    """Each page's characters and rules, read once; one InputError for any unreadable PDF."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with _quiet_pdfminer(), pdfplumber.open(io.BytesIO(data)) as pdf:
            # dedupe_chars: fake bold draws each glyph twice, slightly shifted
            return [_PageData(p.height, list(p.dedupe_chars().chars), _rules(p)) for p in pdf.pages]
    except Exception as exc:  # pdfminer raises many types for broken files
        cause = exc.__cause__ or exc.__context__ or exc
        if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(
            cause, (PDFPasswordIncorrect, PDFEncryptionError)
        ) or "password" in str(exc).lower():
            raise InputError("PDF is encrypted (a password is needed to read it)", path=path) from exc
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})", path=path) from exc


@contextlib.contextmanager
def _quiet_pdfminer():
    """pdfminer logs a warning per oddity of a damaged file; our one InputError says enough."""
    log = logging.getLogger("pdfminer")
    level = log.level
    log.setLevel(max(level, logging.ERROR))
    try:
        yield
    finally:
        log.setLevel(level)


@dataclass(slots=True)
class _PageData:
    height: float
    chars: list[dict]
    rules: list[tuple[float, float, float]]  # (top, x0, x1) of short horizontal rules


def _rules(page) -> list[tuple[float, float, float]]:
    """Short horizontal rules (a footnote separator): a drawn line or a flat rectangle."""
    found = []
    for obj in list(page.lines) + list(page.rects):
        width = obj["x1"] - obj["x0"]
        if abs(obj["bottom"] - obj["top"]) <= 1.5 and 20 <= width <= 0.5 * page.width:
            found.append((obj["top"], obj["x0"], obj["x1"]))
    return found


def _page_lines(page: _PageData, first: bool = False) -> list[tuple[_Line, bool]]:
    """The page's lines top to bottom, each with whether it is furniture."""
    lines = _group_lines([c for c in page.chars if c["text"] and c.get("upright", True)])
    if not any(_is_separator(ln) for ln in lines):
        lines += [_Line(top, top, rule=True) for top, x0, x1 in page.rules if _stands_alone(top, x0, x1, lines)]
    lines.sort(key=lambda ln: ln.top)
    band = MARGIN_BAND * page.height
    return [(ln, _is_furniture(ln, 0.0 if first else band, band, page.height)) for ln in lines]


def _stands_alone(top: float, x0: float, x1: float, lines: list[_Line]) -> bool:
    """A rule with no text right above or below it (an underline hugs its text)."""
    return not any(
        ln.top - 4 <= top <= ln.bottom + 4 and ln.chars[0]["x0"] < x1 and ln.chars[-1]["x1"] > x0
        for ln in lines
    )


def _group_lines(chars: list[dict]) -> list[_Line]:
    """Characters -> lines: a character joins a recent line it overlaps vertically by half."""
    lines: list[_Line] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        for ln in reversed(lines[-3:]):
            overlap = min(ln.bottom, ch["bottom"]) - max(ln.top, ch["top"])
            if overlap >= 0.5 * min(ln.bottom - ln.top, ch["bottom"] - ch["top"]):
                ln.chars.append(ch)
                ln.top, ln.bottom = min(ln.top, ch["top"]), max(ln.bottom, ch["bottom"])
                break
        else:
            lines.append(_Line(ch["top"], ch["bottom"], [ch]))
    for ln in lines:
        ln.chars.sort(key=lambda c: c["x0"])
    return lines


def _is_separator(line: _Line) -> bool:
    text = "".join(c["text"] for c in line.chars).strip()
    return len(text) >= 8 and set(text) <= {"_", "＿"}


def _is_furniture(line: _Line, top_band: float, bottom_band: float, height: float) -> bool:
    if line.rule or len(line.chars) > FURNITURE_MAX_CHARS:
        return False
    return line.bottom <= top_band or line.top >= height - bottom_band


def _superscript_flags(line: _Line) -> list[bool]:
    """Which characters of the line are superscripts (smaller and raised)."""
    sizes = Counter(round(c["size"], 1) for c in line.chars if c["text"].strip())
    if not sizes:
        return [False] * len(line.chars)
    main = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    bottoms = sorted(c["bottom"] for c in line.chars if round(c["size"], 1) == main)
    baseline = bottoms[len(bottoms) // 2]
    return [
        c["size"] <= SUPER_SIZE * main and c["bottom"] < baseline - SUPER_RAISE * main and bool(c["text"].strip())
        for c in line.chars
    ]


def _render(pages: list[list[tuple[_Line, bool]]]):
    """Lines -> raw text with form feeds, plus superscript and furniture spans."""
    out: list[str] = []
    supers: list[tuple[int, int]] = []
    furniture: list[tuple[int, int]] = []
    pos = 0
    left = _left_margin([ln for lines in pages for ln, furn in lines if not furn and ln.chars])
    for i, lines in enumerate(pages):
        for ln, furn in lines:
            text, spans = _line_text(ln, left)
            if furn and text.strip():
                lead = len(text) - len(text.lstrip())
                furniture.append((pos + lead, pos + len(text.rstrip())))
            supers.extend((pos + s, pos + e) for s, e in spans)
            out.append(text + "\n")
            pos += len(text) + 1
        if i < len(pages) - 1 and out:
            out[-1] = out[-1][:-1] + "\f"  # the page's last line ends with a form feed, not "\n\f"
    return "".join(out), supers, furniture


def _left_margin(lines: list[_Line]) -> float:
    """The x where most lines start (the text block's left edge)."""
    starts = Counter(round(ln.chars[0]["x0"]) for ln in lines)
    return float(min(starts, key=lambda x: (-starts[x], x))) if starts else 0.0


def _line_text(line: _Line, left: float) -> tuple[str, list[tuple[int, int]]]:
    """One line's text, indented by its distance from the margin, and its superscript spans."""
    if line.rule:
        return SEPARATOR_TEXT, []
    size = max((c["size"] for c in line.chars), default=10.0)
    indent = line.chars[0]["x0"] - left
    parts = [" " * min(4, round(indent / size)) if indent > 0.5 * size else ""]
    length = len(parts[0])
    spans: list[tuple[int, int]] = []
    flags = _superscript_flags(line)
    prev, prev_sup = None, False
    for ch, sup in zip(line.chars, flags):
        if prev is not None and _needs_space(prev, ch, prev_sup != sup):
            parts.append(" ")
            length += 1
        if sup:
            if spans and spans[-1][1] == length:
                spans[-1] = (spans[-1][0], length + len(ch["text"]))
            else:
                spans.append((length, length + len(ch["text"])))
        parts.append(ch["text"])
        length += len(ch["text"])
        prev, prev_sup = ch, sup
    return "".join(parts), spans


def _needs_space(prev: dict, ch: dict, sup_boundary: bool) -> bool:
    if not prev["text"].strip() or not ch["text"].strip():
        return False
    if ch["x0"] - prev["x1"] > GAP_SPACE * min(prev["size"], ch["size"]):
        return True
    return sup_boundary and prev["text"][-1:].isascii() and prev["text"][-1:].isalnum() and \
        ch["text"][:1].isascii() and ch["text"][:1].isalnum()

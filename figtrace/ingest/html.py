"""HTML bytes -> Extraction with the standard library's parser: one line per block, <sup> spans kept.

Block elements (p, div, h1-h6, li, tr, blockquote ...) become lines; a blank
line holding one space separates blocks, which ``figtrace.layout`` reads as a
paragraph break whether or not it thinks the text double-spaced.  A paragraph's
line is indented by one space, as in the seed.  ``<hr>`` becomes the footnote
separator line, ``<br>`` a line break, and the text of ``<sup>`` elements is
recorded in ``superscripts``.  Scripts, styles and the head are skipped;
whitespace is collapsed as a browser would (except inside ``<pre>``).
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from figtrace.errors import InputError
from figtrace.records import Extraction

BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "dl", "dt", "dd",
    "figure", "figcaption", "address", "center", "body",
}
SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}
SEPARATOR_TEXT = "__________________"
_SPACE_RE = re.compile(r"\s+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
# a source line break between two CJK characters is no space (CSS drops it too)
_CJK_BREAK_RE = re.compile(rf"(?<=[{_CJK}])[ \t]*\r?\n\s*(?=[{_CJK}])")
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


class _Collector(HTMLParser):
    """Collects lines of text; a block boundary asks for a " " line before the next text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.supers: list[tuple[int, int, int]] = []  # (line index, start, end) within the line
        self.skip = 0
        self.pre = 0
        self.blank_pending = False
        self.indent_pending = False
        self.sup_start: tuple[int, int] | None = None

    def _newline(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def _block(self) -> None:
        self._newline()
        self.blank_pending = True

    def _emit(self, text: str) -> None:
        if not self.lines[-1].strip():
            if self.blank_pending and any(ln.strip() for ln in self.lines):
                self.lines[-1] = " "
                self.lines.append("")
            self.blank_pending = False
            text = text.lstrip() if not self.pre else text
            if self.indent_pending and text:
                text = " " + text
            self.indent_pending = False
        elif self.lines[-1].endswith(" ") and not self.pre:
            text = text.lstrip()
        self.lines[-1] += text

    def handle_starttag(self, tag, attrs) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag == "hr":
            self._block()
            self._emit(SEPARATOR_TEXT)
            self._block()
        elif tag in BLOCKS:
            self._block()
            self.indent_pending = tag == "p"
            self.pre += tag == "pre"
        elif tag == "sup" and not self.skip:
            self.sup_start = (len(self.lines) - 1, len(self.lines[-1]))

    def handle_endtag(self, tag) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.pre -= tag == "pre" and self.pre > 0
            self._block()
        elif tag == "sup" and self.sup_start:
            line, start = self.sup_start
            if line != len(self.lines) - 1:  # the <sup> content opened a fresh line
                start = 0
            end = len(self.lines[-1].rstrip())
            while start < end and self.lines[-1][start] == " ":
                start += 1
            if end > start:
                self.supers.append((len(self.lines) - 1, start, end))
            self.sup_start = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._newline()
                self._emit(part)
            return
        text = _SPACE_RE.sub(" ", _CJK_BREAK_RE.sub("", data))
        if text.strip() or self.lines[-1].strip():
            self._emit(text)


# A charset an HTML page can declare reads its own ASCII declaration back as ASCII; that rules out
# punycode, idna, utf-16/32, rot13, the unicode_escape family and the binary codecs (base64, zlib ...).
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\n"
_NOT_CHARSETS = {"idna", "punycode"}  # host-name codecs that happen to read ASCII back


def html_codec(name: str, path: str) -> str:
    """The Python codec for a declared charset; InputError when it is unknown or no web page charset."""
    try:
        info = codecs.lookup(name)
        usable = (getattr(info, "_is_text_encoding", True) and info.name not in _NOT_CHARSETS
                  and "escape" not in info.name and _ASCII_PROBE.decode(info.name) == _ASCII_PROBE.decode("ascii"))
    except LookupError:
        raise InputError(f"HTML declares an unknown charset {name!r}", path=path) from None
    except Exception:  # noqa: BLE001 - a codec may raise anything on the probe
        usable = False
    if not usable:
        raise InputError(f"HTML declares charset {name!r}, which is not a character set for web pages", path=path)
    return info.name


def decode_html(data: bytes, path: str) -> str:
    """HTML bytes -> str: UTF-8 unless a meta charset says otherwise."""
    m = _CHARSET_RE.search(data[:4096])
    encoding = html_codec(m.group(1).decode("ascii"), path) if m else "utf-8"
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except (UnicodeError, ValueError) as exc:
        raise InputError(f"HTML is not valid {encoding} ({exc.__class__.__name__})", path=path) from None


def extract_html(data: bytes, path: str) -> Extraction:
    """Text and superscript spans of an HTML page; InputError when it holds no text."""
    parser = _Collector()
    parser.feed(decode_html(data, path))
    parser.close()
    lines = [ln.rstrip() or ln for ln in parser.lines]
    while lines and not lines[-1].strip():
        lines.pop()
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    supers = tuple(
        (starts[i] + s, starts[i] + min(e, len(lines[i]))) for i, s, e in parser.supers if i < len(lines)
    )
    text = "\n".join(lines) + "\n"
    if not text.strip():
        raise InputError("HTML page holds no text", path=path)
    return Extraction(text, "html", tuple((s, e) for s, e in supers if e > s), ())

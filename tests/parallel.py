"""Language versions built from aligned lines (the UN Parallel Corpus shape), for tests and benchmarks.

Line *n* of every language says the same thing (``shared/corpus/unpc-dev/README.md``). A
"document" of one UN symbol in one language is its lines in document order, written the way
figtrace reads a plain-text letter: the symbol on a masthead line, then one indented paragraph
per line, blank lines between, a signature line. No sidecar: the symbol and the language come from layout (the
masthead line and the script), as they would for a bare text file.

``line_of`` maps a figure back to the line it came from, so a pairing can be checked against
the alignment the corpus gives.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from figtrace.lang import registry
from figtrace.layout.parse import parse_document
from figtrace.records import Extraction, ParsedDocument, SourceInfo
from figtrace.settings import Settings

_ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")


@dataclass(frozen=True)
class AlignedDocument:
    """One symbol's lines in every language: ``lines[lang][k]`` is line k (same k, same sentence)."""

    symbol: str
    lines: dict[str, tuple[str, ...]]

    def text(self, lang: str) -> str:
        """The plain-text input of the ``lang`` version: masthead symbol, paragraphs, a signature line."""
        signed = f"({registry.LANGUAGES[lang].SIGNATURE_WORDS[0]})"
        body = "\n\n".join(" " + line for line in self.lines[lang])
        return f"{self.symbol}\n\n{body}\n\n {signed}\n"

    def file_name(self, lang: str) -> str:
        return f"{re.sub(r'[^A-Za-z0-9.-]+', '_', self.symbol)}.{lang}.txt"

    def parse(self, lang: str, settings: Settings | None = None, sidecar: bool = False) -> ParsedDocument:
        """The ``lang`` version through the real layout stage; with no sidecar unless ``sidecar``
        (then the language alone is given, as a sidecar would)."""
        text = self.text(lang)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        name = self.file_name(lang)
        source = SourceInfo(name, f"file:///{name}", digest, (), lang if sidecar else None)
        return parse_document(Extraction(text, "text"), source, settings or Settings())

    def line_starts(self, doc: ParsedDocument, lang: str) -> list[int]:
        """Offset in ``doc.text`` where each line's text starts (layout copies every line verbatim)."""
        starts, pos = [], 0
        for line in self.lines[lang]:
            pos = doc.text.index(line, pos)
            starts.append(pos)
            pos += len(line)
        return starts


def line_of(starts: list[int], char_start: int) -> int:
    """The line (from 0) holding an offset, given the line starts."""
    return bisect.bisect_right(starts, char_start) - 1


_SUFFIXES = {"ADD": "Add", "CORR": "Corr", "REV": "Rev"}


def corpus_symbol(corpus_id: str) -> str:
    """The printed symbol of a corpus id (the corpus README's rule: ``_`` is ``.``, or ``-`` in ES-10).

    >>> corpus_symbol("2015/a/ac_182/l_139"), corpus_symbol("2015/s/res/2198__2015_")
    ('A/AC.182/L.139', 'S/RES/2198 (2015)')
    >>> corpus_symbol("2015/a/es_10/670"), corpus_symbol("2015/a/69/176/corr_1")
    ('A/ES-10/670', 'A/69/176/Corr.1')
    """
    sym = corpus_id.split("/", 1)[1].upper()
    sym = re.sub(r"__(\d{4})_$", r" (\1)", sym)  # s/res/2198__2015_: S/RES/2198 (2015)
    parts = []
    for part in sym.split("/"):
        head, _, tail = part.partition("_")
        if head == "ES":
            parts.append(part.replace("_", "-"))
        elif head in _SUFFIXES and tail:
            parts.append(f"{_SUFFIXES[head]}.{tail}")
        else:
            parts.append(part.replace("_", "."))
    return "/".join(parts)


def _position(field: str) -> tuple[int, ...]:
    """``en:49:2`` -> (49, 2): where the line stands in its document."""
    return tuple(int(x) for x in field.split(":")[1:])


def find_corpus() -> Path | None:
    """``shared/corpus/unpc-dev`` beside the checkout (``../shared``, or two levels up for a worktree)."""
    for base in (_ROOT.parent, _ROOT.parent.parent):
        path = base / "shared" / "corpus" / "unpc-dev"
        if (path / "ids.txt").is_file():
            return path
    return None


def read_corpus(root: Path, languages=LANGUAGES) -> list[AlignedDocument]:
    """Every symbol of the corpus with its lines in document order (English positions), symbols sorted."""
    ids = (root / "ids.txt").read_text(encoding="utf-8").split("\n")[:-1]
    texts = {lang: (root / f"{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1] for lang in languages}
    by_symbol: dict[str, list[tuple[tuple[int, ...], int]]] = {}
    for n, row in enumerate(ids):
        fields = row.split()
        en = next(f for f in fields[1:] if f.startswith("en:"))
        by_symbol.setdefault(corpus_symbol(fields[0]), []).append((_position(en), n))
    out = []
    for symbol in sorted(by_symbol):
        order = [n for _, n in sorted(by_symbol[symbol])]
        out.append(AlignedDocument(symbol, {lang: tuple(texts[lang][n] for n in order) for lang in languages}))
    return out

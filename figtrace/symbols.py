"""UN document symbols: find them in text and normalise them.

>>> [s.symbol for s in find_symbols("见 A/74/676-S/2020/90，附件")]
['A/74/676', 'S/2020/90']
>>> normalise_symbol(" S / PV.3205 ")
'S/PV.3205'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Leading bodies of UN document symbols (General Assembly, Security Council,
# ECOSOC, Secretariat, press releases, treaty bodies ...).
SERIES = (
    "A", "S", "E", "ST", "SG", "TD", "DP", "UNEP", "UNW", "HRC", "CCPR", "CERD", "CRC",
    "CAT", "CEDAW", "CMW", "CRPD", "ICEF", "DPI", "GA", "SC",
)
_SERIES = "|".join(sorted(SERIES, key=len, reverse=True))
_SEG = r"[A-Za-z0-9][A-Za-z0-9.]*"
_DASH = "-‐‑‒–—－"
SYMBOL_RE = re.compile(
    rf"(?<![A-Za-z0-9/.])(?:{_SERIES})(?:\s?/\s?{_SEG})+(?:\(\d{{4}}\))?"
)
# "A/74/881- S/2020/503": a joint symbol whose two halves are separate documents.
JOINT_SEP_RE = re.compile(rf"\s?[{_DASH}]\s?")
JOB_NUMBER_RE = re.compile(r"(?<!\d)(\d{2}-\d{5})(?!\d)")


@dataclass(frozen=True, slots=True)
class SymbolMention:
    start: int
    end: int
    surface: str
    symbol: str


def normalise_symbol(surface: str) -> str:
    """Canonical spelling of one symbol: no spaces, ASCII slashes."""
    return re.sub(r"\s+", "", surface).replace("／", "/")


def find_symbols(text: str) -> list[SymbolMention]:
    """Every UN document symbol in ``text``, joint symbols split, in order."""
    found: list[SymbolMention] = []
    for m in SYMBOL_RE.finditer(text):
        if not any(ch.isdigit() for ch in m.group()):
            continue  # "A/B" in prose is not a symbol
        found.append(SymbolMention(m.start(), m.end(), m.group(), normalise_symbol(m.group())))
    return found


def joint_spans(text: str) -> list[tuple[int, int]]:
    """Spans of joint symbols such as ``A/75/709-S/2021/39`` (both halves and the dash)."""
    mentions = find_symbols(text)
    return [
        (left.start, right.end)
        for left, right in zip(mentions, mentions[1:])
        if JOINT_SEP_RE.fullmatch(text, left.end, right.start)
    ]


def is_symbol_line(line: str) -> bool:
    """True for a line holding nothing but a document symbol (a page header)."""
    stripped = line.strip()
    return bool(stripped) and bool(SYMBOL_RE.fullmatch(stripped)) and any(
        c.isdigit() for c in stripped
    )

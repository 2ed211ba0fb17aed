"""UN document symbols: find them in text and normalise them.

>>> [s.symbol for s in find_symbols("见 A/74/676-S/2020/90，附件")]
['A/74/676', 'S/2020/90']
>>> normalise_symbol(" S / PV.3205 ")
'S/PV.3205'
>>> [s.symbol for s in find_symbols("第 822(1993)号和第 853(1993)号决议", resolutions=True)]
['S/RES/822(1993)', 'S/RES/853(1993)']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figtrace.lang import registry

# Leading bodies of UN document symbols (General Assembly, Security Council,
# ECOSOC, Secretariat, press releases, treaty bodies ...).
SERIES = (
    "A", "S", "E", "ST", "SG", "TD", "DP", "UNEP", "UNW", "HRC", "CCPR", "CERD", "CRC",
    "CAT", "CEDAW", "CMW", "CRPD", "ICEF", "DPI", "GA", "SC",
)
_SERIES = "|".join(sorted(SERIES, key=len, reverse=True))
# A segment never ends with a dot: "见 A/74/676." keeps its full stop out of the symbol.
_SEG = r"[A-Za-z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?"
_DASH = "-‐‑‒–—－"
SYMBOL_RE = re.compile(
    rf"(?<![A-Za-z0-9/.])(?:{_SERIES})(?:\s?[/／]\s?{_SEG})+(?:\s?\(\d{{4}}\))?(?![A-Za-z0-9])"
)
# "A/74/881- S/2020/503": a joint symbol whose two halves are separate documents.
JOINT_SEP_RE = re.compile(rf"\s?[{_DASH}]\s?")
# a document job number ("21-00487"); the "not after a digit" test sits after the first
# digit so that the pattern opens with a character class and the engine skips to digits
JOB_NUMBER_RE = re.compile(r"(\d(?<!\d\d)\d-\d{5})(?!\d)")
# Security Council resolutions as the registered languages' prose names them:
# "第 822(1993)号决议", "resolution 822 (1993)", "resolutions 822 (1993) and 853 (1993)".
SC_RESOLUTION_RE = re.compile(
    rf"(?:{'|'.join(registry.joined('RESOLUTION_BEFORE'))})(\d{{1,4}})\s?\((\d{{4}})\)"
    rf"(?={''.join(rx + '|' for rx in registry.joined('RESOLUTION_AFTER'))}\s|,|\.|;|$)"
)


@dataclass(frozen=True, slots=True)
class SymbolMention:
    start: int
    end: int
    surface: str
    symbol: str


def normalise_symbol(surface: str) -> str:
    """Canonical spelling of one symbol: no spaces, ASCII slashes.

    >>> normalise_symbol("S/RES/822 (1993)")
    'S/RES/822(1993)'
    """
    return re.sub(r"\s+", "", surface).replace("／", "/")


def find_symbols(text: str, *, resolutions: bool = False) -> list[SymbolMention]:
    """Every UN document symbol in ``text``, joint symbols split, in order.

    With ``resolutions``, Security Council resolutions named in prose
    ("第 822(1993)号决议") are returned as ``S/RES/822(1993)``.
    """
    found = [
        SymbolMention(m.start(), m.end(), m.group(), normalise_symbol(m.group()))
        for m in _symbol_matches(text)
        if any(ch.isdigit() for ch in m.group())  # "A/B" in prose is not a symbol
    ]
    if resolutions:
        found.extend(resolution_mentions(text))
        found.sort(key=lambda s: s.start)
    return found


_SLASH_RE = re.compile(r"[/／]")
_SYMBOL_REACH = max(map(len, SERIES)) + 1  # a series and one space before a symbol's first slash


def _symbol_matches(text: str):
    """The matches of ``SYMBOL_RE.finditer(text)``, found from the slashes.

    SYMBOL_RE opens with a lookbehind, so a plain scan tries it at every character.  A
    symbol is its series, maybe a space, then a slash: it starts at most
    ``_SYMBOL_REACH`` characters before a slash, so only those places are tried, in order,
    going on after each match as ``finditer`` does.
    """
    pos = 0
    for slash in _SLASH_RE.finditer(text):
        q = slash.start()
        for s in range(max(pos, q - _SYMBOL_REACH), q):
            m = SYMBOL_RE.match(text, s)
            if m:
                yield m
                pos = m.end()  # beyond q: the match holds this slash
                break
        else:
            pos = max(pos, q)


def resolution_mentions(text: str) -> list[SymbolMention]:
    """Security Council resolutions named in prose, as ``S/RES/<n>(<year>)`` mentions.

    >>> [m.symbol for m in resolution_mentions("resolutions 822 (1993) and 853 (1993)")]
    ['S/RES/822(1993)', 'S/RES/853(1993)']
    """
    out = []
    for m in SC_RESOLUTION_RE.finditer(text):
        start = m.start(1)
        out.append(SymbolMention(start, m.end(), text[start:m.end()], f"S/RES/{m.group(1)}({m.group(2)})"))
    return out


def joint_spans(text: str) -> list[tuple[int, int]]:
    """Spans of joint symbols such as ``A/75/709-S/2021/39`` (both halves and the dash)."""
    mentions = find_symbols(text, resolutions=False)
    return [
        (left.start, right.end)
        for left, right in zip(mentions, mentions[1:])
        if JOINT_SEP_RE.fullmatch(text, left.end, right.start)
    ]


def joint_groups(mentions: list[SymbolMention], text: str) -> list[list[SymbolMention]]:
    """Mentions grouped so that the halves of a joint symbol share a group, in order."""
    groups: list[list[SymbolMention]] = []
    for m in mentions:
        if groups and JOINT_SEP_RE.fullmatch(text, groups[-1][-1].end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


SYMBOL_NUMBER_RE = re.compile(r"^(?P<series>S|A(?:/C\.\d)?)/(?:(?P<year>\d{4})/|(?P<session>\d{1,3})/)?(?P<number>\d+)$")


def symbol_sequence(symbol: str) -> tuple[str, int | None, int | None, int] | None:
    """The numbering a symbol belongs to: (series key, year, session, running number), or None.

    UN secretariats number ``S/<n>``, ``S/<year>/<n>`` and ``A/<session>/<n>`` in
    order of receipt, so a larger number usually carries a later date.

    >>> symbol_sequence("S/2020/90")
    ('S/2020', 2020, None, 90)
    >>> symbol_sequence("A/74/676")
    ('A/74', None, 74, 676)
    >>> symbol_sequence("S/25991")
    ('S', None, None, 25991)
    >>> symbol_sequence("S/PV.3205") is None
    True
    """
    m = SYMBOL_NUMBER_RE.match(symbol)
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else None
    session = int(m.group("session")) if m.group("session") else None
    key = "/".join(p for p in (m.group("series"), m.group("year"), m.group("session")) if p)
    return key, year, session, int(m.group("number"))


def is_symbol_line(line: str) -> bool:
    """True for a line holding nothing but a document symbol (a page header)."""
    stripped = line.strip()
    return bool(stripped) and bool(SYMBOL_RE.fullmatch(stripped)) and any(
        c.isdigit() for c in stripped
    )

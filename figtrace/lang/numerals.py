"""The value of one number as written: digits, numeral characters, number words.

Built from the registered languages' numeral tables (``registry``): numeral characters
(一 二 ... 十 百 千 万 亿) are read positionally or by their units, number words ("twenty-
five", "two hundred") by adding and multiplying.

>>> parse_number("1 000"), parse_number("７０万"), parse_number("一百"), parse_number("1.2 million")
(1000.0, 700000.0, 100.0, 1200000.0)
>>> parse_number("三千五百"), parse_number("一九九三"), parse_number("twenty-five")
(3500.0, 1993.0, 25.0)
"""
from __future__ import annotations

import re

from figtrace.lang import registry
from figtrace.lang.shapes import FULL_WIDTH, GROUP_SEPARATOR

MULTIPLIERS: dict[str, float] = registry.merged("MULTIPLIERS")  # written after digits: "70 万", "1.2 million"
DIGIT_CHARS: dict[str, int] = registry.merged("NUMERAL_DIGITS")  # 一 -> 1
UNIT_CHARS: dict[str, int] = registry.merged("NUMERAL_UNITS")  # 十 -> 10
BIG_UNIT_CHARS: dict[str, int] = registry.merged("NUMERAL_BIG_UNITS")  # 万 -> 10 000
NUMERAL_CHARS = frozenset(DIGIT_CHARS) | frozenset(UNIT_CHARS) | frozenset(BIG_UNIT_CHARS)
NUMBER_WORDS: dict[str, int] = registry.merged("NUMBER_WORDS")  # twenty -> 20
_HUNDREDS: dict[str, int] = registry.merged("NUMBER_HUNDREDS")
_JOINERS = frozenset(registry.joined("NUMBER_JOINERS"))
_WORD_SCALES = frozenset(k for k in MULTIPLIERS if k.isascii() and k.isalpha())  # thousand, million ...
_BIG_FIRST = sorted(BIG_UNIT_CHARS, key=BIG_UNIT_CHARS.get, reverse=True)  # 亿 before 万
_SUFFIXES = sorted(MULTIPLIERS, key=len, reverse=True)  # "千万" before "万"
_SEP_RE = re.compile(GROUP_SEPARATOR)
_WORD_SPLIT_RE = re.compile(r"[\s\-]+")
_GROUPED_RE = re.compile(rf"[0-9]{{1,3}}(?:{GROUP_SEPARATOR}[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")  # "1 000", "2.5"


def _section(s: str) -> float:
    """Value of numeral characters without big units: 三千五百 -> 3500."""
    section, digit = 0, None
    for c in s:
        if c in DIGIT_CHARS:
            digit = DIGIT_CHARS[c]
        else:
            section += (1 if digit is None else digit) * UNIT_CHARS[c]
            digit = None
    return float(section + (digit or 0))


def parse_characters(s: str) -> float | None:
    """Value of numeral characters ("十二" -> 12, "三千五百" -> 3500, "一九九三" -> 1993), else None."""
    if not s or any(c not in NUMERAL_CHARS for c in s):
        return None
    if len(s) > 1 and all(c in DIGIT_CHARS for c in s):  # positional: 一九九三
        return float("".join(str(DIGIT_CHARS[c]) for c in s))
    for big in _BIG_FIRST:
        if big in s:
            head, tail = s.split(big, 1)
            left = parse_characters(head) if head else 1.0
            right = parse_characters(tail) if tail else 0.0
            return None if left is None or right is None else left * BIG_UNIT_CHARS[big] + right
    return _section(s)


def parse_words(s: str) -> float | None:
    """Value of number words ("twenty-five" -> 25, "two hundred" -> 200), else None."""
    total, current = 0, 0
    for w in _WORD_SPLIT_RE.split(s.lower().strip()):
        if w in _JOINERS:
            continue
        if w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif w in _HUNDREDS:
            current = max(current, 1) * _HUNDREDS[w]
        elif w in _WORD_SCALES:
            total += max(current, 1) * int(MULTIPLIERS[w])
            current = 0
        else:
            return None
    return float(total + current)


def parse_number(s: str) -> float | None:
    """Value of one number as written: ASCII or full-width digits, separators, 万/亿, words."""
    s = s.strip().translate(FULL_WIDTH)
    if s.isdigit() and s.isascii():
        return float(s)
    mult, lower = 1.0, s.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(s) > len(suffix):
            head = s[: len(s) - len(suffix)].rstrip()
            if head and head[-1].isdigit():  # "70万"; numeral characters carry their own 万/亿
                mult, s = MULTIPLIERS[suffix], head
                break
    if _GROUPED_RE.fullmatch(s):
        return float(_SEP_RE.sub("", s)) * mult
    value = parse_characters(s) if not s.isascii() else parse_words(s)
    return None if value is None else value * mult


def step_of(n: float) -> float:
    """One step of N's last non-zero digit: 300 -> 100, 30 -> 10, 24 -> 1, 1 500 -> 100."""
    n, step = int(n), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)

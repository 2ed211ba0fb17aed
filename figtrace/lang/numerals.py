"""The value of one number as written: digits, numeral characters, number words.

Built from the registered languages' numeral tables (``registry``): numeral characters
(一 二 ... 十 百 千 万 亿) are read by their units, digits mixed in ("3万4000", "5万4千6百"),
零 a placeholder ("一千零十二" = 1012), a last digit after a unit standing for the next
unit down ("两千三百五" = 2350, "一万三" = 13 000), 点 a decimal point; number words by
their grammar ("two hundred and two thousand" = 202 000), scales decreasing.  A form the
grammar does not know gives None, never a guess.

>>> parse_number("1 000"), parse_number("７０万"), parse_number("一百"), parse_number("1.2 million")
(1000.0, 700000.0, 100.0, 1200000.0)
>>> parse_number("三千五百"), parse_number("一九九三"), parse_number("twenty-five"), parse_number("二百五")
(3500.0, 1993.0, 25.0, 250.0)
>>> approximate_pair("二三十"), approximate_pair("五六千"), approximate_pair("三十")
((20.0, 30.0), (5000.0, 6000.0), None)
"""
from __future__ import annotations

import re

from figtrace.lang import number_tables, registry, spelled
from figtrace.lang.number_tables import NumberTables
from figtrace.lang.shapes import FULL_WIDTH, GROUP_SEPARATOR

_SHARED = number_tables.for_language(None)  # English number words are read with the shared tables
MULTIPLIERS: dict[str, float] = _SHARED.multipliers  # written after digits: "70 万", "1.2 million"
DIGIT_CHARS: dict[str, int] = registry.merged("NUMERAL_DIGITS")  # 一 -> 1
UNIT_CHARS: dict[str, int] = registry.merged("NUMERAL_UNITS")  # 十 -> 10
BIG_UNIT_CHARS: dict[str, int] = registry.merged("NUMERAL_BIG_UNITS")  # 万 -> 10 000
ZERO_CHARS = frozenset(c for c, v in DIGIT_CHARS.items() if v == 0)  # 零 〇: placeholders
POINT_CHARS = "".join(registry.tables("NUMERAL_POINT"))  # 点: a decimal point among numeral characters
NUMERAL_CHARS = frozenset(DIGIT_CHARS) | frozenset(UNIT_CHARS) | frozenset(BIG_UNIT_CHARS)
NUMBER_WORDS: dict[str, int] = _SHARED.number_words  # twenty -> 20
_HUNDREDS: dict[str, int] = _SHARED.hundreds
_JOINERS = _SHARED.joiners
_ONE_ARTICLES = _SHARED.one_articles  # "a hundred", "a dozen"
_HALVES = _SHARED.halves  # "half a million"
_DOZENS: dict[str, int] = _SHARED.dozens  # "three dozen", "a dozen"
_WORD_SCALES = _SHARED.word_scales  # thousand, million ...
_PAIRS = frozenset(tuple(p) for p in registry.joined("NUMERAL_PAIRS"))  # (2, 3): 二三十 is 20 to 30
_SUFFIXES = _SHARED.suffixes  # "千万" before "万"
_SEP_RE = re.compile(GROUP_SEPARATOR)
_TOKEN_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?|\S")  # a digit run (one token) or one character
_WORD_RE = re.compile(r"[a-z]+")
_GROUPED_RE = re.compile(rf"[0-9]{{1,3}}(?:{GROUP_SEPARATOR}[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")  # "1 000", "2.5"
_NON_DIGITS_RE = re.compile(r"[^0-9]+")


def _decimals(s: str) -> float | None:
    """The value of the digits after a decimal point, read one by one: 五七九 -> 0.579."""
    if not s or any(c not in DIGIT_CHARS for c in s):
        return None
    return float("0." + "".join(str(DIGIT_CHARS[c]) for c in s))


def parse_characters(s: str) -> float | None:
    """Value of numeral characters, digits mixed in, else None (see the module docstring).

    >>> parse_characters("一千零十二"), parse_characters("四亿五千六百四十二万零一十五"), parse_characters("3万4000")
    (1012.0, 456420015.0, 34000.0)
    """
    s = "".join(s.split()).translate(FULL_WIDTH)
    whole, point, frac = s.partition(POINT_CHARS[:1]) if POINT_CHARS else (s, "", "")
    if point:
        tail = _decimals(frac)
        head = parse_characters(whole) if whole else None
        return None if tail is None or head is None else head + tail
    if not s:
        return None
    if len(s) > 2 and all(c in DIGIT_CHARS for c in s):  # positional: 一九九三
        return float("".join(str(DIGIT_CHARS[c]) for c in s))
    return _sections(_TOKEN_RE.findall(s))


def _sections(tokens: list[str]) -> float | None:
    """Sum of sections closed by big units (万, 亿); None where the tokens break the grammar."""
    total, section, digit = 0.0, 0.0, None
    last_unit, last_big, after_zero, elided_from = None, None, False, None
    for tok in tokens:
        if tok[0].isdigit() or tok in DIGIT_CHARS and tok not in ZERO_CHARS:
            if digit is not None:
                return None  # two digits in a row: 二三 (an approximate pair) or a garbled number
            digit = float(tok) if tok[0].isdigit() else float(DIGIT_CHARS[tok])
            elided_from = None if tok[0].isdigit() or after_zero else (last_unit or last_big)
        elif tok in ZERO_CHARS:
            if digit is not None:
                return None
            after_zero = True
        elif tok in UNIT_CHARS:
            unit = UNIT_CHARS[tok]
            if last_unit is not None and unit >= last_unit:
                return None  # 十百: units must fall within a section
            section += (1.0 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
        elif tok in BIG_UNIT_CHARS:
            big = BIG_UNIT_CHARS[tok]
            part = section + (digit or 0.0)
            if last_big is not None and big < last_big:
                total += part * big  # 四亿 ... 五千万: a lower section
            else:
                total = (total + (part or (0.0 if total else 1.0))) * big  # 一万五千亿, 四万万, 万亿
            section, digit, last_unit, last_big, after_zero = 0.0, None, None, big, False
        else:
            return None
    if digit is not None and elided_from and elided_from >= 100:
        digit *= elided_from / 10  # 两千三百五: the 五 is fifty; 一万三: the 三 is three thousand
    return total + section + (digit or 0.0)


def approximate_pair(s: str) -> tuple[float, float] | None:
    """(low, high) of numeral characters holding one approximate pair (二三十, 两三百, 十五六), else None."""
    s = "".join(s.split())
    hits = [i for i in range(len(s) - 1) if (DIGIT_CHARS.get(s[i]), DIGIT_CHARS.get(s[i + 1])) in _PAIRS]
    if len(hits) != 1 or (len(s) > 2 and all(c in DIGIT_CHARS for c in s)):
        return None
    i = hits[0]
    low, high = parse_characters(s[: i + 1] + s[i + 2:]), parse_characters(s[:i] + s[i + 1:])
    return (low, high) if low is not None and high is not None and low < high else None


def parse_words(s: str) -> float | None:
    """Value of number words ("twenty-five" -> 25, "two hundred and two thousand" -> 202 000), else None.

    Scales must fall ("one thousand two thousand" is None); "a" stands for one before a
    scale ("a hundred"); "half" only as "half (a) million" / "half a dozen"; "dozen" only
    after a number below a hundred ("three dozen"; "three hundred and two dozens" is None).

    >>> parse_words("twenty-one trillion and three hundred"), parse_words("half a million"), parse_words("five and six")
    (21000000000300.0, 500000.0, None)
    """
    words = _WORD_RE.findall(s.lower())
    if not words:
        return None
    if words[0] in _HALVES:
        rest = [w for w in words[1:] if w not in _ONE_ARTICLES]
        scale = _WORD_SCALES.get(rest[0], _DOZENS.get(rest[0])) if len(rest) == 1 else None
        return None if scale is None else 0.5 * scale
    total, hundreds, small, last_scale, prev = 0.0, 0.0, 0.0, float("inf"), None
    for i, w in enumerate(words):
        if w in _JOINERS:
            if prev != "scale":
                return None  # "and" only after a hundred or a scale: "five and six" is two numbers
            prev = "and"
            continue
        if w in _ONE_ARTICLES:
            if i + 1 >= len(words) or small or hundreds:
                return None
            small, prev = 1.0, "word"
        elif w in NUMBER_WORDS:
            v = NUMBER_WORDS[w]
            if small and not (prev == "word" and small >= 20 and small % 10 == 0 and v < 10):
                return None  # "five three"; only "twenty one" joins
            small, prev = small + v, "word"
        elif w in _HUNDREDS:
            if not small or small >= 100 or hundreds:
                return None
            hundreds, small, prev = small * _HUNDREDS[w], 0.0, "scale"
        elif w in _WORD_SCALES or w in _DOZENS:
            scale = _WORD_SCALES.get(w) or _DOZENS[w]
            group = hundreds + small
            if not group or scale >= last_scale or (w in _DOZENS and (total or hundreds or i + 1 < len(words))):
                return None
            total, hundreds, small, last_scale, prev = total + group * scale, 0.0, 0.0, scale, "scale"
        else:
            return None
    return None if prev == "and" else total + hundreds + small


def parse_number(s: str, factor: float = 1.0, t: NumberTables | None = None) -> float | None:
    """Value of one number as written (ASCII or full-width digits, separators, 万/亿, words), times ``factor``.

    A decimal times a scale is exact where it is whole: "1,100.9" x 1e8 = 110 090 000 000.
    ``t``: the reading set's tables (digits grouped, words spelled as its languages write
    them); the shared Chinese and English ones when None.
    """
    if t is not None and not t.shared:
        return _parse_in(s, factor, t)
    s = s.strip().translate(FULL_WIDTH)
    if s.isdigit() and s.isascii():
        return float(s) * factor
    mult, lower = factor, s.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(s) > len(suffix):
            head = s[: len(s) - len(suffix)].rstrip()
            if head and head[-1].isdigit() and _GROUPED_RE.fullmatch(head):  # "70万"; 3万4000 is read whole
                mult, s = factor * MULTIPLIERS[suffix], head
                break
    if _GROUPED_RE.fullmatch(s):
        whole, _, frac = _SEP_RE.sub("", s).partition(".")
        return int(whole + frac) * mult / 10 ** len(frac)  # 1,100.9 亿: exact, not 110090000000.00002
    value = parse_characters(s) if not s.isascii() else parse_words(s)
    return None if value is None else value * mult


def _parse_in(s: str, factor: float, t: NumberTables) -> float | None:
    """``parse_number`` in a reading set of its own: its separators, decimal mark, scales and number words."""
    s = s.strip().translate(FULL_WIDTH)
    if s.isdigit() and s.isascii():
        return float(s) * factor
    mult, lower = factor, s.lower()
    for suffix in t.suffixes:
        if lower.endswith(suffix) and len(s) > len(suffix):
            head = s[: len(s) - len(suffix)].rstrip()
            if head and head[-1].isdigit() and t.grouped.fullmatch(head):  # "1,5 millions", "3 тыс."
                mult, s = factor * t.multipliers[suffix], head
                break
    m = t.grouped.fullmatch(s)
    if m:
        groups = _NON_DIGITS_RE.split(m.group("int"))
        if t.reversed_groups and len(groups) > 1 and len(groups[0]) == 3 and groups[-1][0] != "0":
            groups.reverse()  # Arabic "000 2": lowest group first
        whole, frac = "".join(groups), m.group("frac") or ""
        return int(whole + frac) * mult / 10 ** len(frac)
    value = spelled.parse_spelled(s, t)
    return None if value is None else value * mult


def step_of(n: float) -> float:
    """One step of N's last non-zero digit: 300 -> 100, 30 -> 10, 24 -> 1, 1 500 -> 100."""
    n, step = int(n), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)

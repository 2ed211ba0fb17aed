"""How numbers and their units are written: numeral values, classifiers, unit words.

Pure tables and parsers shared by ``figtrace.numbers`` (which re-exports ``parse_number``).

>>> parse_number("1 000"), parse_number("７０万"), parse_number("一百"), parse_number("1.2 million")
(1000.0, 700000.0, 100.0, 1200000.0)
"""
from __future__ import annotations

import re

MULTIPLIERS = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "thousand": 1e3, "million": 1e6, "billion": 1e9}

# Classifier / unit right after the number -> normalised unit (None: decided by the noun).
CLASSIFIERS = {
    "名": "persons", "人": "persons", "人口": "persons", "人民": "persons", "人质": "persons",
    "难民": "persons", "平民": "persons", "居民": "persons", "位": "persons", "个": None, "份": "documents", "封": "letters",
    "项": "items", "次": "times", "座": None, "户": "households", "所": None, "间": None,
    "处": "places", "件": "items", "起": "incidents", "架": "aircraft", "辆": "vehicles",
    "枚": "munitions", "发": "rounds", "具": "bodies", "批": "batches", "国": "states",
    "区": "districts", "天": "days", "年": "years", "个月": "months", "个星期": "weeks",
    "星期": "weeks", "周": "weeks", "小时": "hours", "公里": "km", "平方公里": "km2",
    "公顷": "hectares", "%": "percent", "％": "percent", "美元": "USD", "吨": "tonnes",
}
TIME_UNITS = {"days": "days", "years": "years", "months": "months", "weeks": "weeks", "hours": "hours",
              "decades": "decades"}
EN_TIME = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
           "months": "months", "year": "years", "years": "years", "decade": "decades",
           "decades": "decades", "hour": "hours", "hours": "hours"}
# Chinese idioms holding numerals that are not figures.
IDIOMS = ("一次又一次", "三番五次", "千方百计", "四面八方", "五花八门", "一一", "万一", "千万",
          "一两", "三三两两", "七上八下", "乱七八糟", "一五一十", "十全十美", "百分之百")
EN_NOUN_UNITS = {
    "people": "persons", "persons": "persons", "civilians": "persons", "residents": "persons",
    "inhabitants": "persons", "women": "persons", "children": "persons", "men": "persons",
    "soldiers": "persons", "refugees": "persons", "hostages": "persons", "victims": "persons",
    "letters": "letters", "statements": "documents", "documents": "documents", "reports": "documents",
    "resolutions": "documents", "districts": "districts", "regions": "districts",
    "villages": "settlements", "towns": "settlements", "cities": "settlements", "settlements": "settlements",
    "states": "states", "countries": "states", "per": None,
} | EN_TIME

_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_SEP = "[,，  \u2009\u202f]"
_EN_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

_CN_VAL = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_SEP_RE = re.compile(_SEP)
_EN_SPLIT_RE = re.compile(r"[\s\-]+")
_SUFFIXES = ("千万", "百万", "万", "亿", "thousand", "million", "billion")  # multipliers written after digits
_GROUPED_RE = re.compile(rf"[0-9]{{1,3}}(?:{_SEP}[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")  # "1 000", "2.5"
_EN_VAL = {w: i + 1 for i, w in enumerate(_EN_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_EN_TENS)}


def _cn_small(s: str) -> float:
    section, digit = 0, None
    for c in s:
        if c in _CN_VAL:
            digit = _CN_VAL[c]
        else:
            section += (1 if digit is None else digit) * _CN_SMALL[c]
            digit = None
    return float(section + (digit or 0))


def parse_chinese(s: str) -> float | None:
    """Value of a Chinese numeral ("十二" -> 12, "三千五百" -> 3500, "一九九三" -> 1993)."""
    if not s or any(c not in _CN_VAL and c not in _CN_SMALL and c not in _CN_BIG for c in s):
        return None
    if len(s) > 1 and all(c in _CN_VAL for c in s):  # positional: 一九九三
        return float("".join(str(_CN_VAL[c]) for c in s))
    for big in ("亿", "万"):
        if big in s:
            head, tail = s.split(big, 1)
            left = parse_chinese(head) if head else 1.0
            right = parse_chinese(tail) if tail else 0.0
            return None if left is None or right is None else left * _CN_BIG[big] + right
    return _cn_small(s)


def parse_english(s: str) -> float | None:
    """Value of English number words ("twenty-five" -> 25, "two hundred" -> 200)."""
    total, current = 0, 0
    for w in _EN_SPLIT_RE.split(s.lower().strip()):
        if w == "and":
            continue
        if w in _EN_VAL:
            current += _EN_VAL[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * int(MULTIPLIERS[w])
            current = 0
        else:
            return None
    return float(total + current)


def parse_number(s: str) -> float | None:
    """Value of one number as written: ASCII or full-width digits, separators, 万/亿, words."""
    s = s.strip().translate(_FW)
    if s.isdigit() and s.isascii():
        return float(s)
    mult, lower = 1.0, s.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(s) > len(suffix):
            head = s[: len(s) - len(suffix)].rstrip()
            if head and head[-1].isdigit():  # "70万"; Chinese numerals carry their own 万/亿
                mult, s = MULTIPLIERS[suffix], head
                break
    if _GROUPED_RE.fullmatch(s):
        return float(_SEP_RE.sub("", s)) * mult
    value = parse_chinese(s) if not s.isascii() else parse_english(s)
    return None if value is None else value * mult


def step_of(n: float) -> float:
    """One step of N's last non-zero digit: 300 -> 100, 30 -> 10, 24 -> 1, 1 500 -> 100."""
    n, step = int(n), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)

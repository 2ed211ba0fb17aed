"""Where a figure happened: place names in a paragraph, and the one a figure belongs to."""
from __future__ import annotations

import re

# Subnational places of the region (extend freely); countries count only in locative use.
PLACES = ("霍贾利", "舒沙", "拉钦", "克尔巴贾尔", "阿格达姆", "菲祖利", "库巴特雷", "杰布拉伊尔",
          "赞格兰", "戈拉迪兹", "巴尔达", "达赫利戈卡拉巴赫", "纳戈尔诺-卡拉巴赫", "甘贾", "塔塔尔",
          "Khojaly", "Shusha", "Lachin", "Kalbajar", "Agdam", "Fuzuli", "Gubadly", "Jabrayil",
          "Zangilan", "Horadiz", "Barda", "Nagorno-Karabakh", "Daghlyq Garabagh", "Ganja", "Tartar")
COUNTRIES = ("阿塞拜疆", "亚美尼亚", "Azerbaijan", "Armenia")
_PLACE_RE = re.compile("|".join(re.escape(p) for p in sorted(PLACES + COUNTRIES, key=len, reverse=True)))
_OUTSIDE_RE = re.compile(r"(?:区|市|镇|地区|州)?(?:以外|之外)")
# "the town of Northvale": a place the gazetteer does not know, named by its kind.
_EN_PLACE_RE = re.compile(r"\b(?:town|city|village|district|region|province|municipality|settlement)s? of "
                          r"([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)")


_AROUND_RE = re.compile(r"周围|周边|附近|以外|之外|\baround\b|\bnear\b|\boutside\b|\bsurrounding\b")
_COORD_PLACE_RE = re.compile(r"(?:区|市|镇|地区|州)?\s*(?:和|、|及|与)\s*")
_LOCATIVE_BEFORE_RE = re.compile(r"(?:在|(?<![关对由至属])于|\bin)\s*$")
_COUNTRY_OF_FIGURE_RE = re.compile(r"(?:的(?:另外|其他)?)?\s*(?:[0-9]|数|超过|约|近|[两三四五六七八九十])")


def place_mentions(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Place names in [lo, hi) as (start, end, name), coordinated runs merged ("X 区和 Y 区")."""
    found = [(m.start(), m.end(), m.group()) for m in _PLACE_RE.finditer(text, lo, hi)]
    found += [(m.start(1), m.end(1), m.group(1)) for m in _EN_PLACE_RE.finditer(text, lo, hi)
              if not _PLACE_RE.fullmatch(m.group(1))]
    runs: list[list] = []
    for start, end, name in sorted(found):
        if name in COUNTRIES and not _locative_country(text, start, end, lo):
            continue
        if _OUTSIDE_RE.match(text, end):
            continue
        if runs and _COORD_PLACE_RE.fullmatch(text, runs[-1][1], start):
            runs[-1][1], runs[-1][2] = end, runs[-1][2] + "、" + name
        else:
            runs.append([start, end, name])
    return [tuple(r) for r in runs]


def _locative_country(text: str, s: int, e: int, lo: int) -> bool:
    before = text[max(lo, s - 3):s]
    after = text[e:e + 5]
    return bool(_LOCATIVE_BEFORE_RE.search(before)) or bool(_COUNTRY_OF_FIGURE_RE.match(after))


def place_for(text: str, pos: int, sent: tuple[int, int], para_places: list, subject_span: tuple[int, int]) -> str | None:
    """The place a figure belongs to: in its subject, else before it in the sentence, else earlier in the paragraph.

    ``para_places`` is ``place_mentions`` over the whole paragraph, computed once.
    """
    inside = [p for p in para_places if subject_span[0] <= p[0] and p[1] <= subject_span[1]]
    if inside:
        return inside[0][2]
    before = [p for p in para_places if sent[0] <= p[0] and p[1] <= pos]
    if before:
        s, e, name = before[-1]
        if _COORD_PLACE_RE.fullmatch(text, e, pos) or _AROUND_RE.search(text, e, pos):
            return None  # a sibling in a list of places, or "周围的 7 个区": related to the place, not in it
        return name
    earlier = [p for p in para_places if p[1] <= sent[0] and p[2] not in COUNTRIES]
    return earlier[-1][2] if earlier else None

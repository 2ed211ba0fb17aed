"""Number grammar cases: text -> quantities found, each row naming where it came from.

QUANTITY_CASES rows: (text, [(surface, qualifier, low, best, high, unit_hint)], source).
An empty list means: no figure here.  Known misses are strict xfails; do not delete them.
"""
from __future__ import annotations

import pytest

X = pytest.mark.xfail


def miss(reason: str):
    return X(strict=True, reason=reason)


QUANTITY_CASES = [
    # --- the seed letter (A/75/709-S/2021/39 zh)
    ("造成 613 名阿塞拜疆平民死亡", [("613", "exact", 613, 613, 613, "persons")], "seed p2 ¶7"),
    ("另有 1 000 人受伤", [("1 000", "exact", 1000, 1000, 1000, "persons")], "seed p2 ¶7 (space separator)"),
    ("1 275 名霍贾利居民", [("1 275", "exact", 1275, 1275, 1275, "persons")], "seed p2 ¶7"),
    ("超过 70 万阿塞拜疆人", [("超过 70 万", "more_than", 700000, None, None, None)], "seed p2 ¶5"),
    ("曾经有 50 万人口", [("50 万", "exact", 500000, 500000, 500000, "persons")], "seed p1 ¶1"),
    ("100 多万背井离乡的阿塞拜疆人", [("100 多万", "plus", 1_000_000, None, 2_000_000, None)], "seed p11"),
    ("300 多个阿塞拜疆城市", [("300 多", "plus", 300, None, 400, None)], "seed p13"),
    ("约 570 封信函", [("约 570", "approximately", None, 570, None, "letters")], "seed p7 ¶42"),
    ("约 200 份声明", [("约 200", "approximately", None, 200, None, "documents")], "seed p7 ¶42"),
    ("造成数万人死亡", [("数万", "tens_of", 10000, None, 100000, "persons")], "seed p2 ¶5"),
    ("数以万计的和平人民死亡", [("数以万计", "tens_of", 10000, None, 100000, None)], "seed p4 ¶15"),
    ("阿塞拜疆数百个城市", [("数百", "hundreds_of", 100, None, 1000, None)], "seed p2 ¶5"),
    ("数百次发言", [("数百", "hundreds_of", 100, None, 1000, "times")], "seed p7 ¶42"),
    ("另外两份主席说明", [("两", "exact", 2, 2, 2, "documents")], "seed p4 ¶14"),
    ("另外三个区", [("三", "exact", 3, 3, 3, None)], "seed p5 ¶26"),
    ("四项原则", [("四", "exact", 4, 4, 4, "items")], "seed p7 ¶36"),
    ("由 9 个国家组成", [("9", "exact", 9, 9, 9, None)], "seed p4 ¶18"),
    ("超过 77 000 名其居民", [("超过 77 000", "more_than", 77000, None, None, "persons")], "seed p3 ¶13"),
    ("第 366 团", [], "seed p2 ¶7: unit designation"),
    ("第一项决议", [], "seed p4: ordinal"),
    ("第二项原则", [], "seed p7: ordinal with classifier"),
    ("一位作者指出", [], "seed p3: 一 + classifier is an article"),
    ("一次又一次地", [], "seed p3: idiom"),
    ("同一天", [], "seed p5: 'the same day'"),
    ("1993 年 7 月 23 日", [], "seed: a date, not counts"),
    ("1980 年代末", [], "seed p1: a decade"),
    ("(1993)", [], "seed: year in a resolution symbol"),
    ("几周后", [], "seed p2: no numeral"),
    # --- other Chinese forms expected in other letters (synthetic)
    ("１２３ 人", [("１２３", "exact", 123, 123, 123, "persons")], "synthetic: full-width digits"),
    ("３万人", [("３万", "exact", 30000, 30000, 30000, "persons")], "synthetic: full-width + 万"),
    ("1.5 万人", [("1.5 万", "exact", 15000, 15000, 15000, "persons")], "synthetic: decimal 万"),
    ("七十万人", [("七十万", "exact", 700000, 700000, 700000, "persons")], "synthetic: Chinese numeral 万"),
    ("一百五十万难民", [("一百五十万", "exact", 1_500_000, 1_500_000, 1_500_000, "persons")], "synthetic"),
    ("两千余人", [("两千余", "plus", 2000, None, 3000, "persons")], "synthetic: N 余"),
    ("30 余万人", [("30 余万", "plus", 300000, None, 400000, "persons")], "synthetic: N 余万"),
    ("逾 1 000 人", [("逾 1 000", "more_than", 1000, None, None, "persons")], "synthetic: 逾"),
    ("近 4 000 人", [("近 4 000", "nearly", None, None, 4000, "persons")], "synthetic: 近"),
    ("不到 100 人", [("不到 100", "less_than", None, None, 100, "persons")], "synthetic: 不到"),
    ("至少 150 人", [("至少 150", "at_least", 150, None, None, "persons")], "synthetic: 至少"),
    ("不超过 50 人", [("不超过 50", "at_most", None, None, 50, "persons")], "synthetic: 不超过 before 超过"),
    ("100 人左右", [("100 人左右", "approximately", None, 100, None, "persons")], "synthetic: post 左右"),
    ("约 3 至 4 万人", [("约 3 至 4 万", "range", 30000, None, 40000, "persons")], "synthetic: shared 万"),
    ("7 万至 8 万人", [("7 万至 8 万", "range", 70000, None, 80000, "persons")], "synthetic: range"),
    ("上万人", [("上万", "upwards_of", 10000, None, None, "persons")], "synthetic: 上万"),
    ("数十万人", [("数十万", "hundreds_of", 100000, None, 1_000_000, "persons")], "synthetic: 数十万"),
    ("百分之二十的领土", [("百分之二十", "exact", 20, 20, 20, "percent")], "synthetic: percent"),
    ("20%的领土", [("20", "exact", 20, 20, 20, "percent")], "synthetic: percent sign"),
    ("最近 3 天", [("3", "exact", 3, 3, 3, "days")], "synthetic: 最近 is not 近"),
    ("《欧洲常规武装力量条约》 3 条", [], "synthetic: 条约 is not 约; 3 条 is an article"),
    ("千方百计", [], "synthetic: idiom"),
    ("十分严重", [], "synthetic: 十分 = very"),
    pytest.param("两三百人", [("两三百", "range", 200, None, 300, "persons")], "synthetic: 两三百",
                 marks=miss("adjacent-numeral approximations (两三百, 三五个) are not parsed")),
    # --- English forms expected in other letters (synthetic)
    ("more than 700,000 people", [("more than 700,000", "more_than", 700000, None, None, "persons")], "synthetic en"),
    ("about 570 letters", [("about 570", "approximately", None, 570, None, "letters")], "synthetic en"),
    ("tens of thousands of people", [("tens of thousands", "tens_of", 10000, None, 100000, "persons")], "synthetic en"),
    ("hundreds of thousands of refugees", [("hundreds of thousands", "hundreds_of", 100000, None, 1_000_000, "persons")], "synthetic en"),
    ("thousands of civilians", [("thousands", "thousands_of", 1000, None, 10000, "persons")], "synthetic en"),
    ("some 24,000 residents", [("some 24,000", "approximately", None, 24000, None, "persons")], "synthetic en"),
    ("nearly 4,000 people", [("nearly 4,000", "nearly", None, None, 4000, "persons")], "synthetic en"),
    ("at least 150 people", [("at least 150", "at_least", 150, None, None, "persons")], "synthetic en"),
    ("up to 50 000 people", [("up to 50 000", "at_most", None, None, 50000, "persons")], "synthetic en"),
    ("fewer than 100 people", [("fewer than 100", "less_than", None, None, 100, "persons")], "synthetic en"),
    ("over 1 million people", [("over 1 million", "more_than", 1_000_000, None, None, "persons")], "synthetic en"),
    ("1.2 million displaced", [("1.2 million", "exact", 1_200_000, 1_200_000, 1_200_000, None)], "synthetic en"),
    ("between 20 and 30 villages", [("between 20 and 30", "range", 20, None, 30, "settlements")], "synthetic en"),
    ("3,000-4,000 people", [("3,000-4,000", "range", 3000, None, 4000, "persons")], "synthetic en"),
    ("70 000 to 80 000 people", [("70 000 to 80 000", "range", 70000, None, 80000, "persons")], "synthetic en"),
    ("three districts", [("three", "exact", 3, 3, 3, "districts")], "synthetic en: number words"),
    ("twenty-five people", [("twenty-five", "exact", 25, 25, 25, "persons")], "synthetic en"),
    ("less than 10 per cent", [("less than 10", "less_than", None, None, 10, "percent")], "synthetic en"),
    ("one of the towns", [], "synthetic en: 'one' is not a count"),
    ("in 1993, people", [], "synthetic en: a bare year"),
    ("paragraph 87", [], "seed fn 5 (en form): paragraph number"),
    ("resolution 822 (1993)", [], "synthetic en: resolution"),
    ("No. 40984/07", [], "seed fn 5 (en form): case number"),
    ("the 3205th meeting", [], "seed fn 20 (en form): meeting number"),
    ("Article 78", [], "seed fn 1 (en form)"),
    ("COVID-19", [], "synthetic en: name"),
    ("21-00487", [], "seed: job number"),
    ("会议于 10:00 开始", [], "synthetic: time of day"),
    ("at 10.30 a.m. on", [], "synthetic en: time of day"),
    ("00 人", [], "synthetic: leading zero is a code"),
    ("2020/21 年度", [], "synthetic: fiscal year"),
    ("A/75/709", [], "seed: symbol"),
    pytest.param("dozens of villages", [("dozens", "tens_of", 24, None, 144, "settlements")], "synthetic en",
                 marks=miss("'dozens' has no agreed convention yet in data-model.md")),
    pytest.param("half a million people", [("half a million", "exact", 500000, 500000, 500000, "persons")],
                 "synthetic en", marks=miss("fractions of a scale word are not parsed")),
]

# (string, value) for parse_number
PARSE_CASES = [
    ("1 000", 1000), ("1,000", 1000), ("１，０００", 1000), ("1 275", 1275), ("77 000", 77000),
    ("70万", 700000), ("７０万", 700000), ("1.5 万", 15000), ("两", 2), ("十二", 12), ("一百", 100),
    ("三千五百", 3500), ("七十万", 700000), ("一亿三千万", 130_000_000), ("一百零五", 105),
    ("一九九三", 1993), ("1.2 million", 1_200_000), ("twenty-one", 21), ("two hundred thousand", 200000),
    ("abc", None), ("", None), ("1,00", None),
]

"""Date and duration grammar cases, each row naming where it came from.

DATE_CASES rows: (text, context_year, [(surface, start, end, precision, year_inferred)], source).
DURATION_CASES rows: (text, [(surface, qualifier, low, best, high, unit)], source).
"""
from __future__ import annotations

import pytest


def miss(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


DATE_CASES = [
    # --- the seed letter
    ("1987 年底", None, [("1987 年底", "1987-10-01", "1987-12-31", "year_part", False)], "seed p1 ¶1"),
    ("1991 年年底和 1992 年初", None, [("1991 年年底", "1991-10-01", "1991-12-31", "year_part", False),
                                   ("1992 年初", "1992-01-01", "1992-03-31", "year_part", False)], "seed p2 ¶4"),
    ("1980 年代末", None, [("1980 年代末", "1987-01-01", "1989-12-31", "decade_part", False)], "seed p1 ¶1"),
    ("1990 年代初", None, [("1990 年代初", "1990-01-01", "1993-12-31", "decade_part", False)], "seed p12"),
    ("1989 年 12 月 1 日", None, [("1989 年 12 月 1 日", "1989-12-01", "1989-12-01", "day", False)], "seed p1 ¶2"),
    ("1994 年 5 月确立停火", None, [("1994 年 5 月", "1994-05-01", "1994-05-31", "month", False)], "seed p2 ¶4"),
    ("1993 年 7 月至 10月期间", None, [("1993 年 7 月至 10月", "1993-07-01", "1993-10-31", "month", False)], "seed p4 ¶19 (wrap joined)"),
    ("1994 年 12 月 5日至 6 日", None, [("1994 年 12 月 5日至 6 日", "1994-12-05", "1994-12-06", "day", False)], "seed p7 ¶38"),
    ("2016 年 10 月 18 日至 19 日", None, [("2016 年 10 月 18 日至 19 日", "2016-10-18", "2016-10-19", "day", False)], "seed fn 6"),
    ("1993 年 3 月底和 4 月初", None, [("1993 年 3 月底", "1993-03-21", "1993-03-31", "month_part", False),
                                  ("4 月初", "1993-04-01", "1993-04-10", "month_part", True)], "seed p4 ¶15"),
    ("1993 年 7 月 28 日，阿塞拜疆报告说：“7 月 23 日，", None,
     [("1993 年 7 月 28 日", "1993-07-28", "1993-07-28", "day", False),
      ("7 月 23 日", "1993-07-23", "1993-07-23", "day", True)], "seed p4 ¶20"),
    ("7 月 27 日", 1993, [("7 月 27 日", "1993-07-27", "1993-07-27", "day", True)], "seed p5 ¶20 (context year)"),
    ("7 月 23 日", None, [], "seed: no year anywhere -> left out"),
    ("1993 年8 月 23 日", None, [("1993 年8 月 23 日", "1993-08-23", "1993-08-23", "day", False)], "seed p5 (wrap joined)"),
    ("2020 年 11月 9 日", None, [("2020 年 11月 9 日", "2020-11-09", "2020-11-09", "day", False)], "seed p13"),
    ("1993 年 3 月 30 日和 31 日", None, [("1993 年 3 月 30 日", "1993-03-30", "1993-03-30", "day", False),
                                     ("31 日", "1993-03-31", "1993-03-31", "day", True)], "seed fn 13"),
    ("1993 年期间", None, [("1993 年", "1993-01-01", "1993-12-31", "year", False)], "seed p4 ¶19"),
    ("第 822(1993)号决议", None, [], "seed p4: (1993) alone is no date here"),
    ("1992 年 2 月", None, [("1992 年 2 月", "1992-02-01", "1992-02-29", "month", False)], "seed p2 ¶7 (leap year)"),
    # --- other Chinese forms (synthetic)
    ("1992-1994 年", None, [("1992-1994 年", "1992-01-01", "1994-12-31", "year", False)], "synthetic"),
    ("1992 年至 1994 年", None, [("1992 年至 1994 年", "1992-01-01", "1994-12-31", "year", False)], "synthetic"),
    ("1993 年 5 月 30 日至 6 月 2 日", None, [("1993 年 5 月 30 日至 6 月 2 日", "1993-05-30", "1993-06-02", "day", False)], "synthetic"),
    ("2020 年上半年", None, [("2020 年上半年", "2020-01-01", "2020-06-30", "year_part", False)], "synthetic"),
    ("1993 年 3 月中旬", None, [("1993 年 3 月中旬", "1993-03-11", "1993-03-20", "month_part", False)], "synthetic"),
    ("１９９３年７月", None, [("１９９３年７月", "1993-07-01", "1993-07-31", "month", False)], "synthetic: full-width"),
    ("1993 年 2 月 30 日", None, [], "synthetic: impossible day"),
    ("3 个月", None, [], "synthetic: a duration, not a month"),
    pytest.param("一九九三年七月", None, [("一九九三年七月", "1993-07-01", "1993-07-31", "month", False)],
                 "synthetic: Chinese-numeral date", marks=miss("dates written in Chinese numerals are not parsed")),
    # --- English forms (synthetic, the same facts as the seed)
    ("12 January 2021", None, [("12 January 2021", "2021-01-12", "2021-01-12", "day", False)], "synthetic en (seed title)"),
    ("January 12, 2021", None, [("January 12, 2021", "2021-01-12", "2021-01-12", "day", False)], "synthetic en (US order)"),
    ("January 2021", None, [("January 2021", "2021-01-01", "2021-01-31", "month", False)], "synthetic en"),
    ("late 1987", None, [("late 1987", "1987-10-01", "1987-12-31", "year_part", False)], "synthetic en (seed p1)"),
    ("early 1992", None, [("early 1992", "1992-01-01", "1992-03-31", "year_part", False)], "synthetic en (seed p2)"),
    ("the end of 1992", None, [("the end of 1992", "1992-10-01", "1992-12-31", "year_part", False)], "synthetic en"),
    ("late March 1993", None, [("late March 1993", "1993-03-21", "1993-03-31", "month_part", False)], "synthetic en"),
    ("between July and October 1993", None, [("between July and October 1993", "1993-07-01", "1993-10-31", "month", False)], "synthetic en (seed p4)"),
    ("Between July and October 1993", None, [("Between July and October 1993", "1993-07-01", "1993-10-31", "month", False)], "synthetic en, sentence start"),
    ("5-6 December 1994", None, [("5-6 December 1994", "1994-12-05", "1994-12-06", "day", False)], "synthetic en (seed p7)"),
    ("the late 1980s", None, [("the late 1980s", "1987-01-01", "1989-12-31", "decade_part", False)], "synthetic en (seed p1)"),
    ("the early 1990s", None, [("the early 1990s", "1990-01-01", "1993-12-31", "decade_part", False)], "synthetic en"),
    ("in 1993", None, [("1993", "1993-01-01", "1993-12-31", "year", False)], "synthetic en"),
    ("since May 1992", None, [("May 1992", "1992-05-01", "1992-05-31", "month", False)], "synthetic en"),
    ("on 23 July", 1993, [("23 July", "1993-07-23", "1993-07-23", "day", True)], "synthetic en, year-less"),
    ("1,993 people", None, [], "synthetic en: a count, not a year"),
    pytest.param("from 5 December 1994 to 6 January 1995", None,
                 [("5 December 1994 to 6 January 1995", "1994-12-05", "1995-01-06", "day", False)],
                 "synthetic en", marks=miss("English day ranges across months are read as two dates")),
]

DURATION_CASES = [
    ("随后的战斗行动已经持续了 44 天", [("44 天", "exact", 44, 44, 44, "days")], "seed p12 ¶66"),
    ("近 30 年来", [("近 30 年", "nearly", None, None, 30, "years")], "seed p7 ¶40"),
    ("其 30 多年来逍遥法外", [("30 多年", "plus", 30, None, 40, "years")], "seed p12 ¶66"),
    ("不到一个月后", [("不到一个月", "less_than", None, None, 1, "months")], "seed p3 ¶9"),
    ("长达近 30 年的武装冲突", [("近 30 年", "nearly", None, None, 30, "years")], "seed p13 ¶70"),
    ("同一天", [], "seed p5: 'the same day'"),
    ("2016 年", [], "seed: a year is not a duration"),
    ("3 个月", [("3 个月", "exact", 3, 3, 3, "months")], "synthetic"),
    ("两年", [("两年", "exact", 2, 2, 2, "years")], "synthetic"),
    ("44 days", [("44 days", "exact", 44, 44, 44, "days")], "synthetic en"),
    ("nearly 30 years", [("nearly 30 years", "nearly", None, None, 30, "years")], "synthetic en"),
    ("more than 30 years", [("more than 30 years", "more_than", 30, None, None, "years")], "synthetic en"),
    ("less than a month", [("less than a month", "less_than", None, None, 1, "months")], "synthetic en"),
    ("over three decades", [("over three decades", "more_than", 3, None, None, "decades")], "synthetic en"),
]

"""Hand-annotated gold: every count, date and duration in the body of the seed letter.

Source: data/raw/A_75_709-S_2021_39.zh.txt (A/75/709-S/2021/39, Chinese).  Each row names
its paragraph (p<N> = the N-th body paragraph, as the layout stage numbers them) and the
surface as it stands in the canonical text; ``n`` picks the n-th occurrence in that
paragraph.  Values follow data-model.md (a qualifier is not a range; exact figures set
low = best = high).  Every row was read against the letter by hand.

This is a development set, not held-out evidence: it was drafted from the extractor's
own output on this letter and then checked and corrected by hand, and the extractor was
tuned on the same letter.  A perfect score here shows the seed is read as intended, not
that the extractor generalises; that evidence comes from hand-annotated gold of other
letters held out of development (the corpus gold of issue 9).

Decisions recorded here:
- The title line "2021 年 1 月 12 日 ... 的信" is a heading, not a sentence: the letter
  date is documents.letter_date, not a claim.  Headings give no claims.
- 一 + classifier (一位作者, 一项主席说明, 一份声明, 一次又一次) is an indefinite article,
  not a count; 两/三/四/九 + classifier are counts (category other unless the noun says more).
- 几周后 ("a few weeks later"), 同年, 许多人, 多次 carry no numeral: not figures.
- place and event dates are given for event figures only (not for "two republics").
- "包括达赫利戈卡拉巴赫、周围的 7 个区": the seven districts surround the region, they are not
  in it: no place (an analyst filtering on the region must not count them).
- A known miss stays here with ``xfail={field: reason}`` and is tested as a strict xfail.
- Issue 9: a number that only names a known set of states is a reference, not a figure:
  "两个共和国" (p7, the two republics the sentence names), "九国" (p32, p33: the nine states of the
  Minsk Group; 《九国宣言》 is a title), "两国人民" (p72).  These four rows were counts ('other',
  'states') before and are now in NOT_CLAIMS; "由 9 个国家组成" (p18) stays a count.
"""
from __future__ import annotations


def C(para, surface, qualifier, low, best, high, category, unit, *, subject=None, place=None, event=None,
      part_of=None, modality="asserted", by=None, n=0, xfail=None):
    """A count."""
    return dict(kind="count", para=para, surface=surface, n=n, xfail=xfail or {}, fields=dict(
        qualifier=qualifier, value_low=low, value_best=best, value_high=high, category=category, unit=unit,
        subject=subject, place=place, event_date_start=event[0] if event else None,
        event_date_end=event[1] if event else None, part_of=part_of, modality=modality, attributed_to=by))


def D(para, surface, start, end, precision, *, modality="asserted", by=None, n=0, xfail=None):
    """A date (inclusive interval)."""
    return dict(kind="date", para=para, surface=surface, n=n, xfail=xfail or {}, fields=dict(
        date_start=start, date_end=end, date_precision=precision, modality=modality, attributed_to=by))


def U(para, surface, qualifier, low, best, high, unit, *, modality="asserted", by=None, n=0, xfail=None):
    """A duration."""
    return dict(kind="duration", para=para, surface=surface, n=n, xfail=xfail or {}, fields=dict(
        qualifier=qualifier, value_low=low, value_best=best, value_high=high, unit=unit,
        modality=modality, attributed_to=by))


GOLD = [
    D('p1', '1987 年底', '1987-10-01', '1987-12-31', 'year_part'),
    D('p1', '1980 年代末', '1987-01-01', '1989-12-31', 'decade_part'),
    C('p1', '50 万', 'exact', 500000, 500000, 500000, 'population', 'persons', place='亚美尼亚', event=('1987-01-01', '1989-12-31'), subject='人口'),
    D('p2', '1989 年 12 月 1 日', '1989-12-01', '1989-12-01', 'day'),
    D('p4', '1991 年年底', '1991-10-01', '1991-12-31', 'year_part'),
    D('p4', '1992 年初', '1992-01-01', '1992-03-31', 'year_part'),
    D('p4', '1994 年 5 月', '1994-05-01', '1994-05-31', 'month'),
    C('p4', '7', 'exact', 7, 7, 7, 'territory', 'districts', event=('1994-05-01', '1994-05-31'), subject='区'),
    C('p5', '数万', 'tens_of', 10000, None, 100000, 'killed', 'persons', subject='人'),
    C('p5', '超过 70 万', 'more_than', 700000, None, None, 'displaced', 'persons', subject='阿塞拜疆人'),
    C('p5', '数百', 'hundreds_of', 100, None, 1000, 'settlements', 'settlements', place='阿塞拜疆', subject='城市、村镇'),
    D('p7', '1992 年 2 月', '1992-02-01', '1992-02-29', 'month'),
    C('p7', '613', 'exact', 613, 613, 613, 'killed', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), subject='阿塞拜疆平民'),
    C('p7', '106', 'exact', 106, 106, 106, 'killed', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), part_of='613', subject='妇女'),
    C('p7', '63', 'exact', 63, 63, 63, 'killed', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), part_of='613', subject='儿童'),
    C('p7', '70', 'exact', 70, 70, 70, 'killed', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), part_of='613', subject='老人'),
    C('p7', '1 000', 'exact', 1000, 1000, 1000, 'wounded', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), subject='人'),
    C('p7', '1 275', 'exact', 1275, 1275, 1275, 'hostages', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), subject='霍贾利居民'),
    C('p7', '150', 'exact', 150, 150, 150, 'missing', 'persons', place='霍贾利', event=('1992-02-01', '1992-02-29'), subject='人'),
    D('p8', '1992 年 3 月 11 日', '1992-03-11', '1992-03-11', 'day'),
    U('p9', '不到一个月', 'less_than', None, None, 1, 'months'),
    D('p11', '1992 年 5 月 9 日', '1992-05-09', '1992-05-09', 'day'),
    C('p11', '24 000', 'exact', 24000, 24000, 24000, 'displaced', 'persons', place='舒沙', event=('1992-05-09', '1992-05-09'), subject='阿塞拜疆人'),
    C('p11', '195', 'exact', 195, 195, 195, 'killed', 'persons', place='舒沙', event=('1992-05-09', '1992-05-09'), subject='平民'),
    C('p11', '165', 'exact', 165, 165, 165, 'wounded', 'persons', place='舒沙', event=('1992-05-09', '1992-05-09'), subject='人'),
    C('p11', '58', 'exact', 58, 58, 58, 'missing', 'persons', place='舒沙', event=('1992-05-09', '1992-05-09'), subject='人'),
    D('p12', '1992 年 5 月 12 日', '1992-05-12', '1992-05-12', 'day'),
    C('p13', '超过 77 000', 'more_than', 77000, None, None, 'displaced', 'persons', place='拉钦', subject='其居民',
      event=('1992-05-01', '2021-01-12')),  # the date (自 1992 年 5 月以来) stands in the next sentence
    D('p13', '1992 年 5 月', '1992-05-01', '1992-05-31', 'month', by='欧洲人权法院'),
    D('p14', '1992 年底', '1992-10-01', '1992-12-31', 'year_part'),
    C('p14', '两', 'exact', 2, 2, 2, 'documents', 'documents', event=('1992-10-01', '1992-12-31'), subject='主席说明'),
    D('p15', '1993 年 3 月底', '1993-03-21', '1993-03-31', 'month_part'),
    D('p15', '4 月初', '1993-04-01', '1993-04-10', 'month_part'),
    C('p15', '93 000', 'exact', 93000, 93000, 93000, 'population', 'persons', place='克尔巴贾尔', event=('1993-03-21', '1993-04-10'), subject='居民'),
    C('p15', '数以万计', 'tens_of', 10000, None, 100000, 'killed', 'persons', place='克尔巴贾尔、拉钦', event=('1993-03-21', '1993-04-10'), modality='hypothetical', subject='和平人民'),
    D('p16', '1993 年 4 月 6 日', '1993-04-06', '1993-04-06', 'day'),
    D('p17', '1993 年 4 月 30 日', '1993-04-30', '1993-04-30', 'day'),
    C('p18', '9', 'exact', 9, 9, 9, 'other', 'states', n=2, subject='国家'),
    D('p19', '1993 年 7 月至 10月', '1993-07-01', '1993-10-31', 'month'),
    C('p19', '5', 'exact', 5, 5, 5, 'territory', 'districts', event=('1993-07-01', '1993-10-31'), subject='区'),
    C('p19', '超过 50 万', 'more_than', 500000, None, None, 'displaced', 'persons', event=('1993-07-01', '1993-10-31'), subject='人口'),
    D('p19', '1993 年', '1993-01-01', '1993-12-31', 'year', n=1, modality='quoted', by='人权观察'),
    D('p20', '1993 年 7 月 28 日', '1993-07-28', '1993-07-28', 'day'),
    D('p20', '7 月 23 日', '1993-07-23', '1993-07-23', 'day', modality='quoted', by='阿塞拜疆'),
    D('p20', '7 月 27 日', '1993-07-27', '1993-07-27', 'day', modality='quoted', by='阿塞拜疆'),
    D('p21', '1993 年 7 月 29 日', '1993-07-29', '1993-07-29', 'day'),
    D('p22', '1993 年 8 月 17 日', '1993-08-17', '1993-08-17', 'day'),
    D('p24', '1993 年 8 月 18 日', '1993-08-18', '1993-08-18', 'day'),
    D('p25', '1993 年8 月 23 日', '1993-08-23', '1993-08-23', 'day'),
    D('p25', '1993年 8 月 31 日', '1993-08-31', '1993-08-31', 'day'),
    U('p26', '不到一个月', 'less_than', None, None, 1, 'months'),
    C('p26', '三', 'exact', 3, 3, 3, 'territory', 'districts', place='阿塞拜疆', subject='区'),
    D('p27', '1993 年 10 月 14 日', '1993-10-14', '1993-10-14', 'day'),
    D('p29', '1993 年 11 月 12 日', '1993-11-12', '1993-11-12', 'day'),
    D('p32', '1993 年 7 月 27 日', '1993-07-27', '1993-07-27', 'day'),
    D('p33', '1993 年 10 月 26 日', '1993-10-26', '1993-10-26', 'day'),
    D('p33', '1993 年 11 月 9 日', '1993-11-09', '1993-11-09', 'day'),
    D('p34', '1994 年 5 月 12 日', '1994-05-12', '1994-05-12', 'day'),
    C('p36', '四', 'exact', 4, 4, 4, 'other', 'principles', modality='quoted', by='联合国秘书长布特罗斯·布特罗斯-加利', subject='原则'),
    D('p38', '1994 年 12 月 5日至 6 日', '1994-12-05', '1994-12-06', 'day'),
    D('p39', '1995 年 4 月 26 日', '1995-04-26', '1995-04-26', 'day'),
    U('p40', '近 30 年', 'nearly', None, None, 30, 'years'),
    D('p42', '1992 年 3 月', '1992-03-01', '1992-03-31', 'month'),
    C('p42', '约 570', 'approximately', None, 570, None, 'documents', 'letters', event=('1992-03-01', '2021-01-12'), subject='信函'),
    C('p42', '约 200', 'approximately', None, 200, None, 'documents', 'documents', event=('1992-03-01', '2021-01-12'), subject='声明'),
    C('p42', '数百', 'hundreds_of', 100, None, 1000, 'documents', 'speeches', event=('1992-03-01', '2021-01-12'), subject='发言'),
    D('p43', '1993 年 6 月', '1993-06-01', '1993-06-30', 'month'),
    D('p45', '2020 年 9 月 24 日', '2020-09-24', '2020-09-24', 'day'),
    D('p48', '2008 年', '2008-01-01', '2008-12-31', 'year'),
    C('p51', '四', 'exact', 4, 4, 4, 'documents', 'documents', subject='报告'),
    D('p52', '2016 年', '2016-01-01', '2016-12-31', 'year'),
    D('p53', '1993 年', '1993-01-01', '1993-12-31', 'year'),
    C('p62', '100 多万', 'plus', 1000000, None, 2000000, 'displaced', 'persons', subject='背井离乡的阿塞拜疆人'),
    D('p63', '1993 年', '1993-01-01', '1993-12-31', 'year'),
    D('p64', '2015 年', '2015-01-01', '2015-12-31', 'year'),
    D('p64', '2016 年 4 月', '2016-04-01', '2016-04-30', 'month'),
    D('p64', '2020 年 7 月', '2020-07-01', '2020-07-31', 'month'),
    D('p65', '2020 年 7 月', '2020-07-01', '2020-07-31', 'month'),
    D('p66', '2020 年 9 月 27 日', '2020-09-27', '2020-09-27', 'day'),
    U('p66', '30 多年', 'plus', 30, None, 40, 'years'),
    U('p66', '44 天', 'exact', 44, 44, 44, 'days'),
    D('p67', '1990 年代初', '1990-01-01', '1993-12-31', 'decade_part'),
    U('p68', '30 多年', 'plus', 30, None, 40, 'years'),
    C('p69', '300 多', 'plus', 300, None, 400, 'settlements', 'settlements', subject='阿塞拜疆城市、村镇'),
    D('p70', '2020 年 11月 9 日', '2020-11-09', '2020-11-09', 'day'),
    U('p70', '近 30 年', 'nearly', None, None, 30, 'years'),
    D('p72', '2021 年 1 月 11 日', '2021-01-11', '2021-01-11', 'day'),
    D('p72', '11 月 9 日', '2020-11-09', '2020-11-09', 'day', modality='quoted', by='阿塞拜疆共和国总统伊利哈姆·阿利耶夫先生阁下'),
]

# Numbers standing in the body that are NOT figures: (paragraph, surface, n, why).
NOT_CLAIMS = [
    ("p2", "1", 0, "footnote marker 1 (违反《苏联宪法》，1 通过了)"),
    ("p7", "366", 0, "unit designation 第 366 团"),
    ("p8", "几周", 0, "几周后: no numeral"),
    ("p10", "一个关键环节", 0, "一个: indefinite article"),
    ("p16", "一项", 0, "一项主席说明: indefinite article"),
    ("p17", "822", 0, "resolution number 第 822(1993)号决议"),
    ("p17", "(1993)", 0, "year inside a resolution symbol, not a date of the letter"),
    ("p18", "822", 0, "resolution number"),
    ("p22", "853", 0, "resolution number"),
    ("p25", "一天", 0, "同一天: 'the same day', not a duration"),
    ("p33", "《九国宣言》", 0, "a title, not a count"),
    ("p45", "七十五", 0, "session number 第七十五届会议"),
    ("p51", "31", 0, "footnote marker glued to a word (报告31 (四份)"),
    ("p64", "46", 0, "footnote marker before a year (升级。46 2016 年)"),
    ("p73", "34", 0, "agenda item number"),
    ("p73", "86", 0, "agenda item number"),
    # issue 9: numbers that name a known set of states are references, not figures
    ("p7", "两个共和国", 0, "the two republics the sentence names (亚美尼亚, 阿塞拜疆): a reference"),
    ("p32", "九国", 0, "九国 (the nine states of the Minsk Group): N 国 names a known set, not a count"),
    ("p33", "九国", 1, "九国还谴责: the same nine states, a reference"),
    ("p72", "两国", 0, "两国人民: the peoples of the two countries named before, a reference"),
]

"""find_symbols cases: (where it came from, text, expected normalised symbols)."""

SYMBOL_CASES = [
    ("seed fn3", "见Malcolm N. Shaw, “Report”，A/74/676-S/2020/90，附件(2020 年 2月 7 日)。", ["A/74/676", "S/2020/90"]),
    ("seed fn29", "和 A/74/881-\nS/2020/503，附件(2020 年 6 月 5 日)", ["A/74/881", "S/2020/503"]),
    ("seed fn29 as printed", "和 A/74/881- S/2020/503，附件", ["A/74/881", "S/2020/503"]),
    ("seed fn20", "S/PV.3205(1993 年 4 月 30 日)、S/PV.3259(1993 年 7 月 29 日)", ["S/PV.3205", "S/PV.3259"]),
    ("seed fn25", "见 S/PRST/1995/21。", ["S/PRST/1995/21"]),
    ("seed fn34", "A/67/129/Add.1(2012 年 9 月 17日)和 A/68/133/Add.1(2013 年", ["A/67/129/Add.1", "A/68/133/Add.1"]),
    ("seed fn36", "“亚美尼亚组织……的信息”，A/C.6/50/4，附件(1995 年 11 月 15 日)", ["A/C.6/50/4"]),
    ("seed fn24", "见新闻稿 SG/SM/5460(1994 年 10 月 31 日)。", ["SG/SM/5460"]),
    ("seed fn17", "S/26160(1993 年 7 月 26 日)、S/26163(1993 年 7 月 26 日)", ["S/26160", "S/26163"]),
    ("seed link block", "https://undocs.org/ch/S/RES/822(1993)", []),
    ("seed fn4: Council of Europe, not UN", "第 CM/Del/Concl(92)471 之二号文件", []),
    ("seed fn5: court application number", "Fatullayev 诉阿塞拜疆案，第 40984/07 号", []),
    ("seed fn6: OIC resolution", "关于附属机构的第 8/43-C 号决议", []),
    ("synthetic: resolution symbol with space", "S/RES/822 (1993), para. 2", ["S/RES/822(1993)"]),
    ("synthetic: full stop after symbol", "See A/74/676.", ["A/74/676"]),
    ("synthetic: English joint with en dash", "A/75/709–S/2021/39 of 12 January 2021", ["A/75/709", "S/2021/39"]),
    ("synthetic: ECOSOC", "E/CN.4/1998/53/Add.2, annex", ["E/CN.4/1998/53/Add.2"]),
    ("synthetic: prose slash", "A/B testing and S/N ratio", []),
]

# Security Council resolutions named in prose -> S/RES symbols (find_symbols(resolutions=True)).
RESOLUTION_CASES = [
    ("seed p5", "要求就亚美尼亚方面未能遵守第 822(1993)\n号和第 853(1993)号决议问题", ["S/RES/822(1993)", "S/RES/853(1993)"]),
    ("seed p4", "即第 822(1993)号决议，重申", ["S/RES/822(1993)"]),
    ("synthetic: English", "resolutions 822 (1993) and 853 (1993), and resolution 874 (1993).", ["S/RES/822(1993)", "S/RES/853(1993)", "S/RES/874(1993)"]),
    ("seed p3: regiment, not a resolution", "前苏联第 366 团直接参与", []),
    ("seed fn2: paragraphs", "附件，第 154 至 178 段", []),
]

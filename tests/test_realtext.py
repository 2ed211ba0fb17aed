"""Real UN text (issue 9): identifiers and furniture, categories, places, references, layout, metadata.

Case tables name where each case came from: a line of the development corpus
("unpc-dev en.txt:2989", ../shared/corpus/unpc-dev, copied here), the issue's own examples, or
a synthetic sentence.  Every case is read the way a user's file is: one text through layout,
sources and claims.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.layout.parse import parse_document
from figtrace.records import Extraction, SourceInfo
from figtrace.settings import Settings
from tests.score_corpus import line_claims


def _parse(raw: str, name: str = "mem.txt", language: str | None = None):
    return parse_document(Extraction(raw), SourceInfo(name, "mem:", "0" * 64, language=language), Settings())


def _claims(text: str, lang: str):
    return line_claims(text, lang)[1]


# ----------------------------------------------------------------------------- never counted
NOT_FIGURES = [  # (language, text, the number that must give no claim, source)
    ("zh", "43. 委员会还建议缔约国加强合作。", "43", "issue 9: paragraph number"),
    ("zh", "7. 儿基会继续支持各国政府。", "7", "issue 9: paragraph number"),
    ("en", "29. The Committee recommends that the State party strengthen cooperation.", "29", "issue 9"),
    ("zh", "会议于11时15分开始。", "15", "issue 9: time of day"),
    ("en", "At 1310 the meeting was suspended.", "1310", "issue 9: time of day"),
    ("en", "The meeting rose at 1720 hours.", "1720", "issue 9: a time, not a duration"),
    ("en", "151. Between 1100 and 1200 hours on 18 June 2014, over 25 humanitarian workers were abducted.",
     "1100", "unpc-dev en.txt:2989"),
    ("zh", "定于2015年1月28日星期三上午10时举行", "10", "unpc-dev zh.txt:1812"),
    ("en", "To be held on Wednesday, 28 January 2015, at 10 a.m.", "10", "unpc-dev en.txt:1812"),
    ("en", "20-12655 (E) 011020 *2012655*", "011020", "issue 9: page-footer job number"),
    ("en", "20-12655 (E) 011020 *2012655*", "2012655", "issue 9: page-footer barcode"),
    ("en", "Recalling its resolutions 1662 (2006), 1746 (2007) and 2145 (2014), the Council met.", "1746",
     "issue 9: resolution list"),
    ("en", "Recalling its resolutions 1662 (2006), 1746 (2007) and 2145 (2014), the Council met.", "2145",
     "issue 9: resolution list"),
    ("zh", "安全理事会第1267(1999)和1989(2011)号决议", "1989", "unpc-dev zh.txt:2733"),
    ("zh", "21. 如表3所示，在公布的82项审计建议中，37项视为高度重要。", "3", "unpc-dev zh.txt:856"),
    ("en", "(pursuant to action 5 of the current Forest Europe work programme).", "5", "unpc-dev en.txt:2057"),
    ("en", "The applicant acted in accordance with regulation 27 and with section 8 of annex IV.", "27",
     "unpc-dev en.txt:2452"),
    ("en", "It can accommodate six cascades (Cascades 1 and 6).", "6)", "unpc-dev en.txt:664"),
    ("en", "UF6 enriched up to 20% U-235.", "235", "unpc-dev en.txt:664"),
    ("zh", "要支持使用122毫米火箭发射器。", "122", "unpc-dev zh.txt:2490"),
    ("en", "had produced a total of 201.9 kg of UF6 enriched up to 20% U 235, all of which", "235",
     "unpc-dev en.txt:2906: an isotope's mass number"),
    ("zh", "专家小组建议用其护照上的姓名更新制裁名单(见建议5)。", "5", "unpc-dev zh.txt:2778: recommendation 5"),
    ("zh", "见对行动38和40的答复。", "38", "unpc-dev zh.txt:2790: numbered actions"),
    ("zh", "见对行动38和40的答复。", "40", "unpc-dev zh.txt:2790: the list goes on"),
    ("en", "to support the use of the 122 mm rocket launcher system", "122", "unpc-dev en.txt:2490"),
    ("zh", "根据\"人居三\"会议建议开展贫民窟改造工作的全球趋势 (1) [2]", "2", "unpc-dev zh.txt:1700"),
    ("en", "Ensure effective monitoring by the OSCE from day 1 of the withdrawal.", "1", "unpc-dev en.txt:2808"),
    ("zh", "已经制定和批准了《预防家庭暴力国家战略(2014-2016)》。", "2014-2016", "unpc-dev zh.txt:1274: a title"),
    ("zh", "两国人民可找到和解的意愿。", "两", "seed p72: 两国人民"),
    ("zh", "九国还谴责抢劫的行为。", "九", "seed p33: 九国还谴责"),
    ("zh", "亚美尼亚在两个共和国独立后对阿塞拜疆发动袭击。", "两", "seed p7: the republics the sentence names"),
    ("en", "Armenia and Azerbaijan, the two republics, signed the statement.", "two", "synthetic en of seed p7"),
    ("en", "The ceiling is set out in document EUR131 of the agency.", "131",
     "synthetic beside unpc-dev en.txt:2474: only the word Euro may lose its space, a code keeps its digits"),
    ("en", "Supporters travelled to Euro2020 matches.", "2020", "synthetic: a tournament's name, not a figure"),
]


@pytest.mark.parametrize(("lang", "text", "number", "source"), NOT_FIGURES,
                         ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in NOT_FIGURES])
def test_not_a_figure(lang, text, number, source):
    start = text.index(number)
    hits = [c.surface for c in _claims(text, lang) if c.char_start < start + len(number) and start < c.char_end]
    assert hits == [], source


STILL_FIGURES = [  # the same shapes where they are figures
    ("zh", "由 9 个国家组成的欧安会明斯克小组制定了时间表。", "9", "seed p18: a group of 9 states"),
    ("en", "The workshop was attended by experts from 25 Governments.", "25", "unpc-dev en.txt:345"),
    ("en", "During the reporting period, two more States, Lesotho and Malawi, submitted their initial reports.",
     "two", "unpc-dev en.txt:2448: the states counted are listed after the count"),
    ("zh", "在本报告所述期间，又有两个国家(莱索托和马拉维)提交了报告。", "两", "unpc-dev zh.txt:2448 (个个 typo fixed)"),
    ("en", "The UN provided support in 32 provinces.", "32", "unpc-dev en.txt:2961"),
    ("zh", "1 000 人受伤。", "1 000", "seed p7"),
    ("zh", "委员会建议5名专家参加会议。", "5", "synthetic: 建议 as 'proposes' before a count"),
    ("en", "At 2010 levels, 30 per cent of the budget was spent.", "30", "synthetic: 'at 2010' is no time"),
    ("en", "Asia (7)", "7", "unpc-dev en.txt:1997: seven States of Asia, not a reference mark"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "source"), STILL_FIGURES, ids=[c[3] for c in STILL_FIGURES])
def test_still_a_figure(lang, text, surface, source):
    assert surface in [c.surface for c in _claims(text, lang) if c.kind == "count"], source


READINGS = [  # (language, text, surface, (kind, qualifier, low, best, high, unit), source)
    ("zh", "所有资本投资中，21.2%以上来自外国投资和贷款，其中四分之三系外国直接投资。", "21.2%以上",
     ("count", "at_least", 21.2, None, None, "percent"), "unpc-dev zh.txt:459: 外国 after a share names no states"),
    ("zh", "金融和银行交易非常有限，据报通过银行系统进行的交易数目不超过总数的3%到5%。", "3%到5",
     ("count", "range", 3.0, None, 5.0, "percent"), "unpc-dev zh.txt:2160: a percent sign on both ends"),
    ("zh", "13. 旨在促进政治决策平等的法案已待通过四年多，请说明该法案的现状和内容。", "四年多",
     ("duration", "plus", 4.0, None, 5.0, "years"), "unpc-dev zh.txt:525: 多 after the unit, four years and more"),
    ("en", "providing financial assistance of (80) million US dollars.", "80) million",
     ("count", "exact", 80e6, 80e6, 80e6, None), "unpc-dev en.txt:2836: a bracketed number before its scale"),
    ("es", "se ha invertido 30.4 millones y beneficiado", "30.4 millones", ("count", "exact", 30.4e6, 30.4e6, 30.4e6, None),
     "unpc-dev es.txt:2157: a dot before one digit groups nothing in Spanish, so it is a decimal point"),
    ("es", "un total de 6.987 personas", "6.987", ("count", "exact", 6987.0, 6987.0, 6987.0, "persons"),
     "synthetic: a dot before three digits still groups thousands in Spanish"),
    ("en", "in 2014 included Euro131 million from the regular budget and Euro33 million from extrabudgetary",
     "131 million", ("count", "exact", 131e6, 131e6, 131e6, None),
     "unpc-dev en.txt:2474: Euro glued to its figure in the PDF's text"),
    ("en", "Asia (7) and Africa (12)", "7", ("count", "exact", 7.0, 7.0, 7.0, None),
     "unpc-dev en.txt:1997 shape: a bracketed number without a scale stays itself"),
    ("zh", "过去两年多边合作有所加强。", "两年", ("duration", "exact", 2.0, 2.0, 2.0, "years"),
     "synthetic: 多边 (multilateral) is a word, not 'and more'"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "reading", "source"), READINGS, ids=[c[4] for c in READINGS])
def test_reading(lang, text, surface, reading, source):
    got = [(c.kind, c.qualifier, c.value_low, c.value_best, c.value_high, c.unit)
           for c in _claims(text, lang) if c.surface == surface]
    assert got == [reading], source


def test_a_date_after_a_resolution_keeps_its_day():
    """"resolution 253 (III), 16 October 1948" (unpc-dev en.txt:1842): 16 is the day, not a resolution."""
    [date] = _claims("The Assembly recalled resolution 253 (III), 16 October 1948.", "en")
    assert (date.surface, str(date.date_start)) == ("16 October 1948", "1948-10-16")


# ----------------------------------------------------------------------------- categories and places
CATEGORIES = [  # (language, text, surface, category, place, source)
    ("en", "The attack claimed the lives of tens of thousands of people.", "tens of thousands", "killed", None,
     "issue 9: 'claimed the lives of'"),
    ("en", "The shelling caused 296 fatalities in the city of Sukhumi on 4 March 2015.", "296", "killed", "Sukhumi",
     "issue 9: 'fatalities'; the place after the figure, in its clause"),
    ("zh", "2015年3月4日，在苏呼米市发生炮击，造成296人死亡。", "296", "killed", "苏呼米", "issue 9: 在 X市 without a list"),
    ("en", "More than 700,000 people were ethnically cleansed from the region.", "More than 700,000", "displaced",
     None, "issue 9"),
    ("en", "Some 30,000 people were expelled from their homes.", "Some 30,000", "displaced", None, "issue 9"),
    ("en", "Hundreds of thousands of civilians belonging to these communities have been forced to flee.",
     "Hundreds of thousands", "displaced", None, "unpc-dev en.txt:1809"),
    ("en", "There are 1.2 million refugees in the region.", "1.2 million", "displaced", None, "synthetic en"),
    ("en", "In the first 10 days of these attacks, 183 people were killed, of whom 55 were women and children.",
     "183", "killed", None, "unpc-dev en.txt:3016"),
    ("en", "Over the last five years there has been an annual average of 163 deaths.", "163", "killed", None,
     "unpc-dev en.txt:2534"),
    ("en", "FRPI also reportedly abducted and raped 10 women in Walendu.", "10", "hostages", None,
     "unpc-dev en.txt:2293"),
    ("en", "Twelve people were detained on 3 May 2015.", "Twelve", "hostages", None, "synthetic en"),
    ("en", "The shelling of Barda killed 21 civilians and injured more than 70.", "21", "killed", "Barda",
     "synthetic en: the predicate before the figure"),
    ("en", "The shelling of Barda killed 21 civilians and injured more than 70.", "more than 70", "wounded", "Barda",
     "synthetic en: each figure its own predicate"),
    ("en", "Another 1,000 people were wounded, 1,275 residents were taken hostage and 150 went missing.", "150",
     "missing", None, "seed p7 in English"),
    ("en", "Bamako is a town of almost two million inhabitants.", "almost two million", "population", "Bamako",
     "unpc-dev en.txt:2111"),
    ("zh", "过去几天来班吉市基督徒和穆斯林之间的冲突已导致数百人死亡。", "数百", "killed", "班吉", "unpc-dev zh.txt:1522"),
    ("en", "Clashes resulted in the death of hundreds of people in the city of Bangui over the past few days.",
     "hundreds", "killed", "Bangui", "unpc-dev en.txt:1522"),
    ("zh", "联合国在32个省向委员会提供了技术支助。", "32", "territory", None, "unpc-dev zh.txt:2961"),
    ("zh", "介绍了五次人口与发展问题区域会议的建议。", "五", "other", None,
     "unpc-dev zh.txt:2642: five meetings, not five people"),
    ("zh", "89个缔约方尚未提交其2011年报告。", "89", "other", None, "unpc-dev zh.txt:380: parties, not reports"),
    ("en", "At least 72 people died in Alphaville on 4 March 2015.", "At least 72", "killed", "Alphaville",
     "synthetic en: 'in X' before a date"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "category", "place", "source"), CATEGORIES,
                         ids=[f"{c[0]}-{c[2]}-{c[5]}" for c in CATEGORIES])
def test_category_and_place(lang, text, surface, category, place, source):
    [claim] = [c for c in _claims(text, lang) if c.surface == surface]
    assert (claim.category, claim.place) == (category, place), source


def test_place_pattern_skips_generic_words():
    """"在该地区", "进行镇压", "国际市场" name no place (synthetic zh)."""
    from figtrace.claims.places import place_mentions

    text = "在该地区和其他城市进行镇压，国际市场上约有 50 人死亡。"
    assert place_mentions(text, 0, len(text)) == []


# ----------------------------------------------------------------------------- layout
def test_blank_line_separated_paragraphs_are_paragraphs():
    """One paragraph per line, a blank line between (synthetic, from unpc-dev en.txt:380, 2421, 1809)."""
    lines = [
        "As at 21 November 2014, 89 parties had not submitted their report for the year 2011.",
        "MINUSCA would initially comprise up to 10,000 military personnel.",
        "Hundreds of thousands of civilians have been forced to flee.",
        "The Council will remain seized of the matter.",
    ]
    doc = _parse("\n\n".join(lines) + "\n")
    assert [p.text for p in doc.paragraphs] == lines
    assert len(doc.pages) == 1 and doc.meta.completeness == "complete"


def test_unpunctuated_last_line_is_read_not_a_heading():
    doc = _parse("The Council met on 3 May 2015.\n\nSince then 40 people have been killed in the north\n")
    assert [h.text for h in doc.headings] == []
    assert [c.surface for c in _claims(doc.text, "en") if c.kind == "count"] == ["40"]
    assert doc.meta.completeness == "incomplete" and doc.meta.completeness_reason.startswith("ends mid-sentence")


def test_text_without_furniture_is_one_page():
    """Body, a separator with a footnote, body again: without headers or footers nothing says a page ended."""
    raw = ("The first paragraph ends here.1\n__________\n1 A footnote.\n"
           "The second paragraph ends here.\n")
    doc = _parse(raw)
    assert len(doc.pages) == 1 and [f.page_start for f in doc.footnotes] == [1]


# ----------------------------------------------------------------------------- metadata without a sidecar
EN_MASTHEAD = (
    "United Nations A/75/660–S/2020/1267\nGeneral Assembly\nSecurity Council\nDistr.: General\n22 December 2020\n"
    "Original: English\nLetter dated 18 December 2020 from the Permanent Representative of\n"
    "Azerbaijan to the United Nations addressed to the Secretary-General\n"
    "I have the honour to transmit herewith the report on the events of 28 October 2020.\n"
    "(Signed) Jane Q. Doe\nPermanent Representative\n"
)
ZH_MASTHEAD = (
    "联合国 A/75/660–S/2020/1267\n大会\n安全理事会\n2020年12月18日阿塞拜疆常驻联合国代表致秘\n书长的信\n"
    "谨随函转递关于2020年10月28日事件的报告。\n"
)


@pytest.mark.parametrize(("raw", "expected"), [
    (EN_MASTHEAD, (("A/75/660", "S/2020/1267"), "2020-12-18",
                   "Permanent Representative of Azerbaijan to the United Nations", "Azerbaijan", "the Secretary-General")),
    (ZH_MASTHEAD, (("A/75/660", "S/2020/1267"), "2020-12-18", "阿塞拜疆常驻联合国代表", "阿塞拜疆", "秘书长")),
], ids=["en: masthead with an en dash, title over two lines (issue 9)", "zh: 致…的信 over two lines"])
def test_metadata_from_masthead_and_title(raw, expected):
    m = _parse(raw).meta
    assert (m.symbols, str(m.letter_date), m.author, m.author_state, m.addressee) == expected
    assert m.completeness == "complete"


def test_doc_id_from_the_masthead():
    assert _parse(EN_MASTHEAD, "letter.txt").doc_id == "A/75/660:en"


def test_any_decodable_text_is_read():
    """Text made only of furniture, or of one unpunctuated word: read, marked incomplete, never refused."""
    for raw in ("A/75/709\n21-00487 2/13\n", "Draft"):
        assert _parse(raw).meta.completeness == "incomplete"


_PIECES = list("阿拜。，.!? \n\t1234567890-_/abcXYZ年月日") + ["(签名)", "(Signed)", "A/75/709", "2/13", "__________",
                                                            "21-00487", "\n\n", "\f"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_no_decodable_text_is_refused(raw):
    """Whatever the text, layout and claims read it (property; the issue: 'no input that can be decoded is refused')."""
    doc = _parse(raw)
    assert doc.meta.completeness in ("complete", "incomplete")
    _claims(raw, "zh")

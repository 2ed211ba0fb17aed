"""Claims on hand-built documents: identifiers, modality, attribution, breakdowns, invariants."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.lang.bounds import bounds_problem
from figtrace.settings import Settings
from tests.claimdocs import make_doc
from tests.stages import claims_of

LETTER = dt.date(2021, 1, 12)

# Sentences whose numbers are all references, never figures: (text, source).
NOT_FIGURES = [
    ("请将本函作为大会议程项目 34、35、40 和 86 下的文件分发。", "seed p13 ¶73"),
    ("安全理事会通过了第 822(1993)号决议。", "seed p4 ¶17"),
    ("未能遵守第 822(1993)号和第 853(1993)号决议。", "seed p5 ¶22"),
    ("前苏联第 366 团直接参与。", "seed p2 ¶7"),
    ("Fatullayev 诉阿塞拜疆案，第 40984/07 号，第 87 段。", "seed fn 5 (as if in the body)"),
    ("见 A/74/676-S/2020/90，附件，第 154 至 178 段。", "seed fn 2 (as if in the body)"),
    ("第 6765 次会议上的讲话，第 22-24 页。", "seed fn 36 (as if in the body)"),
    ("《九国宣言》的措辞大致相同。", "seed p6 ¶33"),
    ("大会第七十五届会议一般性辩论。", "seed p8 ¶45"),
    ("文件 21-00487 已分发。", "seed job number"),
    ("See resolution 822 (1993), paragraph 3, and document S/PV.3205.", "synthetic en"),
    ("It was discussed at the 3205th meeting under agenda items 34, 35, 40 and 86.", "synthetic en"),
    ("Details are on page 12 of Article 78 (No. 40984/07).", "synthetic en"),
    ("See https://undocs.org/ch/A/74/450 and www.president.am/en/2014/08/11.", "seed link blocks"),
]


@pytest.mark.parametrize(("sentence", "source"), NOT_FIGURES)
def test_reference_numbers_are_never_counts(sentence, source):
    claims = claims_of(make_doc([sentence], letter_date=LETTER))
    assert [c.surface for c in claims if c.kind == "count"] == []


def test_markers_are_skipped_and_cited():
    text = "违反《苏联宪法》，1 通过了决定，造成 613 名平民死亡。2"
    doc = make_doc([text], markers=((1, text.index("1 通"), text.index("1 通") + 1), (2, len(text) - 1, len(text))))
    claims = claims_of(doc)
    assert [(c.surface, c.cited_footnotes, c.paragraph_footnotes) for c in claims] == [("613", [1, 2], [1, 2])]


def _claims(paragraphs, **kw):
    return claims_of(make_doc(paragraphs, letter_date=LETTER, **kw))


def test_breakdown_links_parts_to_the_total():
    claims = _claims(["袭击造成 613 名阿塞拜疆平民死亡，其中包括 106 名妇女、63 名儿童和 70 名老人。另有 1 000 人受伤。"])
    total = claims[0]
    assert [c.part_of for c in claims] == [None, total.claim_id, total.claim_id, total.claim_id, None]
    assert [c.category for c in claims] == ["killed"] * 4 + ["wounded"]


def test_breakdown_in_english():
    claims = _claims(["The attack killed 613 civilians, including 106 women and 63 children."])
    assert [c.part_of is not None for c in claims] == [False, True, True]
    assert {c.category for c in claims} == {"killed"}


@pytest.mark.parametrize(("text", "surface", "modality"), [
    ("避免阿塞拜疆克尔巴贾尔区和拉钦区数以万计的和平人民死亡。", "数以万计", "hypothetical"),  # seed p4 ¶15
    ("如果冲突继续，可能有 1 000 人死亡。", "1 000", "hypothetical"),  # synthetic
    ("If the occupation continued, thousands of civilians would die.", "thousands", "hypothetical"),  # synthetic en
    ("造成数万人死亡。", "数万", "asserted"),  # seed p2 ¶5
    ("该声明指出，“9 个国家为拟订停火时间表而开会”。", "9", "quoted"),  # seed p6 ¶32 (九国 is a reference: a count here)
])
def test_modality(text, surface, modality):
    claim = next(c for c in _claims([text]) if c.surface == surface)
    assert claim.modality == modality


@pytest.mark.parametrize(("text", "surface", "who"), [
    ("正如“人权观察”所说：“1993 年期间，绝大多数行为是攻势的直接结果”。", "1993 年", "人权观察"),  # seed p4 ¶19
    ("欧洲人权法院认定，自 1992 年 5 月以来，“拉钦地区多次遭到袭击”。", "1992 年 5 月", "欧洲人权法院"),  # seed p3 ¶13
    ("1993 年 7 月 28 日，阿塞拜疆向安全理事会报告说：“7 月 23 日，阿格达姆市被完全占领。", "7 月 23 日", "阿塞拜疆"),  # seed p4 ¶20
    ("According to Human Rights Watch, tens of thousands of people fled.", "tens of thousands", "Human Rights Watch"),
    ("应特别指出，在 30 多年的冲突期间，战斗只在阿塞拜疆境内进行。", "30 多年", None),  # seed p13 ¶68: author's voice
])
def test_attribution(text, surface, who):
    claim = next(c for c in _claims([text]) if c.surface == surface)
    assert claim.attributed_to == who


def test_quote_spanning_sentences_keeps_its_speaker():
    claims = _claims(["1993 年 7 月 28 日，阿塞拜疆报告说：“7 月 23 日，阿格达姆市被占领。7 月 27 日，亚美尼亚军队烧毁了该市”。"])
    late = next(c for c in claims if c.surface == "7 月 27 日")
    assert (late.modality, late.attributed_to, str(late.date_start)) == ("quoted", "阿塞拜疆", "1993-07-27")


def test_block_quote_after_a_colon_paragraph_is_quoted():
    claims = _claims(["同年晚些时候，联合国秘书长布特罗斯·布特罗斯-加利表达了以下立场：",
                      "联合国的立场是基于安全理事会决议中提到的四项原则。"])
    four = next(c for c in claims if c.surface == "四")
    assert (four.modality, four.attributed_to) == ("quoted", "联合国秘书长布特罗斯·布特罗斯-加利")


def test_yearless_date_after_the_letter_moves_back_a_year():
    claims = _claims(["2021 年 1 月 11 日，总统说：“不会试图修改 11 月 9 日的声明”。"])
    d = next(c for c in claims if c.surface == "11 月 9 日")
    assert str(d.date_start) == "2020-11-09" and "moved back to 2020" in d.estimate_rule


def test_yearless_date_without_context_takes_the_letter_year_and_says_so():
    d = _claims(["他说 1 月 5 日发生了袭击。"])[0]
    assert str(d.date_start) == "2021-01-05" and "letter date" in d.estimate_rule


# A year-less date: the paragraph's running year, else the letter's, else --reference-year.
UNDATED = make_doc(["他说 7 月 23 日发生了袭击。"])  # a letter without a date (seed p4 ¶20's sentence)


def _dates(doc, **settings):
    return [(c.surface, str(c.date_start), c.estimate_rule) for c in claims_of(doc, Settings(**settings))
            if c.kind == "date"]


def test_yearless_date_in_an_undated_letter_needs_the_reference_year():
    ((surface, start, rule),) = _dates(UNDATED)  # no year anywhere: kept, its year unknown, and said so
    assert (surface, start) == ("7 月 23 日", "None") and "the year is unknown" in rule
    ((surface, start, rule),) = _dates(UNDATED, reference_year=1993)
    assert (surface, start) == ("7 月 23 日", "1993-07-23")
    assert rule.endswith("no year written: year 1993 from the reference year (--reference-year; no dated mention "
                         "before it in the paragraph, no letter date)")


def test_the_paragraph_and_the_letter_come_before_the_reference_year():
    in_paragraph = make_doc(["1992 年 5 月 9 日，舒沙被占领。7 月 23 日，阿格达姆被占领。"])
    assert _dates(in_paragraph, reference_year=1993)[1][1:] == (
        "1992-07-23", "day and month as written; no year written: year 1992 from the nearest preceding dated mention")
    dated = make_doc(["他说 7 月 23 日发生了袭击。"], letter_date=dt.date(1994, 1, 12))
    assert _dates(dated, reference_year=1993)[0][1:] == (  # the letter's 1994 would follow it: moved back
        "1993-07-23", "day and month as written; no year written: year 1994 from the letter date (no dated mention "
        "before it in the paragraph); moved back to 1993: 1994 would fall after the letter date")


def test_the_pipeline_passes_the_reference_year_to_the_claims(tmp_path):
    from figtrace.run.pipeline import process_document

    path = tmp_path / "undated.zh.txt"
    path.write_text("致秘书长\n 他说 7 月 23 日发生了袭击，造成 12 名平民死亡。\n", encoding="utf-8")
    plain = process_document(path, Settings(), "t").tables["claims"]
    with_year = process_document(path, Settings(reference_year=1993), "t").tables["claims"]
    assert [(c.kind, c.year_source, c.date_edtf) for c in plain] == [("date", "unknown", "XXXX-07-23"), ("count", None, None)]
    assert plain[1].event_date_start is None  # an unknown year dates no figure
    assert [(c.kind, str(c.date_start)) for c in with_year] == [("date", "1993-07-23"), ("count", "None")]
    assert str(with_year[1].event_date_start) == "1993-07-23"  # the count's event date follows


def test_since_date_runs_to_the_letter():
    c = next(c for c in _claims(["自 1992 年 3 月以来，阿塞拜疆发出了约 570 封信函。"]) if c.kind == "count")
    assert (str(c.event_date_start), str(c.event_date_end), c.category, c.unit) == ("1992-03-01", "2021-01-12", "documents", "letters")


def test_place_is_the_town_not_a_sibling_in_a_list():
    claims = _claims(["1992 年 5 月 9 日，舒沙市被占领。这座城市的 24 000 名阿塞拜疆人遭到种族清洗。",
                      "菲祖利、库巴特雷各区、舒沙市和 300 多个城市、村镇被解放。"])
    assert [(c.surface, c.place) for c in claims if c.kind == "count"] == [("24 000", "舒沙"), ("300 多", None)]


# --------------------------------------------------------------------------- properties
_PIECES = st.sampled_from([
    "1 000", "613 名", "超过 70 万", "100 多万", "约 570 封", "数以万计", "两份", "第 822(1993)号决议", "1993 年",
    "7 月", "23 日", "至", "10 月", "底", "年代末", "近 30 年", "不到一个月", "44 天", "，", "。", "“", "”", "：",
    "其中包括", "避免", "人权观察所说", "指出", "平民死亡", "受伤", "霍贾利", "和", "、", " ", "A/75/709", "5",
    "more than 700,000 people", "in 1993", "late 1987", ". ", "including", "according to X, ", "(", ")", "\n",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=25).map("".join), min_size=1, max_size=4),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_claim_invariants(paragraphs, letter_date):
    paragraphs = [p.replace("\n", " ") for p in paragraphs]
    doc = make_doc(paragraphs, letter_date=letter_date)
    claims = claims_of(doc)
    ids = [c.claim_id for c in claims]
    assert len(set(ids)) == len(ids)
    assert [c.char_start for c in claims] == sorted(c.char_start for c in claims)
    for c in claims:
        assert doc.text[c.char_start:c.char_end] == c.surface
        assert c.char_end <= doc.body_char_end
        assert bounds_problem(c.qualifier, c.value_low, c.value_best, c.value_high) is None
        present = [v for v in (c.value_low, c.value_best, c.value_high) if v is not None]
        assert present == sorted(present)
        if c.date_start is not None:
            assert c.date_start <= c.date_end
        if c.event_date_start is not None:
            assert c.event_date_start <= c.event_date_end
        assert c.modality in ("asserted", "quoted", "hypothetical")
        assert c.kind in ("count", "date", "duration")
        assert c.part_of is None or c.part_of in ids


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_extraction_never_raises_on_arbitrary_text(text):
    doc = make_doc([text.replace("\n", " ")] if text.strip() else ["空"])
    for c in claims_of(doc):
        assert doc.text[c.char_start:c.char_end] == c.surface


# The seed's facts as an English letter would state them (synthetic en): every count, with
# (surface, category, subject, unit, place, event start, event end, is a part).
ENGLISH_LETTER = [
    "In the late 1980s, all Azerbaijanis living in Armenia (once numbering 500,000) were expelled.",
    "The attack on Khojaly in February 1992 killed 613 Azerbaijani civilians, including 106 women, 63 children "
    "and 70 elderly people. Another 1,000 people were wounded, 1,275 residents of Khojaly were taken hostage "
    "and 150 went missing.",
    "Between July and October 1993, five other districts were occupied and more than 500,000 of their "
    "inhabitants were ethnically cleansed.",
    "Since March 1992, Azerbaijan has sent about 570 letters to the Security Council and made some 200 statements.",
]
ENGLISH_COUNTS = [
    ("500,000", "population", None, None, "Armenia", "1987-01-01", "1989-12-31", False),
    ("613", "killed", "Azerbaijani civilians", "persons", "Khojaly", "1992-02-01", "1992-02-29", False),
    ("106", "killed", "women", "persons", "Khojaly", "1992-02-01", "1992-02-29", True),
    ("63", "killed", "children", "persons", "Khojaly", "1992-02-01", "1992-02-29", True),
    ("70", "killed", "elderly people", "persons", "Khojaly", "1992-02-01", "1992-02-29", True),
    ("1,000", "wounded", "people", "persons", "Khojaly", "1992-02-01", "1992-02-29", False),
    ("1,275", "hostages", "residents", "persons", "Khojaly", "1992-02-01", "1992-02-29", False),
    ("150", "missing", None, None, "Khojaly", "1992-02-01", "1992-02-29", False),
    ("five", "territory", "other districts", "districts", None, "1993-07-01", "1993-10-31", False),
    ("more than 500,000", "displaced", "inhabitants", "persons", None, "1993-07-01", "1993-10-31", False),
    ("about 570", "documents", "letters", "letters", None, "1992-03-01", "2021-01-12", False),
    ("some 200", "documents", "statements", "documents", None, "1992-03-01", "2021-01-12", False),
]


def test_english_letter_counts():
    claims = _claims(ENGLISH_LETTER, doc_id="T/en:en")
    got = [(c.surface, c.category, c.subject, c.unit, c.place, str(c.event_date_start), str(c.event_date_end),
            c.part_of is not None) for c in claims if c.kind == "count"]
    assert got == ENGLISH_COUNTS


def test_english_letter_dates():
    claims = _claims(ENGLISH_LETTER, doc_id="T/en:en")
    assert [(c.surface, str(c.date_start), str(c.date_end), c.date_precision) for c in claims if c.kind == "date"] == [
        ("the late 1980s", "1987-01-01", "1989-12-31", "decade_part"),
        ("February 1992", "1992-02-01", "1992-02-29", "month"),
        ("Between July and October 1993", "1993-07-01", "1993-10-31", "month"),
        ("March 1992", "1992-03-01", "1992-03-31", "month"),
    ]


# tests/fixtures/letter.en.txt through the real layout stage: every figure, by hand.
FIXTURE_EN_COUNTS = [
    # (surface, qualifier, low, best, high, category, subject, place, event start, event end, attributed_to, part)
    ("412", "exact", 412, 412, 412, "killed", "civilians", "Northvale", "2099-02-14", "2099-02-14",
     "the regional health authority", False),
    ("97", "exact", 97, 97, 97, "killed", "women", "Northvale", "2099-02-14", "2099-02-14",
     "the regional health authority", True),
    ("58", "exact", 58, 58, 58, "killed", "children", "Northvale", "2099-02-14", "2099-02-14",
     "the regional health authority", True),
    ("more than 1,200", "more_than", 1200, None, None, "wounded", "people", "Northvale", "2099-02-14",
     "2099-02-14", "the regional health authority", False),
    ("About 35,000", "approximately", None, 35000, None, "displaced", "residents", "Northvale", "2099-02-14",
     "2099-02-14", None, False),
    # 'since January 2099' later in the sentence belongs to the letters clause, not to the displaced
    ("Tens of thousands", "tens_of", 10000, None, 100000, "displaced", "people", None, "None", "None", None, False),
    ("about 40", "approximately", None, 40, None, "documents", "letters", None, "2099-01-01", "2099-03-18", None, False),
]


@pytest.fixture(scope="module")
def fixture_en_claims():
    from figtrace.ingest.files import read_source
    from figtrace.layout.parse import parse_document
    from figtrace.settings import Settings
    from tests.conftest import ROOT

    doc = parse_document(*read_source(ROOT / "tests" / "fixtures" / "letter.en.txt"), Settings())
    return claims_of(doc)


@pytest.mark.parametrize("expected", FIXTURE_EN_COUNTS)
def test_fixture_en_count(fixture_en_claims, expected):
    c = next(c for c in fixture_en_claims if c.kind == "count" and c.surface == expected[0])
    got = (c.surface, c.qualifier, c.value_low, c.value_best, c.value_high, c.category, c.subject, c.place,
           str(c.event_date_start), str(c.event_date_end), c.attributed_to, c.part_of is not None)
    f = lambda v: None if v is None else float(v)  # noqa: E731
    assert got == (*expected[:2], f(expected[2]), f(expected[3]), f(expected[4]), *expected[5:])


def test_fixture_en_has_nothing_else(fixture_en_claims):
    assert [(c.kind, c.surface) for c in fixture_en_claims if c.kind != "count"] == [
        ("date", "late 2098"), ("date", "2 January 2099"), ("date", "14 February 2099"), ("date", "January 2099"),
        ("duration", "12 days"), ("date", "14 to 25 February 2099"),
    ]
    assert len([c for c in fixture_en_claims if c.kind == "count"]) == len(FIXTURE_EN_COUNTS)

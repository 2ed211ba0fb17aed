"""Coverage of language versions: a figure both versions state is read in both, so that it finds its counterpart.

Issue 11's benchmark (bench/bench_compare.py) counts the corpus lines whose figures all found a
counterpart.  Most misses were figures read in one language only; each case below is a form one
grammar read and the other did not (or read as no figure), taken from aligned lines of
``../shared/corpus/unpc-dev/`` (the line number is the same in zh.txt and en.txt; the text is
copied here).  Each document goes through the real layout and claim stages with no sidecar,
as the benchmark builds it (``tests/parallel.py``).
"""
from __future__ import annotations

import pytest

from figtrace.compare.versions import pair_versions
from figtrace.run.pipeline import all_passages
from tests.parallel import AlignedDocument
from tests.score_corpus import line_claims
from tests.stages import claims_of


def versions(zh: tuple[str, ...], en: tuple[str, ...], symbol: str = "A/69/999"):
    """(Chinese claims, English claims, pairings) of two versions built from aligned lines."""
    a = AlignedDocument(symbol, {"zh": zh, "en": en})
    dz, de = a.parse("zh"), a.parse("en")
    cz, ce = claims_of(dz), claims_of(de)
    return cz, ce, pair_versions(all_passages(dz), cz, all_passages(de), ce)


def one_sided(pairs) -> list[str]:
    return [(p.left or p.right).surface for p in pairs if p.left is None or p.right is None]


def test_a_paragraph_number_after_a_joined_paragraph_is_no_figure():
    """Layout joins a paragraph to the one before it when the text gives it no cue to keep them
    apart (a heading without a stop, one-line paragraphs); the paragraph number then follows a
    full stop mid-line.  A/69/791 as the corpus aligns it: lines 1127, 1736, 481."""
    zh = ("任务数",
          "这样，经常预算中为与维持和平有关的活动编制的员额数增加，从23个增至25个。",
          "23. 在审查调查司的工作计划执行情况过程中，审咨委着重于其先前的各项建议。")
    en = ("Number of assignments",
          "This will increase the number of posts for peacekeeping-related activities to 5 compared to 23 in the "
          "regular budget.",
          "23. In reviewing the workplan implementation of the Investigations Division, the Committee focused on its "
          "prior recommendations.")
    cz, ce, _ = versions(zh, en, "A/69/791")
    assert [c.surface for c in cz] == ["23", "25"]
    assert [c.surface for c in ce] == ["5", "23"]


@pytest.mark.parametrize("text, lang", [
    ("2.5%的增长。 3.5%的增长。", "zh"),  # a decimal after a full stop is a figure
    ("It rose by 5. 6 States objected.", "en"),  # no point after the number: a figure
])
def test_a_number_after_a_full_stop_that_is_no_paragraph_number_is_read(text, lang):
    a = AlignedDocument("A/69/999", {lang: (text,)})
    assert claims_of(a.parse(lang))


# English names a law, a part of a legal text or a volume of a series by its number; Chinese
# writes the same as 第N号法 / 第N号补编 / 第N编, which the Chinese grammar never counts.
@pytest.mark.parametrize("text, figures, source", [
    ("It therefore follows that Law 26.659 and any subsequent amendments do not apply.", [], "unpc-dev en.txt:2743"),
    ("Progress in the work on Supplement 18 would depend on the availability of resources.", [], "unpc-dev en.txt:215"),
    ("had worked on Supplements 17 and 18, covering the period from 2010 to 2013", ["2010 to 2013"],
     "unpc-dev en.txt (A/AC.182/2015/L.9)"),
    ("the amendment of the Act of 2003 (RA 9208) through Republic Act 10364 or the Expanded Act of 2012.",
     ["2003", "9208", "2012"], "unpc-dev en.txt:1173"),
    ("on the sole ground that the offence is also considered to involve fiscal matters (Title 18 of PNC).", [],
     "unpc-dev en.txt:549"),
    ("1. Schedule 2 of the Contract shall be replaced by the programme of activities.", [], "unpc-dev en.txt:49"),
    ("Segment 1 (continued)", [], "unpc-dev en.txt:616"),
    ("similar to the Action Team on Near-Earth Objects (Action Team 14), should be set up", [], "unpc-dev en.txt:2228"),
    ("the ISO working group developing standard 16304 for port waste reception facilities", [], "unpc-dev en.txt:880"),
    ("The act 5 times", ["5"], "lower-case 'act' is no title: the count stays"),
])
def test_numbered_laws_and_volumes_are_no_figures(text, figures, source):
    _, claims = line_claims(text, "en")
    assert [c.surface for c in claims] == figures


def test_a_numbered_paragraph_after_a_heading_is_a_paragraph_of_its_own():
    """A text whose blank lines layout takes for double spacing (headings and clauses end without a
    stop) still opens a paragraph at a paragraph number, so the number is no figure and the
    paragraphs align one to one.  A/69/740 as the corpus aligns it: lines 374, 1645, 2199, 2198."""
    zh = (
        "文职选举观察",
        "6. 安全理事会第2024(2011)号决议扩大了联阿安全部队支持联合边界核查和监测机制的任务范围，并扩大了联阿安全部队的行动区，以便将非军事化边境安全区包括在内。",
        "指挥行动中心",
        "48. 在苏丹武装部队、苏丹人民解放军以及苏丹和南苏丹警察部队(但违反2011年6月20日协议和多项安全理事会决议继续留在迪夫拉油田的苏丹石油警察部队除外：撤离后，联阿安全部队仍然是留在阿卜耶伊地区的唯一安全力量。",
    )
    en = (
        "Civilian electoral observers",
        "6. The Security Council, in its resolution 2024 (2011), expanded the mandate of UNISFA in support of the Joint Border Verification and Monitoring Mechanism and extended its area of operations to include the Safe Demilitarized Border Zone.",
        "Command Operations Centre",
        "48. UNISFA will continue to provide the sole security presence in the Abyei Area following the withdrawal of the Sudanese armed forces, the Sudan People's Liberation Army and the Sudanese and South Sudanese police forces, with the exception of the Sudan Oil Police at the Diffra oil complex in violation of the 20 June 2011 Agreement and multiple resolutions of the Security Council.",
    )
    cz, ce, pairs = versions(zh, en, "A/69/740")
    assert [c.surface for c in cz] == ["2011年6月20日"]
    assert [c.surface for c in ce] == ["20 June 2011"]
    assert one_sided(pairs) == []


@pytest.mark.parametrize("zh, en, source", [
    ("内政部于2014年8月13日通过了这份计划定稿，其中概要规定了警察部队中改善妇女参与、保护和专业化的措施。",
     "The Ministry of Interior Affairs adopted the final plan on 13 August, which outlines measures to improve the "
     "participation, protection and professionalization of women in the police.",
     "unpc-dev zh.txt / en.txt:1360 (A/69/801): the English leaves the year out"),
    ("自杀式袭击事件从2014年10月和11月的10起减至2014年12月和2015年1月的5起。",
     "resulting in a decrease of suicide attacks from 10 during October and November to 5 during December and January.",
     "unpc-dev zh.txt / en.txt:2465 (A/69/801), shortened: 'January' takes the year of the dates before it"),
])
def test_a_date_whose_year_one_version_leaves_out_agrees(zh, en, source):
    """A version that leaves the year out (or whose year figtrace inferred from the context)
    states the same day or month less precisely: the two agree (``date_within``), no flag."""
    _, _, pairs = versions((zh,), (en,), "A/69/801")
    dated = [p for p in pairs if p.left is not None and p.right is not None and p.left.kind == "date"]
    assert dated and all(p.relation == "agree" for p in dated), [(p.left.surface, p.right.surface) for p in dated]
    assert all(p.matched_on[0] in ("date", "date_within") for p in dated)


def test_a_different_day_with_a_year_left_out_still_differs():
    """The year-blind reading compares month and day: 13 August is not 14 August."""
    _, _, pairs = versions(("内政部于2014年8月13日通过了这份计划定稿。",), ("The Ministry adopted the plan on 14 August.",))
    (pair,) = pairs
    assert pair.relation == "differ"


def test_a_heading_inside_the_body_states_its_figures():
    """A heading after the first paragraph ("1月16日" / "16 January" heading an incident list) is read
    as a one-sentence paragraph; the masthead's (symbol, title: document metadata) give none.
    A/69/771 as the corpus aligns it: lines 2261, 1730, 470, 2771 (shortened)."""
    zh = ("此外，我谨通知你，1月7日和8日，土耳其和占领当局就土耳其海空军演习非法发布两份航行通告。",
          "1月16日",
          "土耳其一架A-400型军用飞机违反国际空中交通管制条例，未经外交许可，即进入尼科西亚飞行情报区。",
          "土耳其一架CN-235型飞机违反国际空中交通管制条例，侵犯塞浦路斯共和国领空，降落在非法的廷普机场。")
    en = ("Furthermore, I wish to inform you that Turkey and the occupation regime illegally issued two notices to "
          "airmen, on 7 and 8 January, relating to exercises of the Turkish air force and navy.",
          "16 January",
          "One A-400 Turkish military aircraft infringed international air traffic regulations by entering the "
          "Nicosia FIR without diplomatic permit.",
          "One CN-235 Turkish military aircraft infringed international air traffic regulations, landing at the "
          "illegal airport of Tympou.")
    a = AlignedDocument("A/69/771", {"zh": zh, "en": en})
    dz, de = a.parse("zh"), a.parse("en")
    assert "1月16日" in [h.text for h in dz.headings] and "16 January" in [h.text for h in de.headings]
    cz, ce, pairs = versions(zh, en, "A/69/771")
    assert "1月16日" in [c.surface for c in cz] and "16 January" in [c.surface for c in ce]
    heading = next(c for c in cz if c.surface == "1月16日")
    assert heading.paragraph_id == heading.sentence_id == next(h.passage_id for h in dz.headings if h.text == "1月16日")
    assert ("1月16日", "16 January") in [(p.left.surface, p.right.surface) for p in pairs if p.left and p.right]
    assert not any(c.surface.startswith("A/69") or c.surface in ("69", "771") for c in cz + ce)  # the masthead symbol

"""Language versions: documents of one symbol in two languages, paired figure by figure.

The documents are built from aligned lines of the UN Parallel Corpus (tests/fixtures/unpc_lines.py):
line k of the Chinese and of the English version say the same thing, so a figure is paired
correctly when its counterpart stands on the same line. The documents go through the real
layout and claim stages, with no sidecar: symbol and language come from the text.
"""
from __future__ import annotations

import pytest

from figtrace.compare.align import Unit, align
from figtrace.compare.corpus import DocInfo
from figtrace.compare.versions import pair_versions, version_groups, version_pairs
from figtrace.run.pipeline import all_passages
from tests.compare_docs import corpus_of, letter_doc
from tests.fixtures.unpc_lines import DOCUMENTS
from tests.parallel import AlignedDocument, line_of
from tests.stages import claims_of


def aligned(symbol: str) -> AlignedDocument:
    d = DOCUMENTS[symbol]
    return AlignedDocument(symbol, {"zh": d["zh"], "en": d["en"]})


def pairings(symbol: str):
    """(pairings of the zh and en versions, line of each zh figure, line of each en figure)."""
    a = aligned(symbol)
    zh, en = a.parse("zh"), a.parse("en")
    pairs = pair_versions(all_passages(zh), claims_of(zh), all_passages(en), claims_of(en))
    sz, se = a.line_starts(zh, "zh"), a.line_starts(en, "en")
    return pairs, (lambda c: line_of(sz, c.char_start)), (lambda c: line_of(se, c.char_start))


@pytest.mark.parametrize("symbol", sorted(DOCUMENTS))
def test_every_pair_stands_on_one_line_of_the_alignment(symbol):
    pairs, zline, eline = pairings(symbol)
    both = [p for p in pairs if p.left and p.right]
    assert len(both) >= 5  # dates and counts only: paragraph numbers ("1.", "10.") are no figures
    assert [(p.left.surface, p.right.surface) for p in both if zline(p.left) != eline(p.right)] == []


@pytest.mark.parametrize("symbol", sorted(DOCUMENTS))
def test_every_figure_is_in_exactly_one_row(symbol):
    a = aligned(symbol)
    zh, en = a.parse("zh"), a.parse("en")
    cz, ce = claims_of(zh), claims_of(en)
    pairs = pair_versions(all_passages(zh), cz, all_passages(en), ce)
    assert sorted(p.left.claim_id for p in pairs if p.left) == sorted(c.claim_id for c in cz)
    assert sorted(p.right.claim_id for p in pairs if p.right) == sorted(c.claim_id for c in ce)


# (symbol, Chinese as written, English as written, how they agree): one figure, two forms.
FORM_CHANGES = [
    ("A/69/720", "200多万", "more than 2 million", "value_form"),  # N 多万 (plus) / more than N
    ("A/69/720", "1 800多", "more than 1,800", "value_form"),  # space / comma as thousands separator
    ("A/69/720", "数以千计", "thousands", "value"),  # thousands_of, 1 000 to 10 000, both
    ("A/69/720", "数以百计", "hundreds", "value"),
    ("A/AC.109/2015/8", "约为36 070", "estimated at 36,070", "value"),
    ("A/AC.109/2015/8", "6", "six", "value"),  # digits / number word
    ("A/AC.109/2015/8", "2013年5月", "May 2013", "date"),
    ("S/2015/10/Add.5", "1993年6月16日", "16 June 1993", "date"),
]


@pytest.mark.parametrize("symbol, zh, en, how", FORM_CHANGES)
def test_one_figure_in_two_forms_agrees(symbol, zh, en, how):
    pairs, _, _ = pairings(symbol)
    found = [p for p in pairs if p.left and p.right and (p.left.surface, p.right.surface) == (zh, en)]
    assert len(found) == 1
    assert found[0].relation == "agree" and found[0].matched_on[0] == how


def test_the_corpus_own_discrepancies_differ_and_nothing_else_does():
    """Two real discrepancies of the UN texts themselves: the Chinese dates the signature of the
    Rarotonga protocols 1997 (English: 1996) and the OSCE briefing 20 January 2001 (English: 21)."""
    differ = []
    for symbol in sorted(DOCUMENTS):
        pairs, zline, eline = pairings(symbol)
        differ += [(symbol, p.left.surface, p.right.surface) for p in pairs if p.relation == "differ"]
    assert differ == [("NPT/CONF.2015/7", "1997年3月25日", "25 March 1996"),
                      ("S/2015/10/Add.5", "2001年1月20日", "21 January 2001")]


def test_a_figure_without_counterpart_is_one_sided_and_quotes_the_aligned_sentence():
    """"法国于1996年…批准" is "France subsequently ratified the Protocols in the same year": no figure."""
    pairs, zline, _ = pairings("NPT/CONF.2015/7")
    (one,) = [p for p in pairs if p.relation == "left_only" and p.left.surface == "1996年"]
    assert zline(one.left) == 9 and "in the same year" in one.other_quote


def test_versions_meet_without_a_sidecar_by_symbol_or_by_file_name():
    """A/69/720 carries its symbol on the masthead line; NPT/CONF.2015/7's symbol is not one layout
    reads yet, so its versions meet through the file name without its language code."""
    docs = []
    for symbol in ("A/69/720", "NPT/CONF.2015/7"):
        a = aligned(symbol)
        docs += [(a.parse(lang), f"file:///corpus/{a.file_name(lang)}") for lang in ("zh", "en")]
    corpus = corpus_of(docs)
    assert sorted(corpus.docs) == ["A/69/720:en", "A/69/720:zh", "NPT_CONF.2015_7.en.txt:en",
                                   "NPT_CONF.2015_7.zh.txt:zh"]
    assert version_pairs(corpus.docs.values()) == [("A/69/720:en", "A/69/720:zh"),
                                                   ("NPT_CONF.2015_7.en.txt:en", "NPT_CONF.2015_7.zh.txt:zh")]


def test_one_language_twice_is_no_language_pair_and_groups_join_through_any_key():
    docs = [DocInfo("A/1:zh", ("A/1", "S/1"), "zh"), DocInfo("S/1:en", ("S/1",), "en"),
            DocInfo("A/1:zh#2", ("A/1",), "zh"), DocInfo("B/2:en", ("B/2",), "en")]
    assert version_pairs(docs) == [("A/1:zh", "S/1:en"), ("A/1:zh#2", "S/1:en")]
    groups = version_groups(docs)
    assert groups["S/1:en"] == groups["A/1:zh#2"] != groups["B/2:en"]


# (Chinese, English, where the pair of forms comes from): each a one-sentence letter in both languages.
SENTENCE_FORMS = [
    ("当地有数万人流离失所。", "Tens of thousands of people were displaced there.", "issue 11: 数万 / tens of thousands"),
    ("冲突持续了近30年。", "The conflict has lasted almost 30 years.", "issue 11: 近 30 年 / almost 30 years"),
    ("共有1 000人被捕。", "A total of 1,000 people were arrested.", "issue 11: 1 000 / 1,000"),
    ("约570封信函已分发。", "Some 570 letters have been circulated.", "seed letter: 约 570 封"),
    ("300多个村庄被毁。", "More than 300 villages were destroyed.", "README: 300 多个 (plus) / more than"),
    ("全世界大约有8.7亿人没有足够的食物吃。", "About 870 million people worldwide do not have enough food to eat.",
     "corpus E/CN.9/2015/NGO/10: 8.7亿 read as exact, 870 million as approximate"),
    ("可上溯至五十年前占领叙利亚戈兰之时。", "stretching back five decades since the occupation.",
     "unpc-dev line 629: 五十年 / five decades (decades compared in years)"),
    ("此外，在过去的这二十年里，我们组织起来。", "In addition, during the last two decades, we have come together.",
     "unpc-dev line 1943: 二十年 / two decades"),
    ("布隆迪保持和平已有快十年了。", "It helped to sustain almost a decade of peace in Burundi.",
     "unpc-dev line 1829: 快十年 (nearly) / almost a decade"),
    ("过去几十年来，特别委员会曾有机会审议。", "The Special Committee has had occasions in the past decades to consider.",
     "unpc-dev line 2683: 几十年 / decades (tens of years)"),
    ("伊朗已经表示，将六氟化铀浓缩到铀-235丰度达到5%的目的是为了生产燃料。",
     "Iran has stated that the purpose of enriching UF6 up to 5% U-235 is the production of fuel.",
     "unpc-dev line 665: 达到5% / up to 5% (a ceiling reached, the same figure)"),
    ("妇女的失业率高达16.3%。", "The female unemployment rate was 16.3 per cent.",
     "unpc-dev line 320: 高达16.3% / 16.3 per cent"),
    ("过去一年中，取得了进展。", "Over the course of the past year, progress was made.", "unpc-dev line 509: 过去一年 / the past year"),
    ("这一为期一年的培训课程。", "The year-long training course consists of sessions.", "unpc-dev line 2730: 为期一年 / year-long"),
    ("合同期一般为一年。", "The teacher is recruited usually for a one-year term.", "unpc-dev line 1204: 一年 / one-year"),
]


@pytest.mark.parametrize("zh, en, source", SENTENCE_FORMS, ids=[c[2] for c in SENTENCE_FORMS])
def test_translated_forms_of_one_figure_agree(zh, en, source):
    a, _ = letter_doc([zh], "A/75/1", "zh")
    b, _ = letter_doc([en], "A/75/1", "en")
    (pair,) = pair_versions(all_passages(a), claims_of(a), all_passages(b), claims_of(b))
    assert pair.relation == "agree", (pair.left, pair.right)


def test_french_spaced_thousands_meet_the_english_comma():
    a, _ = letter_doc(["1 000 personnes ont été arrêtées."], "A/75/1", "fr")
    b, _ = letter_doc(["A total of 1,000 people were arrested."], "A/75/1", "en")
    (pair,) = pair_versions(all_passages(a), claims_of(a), all_passages(b), claims_of(b))
    assert (pair.relation, pair.matched_on[0]) == ("agree", "value")


def test_a_changed_number_in_one_sentence_differs():
    a, _ = letter_doc(["共有613名平民被杀害。"], "A/75/1", "zh")
    b, _ = letter_doc(["A total of 631 civilians were killed."], "A/75/1", "en")
    (pair,) = pair_versions(all_passages(a), claims_of(a), all_passages(b), claims_of(b))
    assert pair.relation == "differ" and pair.score < 0.6


def test_a_paragraph_split_in_translation_aligns_with_both_halves():
    """English runs about three times the Chinese length; the number 5 marks the second half."""
    left = [Unit(50, ("1992",)), Unit(40, ("5",)), Unit(20, ("7",))]
    right = [Unit(150, ("1992",)), Unit(60, ()), Unit(60, ("5",)), Unit(60, ("7",))]
    assert align(left, right) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_a_paragraph_with_no_counterpart_joins_a_neighbour_rather_than_pairing_wrongly():
    """Left paragraph 2 (613, 1993) is not in the right version: it shares a bead with its
    neighbour, so 5 and 12 still meet their counterparts and 613 stays one-sided."""
    left = [Unit(50, ("1992",)), Unit(40, ("5", "12")), Unit(30, ("613", "1993")), Unit(20, ("7",))]
    right = [Unit(150, ("1992",)), Unit(120, ("5", "12")), Unit(60, ("7",))]
    assert align(left, right) == [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,))]


def test_three_lines_joined_into_one_paragraph_align_with_all_three():
    # unpc-dev S/2015/104 (lines 3-5): the Chinese lines "在Dov山附近观察到三(3)名武装男子" ... carry no
    # closing stop and are read as one paragraph; the English "Three (3) armed men were observed ..." stay three.
    left = [Unit(60, ("2015",)), Unit(117, ("3", "3", "3", "6")), Unit(40, ("1", "1"))]
    right = [Unit(140, ("2015",)), Unit(55, ("3", "3")), Unit(68, ("3",)), Unit(60, ("6", "3")), Unit(90, ("1", "1"))]
    assert align(left, right) == [((0,), (0,)), ((1,), (1, 2, 3)), ((2,), (4,))]

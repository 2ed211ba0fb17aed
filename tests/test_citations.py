"""Footnotes -> cited symbols, dates, titles, issuers, URLs, ibid, self-sourcing; claims -> footnotes."""
from __future__ import annotations

import datetime as dt

import pytest

from figtrace.sources.citations import (
    clean_title,
    parse_references,
    references_by_footnote,
    repair_url,
    segments,
)
from figtrace.sources.footnotes import footnote_links, link_claims
from tests.cases.seed_footnotes import DATED_CASES, FOOTNOTE_CASES, URL_CASES
from tests.stages import citations_of
from tests.synthetic import claim, letter

D = dt.date


@pytest.fixture(scope="module")
def seed_citations(seed_doc):
    return citations_of(seed_doc, "test")


@pytest.fixture(scope="module")
def seed_refs(seed_doc):
    return references_by_footnote(seed_doc)


# ------------------------------------------------------------------ seed: every footnote
def test_one_citation_row_per_footnote(seed_citations):
    cits, _ = seed_citations
    assert [c.footnote_number for c in cits] == list(range(1, 54))


@pytest.mark.parametrize("fn, expected, self_sourced", FOOTNOTE_CASES, ids=[f"fn{c[0]}" for c in FOOTNOTE_CASES])
def test_seed_footnote_symbols_dates_and_self_sourcing(seed_citations, fn, expected, self_sourced):
    cits, cited = seed_citations
    row = next(c for c in cits if c.footnote_number == fn)
    assert row.cited_symbols == list(dict.fromkeys(s for s, _ in expected))
    got = [(r.symbol, r.date_as_cited) for r in cited if r.footnote_number == fn and r.symbol]
    assert got == expected
    assert row.self_sourced is self_sourced


@pytest.mark.parametrize("fn, symbol, dated", DATED_CASES, ids=[f"fn{c[0]}-{c[1]}" for c in DATED_CASES])
def test_seed_letter_dates_before_the_symbol(seed_refs, fn, symbol, dated):
    ref = next(r for r in seed_refs[fn] if symbol in r.symbols)
    assert ref.dated == dated


@pytest.mark.parametrize("fn, url", URL_CASES, ids=[f"fn{c[0]}" for c in URL_CASES])
def test_seed_urls(seed_citations, fn, url):
    assert url in next(c for c in seed_citations[0] if c.footnote_number == fn).urls


def test_seed_ibid_resolves_to_previous_footnote(seed_citations, seed_refs):
    cits, cited = seed_citations
    assert next(c for c in cits if c.footnote_number == 16).ibid_of == 15
    assert [c.footnote_number for c in cits if c.ibid_of is not None] == [16]
    assert [r.issuer for r in seed_refs[16]] == [r.issuer for r in seed_refs[15]] == ["人权观察"]


def test_seed_stray_marker_removed_from_title(seed_refs):
    (ref,) = seed_refs[30]
    assert "displaced persons and the Republic" in ref.title


def test_seed_titles_and_issuers(seed_refs):
    fn17 = seed_refs[17]
    assert fn17[0].title == "1993 年 7 月 28 日阿塞拜疆常驻联合国代表给安全理事会主席的信"
    # the six statements of the Ministry share one description
    statements = [r for r in fn17 if r.issuer == "阿塞拜疆外交部"]
    assert [r.symbols[0] for r in statements] == ["S/26013", "S/26137", "S/26160", "S/26163", "S/26181", "S/26228"]
    assert seed_refs[3][0].issuer == "Malcolm N. Shaw and Naomi Hart"
    assert seed_refs[34][0].issuer == "秘书长"
    assert seed_refs[44][0].is_self is None  # "总理" names no state


def test_seed_spans_are_inside_their_footnote(seed_doc, seed_citations):
    cits, cited = seed_citations
    by_fn = {c.footnote_number: c for c in cits}
    for r in cited:
        c = by_fn[r.footnote_number]
        assert c.char_start <= r.char_start < r.char_end <= c.char_end
        assert seed_doc.text[c.char_start:c.char_end] == c.text


def test_seed_marker_positions(seed_doc, seed_citations):
    for c in seed_citations[0]:
        assert c.marker_char_start is not None
        assert seed_doc.text[c.marker_char_start] == str(c.footnote_number)[0]


# ------------------------------------------------------------------ synthetic
def test_english_footnote():
    text = ("Letter dated 28 July 1993 from the Permanent Representative of Azerbaijan to the United Nations "
            "addressed to the President of the Security Council (S/26194).")
    (ref,) = parse_references(text, 0, 1, "Azerbaijan")
    assert ref.symbols == ("S/26194",) and ref.dated == D(1993, 7, 28) and ref.is_self is True


@pytest.mark.parametrize("text, state, expected", [
    ("阿塞拜疆共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)。", "阿塞拜疆", True),
    ("亚美尼亚共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)。", "阿塞拜疆", False),
    ("亚美尼亚共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)。", "亚美尼亚", True),
    ("Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan (S/26160, annex).", "Azerbaijan", True),
    ("Statement by the Ministry of Foreign Affairs of Armenia (S/26160, annex).", "Azerbaijan", False),
    ("见 S/23496(1992 年 1 月 29 日)。", "阿塞拜疆", None),  # a bare symbol names no issuer
    ("1993 年 10 月 29 日阿塞拜疆共和国外交部长给秘书长的信，S/26674", "阿塞拜疆", True),  # addressee is not issuer
])
def test_issuer_and_self(text, state, expected):
    assert parse_references(text, 0, 1, state)[0].is_self is expected


@pytest.mark.parametrize("sentence, self_sourced", [
    ("此外，阿塞拜疆于 2016 年向秘书长提交了一份详细报告。1", True),  # seed p9, footnote 33
    ("此外，亚美尼亚于 2016 年向秘书长提交了一份详细报告。1", False),
    ("亚美尼亚一再在当地采取各种挑衅行动。1", False),  # seed p11, footnote 39: bare symbols
])
def test_self_sourced_by_body_context(sentence, self_sourced):
    doc = letter([sentence], ["见 A/70/1016-S/2016/711，附件(2016 年 8 月 16 日)。"])
    (row,), _ = citations_of(doc)
    assert row.self_sourced is self_sourced


def test_body_context_does_not_override_a_named_other_issuer():
    doc = letter(["此外，阿塞拜疆于 2016 年向秘书长提交了一份报告。1"], ["秘书长的报告，A/67/129/Add.1(2012 年 9 月 17 日)。"])
    (row,), _ = citations_of(doc)
    assert row.self_sourced is False


def test_pairs_of_dates_pair_with_symbols():
    text = "见 2020 年 7 月 10 日和 9 月 18 日阿塞拜疆常驻联合国代表给秘书长的信，A/74/946-S/2020/704(2020 年 7 月 13 日)和 A/75/244-S/2020/925(2020 年 9 月 21 日)。"
    refs = parse_references(text, 0, 43, "阿塞拜疆")
    assert [(r.symbols, r.dated, r.date_as_cited) for r in refs] == [
        (("A/74/946", "S/2020/704"), D(2020, 7, 10), D(2020, 7, 13)),
        (("A/75/244", "S/2020/925"), D(2020, 9, 18), D(2020, 9, 21)),
    ]


def test_quoted_title_semicolons_do_not_split():
    assert len(segments("“A；B”，S/1；S/2")) == 2


def test_explanatory_footnote_has_no_reference():
    assert parse_references("苏联内部曾有 15 个加盟共和国。", 0, 1, "阿塞拜疆") == []


def test_url_broken_across_lines_is_repaired():
    link = "http://www.president.am/en/item/2014/08/11/President-Serzh-Sargsyan-interview/"
    assert repair_url("www.president.am/en/item/2014/08/11/President-Serzh-Sargs", " yan-interview/；Sisak", [link]) == link
    # near miss: a different continuation is not glued on
    assert repair_url("www.president.am/en/item/2014/08/11/President-Serzh-Sargs", " Armnews", [link]).endswith("Sargs")


def test_url_repair_through_the_layout():
    doc = letter(["总统接受了采访。1"], ["采访，2014 年 8 月 11 日，www.example.am/en/item/2014/08/11/President-Sargs yan-interview/。"],
                 links=["http://www.example.am/en/item/2014/08/11/President-Sargsyan-interview/"])
    (row,), _ = citations_of(doc)
    assert row.urls == ["http://www.example.am/en/item/2014/08/11/President-Sargsyan-interview/"]


def test_ibid_in_a_synthetic_letter():
    doc = letter(["甲。1 乙。2"], ["人权观察，报告(1994 年 12 月)，第 12 页。", "同上，第十二页。"])
    cits, cited = citations_of(doc)
    assert [c.ibid_of for c in cits] == [None, 1]
    assert [r.footnote_number for r in cited] == [1, 2]


def test_clean_title():
    assert clean_title("“internally displaced persons1 and the Republic”") == "internally displaced persons and the Republic"
    assert clean_title("“Agenda 21 and G20”") == "Agenda 21 and G20"


def test_markers_link_to_the_sentence_they_close():
    doc = letter(["袭击造成 613 名平民死亡。1 另有 1 000 人受伤。", "舒沙有 195 名平民被杀。"], ["见 S/23496(1992 年 1 月 29 日)。"])
    links = footnote_links(doc)
    c613, c1000, c195 = (claim(doc, s) for s in ("613 名", "1 000 人", "195 名"))
    linked = link_claims([c613, c1000, c195], links)
    assert [(c.cited_footnotes, c.paragraph_footnotes) for c in linked] == [([1], [1]), ([], [1]), ([], [])]


# ------------------------------------------------------------------ properties
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st

_PIECES = st.sampled_from(["见 ", "S/26160", "A/74/881-", "S/2020/503", "(1993 年 7 月 26 日)", "，附件", "；", "。",
                           "阿塞拜疆共和国外交部声明", "“Report”", "和 ", "2020 年 7 月 10 日和 9 月 18 日", "同上", "www.x.am/a b"])


@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(0, 1000))
def test_parse_references_never_raises_and_spans_stay_inside(text, offset):
    for r in parse_references(text, offset, 1, "阿塞拜疆"):
        assert offset <= r.char_start <= r.char_end <= offset + len(text)


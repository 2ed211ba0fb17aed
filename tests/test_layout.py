"""Hand-checked facts of the seed letter's layout, read off the raw file (golden files: test_golden.py)."""
from __future__ import annotations

import pytest

# Footnotes printed on each page, read off the raw file (source: seed, footnote blocks).
FOOTNOTES_PER_PAGE = {
    1: [1], 2: [2, 3, 4, 5], 3: [6, 7, 8, 9, 10, 11], 4: [12, 13, 14, 15, 16], 5: [17, 18],
    6: [19, 20, 21, 22], 7: [23, 24, 25], 8: [26], 9: list(range(27, 35)), 10: [35, 36, 37, 38],
    11: list(range(39, 45)), 12: list(range(45, 52)), 13: [52, 53],
}

# (footnote number, the body text just before its marker, just after) - source: seed body.
MARKER_CASES = [
    (1, "违反《苏联宪法》，", " 通过了"),       # p1: marker after a comma, before a verb
    (2, "自治州。", ""),                        # p2: paragraph end
    (13, "和平人民死亡。", ""),                 # p4: after 数以万计 ... not a count
    (29, "的报告、", " 关于"),                 # p9: "的报\n告、29 关于": the wrap is joined first
    (31, "责任的报告", " (四份"),              # p9: glued to a word, no punctuation
    (40, "民用基础设施", " 并发动"),           # p11: glued to a word
    (46, "再次升级。", " 2016 年"),             # p12: marker followed by a year
    (53, "智慧”。", ""),                        # p13: last marker
]


def test_thirteen_pages_with_their_footnotes(seed_doc):
    assert len(seed_doc.pages) == 13
    by_page: dict[int, list[int]] = {}
    for f in seed_doc.footnotes:
        by_page.setdefault(f.page_start, []).append(f.footnote_number)
    assert by_page == FOOTNOTES_PER_PAGE


def test_page_footer_read(seed_doc):
    page2 = seed_doc.pages[1]
    assert (page2.printed_number, page2.printed_total) == (2, 13)


@pytest.mark.parametrize("number,before,after", MARKER_CASES)
def test_marker_position(seed_doc, number, before, after):
    marker = next(m for m in seed_doc.markers if m.number == number)
    text = seed_doc.text
    assert text[marker.char_start:marker.char_end] == str(number)
    assert text[:marker.char_start].endswith(before)
    assert text[marker.char_end:].startswith(after)


def test_every_footnote_has_a_marker_on_its_page(seed_doc):
    pages = {f.footnote_number: f.page_start for f in seed_doc.footnotes}
    assert [m.number for m in seed_doc.markers] == list(range(1, 54))
    assert all(pages[m.number] == m.page for m in seed_doc.markers)
    assert all(m.char_end <= seed_doc.body_char_end for m in seed_doc.markers)


def test_quantities_are_not_markers(seed_doc):
    text = seed_doc.text
    spans = {(m.char_start, m.char_end) for m in seed_doc.markers}
    for quantity in ("613 名", "1 275 名", "超过 70 万", "有 50 万", "约 570 封"):
        start = text.index(quantity)
        assert not any(s <= start + len(quantity) and start <= e for s, e in spans), quantity


def test_paragraph_across_page_break(seed_doc):
    para = next(p for p in seed_doc.paragraphs if p.text.startswith("国际性法院和国际组织"))
    assert (para.page_start, para.page_end) == (2, 3)
    assert "实施的大屠杀”确认为" in para.text  # joined across the page break, footnote block removed


def test_wrapped_lines_joined_without_invented_spaces(seed_doc):
    text = seed_doc.text
    assert "造成 613 名阿塞拜疆平民死亡" in text  # "阿塞\n拜疆" joined tight
    assert "另有 1 000 人受伤" in text
    assert "A/74/676-S/2020/90，附件(2020 年 2月 7 日)" in text  # "2\n月" wrapped mid-date
    assert "Civilian Targeting in the Shadow of International Law" in text  # Latin words kept apart
    assert "missile strikes on Azerbaijan" in text  # "strik\nes": broken inside a word


def test_furniture_and_links_removed_from_text(seed_doc):
    text = seed_doc.text
    assert "21-00487" not in text
    assert "https://undocs.org" not in text
    assert "__________" not in text


def test_metadata(seed_doc):
    m = seed_doc.meta
    assert m.symbols == ("A/75/709", "S/2021/39")
    assert m.language == "zh"
    assert str(m.letter_date) == "2021-01-12"
    assert (m.author, m.author_state, m.addressee) == ("阿塞拜疆常驻联合国代表", "阿塞拜疆", "秘书长")
    assert m.agenda_items == ("34", "35", "40", "86")
    assert m.job_number == "21-00487"
    assert m.signatory == "亚沙尔·阿利耶夫"
    assert m.title == "2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信"


def test_signature_block(seed_doc):
    assert seed_doc.signature.text == "常驻代表\n大使\n亚沙尔·阿利耶夫(签名)"
    assert seed_doc.signature.page_start == 13


def test_footnote_continuations_joined(seed_doc):
    notes = {f.footnote_number: f.text for f in seed_doc.footnotes}
    assert len(notes) == 53
    assert notes[15].endswith("(1994 年 12 月)，第12 页。")
    assert notes[16] == "同上，第十二页。"
    assert "President-Serzh-Sargsyan-interview-Armnews-Sochi/" in notes[40]
    assert notes[51].endswith("(2020年 12 月 22 日)。")


def test_sentences_keep_their_markers(seed_doc):
    para = next(p for p in seed_doc.paragraphs if p.text.startswith("亚美尼亚军队在侵略过程中"))
    sentences = [s for s in seed_doc.sentences if s.parent_id == para.passage_id]
    assert len(sentences) == 1 and sentences[0].text.endswith("掠夺。3")


def test_passage_texts_are_slices_of_the_canonical_text(seed_doc):
    text = seed_doc.text
    passages = [*seed_doc.headings, *seed_doc.paragraphs, *seed_doc.sentences, *seed_doc.footnotes]
    for p in passages:
        assert text[p.char_start:p.char_end] == p.text
        assert p.page_start <= p.page_end


# ---------------------------------------------------------------- other layouts, other languages
def _parse_text(raw: str, name: str = "mem.txt"):
    from figtrace.layout.parse import parse_document
    from figtrace.records import Extraction, SourceInfo
    from figtrace.settings import Settings

    return parse_document(Extraction(raw), SourceInfo(name, "mem:", "0" * 64), Settings())


def test_seed_without_blank_lines_parses_the_same(seed_doc, seed_path):
    """Single-spaced extraction of the same letter (source: seed with its empty lines dropped)."""
    raw = seed_path.read_text(encoding="utf-8")
    single = _parse_text("\n".join(line for line in raw.split("\n") if line != ""))
    assert single.text == seed_doc.text
    assert [p.page_start for p in single.paragraphs] == [p.page_start for p in seed_doc.paragraphs]


@pytest.fixture(scope="module")
def english_doc():
    from figtrace.ingest.files import read_source
    from figtrace.layout.parse import parse_document
    from figtrace.settings import Settings
    from tests.conftest import ROOT

    extraction, source = read_source(ROOT / "tests" / "fixtures" / "letter.en.txt")
    return parse_document(extraction, source, Settings())


def test_english_letter_layout(english_doc):
    """Synthetic English letter in pdftotext style: form feeds, blank lines between paragraphs,
    footers "99-01234 (E) 200399" and barcode, markers glued to words ("wounded.2")."""
    d = english_doc
    assert len(d.pages) == 2 and d.pages[1].printed_number == 2
    assert d.meta.symbols == ("A/99/123", "S/2099/45")
    assert (d.meta.language, str(d.meta.letter_date), d.meta.author_state) == ("en", "2099-03-18", "Freedonia")
    assert d.meta.agenda_items == ("31",) and d.meta.signatory == "Jane Q. Doe"
    assert [(f.footnote_number, f.page_start) for f in d.footnotes] == [(1, 1), (2, 1), (3, 1), (4, 2)]
    assert [d.text[m.char_start - 8:m.char_end] for m in d.markers] == [
        "ry 2099.1", "wounded.2", "ry 2099.3", "asefire.4"
    ]
    assert len(d.paragraphs) == 5
    assert "99-01234" not in d.text and "*9901234*" not in d.text
    assert "northern districts of Freedonia, which my Government" in d.text  # Latin wrap gets a space


def test_english_sentences_end_after_glued_markers(english_doc):
    ends = [s.text[-12:] for s in english_doc.sentences]
    assert "were wounded.2" in [s.text[-14:] for s in english_doc.sentences]
    assert "Northvale." in [e[-10:] for e in ends]


# ../shared/corpus/unpc-dev zh.txt lines 551 and 201 (S/AGENDA/7355, A/69/643/Corr.1): short lines
# without a final stop before "(签名)" were swallowed into the signature with their figures (here the
# blank lines space lines rather than part paragraphs, so a line runs on into its neighbours).
@pytest.mark.parametrize("raw, signature, kept", [
    ("S/AGENDA/7355\n\n 安全理事会第7355次会议临时议程\n\n 定于2015年1月6日星期二下午3时举行\n\n 2. 马里局势\n\n (签名)\n",
     "(签名)", "定于2015年1月6日星期二下午3时举行"),
    ("A/69/643/Corr.1\n\n 议程项目132\n\n 2014-2015两年期方案预算\n\n 1. 附件一，脚注a\n\n (签名)\n",
     "(签名)", "2014-2015两年期方案预算"),
    ("S/AGENDA/7355\n\n Provisional agenda for the 7355th meeting of the Security Council\n\n"
     " To be held on Tuesday, 6 January 2015, at 3 p.m.\n\n 2. The situation in Mali\n\n (Signed)\n",
     "(Signed)", "2. The situation in Mali"),
    # names and titles stay in the signature: no digit in them
    ("I have the honour to report.\n\n 常驻代表\n\n 大使\n\n 亚沙尔·阿利耶夫(签名)\n", "常驻代表\n大使\n亚沙尔·阿利耶夫(签名)", None),
])
def test_a_line_holding_a_figure_is_not_part_of_the_signature(raw, signature, kept):
    doc = _parse_text(raw, "corpus.zh.txt" if "签名" in raw else "corpus.en.txt")
    assert doc.signature.text == signature
    if kept is not None:
        assert any(kept in p.text for p in doc.paragraphs)

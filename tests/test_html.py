"""HTML extraction: blocks as lines, <sup> as superscripts, and the layout reads it like the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from figtrace.errors import InputError
from figtrace.ingest.html import SEPARATOR_TEXT, extract_html

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "letter.zh.html"


@pytest.fixture(scope="module")
def extraction():
    return extract_html(FIXTURE.read_bytes(), str(FIXTURE))


def test_blocks_become_lines_and_scripts_vanish(extraction):
    lines = extraction.text.splitlines()
    assert lines[0] == " A/99/999" and SEPARATOR_TEXT in lines  # a <p>: indented like a paragraph
    assert " 据联合国难民事务高级专员办事处统计，2截至 2043 年底，已有超过 2 万人流离失所，约 3 500 户家庭失去住所。" in lines
    assert ["（签名）张伟"] == lines[lines.index(" 常驻代表") + 1:lines.index(" 常驻代表") + 2]  # <br>
    assert "不应出现" not in extraction.text and "font-size" not in extraction.text
    assert extraction.source_kind == "html" and extraction.furniture == ()


def test_sup_elements_are_superscript_spans(extraction):
    assert [extraction.text[s:e] for s, e in extraction.superscripts] == ["1", "2", "1", "2"]


def test_layout_reads_the_html_letter(extraction):
    from figtrace.layout.parse import parse_document
    from figtrace.records import SourceInfo
    from figtrace.settings import Settings

    doc = parse_document(extraction, SourceInfo(str(FIXTURE), FIXTURE.as_uri(), "0" * 64), Settings())
    assert doc.meta.symbols == ("A/99/999",) and doc.meta.signatory == "张伟"
    assert [(f.footnote_number, f.text[:6]) for f in doc.footnotes] == [(1, "示例国卫生部"), (2, "联合国难民事")]
    assert [(m.number, doc.text[m.char_start - 1]) for m in doc.markers] == [(1, "。"), (2, "，")]
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("data, words", [
    (b"<html><body><script>x()</script></body></html>", "holds no text"),
    (b'<html><meta charset="utf-8"><p>\xff\xfe bad</p></html>', "not valid utf-8"),
    (b'<html><meta charset="no-such-codec"><p>x</p></html>', "declares an unknown charset 'no-such-codec'"),
], ids=["no-text", "bad-bytes", "unknown-charset"])
def test_unusable_html_is_one_clear_input_error(data, words):
    with pytest.raises(InputError) as info:
        extract_html(data, "bad.html")
    assert words in str(info.value)


def test_meta_charset_is_honoured():
    page = '<html><head><meta charset="gb18030"></head><body><p>共有 613 名平民</p></body></html>'
    assert "共有 613 名平民" in extract_html(page.encode("gb18030"), "gb.html").text

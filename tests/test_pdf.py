"""PDF extraction on the generated Chinese letter: pages, superscripts, furniture, text intact."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from figtrace.errors import InputError
from figtrace.ingest.pdf import SEPARATOR_TEXT, extract_pdf
from tests.fixtures import make_pdf

FIXTURE = Path(make_pdf.PDF_PATH)
EXPECTED = json.loads(make_pdf.EXPECTED_PATH.read_text(encoding="utf-8"))
PDF_BYTES = FIXTURE.read_bytes()


@pytest.fixture(scope="module")
def extraction():
    return extract_pdf(PDF_BYTES, str(FIXTURE))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_committed_fixture_matches_its_generator(tmp_path, extraction):
    fresh = make_pdf.build(tmp_path / "letter.pdf")
    assert extract_pdf(fresh, "fresh.pdf") == extraction
    assert make_pdf.expected() == EXPECTED
    assert len(PDF_BYTES) < 20_000


def test_pages_are_separated_by_form_feeds(extraction):
    pages = extraction.text.split("\f")
    assert len(pages) == EXPECTED["pages"]
    assert [p.splitlines()[-1] for p in pages] == [f"99-99999 {n}/3" for n in (1, 2, 3)]
    assert extraction.source_kind == "pdf"


def test_chinese_text_is_intact(extraction):
    flat = squeeze(extraction.text)
    assert squeeze(EXPECTED["title"]) in flat
    for para in EXPECTED["paragraphs"][:3]:
        assert squeeze(para) in flat  # paragraph 4 runs across a page break
    for note in EXPECTED["footnotes"]:
        assert squeeze(note["text"]) in flat
    assert "(cid:" not in extraction.text and "\ufffd" not in extraction.text


def test_one_text_line_per_pdf_line(extraction):
    lines = extraction.text.replace("\f", "\n").splitlines()
    assert "    大会" in lines  # indented by its distance from the left margin
    assert "议程项目 12" in lines
    assert [ln for ln in lines if ln == SEPARATOR_TEXT] == [SEPARATOR_TEXT] * 2  # drawn rule, typed underscores
    assert any(ln.startswith("  1 示例国卫生部") for ln in lines)
    assert any(ln.startswith("日示例国常驻联合国代表给秘书长的同文信") for ln in lines)  # footnote continuation


def test_superscripts_are_the_footnote_markers(extraction):
    text = extraction.text
    assert [text[s:e] for s, e in extraction.superscripts] == EXPECTED["superscripts"]
    before = [text[s - 1] for s, _ in extraction.superscripts]
    assert before[:2] == ["。", "，"] and before[4] == "，"  # body markers glued to punctuation
    assert text[extraction.superscripts[2][0] - 2: extraction.superscripts[2][1] + 1] == "  1 "


def test_furniture_is_found_by_position(extraction):
    text = extraction.text
    assert [text[s:e] for s, e in extraction.furniture] == EXPECTED["furniture"]


def test_space_keeps_a_superscript_apart_from_latin_digits():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(90, 700, "See paragraph 87")
    c.setFont("Helvetica", 7)
    c.drawString(90 + c.stringWidth("See paragraph 87", "Helvetica", 11), 704, "5")
    c.setFont("Helvetica", 11)
    c.drawString(90, 680, "and more text on a second line.")
    c.save()
    ex = extract_pdf(buf.getvalue(), "latin.pdf")
    assert ex.text.splitlines()[0] == "See paragraph 87 5"
    assert [ex.text[s:e] for s, e in ex.superscripts] == ["5"]


# --------------------------------------------------------------------------- broken input
def _pdf(draw, **kwargs) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, **kwargs)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


BROKEN = [
    ("image-only", lambda: _pdf(lambda c: c.rect(100, 100, 300, 300, fill=1)), "no text layer"),
    ("encrypted", lambda: _pdf(lambda c: c.drawString(90, 700, "secret"), encrypt="s3cret"), "encrypted"),
    ("garbage", lambda: b"%PDF-1.4\nthis is not a pdf at all\n", "not a readable PDF"),
    ("cut in half", lambda: PDF_BYTES[: len(PDF_BYTES) // 2], "not a readable PDF"),
]


@pytest.mark.parametrize("make, words", [(b[1], b[2]) for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_unusable_pdf_is_one_clear_input_error(make, words):
    with pytest.raises(InputError) as info:
        extract_pdf(make(), "bad.pdf")
    assert words in str(info.value) and str(info.value).startswith("bad.pdf: ")
    assert "\n" not in str(info.value)


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(PDF_BYTES)), st.binary(max_size=64))
def test_damaged_pdf_never_raises_anything_but_input_error(cut, noise):
    data = PDF_BYTES[:cut] + noise + PDF_BYTES[cut + len(noise):]
    try:
        ex = extract_pdf(data, "damaged.pdf")
    except InputError:
        return
    assert all(0 <= s < e <= len(ex.text) for s, e in ex.superscripts + ex.furniture)


# --------------------------------------------------------------------------- via sources
def test_read_source_dispatches_pdf_bytes(extraction):
    from figtrace.ingest.files import read_source

    ex, info = read_source(FIXTURE)
    assert ex == extraction and info.raw_sha256 and info.source_uri.startswith("file://")


# --------------------------------------------------------------------------- through layout
@pytest.fixture(scope="module")
def parsed(extraction):
    from figtrace.layout.parse import parse_document
    from figtrace.records import SourceInfo
    from figtrace.settings import Settings

    source = SourceInfo(str(FIXTURE), FIXTURE.resolve().as_uri(), "0" * 64)
    return parse_document(extraction, source, Settings())


def test_layout_finds_real_pages_and_printed_numbers(parsed):
    assert [(p.number, p.printed_number, p.printed_total) for p in parsed.pages] == [(1, 1, 3), (2, 2, 3), (3, 3, 3)]


def test_layout_finds_metadata_in_masthead_and_furniture(parsed):
    m = parsed.meta
    assert (list(m.symbols), m.language, m.title, m.job_number) == (
        EXPECTED["symbols"], "zh", EXPECTED["title"], EXPECTED["job_number"])
    assert m.signatory == "张伟" and m.letter_date.isoformat() == "2044-03-05"


def test_layout_finds_footnotes_on_their_pages(parsed):
    got = [(f.footnote_number, f.page_start, squeeze(f.text)) for f in parsed.footnotes]
    assert got == [(n["number"], n["page"], squeeze(n["text"])) for n in EXPECTED["footnotes"]]
    for f in parsed.footnotes:
        assert parsed.text[f.char_start:f.char_end] == f.text


def test_layout_takes_markers_from_superscripts(parsed):
    assert [{"number": m.number, "page": m.page} for m in parsed.markers] == EXPECTED["markers"]
    assert [parsed.text[m.char_start:m.char_end] for m in parsed.markers] == ["1", "2", "3"]
    assert all(m.char_end <= parsed.body_char_end for m in parsed.markers)


def test_layout_joins_a_paragraph_across_a_page_break(parsed):
    last = parsed.paragraphs[-1]
    assert (last.page_start, last.page_end) == tuple(EXPECTED["paragraph_pages"][-1])
    assert squeeze(last.text) == squeeze(EXPECTED["paragraphs"][-1])
    assert parsed.signature is not None and "（签名）张伟" in parsed.signature.text


def test_layout_splits_paragraphs_like_the_pdf(parsed):
    assert [squeeze(p.text) for p in parsed.paragraphs] == [squeeze(p) for p in EXPECTED["paragraphs"]]
    assert [[p.page_start, p.page_end] for p in parsed.paragraphs] == EXPECTED["paragraph_pages"]


def test_layout_keeps_the_space_at_a_cjk_digit_line_joint(parsed):
    assert "袭击造成 127 名" in parsed.text


def test_pipeline_on_the_pdf_yields_cited_claims_and_citations():
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    tables = process_document(FIXTURE, Settings(), "run-pdf").tables
    cites = {c.footnote_number: c for c in tables["citations"]}
    assert sorted(cites) == [1, 2, 3] and [cites[n].page for n in (1, 2, 3)] == [1, 1, 2]
    assert cites[3].cited_symbols == ["S/2043/456", "A/98/789", "S/2043/520"]
    claims = {c.surface: c for c in tables["claims"]}
    killed = claims["127"]
    assert (killed.category, killed.value_best, killed.page, killed.cited_footnotes) == ("killed", 127.0, 1, [1])
    displaced = claims["超过 2 万"]
    assert (displaced.category, displaced.value_low, displaced.cited_footnotes) == ("displaced", 20000.0, [2])
    assert claims["15"].page == 2 and claims["15"].cited_footnotes == [3]

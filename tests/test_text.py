"""Property tests for the text layer: every canonical offset maps back into the raw text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.layout.text import TextBuilder, is_cjk, joint, split_lines
from figtrace.layout.parse import parse_document
from figtrace.records import Extraction, SourceInfo
from figtrace.settings import Settings

# Text drawn from the kinds of characters the letters hold: CJK, Latin, digits, punctuation, spaces.
ALPHABET = st.sampled_from(list("阿塞拜疆年月日名人。，、“”()abcXYZ 0123456789_-/.") + ["\n", "\n\n", "\f", " "])
# ending on a full stop keeps most examples clear of the truncation check
RAW_TEXT = st.lists(ALPHABET, max_size=400).map(lambda chars: "".join(chars) + "。")
SOURCE = SourceInfo(path="mem.txt", source_uri="mem:", raw_sha256="0" * 64)


def _check_doc_maps_back(raw: str) -> None:
    doc = parse_document(Extraction(raw), SOURCE, Settings())
    omap = doc.raw_offsets
    for pos, ch in enumerate(doc.text):
        r = omap.to_raw(pos)
        assert 0 <= r <= len(raw)
        if omap.is_verbatim(pos):
            assert raw[r] == ch


@given(st.lists(st.text(max_size=30), max_size=12))
def test_builder_copies_map_back(pieces):
    raw = "\n".join(pieces)
    b, pos = TextBuilder(), 0
    for piece in pieces:
        b.copy(raw, pos, pos + len(piece))
        b.insert("|", pos + len(piece))
        pos += len(piece) + 1
    text, omap = b.build()
    for i, ch in enumerate(text):
        if omap.is_verbatim(i):
            assert raw[omap.to_raw(i)] == ch
        else:
            assert ch == "|"


@settings(max_examples=300, deadline=None)
@given(RAW_TEXT)
def test_layout_never_loses_provenance(raw):
    try:
        _check_doc_maps_back(raw)
    except Exception as exc:  # only our own, clear errors are allowed
        from figtrace.errors import LayoutError

        assert isinstance(exc, LayoutError), repr(exc)


def test_seed_canonical_text_maps_back(seed_doc, seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    omap = seed_doc.raw_offsets
    verbatim = [i for i in range(len(seed_doc.text)) if omap.is_verbatim(i)]
    assert len(verbatim) > 0.97 * len(seed_doc.text)
    assert all(raw[omap.to_raw(i)] == seed_doc.text[i] for i in verbatim)
    for p in [*seed_doc.paragraphs, *seed_doc.footnotes]:
        assert raw[p.raw_char_start] == p.text[0]


@given(st.text(alphabet="阿拜。，abc ", min_size=1, max_size=8), st.text(alphabet="阿拜abc", min_size=1, max_size=8))
def test_joint_never_invents_a_space_next_to_cjk(left, right):
    lines = split_lines(left + "\n" + right)
    glue = joint(lines[0], lines[1], mid_word_breaks=False)
    a, b = left.rstrip()[-1:], right[:1]
    if is_cjk(a) and is_cjk(b):
        assert glue == ""
    elif (is_cjk(a) or is_cjk(b)) and not lines[0].trailing_space:
        assert glue == ""  # "2020 年 2" + "月 7 日": no space the extractor did not keep


def test_split_lines_offsets_and_form_feeds():
    raw = "ab\ncd\fef\n"
    lines = split_lines(raw)
    assert [(ln.text, raw[ln.start:ln.end]) for ln in lines] == [("ab", "ab"), ("cd", "cd"), ("ef", "ef")]
    assert [ln.page_break_before for ln in lines] == [False, False, True]

"""The fast scans of the claim extractor find what the plain scans they replace find.

Each fast scan (claimctx, dates, numbers) is written so that the regex engine can skip
uninteresting text in C; these properties hold it to the plain, obvious version, on
strings built from the fragments that matter (digits, separators, date words, symbols).
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from figtrace.claims import context as claimctx
from figtrace.lang import dates
from figtrace.lang.number_tables import for_language
from figtrace.lang.symbols import JOB_NUMBER_RE, find_symbols

FRAGMENTS = [
    "1993", "1990", "199", "12", "7", "23", "０７", "40984", "/", "／", "07", " ", "  ", "\n", "-", "–", "~",
    "年", "月", "日", "至", "和", "、", "代", "底", "初", "份", "个", "第", "议程项目", "《九国宣言》", "号",
    "to", "and", "s", "st", "nd", "ſt", "ST", " January", "March ", "Jan.", "May", "between ", "from ", "in ",
    "the ", "late ", "mid-", "said", "xsaid", "stated", "表示", "说", "agenda item ", "resolution ", "No.",
    "A", "S", "E", "CEDAW", "UNEP", "A/74/676", "S/2020/90", "-S/2021/39", "(1993)", "PV.3205", "21-00487",
    "一", "三十", "数", "成千上万", "上百", "万", "名", "人", "x", "，", ".", "3/13", "www.un.org",
]


def _texts(fragments: list[str]):
    return st.lists(st.sampled_from(fragments), max_size=14).map("".join)


texts = _texts(FRAGMENTS)
# Denser alphabets, one per scan, so that the rare shapes (a series just before a slash, an
# ordinal suffix, "1990s") come up often.
id_texts = _texts(["第", "议程项目", "12", "3", "40984", "07", "/", "st", "nd", "ſt", "TH", "th", " ", "x", "和",
                   "agenda items ", "No.", "《", "》", "号", "至", "-"])
symbol_texts = _texts(["A", "S", "E", "ST", "CEDAW", "UNEP", "/", "／", " ", "74", "C", ".", "12", "(1993)", "x",
                       "-", "\n", "a"])
date_texts = _texts(["1990", "1993", "12", "7", "０７", "s", " ", "年", "月", "日", "代", "至", "-", "to", "and",
                     " January", "March", "x", "个", "份", "和", "in ", "the ", "一九九三", "十二", "二十三", "上", "世纪",
                     "回历", "/", ".", "Q", "AH", "th"])
offsets = st.integers(0, 200)


def _cut(text: str, a: int, b: int) -> tuple[int, int]:
    """Two offsets into ``text`` from two draws, in order (-1: the end of the text)."""
    return tuple(sorted(len(text) if x < 0 else x % (len(text) + 1) for x in (a, b)))


# ----------------------------------------------------------------------------- claimctx
_PLAIN_ID_SCAN_RE = re.compile(rf"[{claimctx._OPENERS}]|[0-9]+|[A-Za-z]+")


def _plain_identifier_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """identifier_spans as first written: ID_RE tried at every token, symbols from find_symbols."""
    spans, last = [], start
    for t in _PLAIN_ID_SCAN_RE.finditer(text, start, end):
        if t.start() < last:
            continue
        if t.group()[0].isascii() and t.group()[0].isalpha() and t.group().lower() not in claimctx._ID_WORDS:
            continue
        m = claimctx.ID_RE.match(text, t.start(), end)
        if m and m.end() > m.start():
            title = t.group()[0] in claimctx._TITLE_OPENERS  # a title's years stay dates
            spans += claimctx._title_pieces(text, *m.span()) if title else [m.span()]
            last = m.end()
    # the one-pass scans (paragraph numbers, times of day, job-number footers, calibres, codes)
    spans += [m.span() for rx in claimctx._PASSES for m in rx.finditer(text, start, end)]
    spans += [(s.start + start, s.end + start) for s in find_symbols(text[start:end])]
    return sorted(spans)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, id_texts, symbol_texts), offsets, offsets)
@example("the 21st and 3RD", 0, -1)  # an ordinal: a digit run that starts an identifier
@example("xwww.un.org", 1, -1)  # a scan that starts inside a letter run
@example("第 12/3 段", 4, -1)  # ... inside a digit run
@example("见 CEDAW/C/12 和 A /74/676", 0, -1)
def test_identifier_spans_as_plain_scan(text, a, b):
    start, end = _cut(text, a, b)
    assert claimctx.identifier_spans(text, start, end) == _plain_identifier_spans(text, start, end)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, symbol_texts))
@example("见 CEDAW/C/12 和 A /74/676、xS/1 与 UNEP ／ 12 (1993)")
def test_find_symbols_as_plain_scan(text):
    from figtrace.lang.symbols import SYMBOL_RE

    plain = [m.span() for m in SYMBOL_RE.finditer(text) if any(c.isdigit() for c in m.group())]
    assert [(s.start, s.end) for s in find_symbols(text)] == plain


@settings(max_examples=300, deadline=None)
@given(texts)
def test_job_scan_as_job_number_re(text):
    plain = re.compile(r"(?<!\d)(\d{2}-\d{5})(?!\d)")
    assert [m.span() for m in JOB_NUMBER_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_speech_verbs_as_written(text):
    plain = re.compile(claimctx.SPEECH_VERBS)
    assert [m.span() for m in claimctx.for_language(None).speech.finditer(text)] == [m.span() for m in plain.finditer(text)]


# ----------------------------------------------------------------------------- dates, numbers
_PLAIN_DATE_SCAN_RE = re.compile(r"[0-9０-９]+|[A-Za-z]+|[〇零○一二三四五六七八九十上回伊希]")  # lead characters: one each


@settings(max_examples=800, deadline=None)
@given(st.one_of(texts, date_texts), offsets, offsets)
@example("in the 1990s x", 0, -1)
@example("12 January 1993 and 3 to 4 March 1994", 0, -1)
@example("1993 年 7 月至 10 月，1980 年代末，5 日", 0, -1)
@example("in 11990s", 4, -1)  # a scan that starts inside a digit run
@example("1990０７", 0, 5)  # a year token is a whole digit run, full-width digits included
@example("一九九三年七月二十三日，十九世纪七十年代，上世纪90年代，回历1436年", 0, -1)
def test_date_tokens_drop_only_runs_no_date_starts_at(text, a, b):
    """The fast date tokens are plain tokens; a plain token is dropped only where DATE_RE cannot match."""
    start, end = _cut(text, a, b)
    fast = [t.span() for t in dates._tokens(text, start, end, dates.grammar(None))]
    plain = [t.span() for t in _PLAIN_DATE_SCAN_RE.finditer(text, start, end)]
    assert sorted(set(fast)) == sorted(set(fast) & set(plain))
    for s, e in plain:
        if text[s].isascii() and text[s].isalpha() or dates.DATE_RE.match(text, s, end):
            assert (s, e) in fast, (text, start, end, s)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_quantity_scan_as_plain_scan(text):
    plain = re.compile(r"[0-9０-９]+|[A-Za-z]+|[二两三四五六七八九十百千〇零一数成上几万]")
    assert [t.span() for t in for_language(None).scan.finditer(text)] == [t.span() for t in plain.finditer(text)]

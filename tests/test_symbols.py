"""UN document symbols: finding, normalising, joint symbols, resolutions in prose, numbering."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figtrace.lang.symbols import (
    JOB_NUMBER_RE,
    find_symbols,
    is_symbol_line,
    joint_groups,
    joint_spans,
    normalise_symbol,
    symbol_sequence,
)
from tests.cases.symbols_cases import RESOLUTION_CASES, SYMBOL_CASES


@pytest.mark.parametrize("where, text, expected", SYMBOL_CASES, ids=[c[0] for c in SYMBOL_CASES])
def test_find_symbols(where, text, expected):
    assert [m.symbol for m in find_symbols(text)] == expected


@pytest.mark.parametrize("where, text, expected", RESOLUTION_CASES, ids=[c[0] for c in RESOLUTION_CASES])
def test_resolutions_in_prose(where, text, expected):
    assert [m.symbol for m in find_symbols(text, resolutions=True) if m.symbol.startswith("S/RES/")] == expected


def test_resolutions_are_opt_in():
    assert find_symbols("第 822(1993)号决议") == []


def test_spans_hold_their_surface():
    text = "见 A/74/881- S/2020/503，附件；S/RES/822 (1993)"
    for m in find_symbols(text, resolutions=True):
        assert text[m.start:m.end] == m.surface
        assert normalise_symbol(m.surface) == m.symbol or m.symbol.startswith("S/RES/")


def test_joint_spans_and_groups():
    text = "A/74/881- S/2020/503，附件；S/26160(1993 年)"
    assert joint_spans(text) == [(0, 20)]
    groups = joint_groups(find_symbols(text), text)
    assert [[m.symbol for m in g] for g in groups] == [["A/74/881", "S/2020/503"], ["S/26160"]]


@pytest.mark.parametrize("symbol, expected", [
    ("S/26160", ("S", None, None, 26160)),
    ("S/2016/1140", ("S/2016", 2016, None, 1140)),
    ("A/74/676", ("A/74", None, 74, 676)),
    ("A/C.6/50/4", ("A/C.6/50", None, 50, 4)),
    ("S/PV.3205", None),
    ("A/67/129/Add.1", None),
])
def test_symbol_sequence(symbol, expected):
    assert symbol_sequence(symbol) == expected


def test_header_lines_and_job_numbers():
    assert is_symbol_line("A/75/709 ") and is_symbol_line("S/2021/39")
    assert not is_symbol_line("A/75/709 和其他") and not is_symbol_line("A/B")
    assert JOB_NUMBER_RE.search("21-00487 2/13").group(1) == "21-00487"


@given(st.text(alphabet=st.sampled_from(list("AS/0123456789.-– 年月日()见，PVRES")), max_size=60))
def test_find_symbols_never_raises_and_spans_match(text):
    for m in find_symbols(text, resolutions=True):
        assert text[m.start:m.end] == m.surface

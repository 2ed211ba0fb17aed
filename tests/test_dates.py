"""Date and duration grammar: case tables and interval properties."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.claims.durations import find_durations
from figtrace.lang.bounds import bounds_problem
from figtrace.lang.dates import find_dates
from tests.cases.dates_cases import DATE_CASES, DURATION_CASES


@pytest.mark.parametrize(("text", "year", "expected", "source"), DATE_CASES)
def test_date_cases(text, year, expected, source):
    got = [(d.surface, str(d.date_start), str(d.date_end), d.precision, d.year_inferred)
           for d in find_dates(text, context_year=year)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected", "source"), DURATION_CASES)
def test_duration_cases(text, expected, source):
    got = [(q.surface, q.qualifier, q.value_low, q.value_best, q.value_high, q.unit_hint) for q in find_durations(text)]
    want = [(s, q, *(None if v is None else float(v) for v in (lo, b, hi)), u) for s, q, lo, b, hi, u in expected]
    assert got == want


def test_inferred_dates_say_where_the_year_came_from():
    d = find_dates("1993 年 7 月 28 日报告：“7 月 23 日")[1]
    assert d.year_inferred and "no year written: year 1993" in d.estimate_rule


def test_every_interval_names_its_rule():
    for d in find_dates("1987 年底、1993 年 3 月底、1980 年代末、late 1987、the early 1990s"):
        assert d.estimate_rule and d.date_start <= d.date_end


_PIECES = st.sampled_from(["1993", "2020", "年", "月", "日", "至", "和", "底", "初", "年代", "末", " ", "7", "12", "31",
                           "32", "0", "January", "late", "the", "between", "and", "s", "，", "“", "自", "以来"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.one_of(st.none(), st.integers(1900, 2100)))
def test_find_dates_never_raises_and_intervals_hold(text, year):
    for d in find_dates(text, context_year=year):
        assert text[d.start:d.end] == d.surface
        assert isinstance(d.date_start, dt.date) and d.date_start <= d.date_end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_find_dates_and_durations_never_raise_on_any_text(text):
    for d in find_dates(text, context_year=2000):
        assert text[d.start:d.end] == d.surface
    for q in find_durations(text):
        assert text[q.start:q.end] == q.surface
        assert bounds_problem(q.qualifier, q.value_low, q.value_best, q.value_high) is None

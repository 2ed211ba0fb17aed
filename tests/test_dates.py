"""Date and duration grammar: case tables and interval properties."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.claims.durations import find_durations
from figtrace.lang.bounds import bounds_problem
from figtrace.lang.dates import find_dates, written_dates
from tests.cases.dates_cases import DATE_CASES, DURATION_CASES, LANGUAGE_DATE_CASES, LANGUAGE_DURATION_CASES


@pytest.mark.parametrize(("text", "year", "expected", "source"), DATE_CASES)
def test_date_cases(text, year, expected, source):
    found = [d for d in find_dates(text, context_year=year, incomplete=True) if not d.recurring]
    got = [(d.surface, str(d.date_start), str(d.date_end), d.precision, d.year_source) for d in found]
    assert got == [row[:5] for row in expected]
    for d, row in zip(found, expected):
        assert row[5] in d.estimate_rule, (d.estimate_rule, row[5])


@pytest.mark.parametrize(("text", "expected", "source"), DURATION_CASES)
def test_duration_cases(text, expected, source):
    """Durations as the extractor reads them: after the dates, whose spans hold no figure."""
    dates = [(d.start, d.end) for d in find_dates(text, incomplete=True)]
    got = [(q.surface, q.qualifier, q.value_low, q.value_best, q.value_high, q.unit_hint)
           for q in find_durations(text, skip=dates)]
    want = [(s, q, *(None if v is None else float(v) for v in (lo, b, hi)), u) for s, q, lo, b, hi, u in expected]
    assert got == want


@pytest.mark.parametrize("text", ["二零零四年", "2004年", "18年10月1日", "31 March of each year", "At 1720 hours",
                                  "两年期", "千年发展目标"])
def test_no_year_date_or_label_is_a_duration_even_alone(text):
    """Even without the date grammar's spans: issue 16's years read as lengths, issue 9's labels and clock times."""
    assert find_durations(text) == []


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


# ----------------------------------------------------------------------------- where a year came from
@pytest.mark.parametrize(("text", "context", "sources"), [
    ("1993 年 7 月 28 日报告：“7 月 23 日", None, ["written", "paragraph"]),  # seed p4 ¶20
    ("7 月 27 日", (1993, "letter"), ["letter"]),  # seed p5 ¶20, the letter's year
    ("7 月 27 日", (1993, "reference_year"), ["reference_year"]),  # synthetic: --reference-year
    ("7 月 27 日", None, []),  # seed: no year anywhere -> left out unless incomplete dates are asked for
    ("1980 年代末，7 月 27 日", (1993, "letter"), ["written", "letter"]),  # a decade gives no running year
])
def test_year_source(text, context, sources):
    year, source = context or (None, "letter")
    assert [d.year_source for d in find_dates(text, context_year=year, context_source=source)] == sources


def test_the_rule_names_where_the_year_came_from():
    (d,) = find_dates("7 月 23 日", context_year=1993, context_source="reference_year")
    assert d.estimate_rule == ("day and month as written; no year written: year 1993 from the reference year "
                               "(--reference-year; no dated mention before it in the paragraph, no letter date)")
    moved = replace(d, date_start=d.date_start.replace(year=1992), date_end=d.date_end.replace(year=1992), moved_back=True)
    assert moved.estimate_rule.endswith("year 1993 from the reference year (--reference-year; no dated mention "
                                        "before it in the paragraph, no letter date); moved back to 1992: 1993 would "
                                        "fall after the letter date")
    assert find_dates("1993 年 7 月")[0].estimate_rule == "whole month"  # a written year adds nothing


# ----------------------------------------------------------------------------- dates as written
# (text, [(surface, kind, valid, reversed)], source)
WRITTEN_CASES = [
    ("2019 年 2 月 30 日", [("2019 年 2 月 30 日", "single", False, False)], "synthetic: impossible day"),
    ("1993 年 13 月 1 日", [("1993 年 13 月 1 日", "single", False, False)], "synthetic: impossible month"),
    ("2016 年 10 月 19 日至 18 日", [("2016 年 10 月 19 日至 18 日", "range", True, True)], "seed fn 6, reversed"),
    ("2016 年 10 月 18 日至 19 日", [("2016 年 10 月 18 日至 19 日", "range", True, False)], "seed fn 6"),
    ("1993 年 10 月至 7 月", [("1993 年 10 月至 7 月", "range", True, True)], "seed p4 ¶19, reversed"),
    ("1993 年 3 月 30 日和 31 日", [("1993 年 3 月 30 日和 31 日", "pair", True, False)], "seed fn 13"),
    ("2020 年 7 月 10 日和 9 月 18 日", [("2020 年 7 月 10 日和 9 月 18 日", "pair", True, False)], "seed fn 43"),
    ("2019 年 2 月 28 日和 30 日", [("2019 年 2 月 28 日和 30 日", "pair", False, False)], "synthetic: the pair's second day is impossible"),
    ("1993 年 3 月底和 4 月初", [("1993 年 3 月底和 4 月初", "pair", True, False)], "seed p4 ¶15: a pair of months"),
    ("1993 年，7 月 23 日", [], "seed: year-less dates and bare years are not written dates"),
    ("14 to 25 February 2099", [("14 to 25 February 2099", "range", True, False)], "fixture letter.en"),
    ("30 and 31 March 2099", [("30 and 31 March 2099", "pair", True, False)], "synthetic en"),
    ("31 April 2020", [("31 April 2020", "single", False, False)], "synthetic en: impossible day"),
    ("January 2099, late 2098", [], "fixture letter.en: no day or month number"),
]


@pytest.mark.parametrize(("text", "expected", "source"), WRITTEN_CASES)
def test_written_dates(text, expected, source):
    assert [(w.surface, w.kind, w.valid, w.reversed) for w in written_dates(text)] == expected


def test_a_pair_shares_the_year_and_month_of_its_first_date():
    (pair,) = written_dates("见 1993 年 3 月 30 日和 31 日的信")
    assert (pair.start_date, pair.end_parts) == (dt.date(1993, 3, 30), (1993, 3, 31))


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["", " "]))
def test_written_dates_round_trip(d, sp):
    text = f"见{d.year}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}日的信"
    (hit,) = written_dates(text)
    assert hit.valid and hit.start_date == d and text[hit.start:hit.end] == hit.surface


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_a_possible_written_date_is_one_find_dates_reads(text):
    """One grammar: a written date that is valid and in order is a date mention where it stands."""
    found = {d.start for d in find_dates(text)}
    for w in written_dates(text):
        assert text[w.start:w.end] == w.surface
        if w.valid and not w.reversed:
            assert w.start in found, (text, w)


# ----------------------------------------------------------------------------- the other UN languages (issue 10)
@pytest.mark.parametrize(("lang", "text", "expected", "source"), LANGUAGE_DATE_CASES)
def test_language_date_cases(lang, text, expected, source):
    got = [(d.surface, str(d.date_start), str(d.date_end), d.precision) for d in find_dates(text, lang=lang)]
    assert got == expected


@pytest.mark.parametrize(("lang", "text", "expected", "source"), LANGUAGE_DURATION_CASES)
def test_language_duration_cases(lang, text, expected, source):
    dates = [(d.start, d.end) for d in find_dates(text, incomplete=True, lang=lang)]
    got = [(q.surface, q.qualifier, q.value_low, q.value_best, q.value_high, q.unit_hint)
           for q in find_durations(text, skip=dates, lang=lang)]
    want = [(s, q, *(None if v is None else float(v) for v in (lo, b, hi)), u) for s, q, lo, b, hi, u in expected]
    assert got == want

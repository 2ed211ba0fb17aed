"""Number grammar: case tables, bounds rules and round-trip properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.lang.bounds import NEEDS, RULES, bounds_problem
from figtrace.lang.numbers import find_quantities
from figtrace.lang.numerals import parse_number, step_of
from tests.cases.numbers_cases import PARSE_CASES, QUANTITY_CASES
from tests.cases.recognizers_cases import RECOGNIZERS_CASES


def _f(v):
    return None if v is None else float(v)


@pytest.mark.parametrize(("text", "expected", "source"), QUANTITY_CASES + RECOGNIZERS_CASES)
def test_quantity_cases(text, expected, source):
    got = [(q.surface, q.qualifier, q.value_low, q.value_best, q.value_high, q.unit_hint)
           for q in find_quantities(text)]
    want = [(s, q, _f(lo), _f(b), _f(hi), u) for s, q, lo, b, hi, u in expected]
    assert got == want


@pytest.mark.parametrize(("s", "value"), PARSE_CASES)
def test_parse_number(s, value):
    assert parse_number(s) == (None if value is None else float(value))


@pytest.mark.parametrize(("n", "step"), [(300, 100), (30, 10), (24, 1), (1500, 100), (100, 100), (1, 1)])
def test_step_of(n, step):
    assert step_of(n) == step


@pytest.mark.parametrize(("args", "problem"), [
    (("more_than", None, None, None), "more_than needs value_low"),
    (("more_than", 5.0, 5.0, None), "more_than must leave value_best empty"),
    (("exact", 5.0, 5.0, 5.0), None),
    (("exact", 5.0, 5.0, 6.0), "exact needs value_low == value_best == value_high"),
    (("nearly", None, None, 30.0), None),
    (("nearly", 30.0, None, None), "nearly must leave value_low empty"),
    (("plus", 300.0, None, 400.0), None),
    (("range", 400.0, None, 300.0), "value_low <= value_best <= value_high does not hold"),
    (("approximately", None, 570.0, None), None),
    (("tens_of", 10000.0, None, 100000.0), None),
    ((None, None, None, None), None),
    ((None, 1.0, None, None), "values without a qualifier"),
    (("gazillions", 1.0, None, None), "unknown qualifier 'gazillions'"),
])
def test_bounds_problem(args, problem):
    assert bounds_problem(*args) == problem


def test_every_qualifier_has_a_rule_and_a_bounds_shape():
    assert set(RULES) == set(NEEDS)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([",", " ", "", "，"]))
def test_format_then_parse_round_trips(n, sep):
    text = f"{n:,}".replace(",", sep)
    assert parse_number(text) == float(n)


_ALPHABET = st.sampled_from(list("0123456789０１２ 多余万亿约近超过不到数以计百千十两三一第号年月日个名人,.，。-/()“”abc"
                                 "几成比大低零点又分之负壹萬兆折岁") +
                            ["more than ", "about ", "tens of thousands", " people", "1 000", "百分之", " or more",
                             " and ", " or ", "twenty-", "one ", " hundred", " thousand", " thirds", " point ",
                             "half a million", "dozens of ", "以上", "大于", "小于", "之间", "minus ", " k", "的同时"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_quantities_never_raises_and_spans_hold(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.surface
        assert bounds_problem(q.qualifier, q.value_low, q.value_best, q.value_high) is None
        assert q.start < q.end <= q.unit_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_find_quantities_never_raises_on_any_text(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.surface

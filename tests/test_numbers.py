"""Number grammar: case tables, bounds rules and round-trip properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.lang.bounds import NEEDS, RULES, bounds_problem
from figtrace.lang.numbers import find_quantities
from figtrace.lang.numerals import parse_number, step_of
from figtrace.lang.number_tables import reading_text
from tests.cases.numbers_cases import LANGUAGE_QUANTITY_CASES, PARSE_CASES, QUANTITY_CASES
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


# --------------------------------------------------------------------------- numerals written out, read back
def _zh_numeral(n: int) -> str:
    """n in standard Chinese numerals (零 for a gap, sections of 万 and 亿): 1010 -> 一千零一十."""
    digits = "零一二三四五六七八九"

    def section(x: int) -> str:
        out, gap = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d == 0:
                gap = gap or bool(out)
                continue
            out += ("零" if gap else "") + digits[d] + name
            gap = False
        return out

    out, gap = "", False
    for value, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        sec = n // value if value == 10**8 else n // value % 10000
        if sec == 0:
            gap = gap or bool(out)
            continue
        out += ("零" if out and (gap or sec < 1000) else "") + section(sec) + name
        gap = False
    return out


def _en_words(n: int) -> str:
    """n in English number words: 1203 -> one thousand two hundred and three."""
    units = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_thousand(x: int) -> str:
        words = [f"{units[x // 100]} hundred"] if x >= 100 else []
        rest = x % 100
        if rest:
            small = units[rest] if rest < 20 else tens[rest // 10] + (f"-{units[rest % 10]}" if rest % 10 else "")
            words.append(("and " if words else "") + small)
        return " ".join(words)

    out = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        part = n // value % 1000
        if part:
            out.append((below_thousand(part) + " " + name).strip())
    return " ".join(out)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=10**12 - 1))
def test_chinese_numerals_in_a_counting_sentence_read_back(n):
    text = f"共有{_zh_numeral(n)}人。"
    assert [(q.qualifier, q.value_best) for q in find_quantities(text)] == [("exact", float(n))], text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=10**12 - 1))
def test_english_number_words_in_a_counting_sentence_read_back(n):
    text = f"There were {_en_words(n)} people."
    assert [(q.qualifier, q.value_best) for q in find_quantities(text)] == [("exact", float(n))], text


@pytest.mark.parametrize(("n", "zh", "en"), [(1010, "一千零一十", "one thousand ten"),
                                             (20003, "二万零三", "twenty thousand three"),
                                             (110000, "一十一万", "one hundred and ten thousand")])
def test_the_writers_of_the_round_trip_tests_write_what_they_claim(n, zh, en):
    assert (_zh_numeral(n), _en_words(n)) == (zh, en)


# ----------------------------------------------------------------------------- the other UN languages (issue 10)
@pytest.mark.parametrize(("lang", "text", "expected", "source"), LANGUAGE_QUANTITY_CASES)
def test_language_quantity_cases(lang, text, expected, source):
    got = [(q.surface, q.qualifier, q.value_low, q.value_best, q.value_high, q.unit_hint)
           for q in find_quantities(reading_text(text, lang), lang=lang)]
    want = [(s, q, _f(lo), _f(b), _f(hi), u) for s, q, lo, b, hi, u in expected]
    assert got == want

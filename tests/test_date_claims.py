"""Dates as claims: where a year comes from, what a date leaves to the figures around it, recurring dates."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.settings import Settings
from tests.claimdocs import make_doc
from tests.stages import claims_of

MONTHS = "January February March April May June July August September October November December".split()


def _claims(paragraphs, letter_date=dt.date(2015, 12, 31), **settings):
    return claims_of(make_doc(paragraphs, letter_date=letter_date), Settings(**settings))


def test_year_sources_in_order_sentence_paragraph_letter():
    """unpc-dev zh.txt:853 and en.txt:152 shapes: the year from the sentence, the paragraph, the letter."""
    claims = _claims(["2014年11月19日举行会议，12月29日续会。3月2日再次开会。", "另一段：5月4日。"])
    got = [(c.surface, c.year_source, str(c.date_start)) for c in claims if c.kind == "date"]
    assert got == [("2014年11月19日", "written", "2014-11-19"), ("12月29日", "sentence", "2014-12-29"),
                   ("3月2日", "paragraph", "2014-03-02"), ("5月4日", "letter", "2015-05-04")]
    sentence = next(c for c in claims if c.surface == "12月29日")
    assert "an earlier date in the same sentence" in sentence.estimate_rule


def test_without_any_year_the_date_is_kept_with_month_and_day():
    (c,) = [c for c in _claims(["As of 4 February, the Council met."], letter_date=None) if c.kind == "date"]
    assert (c.surface, c.date_start, c.date_end, c.year_source, c.date_edtf, c.date_precision) == (
        "4 February", None, None, "unknown", "XXXX-02-04", "day")


def test_a_recurring_date_is_no_claim_and_holds_no_figure():
    """issue 9: "31 March of each year" gave a duration of 31 years."""
    assert _claims(["Reports are due by 31 March of each year."]) == []
    assert _claims(["报告应于每年3月31日之前提交。"]) == []


def test_hijri_and_gregorian_claims_say_their_calendar():
    claims = _claims(["回历1436年7月25日，即2015年5月14日，12 名平民死亡。"])
    got = [(c.surface, str(c.date_start), c.calendar, c.date_edtf) for c in claims if c.kind == "date"]
    assert got == [("回历1436年7月25日", "2015-05-14", "hijri", "1436-07-25"),
                   ("2015年5月14日", "2015-05-14", "gregorian", "2015-05-14")]
    assert [c.surface for c in claims if c.kind == "count"] == ["12"]


def _zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _en(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.integers(2, 999),
       st.sampled_from(["zh", "en"]))
def test_a_date_of_any_year_keeps_its_numbers_and_leaves_the_figure_beside_it(day, n, lang):
    """Numbers inside a date never leak as counts; a figure next to a date is not swallowed (issue 16).

    Four-digit years (a two-digit one is read around the letter's year: "18年10月1日").
    """
    text = f"{_zh(day)}，{n} 名平民死亡。" if lang == "zh" else f"On {_en(day)}, {n} civilians were killed."
    claims = _claims([text], letter_date=None)
    assert [(c.kind, c.date_start, c.date_end) for c in claims if c.kind == "date"] == [("date", day, day)]
    assert [(c.kind, c.value_best) for c in claims if c.kind != "date"] == [("count", float(n))]


@pytest.mark.parametrize(("text", "counts"), [
    ("On 4 March 1200 people were killed.", [1200.0]),  # synthetic: a figure after a year-less date
    ("In March 2015 12 people were killed.", [12.0]),  # synthetic
    ("2015年3月5日300人死亡。", [300.0]),  # synthetic
    ("截至2015年2月10日，共收到来自34个国家的93份申请。", [34.0, 93.0]),  # unpc-dev zh.txt:2658
    ("As of 7 February 2015, Iran had fed 156,734 kg.", [156734.0]),  # unpc-dev en.txt:1300
])
def test_figures_beside_dates_stay_figures(text, counts):
    claims = _claims([text])
    assert [c.value_best for c in claims if c.kind == "count"] == counts


def _all_digit(paragraphs, language):
    doc = make_doc(paragraphs, letter_date=dt.date(2019, 12, 31))
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, language=language))
    return [(c.surface, str(c.date_start), str(c.date_end), c.date_edtf, c.estimate_rule)
            for c in claims_of(doc) if c.kind == "date"]


@pytest.mark.parametrize(("language", "paragraphs", "want"), [
    # issue 16: "04/01/2019", day/month order by the document's other dates, the language, or both readings
    ("zh", ["会议于04/01/2019举行。"], ("2019-01-04", "2019-04-01", "[2019-01-04,2019-04-01]", "spans both")),
    ("en", ["The meeting was held on 04/01/2019."], ("2019-01-04", "2019-01-04", "2019-01-04", "usual order")),
    ("zh", ["会议于04/01/2019举行。", "报告于01/13/2019提交。"], ("2019-04-01", "2019-04-01", "2019-04-01", "other all-digit")),
    ("en", ["The meeting was held on 04/01/2019.", "The report of 12/25/2018 says so."],
     ("2019-04-01", "2019-04-01", "2019-04-01", "other all-digit")),
])
def test_all_digit_dates_take_their_order_from_the_document_then_the_language(language, paragraphs, want):
    surface, start, end, edtf, rule = _all_digit(paragraphs, language)[0]
    assert (surface, start, end, edtf) == ("04/01/2019", *want[:3]) and want[3] in rule

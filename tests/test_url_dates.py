"""Dates written into cited URLs: every form found, malformed ones flagged, valid ones compared."""
from __future__ import annotations

import json

import pytest

from figtrace.flags.symbols import url_dates_in
from tests.cases.url_date_cases import URL_DATE_CASES
from tests.stages import flags_of
from tests.synthetic import letter


@pytest.mark.parametrize("url, expected, source", URL_DATE_CASES, ids=[c[2] for c in URL_DATE_CASES])
def test_dates_in_urls(url, expected, source):
    assert [(d.text, d.date and d.date.isoformat()) for d in url_dates_in(url)] == expected


def _url_flags(footnote: str):
    doc = letter(["甲。1"], [footnote])
    return [f for f in flags_of(doc, []) if f.rule == "url-date-mismatch"]


@pytest.mark.parametrize("footnote, passed, message, written", [
    ("见声明，2021 年 2 月 28 日，www.example.org/news/statement_2021_02_30.pdf。", False, "malformed date '2021_02_30'", "2021_02_30"),
    ("见声明，2020 年 7 月 10 日，www.example.org/statements?date=2020-07-10。", True, "matches the footnote", "2020-07-10"),
    ("见声明，2020 年 7 月 10 日，www.example.org/press/20200711.html。", False, "is dated 2020-07-11, the footnote 2020-07-10",
     "20200711"),
])
def test_url_date_flags(footnote, passed, message, written):
    """Synthetic footnotes through the real citation stage and flag rules."""
    (flag,) = _url_flags(footnote)
    assert flag.passed is passed and message in flag.message
    assert json.loads(flag.evidence)["url_date"] == written

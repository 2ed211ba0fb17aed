"""The row makers of the corpus gold (tests/gold/corpus_gold_zh.py, corpus_gold_en.py).

Labelling rules (applied by hand, from the text alone; the extractor was never run to draft a row):

- Every count, date and duration the sentence states is a row, with the qualifier as written
  and bounds per data-model.md: an exact figure sets low = best = high; a qualifier is not a
  range ("more than 50" sets only low; "up to 10,000" only high; "about N" only best);
  "2 000多" is N-odd (low 2 000, high 3 000); 数百 / hundreds of: 100..1 000; 数千 /
  thousands of: 1 000..10 000; 数十万 / hundreds of thousands: 100 000..1 000 000.
  Money and percentages are counts (value as written, scale applied: "$4.8 million" is
  4 800 000; "45 per cent" is 45).
- Dates are inclusive intervals: a year covers 1 January to 31 December, a month its days,
  "2014-2015" both years, "9-17 March 2015" those days.  "As at" / 截止 / "since" / 以来 /
  "prior to" / 以前 dates are the date itself.  A date whose year the sentence does not give
  has the year "XXXX" (only month and day are scored).
- Durations carry their unit ("within 30 days": at_most 30 days; "20-year review": 20 years).
  Period labels are not durations (biennium, 两年期, 千年发展目标).
- Not figures (``X`` rows, each must give no claim): paragraph and item numbers ("10."),
  session, meeting and other ordinals ("第五十八届", "276th"), resolution numbers and the
  year in a resolution symbol ("2118 (2013)"), articles, rules, sections, pages, tables,
  figures, agenda items, action numbers, footnote markers, times of day ("上午10时",
  "3 p.m."), weapon calibres ("122 mm"), a Chinese 一 + classifier where English says "a"
  (一个, 一项: an indefinite article, as in the seed gold), "one of".
- ``opt=True``: a figure whose reading the text leaves open (fractions such as 三分之一,
  ages such as "women over 55", "post-2015" in an agenda's name, bracketed negative amounts
  of a budget table): neither required nor counted against precision, and not scored for
  bounds.
- Categories (counts): killed, wounded, missing, hostages, displaced, population,
  settlements, territory, documents, other.  ``place`` is given for casualty figures only.
"""
from __future__ import annotations

import calendar

PARA = "paragraph number"
ORD = "ordinal"
INDEF = "一 + classifier: an indefinite article"
RES = "resolution number"
RES_YEAR = "year of a resolution symbol, not a date"
AGENDA = "agenda item number"
TIME = "time of day"
BIENNIUM = "biennium: a period label, not a duration"


def _first_day(when: str) -> str:
    """"2011" -> "2011-01-01", "2014-04" -> "2014-04-01", a full date (or XXXX-MM-DD) as is."""
    parts = when.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _last_day(when: str) -> str:
    """"2011" -> "2011-12-31", "2014-04" -> "2014-04-30", a full date (or XXXX-MM-DD) as is."""
    parts = when.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{parts[0]}-{parts[1]}-{calendar.monthrange(y, m)[1]:02d}"
    return when


def C(surface, qualifier, low, best, high, category="other", *, n=0, opt=False, place=None):
    """A count: qualifier as written, bounds per the conventions, category."""
    return dict(kind="count", surface=surface, n=n, opt=opt, qualifier=qualifier, low=low, best=best,
                high=high, category=category, place=place)


def N(surface, value, category="other", *, n=0, opt=False, place=None):
    """An exact count."""
    return C(surface, "exact", value, value, value, category, n=n, opt=opt, place=place)


def D(surface, start, end=None, *, n=0, opt=False):
    """A date: ``start``/``end`` as "YYYY", "YYYY-MM" or "YYYY-MM-DD" ("XXXX" for an unknown year)."""
    return dict(kind="date", surface=surface, n=n, opt=opt, start=_first_day(start), end=_last_day(end or start))


def U(surface, qualifier, low, best, high, unit, *, n=0, opt=False):
    """A duration."""
    return dict(kind="duration", surface=surface, n=n, opt=opt, qualifier=qualifier, low=low, best=best,
                high=high, unit=unit)


def T(surface, value, unit, *, n=0, opt=False):
    """An exact duration."""
    return U(surface, "exact", value, value, value, unit, n=n, opt=opt)


def X(surface, why, *, n=0):
    """A number in the text that is not a figure: no claim may overlap it."""
    return dict(kind="not_a_figure", surface=surface, n=n, why=why)


def L(line, symbol, text, claims, ids=(), *, lang):
    """One corpus line: where it is, its text (copied), its figures and its non-figures."""
    return dict(line=line, cite=f"unpc-dev {lang}.txt:{line}", symbol=symbol, lang=lang, text=text,
                claims=list(claims), ids=list(ids))

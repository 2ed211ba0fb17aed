"""Dates exactly as written, impossible ones and reversed ranges included, for the flag rules.

``figtrace.dates`` (the claims grammar) rightly drops "2019 年 2 月 30 日" and
"10 月 19 日至 18 日"; the ``impossible-date`` and ``range-out-of-order`` rules need
to see them.  Small on purpose: "YYYY 年 M 月 D 日" (with the PDF's stray spaces),
its month-only form, day/month ranges, pairs ("30 日和 31 日") and English "8 May 2018".

>>> [(h.start_date, h.end_date) for h in find_full_dates("2016 年 10 月 18 日至 19 日")]
[(datetime.date(2016, 10, 18), datetime.date(2016, 10, 19))]
>>> [h.start_date for h in find_full_dates("见 1993 年 3 月 30 日和 31 日的信")]
[datetime.date(1993, 3, 30), datetime.date(1993, 3, 31)]
>>> find_full_dates("2019 年 2 月 30 日")[0].valid
False
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_HEAD = r"(?P<head>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)"
_TAIL = (
    r"(?:\s*(?P<sep>至|到|—|–|-|和|及)\s*(?:(?P<y2>\d{4})\s*年\s*)?"
    r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?:(?P<d2>\d{1,2})\s*日)?)?"
)
ZH_DATE_RE = re.compile(rf"(?<!\d){_HEAD}{_TAIL}")
EN_DATE_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>" + "|".join(m.title() for m in _MONTHS_EN) + r")\s+(?P<y>\d{4})(?!\d)"
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date (or range) as written: span, parts, interval, precision, validity."""

    start: int
    end: int
    surface: str
    year: int
    month: int
    day: int | None
    end_parts: tuple[int, int, int | None] | None  # (year, month, day) of a range's end
    kind: str  # single | range | pair
    valid: bool

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month"

    @property
    def start_date(self) -> dt.date | None:
        return _first_day(self.year, self.month, self.day)

    @property
    def end_date(self) -> dt.date | None:
        """Last day covered: the range's end, or the end of the month for a month-only date."""
        y, m, d = self.end_parts if self.end_parts and self.kind == "range" else (self.year, self.month, self.day)
        if not is_valid(y, m, d):
            return None
        return dt.date(y, m, d) if d is not None else dt.date(y, m, calendar.monthrange(y, m)[1])


def is_valid(year: int, month: int, day: int | None) -> bool:
    """True when the parts name a real calendar day (or month)."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _first_day(year: int, month: int, day: int | None) -> dt.date | None:
    return dt.date(year, month, day or 1) if is_valid(year, month, day) else None


def _zh_hits(text: str) -> list[DateHit]:
    hits = []
    for m in ZH_DATE_RE.finditer(text):
        y, mo = int(m["y"]), int(m["m"])
        d = int(m["d"]) if m["d"] else None
        tail = m["sep"] is not None and (m["m2"] or m["d2"])
        if not tail:
            end = m.end("head")
            hits.append(DateHit(m.start(), end, text[m.start():end], y, mo, d, None, "single", is_valid(y, mo, d)))
            continue
        y2 = int(m["y2"]) if m["y2"] else y
        m2 = int(m["m2"]) if m["m2"] else mo
        d2 = int(m["d2"]) if m["d2"] else None
        if m["sep"] in ("和", "及"):
            first_end = m.end("head")
            hits.append(DateHit(m.start(), first_end, text[m.start():first_end], y, mo, d, None, "pair", is_valid(y, mo, d)))
            hits.append(DateHit(m.start("sep") + 1, m.end(), text[m.start("sep") + 1:m.end()].strip(), y2, m2, d2, None, "pair", is_valid(y2, m2, d2)))
            continue
        ok = is_valid(y, mo, d) and is_valid(y2, m2, d2)
        hits.append(DateHit(m.start(), m.end(), m.group(), y, mo, d, (y2, m2, d2), "range", ok))
    return hits


def _en_hits(text: str) -> list[DateHit]:
    out = []
    for m in EN_DATE_RE.finditer(text):
        y, mo, d = int(m["y"]), _MONTHS_EN[m["mon"].lower()], int(m["d"])
        out.append(DateHit(m.start(), m.end(), m.group(), y, mo, d, None, "single", is_valid(y, mo, d)))
    return out


def find_full_dates(text: str) -> list[DateHit]:
    """Every dated expression with a year and a month in ``text``, in order."""
    return sorted(_zh_hits(text) + _en_hits(text), key=lambda h: h.start)


def range_out_of_order(hit: DateHit) -> bool:
    """True for a valid range whose end comes before its start."""
    if hit.kind != "range" or not hit.valid:
        return False
    return hit.end_date is not None and hit.start_date is not None and hit.end_date < hit.start_date

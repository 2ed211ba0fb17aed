"""Dates of other calendars: the Hijri (Islamic) calendar, converted to Gregorian days where it can be.

A Hijri date ("回历1436年7月25日", "25 Ramadan 1436 AH") is never read as a Gregorian
year.  It is converted with ``hijridate`` (the Umm al-Qura calendar of Saudi Arabia, the
tabulated calendar most software uses, valid for AH 1343-1500, i.e. 1924-2077); a day
seen locally by moon sighting may differ from it by a day or two, which the rule says.
Outside that range, or without the library, the date is kept in its own calendar with no
Gregorian value (``hijri_interval`` returns None; the claim keeps ``date_edtf`` and
``calendar``).

>>> hijri_interval(1436, 7, 25)[:3]
(datetime.date(2015, 5, 14), datetime.date(2015, 5, 14), 'day')
>>> hijri_interval(1436, None, None)[:2]
(datetime.date(2014, 10, 25), datetime.date(2015, 10, 13))
>>> hijri_interval(900, 1, 1) is None
True
"""
from __future__ import annotations

import datetime as dt

from figtrace.lang.intervals import Interval

HIJRI = "hijri"
GREGORIAN = "gregorian"
HIJRI_MONTHS = {  # transliterations met in UN English -> month number
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi i": 3, "rabi' al-awwal": 3, "rabi al-thani": 4,
    "rabi' al-thani": 4, "rabi ii": 4, "rabi al-akhir": 4, "jumada al-awwal": 5, "jumada al-ula": 5, "jumada i": 5,
    "jumada al-thani": 6, "jumada al-akhirah": 6, "jumada ii": 6, "rajab": 7, "sha'ban": 8, "shaban": 8,
    "sha`ban": 8, "ramadan": 9, "ramadhan": 9, "shawwal": 10, "dhu al-qi'dah": 11, "dhu al-qadah": 11,
    "dhul-qadah": 11, "dhu al-hijjah": 12, "dhul-hijjah": 12, "dhu al-hijja": 12,
}
_RULE = "Hijri date converted with hijridate (Umm al-Qura calendar; a locally sighted month may start a day or two apart)"


def _hijri(y: int, m: int, d: int):
    try:
        from hijridate import Hijri  # a declared dependency; imported late so that the grammar loads without it
    except ImportError:  # pragma: no cover - kept in its own calendar
        return None
    try:
        return Hijri(y, m, d)
    except (ValueError, OverflowError):
        return None


def hijri_interval(y: int, m: int | None, d: int | None) -> Interval | None:
    """The Gregorian days of a Hijri day, month or year, or None where no conversion is possible."""
    first = _hijri(y, m or 1, d or 1)
    if first is None:
        return None
    if d is not None:
        day = _date(first)
        return day, day, "day", _RULE
    if m is not None:
        last = _hijri(y, m, first.month_length())
        precision, what = "month", "whole Hijri month"
    else:
        last = _hijri(y, 12, 1)
        last = last and _hijri(y, 12, last.month_length())
        precision, what = "year", "whole Hijri year"
    if last is None:
        return None
    return _date(first), _date(last), precision, f"{what}; {_RULE}"


def _date(h) -> dt.date:
    g = h.to_gregorian()
    return dt.date(g.year, g.month, g.day)


def hijri_edtf(y: int, m: int | None, d: int | None) -> str:
    """The Hijri date in EDTF shape, in its own calendar: "1436-07-25", "1436-07", "1436"."""
    return "-".join(f"{v:02d}" if i else f"{v:04d}" for i, v in enumerate(x for x in (y, m, d) if x is not None))

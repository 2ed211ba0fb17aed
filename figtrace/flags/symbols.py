"""Flag rules on the identifiers a letter cites: symbol years vs dates, dates written into URLs."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from figtrace.flags.kit import Finding, FlagContext, first_symbol
from figtrace.lang.intervals import is_valid
from figtrace.lang.symbols import symbol_sequence
from figtrace.sources.citations import day_dates

# Dates as URLs write them. Each pattern gives (year, month, day); parts are taken as written
# and checked against the calendar afterwards, so a malformed date is found, not skipped.
_YEAR = r"(?:19|20)\d{2}"
URL_DATE_RES = (
    # path segments or a query value: /2020/07/10/, ?from=2020/07/10, and the seed's
    # /2020/-7/10/ (a signed part is malformed)
    re.compile(rf"(?<=[/=])(?P<y>{_YEAR})/(?P<m>-?\d{{1,2}})/(?P<d>-?\d{{1,2}})(?=[/?#&;]|$)"),
    # ISO-like inside a segment or value: 2020-07-10, 2020_07_10 (not "2.7.18": a version)
    re.compile(rf"(?<![0-9A-Za-z])(?P<y>{_YEAR})(?P<sep>[-_])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)"),
    # compact 20200710, only where it has a date's shape (month 01-12, day 01-31) and stands
    # alone: any other eight digits are an identifier; 20210230 has the shape and no day
    re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
)
# A query value under a key that says it is a date (?date=, &pubDate=, &date_from=): there the
# whole value is read as a date, year first (any separator, or none) or year last.
_QUERY_DATE_RE = re.compile(r"[?&;](?P<key>[^=&#;]*date[^=&#;]*)=(?P<value>[^&#;]*)", re.I)
_SEP = r"(?P<sep>[-/_.]|%2F)"
_KEYED_YEAR_FIRST_RE = re.compile(rf"(?P<y>\d{{4}})(?:{_SEP}(?P<m>-?\d{{1,2}})(?P=sep)(?P<d>-?\d{{1,2}})|(?P<m8>\d\d)(?P<d8>\d\d))", re.I)
# Day first or month first: 31-02-2020, 02/31/2020.
_KEYED_YEAR_LAST_RE = re.compile(rf"(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})", re.I)
# A month alone under a date key (?date=2020-07) names no day: nothing to check.
_KEYED_MONTH_RE = re.compile(r"\d{4}(?:[-/]|%2F)(?:0?[1-9]|1[0-2])", re.I)


@dataclass(frozen=True, slots=True)
class UrlDate:
    """A date written into a URL: as written, and the calendar day it names (None: malformed)."""

    text: str
    date: dt.date | None


def _calendar_date(y: str, m: str, d: str) -> dt.date | None:
    """The day the parts name, or None for a negative or zero part, month 13, 30 February ..."""
    if m.startswith("-") or d.startswith("-") or not is_valid(int(y), int(m), int(d)):
        return None
    return dt.date(int(y), int(m), int(d))


def _keyed_date(value: str) -> UrlDate | None:
    """The date a date-keyed query value holds; malformed when it has digits but no real day."""
    if not re.search(r"\d", value) or _KEYED_MONTH_RE.fullmatch(value):
        return None  # "?date=latest", "?date=2020-07": no day written
    if (m := _KEYED_YEAR_FIRST_RE.fullmatch(value)) is not None:
        return UrlDate(value, _calendar_date(m["y"], m["m"] or m["m8"], m["d"] or m["d8"]))
    if (m := _KEYED_YEAR_LAST_RE.fullmatch(value)) is not None:  # day first (UN usage), else month first
        return UrlDate(value, _calendar_date(m["y"], m["b"], m["a"]) or _calendar_date(m["y"], m["a"], m["b"]))
    return UrlDate(value, None)


def url_dates_in(url: str) -> list[UrlDate]:
    """Every date written into a URL, left to right, a query value under a date key first.

    >>> [(d.text, d.date) for d in url_dates_in("http://x.am/item/2020/-7/10/Nikol/")]
    [('2020/-7/10', None)]
    >>> [(d.text, str(d.date)) for d in url_dates_in("http://x.org/news/2021-01-12-statement?date=20210112")]
    [('2021-01-12', '2021-01-12'), ('20210112', '2021-01-12')]
    """
    found: list[tuple[int, int, UrlDate]] = []
    for m in _QUERY_DATE_RE.finditer(url):
        if (d := _keyed_date(m["value"])) is not None:
            found.append((m.start("value"), m.end("value"), d))
    for pattern in URL_DATE_RES:
        for m in pattern.finditer(url):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), UrlDate(m.group(), _calendar_date(m["y"], m["m"], m["d"]))))
    return [d for _, _, d in sorted(found, key=lambda f: f[0])]


def _symbol_window(symbol: str) -> tuple[dt.date, dt.date, str] | None:
    """The dates a symbol's own numbering allows: S/<year>/<n> in that year (or the next January,
    when a symbol given out in late December is issued after New Year); A/<session>/... from the
    January before the session opens to the December after it closes."""
    seq = symbol_sequence(symbol)
    if not seq:
        return None
    _, year, session, _ = seq
    if year:
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 31), f"symbol year {year}"
    if session and session >= 1:
        first = 1945 + session
        return dt.date(first, 1, 1), dt.date(first + 1, 12, 31), f"session {session} ({first}-{first + 1})"
    return None


def _own_symbols(ctx: FlagContext) -> list[Finding]:
    """The letter's own symbols against the letter's date."""
    out, letter = [], ctx.doc.meta.letter_date
    for sym in ctx.doc.meta.symbols if letter else ():
        if (window := _symbol_window(sym)) is not None:
            lo, hi, what = window
            ok = lo <= letter <= hi
            ev = {"symbol": sym, "letter_date": letter, "allowed": [lo, hi]}
            msg = f"The letter's own symbol {sym} {'fits' if ok else 'does not fit'} its date {letter} ({what})."
            out.append(Finding("symbol-year-vs-date", "warning", msg, ev, None, ok))
    return out


def symbol_year_vs_date(ctx: FlagContext) -> list[Finding]:
    """A document (the letter or one it cites) dated outside the year or session its own symbol names."""
    out, checked = _own_symbols(ctx), 0
    for r in ctx.cited_documents:
        if not (r.symbol and r.date_as_cited) or (window := _symbol_window(r.symbol)) is None:
            continue
        checked += 1
        lo, hi, what = window
        if not lo <= r.date_as_cited <= hi:
            ev = {"symbol": r.symbol, "date_as_cited": r.date_as_cited, "allowed": [lo, hi], "span": ctx.span(r.char_start, r.char_end, f"footnote {r.footnote_number}")}
            out.append(Finding("symbol-year-vs-date", "warning", f"{r.symbol} (footnote {r.footnote_number}) is dated {r.date_as_cited}, outside its {what}.", ev,
                               footnote_number=r.footnote_number, cited_symbol=r.symbol))
    if checked and not any(not f.passed for f in out):
        out.append(Finding("symbol-year-vs-date", "warning", f"All {checked} cited symbols carry dates within their year or session.", {"symbols_checked": checked}, None, True))
    return out


def url_dates(ctx: FlagContext) -> list[Finding]:
    """A date written into a cited URL (path, segment or date-keyed query value) that is not a
    real calendar day, or that differs from the footnote's dates."""
    out = []
    for c in ctx.citations:
        dates = {h.date_start for h in day_dates(c.text)}
        for url in c.urls:
            for found in url_dates_in(url):
                url_date = found.date
                about = {"footnote_number": c.footnote_number, "cited_symbol": first_symbol(c.cited_symbols)}
                ev = {"footnote": c.footnote_number, "url": url, "url_date": found.text, "footnote_dates": sorted(dates),
                      "span": ctx.span(c.char_start, c.char_end, f"footnote {c.footnote_number}")}
                if url_date is None:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL in footnote {c.footnote_number} has a malformed date {found.text!r}.", ev, **about))
                elif dates and url_date not in dates:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL in footnote {c.footnote_number} is dated {url_date}, the footnote {', '.join(map(str, sorted(dates)))}.", ev, **about))
                else:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL date {url_date} in footnote {c.footnote_number} matches the footnote.", ev, None, True, **about))
    return out

"""Flag rules on the identifiers a letter cites: symbol years vs dates, dates written into URLs."""
from __future__ import annotations

import datetime as dt
import re

from figtrace.flags.kit import Finding, FlagContext
from figtrace.lang.intervals import is_valid
from figtrace.lang.symbols import symbol_sequence
from figtrace.sources.citations import day_dates

URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})/(-?\d{1,2})/(-?\d{1,2})(?=/|$)")


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
            out.append(Finding("symbol-year-vs-date", "warning", f"{r.symbol} (footnote {r.footnote_number}) is dated {r.date_as_cited}, outside its {what}.", ev))
    if checked and not any(not f.passed for f in out):
        out.append(Finding("symbol-year-vs-date", "warning", f"All {checked} cited symbols carry dates within their year or session.", {"symbols_checked": checked}, None, True))
    return out


def url_dates(ctx: FlagContext) -> list[Finding]:
    """A date written into a cited URL's path that is malformed or differs from the footnote's date."""
    out = []
    for c in ctx.citations:
        dates = {h.date_start for h in day_dates(c.text)}
        for url in c.urls:
            for m in URL_DATE_RE.finditer(url):
                y, mo, d = m.groups()
                ok_parts = not mo.startswith("-") and not d.startswith("-") and is_valid(int(y), int(mo), int(d))
                url_date = dt.date(int(y), int(mo), int(d)) if ok_parts else None
                ev = {"footnote": c.footnote_number, "url": url, "url_date": m.group(0).strip("/"), "footnote_dates": sorted(dates),
                      "span": ctx.span(c.char_start, c.char_end, f"footnote {c.footnote_number}")}
                if url_date is None:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL in footnote {c.footnote_number} has a malformed date {m.group(0).strip('/')!r}.", ev))
                elif dates and url_date not in dates:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL in footnote {c.footnote_number} is dated {url_date}, the footnote {', '.join(map(str, sorted(dates)))}.", ev))
                else:
                    out.append(Finding("url-date-mismatch", "warning", f"The URL date {url_date} in footnote {c.footnote_number} matches the footnote.", ev, None, True))
    return out

"""Flag rules about sources: uncited and self-sourced figures, and the letter's own citations."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from figtrace.flags.kit import CASUALTY_CATEGORIES, Finding, FlagContext, first_symbol
from figtrace.lang.symbols import symbol_sequence
from figtrace.records import ClaimRow

SELF_CHECK_CATEGORIES = (*CASUALTY_CATEGORIES, "population", "settlements", "territory")
# Verbs that say the sentence reports an act of writing or speaking (what a footnote cites).
COMMUNICATION_RE = re.compile(r"致函|的信|来信|报告|声明|宣言|指出|提交|讲话|发言|说|表示|宣布|通过|发表|呼吁|来文|提议|wrote|stated|declared|adopted|said|letter|statement")
UP_TO_RE = re.compile(r"(?:到|截至|截止|直至|至|by|until)\s*$")
ISSUE_LAG = dt.timedelta(days=45)  # a document is issued within weeks of the act it records
SEQUENCE_TOLERANCE = dt.timedelta(days=7)


def _casualty(c: ClaimRow) -> bool:
    return c.kind == "count" and c.category in CASUALTY_CATEGORIES


def uncited_figures(ctx: FlagContext) -> list[Finding]:
    """Casualty and displacement counts without a footnote in their sentence (or paragraph)."""
    out = []
    for c in filter(_casualty, ctx.claims):
        ev = {"figure": ctx.claim_span(c), "category": c.category, "sentence_footnotes": c.cited_footnotes,
              "paragraph_footnotes": c.paragraph_footnotes}
        if c.cited_footnotes:
            out.append(Finding("uncited-casualty-figure", "warning", f"The {c.category} figure {c.surface} is cited (footnote {', '.join(map(str, c.cited_footnotes))}).", ev, c.claim_id, True))
        elif c.paragraph_footnotes:
            out.append(Finding("uncited-casualty-figure", "warning", f"The {c.category} figure {c.surface} has no footnote in its sentence; its paragraph cites footnote {', '.join(map(str, c.paragraph_footnotes))}.", ev, c.claim_id))
        else:
            out.append(Finding("uncited-in-paragraph", "error", f"The {c.category} figure {c.surface} has no footnote in its sentence or anywhere in its paragraph.", ev, c.claim_id))
    return out


def self_sourced_figures(ctx: FlagContext) -> list[Finding]:
    """Counts whose only support (sentence footnotes, else paragraph footnotes) cites the author's own state."""
    out = []
    for c in ctx.claims:
        if c.kind != "count" or c.category not in SELF_CHECK_CATEGORIES:
            continue
        level, support = ("sentence", c.cited_footnotes) if c.cited_footnotes else ("paragraph", c.paragraph_footnotes)
        cits = [ctx.citation_by_fn[n] for n in support if n in ctx.citation_by_fn]
        if not cits:
            continue
        ev = {"figure": ctx.claim_span(c), "level": level,
              "footnotes": [{"footnote": x.footnote_number, "self_sourced": x.self_sourced, "page": x.page,
                             "text": x.text[:160]} for x in cits]}
        only = cits[0] if len(cits) == 1 else None  # the one footnote it rests on, else none named
        about = {"footnote_number": only and only.footnote_number, "cited_symbol": only and first_symbol(only.cited_symbols)}
        if all(x.self_sourced for x in cits):
            msg = f"The figure {c.surface} rests only on footnote {', '.join(str(x.footnote_number) for x in cits)}, which cite{'s' if len(cits) == 1 else ''} the author's own government ({level} level)."
            out.append(Finding("self-sourced-figure", "warning", msg, ev, c.claim_id, **about))
        else:
            out.append(Finding("self-sourced-figure", "warning", f"The figure {c.surface} has support beyond the author's own government.", ev, c.claim_id, True, **about))
    return out


def self_sourced_footnotes(ctx: FlagContext) -> list[Finding]:
    """Each footnote that cites only the author's own government (info: for the analyst's list)."""
    out = []
    for c in ctx.citations:
        if not c.self_sourced:
            continue
        refs = ctx.references.get(c.footnote_number, [])
        issuers = sorted({r.issuer for r in refs if r.is_self})
        basis = "wording" if issuers else "body context"
        ev = {"footnote": c.footnote_number, "issuers": issuers, "ibid_of": c.ibid_of, "symbols": c.cited_symbols,
              "basis": basis, "span": ctx.span(c.char_start, c.char_end, f"footnote {c.footnote_number}")}
        who = "; ".join(issuers) if issuers else "the body says the author's side submitted the document it cites"
        out.append(Finding("self-sourced-footnote", "info", f"Footnote {c.footnote_number} cites only the author's own government ({who}).", ev,
                           footnote_number=c.footnote_number, cited_symbol=first_symbol(c.cited_symbols)))
    return out


def cited_date_mismatch(ctx: FlagContext) -> list[Finding]:
    """The same cited document given different dates in different footnotes."""
    seen: dict[str, list] = defaultdict(list)
    for r in ctx.cited_documents:
        if r.symbol and r.date_as_cited:
            seen[r.symbol].append(r)
    groups: dict[tuple, list[str]] = defaultdict(list)
    for sym, rows in seen.items():
        key = tuple(sorted({(r.footnote_number, r.date_as_cited) for r in rows}))
        if len({r.footnote_number for r in rows}) > 1:
            groups[key].append(sym)
    dated = {(r.symbol, r.date_as_cited, r.footnote_number) for r in ctx.cited_documents if r.symbol and r.date_as_cited}
    out = []
    for key, symbols in groups.items():
        dates = sorted({d for _, d in key})
        rows = [r for s in symbols for r in seen[s]][: len(key)]
        ev = {"symbols": symbols, "citations": [{"footnote": fn, "date_as_cited": d} for fn, d in key],
              "spans": [ctx.span(r.char_start, r.char_end, f"footnote {r.footnote_number}") for r in rows]}
        name = "-".join(symbols)
        if len(dates) == 1:
            out.append(Finding("cited-date-mismatch", "error", f"{name} is dated {dates[0]} in every footnote that cites it ({', '.join(str(fn) for fn, _ in key)}).", ev, None, True,
                               key[0][0], symbols[0]))
            continue
        ev["same_date_elsewhere"] = {
            d.isoformat(): sorted(f"{s} (footnote {fn})" for s, dd, fn in dated if dd == d and s not in symbols) for d in dates
        }
        ev["sequence_fit"] = _sequence_fit(symbols[0], dates, ctx)
        parts = "; ".join(f"footnote {fn}: {d}" for fn, d in key)
        out.append(Finding("cited-date-mismatch", "error", f"{name} is given different dates in different footnotes ({parts}).", ev,
                           footnote_number=_odd_footnote(key, ev["sequence_fit"]), cited_symbol=symbols[0]))
    return out


def _odd_footnote(cited: tuple, fit: dict) -> int:
    """The footnote whose date does not fit the symbol's neighbours, when exactly one does not; else the first.

    >>> _odd_footnote(((17, "1993-07-26"), (26, "1993-06-29")), {"dates_that_fit": ["1993-07-26"]})
    26
    """
    fits = set(fit.get("dates_that_fit") or ())
    odd = [fn for fn, d in cited if str(d) not in fits]
    return odd[0] if fits and len(odd) == 1 else cited[0][0]


def _sequence_fit(symbol: str, dates: list[dt.date], ctx: FlagContext) -> dict:
    """Which of the conflicting dates fits the dates of the neighbouring symbol numbers."""
    seq = symbol_sequence(symbol)
    if not seq:
        return {}
    neighbours = _sequenced(ctx)
    same = [(n, d, s) for (k, n, d, s) in neighbours if k == seq[0] and s != symbol]
    below = max((x for x in same if x[0] < seq[3]), default=None)
    above = min((x for x in same if x[0] > seq[3]), default=None)
    fits = [d.isoformat() for d in dates if (below is None or d >= below[1] - SEQUENCE_TOLERANCE) and (above is None or d <= above[1] + SEQUENCE_TOLERANCE)]
    return {"previous": below and f"{below[2]} {below[1]}", "next": above and f"{above[2]} {above[1]}", "dates_that_fit": fits}


def _sequenced(ctx: FlagContext) -> list[tuple[str, int, dt.date, str]]:
    out = []
    for r in ctx.cited_documents:
        if r.symbol and r.date_as_cited and (seq := symbol_sequence(r.symbol)):
            out.append((seq[0], seq[3], r.date_as_cited, r.symbol))
    return sorted(set(out))


def _spans_of(ctx: FlagContext, *keys) -> list[dict]:
    rows = [r for r in ctx.cited_documents if (r.symbol, r.date_as_cited) in keys]
    return [ctx.span(r.char_start, r.char_end, f"footnote {r.footnote_number}") for r in rows]


def symbol_sequence_dates(ctx: FlagContext) -> list[Finding]:
    """A higher document number dated clearly before a lower one of the same series."""
    rows = _sequenced(ctx)
    out, checked = [], 0
    for a, b in zip(rows, rows[1:]):
        if a[0] != b[0] or a[1] == b[1]:
            continue
        checked += 1
        if b[2] < a[2] - SEQUENCE_TOLERANCE:
            ev = {"earlier_number": {"symbol": a[3], "date_as_cited": a[2]}, "later_number": {"symbol": b[3], "date_as_cited": b[2]},
                  "tolerance_days": SEQUENCE_TOLERANCE.days, "spans": _spans_of(ctx, (a[3], a[2]), (b[3], b[2]))}
            fn = next((r.footnote_number for r in ctx.cited_documents if (r.symbol, r.date_as_cited) == (b[3], b[2])), None)
            out.append(Finding("symbol-sequence-date", "warning", f"{b[3]} is dated {b[2]}, {(a[2] - b[2]).days} days before the lower-numbered {a[3]} ({a[2]}): one of the dates is probably wrong.", ev,
                               footnote_number=fn, cited_symbol=b[3]))
    if not out and checked:
        out.append(Finding("symbol-sequence-date", "warning", f"The dates of {checked} pairs of consecutively numbered cited documents follow their numbering.", {"pairs_checked": checked}, None, True))
    return out

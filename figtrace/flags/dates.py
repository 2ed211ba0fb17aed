"""Flag rules about dates: body vs cited dates, dates after the letter, impossible and reversed dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from figtrace.flags.kit import Finding, FlagContext
from figtrace.flags.sources import COMMUNICATION_RE, ISSUE_LAG, UP_TO_RE
from figtrace.lang import registry
from figtrace.lang.dates import find_dates, written_dates
from figtrace.lang.symbols import find_symbols
from figtrace.records import Passage

ADOPTED_RE = re.compile(registry.alternation("ADOPTION_VERBS"))  # 通过, adopted


@dataclass(frozen=True, slots=True)
class BodyDate:
    start: dt.date | None  # None: open ("到 1992 年底" = by the end of 1992)
    end: dt.date
    char_start: int
    char_end: int
    claim_id: str | None


def _first_date(ctx: FlagContext, s: Passage) -> BodyDate | None:
    """The first dated expression of a sentence, from the claims, else from the text."""
    claims = ctx.dates_by_sentence.get(s.passage_id)
    if claims:
        c = claims[0]
        return _bounded(ctx, BodyDate(c.date_start, c.date_end, c.char_start, c.char_end, c.claim_id))
    lang = ctx.doc.meta.language if ctx.doc.meta else None
    hits = [h for h in find_dates(ctx.doc.text, s.char_start, s.char_end, lang=lang) if not h.year_inferred]
    if not hits:
        return None
    h = hits[0]
    return _bounded(ctx, BodyDate(h.date_start, h.date_end, h.start, h.end, None))


def _bounded(ctx: FlagContext, d: BodyDate) -> BodyDate:
    before = ctx.doc.text[max(d.char_start - 4, 0):d.char_start]
    return BodyDate(None, d.end, d.char_start, d.char_end, d.claim_id) if UP_TO_RE.search(before) else d


def _supporting_footnotes(ctx: FlagContext, s: Passage) -> list[int]:
    """Footnotes of a sentence; else the first footnotes later in its paragraph (before any
    other dated sentence); for a paragraph ending in a colon, those of the quotation after it."""
    by_sent, by_para = ctx.footnotes.by_sentence, ctx.footnotes.by_paragraph
    if by_sent.get(s.passage_id):
        return by_sent[s.passage_id]
    siblings = [x for x in ctx.sentences_by_parent.get(s.parent_id, []) if x.char_start >= s.char_end]
    for x in siblings:
        if by_sent.get(x.passage_id):
            return by_sent[x.passage_id]
        if _first_date(ctx, x) is not None:
            return []
    para = ctx.passage_by_id.get(s.parent_id)
    if para is not None and ctx.doc.text[para.char_start:para.char_end].rstrip().endswith(("：", ":")):
        paras = ctx.doc.paragraphs
        idx = _paragraph_positions(ctx).get(s.parent_id)
        if idx is not None and idx + 1 < len(paras):
            return by_para.get(paras[idx + 1].passage_id, [])
    return []


def _paragraph_positions(ctx: FlagContext) -> dict[str, int]:
    """Paragraph id -> its place in the document (first occurrence), built once per document."""
    if "paragraph_positions" not in ctx.extras:
        positions: dict[str, int] = {}
        for i, p in enumerate(ctx.doc.paragraphs):
            positions.setdefault(p.passage_id, i)
        ctx.extras["paragraph_positions"] = positions
    return ctx.extras["paragraph_positions"]


def _marker_pos(ctx: FlagContext, n: int) -> int:
    return next((m.char_start for m in ctx.doc.markers if m.number == n), -1)


def _agrees(d: BodyDate, ref) -> bool | None:
    """Does a reference's date fit the body's date? None when the reference gives none."""
    lo = d.start or dt.date.min
    if ref.dated:
        return lo <= ref.dated <= d.end
    if ref.date_as_cited:
        return lo <= ref.date_as_cited <= d.end + ISSUE_LAG
    return None


def _ref_evidence(ctx: FlagContext, r) -> dict:
    lag = (r.date_as_cited - r.dated).days if r.dated and r.date_as_cited else None
    return {"footnote": r.footnote_number, "symbols": list(r.symbols), "dated": r.dated, "date_as_cited": r.date_as_cited,
            "issue_lag_days": lag, "span": ctx.span(r.char_start, r.char_end, f"footnote {r.footnote_number}")}


def resolution_adoptions(ctx: FlagContext) -> dict[str, dt.date]:
    """Resolution symbol -> the date the body says it was adopted ("1993 年 7 月 29 日，安全理事会通过第 853(1993)号决议").

    Read once per document (kept in ``ctx.extras``): rules ask for it per sentence.
    """
    if "resolution_adoptions" in ctx.extras:
        return ctx.extras["resolution_adoptions"]
    out: dict[str, dt.date] = ctx.extras.setdefault("resolution_adoptions", {})
    for s in ctx.doc.sentences:
        text = ctx.doc.text[s.char_start:s.char_end]
        if not ADOPTED_RE.search(text) or (d := _first_date(ctx, s)) is None or d.start is None or d.start != d.end:
            continue
        for m in find_symbols(text, resolutions=True):
            if m.symbol.startswith("S/RES/") and s.char_start + m.start > d.char_start:
                out.setdefault(m.symbol, d.start)
    return out


def _later_resolutions(ctx: FlagContext, s: Passage, dated: dt.date | None) -> list[dict]:
    """Resolutions the sentence mentions that the body says were adopted after ``dated``."""
    if dated is None:
        return []
    adopted = resolution_adoptions(ctx)
    text = ctx.doc.text[s.char_start:s.char_end]
    return [{"resolution": m.symbol, "adopted": adopted[m.symbol]} for m in find_symbols(text, resolutions=True)
            if m.symbol in adopted and adopted[m.symbol] > dated]


def body_date_vs_cited_date(ctx: FlagContext) -> list[Finding]:
    """A body date of a letter or statement that no cited document's date supports."""
    out = []
    for s in ctx.doc.sentences:
        text = ctx.doc.text[s.char_start:s.char_end]
        if not COMMUNICATION_RE.search(text) or (d := _first_date(ctx, s)) is None:
            continue
        refs = [r for n in _supporting_footnotes(ctx, s) for r in ctx.references.get(n, [])]
        verdicts = [(r, _agrees(d, r)) for r in refs]
        verdicts = [(r, v) for r, v in verdicts if v is not None]
        if not verdicts:
            continue
        ev = {"body_date": ctx.span(d.char_start, d.char_end), "body_interval": [d.start, d.end],
              "references": [_ref_evidence(ctx, r) for r, _ in verdicts]}
        fns = sorted({r.footnote_number for r, _ in verdicts})
        if any(v for _, v in verdicts):
            one = fns[0] if len(fns) == 1 else None
            out.append(Finding("body-date-vs-cited-date", "warning", f"The body date {ev['body_date']['surface']} agrees with footnote {', '.join(map(str, fns))}.", ev, d.claim_id, True,
                               one, next((r.symbols[0] for r, _ in verdicts if r.symbols and r.footnote_number == one), None)))
            continue
        r0 = verdicts[0][0]
        cited = f"dates it {r0.dated}" if r0.dated else f"cites a document dated {r0.date_as_cited}"
        extra = f" (document {r0.symbols[0]} itself is dated {r0.date_as_cited})" if r0.dated and r0.date_as_cited and r0.symbols else ""
        if later := _later_resolutions(ctx, s, r0.dated):
            ev["mentions_later_resolutions"] = later
            extra += f"; the sentence refers to {later[0]['resolution']}, adopted {later[0]['adopted']}, after {r0.dated}"
        out.append(Finding("body-date-vs-cited-date", "warning", f"The body dates this {ev['body_date']['surface']}, but footnote {r0.footnote_number} {cited}{extra}.", ev, d.claim_id,
                           footnote_number=r0.footnote_number, cited_symbol=next(iter(r0.symbols), None)))
    return out


def _letter_date(ctx: FlagContext) -> dt.date | None:
    return ctx.doc.meta.letter_date


def dates_after_letter(ctx: FlagContext) -> list[Finding]:
    """Dates in the body or the footnotes later than the letter's own date."""
    letter = _letter_date(ctx)
    if letter is None:
        return []
    out, checked = [], 0
    for c in ctx.claims:
        if c.kind == "date" and c.date_start:
            checked += 1
            if c.date_start > letter:
                out.append(Finding("date-after-letter", "error", f"The date {c.surface} is after the letter's own date {letter}.", {"date": ctx.claim_span(c), "letter_date": letter}, c.claim_id))
    for refs in ctx.references.values():
        for r in refs:
            for label, d in (("dated", r.dated), ("date_as_cited", r.date_as_cited)):
                if d:
                    checked += 1
                    if d > letter:
                        out.append(Finding("date-after-letter", "error", f"Footnote {r.footnote_number} gives the date {d}, after the letter's own date {letter}.", {label: d, "letter_date": letter, "span": ctx.span(r.char_start, r.char_end, f"footnote {r.footnote_number}")},
                                                   footnote_number=r.footnote_number, cited_symbol=next(iter(r.symbols), None)))
    if not out and checked:
        out.append(Finding("date-after-letter", "error", f"All {checked} dates checked are on or before the letter's date {letter}.", {"dates_checked": checked, "letter_date": letter}, None, True))
    return out


def impossible_and_reversed_dates(ctx: FlagContext) -> list[Finding]:
    """Dates that name no calendar day, and ranges that end before they start."""
    out, checked = [], 0
    for h in written_dates(ctx.doc.text, lang=ctx.doc.meta.language if ctx.doc.meta else None):
        checked += 1
        where = "body" if h.start < ctx.doc.body_char_end else "footnote"
        if not h.valid:
            out.append(Finding("impossible-date", "error", f"{h.surface} is not a calendar date.", {"date": ctx.span(h.start, h.end, where)}))
        elif h.reversed:
            out.append(Finding("range-out-of-order", "error", f"The range {h.surface} ends before it starts.", {"range": ctx.span(h.start, h.end, where), "start": h.start_date, "end": h.end_date}))
    for c in ctx.claims:
        if c.kind == "date" and c.date_start and c.date_end and c.date_end < c.date_start:
            out.append(Finding("range-out-of-order", "error", f"The range {c.surface} ends before it starts.", {"range": ctx.claim_span(c), "start": c.date_start, "end": c.date_end}, c.claim_id))
    for rule in ("impossible-date", "range-out-of-order"):
        if checked and not any(f.rule == rule for f in out):
            out.append(Finding(rule, "error", f"All {checked} full dates in the text are valid and in order.", {"dates_checked": checked}, None, True))
    return out

"""Claims: every count, date and duration in the body of a letter, with bounds and provenance.

``extract_claims`` works sentence by sentence over the body (``char_end <= body_char_end``).
Footnote markers and reference numbers (symbols, resolutions, ordinals, case numbers,
agenda items, titles) are masked first, so they can never become figures; dates are
taken before durations, durations before counts.  The title line and headings are not
sentences and give no claims (the letter date lives in ``documents.letter_date``).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from . import claimctx as ctx
from .dates import DateMention, find_dates, find_durations
from .numbers import Quantity, find_quantities
from .records import ClaimRow, ParsedDocument, Passage

MASK = "\ufffc"
_COORD_RE = re.compile(r"\s*(?:和|至|到|与|及|、|and|to|-|–)\s*")
_SINCE_BEFORE_RE = re.compile(r"(?:自|从|since)\s*$", re.IGNORECASE)
_SINCE_AFTER_RE = re.compile(r"\s*(?:以来|起)")
PLACED = frozenset({"killed", "wounded", "missing", "hostages", "displaced", "population", "settlements", "territory"})


def masked_body(doc: ParsedDocument) -> tuple[str, list[tuple[int, int]]]:
    """The body text with markers and identifiers blanked (same length), and those spans."""
    body = doc.text[: doc.body_char_end]
    spans = sorted(ctx.identifier_spans(body) + [(m.char_start, m.char_end) for m in doc.markers
                                                 if m.char_end <= doc.body_char_end])
    parts, pos = [], 0
    for s, e in spans:
        if e <= pos:
            continue
        s = max(s, pos)
        parts += [body[pos:s], MASK * (e - s)]
        pos = e
    parts.append(body[pos:])
    return "".join(parts), spans


def page_of(doc: ParsedDocument, pos: int, sentence: Passage) -> int:
    """The page a canonical offset stands on (through the raw offset map), else the sentence's page."""
    try:
        raw = doc.raw_offsets.to_raw(pos)
    except (AttributeError, IndexError):
        return sentence.page_start
    starts = [p.raw_start for p in doc.pages]
    i = bisect.bisect_right(starts, raw) - 1
    page = doc.pages[i].number if i >= 0 else sentence.page_start
    return min(max(page, sentence.page_start), sentence.page_end)


def date_groups(mentions: list[DateMention], text: str) -> list[tuple[int, int, dt.date, dt.date]]:
    """Coordinated date mentions ("1993 年 3 月底和 4 月初") merged into (start, end, first, last)."""
    groups: list[list] = []
    for d in mentions:
        if groups and _COORD_RE.fullmatch(text, groups[-1][1], d.start):
            g = groups[-1]
            g[1], g[2], g[3] = d.end, min(g[2], d.date_start), max(g[3], d.date_end)
        else:
            groups.append([d.start, d.end, d.date_start, d.date_end])
    return [tuple(g) for g in groups]


def event_date(groups_sent, groups_before, pos: int, text: str, letter_date):
    """The date a count belongs to: before it in its sentence, else after it, else earlier in the paragraph."""
    before = [g for g in groups_sent if g[1] <= pos]
    after = [g for g in groups_sent if g[0] >= pos]
    g = before[-1] if before else after[0] if after else groups_before[-1] if groups_before else None
    if g is None:
        return None, None
    start, end = g[2], g[3]
    if _SINCE_BEFORE_RE.search(text, max(0, g[0] - 6), g[0]) and _SINCE_AFTER_RE.match(text, g[1]):
        end = max(end, letter_date) if letter_date else end  # 自 1992 年 3 月以来: up to the letter
    return start, end


class _Para:
    """Running state of one paragraph: year context, speakers, dates seen, quotes."""

    def __init__(self, doc: ParsedDocument, para: Passage, prev: Passage | None) -> None:
        self.para = para
        self.year: int | None = None
        self.dates_before: list = []
        text = doc.text
        self.quotes = [(s, e, ctx.speaker_before(text, para.char_start, s)) for s, e in
                       ctx.quote_spans(text, para.char_start, para.char_end)]
        self.quotes = self._resolve_pronouns(self.quotes)
        self.block_speaker = None
        if prev is not None and prev.text.rstrip().endswith(("：", ":")):
            self.block_speaker = ctx.speaker_before(text, prev.char_start, prev.char_end) or "?"
        markers = [m.number for m in doc.markers if para.char_start <= m.char_start < para.char_end]
        self.footnotes = markers

    @staticmethod
    def _resolve_pronouns(quotes):
        out, last = [], None
        for s, e, who in quotes:
            who = last if who in ctx.PRONOUNS else who
            out.append((s, e, who))
            last = who or last
        return out

    def voice(self, text: str, sent: Passage, s: int, e: int) -> tuple[str, str | None]:
        """(modality without hypotheticals, attributed_to) of a span."""
        for qs, qe, who in self.quotes:
            if qs <= s and e <= qe:
                return "quoted", who
        if self.block_speaker:
            return "quoted", None if self.block_speaker == "?" else self.block_speaker
        return "asserted", ctx.reported_speaker(text, sent.char_start, s)


def extract_claims(doc: ParsedDocument, run_id: str) -> list[ClaimRow]:
    """Every count, date and duration in the body sentences of ``doc``, ordered by char_start."""
    masked, _ = masked_body(doc)
    text = doc.text
    letter = doc.meta.letter_date if doc.meta else None
    paras = {p.passage_id: p for p in doc.paragraphs}
    order = [p.passage_id for p in doc.paragraphs]
    rows: list[ClaimRow] = []
    state: _Para | None = None
    for sent in doc.sentences:
        if sent.kind != "sentence" or sent.char_end > doc.body_char_end or sent.parent_id not in paras:
            continue
        if state is None or state.para.passage_id != sent.parent_id:
            i = order.index(sent.parent_id)
            state = _Para(doc, paras[sent.parent_id], paras[order[i - 1]] if i else None)
        rows += _sentence_claims(doc, masked, sent, state, letter, run_id)
    return sorted(rows, key=lambda r: (r.char_start, r.char_end))


def _resolve_years(dates: list[DateMention], para_year: int | None, letter) -> list[DateMention]:
    """Say where a missing year came from; move it back a year if it would follow the letter."""
    out, seen_year = [], para_year is not None
    for d in dates:
        out.append(_resolve_year(d, not seen_year, letter))
        seen_year = seen_year or (not d.year_inferred and d.precision not in ("decade", "decade_part"))
    return out


def _resolve_year(d: DateMention, from_letter: bool, letter) -> DateMention:
    if not d.year_inferred:
        return d
    rule = d.estimate_rule
    if from_letter:
        rule = rule.replace("the nearest preceding dated mention", "the letter date (no dated mention before it in the paragraph)")
    if letter and d.date_start > letter:
        shift = lambda x: x.replace(year=x.year - 1)  # noqa: E731
        try:
            return DateMention(d.start, d.end, d.surface, shift(d.date_start), shift(d.date_end), d.precision,
                               rule + f"; moved back to {d.date_start.year - 1}: {d.date_start.year} would fall after the letter date", True)
        except ValueError:
            return d
    return DateMention(d.start, d.end, d.surface, d.date_start, d.date_end, d.precision, rule, True)


def _sentence_claims(doc, masked, sent, st: _Para, letter, run_id) -> list[ClaimRow]:
    text = doc.text
    lo, hi = sent.char_start, sent.char_end
    context = st.year if st.year is not None else (letter.year if letter else None)
    dates = _resolve_years(find_dates(masked, lo, hi, context), st.year, letter)
    for d in dates:
        if not d.year_inferred and d.precision not in ("decade", "decade_part"):
            st.year = d.date_end.year
    taken = [(d.start, d.end) for d in dates]
    durations = find_durations(masked, lo, hi, taken)
    taken += [(q.start, q.end) for q in durations]
    counts = find_quantities(masked, lo, hi, taken)
    cited = [m.number for m in doc.markers if lo <= m.char_start < hi]
    groups = date_groups(dates, text)

    def row(kind, s, e, **kw) -> ClaimRow:
        modality, who = st.voice(text, sent, s, e)
        clause_start, clause_end = ctx.clause_bounds(text, s, lo, hi)
        if ctx.hypothetical(text, lo, clause_start, s, max(clause_end, e)):
            modality = "hypothetical"
        base = dict(category=None, subject=None, unit=None, qualifier=None, value_low=None, value_best=None,
                    value_high=None, estimate_rule=None, date_start=None, date_end=None, date_precision=None,
                    event_date_start=None, event_date_end=None, place=None, part_of=None)
        base.update(kw)
        return ClaimRow(f"{doc.doc_id}#{kind}@{s}-{e}", doc.doc_id, page_of(doc, s, sent), sent.parent_id,
                        sent.passage_id, s, e, text[s:e], sent.text, kind, modality=modality, attributed_to=who,
                        cited_footnotes=list(cited), paragraph_footnotes=list(st.footnotes), run_id=run_id, **base)

    out = [row("date", d.start, d.end, date_start=d.date_start, date_end=d.date_end, date_precision=d.precision,
               estimate_rule=d.estimate_rule) for d in dates]
    out += [row("duration", q.start, q.end, unit=q.unit_hint, qualifier=q.qualifier, value_low=q.value_low,
                value_best=q.value_best, value_high=q.value_high, estimate_rule=q.estimate_rule) for q in durations]
    out += _count_rows(text, counts, sent, st, groups, letter, row)
    st.dates_before += groups
    return out


def _count_rows(text, counts: list[Quantity], sent, st: _Para, groups, letter, row) -> list[ClaimRow]:
    lo, hi = sent.char_start, sent.char_end
    para = (st.para.char_start, st.para.char_end)
    out: list[ClaimRow] = []
    total: ClaimRow | None = None
    in_breakdown = False
    for q in counts:
        c0, c1 = ctx.clause_bounds(text, q.start, lo, hi)
        _, after_end = ctx.clause_bounds(text, q.unit_end, lo, hi)
        subject, head = ctx.subject_of(text, q.unit_end, after_end, q.classifier)
        noun_cat, noun_unit = ctx.HEAD_NOUNS.get(head, (None, None)) if head else (None, None)
        unit = noun_unit or q.unit_hint
        category = None
        if unit in (None, "persons"):
            category = ctx.verb_category(text, (q.unit_end, after_end), (c0, q.start))
        category = category or noun_cat or "other"
        prev = out[-1] if out else None
        if prev is not None and ctx.BREAKDOWN_RE.search(text, prev.char_end, q.start):
            total, in_breakdown = prev, True
        elif in_breakdown and re.search(r"[；;]|另有|此外|additionally", text[prev.char_end:q.start] if prev else ""):
            in_breakdown = False
        part_of = None
        if in_breakdown and total is not None and total.unit == (unit or total.unit):
            part_of, category, unit = total.claim_id, total.category, total.unit
        subj_end = q.unit_end + (len(subject) if subject and subject != q.classifier else 0)
        place, ev0, ev1 = None, None, None
        if category != "other":  # event dates belong to events, not to "two republics"
            ev0, ev1 = event_date(groups, st.dates_before, q.start, text, letter)
        if category in PLACED:
            place = ctx.place_for(text, q.start, (lo, hi), para, (q.unit_end, subj_end))
        out.append(row("count", q.start, q.end, category=category, subject=subject, unit=unit,
                       qualifier=q.qualifier, value_low=q.value_low, value_best=q.value_best,
                       value_high=q.value_high, estimate_rule=q.estimate_rule, event_date_start=ev0,
                       event_date_end=ev1, place=place, part_of=part_of))
    return out

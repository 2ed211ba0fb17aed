"""Flag rules about amounts: parts and totals, durations vs dates (one measure stated twice: ``measures``)."""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections import defaultdict

from figtrace.flags.dateindex import date_index
from figtrace.flags.kit import Finding, FlagContext, bounds
from figtrace.records import ClaimRow
from figtrace.sources.vocab import read_data_per_language


def _num(v: float):
    return "inf" if v == math.inf else v


def bounds_evidence(c: ClaimRow) -> list:
    lo, hi = bounds(c)
    return [_num(lo), _num(hi)]


def parts_and_totals(ctx: FlagContext) -> list[Finding]:
    """Each part no larger than its total, and the total no smaller than the sum of its parts."""
    parts: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in ctx.claims:
        if c.part_of and c.part_of in ctx.claim_by_id:
            parts[c.part_of].append(c)
    out = []
    for total_id, members in parts.items():
        total = ctx.claim_by_id[total_id]
        t_lo, t_hi = bounds(total)
        base = {"total": ctx.claim_span(total), "total_bounds": bounds_evidence(total),
                "parts": [dict(ctx.claim_span(p), bounds=bounds_evidence(p)) for p in members]}
        too_big = [p for p in members if bounds(p)[0] > t_hi]
        for p in too_big:  # evidence: the total and this part (listing every part per part would grow quadratically)
            ev = {"total": base["total"], "total_bounds": base["total_bounds"], "part": ctx.claim_span(p),
                  "part_bounds": bounds_evidence(p), "parts_count": len(members)}
            out.append(Finding("parts-exceed-total", "error", f"The part {p.surface} is larger than its total {total.surface}.", ev, p.claim_id))
        if not too_big:
            out.append(Finding("parts-exceed-total", "error", f"Every part of {total.surface} is within it.", base, total.claim_id, True))
        sum_lo = sum(bounds(p)[0] for p in members)
        ev = dict(base, sum_of_parts_low=sum_lo)
        if sum_lo > t_hi:
            out.append(Finding("total-below-parts", "error", f"The total {total.surface} is smaller than the sum of its parts ({sum_lo:g}).", ev, total.claim_id))
        else:
            out.append(Finding("total-below-parts", "error", f"The parts of {total.surface} sum to {sum_lo:g}, within the total.", ev, total.claim_id, True))
    return out


# ------------------------------------------------------------------ durations vs the letter's dates
UNIT_DAYS = {"days": 1, "weeks": 7, "months": None, "years": None}
_RESOLUTION_RE = re.compile(r"第\s*(\d{1,4})\s*\((\d{4})\)\s*号")
_SUMMARY_START_RE = re.compile(r"^\s*(?:因此|于是|这样|由此)")
_END_WORDS_RE = re.compile(r"结束|停火|签署|ended|ceasefire|signed")
_ADOPTED_RE = re.compile(r"通过|adopted")
# What a duration measures (the noun right after it: "30 多年的冲突", "近 30 年的武装冲突") and
# where the letter says that span began: figtrace/data/span_starts.<lang>.json, one per language.
SPAN_STARTS = {noun: start for table in read_data_per_language("span_starts").values()
               for noun, start in table["span_starts"].items()}
_NOUN_AFTER_RE = re.compile(r"^\s*(?:来)?(?:的|之|of the|of)?\s*(" + "|".join(sorted(SPAN_STARTS, key=len, reverse=True)) + ")")


def measured_noun(ctx: FlagContext, c: ClaimRow) -> str | None:
    """What a duration measures, from its subject or the noun written right after it."""
    if c.subject:
        return re.sub(r"\s+", "", c.subject)
    m = _NOUN_AFTER_RE.match(ctx.doc.text[c.char_end:c.char_end + 16])
    return m.group(1) if m else None


def add_units(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` plus ``n`` days, weeks, months or years (months and years by the calendar)."""
    if unit in ("days", "weeks"):
        return d + dt.timedelta(days=n * UNIT_DAYS[unit])
    months = round(n * (12 if unit == "years" else 1))
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _adopted(sentence: str) -> bool:
    return bool(_ADOPTED_RE.search(sentence))


def _ending(sentence: str) -> bool:
    return bool(_END_WORDS_RE.search(sentence))


def _after_resolution(ctx: FlagContext, d: ClaimRow):
    """"因此，在第 853(1993)号决议通过后不到一个月": adoption date -> latest date of the paragraph before."""
    res = _RESOLUTION_RE.search(d.sentence)
    if not res or not _SUMMARY_START_RE.search(d.sentence):
        return None
    ix = date_index(ctx)
    adopted = ix.first_mentioning(_RESOLUTION_RE, res.group(0), _adopted)
    i = ix.paragraph_pos.get(d.paragraph_id, 0)
    prev = ix.latest_of_paragraph(ix.paragraph_ids[i - 1]) if i > 0 else None
    if adopted is not None and adopted.char_start < d.char_start and prev is not None:
        return adopted, prev, "resolution adoption -> latest date of the preceding paragraph"
    return None


def _lasting(ctx: FlagContext, d: ClaimRow):
    """"2020 年 9 月 27 日……持续了 44 天": last date before it in the paragraph -> first later ending."""
    if "持续" not in d.sentence and "lasted" not in d.sentence:
        return None
    ix = date_index(ctx)
    start = ix.last_before(ix.by_paragraph.get(d.paragraph_id, []), d.char_start)
    if start is None:
        return None
    after = ix.first_later("ending", _ending, d.char_end, start.date_start)
    return (start, after, "start date in the paragraph -> first later date of an ending (结束/停火/签署)") if after else None


def _since_start(ctx: FlagContext, d: ClaimRow):
    """"长达近 30 年的武装冲突": where the letter says that span began -> the sentence's date, else the letter's."""
    noun = measured_noun(ctx, d)
    if noun not in SPAN_STARTS:
        return None
    ix = date_index(ctx)
    start = ix.first_where(("span_start", noun), re.compile(SPAN_STARTS[noun]).search)
    if start is None or start.char_start >= d.char_start:
        return None
    own = ix.last_before(ix.by_sentence.get(d.sentence_id, []), d.char_start)
    return start, (own or "letter_date"), f"start of the {noun} -> date of the sentence (else the letter)"


ANCHORINGS = (_after_resolution, _lasting, _since_start)


def _anchors(ctx: FlagContext, d: ClaimRow) -> tuple[ClaimRow | None, ClaimRow | str | None, str]:
    """(start, end, how) for a duration, from the letter's own dates; (None, None, why) when none."""
    for anchoring in ANCHORINGS:
        if (found := anchoring(ctx, d)) is not None:
            return found
    return None, None, "no anchor dates"


def _end_dates(ctx: FlagContext, end) -> tuple[dt.date, dt.date]:
    if end == "letter_date":
        return ctx.doc.meta.letter_date, ctx.doc.meta.letter_date
    return end.date_start, end.date_end or end.date_start


def _when(lo: dt.date, hi: dt.date) -> str:
    return str(lo) if lo == hi else f"{lo}..{hi}"


def _shifted(d: dt.date, n: float, unit: str) -> dt.date:
    """``add_units`` clamped to the calendar's ends."""
    try:
        return add_units(d, n, unit) if n != math.inf else dt.date.max
    except (OverflowError, ValueError):
        return dt.date.max if n > 0 else dt.date.min


def duration_fits(d: ClaimRow, start: tuple[dt.date, dt.date], end: tuple[dt.date, dt.date]) -> bool:
    """Can some start in ``start`` and end in ``end`` lie as far apart as the duration allows?

    Days count inclusively (9/27 to 11/9 is 44 days); "不到/近 N" months or years is strict.
    """
    lo, hi = bounds(d)
    tol = 1 if d.unit in ("days", "weeks") else 0
    latest_end = _shifted(_shifted(start[1], hi, d.unit), tol, "days")
    strict = d.qualifier in ("less_than", "nearly") and d.unit not in ("days", "weeks")
    longest_ok = end[0] < latest_end if strict else end[0] <= latest_end
    return longest_ok and end[1] >= _shifted(_shifted(start[0], lo, d.unit), -tol, "days")


def duration_vs_dates(ctx: FlagContext) -> list[Finding]:
    """A stated duration that the letter's own start and end dates contradict."""
    out = []
    for d in ctx.claims:
        if d.kind != "duration" or d.unit not in UNIT_DAYS:
            continue
        start, end, how = _anchors(ctx, d)
        if start is None or (end == "letter_date" and ctx.doc.meta.letter_date is None):
            continue
        e_lo, e_hi = _end_dates(ctx, end)
        s_lo, s_hi = start.date_start, start.date_end or start.date_start
        lo, hi = bounds(d)
        ev = {"duration": ctx.claim_span(d), "duration_bounds": [_num(lo), _num(hi)], "unit": d.unit,
              "start": ctx.claim_span(start), "start_interval": [s_lo, s_hi],
              "end": "letter date" if end == "letter_date" else ctx.claim_span(end), "end_interval": [e_lo, e_hi],
              "span_days": [(e_lo - s_hi).days, (e_hi - s_lo).days], "anchoring": how}
        if duration_fits(d, (s_lo, s_hi), (e_lo, e_hi)):
            out.append(Finding("duration-vs-dates", "warning", f"{d.surface} fits the letter's dates ({s_lo} to {e_hi}).", ev, d.claim_id, True))
        else:
            short, long_ = (e_lo - s_hi).days, (e_hi - s_lo).days
            span = f"{short}" if short == long_ else f"{short} to {long_}"
            out.append(Finding("duration-vs-dates", "warning", f"{d.surface} disagrees with the letter's own dates: {_when(s_lo, s_hi)} to {_when(e_lo, e_hi)} is {span} days.", ev, d.claim_id))
    return out

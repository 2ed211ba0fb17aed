"""``claims``: one row per numeric assertion (count, date or duration) in a letter."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .dtypes import Date32
from .vocab import CALENDARS, CATEGORIES, CLAIM_KINDS, DATE_PRECISIONS, MODALITIES, QUALIFIERS, YEAR_SOURCES


class Claims(pa.DataFrameModel):
    """One row per figure asserted in a letter: where it stands, what it counts, how much, when, and who says so."""

    claim_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="Deterministic id of the claim. Key.")
    doc_id: Series[str] = pa.Field(description="The document (`documents.doc_id`).")
    page: Series[int] = pa.Field(ge=1, description="Page (from 1) where the surface text starts.")
    paragraph_id: Series[str] = pa.Field(description="`passages.passage_id` of the paragraph holding the claim.")
    sentence_id: Series[str] = pa.Field(description="`passages.passage_id` of the sentence holding the claim.")
    char_start: Series[int] = pa.Field(ge=0, description="Start of `surface` in `documents.text` (code points).")
    char_end: Series[int] = pa.Field(
        ge=0, description="End of `surface` in `documents.text`, exclusive: `text[char_start:char_end] == surface`.")
    surface: Series[str] = pa.Field(str_length={"min_value": 1}, description="The exact text of the figure as written (e.g. `100 多万`).")
    sentence: Series[str] = pa.Field(description="The whole sentence holding the figure, for reading in context.")
    kind: Series[str] = pa.Field(isin=list(CLAIM_KINDS), description="What the figure is.")
    category: Series[str] = pa.Field(
        nullable=True, isin=list(CATEGORIES), description="For counts, what is counted; null for dates and durations.")
    subject: Series[str] = pa.Field(nullable=True, description="Who or what is counted, as written (`平民`, `妇女`), or null.")
    unit: Series[str] = pa.Field(nullable=True, description="Unit of the values (`persons`, `letters`, `days`, `years`, ...), or null.")
    qualifier: Series[str] = pa.Field(
        nullable=True, isin=list(QUALIFIERS),
        description="How the text qualifies the figure (`超过` -> `more_than`); required for counts. A qualifier is not a range.")
    value_low: Series[float] = pa.Field(nullable=True, description="Lower bound the text supports, or null where it gives none.")
    value_best: Series[float] = pa.Field(nullable=True, description="Best estimate the text gives, or null where it gives none.")
    value_high: Series[float] = pa.Field(nullable=True, description="Upper bound the text supports, or null where it gives none.")
    estimate_rule: Series[str] = pa.Field(
        nullable=True, description="The documented rule that set the values or dates (see README conventions), or null.")
    date_start: Series[Date32] = pa.Field(
        nullable=True, description="For dates: first day of the interval (inclusive, Gregorian, any year 1-9999); "
        "null when the year is unknown (`year_source` `unknown`) or the calendar has no conversion.")
    date_end: Series[Date32] = pa.Field(
        nullable=True, description="For dates: last day of the interval (inclusive); null exactly when `date_start` is.")
    date_precision: Series[str] = pa.Field(
        nullable=True, isin=list(DATE_PRECISIONS), description="For dates: how precise the written date is.")
    event_date_start: Series[Date32] = pa.Field(
        nullable=True, description="For counts: first day of the period the figure belongs to, where the text gives one.")
    event_date_end: Series[Date32] = pa.Field(
        nullable=True, description="For counts: last day of the period the figure belongs to (inclusive).")
    place: Series[str] = pa.Field(nullable=True, description="Where, as written, or null.")
    part_of: Series[str] = pa.Field(
        nullable=True, description="`claim_id` of the total this figure is a part of (`其中包括 ...`), or null.")
    modality: Series[str] = pa.Field(isin=list(MODALITIES), description="Whether the letter asserts, quotes or supposes the figure.")
    attributed_to: Series[str] = pa.Field(
        nullable=True, description="Whom the letter credits for the figure (`人权观察`), or null for the author's own voice.")
    cited_footnotes: Series[object] = pa.Field(
        is_list_of={"element_type": "int"}, description="Numbers of the footnote markers in the same sentence.")
    paragraph_footnotes: Series[object] = pa.Field(
        is_list_of={"element_type": "int"}, description="Numbers of the footnote markers anywhere in the paragraph.")
    run_id: Series[str] = pa.Field(description="Id of the run that wrote this row (see `runs`).")
    year_source: Series[str] = pa.Field(
        nullable=True, isin=list(YEAR_SOURCES),
        description="For dates: where the year comes from: `written` (the expression gives it, a pair or range "
        "sharing it: `2014年10月和11月`), `sentence` / `paragraph` (an earlier date there), `letter` (the letter "
        "date), `reference_year` (`--reference-year`), `unknown` (none of them: no interval, month and day in "
        "`date_edtf`). Null for counts and durations.")
    date_edtf: Series[str] = pa.Field(
        nullable=True,
        description="For dates: the date as an EDTF (ISO 8601-2) string in the claim's `calendar`: `1993-07-23`, "
        "`1993-07`, `1993`, intervals `a/b` (`1987-10/1987-12` for 1987 年底), `XXXX` for an unknown year "
        "(`XXXX-07-23`), `[a,b]` for an all-digit date that can be read two ways.")
    calendar: Series[str] = pa.Field(
        nullable=True, isin=list(CALENDARS),
        description="For dates: the calendar the text writes the date in; `hijri` dates are converted to Gregorian "
        "`date_start`/`date_end` where hijridate can (AH 1343-1500), else kept with those null.")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["claim_id"]

        # frame-level rules (schemas/rules.py)
        char_start_lt_char_end = ()
        span_length_eq_surface_length = ()
        surface_in_sentence = ()
        value_low_le_value_best = ()
        value_best_le_value_high = ()
        value_low_le_value_high = ()
        qualifier_bounds = ()
        count_has_qualifier = ()
        date_has_interval = ()
        unknown_year_has_no_interval = ()
        date_start_le_date_end = ()
        event_date_start_le_event_date_end = ()
        part_of_other_claim = ()
        cited_within_paragraph_footnotes = ()

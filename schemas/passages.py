"""``passages``: headings, paragraphs, sentences, footnotes and the signature of each document."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .vocab import PASSAGE_KINDS


class Passages(pa.DataFrameModel):
    """One row per passage of the canonical text; sentences point to their paragraph."""

    passage_id: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Deterministic id: `<doc_id>/p<n>` (paragraph), `/p<n>/s<m>` (sentence), "
                    "`/h<n>` (heading), `/fn<n>` (footnote), `/sig` (signature). Key.")
    doc_id: Series[str] = pa.Field(description="The document (`documents.doc_id`).")
    kind: Series[str] = pa.Field(isin=list(PASSAGE_KINDS), description="What the passage is.")
    parent_id: Series[str] = pa.Field(
        nullable=True, description="For sentences, the `passage_id` of their paragraph; null otherwise.")
    page_start: Series[int] = pa.Field(ge=1, description="Page (from 1) where the passage starts.")
    page_end: Series[int] = pa.Field(ge=1, description="Page (from 1) where the passage ends.")
    char_start: Series[int] = pa.Field(
        ge=0, description="Start offset in `documents.text` (code points).")
    char_end: Series[int] = pa.Field(
        ge=0, description="End offset in `documents.text`, exclusive: `text[char_start:char_end]` is the passage.")
    text: Series[str] = pa.Field(description="The passage text, equal to `documents.text[char_start:char_end]`.")
    footnote_number: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="The footnote's number, for footnotes only; null otherwise.")
    raw_char_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="Offset of the passage start in the raw extracted text, where known.")
    run_id: Series[str] = pa.Field(description="Id of the run that wrote this row (see `runs`).")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["passage_id"]

        # frame-level rules (schemas/rules.py)
        char_start_lt_char_end = ()
        span_length_eq_text_length = ()
        page_start_le_page_end = ()
        footnote_has_number = ()
        sentence_has_parent = ()

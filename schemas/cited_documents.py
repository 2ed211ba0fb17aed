"""``cited_documents``: one row per reference inside a footnote."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .dtypes import Date32


class CitedDocuments(pa.DataFrameModel):
    """One row per document referred to inside a footnote, as cited (symbol, date, title, issuer)."""

    doc_id: Series[str] = pa.Field(description="The citing document (`documents.doc_id`). Key with `footnote_number`, `ref_index`.")
    footnote_number: Series[int] = pa.Field(ge=1, description="The footnote holding the reference (`citations.footnote_number`).")
    ref_index: Series[int] = pa.Field(ge=0, description="Order of the reference inside its footnote, from 0.")
    symbol: Series[str] = pa.Field(
        nullable=True, description="The cited UN document symbol, normalised; null for non-UN sources.")
    date_as_cited: Series[Date32] = pa.Field(nullable=True, description="Date of the cited document as the footnote gives it, or null.")
    title_as_cited: Series[str] = pa.Field(nullable=True, description="Title of the cited document as written, or null.")
    issuer_as_cited: Series[str] = pa.Field(nullable=True, description="Who issued the cited document, as written, or null.")
    char_start: Series[int] = pa.Field(ge=0, description="Start of the reference in `documents.text`.")
    char_end: Series[int] = pa.Field(ge=0, description="End of the reference in `documents.text`, exclusive.")
    run_id: Series[str] = pa.Field(description="Id of the run that wrote this row (see `runs`).")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["doc_id", "footnote_number", "ref_index"]

        # frame-level rules (schemas/rules.py)
        char_start_lt_char_end = ()

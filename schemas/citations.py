"""``citations``: one row per footnote, with what it cites."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)


class Citations(pa.DataFrameModel):
    """One row per footnote of a document: its text, its marker in the body and the sources it names."""

    doc_id: Series[str] = pa.Field(description="The document (`documents.doc_id`). Key with `footnote_number`.")
    footnote_number: Series[int] = pa.Field(ge=1, description="The footnote's number as printed. Key with `doc_id`.")
    page: Series[int] = pa.Field(ge=1, description="Page (from 1) the footnote is printed on.")
    text: Series[str] = pa.Field(description="The footnote text, without its number.")
    char_start: Series[int] = pa.Field(ge=0, description="Start of the footnote text in `documents.text`.")
    char_end: Series[int] = pa.Field(ge=0, description="End of the footnote text in `documents.text`, exclusive.")
    marker_char_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0,
        description="Where the footnote's marker stands in the body (offset in `documents.text`); null when no marker was found.")
    cited_symbols: Series[object] = pa.Field(
        is_list_of={"element_type": "str"},
        description="UN document symbols cited in the footnote, normalised (e.g. `S/2020/90`); empty list when none.")
    urls: Series[object] = pa.Field(
        is_list_of={"element_type": "str"}, description="URLs given in (or linked to) the footnote; empty list when none.")
    self_sourced: Series[bool] = pa.Field(
        description="True when the footnote cites the author's own government, mission or State media.")
    ibid_of: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="For `ibid.`/`同上` footnotes, the number of the earlier footnote it repeats; else null.")
    run_id: Series[str] = pa.Field(description="Id of the run that wrote this row (see `runs`).")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["doc_id", "footnote_number"]

        # frame-level rules (schemas/rules.py)
        char_start_lt_char_end = ()
        span_length_eq_text_length = ()
        marker_before_footnote = ()
        ibid_of_earlier_footnote = ()

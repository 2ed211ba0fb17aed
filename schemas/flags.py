"""``flags``: findings of the flag rules, and the checks that held."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .vocab import SEVERITIES


class Flags(pa.DataFrameModel):
    """One row per rule outcome on a document: a problem an analyst should see, or (``passed``) a check that held."""

    flag_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="Deterministic id of the flag. Key.")
    run_id: Series[str] = pa.Field(description="Id of the run that raised the flag (see `runs`).")
    doc_id: Series[str] = pa.Field(description="The document concerned (`documents.doc_id`).")
    rule: Series[str] = pa.Field(
        str_matches=r"^[a-z0-9]+([_-][a-z0-9]+)*$", description="Stable slug of the rule (e.g. `row-quarantined`).")
    severity: Series[str] = pa.Field(isin=list(SEVERITIES), description="How much the finding matters.")
    claim_id: Series[str] = pa.Field(nullable=True, description="The claim concerned (`claims.claim_id`), or null.")
    message: Series[str] = pa.Field(str_length={"min_value": 1}, description="One sentence an analyst understands.")
    evidence: Series[str] = pa.Field(
        is_json=(), description="JSON object: the values, dates, symbols and spans involved.")
    passed: Series[bool] = pa.Field(
        description="True when the row records a check that held (severity `info`); false for a finding.")
    footnote_number: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1,
        description="The footnote the flag is about (`citations.footnote_number` of `doc_id`): the footnote of a "
                    "footnote-level flag, or the one footnote a figure's flag rests on; null when none or several.")
    cited_symbol: Series[str] = pa.Field(
        nullable=True,
        description="The cited UN document symbol the flag is about (normalised, as in `cited_documents.symbol`), or null.")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["flag_id"]

        # frame-level rules (schemas/rules.py)
        passed_is_info = ()

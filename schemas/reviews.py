"""``reviews``: reviewers' decisions on flags; written by `figtrace review`, never by a run."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .runs import UTC_US
from .vocab import REVIEW_STATUSES


class Reviews(pa.DataFrameModel):
    """One row per decision a reviewer made on a flag; the latest decision on a flag is the one in force while the flag's evidence is unchanged."""

    flag_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="The flag decided on (`flags.flag_id`). Key with `decided_at`.")
    status: Series[str] = pa.Field(isin=list(REVIEW_STATUSES), description="The decision: the finding holds, is a false alarm, or needs a source checked.")
    note: Series[str] = pa.Field(description="The reviewer's note, as written (may be empty).")
    reviewer: Series[str] = pa.Field(str_length={"min_value": 1}, description="Who decided (`--reviewer`, else `FIGTRACE_REVIEWER`, else the login name).")
    decided_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs=UTC_US, description="When the decision was recorded (UTC). Key with `flag_id`.")
    evidence_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description="SHA-256 of the flag's `evidence` JSON the decision was made on: when a rerun gives the flag other evidence, the decision no longer applies and the flag reopens.")
    doc_id: Series[str] = pa.Field(description="The flag's document (`documents.doc_id`).")
    rule: Series[str] = pa.Field(description="The flag's rule slug (`flags.rule`).")
    claim_id: Series[str] = pa.Field(nullable=True, description="The flag's claim (`flags.claim_id`), or null; with `rule` and `footnote_number` it finds the flag again when new evidence gives it a new id.")
    footnote_number: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="The flag's footnote (`flags.footnote_number`), or null.")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["flag_id", "decided_at"]

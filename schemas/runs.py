"""``runs``: one row per pipeline run (dlt-style load record)."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .vocab import RUN_STATUSES

UTC_US = {"unit": "us", "tz": "UTC"}


class Runs(pa.DataFrameModel):
    """One row per run: when, with which code, libraries, parameters and inputs, and what it produced."""

    run_id: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Time-ordered run id, e.g. `20210112T101500123Z-1a2b3c4d`. Key.")
    started_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs=UTC_US, description="When the run started (UTC; a naive datetime is taken as UTC).")
    finished_at: Series[pd.DatetimeTZDtype] = pa.Field(
        dtype_kwargs=UTC_US, nullable=True,
        description="When the run finished (UTC; a naive datetime is taken as UTC); null while it runs.")
    code_version: Series[str] = pa.Field(description="figtrace version (and git commit where known) that ran.")
    library_versions: Series[str] = pa.Field(is_json=(), description="JSON object: library name -> version.")
    parameters: Series[str] = pa.Field(is_json=(), description="JSON object: the run's parameters (`inputs`, `out_dir`, `raw_dir`, "
                                                                 "`workers`, `force`, `engine`: local, dask or none (nothing to process), `dask_address` with any "
                                                                 "secret redacted) and settings (`Settings.as_dict()`).")
    inputs: Series[str] = pa.Field(
        is_json=(), description="JSON list of `{path, source_uri, sha256}`, one per input.")
    row_counts: Series[str] = pa.Field(is_json=(), description="JSON object: table -> rows written (and quarantined).")
    status: Series[str] = pa.Field(isin=list(RUN_STATUSES), description="`running` (written when the run starts; left so by a killed run until the next "
                    "run marks it `failed`), then `ok`, `partial` (some inputs failed), `failed` or `interrupted` "
                    "(SIGINT/SIGTERM).")
    errors: Series[str] = pa.Field(is_json=(), description="JSON list of `{path, error}` for inputs that failed.")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["run_id"]

        # frame-level rules (schemas/rules.py)
        started_at_le_finished_at = ()

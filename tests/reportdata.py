"""Extra rows for the report tests: a comparisons file (the compare stage's contract columns,
shared/design/data-model.md "Added in round 2") and a review, written as the real steps write them."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from figtrace.run import store

COMPARISON_COLUMNS = ("comparison_id", "run_id", "basis", "relation", "left_doc_id", "left_claim_id",
                      "right_doc_id", "right_claim_id", "reference_id", "score")


def write_comparisons(out: Path, rows: list[dict], run_id: str) -> Path:
    """``out/comparisons/<key>.parquet`` holding ``rows`` (missing columns null), as the compare stage would."""
    table = pa.table({c: [r.get(c) for r in rows] for c in COMPARISON_COLUMNS},
                     schema=pa.schema([(c, pa.float64() if c == "score" else pa.string()) for c in COMPARISON_COLUMNS]))
    path = store.table_path(out, "comparisons", "test")
    store.write_parquet_atomic(path, table, {"figtrace.schema_version": "1.0", "figtrace.run_id": run_id,
                                             "figtrace.table": "comparisons"})
    return path

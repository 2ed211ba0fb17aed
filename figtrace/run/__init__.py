"""Stage run: one document end to end, the run's bookkeeping and the atomic store.

In: input paths and ``Settings``.  Out: every table's rows per document (``pipeline``),
run totals and the runs row (``runs``), Parquet and report files moved into place
atomically (``store``).  No orchestrator here: ``flows/`` wraps these in Prefect tasks.
"""

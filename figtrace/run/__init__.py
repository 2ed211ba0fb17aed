"""Stage run: one document end to end, the run's bookkeeping and the atomic store.

In: input paths and ``Settings``.  Out: every table's rows per document (``pipeline``),
run totals and the runs row (``runs``), atomic Parquet and report files (``store``), one
folder per document version swapped in by one rename (``publish``), and the worker
process that runs one input under a time limit (``worker``).  No orchestrator here:
``flows/`` wraps these in Prefect tasks.
"""

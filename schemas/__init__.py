"""pandera models of the figtrace tables: the single source of truth.

The Arrow schemas (``arrow_schema``), the README data dictionary
(``data_dictionary_markdown``) and the pandas dtypes (``frame_from_records``)
are all derived from the models in ``TABLES``.
"""
from __future__ import annotations

from .arrow import QUARANTINE_COLUMNS, arrow_schema, quarantine_arrow_schema, to_arrow
from .frames import frame_from_records
from .tables import SCHEMA_VERSION, TABLES, column_kind, columns, key_columns, model, schema
from .validation import validate

__all__ = [
    "QUARANTINE_COLUMNS", "SCHEMA_VERSION", "TABLES", "arrow_schema", "column_kind", "columns",
    "data_dictionary_markdown", "frame_from_records", "key_columns", "model", "quarantine_arrow_schema",
    "schema", "to_arrow", "validate", "warm",
]


def warm() -> None:
    """Build every table's pandera schema and validate an empty frame of each (pandera registers its
    backends on the first call): about 0.5 s, once per process.  A process that forks workers (the
    forkserver) calls it first, so that every worker starts with them built."""
    for table in TABLES:
        validate(table, frame_from_records(table, []))


def data_dictionary_markdown() -> str:
    """The README data dictionary (see ``schemas.docs``)."""
    from .docs import data_dictionary_markdown as generate  # lazy: keeps `python -m schemas.docs` clean

    return generate()

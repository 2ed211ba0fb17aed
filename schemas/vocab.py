"""Controlled vocabularies of the tables (the values ``isin`` checks allow).

Kept in one place so the models, the README data dictionary and the tests agree.
Adding a value is a schema change: bump ``schemas.SCHEMA_VERSION`` (minor).
"""
from __future__ import annotations

from figtrace.compare.vocab import BASES
from figtrace.compare.vocab import RELATIONS as RELATIONS_BY_BASIS
from figtrace.lang.bounds import RULES

PASSAGE_KINDS = ("heading", "paragraph", "sentence", "footnote", "signature")

CLAIM_KINDS = ("count", "date", "duration")

CATEGORIES = (
    "killed", "wounded", "missing", "hostages", "displaced", "population",
    "settlements", "territory", "documents", "other",
)

# The qualifiers and their rules belong to the number grammar (figtrace.numbers.RULES).
QUALIFIERS = tuple(RULES)

# data-model.md lists day, month, month_part, year, decade_part; figtrace.dates also emits
# year_part (年底, 年初) and decade (1980 年代): extensions, nothing renamed.
DATE_PRECISIONS = ("day", "month_part", "month", "year_part", "year", "decade_part", "decade", "century")

# Where a date's year comes from (figtrace.lang.dates.YEAR_SOURCES, plus written and unknown).
YEAR_SOURCES = ("written", "sentence", "paragraph", "letter", "reference_year", "unknown")

# The calendars a date may be written in (figtrace.lang.calendars).
CALENDARS = ("gregorian", "hijri")

MODALITIES = ("asserted", "quoted", "hypothetical")

SEVERITIES = ("error", "warning", "info")

RUN_STATUSES = ("ok", "partial", "failed", "running", "interrupted")

# A reviewer's decision on a flag (issue 14, `figtrace review`).
REVIEW_STATUSES = ("confirmed", "dismissed", "needs-source")
# Comparisons (figtrace.compare.vocab): what is compared, and how the two sides may relate under each basis.
RELATIONS = tuple(dict.fromkeys(r for b in BASES for r in RELATIONS_BY_BASIS[b]))

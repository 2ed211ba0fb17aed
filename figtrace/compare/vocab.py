"""The words of the ``comparisons`` table: what is compared, and how the two sides may relate.

Kept apart (no imports) so that the table models in ``schemas/`` read them cheaply.
"""
from __future__ import annotations

BASES = ("language_versions", "same_figure", "reference")
RELATIONS = {
    "language_versions": ("agree", "differ", "left_only", "right_only"),
    "same_figure": ("agree", "differ"),
    "reference": ("agree", "differ", "outside_bounds"),
}
# The flag each basis raises for a disagreement.
RULES = {"language_versions": "version-mismatch", "same_figure": "differs-across-sources",
         "reference": "differs-from-reference"}

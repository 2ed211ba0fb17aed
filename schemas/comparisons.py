"""``comparisons``: one row per compared figure pair, one-sided figure, or figure against reference data."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules shared by the tables)
from .checks import frame_rule, ordered
from .vocab import BASES, CLAIM_KINDS, RELATIONS, RELATIONS_BY_BASIS


# --------------------------------------------------------------------------- frame-level rules
@frame_rule("basis", "relation")
def relation_fits_basis(df: pd.DataFrame) -> pd.Series:
    """``left_only``/``right_only`` only between versions, ``outside_bounds`` only against reference data."""
    return pd.Series([r in RELATIONS_BY_BASIS.get(b, ()) for b, r in zip(df["basis"], df["relation"])],
                     index=df.index, dtype=bool)


@frame_rule("relation", "left_claim_id", "right_claim_id")
def one_sided_has_one_claim(df: pd.DataFrame) -> pd.Series:
    """A ``left_only`` row has a left claim and no right one, a ``right_only`` row the reverse."""
    left, right = df["left_claim_id"].notna(), df["right_claim_id"].notna()
    ok = pd.Series(True, index=df.index)
    ok[df["relation"] == "left_only"] = (left & ~right)[df["relation"] == "left_only"]
    ok[df["relation"] == "right_only"] = (~left & right)[df["relation"] == "right_only"]
    return ok


@frame_rule("basis", "relation", "left_claim_id", "right_doc_id", "right_claim_id")
def pair_has_both_sides(df: pd.DataFrame) -> pd.Series:
    """A pair of two documents' figures (agree or differ, not against reference data) names both claims and documents."""
    pair = (df["basis"] != "reference") & df["relation"].isin(["agree", "differ"])
    whole = df["left_claim_id"].notna() & df["right_claim_id"].notna() & df["right_doc_id"].notna()
    return ~pair | whole


@frame_rule("basis", "reference_id", "right_doc_id", "right_claim_id")
def reference_rows_name_the_reference(df: pd.DataFrame) -> pd.Series:
    """Reference rows carry a reference id and no right document; other rows carry no reference id."""
    is_ref = df["basis"] == "reference"
    ref_ok = df["reference_id"].notna() & df["right_doc_id"].isna() & df["right_claim_id"].isna()
    return (is_ref & ref_ok) | (~is_ref & df["reference_id"].isna())


@frame_rule("left_doc_id", "right_doc_id")
def compares_two_documents(df: pd.DataFrame) -> pd.Series:
    """The two sides of a pair are different documents."""
    return df["right_doc_id"].isna() | (df["left_doc_id"] != df["right_doc_id"])


@frame_rule("left_value_low", "left_value_high")
def left_value_low_le_high(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "left_value_low", "left_value_best") & ordered(df, "left_value_best", "left_value_high") \
        & ordered(df, "left_value_low", "left_value_high")


@frame_rule("right_value_low", "right_value_high")
def right_value_low_le_high(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "right_value_low", "right_value_best") & ordered(df, "right_value_best", "right_value_high") \
        & ordered(df, "right_value_low", "right_value_high")


@frame_rule("left_date_start", "left_date_end")
def left_date_start_le_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "left_date_start", "left_date_end")


@frame_rule("right_date_start", "right_date_end")
def right_date_start_le_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "right_date_start", "right_date_end")


def _nullable_str(description: str) -> pa.Field:
    return pa.Field(nullable=True, description=description)


def _value(side: str, which: str) -> pa.Field:
    return pa.Field(nullable=True, description=f"{which} of the {side} figure (as in `claims`; for reference rows "
                                               f"the right side is the reference figure), or null.")


class Comparisons(pa.DataFrameModel):
    """One row per compared figure pair, one-sided figure (language versions), or figure against reference data."""

    comparison_id: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Deterministic id: a hash of the basis and the documents, claims or reference compared. Key.")
    run_id: Series[str] = pa.Field(description="Id of the run that compared (see `runs`).")
    basis: Series[str] = pa.Field(
        isin=list(BASES), description="What is compared: versions of one document in two languages, one figure in two documents, or a figure against reference data.")
    relation: Series[str] = pa.Field(
        isin=list(RELATIONS), description="How the two sides relate; `left_only`/`right_only`: a figure of one version with no counterpart in the other; `outside_bounds`: outside the reference's low-high bounds.")
    left_doc_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="The left document (`documents.doc_id`); for reference rows, the letter's.")
    left_claim_id: Series[str] = _nullable_str("The left figure (`claims.claim_id`); null for `right_only` rows.")
    right_doc_id: Series[str] = _nullable_str("The right document (`documents.doc_id`), also for one-sided rows; null for reference rows.")
    right_claim_id: Series[str] = _nullable_str("The right figure (`claims.claim_id`); null for one-sided rows and reference rows.")
    reference_id: Series[str] = _nullable_str("The reference figure's id (from the reference file; `ucdp-ged:<id>` for UCDP GED); reference rows only.")
    left_value_low: Series[float] = _value("left", "Lower bound")
    left_value_best: Series[float] = _value("left", "Best estimate")
    left_value_high: Series[float] = _value("left", "Upper bound")
    right_value_low: Series[float] = _value("right", "Lower bound")
    right_value_best: Series[float] = _value("right", "Best estimate")
    right_value_high: Series[float] = _value("right", "Upper bound")
    left_date_start: Series[pa.Date] = _nullable_str("First day the left figure is about: a date's own interval, a count's event date or period.")
    left_date_end: Series[pa.Date] = _nullable_str("Last day (inclusive) the left figure is about.")
    right_date_start: Series[pa.Date] = _nullable_str("First day the right figure (or reference figure) is about.")
    right_date_end: Series[pa.Date] = _nullable_str("Last day (inclusive) the right figure (or reference figure) is about.")
    score: Series[float] = pa.Field(ge=0, le=1, description="How well the two sides match, 0 to 1 (the weights are in `figtrace/compare/`); 0 for one-sided rows.")
    matched_on: Series[object] = pa.Field(
        is_list_of={"element_type": "str"},
        description="The features that matched, e.g. `value`, `value_form` (the same number in another form), `date`, `date_within`, `unit`, `order`, `category`, `place`, `event_date`, `subject`, `within_bounds`.")
    left_quote: Series[str] = _nullable_str("The sentence holding the left figure; for `right_only` rows, the left passage aligned with the right figure's sentence.")
    left_page: Series[int] = pa.Field(nullable=True, ge=1, description="Page (from 1) of the left quote, or null.")
    right_quote: Series[str] = _nullable_str("The sentence holding the right figure; for `left_only` rows the aligned right passage; for reference rows the reference's description or place.")
    right_page: Series[int] = pa.Field(nullable=True, ge=1, description="Page (from 1) of the right quote, or null.")
    kind: Series[str] = pa.Field(isin=list(CLAIM_KINDS), description="What the figures are (as `claims.kind`).")
    left_surface: Series[str] = _nullable_str("The left figure as written (`claims.surface`), or null.")
    right_surface: Series[str] = _nullable_str("The right figure as written, or null (one-sided and reference rows).")
    reference_source: Series[str] = _nullable_str("Who published the reference figure (`source` column; `UCDP GED`); reference rows only.")
    reference_url: Series[str] = _nullable_str("Where the reference figure is published, when the reference file gives it.")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["comparison_id"]

        relation_fits_basis = ()
        one_sided_has_one_claim = ()
        pair_has_both_sides = ()
        reference_rows_name_the_reference = ()
        compares_two_documents = ()
        left_value_low_le_high = ()
        right_value_low_le_high = ()
        left_date_start_le_end = ()
        right_date_start_le_end = ()

"""Frame-level rules of the tables, registered as pandera checks (so they serialise).

Each rule is true for the rows that pass.  A model turns a rule on by naming it
in its ``Config`` (``date_start_le_date_end = ()``); the columns given to
``frame_rule`` are what a quarantined row's ``failed_column`` names.
"""
from __future__ import annotations

import hashlib

import pandas as pd

from .checks import bounds_problems, frame_rule, ordered, present_when, span_fits_text


def _pairwise(df: pd.DataFrame, a: str, b: str, test) -> pd.Series:
    return pd.Series([test(x, y) for x, y in zip(df[a].tolist(), df[b].tolist())], index=df.index, dtype=bool)


# --------------------------------------------------------------------------- spans and pages
@frame_rule("char_start", "char_end")
def char_start_lt_char_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "char_start", "char_end", strict=True)


@frame_rule("char_start", "char_end", "text")
def span_length_eq_text_length(df: pd.DataFrame) -> pd.Series:
    return span_fits_text(df, "char_start", "char_end", "text")


@frame_rule("char_start", "char_end", "surface")
def span_length_eq_surface_length(df: pd.DataFrame) -> pd.Series:
    return span_fits_text(df, "char_start", "char_end", "surface")


@frame_rule("page_start", "page_end")
def page_start_le_page_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "page_start", "page_end")


# --------------------------------------------------------------------------- documents
@frame_rule("body_char_end", "text")
def body_within_text(df: pd.DataFrame) -> pd.Series:
    return df["body_char_end"] <= df["text"].str.len()


def _sha256(text) -> str | None:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if isinstance(text, str) else None


@frame_rule("text_sha256", "text")
def text_sha256_matches_text(df: pd.DataFrame) -> pd.Series:
    return _pairwise(df, "text_sha256", "text", lambda digest, text: digest == _sha256(text))


# --------------------------------------------------------------------------- passages and citations
@frame_rule("kind", "footnote_number")
def footnote_has_number(df: pd.DataFrame) -> pd.Series:
    return present_when(df, "kind", "footnote", ("footnote_number",))


@frame_rule("kind", "parent_id")
def sentence_has_parent(df: pd.DataFrame) -> pd.Series:
    return present_when(df, "kind", "sentence", ("parent_id",))


@frame_rule("marker_char_start", "char_start")
def marker_before_footnote(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "marker_char_start", "char_start", strict=True)


@frame_rule("ibid_of", "footnote_number")
def ibid_of_earlier_footnote(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "ibid_of", "footnote_number", strict=True)


# --------------------------------------------------------------------------- claims
@frame_rule("surface", "sentence")
def surface_in_sentence(df: pd.DataFrame) -> pd.Series:
    return _pairwise(df, "surface", "sentence", lambda s, t: isinstance(s, str) and isinstance(t, str) and s in t)


@frame_rule("value_low", "value_best")
def value_low_le_value_best(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "value_low", "value_best")


@frame_rule("value_best", "value_high")
def value_best_le_value_high(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "value_best", "value_high")


@frame_rule("value_low", "value_high")
def value_low_le_value_high(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "value_low", "value_high")


@frame_rule("qualifier", "value_low", "value_best", "value_high", detail=bounds_problems)
def qualifier_bounds(df: pd.DataFrame) -> pd.Series:
    """The conventions of figtrace.numbers.bounds_problem (e.g. more_than needs value_low)."""
    return bounds_problems(df).isna()


@frame_rule("kind", "qualifier")
def count_has_qualifier(df: pd.DataFrame) -> pd.Series:
    return present_when(df, "kind", "count", ("qualifier",))


@frame_rule("kind", "date_start", "date_end", "date_precision", "year_source", "calendar")
def date_has_interval(df: pd.DataFrame) -> pd.Series:
    """A date has a precision and both ends of its interval, or neither end when its year is unknown or
    its calendar has no Gregorian conversion (``year_source`` / ``calendar`` say which)."""
    is_date = (df["kind"] == "date").fillna(False).astype(bool)
    starts, ends = df["date_start"].isna(), df["date_end"].isna()
    excused = (df["year_source"] == "unknown").fillna(False) | (
        df["calendar"].notna() & (df["calendar"] != "gregorian")).fillna(False)
    bad = df["date_precision"].isna() | (starts != ends) | (starts & ~excused.astype(bool))
    return ~(is_date & bad)


@frame_rule("year_source", "date_start", "date_end")
def unknown_year_has_no_interval(df: pd.DataFrame) -> pd.Series:
    """A date whose year is unknown claims no days: its interval is empty."""
    unknown = (df["year_source"] == "unknown").fillna(False).astype(bool)
    return ~(unknown & (df["date_start"].notna() | df["date_end"].notna()))


@frame_rule("date_start", "date_end")
def date_start_le_date_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "date_start", "date_end")


@frame_rule("event_date_start", "event_date_end")
def event_date_start_le_event_date_end(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "event_date_start", "event_date_end")


@frame_rule("part_of", "claim_id")
def part_of_other_claim(df: pd.DataFrame) -> pd.Series:
    return df["part_of"].isna() | (df["part_of"] != df["claim_id"])


def _subset(a, b) -> bool:
    try:
        return set(a) <= set(b)
    except TypeError:
        return False


@frame_rule("cited_footnotes", "paragraph_footnotes")
def cited_within_paragraph_footnotes(df: pd.DataFrame) -> pd.Series:
    return _pairwise(df, "cited_footnotes", "paragraph_footnotes", _subset)


# --------------------------------------------------------------------------- flags and runs
@frame_rule("passed", "severity")
def passed_is_info(df: pd.DataFrame) -> pd.Series:
    return ~df["passed"].astype(bool) | (df["severity"] == "info")


@frame_rule("started_at", "finished_at")
def started_at_le_finished_at(df: pd.DataFrame) -> pd.Series:
    return ordered(df, "started_at", "finished_at")

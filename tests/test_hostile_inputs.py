"""Inputs that aborted whole runs (issue 12) and rows that took their neighbours to quarantine (issue 9).

Each broken input must be one line naming the input, whatever its sidecar or its bytes say.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil

import pytest

import schemas
from figtrace.errors import InputError
from figtrace.ingest.files import read_source
from figtrace.ingest.html import extract_html
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from tests.conftest import ROOT

EN = ROOT / "tests" / "fixtures" / "letter.en.txt"


def with_sidecar(tmp_path, sidecar: str):
    path = tmp_path / "letter.en.txt"
    shutil.copy(EN, path)
    (tmp_path / "letter.en.json").write_text(sidecar, encoding="utf-8")
    return path


# (sidecar text, words of the error): the first three are the issue's, the rest their kin
SIDECARS = [
    ('{"sha256": 123}', "sha256 must be a non-empty string, got 123"),
    ('{"symbols": 123}', "symbols must be a list of UN symbols"),
    ("[123]", "must hold a JSON object"),
    ('{"symbols": [123]}', "symbols must be a list of UN symbols"),
    ('{"symbols": "A/75/709"}', "symbols must be a list of UN symbols"),
    ('{"symbols": [""]}', "symbols must be a list of UN symbols"),
    ('{"language": 7}', "language must be a non-empty string, got 7"),
    ('{"language": "Chinese"}', "language must be a code such as zh or en"),
    ('{"sha256": "xyz"}', "sha256 must be 64 hex digits"),
    ('{"source_uri": {"a": 1}}', "source_uri must be a non-empty string"),
    ('{"origin": ["x"]}', "origin must be a non-empty string"),
    ("[" * 100_000, "is not valid JSON"),
    ("{\"symbols\": NaN}", "symbols must be a list"),
]


@pytest.mark.parametrize("sidecar, words", SIDECARS, ids=[s[:20] for s, _ in SIDECARS])
def test_a_malformed_sidecar_is_one_error_for_its_input(tmp_path, sidecar, words):
    path = with_sidecar(tmp_path, sidecar)
    with pytest.raises(InputError) as info:
        read_source(path)
    assert str(info.value).startswith(f"{path}: ") and words in str(info.value)
    assert "\n" not in str(info.value) and len(str(info.value)) < 400


def test_a_well_formed_sidecar_still_says_what_the_input_is(tmp_path):
    path = with_sidecar(tmp_path, json.dumps({"symbols": [" A/99/124 "], "language": "EN", "extra": [1, 2]}))
    doc = process_document(path, Settings(), "r").tables["documents"][0]
    assert (doc.doc_id, doc.language) == ("A/99/124:en", "en")


def test_a_password_in_a_sidecar_source_uri_never_reaches_the_tables(tmp_path):
    path = with_sidecar(tmp_path, json.dumps({"source_uri": "https://ann:s3cret@example.org/a.pdf"}))
    doc = process_document(path, Settings(), "r").tables["documents"][0]
    assert doc.source_uri == "https://***@example.org/a.pdf"


@pytest.mark.parametrize("charset", ["punycode", "idna", "utf-16", "unicode_escape", "base64", "rot13"])
def test_an_html_charset_that_is_no_web_charset_is_one_error(charset):
    """Issue 12: charset=punycode or idna aborted the run (UnicodeError escaped)."""
    page = f'<html><head><meta charset="{charset}"></head><body><p>Letter: 12 people, caf\u00e9.</p></body></html>'
    with pytest.raises(InputError) as info:
        extract_html(page.encode("utf-8"), "page.html")
    assert str(info.value).startswith("page.html: HTML declares") and charset in str(info.value)


# ------------------------------------------------------------------ row-level quarantine (issue 9)
def test_one_date_out_of_range_quarantines_its_row_alone(seed_path):
    """Issue 9: one claim whose date could not be stored sent every claim of the document to quarantine.

    pandera coerces a date column as a whole: one date outside what it can coerce failed the
    column with no row named, and validation then gave up on the whole frame.
    """
    claims = process_document(seed_path, Settings(), "r").tables["claims"]
    i = next(i for i, c in enumerate(claims) if c.kind == "date")
    odd = dataclasses.replace(claims[i], date_start=dt.date(1436, 7, 25), date_end=dt.date(1436, 7, 25))  # read off a Hijri year
    rows = claims[:i] + [odd] + claims[i + 1:]
    good, bad = schemas.validate("claims", schemas.frame_from_records("claims", rows, run_id="r"))
    assert set(bad["claim_id"]) <= {odd.claim_id}  # quarantined alone, or stored if the store takes the year
    assert len(good) + len(bad) == len(claims) and len(good) >= len(claims) - 1
    if len(bad):
        assert "date" in bad["failed_check"].iloc[0] and "date_start" in bad["failed_column"].iloc[0]


def test_a_column_that_fails_to_coerce_names_its_rows():
    """The mechanism, on a frame where two of five dates cannot be coerced to pandas' datetime range."""
    import pandas as pd
    import pandera.pandas as pa

    from schemas.validation import _unplaced_culprits

    sch = pa.DataFrameSchema({"d": pa.Column(pa.Date, nullable=True)}, coerce=True)
    df = pd.DataFrame({"d": pd.Series([dt.date(2020, 1, 1), None, dt.date(1, 1, 1), dt.date(2021, 5, 5),
                                        dt.date(9999, 12, 31)], dtype=object)})
    with pytest.raises(pa.errors.SchemaErrors) as info:
        sch.validate(df, lazy=True)
    assert info.value.failure_cases["index"].isna().all()  # pandera names no row ...
    failures: dict = {}
    assert _unplaced_culprits(sch, df, info.value.failure_cases, failures) == [2, 4]  # ... we do
    assert failures[2] == [("coerce_dtype('date') got datetime.date(1, 1, 1)", "d")]

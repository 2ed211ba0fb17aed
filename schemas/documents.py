"""``documents``: one row per input document, holding its canonical text."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from . import rules  # noqa: F401  (registers the frame-level rules named in Config)
from .dtypes import Date32

SHA256 = r"^[0-9a-f]{64}$"


class Documents(pa.DataFrameModel):
    """One row per document: identity, letter metadata and the canonical text every offset points into."""

    doc_id: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Stable document id: primary UN symbol and language, e.g. `A/75/709:zh`. Key.")
    symbols: Series[object] = pa.Field(
        is_list_of={"element_type": "str"},
        description="Every UN document symbol the document carries, normalised, primary first (e.g. `[A/75/709, S/2021/39]`).")
    language: Series[str] = pa.Field(
        str_matches=r"^[a-z]{2,3}$", description="Language of the text, ISO 639-1 code (`zh`, `en`, ...).")
    title: Series[str] = pa.Field(
        nullable=True, description="The letter's title line as written, or null when none was found.")
    letter_date: Series[Date32] = pa.Field(
        nullable=True, description="Date of the letter as written in its title, or null.")
    author: Series[str] = pa.Field(
        nullable=True, description="Author as written in the title (e.g. `阿塞拜疆常驻联合国代表`), or null.")
    author_state: Series[str] = pa.Field(
        nullable=True, description="The State the author represents, as written, or null.")
    addressee: Series[str] = pa.Field(
        nullable=True, description="Addressee as written in the title (e.g. the Secretary-General), or null.")
    agenda_items: Series[object] = pa.Field(
        is_list_of={"element_type": "str"},
        description="Agenda items the document is circulated under, as written; empty list when none.")
    page_count: Series[int] = pa.Field(ge=1, description="Number of pages of the source document.")
    source_uri: Series[str] = pa.Field(
        str_length={"min_value": 1}, description="Where the input came from (URL or file URI).")
    raw_sha256: Series[str] = pa.Field(
        str_matches=SHA256, description="SHA-256 (hex) of the raw input file's bytes.")
    text_sha256: Series[str] = pa.Field(
        str_matches=SHA256, description="SHA-256 (hex) of `text` encoded as UTF-8.")
    text: Series[str] = pa.Field(
        description="Canonical text: body (one heading or paragraph per line) up to `body_char_end`, "
                    "then a blank line and one line per footnote. All offsets are code points into it.")
    body_char_end: Series[int] = pa.Field(
        ge=0, description="`text[:body_char_end]` is the letter body; footnotes follow.")
    job_number: Series[str] = pa.Field(
        nullable=True, description="UN document job number from the page furniture (e.g. `21-00487`), or null.")
    signatory: Series[str] = pa.Field(
        nullable=True, description="The signer's name from the signature block, as written, or null.")
    run_id: Series[str] = pa.Field(description="Id of the run that wrote this row (see `runs`).")
    completeness: Series[str] = pa.Field(
        isin=["complete", "incomplete"],
        description="Whether the text looks complete: `incomplete` when it ends mid-sentence, the page footer "
                    "counts more pages than were found, or it is an excerpt. An incomplete document is still "
                    "read and its figures extracted; the `incomplete-document` flag says why.")
    completeness_reason: Series[str] = pa.Field(
        nullable=True,
        description="Why the text looks incomplete (`; `-separated, e.g. `ends mid-sentence at line 12 (\"…\")`, "
                    "`pages missing: 4 page(s) found but the page footer says 13`); null when complete.")
    version: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{16}$",
        description="Version key: the first 16 hex digits of `raw_sha256`. Two inputs with one `doc_id` and "
                    "different bytes are two versions; `<table>/` holds the latest of each document, "
                    "`versions/<table>/` every version.")
    language_source: Series[str] = pa.Field(
        nullable=True, isin=["sidecar", "settings", "file_name", "job_number", "script", "words", "default"],
        description="How `language` was decided: the input's `sidecar`, the `--language` setting (`settings`), "
                    "the language code in the file name (`file_name`, e.g. `….fr.txt`), the language letter of the "
                    "job number in the page furniture (`job_number`, e.g. `15-01234 (F)`), the text's `script` "
                    "(Chinese, Cyrillic, Arabic), the function words of a Latin-script text (`words`: French, "
                    "Spanish or English), else `default` (English).")

    class Config:
        strict = True
        ordered = True
        coerce = True
        unique = ["doc_id"]

        # frame-level rules (schemas/rules.py)
        body_within_text = ()
        text_sha256_matches_text = ()

"""Typed records that mirror the table schemas (see ``schemas/``).

Every stage of the core returns these frozen dataclasses; the flows turn them
into data frames only at the edge, where pandera validates them.  Field names
are the column names of the tables in ``shared/design/data-model.md``.

Offsets (``char_start``/``char_end``) are code-point offsets into the
document's canonical text (``ParsedDocument.text``), end exclusive.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from figtrace.spans import OffsetMap

Span = tuple[int, int]


# --------------------------------------------------------------------------- input
@dataclass(frozen=True, slots=True)
class Extraction:
    """Text extracted from one input file, before layout analysis.

    ``text`` is the raw extracted text; pages are separated by form feeds
    (``\\f``) when the extractor knows them (PDF), otherwise layout infers
    them.  ``superscripts`` and ``furniture`` are raw spans that a richer
    extractor (PDF) knows to be footnote markers and page headers/footers.
    """

    text: str
    source_kind: str = "text"  # "text" | "pdf" | "html"
    superscripts: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What we know of an input file: its sidecar plus hashes."""

    path: str
    source_uri: str
    raw_sha256: str
    symbols: tuple[str, ...] = ()
    language: str | None = None
    origin: str | None = None
    extra: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------- layout
@dataclass(frozen=True, slots=True)
class Page:
    number: int
    raw_start: int
    raw_end: int
    printed_number: int | None = None  # from a header/footer such as "21-00487 2/13"
    printed_total: int | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A footnote marker standing in the body text."""

    number: int
    char_start: int
    char_end: int
    page: int


@dataclass(frozen=True, slots=True)
class Passage:
    passage_id: str
    doc_id: str
    kind: str  # heading | paragraph | sentence | footnote | signature
    parent_id: str | None
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    text: str
    footnote_number: int | None = None
    raw_char_start: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    symbols: tuple[str, ...]
    language: str
    title: str | None
    letter_date: dt.date | None
    author: str | None
    author_state: str | None
    addressee: str | None
    agenda_items: tuple[str, ...]
    job_number: str | None = None
    signatory: str | None = None  # the name on the signature line, as written
    completeness: str = "complete"  # complete | incomplete (cut short, pages missing, excerpt)
    completeness_reason: str | None = None  # why it looks incomplete, "; "-separated
    language_source: str = "sidecar"  # how the language was decided (layout.language): sidecar | settings | ...


# --------------------------------------------------------------------------- tables
@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_id: str
    symbols: list[str]
    language: str
    title: str | None
    letter_date: dt.date | None
    author: str | None
    author_state: str | None
    addressee: str | None
    agenda_items: list[str]
    page_count: int
    source_uri: str
    raw_sha256: str
    text_sha256: str
    text: str
    body_char_end: int  # text[:body_char_end] is the letter; footnotes follow
    job_number: str | None
    signatory: str | None
    run_id: str
    completeness: str = "complete"
    completeness_reason: str | None = None
    version: str = ""  # 16 hex digits of raw_sha256 (filled in when left empty): tells versions apart

    def __post_init__(self) -> None:
        if not self.version and isinstance(self.raw_sha256, str):
            object.__setattr__(self, "version", self.raw_sha256[:16])
    language_source: str | None = None  # how ``language`` was decided (figtrace.layout.language)


@dataclass(frozen=True, slots=True)
class CitationRow:
    doc_id: str
    footnote_number: int
    page: int
    text: str
    char_start: int
    char_end: int
    marker_char_start: int | None
    cited_symbols: list[str]
    urls: list[str]
    self_sourced: bool
    ibid_of: int | None
    run_id: str


@dataclass(frozen=True, slots=True)
class CitedDocumentRow:
    doc_id: str
    footnote_number: int
    ref_index: int  # order of the reference inside its footnote, from 0
    symbol: str | None
    date_as_cited: dt.date | None
    title_as_cited: str | None
    issuer_as_cited: str | None
    char_start: int
    char_end: int
    run_id: str


@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim_id: str
    doc_id: str
    page: int
    paragraph_id: str
    sentence_id: str
    char_start: int
    char_end: int
    surface: str
    sentence: str
    kind: str  # count | date | duration
    category: str | None
    subject: str | None
    unit: str | None
    qualifier: str | None
    value_low: float | None
    value_best: float | None
    value_high: float | None
    estimate_rule: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    event_date_start: dt.date | None
    event_date_end: dt.date | None
    place: str | None
    part_of: str | None
    modality: str
    attributed_to: str | None
    cited_footnotes: list[int]
    paragraph_footnotes: list[int]
    run_id: str
    # dates: where a year-less date's year came from, the date as EDTF (XXXX: year unknown), its calendar
    year_source: str | None = None
    date_edtf: str | None = None
    calendar: str | None = None


@dataclass(frozen=True, slots=True)
class FlagRow:
    flag_id: str
    run_id: str
    doc_id: str
    rule: str
    severity: str  # error | warning | info
    claim_id: str | None
    message: str
    evidence: str  # JSON
    passed: bool = False  # True records a check that held (severity "info")
    footnote_number: int | None = None  # the footnote the flag is about, where there is one
    cited_symbol: str | None = None  # the cited UN symbol the flag is about, where there is one


@dataclass(frozen=True, slots=True)
class RunRow:
    run_id: str
    started_at: dt.datetime
    finished_at: dt.datetime | None  # None while the run is running
    code_version: str
    library_versions: str  # JSON
    parameters: str  # JSON
    inputs: str  # JSON list of {path, source_uri, sha256}
    row_counts: str  # JSON
    status: str  # running | ok | partial | failed | interrupted
    errors: str  # JSON list of {path, error}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A reviewer's decision on a flag, kept across reruns (the ``reviews`` table)."""

    flag_id: str
    status: str  # confirmed | dismissed | needs-source
    note: str
    reviewer: str
    decided_at: dt.datetime
    evidence_sha256: str  # of the flag's evidence JSON the decision was made on
    doc_id: str
    rule: str
    claim_id: str | None = None
    footnote_number: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """Everything the layout stage knows about one document."""

    doc_id: str
    text: str
    body_char_end: int
    raw_offsets: OffsetMap  # canonical offset -> raw offset
    pages: tuple[Page, ...]
    meta: DocumentMeta
    headings: tuple[Passage, ...]
    paragraphs: tuple[Passage, ...]
    sentences: tuple[Passage, ...]
    footnotes: tuple[Passage, ...]
    signature: Passage | None
    markers: tuple[Marker, ...]
    links: tuple[tuple[int, str], ...] = field(default=())  # (page, url) from link blocks


def column_names(record_type: type) -> list[str]:
    """The column names of a record type, in declaration order."""
    return [f.name for f in fields(record_type)]


# --------------------------------------------------------------------------- comparisons (round 2)
@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One compared figure pair, one-sided figure, or figure against reference data (``comparisons``)."""

    comparison_id: str
    run_id: str
    basis: str  # language_versions | same_figure | reference
    relation: str  # agree | differ | outside_bounds | left_only | right_only
    left_doc_id: str
    left_claim_id: str | None  # null for right_only
    right_doc_id: str | None  # null for reference rows
    right_claim_id: str | None  # null for one-sided and reference rows
    reference_id: str | None  # reference rows only
    left_value_low: float | None
    left_value_best: float | None
    left_value_high: float | None
    right_value_low: float | None
    right_value_best: float | None
    right_value_high: float | None
    left_date_start: dt.date | None
    left_date_end: dt.date | None
    right_date_start: dt.date | None
    right_date_end: dt.date | None
    score: float
    matched_on: list[str]
    left_quote: str | None
    left_page: int | None
    right_quote: str | None
    right_page: int | None
    kind: str  # count | date | duration
    left_surface: str | None
    right_surface: str | None
    reference_source: str | None
    reference_url: str | None

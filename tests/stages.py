"""The core stages chained as ``run.pipeline.process_document`` chains them, for tests on a parsed document.

The sources stage reads a document's footnotes once (``read_sources``); the citations,
claims and flags below receive those records, as in the pipeline.
"""
from __future__ import annotations

from figtrace.claims.extract import extract_claims
from figtrace.flags.rules import evaluate_flags
from figtrace.records import ClaimRow, ParsedDocument
from figtrace.settings import Settings
from figtrace.sources.citations import build_citations, read_sources


def citations_of(doc: ParsedDocument, run_id: str = "t"):
    """(citation rows, cited-document rows) of ``doc``."""
    return build_citations(doc, read_sources(doc), run_id)


def claims_of(doc: ParsedDocument, settings: Settings | None = None, run_id: str = "t") -> list[ClaimRow]:
    """The claims of ``doc`` (default settings unless given)."""
    return extract_claims(doc, read_sources(doc).footnotes, settings or Settings(), run_id)


def flags_of(doc: ParsedDocument, claims, run_id: str = "t"):
    """The flag rows of ``doc`` for ``claims`` (real or hand-made)."""
    sources = read_sources(doc)
    cits, cited = build_citations(doc, sources, run_id)
    return evaluate_flags(doc, list(claims), cits, cited, sources, run_id)

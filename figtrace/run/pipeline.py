"""One document, end to end, in plain Python: path -> rows of every table.

The Prefect flow (``flows/``) calls these functions from thin tasks; tests and
benchmarks call them directly, with no orchestrator in the way.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from figtrace.claims.extract import extract_claims
from figtrace.flags.rules import evaluate_flags
from figtrace.ingest.files import read_source
from figtrace.layout.parse import parse_document
from figtrace.records import DocumentRow, ParsedDocument, SourceInfo
from figtrace.settings import Settings
from figtrace.sources.citations import build_citations, read_sources

TABLE_ORDER = ("documents", "passages", "citations", "cited_documents", "claims", "flags")


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """All rows produced from one input, before validation."""

    doc: ParsedDocument
    source: SourceInfo
    tables: dict[str, list] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # things a user should hear about, e.g. "no footnotes"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_row(doc: ParsedDocument, source: SourceInfo, run_id: str) -> DocumentRow:
    m = doc.meta
    return DocumentRow(
        doc_id=doc.doc_id, symbols=list(m.symbols), language=m.language, title=m.title,
        letter_date=m.letter_date, author=m.author, author_state=m.author_state,
        addressee=m.addressee, agenda_items=list(m.agenda_items), page_count=len(doc.pages),
        source_uri=source.source_uri, raw_sha256=source.raw_sha256,
        text_sha256=text_sha256(doc.text), text=doc.text, body_char_end=doc.body_char_end,
        job_number=m.job_number, signatory=m.signatory, run_id=run_id,
        completeness=m.completeness, completeness_reason=m.completeness_reason, language_source=m.language_source,
    )


def all_passages(doc: ParsedDocument) -> list:
    """Headings, paragraphs, sentences, signature and footnotes, in text order."""
    rows = [*doc.headings, *doc.paragraphs, *doc.sentences, *doc.footnotes]
    if doc.signature is not None:
        rows.append(doc.signature)
    return sorted(rows, key=lambda p: (p.char_start, p.kind != "paragraph", p.char_end))


def process_document(path: str | Path, settings: Settings, run_id: str) -> DocumentResult:
    """Read, parse and analyse one input file; raises figtrace.errors.InputError on broken input."""
    extraction, source = read_source(path)
    doc = parse_document(extraction, source, settings)
    sources = read_sources(doc)  # footnote references and links, read once and handed on
    citations, cited = build_citations(doc, sources, run_id)
    claims = extract_claims(doc, sources.footnotes, settings, run_id)
    flags = evaluate_flags(doc, claims, citations, cited, sources, run_id)
    notes = () if doc.footnotes else ("no footnotes found: every figure is uncited",)
    if doc.meta.completeness != "complete":
        notes += (f"the text looks incomplete ({doc.meta.completeness_reason}): read as it is",)
    tables = {
        "documents": [document_row(doc, source, run_id)],
        "passages": all_passages(doc),
        "citations": citations,
        "cited_documents": cited,
        "claims": claims,
        "flags": flags,
    }
    return DocumentResult(doc, source, tables, notes)

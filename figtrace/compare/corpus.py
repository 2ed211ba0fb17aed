"""What the compare stage reads: documents, their paragraphs and sentences, and their claims.

Records, not frames: ``figtrace.compare.load`` fills a ``Corpus`` from the published Parquet
tables, tests and benchmarks fill one from the records the earlier stages return.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from figtrace.records import ClaimRow, DocumentRow, ParsedDocument, Passage


@dataclass(frozen=True, slots=True)
class DocInfo:
    """The metadata of a document that comparisons use and report."""

    doc_id: str
    symbols: tuple[str, ...]
    language: str
    title: str | None = None
    letter_date: dt.date | None = None
    author: str | None = None
    author_state: str | None = None
    source_uri: str = ""

    def label(self) -> str:
        """How a report names the document: id, author and date where known."""
        who = self.author_state or self.author
        parts = [p for p in (who, self.letter_date.isoformat() if self.letter_date else None) if p]
        return f"{self.doc_id} ({', '.join(parts)})" if parts else self.doc_id


@dataclass
class Corpus:
    """Documents by id, with their claims and (for documents that have other versions) passages."""

    docs: dict[str, DocInfo] = field(default_factory=dict)
    claims: dict[str, list[ClaimRow]] = field(default_factory=dict)
    passages: dict[str, list[Passage]] = field(default_factory=dict)  # paragraphs and sentences

    def add(self, info: DocInfo, claims: list[ClaimRow], passages: list[Passage] = ()) -> None:
        """Add one document (a later document with the same id replaces the earlier)."""
        self.docs[info.doc_id] = info
        self.claims[info.doc_id] = list(claims)
        self.passages[info.doc_id] = [p for p in passages if p.kind in ("paragraph", "sentence")]

    def claim_count(self) -> int:
        return sum(len(v) for v in self.claims.values())


def doc_info(row: DocumentRow | dict) -> DocInfo:
    """A ``DocInfo`` from a documents row (record or mapping)."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))
    return DocInfo(get("doc_id"), tuple(get("symbols") or ()), get("language"), get("title"), get("letter_date"),
                   get("author"), get("author_state"), get("source_uri") or "")


def info_of_parsed(doc: ParsedDocument, source_uri: str = "") -> DocInfo:
    """A ``DocInfo`` from a parsed document (no table in between)."""
    m = doc.meta
    return DocInfo(doc.doc_id, tuple(m.symbols), m.language, m.title, m.letter_date, m.author, m.author_state,
                   source_uri)

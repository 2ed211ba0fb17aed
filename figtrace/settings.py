"""Explicit settings, passed down and recorded in ``runs.parameters``."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

# {symbol} and {lang} are filled in by figtrace.fetch.symbol_url
UN_DOCS_URL_TEMPLATE = "https://documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf"
FETCH_CONTENT_TYPES = (
    "application/pdf", "text/plain", "text/html", "application/xhtml+xml", "application/octet-stream",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Parameters of one run.  Frozen: build a new one with ``replace``."""

    language: str | None = None  # default language when a sidecar gives none
    reference_year: int | None = None  # year for dates without one, when context has none
    un_url_template: str = UN_DOCS_URL_TEMPLATE
    fetch_timeout_s: float = 30.0
    fetch_retries: int = 3
    fetch_backoff_s: float = 0.5
    max_fetch_bytes: int = 50 * 1024 * 1024
    fetch_deadline_s: float = 300.0  # whole download, however slowly the bytes trickle in
    fetch_backoff_max_s: float = 30.0  # cap on one wait, Retry-After included
    fetch_max_redirects: int = 10
    fetch_content_types: tuple[str, ...] = FETCH_CONTENT_TYPES
    fetch_user_agent: str = "figtrace (document ingestion for research)"
    un_document_type: str = "pdf"  # what the symbol URL serves ("" accepts any allowed type)
    openlineage_url: str | None = None  # also send the run's OpenLineage events here (http(s) base URL)
    # Non-public addresses or networks that may be fetched anyway ("127.0.0.1", "10.1.0.0/16"):
    # everything else must resolve to public addresses only (figtrace.ingest.netpolicy).
    fetch_allowed_addresses: tuple[str, ...] = ()
    doc_time_limit_s: float = 300.0  # wall time for one input (PDF parsing included); past it the worker is killed

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

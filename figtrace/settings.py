"""Explicit settings, passed down and recorded in ``runs.parameters``."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

UN_DOCS_URL_TEMPLATE = "https://documents.un.org/api/symbol/access?s={symbol}&l={lang}&t=pdf"


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

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

"""The layout stage's entry point: zones, then assembly into one ``ParsedDocument``."""
from __future__ import annotations

import dataclasses

from figtrace.layout.assemble import assemble_document
from figtrace.layout.zones import completeness, zone_lines
from figtrace.records import Extraction, ParsedDocument, SourceInfo
from figtrace.settings import Settings


def parse_document(extraction: Extraction, source: SourceInfo, settings: Settings) -> ParsedDocument:
    """The layout stage: raw extraction -> pages, blocks, sentences, footnotes, markers, metadata.

    A text that looks cut short or excerpted is read all the same; ``meta.completeness``
    and ``meta.completeness_reason`` say why it looks incomplete.
    """
    zoned = zone_lines(extraction)
    state, reasons = completeness(zoned)
    doc = assemble_document(extraction, zoned, source, settings)
    meta = dataclasses.replace(doc.meta, completeness=state, completeness_reason="; ".join(reasons) or None)
    return dataclasses.replace(doc, meta=meta)

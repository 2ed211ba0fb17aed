"""The layout stage's entry point: zones, then assembly into one ``ParsedDocument``."""
from __future__ import annotations

from figtrace.layout.assemble import assemble_document
from figtrace.layout.zones import check_complete, zone_lines
from figtrace.records import Extraction, ParsedDocument, SourceInfo
from figtrace.settings import Settings


def parse_document(extraction: Extraction, source: SourceInfo, settings: Settings) -> ParsedDocument:
    """The layout stage: raw extraction -> pages, blocks, sentences, footnotes, markers, metadata."""
    zoned = zone_lines(extraction)
    check_complete(zoned, source.path)
    return assemble_document(extraction, zoned, source, settings)

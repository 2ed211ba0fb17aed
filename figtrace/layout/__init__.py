"""Stage layout: raw extraction -> one ``ParsedDocument``.

In: ``Extraction`` + ``SourceInfo`` + ``Settings``.  Out: the canonical text with its offset
map to the raw file (``text``), pages and zones (``zones``), blocks and sentences
(``blocks``), footnote markers (``markers``), letter metadata (``meta``), tied together by
``assemble``; ``parse.parse_document`` is the entry point.
"""

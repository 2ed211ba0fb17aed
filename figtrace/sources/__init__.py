"""Stage sources: what each footnote cites.

In: a ``ParsedDocument``.  Out: ``SourceRecords`` read once (``citations.read_sources``):
``Reference`` records per footnote (symbols, dates, titles, issuers, self-sourcing) and
the footnotes of every body sentence and paragraph (``footnotes``), handed on to claims
and flags; and the ``citations`` / ``cited_documents`` rows built from them.  Who counts as "the author's own side" is read
from vocabulary data (``vocab``, ``issuers``).
"""

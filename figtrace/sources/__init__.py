"""Stage sources: what each footnote cites.

In: a ``ParsedDocument``.  Out: ``Reference`` records per footnote (symbols, dates, titles,
issuers, self-sourcing), parsed once and handed on to claims and flags, and the
``citations`` / ``cited_documents`` rows.  Who counts as "the author's own side" is read
from vocabulary data (``vocab``, ``issuers``).
"""

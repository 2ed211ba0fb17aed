"""Stage lang: how each language writes numbers, dates and the words around them.

In: strings.  Out: quantities, date intervals and symbol mentions with their spans.
The language data lives in one module per language (``zh``, ``en``: numerals, scale
words, qualifiers, month names, date and duration words, identifier phrasing; ``fr``,
``es``, ``ru``, ``ar``: their masthead words so far); the grammars (``numerals``,
``numbers`` with ``numbers_after`` and ``numbers_guard``, ``dates``, ``symbols``) are built
from them and are the only place layout,
sources and claims read numbers and dates through.  A new language is one new module
and one line in ``registry.LANGUAGES``.
"""

"""Stage lang: how each language writes numbers, dates and the words around them.

In: strings.  Out: quantities, date intervals and symbol mentions with their spans.
The language data lives in one module per language (``zh``, ``en``, ``fr``, ``es``, ``ru``,
``ar``, the last four with a ``<code>_dates`` module beside them: numerals, scale words,
qualifiers, month names, date and duration words, identifier phrasing, mastheads); the
grammars (``numerals`` with ``spelled``, ``numbers`` with ``numbers_after`` and
``numbers_guard``, ``dates``, ``symbols``) are built from them and are the only place layout,
sources and claims read numbers and dates through.  A document is read with the tables of
its reading set (``registry.reading_set``: Chinese and English together, every other
language alone), built once per set (``number_tables``, ``dates.grammar``).  Spelled-out
numbers of French, Spanish, Russian and Arabic are read by a grammar of figtrace's own
(``spelled``: text2num covers neither Russian nor Arabic and rewrites whole texts; the tests
read num2words' writing back).  A new language is one new module and one line in
``registry.LANGUAGES``.
"""

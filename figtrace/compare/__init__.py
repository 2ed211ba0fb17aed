"""Compare: the same figure across language versions, across letters, and against reference data.

In: the published tables read back (documents, paragraphs and sentences, claims), and reference
figures (a CSV or Parquet in the documented schema, or UCDP GED's event CSV).
Out: ``ComparisonRow`` records (table ``comparisons``), one per compared pair or one-sided figure,
the flags disagreements raise (``version-mismatch``, ``differs-across-sources``,
``differs-from-reference``) and a Markdown report with a timeline per figure.

Three bases: ``language_versions`` (documents sharing a symbol, in different languages, aligned
paragraph by paragraph, then sentence by sentence, then figure by figure), ``same_figure`` (figures
that describe one thing in different documents: kind, category, place, period, subject), and
``reference`` (a figure against reference data). No pair of documents is compared unless they
share a symbol or a blocking key (category and year, category and place).
"""

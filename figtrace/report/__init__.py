"""Stage report: what a person reads of an output folder.

In: the rows of every table of an output folder (documents, claims, flags, citations,
cited documents, comparisons when present, reviews, runs), as plain dicts.  Out: the
value and bounds of a figure in words (``words``), the review state of every flag
(``reviews``), and ``report.html``: one self-contained page with each letter's text and
its figures highlighted, a card per figure, tables of figures and flags and a chart
(``bundle``, ``highlight``, ``chart``, ``html``).  No orchestrator, no server: the page
opens from disk with no network.
"""

"""Stage flags: checks on a letter's figures, dates and sources.

In: a ``ParsedDocument``, its references, claims, citations and cited documents.  Out:
``FlagRow`` records (failed checks and checks that held) and the markdown report.
``kit`` holds what every rule shares; each rule family is one module (``counts``,
``measures``, ``dates``, ``sources``, ``symbols``; ``dateindex`` looks dates up for
them in log time); ``rules.RULES`` registers them by slug.
A new rule is a function in a family module plus one line in ``rules.RULES``.
"""

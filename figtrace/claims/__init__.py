"""Stage claims: every count, date and duration in a letter's body, with its context.

In: a ``ParsedDocument`` and the footnotes of its sentences.  Out: ``ClaimRow`` records
(value and bounds, qualifier, category, subject, place, event date, part_of, modality,
attribution, footnotes).  ``extract`` walks the paragraphs, ``durations`` splits time
spans from counts, ``context`` reads the words around a figure.
"""

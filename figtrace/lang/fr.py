"""French: so far only what the layout stage reads in a French masthead.

The title line, month names, the state an author speaks for, the agenda heading and the
signature mark.  Numbers, dates and the words around a figure come with the issue that
adds French letters; ``registry.COMPLETE`` lists the languages whose grammar is whole.
"""
from __future__ import annotations

CODE = "fr"
WORD_SPACING = True
MONTH_NAMES = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)}
LETTER_TITLE_LINE = r"(?:Lettres?\s+identiques\s+)?Lettre\s+datée\s+.+"
STATE_TITLE = r"Représentant permanent"
STATE_OF = r"de(?:\s+la|\s+l['’])?"
STATE_END = r"auprès"
AGENDA_HEADING = r"Points? de l['’]ordre du jour"
SIGNATURE_WORDS = ("Signé",)

"""Spanish: so far only what the layout stage reads in a Spanish masthead.

The title line, month names, the state an author speaks for, the agenda heading and the
signature mark.  Numbers, dates and the words around a figure come with the issue that
adds Spanish letters; ``registry.COMPLETE`` lists the languages whose grammar is whole.
"""
from __future__ import annotations

CODE = "es"
WORD_SPACING = True
MONTH_NAMES = {m: i for i, m in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)}
LETTER_TITLE_LINE = r"Carta\s+de\s+fecha\s+.+"
STATE_TITLE = r"Representante Permanente"
STATE_OF = r"del|de"
STATE_END = r"ante"
AGENDA_HEADING = r"Temas? del programa"
SIGNATURE_WORDS = ("Firmado",)

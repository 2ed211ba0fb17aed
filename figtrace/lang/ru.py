"""Russian: so far only the signature mark the layout stage looks for ("(Подпись)").

The rest of the grammar comes with the issue that adds Russian letters.
"""
from __future__ import annotations

CODE = "ru"
WORD_SPACING = True
SIGNATURE_WORDS = ("Подпись",)

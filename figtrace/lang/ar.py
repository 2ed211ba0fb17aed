"""Arabic: so far only the signature mark the layout stage looks for ("(توقيع)").

The rest of the grammar comes with the issue that adds Arabic letters.
"""
from __future__ import annotations

CODE = "ar"
WORD_SPACING = True
SIGNATURE_WORDS = ("توقيع",)

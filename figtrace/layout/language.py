"""Which language a document is written in, and how that was decided (``documents.language_source``).

In order: the sidecar (``sidecar``); the ``--language`` setting (``settings``); the language
code in the file name, as the UN names its files ("A_75_709.fr.txt", "N1512345.fr.pdf":
``file_name``); the language letter of the job number in the page furniture, the UN's own
mark of each language version ("15-01234 (F)": ``job_number``); the script of the text
(Chinese, Cyrillic, Arabic: ``script``); for a Latin-script text, the function words of
French, Spanish and English, counted (``words``).  A text none of these decides is read as
English (``default``).

A library detector (lingua, langdetect ...) was not taken: the six UN languages are told
apart by their scripts, and French, Spanish and English by a handful of words that every
sentence holds; a model would add weight and no certainty.

>>> detect("Le Conseil de sécurité a décidé que les États membres et la résolution ...")
('fr', 'words')
>>> detect("Совет Безопасности постановил ...")
('ru', 'script')
>>> language_of_job("15-01234 (S)   120315")
'es'
"""
from __future__ import annotations

import re
import unicodedata

from figtrace.lang import registry

_SAMPLE = 4000  # characters looked at
# The job number's language letter: (A)rabic, (C)hinese, (E)nglish, (F)rench, (R)ussian, (S)panish.
JOB_LANGUAGE = {"A": "ar", "C": "zh", "E": "en", "F": "fr", "R": "ru", "S": "es"}
_JOB_RE = re.compile(r"(?<!\d)\d{2}-\d{5}\s*\(([ACEFRS])\)")
_FILE_CODE_RE = re.compile(r"[._\-]([a-z]{2})\.[a-z0-9]+$", re.IGNORECASE)  # "….fr.txt", "…_ar.pdf"
_SCRIPTS = (("CJK", "zh"), ("CYRILLIC", "ru"), ("ARABIC", "ar"))
# Words that are frequent in one of the three Latin-script languages and rare in the other two.
_WORDS = {
    "fr": frozenset("le la les des du est et dans pour par une sur que qui au aux été ont avec ces cette".split()),
    "es": frozenset("el la los las del es y en para por una que con se su sus al fue han como este esta".split()),
    "en": frozenset("the of and to in is for on that by with was were are this be has have which".split()),
}
_WORD_RE = re.compile(r"[a-zàâçéèêëîïôûùüÿñáíóúœ]+")


def language_of_file(path: str) -> str | None:
    """The registered language a file name ends with ("letter.fr.txt" -> "fr"), else None."""
    m = _FILE_CODE_RE.search(path.replace("\\", "/").rsplit("/", 1)[-1])
    code = m.group(1).lower() if m else None
    return code if code in registry.LANGUAGES else None


def language_of_job(line: str) -> str | None:
    """The language a job number's letter names ("15-01234 (F)" -> "fr"), else None."""
    m = _JOB_RE.search(line)
    return JOB_LANGUAGE[m.group(1)] if m else None


def detect(text: str) -> tuple[str, str]:
    """(language, how it was decided) from the text alone: its script, else its words, else English."""
    sample = text[:_SAMPLE]
    counts = dict.fromkeys(code for _, code in _SCRIPTS) | {"latin": 0}
    for ch in sample:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        code = next((c for prefix, c in _SCRIPTS if name.startswith(prefix)), "latin")
        counts[code] = (counts[code] or 0) + 1
    letters = sum(v or 0 for v in counts.values())
    best = max(counts, key=lambda c: counts[c] or 0)
    if letters and best != "latin" and (counts[best] or 0) > 0.2 * letters:
        return best, "script"
    words = _WORD_RE.findall(sample.lower())
    hits = {code: sum(w in vocab for w in words) for code, vocab in _WORDS.items()}
    top = max(hits, key=hits.get)
    if hits[top] >= 3 and sorted(hits.values())[-2] < hits[top]:
        return top, "words"
    return "en", "default"


def decide(sidecar: str | None, setting: str | None, path: str, furniture: list[str], text: str) -> tuple[str, str]:
    """(language, language_source) of a document, in the order of the module docstring."""
    if sidecar:
        return sidecar, "sidecar"
    if setting:
        return setting, "settings"
    code = language_of_file(path)
    if code:
        return code, "file_name"
    for line in furniture:
        code = language_of_job(line)
        if code:
            return code, "job_number"
    return detect(text)

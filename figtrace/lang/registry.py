"""The languages the grammars read, and the tables each may give.

A language is one module of data (``zh``, ``en`` ...) registered in ``LANGUAGES``.  Two
ways of combining them:

- the layout stage (``layout.meta``, ``layout.blocks``) reads mastheads, titles and
  signatures with the tables of every registered language (``tables``, ``merged`` ...:
  a title says which language it is written in);
- the grammars that read figures (``numbers``, ``dates``, ``claims.context`` ...) read a
  document with the tables of its *reading set* (``reading_set``, ``View``): Chinese and
  English documents with both (a Chinese letter quotes English names, an English one
  Chinese words), French, Spanish, Russian and Arabic ones each with its own, because
  the languages disagree where it matters - "1.500" is 1 500 in Spanish and 1.5 in
  English, "1,5" is 1.5 in French, "un" is a number in French and Spanish, "sept" a
  number in French and a month in English.

Alternatives combine in registry order.  Adding a language is one module and one line here.

>>> list(LANGUAGES)[:2]
['zh', 'en']
>>> merged("PRE_QUALIFIERS")["超过"], merged("PRE_QUALIFIERS")["more than"]
('more_than', 'more_than')
>>> reading_set("zh"), reading_set("fr"), reading_set(None)
(('zh', 'en'), ('fr',), ('zh', 'en'))
>>> "plus de" in View(reading_set("fr")).merged("PRE_QUALIFIERS"), "plus de" in View(reading_set("en")).merged("PRE_QUALIFIERS")
(True, False)
"""
from __future__ import annotations

from types import ModuleType

from figtrace.lang import ar, en, es, fr, ru, zh

LANGUAGES: dict[str, ModuleType] = {"zh": zh, "en": en, "fr": fr, "es": es, "ru": ru, "ar": ar}
# Languages whose whole grammar is written (numbers, dates, the words around a figure);
# the others give what the layout stage reads so far (masthead, signature).
COMPLETE = ("zh", "en", "fr", "es", "ru", "ar")
# The languages a document is read with (its reading set), by the document's language.  Chinese
# and English documents, and documents of a language not registered, read with both; every
# other registered language reads with its own tables.
SHARED_READING = ("zh", "en")

# The tables a complete language gives: name -> type.
TABLES: dict[str, type] = {
    "CODE": str, "WORD_SPACING": bool,
    # numerals and quantities
    "MULTIPLIERS": dict, "NUMERAL_PATTERN": str, "PRE_QUALIFIERS": dict, "PRE_QUALIFIER_GUARDS": dict,
    "POST_QUALIFIERS": dict, "VAGUE": dict, "RANGE_WORDS": tuple, "ORDINAL_BEFORE": tuple, "DESIGNATORS_AFTER": str,
    # dates
    "PART_WORDS": dict, "PAIR_WORDS": tuple, "WRITTEN_DAY": str, "DATE_PATTERNS": list, "DATE_FOLLOWERS": str,
    "SINCE": tuple, "COORDINATORS": tuple,
    "RANGE_AFTER": tuple, "NUMERIC_DATE_ORDER": str, "RECURRING": tuple,
    # durations in words (claims.durations)
    "DURATION_UNITS": dict, "DURATION_PATTERNS": list, "DURATION_KEYS": tuple, "PERIOD_LABEL_AFTER": str,
    "PERIOD_LABEL_BEFORE": str, "TIME_LIMIT_BEFORE": str, "TIME_LIMIT_AFTER": str,
    "LEAD_TIME_AFTER": str,
    # the masthead
    "LETTER_TITLE_LINE": str, "LETTER_TITLE": str, "AGENDA_HEADING": str, "SIGNATURE_WORDS": tuple,
    # around a figure
    "IDENTIFIER_PATTERNS": list, "TIME_OF_DAY": str, "RESOLUTION_BEFORE": tuple, "RESOLUTION_AFTER": tuple, "ADOPTION_VERBS": str,
    "CATEGORY_VERBS": dict, "HEAD_NOUNS": dict, "SUBJECT_STOPS": str, "PLACE_PATTERNS": list,
    "HYPOTHETICAL_BEFORE": str, "CONDITIONS": str, "HYPOTHETICAL_AFTER": str, "BREAKDOWN": str, "BREAKDOWN_END": str,
    "SPEECH_VERBS": str, "REPORTED_VERBS": str, "SPEAKER_FRAMES": tuple, "SPEAKER_LEADS": tuple, "TITLE_SPEAKER": str,
    "SPEAKER_PREPOSITIONS": str, "SPEAKER_TRAILING_WORDS": tuple, "PRONOUNS": tuple, "IMPERSONAL": tuple,
}
# Tables a language gives where its script has them: numeral characters and classifiers
# (Chinese), number words, month names, a word's letters (English) ...
SCRIPT_TABLES: dict[str, type] = {
    "LETTERS": str, "NUMERAL_DIGITS": dict, "NUMERAL_UNITS": dict, "NUMERAL_BIG_UNITS": dict,
    "NUMBER_WORDS": dict, "NUMBER_HUNDREDS": dict, "NUMBER_JOINERS": tuple, "NUMERAL_TRIGGER": str,
    "SCAN_CHARS": str, "TRIGGER_WORDS": frozenset, "PLUS_WORDS": tuple, "PERCENT_BEFORE": tuple,
    "PERCENT_AFTER": str, "CLASSIFIERS": dict, "CLASSIFIER_COMPOUNDS": dict, "IDIOMS": tuple,
    "VAGUE_NEEDS_AFTER": dict, "ONE_WORDS": tuple, "A_UNIT_NOUNS": tuple, "TIME_WORDS": dict, "NOUN_UNITS": dict,
    "NOUN_STOPS": frozenset, "NOUN_SKIPS": frozenset, "NOT_AFTER_CHARS": str, "IDENTIFIER_NOUNS_BEFORE": str,
    "YEAR_AFTER": str, "MONTH_NAMES": dict, "MONTH_ABBREVIATIONS": dict, "MONTH_PATTERN": str,
    "DATE_LEAD_WORDS": frozenset, "STATE_BEFORE": tuple, "STATE_TITLE": str, "STATE_OF": str, "STATE_END": str,
    "STATE_ARTICLES": tuple, "IDENTIFIER_OPENERS": str, "IDENTIFIER_WORDS": frozenset, "ORDINAL_SUFFIXES": tuple,
    "SUBJECT_SKIPS": tuple,
    # numbers: the forms read and the forms refused (numerals.py, numbers.py, numbers_guard.py)
    "NUMERAL_POINT": str, "NUMERAL_PAIRS": tuple, "NUMERAL_MIXED": str, "TENTHS": str, "PRE_FILLERS": str,
    "NUMBER_PAIR_WORDS": tuple, "BETWEEN_AFTER": str, "CHANGE_BEFORE": str, "STANDARD_AFTER": str, "BOUND_JOINERS": str, "ONE_NOT_AFTER": tuple,
    "NUMERAL_LIKE": str, "NEGATIVE_BEFORE": str, "NOT_WHOLE_BEFORE": str, "NUMERALS_SPACED_BEFORE": str, "NOT_WHOLE_AFTER": str,
    "NOT_WHOLE_SPAN": str, "AFTER_SCALE": str, "NUMBER_ARTICLES": tuple, "NUMBER_HALVES": tuple,
    "NUMBER_DOZENS": dict, "TRIGGER_NEEDS": dict, "SUBJECT_VERBS": frozenset, "ONE_RATIO_AFTER": str, "COMPARATIVES": dict,
    # dates: lead characters (一九九三年, 回历), month and century names of other calendars and words
    "DATE_LEAD_CHARS": str, "DATE_LEADS": str, "HIJRI_MONTHS": dict, "CENTURY_WORDS": dict,
    # digits as a language groups them ("1 000,5", "1.000,5", Arabic "000 2" lowest group first), its own
    # digits (Arabic-Indic), words glued before a number word (Arabic و), number words' grammar
    "GROUP_SEPARATORS": str, "DECIMAL_MARKS": str, "GROUPS_REVERSED": bool, "SCRIPT_DIGITS": bool,
    "NUMBER_WORD_PREFIXES": tuple, "DATE_BETWEEN": tuple, "NUMBER_AFTER_NOUN": str, "CURRENCY_GLUED": tuple,
    "NUMBER_DUALS": dict,
}
REQUIRED = ("CODE", "WORD_SPACING", "SIGNATURE_WORDS")  # every language gives these


def reading_set(language: str | None) -> tuple[str, ...]:
    """The languages whose tables read a document written in ``language`` (see the module docstring)."""
    if language in SHARED_READING or language not in LANGUAGES:
        return SHARED_READING
    return (language,)


def tables(name: str, *, spaced: bool | None = None, langs: tuple[str, ...] | None = None) -> list:
    """The values of table ``name`` of every language that gives it, in registry order.

    ``spaced`` keeps only languages that write words between spaces (True) or run them
    together (False); ``langs`` only the languages named (a reading set), else all.
    """
    return [getattr(mod, name) for code, mod in LANGUAGES.items()
            if hasattr(mod, name) and (spaced is None or mod.WORD_SPACING is spaced)
            and (langs is None or code in langs)]


def merged(name: str, *, spaced: bool | None = None, langs: tuple[str, ...] | None = None) -> dict:
    """One dict from the dict tables ``name`` of every language (registry order)."""
    out: dict = {}
    for table in tables(name, spaced=spaced, langs=langs):
        out |= table
    return out


def joined(name: str, *, spaced: bool | None = None, langs: tuple[str, ...] | None = None) -> list:
    """One list from the sequence tables ``name`` of every language (registry order)."""
    return [item for table in tables(name, spaced=spaced, langs=langs) for item in table]


def alternation(name: str, *, spaced: bool | None = None, langs: tuple[str, ...] | None = None) -> str:
    """The regex texts ``name`` of every language joined as one alternation (empty ones left out)."""
    return "|".join(rx for rx in tables(name, spaced=spaced, langs=langs) if rx)


class View:
    """The registry as one reading set sees it: ``tables``, ``merged`` ... over those languages only."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs

    def tables(self, name: str, *, spaced: bool | None = None) -> list:
        return tables(name, spaced=spaced, langs=self.langs)

    def merged(self, name: str, *, spaced: bool | None = None) -> dict:
        return merged(name, spaced=spaced, langs=self.langs)

    def joined(self, name: str, *, spaced: bool | None = None) -> list:
        return joined(name, spaced=spaced, langs=self.langs)

    def alternation(self, name: str, *, spaced: bool | None = None) -> str:
        return alternation(name, spaced=spaced, langs=self.langs)

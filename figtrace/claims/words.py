"""The words around a figure, for one reading set: identifier phrasing, category verbs, head nouns, voices.

``claims.context`` reads a document with the tables of its reading set
(``figtrace.lang.registry.reading_set``): Chinese and English documents with both
languages' words, the others each with its own.  Everything context derives from the
language tables is built here once per reading set (``for_language``); a table no
language of the set gives compiles to a pattern that never matches.
"""
from __future__ import annotations

import functools
import re

from figtrace.lang import registry

# Language-neutral reference numbers; each language adds its own phrasing (第 N 号, paragraph N ...).
NEUTRAL_ID_PATTERNS = [
    r"(?<![\d/])[0-9]{3,6}/[0-9]{2}(?![\d/])",                                   # case 40984/07
    r"(?<![\d/])[0-9]{1,3}/[0-9]{1,3}(?![\d/])",                                 # page 2/13
    r"https?://\S+|www\.\S+",
]
# Furniture and labels found by a pass of their own, never counted: a paragraph or list number
# opening a line ("43.", "7. 儿基会", "(2)", Arabic "10-"); a bracketed reference mark ("[2]",
# "(1) [2]" ending a heading); a barcode ("*2012655*").  Each opens with a plain character or a
# line start, so that the engine skips the rest of the text fast.
# A paragraph number also stands mid-line where layout joined its paragraph to the one before:
# in Chinese "N." before a Chinese character is never a number ("……不相符。 55. 联检组……",
# "……目标， 1. 欢迎……", full-width "112．接管"), in English after a full stop and before a
# capital ("... regular budget. 23. In reviewing ...").
_LINE_NUMBER_RE = re.compile(r"(?m)^[ \t]*(?:[0-9]{1,3}[.．](?![0-9])|\([0-9]{1,3}\)(?=\s))"
                             r"|(?<![0-9A-Za-z.,．])[0-9]{1,3}[.．](?=[ \t]*[\u4e00-\u9fff])|(?<=[.!?;:] )[0-9]{1,3}\.(?= +[A-Z])")
_LINE_NUMBER_DASH_RE = re.compile(r"(?m)^[ \t]*[0-9]{1,3}\s?[-–](?=\s)")  # Arabic: "10- اتفقت", "51 - وواصل"
_REFERENCE_MARK_RE = re.compile(r"\[[0-9]{1,3}\]|\([0-9]{1,2}\)(?=\s*\[)")  # not "Asia (7)": 7 States
_BARCODE_RE = re.compile(r"\*[0-9]{7}\*")
_GLUED_MARK_RE = re.compile(r"(?<=[^\s(])\([0-9]{1,3}\)(?![\w(])")  # a footnote mark glued to a word: "2014(42)"
_DIGIT = "[0-9]"
_DIGIT_TAILS = [
    r"[0-9]?[:：][0-5][0-9](?![0-9])",                                                   # 10:30
    r"[0-9]-[0-9]{5}(?![0-9])(?:\s*\([A-Z]\))?(?:\s+[0-9]{6}(?![0-9]))?(?:\s+\*[0-9]{7}\*)?",  # 20-12655 (E) 011020
    r"[0-9]{1,2}(?:\s|-)?(?:mm|毫米)(?![A-Za-z])",                                        # 122 mm
    r"(?<=[A-Z][0-9])[0-9A-Z]*",                                                          # UF6, H5N1
    r"(?<=[A-Z\u4e00-\u9fff]-[0-9])[0-9]*",                                               # U-235, 铀-235, COVID-19
]


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled; one that no registered language gives ("" or "[]") never matches."""
    return re.compile(pattern if pattern.strip("[]") else "(?!)", flags)


def boundary_last(alternation: str) -> str:
    r"""``\bword\b`` alternatives rewritten as ``word(?<!\wword)\b`` (same matches).

    When every alternative opens with a plain character the regex engine can skip to those
    characters in C; a leading ``\b`` makes it try the whole pattern at every position.
    """
    return re.sub(r"\\b(\w+)\\b", r"\1(?<!\\w\1)\\b", alternation)


def _by_key(v: registry.View, table: str) -> dict[str, str]:
    """Each key's regex texts of every language joined as one alternation (key order: first seen)."""
    out: dict[str, str] = {}
    for entries in v.tables(table):
        for key, rx in entries.items():
            out[key] = f"{out[key]}|{rx}" if key in out else rx
    return out


class ClaimWords:
    """Every table and pattern ``claims.context`` reads a document of one reading set with."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        v = registry.View(langs)
        self.langs, self.shared = langs, langs == registry.SHARED_READING
        self._figures(v)
        self._identifiers(v)
        self._voices(v)

    def _figures(self, v: registry.View) -> None:
        # Predicate words after (or before) a count -> category; only for counts of people.
        self.category_verbs = _by_key(v, "CATEGORY_VERBS")
        self.verbs = compiled("|".join(f"(?P<{cat}>{rx})" for cat, rx in self.category_verbs.items()), re.IGNORECASE)
        # Head nouns -> (category when no predicate says otherwise, unit).  Longest first wins.
        self.head_nouns: dict[str, tuple[str, str]] = {k.lower(): val for k, val in v.merged("HEAD_NOUNS").items()}
        self.head = compiled("|".join(re.escape(k) for k in sorted(self.head_nouns, key=len, reverse=True)), re.IGNORECASE)
        self.stop = compiled(v.alternation("SUBJECT_STOPS"), re.IGNORECASE)
        self.subject_skips = frozenset(v.joined("SUBJECT_SKIPS"))  # "613 of the civilians": words before the noun
        # A figure is hypothetical when its clause leads to it with an avoidance/possibility word,
        # when a condition opens its sentence before it, or when a modal follows it in its clause.
        self.hypo = compiled(v.alternation("HYPOTHETICAL_BEFORE"))
        self.condition = compiled(v.alternation("CONDITIONS"))
        self.hypo_after = compiled(v.alternation("HYPOTHETICAL_AFTER"))
        self.breakdown = compiled(v.alternation("BREAKDOWN"), re.IGNORECASE)
        self.breakdown_end = re.compile(rf"[；;؛]|{v.alternation('BREAKDOWN_END') or '(?!)'}", re.IGNORECASE)
        if self.shared:  # the pattern as it was before other languages came
            self.breakdown_end = re.compile(rf"[；;]|{v.alternation('BREAKDOWN_END')}", re.IGNORECASE)
        # Coordinated figures and clauses: "killed 21 and injured 70" (a predicate governs the next figure
        # only when no coordination stands between them).
        ands = [re.escape(w) for w in v.joined("PAIR_WORDS", spaced=True) if w[:1].isalpha()]
        self.coordination = re.compile(r"\band\b|\bor\b|[,，、；;和及或]" if self.shared else
                                       rf"\b(?:{'|'.join(ands) or '(?!)'})\b|[,،;؛]")
        # Dates joined into one group (3 月底和 4 月初, "du 3 au 5 mars"), and "since X" (自 X 以来).
        self.coordinators = re.compile(rf"\s*(?:{'|'.join(map(re.escape, v.joined('COORDINATORS')))}|-|–)\s*", re.IGNORECASE)
        self.since = [(re.compile(before), after and re.compile(after), reach) for before, after, reach in v.tables("SINCE")]

    def _identifiers(self, v: registry.View) -> None:
        letters = "".join(v.tables("LETTERS")) or "A-Za-z"
        times = [rx[len(_DIGIT):] for rx in v.tables("TIME_OF_DAY") if rx.startswith(_DIGIT)]
        # The labels that open with a digit, as one pattern "a digit, then one of the tails", so that the
        # text's digits are read once: a time of day in the set's languages ("11时15分", "At 1310",
        # "10 a.m.", "10:30"); a job-number footer left in the body ("20-12655 (E) 011020 *2012655*");
        # a weapon's calibre ("122 mm", "122毫米"); a code joined to letters ("UF6", "U-235", "COVID-19").
        digit_led = re.compile(rf"{_DIGIT}(?<![0-9][0-9])(?:{'|'.join([*times, *_DIGIT_TAILS])})")
        lines = (_LINE_NUMBER_RE,) if self.shared else (_LINE_NUMBER_RE, _LINE_NUMBER_DASH_RE, _GLUED_MARK_RE)
        self.passes = (*lines, _REFERENCE_MARK_RE, _BARCODE_RE, digit_led)
        self.id_patterns = v.joined("IDENTIFIER_PATTERNS") + NEUTRAL_ID_PATTERNS
        self.id_re = re.compile("|".join(f"(?:{p})" for p in self.id_patterns), re.IGNORECASE)
        # Every identifier pattern starts at one of these: scan from them only (keeps masking fast).
        # Tokens: an opener character (第/议/《); a whole ASCII digit run, but only when a "/" or an
        # ordinal suffix follows it (the only identifiers that start with a digit); a whole letter
        # run.  The pattern opens with one character class so that the regex engine skips
        # everything else in C.
        self.openers = "".join(v.tables("IDENTIFIER_OPENERS"))
        suffixes = "|".join(v.joined("ORDINAL_SUFFIXES")) or "(?!)"
        opener = rf"(?<=[{self.openers}])|" if self.openers else ""
        self.scan = re.compile(rf"[{self.openers}0-9{letters}](?:{opener}"
                               rf"(?<=[0-9])(?<![0-9][0-9])[0-9]*(?=/|(?i:{suffixes}))"
                               rf"|(?<=[{letters}])(?<![{letters}][{letters}])[{letters}]*)")
        self.run = re.compile(rf"[0-9]+|[{letters}]+")  # the token at a scan's start may be a cut run
        self.letter = re.compile(f"[{letters}]")
        self.id_words = frozenset(w.lower() for w in v.joined("IDENTIFIER_WORDS")) | {"http", "https", "www"}

    def _voices(self, v: registry.View) -> None:
        self.speech_verbs = v.alternation("SPEECH_VERBS")
        self.speech = compiled(boundary_last(self.speech_verbs))
        self.pronouns = tuple(v.joined("PRONOUNS"))
        self.impersonal = tuple(v.joined("IMPERSONAL"))  # "应特别指出", "we note": the author's own voice
        self.framed = compiled("|".join(v.joined("SPEAKER_FRAMES")))  # 正如 X 所说: the speaker inside the frame
        self.lead = compiled("|".join(v.joined("SPEAKER_LEADS")))  # according to X
        self.title = compiled(v.alternation("TITLE_SPEAKER"))  # a work named before the figure: 《X》
        self.prep = compiled(f"[{''.join(v.tables('SPEAKER_PREPOSITIONS'))}]")  # "X 向安理会指出": X ends there
        self.adverb_tail = compiled(f"({'|'.join(map(re.escape, v.joined('SPEAKER_TRAILING_WORDS')))})+$")
        reported = v.alternation("REPORTED_VERBS")
        self.reported = compiled(reported and rf"({reported})[，,：:،]")
        if self.shared:
            self.reported = compiled(reported and rf"({reported})[，,：:]")


@functools.cache
def _for_set(langs: tuple[str, ...]) -> ClaimWords:
    return ClaimWords(langs)


def for_language(language: str | None) -> ClaimWords:
    """The words a document in ``language`` is read with (built once per reading set)."""
    return _for_set(registry.reading_set(language))

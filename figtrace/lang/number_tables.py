"""The number grammar's tables and patterns for one reading set (``registry.reading_set``).

``numerals``, ``numbers``, ``numbers_after`` and ``numbers_guard`` read a document with the
tables of its reading set: Chinese and English documents with both languages' words, a
French one with French words only, and so on (``registry`` says why).  Everything those
modules derive from the language tables is built here once per reading set (``for_language``)
and handed to their functions as ``t``.  Where a language gives no table the pattern built
from it never matches (``_never``), so a language may give only what it has.

Digits are read in the reading set's convention (``GROUP_SEPARATORS``, ``DECIMAL_MARKS``):
"1,000.5" in Chinese and English, "1 000,5" in French and Russian, "1.000,5" in Spanish;
Arabic writes space-grouped figures lowest group first (``GROUPS_REVERSED``: "000 2" is
2 000).  Text in a script with its own digits (Arabic-Indic ٠١٢) is read through
``reading_text``, which writes them as ASCII digits at the same offsets.

>>> t = for_language("fr")
>>> t.langs, bool(t.grouped.fullmatch("1 000,5")), bool(for_language("en").grouped.fullmatch("1 000,5"))
(('fr',), True, False)
>>> reading_text("٢٠١٥ و٣٠٫٥٪", "ar")
'2015 و30.5%'
"""
from __future__ import annotations

import functools
import re

from figtrace.lang import registry
from figtrace.lang.shapes import COMPARISON_SIGNS, CURRENCY_SIGNS, GROUP_SEPARATOR, alt
from figtrace.lang.shapes import DIGIT as _D

TIME_UNITS = {"days": "days", "years": "years", "months": "months", "weeks": "weeks", "hours": "hours",
              "minutes": "minutes", "decades": "decades"}  # the normalised units a duration has
_DEFAULT_DECIMAL = "[.．]"
_CJK_START = 0x2E80  # the first code point of the CJK blocks: letters below it are written between spaces
# Arabic-Indic and Eastern Arabic-Indic digits, the Arabic decimal and thousands marks and percent
# sign, written as ASCII (one character for one: offsets stay).
_SCRIPT_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")
_MARKS = str.maketrans("", "", "\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652")  # Arabic vowel marks, tatweel


def _never(rx: str) -> str:
    """``rx``, or a pattern that never matches when no language gave one (an empty one would match everywhere)."""
    return rx if rx else "(?!)"


def folded(word: str) -> str:
    """A word as the tables key it: lower case, Arabic vowel marks and tatweel left out ("مدنياً" -> "مدنيا")."""
    return word.lower().translate(_MARKS)


def is_spaced_word(s: str) -> bool:
    """True when ``s`` opens with a letter of a script written between spaces (Latin, Cyrillic, Arabic ...)."""
    return bool(s) and s[0].isalpha() and ord(s[0]) < _CJK_START


def reading_text(text: str, language: str | None) -> str:
    """``text`` as the grammars read it: Arabic-Indic digits as ASCII (same length, same offsets).

    Only documents whose reading set writes such digits are translated; others are returned as they are.
    """
    return text.translate(_SCRIPT_DIGITS) if for_language(language).script_digits else text


def _loose(word: str) -> str:
    """A run-together word whose characters may stand apart: 小于 或 等于."""
    return r"\s*".join(map(re.escape, word))


class NumberTables:
    """Every table and pattern of the number grammar for the reading set ``langs``."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        v = registry.View(langs)
        self.langs = langs
        self.shared = langs == registry.SHARED_READING  # Chinese and English: the grammar as it grew
        self.script_digits = any(getattr(registry.LANGUAGES[c], "SCRIPT_DIGITS", False) for c in langs)
        self.letters = "".join(v.tables("LETTERS"))
        self._numerals(v)
        self._quantities(v)
        self._after(v)
        self._guard(v)

    # ------------------------------------------------------------------ numerals (numerals.py)
    def _numerals(self, v: registry.View) -> None:
        self.multipliers: dict[str, float] = v.merged("MULTIPLIERS")
        self.suffixes = sorted(self.multipliers, key=len, reverse=True)  # "千万" before "万"
        self.number_words: dict[str, int] = v.merged("NUMBER_WORDS")
        self.hundreds: dict[str, int] = v.merged("NUMBER_HUNDREDS")
        self.joiners = frozenset(v.joined("NUMBER_JOINERS"))
        self.one_articles = frozenset(v.joined("NUMBER_ARTICLES"))
        self.halves = frozenset(v.joined("NUMBER_HALVES"))
        self.dozens: dict[str, int] = v.merged("NUMBER_DOZENS")
        self.word_scales = {k: val for k, val in self.multipliers.items() if k.isascii() and k.isalpha()}
        self.spelled_scales = {k.lower(): val for k, val in self.multipliers.items() if is_spaced_word(k)}
        self.word_prefixes = tuple(v.joined("NUMBER_WORD_PREFIXES"))  # Arabic و (and) glued to a word
        self.duals: dict[str, float] = v.merged("NUMBER_DUALS")  # Arabic "ألفا" first: two thousand
        sep = "|".join(v.tables("GROUP_SEPARATORS")) or GROUP_SEPARATOR
        dec = "|".join(v.tables("DECIMAL_MARKS")) or _DEFAULT_DECIMAL
        self.reversed_groups = any(v.tables("GROUPS_REVERSED"))
        # where a dot groups thousands ("1.000", Spanish), a dot before one digit groups nothing: it is
        # a decimal point after all, as in the English figures some texts keep ("30.4 millones", es.txt:2157;
        # two digits are a time: "a las 12.40 horas", es.txt:34)
        short_dot = r"|[.](?=[0-9](?![0-9]))" if "." in sep else ""
        self.sep, self.dec = f"(?:{sep})", f"(?:{dec}{short_dot})"
        rev = rf"[0-9]{{3}}(?:{self.sep}[0-9]{{3}})*{self.sep}[1-9][0-9]{{0,2}}(?![0-9])|" if self.reversed_groups else ""
        self.grouped = re.compile(rf"(?P<int>{rev}[0-9]{{1,3}}(?:{self.sep}[0-9]{{3}})+|[0-9]+)(?:{self.dec}(?P<frac>[0-9]+))?")

    # ------------------------------------------------------------------ quantities (numbers.py)
    def _quantities(self, v: registry.View) -> None:
        self.pre_qualifiers: dict[str, str] = v.merged("PRE_QUALIFIERS")
        self.vague: dict[str, tuple] = {k.lower(): val for k, val in v.merged("VAGUE").items()}
        self.vague_needs_after = {k: re.compile(rx) for k, rx in v.merged("VAGUE_NEEDS_AFTER").items()}
        self.pair_words = frozenset(w.lower() for w in v.joined("PAIR_WORDS") + v.joined("NUMBER_PAIR_WORDS"))
        self.pre_reversed = self._reversed_pre(v)
        self.pre_keys = {self.pre_key(w): q for w, q in (self.pre_qualifiers | COMPARISON_SIGNS).items()}
        mult_run = alt(v.merged("MULTIPLIERS", spaced=False))  # 千万, 万亿, 万 ...: right after the digits
        mult_spaced = alt(v.merged("MULTIPLIERS", spaced=True))  # thousand, million ...: after a space
        self.mult_run = mult_run
        # "(80) million US dollars" (en.txt:2836): a bracketed number before its scale is the number
        paren = r"(?:(?:(?<=\([0-9])|(?<=\([0-9]{2})|(?<=\([0-9]{3}))\)(?=\s+[^\W\d_]))?"
        mult = rf"(?:{paren}\s*(?P<mult>{_never(mult_run)})|{paren}\s+(?P<mult_w>{_never(mult_spaced)})(?!\w))"
        run_words = v.joined("RANGE_WORDS", spaced=False) + v.joined("PAIR_WORDS", spaced=False) + v.joined("NUMBER_PAIR_WORDS")
        range_sep = "|".join(filter(None, [alt(run_words), "~|～|–|—|-",
                                           *(rf"\b{re.escape(w)}\b" for w in v.joined("RANGE_WORDS", spaced=True))]))
        pct_sep = "|".join(filter(None, [alt(v.joined("RANGE_WORDS", spaced=False)), "~|～|–|—|-"]))
        plus = _never(alt(v.joined("PLUS_WORDS")))
        letters = self.letters
        # not part of a longer token; after a colon only when the colon follows no digit: "10:30" is a time,
        # "人口：61 777" a label and its figure
        not_after = rf"(?<![0-9０-９{letters}.．,/／_\-−－+^%=])(?<![0-9０-９][:：])"
        # or glued to a currency that lost its space in the PDF's text: "Euro131 million" (en.txt:2474)
        glued = "".join(rf"|(?<=\b{re.escape(w)})" for w in v.joined("CURRENCY_GLUED"))
        dig2 = self._digits()
        mixed = _never(v.alternation("NUMERAL_MIXED"))  # 3万4000, 5万4千6百
        numerals = _never(v.alternation("NUMERAL_PATTERN"))  # 三千五百, twenty-five ...
        vague = self._run_and_spaced(v, "VAGUE")
        pct = alt(v.joined("PERCENT_BEFORE"))
        self.core = re.compile(
            rf"(?:(?P<vague>{_never(vague)})"
            rf"|(?P<pct>{_never(pct)})?(?P<num>{not_after}(?:{mixed})|(?:{not_after}{glued}){dig2}|{numerals})"
            rf"(?:\s*(?P<plus1>{plus}))?{mult}?(?:\s*(?P<plus2>{plus})(?P<mult3>{_never(mult_run)})?)?"
            # "3%到5%" (zh.txt:2160), "3%-5%": a percent sign on both ends is still one range when a dash or
            # a run-together word joins them ("de 12,9 % à 31,1 %" after a verb of change is two values, fr.txt:2253)
            rf"(?P<range>(?:(?P<pct1>\s*[%％])(?=\s*(?:{pct_sep})))?\s*(?P<rsep>{range_sep})\s*(?P<num2>{mixed}|{dig2}|{numerals})"
            rf"(?:\s*(?P<mult2>{_never(mult_run)})|\s+(?P<mult2_w>{_never(mult_spaced)})(?!\w))?(?(pct1)(?=\s*[%％])))?)",
            re.IGNORECASE,
        )
        # Where a numeral of a run-together script counts (before 多/万/a classifier ...).
        self.trigger = re.compile(_never(v.alternation("NUMERAL_TRIGGER", spaced=False)), re.IGNORECASE)
        self.numeral_start = re.compile(_never(v.alternation("NUMERAL_PATTERN", spaced=False)))
        # One cheap scan; candidates are then confirmed with ``trigger`` (numeral characters) or
        # ``trigger_words`` (number words).  Tokens: digit runs, letter runs, one numeral character.
        # The pattern opens with one character class (the run's kind is then told by a lookbehind):
        # only then does the regex engine skip other text in C.
        scan_chars = "".join(v.tables("SCAN_CHARS"))
        self.scan = re.compile(rf"[0-9０-９{letters}{scan_chars}]"
                               rf"(?:(?<=[0-9０-９])[0-9０-９]*|(?<=[{letters or 'A'}])[{letters or 'A'}]*|)")
        self.trigger_words = frozenset(w.lower() for w in v.joined("TRIGGER_WORDS"))
        self.trigger_needs = {w: re.compile(rx, re.IGNORECASE) for w, rx in v.merged("TRIGGER_NEEDS").items()}
        self.between_after = re.compile(_never(v.alternation("BETWEEN_AFTER")))
        # "has grown from 31 to 56 per cent": a verb of change before "from" makes the two numbers a change
        self.change_before = re.compile(rf"(?:{_never(v.alternation('CHANGE_BEFORE'))})\s*$", re.IGNORECASE)
        # "高于80%的既定基准": a qualifier before a standard's value compares with the standard (the value is exact)
        self.standard_after = re.compile(_never(v.alternation("STANDARD_AFTER")))
        self.bound_joiners = re.compile(_never("|".join(f"(?:{rx})" for rx in v.tables("BOUND_JOINERS"))), re.IGNORECASE)
        self.scale_of = ({k.lower(): val for k, val in self.multipliers.items()} | {"hundred": 100.0, "百": 100.0, "千": 1000.0}
                         | {k.lower(): float(val) for k, val in self.hundreds.items()})
        self.pre_last_chars = frozenset(w[-1] for w in v.merged("PRE_QUALIFIERS", spaced=False)) | frozenset(
            "".join(v.tables("PRE_FILLERS")).replace("|", "")) | frozenset("".join(COMPARISON_SIGNS)) | frozenset(
            "" if self.shared else "'’") | frozenset(CURRENCY_SIGNS)  # "plus d'un million": an elided qualifier ends with an apostrophe

    def _digits(self) -> str:
        """A digit run as the reading set groups it: "1 000", "1,000.5" (shared), "1.000,5", "000 2" (reversed)."""
        if self.shared:
            sep = GROUP_SEPARATOR
            return rf"(?:{_D}{{1,3}}(?:{sep}{_D}{{3}})+|{_D}+)(?:[.．]{_D}+)?(?!{_D})"
        rev = rf"{_D}{{3}}(?:{self.sep}{_D}{{3}})*{self.sep}[1-9]{_D}{{0,2}}(?!{_D})|" if self.reversed_groups else ""
        return rf"(?:{rev}{_D}{{1,3}}(?:{self.sep}{_D}{{3}})+(?!{_D})|{_D}+)(?:{self.dec}{_D}+)?(?!{_D})"

    def _reversed_pre(self, v: registry.View) -> re.Pattern:
        """The qualifiers before a number, written backwards: matched at the start of the reversed text
        before the number (one anchored match instead of a search for an end): run-together words
        (guarded: 最近 is not 近), spaced words, signs, then the fillers of 至少有 72."""
        run, guards = v.merged("PRE_QUALIFIERS", spaced=False), v.merged("PRE_QUALIFIER_GUARDS")
        run_rx = "|".join(_loose(w[::-1]) + (f"(?![{guards[w]}])" if w in guards else "")
                          for w in sorted(run, key=len, reverse=True))
        spaced = "|".join(re.escape(w[::-1]).replace(r"\ ", r"\s+") for w in
                          sorted(v.merged("PRE_QUALIFIERS", spaced=True), key=len, reverse=True))
        fillers = "|".join(_loose(f[::-1]) for rx in v.tables("PRE_FILLERS") for f in rx.split("|"))
        signs = "|".join(_loose(w[::-1]).replace(r"\ ", r"\s*") for w in sorted(COMPARISON_SIGNS, key=len, reverse=True))
        pre = "|".join(filter(None, [run_rx, signs]))
        fill = f"(?:{fillers})?" if fillers else ""
        gap = r"\s+" if self.shared else r"(?:\s+|(?=['’]))"  # "plus d'un million": an elided qualifier touches the number
        # a currency sign may stand between the qualifier and the figure: "a maximum of $299,589", "up to US$ 5"
        return re.compile(rf"\s*(?:[{CURRENCY_SIGNS}](?:SU)?\s*)?{fill}(?:(?P<pre>{pre})|{gap}(?P<pre_w>{_never(spaced)})\b)",
                          re.IGNORECASE)

    def pre_key(self, word: str) -> str:
        """The table key of a qualifier as matched: spaces dropped (run-together) or single (spaced)."""
        if (word.isascii() if self.shared else is_spaced_word(word)) and word[:1].isalpha():
            return " ".join(word.lower().split())
        return re.sub(r"(?<=[^<>])\s+", "", word)

    def spaced_number(self, raw: str) -> bool:
        """True when a number as written belongs to a language written between spaces (its noun follows a space)."""
        return raw.isascii() if self.shared else not any(ord(c) >= _CJK_START for c in raw)

    def is_words(self, raw: str) -> bool:
        """True when a number is written in words ("twenty", "vingt", "двадцать"), not digits or characters."""
        return (raw.isascii() if self.shared else is_spaced_word(raw)) and raw[:1].isalpha()

    @staticmethod
    def _run_and_spaced(v: registry.View, table: str) -> str:
        """An alternation of a word table: run-together words as they are, spaced words wrapped."""
        run = alt(v.merged(table, spaced=False))
        spaced = alt(v.merged(table, spaced=True))
        return "|".join(filter(None, [run, spaced and rf"\b(?:{spaced})\b"]))

    # ------------------------------------------------------------------ after a number (numbers_after.py)
    def _after(self, v: registry.View) -> None:
        self.classifiers: dict[str, str | None] = v.merged("CLASSIFIERS")
        self.noun_units: dict[str, str | None] = {k.lower(): u for k, u in v.merged("NOUN_UNITS").items()}
        # "the 20-year review" (en.txt:2642), "a five-day visit": a time unit joined by a hyphen (not "20-year-old")
        self.hyphen_unit = re.compile(rf"[-‐](?P<noun>{_never(alt(v.merged('TIME_WORDS', spaced=True)))})\b(?![-‐]old)",
                                      re.IGNORECASE)
        self.post_qualifiers: dict[str, str] = v.merged("POST_QUALIFIERS")
        self.comparatives: dict[str, str] = v.merged("COMPARATIVES")
        self.compounds = v.merged("CLASSIFIER_COMPOUNDS")
        self.noun_stops = frozenset(v.joined("NOUN_STOPS"))
        self.noun_skips = frozenset(v.joined("NOUN_SKIPS"))
        letters = self.letters or "A-Za-z"
        self.classifier = re.compile(rf"\s*(?P<cls>{_never(alt(self.classifiers))})")
        self.noun = re.compile(rf"\s+(?P<noun>[{letters}][{letters}\-]*)")
        self.percent = re.compile(rf"\s*(?:%|{v.alternation('PERCENT_AFTER')})" if v.alternation("PERCENT_AFTER")
                                  else r"\s*%", re.IGNORECASE)
        self.tenths = re.compile(v.alternation("TENTHS")) if v.alternation("TENTHS") else None
        spaced_posts = alt(v.merged("POST_QUALIFIERS", spaced=True))
        posts = "|".join(filter(None, [alt(v.merged("POST_QUALIFIERS", spaced=False)),
                                       spaced_posts and rf"(?:{spaced_posts})\b"]))
        # A qualifier after the figure, unless a number follows it ("5000 or less than 6000": two figures).
        self.post = re.compile(rf"\s*(?P<post>{_never(posts)})(?!\s*(?:than\b|[0-9０-９]))", re.IGNORECASE)
        self.compare = re.compile(rf"\s*(?P<cmp>{alt(self.comparatives)})") if self.comparatives else None

    # ------------------------------------------------------------------ refusals (numbers_guard.py)
    def _guard(self, v: registry.View) -> None:
        letters = self.letters or "A-Za-z"
        self.idiom = re.compile(_never("|".join(sorted(map(re.escape, v.joined("IDIOMS")), key=len, reverse=True))))
        chars = "".join(v.tables("NOT_AFTER_CHARS"))
        self.ordinal_before = re.compile(rf"(?:{'|'.join([*map(re.escape, v.joined('ORDINAL_BEFORE')), '#'])})\s*$"
                                         rf"|{_never(chars and f'[{chars}]')}$")
        self.one_after_chars = "".join(v.joined("ONE_NOT_AFTER", spaced=False))
        self.one_after_words = re.compile(rf"\b(?:{_never('|'.join(v.joined('ONE_NOT_AFTER', spaced=True)))})\s+$", re.IGNORECASE)
        self.id_word_before = re.compile(rf"\b(?:{_never(v.alternation('IDENTIFIER_NOUNS_BEFORE'))})\s*$", re.IGNORECASE)
        self.designator_after = re.compile(rf"\s*(?:{_never(v.alternation('DESIGNATORS_AFTER'))})")
        # Glued to a letter, a digit group or a code: "40k", "1.1^23", "1,3", "192.168", "2/3", "１５Ｋ".
        self.glued_after = re.compile(rf"[{letters}0-9０-９Ａ-Ｚａ-ｚ^]|[-/:：／][0-9０-９]|[.．][0-9０-９]|,[0-9]")
        self.year_after = re.compile(rf"\s*(?:{_never(v.alternation('YEAR_AFTER'))})")
        self.negative = re.compile(rf"(?:{_never(v.alternation('NEGATIVE_BEFORE'))}|[−－]\s*$)", re.IGNORECASE)
        self.before = re.compile(_never(v.alternation("NOT_WHOLE_BEFORE")), re.IGNORECASE)
        self.one_ratio = re.compile(_never(v.alternation("ONE_RATIO_AFTER")), re.IGNORECASE)
        self.spaced_before = re.compile(_never(v.alternation("NUMERALS_SPACED_BEFORE")))
        self.after = re.compile(_never(v.alternation("NOT_WHOLE_AFTER")), re.IGNORECASE)
        self.after_scale = re.compile(_never(v.alternation("AFTER_SCALE")), re.IGNORECASE)
        self.span_res = [re.compile(rx, re.IGNORECASE) for rx in v.tables("NOT_WHOLE_SPAN")]
        self.scale_words = frozenset(k.lower() for k in self.multipliers | self.hundreds
                                     if (k.isascii() if self.shared else is_spaced_word(k)))
        self.word_after = re.compile(rf"\s+([{letters}][{letters}\-]*)")
        self.noun_stops_all = frozenset(v.joined("NOUN_STOPS")) | frozenset(v.joined("NOUN_SKIPS"))
        self.subject_verbs = frozenset(v.joined("SUBJECT_VERBS"))
        after_noun = v.alternation("NUMBER_AFTER_NOUN")  # a number written after the noun it counts (Arabic "الدول الخمس")
        self.after_noun = re.compile(after_noun) if after_noun else None
        # Every character a pattern of what comes before a number can end with (see ``before_text``).
        sources = [*v.joined("ORDINAL_BEFORE"), "#−－", *v.tables("NOT_AFTER_CHARS"),
                   *(rx for name in ("IDENTIFIER_NOUNS_BEFORE", "NEGATIVE_BEFORE", "NOT_WHOLE_BEFORE",
                                     "NUMERALS_SPACED_BEFORE") for rx in v.tables(name))]
        letter = re.compile(f"[{letters}]")
        self.letter_chars = frozenset(c for c in map(chr, range(_CJK_START)) if c.isascii() and c.isalpha() or letter.match(c))
        self.before_gate = frozenset("".join(sources)) | self.letter_chars
        words = "|".join(sorted(map(re.escape, self.number_words), key=len, reverse=True))
        self.number_word_after = re.compile(rf"[\s-]+(?:{_never(words)})\b", re.IGNORECASE)


@functools.cache
def _for_set(langs: tuple[str, ...]) -> NumberTables:
    return NumberTables(langs)


def for_language(language: str | None) -> NumberTables:
    """The number tables a document in ``language`` is read with (built once per reading set)."""
    return _for_set(registry.reading_set(language))

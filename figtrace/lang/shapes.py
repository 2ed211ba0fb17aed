"""What the language modules share: digit shapes, the record a date pattern is, one helper.

Nothing here belongs to a language: ASCII and full-width digits, the separators a
grouped figure may carry, the dashes of a range.  A language module (``zh``, ``en`` ...)
builds its patterns from these and its own words; the grammars (``numbers``, ``dates``)
combine the patterns of every registered language.

>>> alt(["超过", "逾", "不超过"])
'不超过|超过|逾'
"""
from __future__ import annotations

import re
from typing import NamedTuple

DIGIT = "[0-9０-９]"  # one digit, ASCII or full-width
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
GROUP_SEPARATOR = "[,，  \u2009\u202f]"  # "1 000", "1,000", "1，000", thin spaces
DASHES = ("-", "–", "—")  # a range written with a dash: "1992-1994"
CURRENCY_SIGNS = "$€£¥"  # signs written before a figure ("$5.8 million"): a qualifier may stand before them
# Comparison signs before a number, in any language: symbol -> qualifier.
COMPARISON_SIGNS = {"≥": "at_least", "≤": "at_most", ">=": "at_least", "<=": "at_most", "> =": "at_least",
                    "< =": "at_most", ">": "more_than", "<": "less_than"}


def alt(words) -> str:
    """An alternation of ``words``, escaped, longest first (so that "不超过" wins over "超过")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def ungrouped(regex: str) -> str:
    """``regex`` with its named groups made non-capturing (to embed it where names would clash).

    >>> ungrouped("(?P<y>[0-9]{4})年")
    '(?:[0-9]{4})年'
    """
    return re.sub(r"\(\?P<\w+>", "(?:", regex)


def with_date(pattern: str, written_day: str) -> str:
    """A title pattern with its ``{date}`` slot filled by a language's written full date."""
    return pattern.replace("{date}", written_day)


class DatePattern(NamedTuple):
    """One way a language writes a date.

    ``form`` names how the grammar reads it (``day``, ``month``, ``year``, ...: see
    ``figtrace.lang.dates.FORMS``); ``roles`` names the regex's groups in order (``y``,
    ``m``, ``d``, ``mon`` for a month name, ``part`` for 底/late, ``y2`` ... for a range's
    end); ``surface`` names the one group that is the mention, when the match holds more
    ("in 1993" -> "1993").
    """

    name: str
    form: str
    roles: tuple[str, ...]
    regex: str
    surface: str | None = None


def neutral_dates(code: str, not_counted: str = "") -> tuple[list[DatePattern], list[DatePattern]]:
    """The all-digit date forms languages written with spaces share, named for ``code``: (those tried
    first - ISO "2015-03-31", all-digit "31.03.2015" - and the one tried last, a bare range of years
    "2014-2015", unless ``not_counted`` refuses what follows it: "2014-2015 personnes")."""
    first = [
        DatePattern(f"{code}_iso", "day", ("y", "m", "d"),
                    rf"(?<![0-9/.\-])({DIGIT}{{4}})[-/.]({DIGIT}{{1,2}})[-/.]({DIGIT}{{1,2}})(?![0-9]|[/.\-][0-9])"),
        DatePattern(f"{code}_numeric", "numeric", ("a", "b", "y"),
                    rf"(?<![0-9/.\-])({DIGIT}{{1,2}})[/.\-]({DIGIT}{{1,2}})[/.\-]({DIGIT}{{4}})(?![0-9]|[/.\-][0-9])"),
    ]
    last = [DatePattern(f"{code}_ybare", "year_range", ("y", "join", "y2"),
                        rf"(?<![0-9/.\-])((?:1[5-9]|20){DIGIT}{{2}})\s*(-|–|/)\s*((?:1[5-9]|20)?{DIGIT}{{2}})"
                        rf"(?![0-9]|[/.\-][0-9]){not_counted}")]
    return first, last


# A run of four digits that may be a year (19xx, 20xx) may start a date whatever follows it: the
# bare-year forms below (and "and 2004") decide from what stands around it.  A date grammar's
# DATE_FOLLOWERS alternative.
YEAR_TOKEN = r"(?<=(?<![0-9０-９])(?:19|20)[0-9]{2})(?![0-9０-９])"  # a whole digit run, full-width digits too ("1990０７")
# After a month name, a year with a footnote mark glued to it in a PDF's text: "septembre 201442" is
# September 2014 and note 42 (unpc-dev fr.txt:1818); the mark, one to three digits, ends the digit run.
YEAR_MARK = r"(?=[0-9]{1,3}(?:[.,;:)]|\s|$))"
YEAR_MARKED = rf"({DIGIT}{{4}})(?:\b(?![-–/]?[0-9])|{YEAR_MARK})"  # a year (not "2014-2015"), or one marked so
_BARE_YEAR = rf"((?:19|20){DIGIT}{{2}})(?![0-9])"


def bare_years(code: str) -> list[DatePattern]:
    """The forms where a year stands alone, named for ``code``, in any language written with spaces.

    - in brackets after a name: "Guyana* (2015)", "Welfare (2008)", "(2013 and 2014)" - never after
      a number ("1746 (2007)", "No. 169 (1989)": the year of a symbol, not a date);
    - after a comma that follows a word, closing a title or a list item: "treaties, 2011;",
      "from Ships, 1973, as modified", "by rank, 2013" (a table's heading), "الرتبة، 2013" - a
      figure after a word and a comma runs on ("Of these, 2013 were"), a date does not.
    """
    return [
        DatePattern(f"{code}_year_bracket", "year", ("y",),
                    rf"(?<=\()(?<![0-9]\()(?<![0-9] \()(?<![0-9]\s\(){_BARE_YEAR}"
                    rf"(?=\)|(?:\s*,\s*|\s+(?:and|et|y|и|و)\s+)(?:19|20){DIGIT}{{2}}[^()]*\))"),
        DatePattern(f"{code}_year_comma", "year", ("y",),
                    rf"(?<=[^\W\d_)][,،] ){_BARE_YEAR}(?=\s*[,;:)،]|\.(?![0-9])|[ \t]*(?:\n|$))"),
    ]


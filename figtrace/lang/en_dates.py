"""English dates and durations: "12 January 2021", "from 31 March to 3 April 2015", "Q3 2015", "the 1990s",
"in 1997 and 2004", "Guyana (2015)", "two and a half years", "five minutes" (the tables ``en`` gives; data only).

Each pattern's roles are read by ``date_forms`` (a day, a month or a year, a part of one, a range
or a pair).  Comments cite the corpus line a form was met on ("en.txt:LINE": ../shared/corpus/unpc-dev).
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import YEAR_MARKED, YEAR_TOKEN, DatePattern, bare_years

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

# ----------------------------------------------------------------------------- dates
MONTH_NAMES = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "oct": 10, "nov": 11, "dec": 12, "sept": 9}
MONTH_PATTERN = ("|".join(m.title() for m in MONTH_NAMES)
                 + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
HIJRI_MONTHS = {  # Hijri month names as UN English transliterates them -> month number
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi i": 3, "rabi al-thani": 4,
    "rabi' al-thani": 4, "rabi al-akhir": 4, "rabi ii": 4, "jumada al-awwal": 5, "jumada al-ula": 5, "jumada i": 5,
    "jumada al-thani": 6, "jumada al-akhirah": 6, "jumada ii": 6, "rajab": 7, "sha'ban": 8, "shaban": 8,
    "ramadan": 9, "ramadhan": 9, "shawwal": 10, "dhu al-qi'dah": 11, "dhu al-qadah": 11, "dhul-qadah": 11,
    "dhu al-hijjah": 12, "dhu al-hijja": 12, "dhul-hijjah": 12,
}
_HIJRI = "|".join(sorted((w.replace(" ", r"\s+").replace("'", "['’]?") for w in HIJRI_MONTHS), key=len, reverse=True))
PART_WORDS = {
    "late": "late", "end of": "late", "the end of": "late", "end-": "late", "early": "early",
    "beginning of": "early", "the beginning of": "early", "the start of": "early", "start of": "early",
    "mid": "mid", "mid-": "mid", "the middle of": "mid", "middle of": "mid",
    "the first half of": "h1", "first half of": "h1", "the second half of": "h2", "second half of": "h2",
    "h1": "h1", "h2": "h2", "q1": "q1", "q2": "q2", "q3": "q3", "q4": "q4",
    "the first quarter of": "q1", "first quarter of": "q1", "the second quarter of": "q2", "second quarter of": "q2",
    "the third quarter of": "q3", "third quarter of": "q3", "the fourth quarter of": "q4", "fourth quarter of": "q4",
    "the last quarter of": "q4", "last quarter of": "q4",
}
CENTURY_WORDS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                 "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
PAIR_WORDS = ("and", ",")  # "30 and 31 March": two days, not a range
RANGE_AFTER = ()
_MON = f"(?:{MONTH_PATTERN})"
_PART = (r"(?i:the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of|end-"
         r"|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of|late|early|mid-?)")
_QPART = r"(?:Q[1-4]|H[12])"  # "Q3 2015": a part that stands before a year only
_DAY = rf"({_D}{{1,2}})(?:st|nd|rd|th)?"
_LEAD = r"(?:((?i:between|from))\s+)?"
_JOIN = r"\s*(-|–|—|to|through|until|and|,)\s*"
_Y = rf"({_D}{{4}})\b(?![-–/]?[0-9])"  # not the start of "2014-2015" or "2014/15" ("2014.42": a footnote glued)
_ISO_SEP = r"[-/.]"
# A bare year is a count before these: "in 1990 cases" (words that count things).
_NOT_COUNTED = (r"(?!\s+(?:people|persons|cases|families|children|women|men|refugees|households|civilians"
                r"|hours|hrs)\b)")  # nor a time of day: "between 1100 and 1200 hours"
# After a bare year, the words that make it a count or a name, not a date.
_COUNTED = (r"(?:people|persons|cases|families|children|women|men|refugees|households|civilians|hours|hrs|troops"
            r"|soldiers|victims|inhabitants|residents|hostages|detainees|states|countries|members|tons|tonnes)\b")
_NAMED_FOR_RESOLUTION = r"(?i:committees?|sanctions|list|regime)\b"
_FUNCTION = r"(?:and|or|to|of|per|were|are|have|had|in|on|at|by|for|from|than|as)\b"
# Capitalised words after which a number is a count, not a year closing a title: "Some 2000 were".
_NOT_TITLE = ("The Of Some About Nearly Almost Over Under Only Approximately Around Roughly Total Totals Just More Less "
              "Fewer At To And Or By In On For From With Than All Each Every No Nos Figure").split()


def _after_word(first: str, skip: list[str]) -> str:
    """A run of lookbehinds (each of fixed width, as Python's re wants): right after a word of 2 to 20
    letters opening with ``first`` and a space, not after one of the words of ``skip``."""
    ahead = "|".join(rf"(?<=\b{first}[a-z]{{{n}}} )" for n in range(1, 20))
    return rf"(?:{ahead})" + "".join(rf"(?<!\b{w} )" for w in skip)


_AFTER_TITLE_WORD = _after_word("[A-Z]", _NOT_TITLE)
_AFTER_WORD = _after_word("[a-z]", [w.lower() for w in _NOT_TITLE] + "was were is are be been reached totalled totaled "
                          "than per as had have of pre post".split()) + "(?<!ed )"  # not after a verb: "postponed 2015"
DATE_PATTERNS = [  # tried in order after the languages before this one; first match at a position wins
    DatePattern("en_hijri", "hijri", ("d", "mon", "y"),
                rf"(?:({_D}{{1,2}})\s+)?((?i:{_HIJRI}))\s*,?\s*(1[0-4]{_D}{{2}}|[1-9]{_D}{{2}})(?![0-9])(?:\s*(?:AH\b|A\.H\.))?"),
    DatePattern("en_hijri_y", "hijri", ("y",), rf"(?<![0-9])({_D}{{3,4}})\s*(?:AH\b|A\.H\.)"),
    DatePattern("en_iso", "day", ("y", "m", "d"),
                rf"(?<![0-9/.\-])({_D}{{4}})[-/.]({_D}{{1,2}})[-/.]({_D}{{1,2}})(?![0-9]|[/.\-][0-9])"),
    DatePattern("en_numeric", "numeric", ("a", "b", "y"),
                rf"(?<![0-9/.\-])({_D}{{1,2}})[/.\-]({_D}{{1,2}})[/.\-]({_D}{{4}})(?![0-9]|[/.\-][0-9])"),
    DatePattern("en_dmy_full", "day", ("lead", "d", "mon", "y", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+(?:of\s+)?({_MON})\s*,?\s*{_Y}{_JOIN}{_DAY}\s+(?:of\s+)?({_MON})\s*,?\s*{_Y}"),
    DatePattern("en_dm_dmy", "day", ("lead", "d", "mon", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+(?:of\s+)?({_MON}){_JOIN}{_DAY}\s+(?:of\s+)?({_MON})(?:\s*,?\s*{_Y})?"),
    DatePattern("en_dmyy", "day", ("d", "mon", "y"),
                rf"(?<![0-9])({_D}{{1,2}})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+({_D}{{2}})"
                rf"(?![0-9]|[.,][0-9]|\s*[a-z%])"),
    DatePattern("en_dmy", "day_span", ("lead", "d", "join", "d2", "mon", "y"),
                rf"{_LEAD}(?<![0-9]){_DAY}(?:{_JOIN}{_DAY})?\s+(?:of\s+)?({_MON})(?:\s*,?\s*{_Y}{_NOT_COUNTED})?(?![0-9])"),
    DatePattern("en_mdy", "day_span", ("mon", "d", "join", "d2", "y"),
                rf"({_MON})\s+{_DAY}(?:\s*(-|–|and)\s*{_DAY})?(?:,?\s+{_Y})?(?![0-9])"),
    DatePattern("en_mrange", "month_range", ("lead", "part", "mon", "y", "join", "part2", "mon2", "y2"),
                rf"{_LEAD}(?:({_PART})\s*)?({_MON})(?:\s+{_Y})?\s*(and|to|through|until|-|–)\s*(?:({_PART})\s*)?({_MON})(?:\s+{_Y})?"),
    DatePattern("en_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*({_MON})(?:\s*,?\s*{_Y})?"),
    DatePattern("en_my", "month", ("mon", "y"), rf"({_MON})\s*,?\s+{YEAR_MARKED}"),
    DatePattern("en_century", "century", ("part", "c"),
                rf"(?:(?i:the)\s+)?(?:({_PART})\s*(?:(?i:the)\s+)?)?((?i:{'|'.join(CENTURY_WORDS)}))\s+(?i:century)\b"),
    DatePattern("en_decade", "decade", ("part", "decade"), rf"(?:(?i:the)\s+)?(?:({_PART})\s*)?({_D}{{3}}0)['’]?s\b"),
    DatePattern("en_yrange", "year_range", ("lead", "y", "join", "part2", "y2"),
                rf"((?i:between|from))\s+{_Y}\s+(and|to|through|until)\s+(?:({_PART})\s*)?{_Y}{_NOT_COUNTED}"),
    DatePattern("en_part_y", "year", ("part", "y"), rf"({_PART}|{_QPART})\s*{_Y}(?!['’]?s)"),
    DatePattern("en_ybare", "year_range", ("y", "join", "y2"),
                rf"(?<![0-9/.\-])((?:1[5-9]|20){_D}{{2}})\s*(-|–|/)\s*((?:1[5-9]|20)?{_D}{{2}})(?![0-9]|[/.\-][0-9]){_NOT_COUNTED}"),
    DatePattern("en_year", "year", ("y",),
                rf"\b(?i:in|since|by|during|until|till|before|after|throughout|from|of|for|years?)\s+((?:1[5-9]|20){_D}{{2}})\b"
                rf"(?![,.\-–/]?\d){_NOT_COUNTED}", surface="y"),
    # "the 1997 Vienna Convention", "the 2010 Review Conference", "the 2005 and 2010 Review Conferences"
    # (en.txt:1752), "the 2015 budget" (en.txt:735), "the 2012 conference", "Territory's 2008 AntiCorruption
    # Law" (en.txt:382); not "the 1540 Committee", "the 1988 sanctions list" (named for a resolution), nor a
    # count ("the 2000 people").
    DatePattern("en_year_the", "year", ("y",),
                rf"(?:\b(?i:the|its|their)\s+|(?<=['’]s ))((?:19|20){_D}{{2}})(?=\s+(?!{_NAMED_FOR_RESOLUTION}|{_COUNTED}|{_FUNCTION})"
                rf"[A-Za-z]|\s*(?:,|and)\s*(?:19|20){_D}{{2}}\b)", surface="y"),
    # "post-2015 development agenda" (en.txt:914), "post2015" (en.txt:1916), "pre-1967 borders": the year
    # itself, as "2015年后" reads 2015年 (the gold leaves the reading open: opt).
    DatePattern("en_year_post", "year", ("y",),
                rf"(?:(?<=\b[Pp]ost-)|(?<=\b[Pp]ost)|(?<=\b[Pp]re-))((?:19|20){_D}{{2}})(?![0-9])(?![,.\-–/]?\d)"),
    # "(2010 census)" (en.txt:1682), "(2014 estimate)" (en.txt:1681): a year and the noun it dates, bracketed.
    DatePattern("en_year_noun_bracket", "year", ("y",),
                rf"(?<=\()((?:19|20){_D}{{2}})(?=\s+(?!{_COUNTED})[a-z]+\))"),
    # A year as the subject of a singular verb: "Recalling that 2015 will mark" (en.txt:150, 1033);
    # a count runs on with a plural one ("Of these, 2013 were").
    DatePattern("en_year_subject", "year", ("y",),
                rf"(?<![0-9,.])(?<!, )((?:19|20){_D}{{2}})(?=\s+(?:will|was|is|has|marks|marked|saw)\b)"),
    # A year opening a line before the noun it dates: "2015 session" (en.txt:571, a heading).
    DatePattern("en_year_line", "year", ("y",),
                rf"(?:^|(?<=\n))((?:19|20){_D}{{2}})(?=\s+(?!{_COUNTED}|{_FUNCTION})[a-z]+)"),
    # A year closing a title after a capitalised word: "Catalonia Health Survey 2012, the Caritas Survey 2013"
    # (en.txt:756), "Target 2015:" (en.txt:1860), "Report on Violence Prevention 2014 jointly" (en.txt:2300),
    # "Goals Report 2012)" (en.txt:1527); not after a word that counts or qualifies ("Some 2000 were"), nor a count
    # ("Kenya 2000 soldiers").
    DatePattern("en_year_title", "year", ("y",),
                rf"{_AFTER_TITLE_WORD}((?:19|20){_D}{{2}})(?![0-9])(?![,.\-–/]?\d)(?!\s+{_COUNTED})"),
    # A year ending a heading, a list item or a bracket after a word: "First regular session 2015" (en.txt:83),
    # "the annual report on evaluation 2013;" (en.txt:2357), "(Shankar et al 2014)" (en.txt:1295).
    DatePattern("en_year_end", "year", ("y",),
                rf"{_AFTER_WORD}((?:19|20){_D}{{2}})(?=[ \t]*(?:;|\)|\n|$))"),
    # "covering 2012 and 2013" (en.txt:2214): a year a verb of extent takes.
    DatePattern("en_year_cover", "year", ("y",),
                rf"\b(?i:covering|covers|covered)\s+((?:19|20){_D}{{2}})\b(?![,.\-–/]?\d){_NOT_COUNTED}", surface="y"),
    # "in 1997 and 2004" (en.txt:1752), "the years 2011, 2012 and 2013": read only right after a year (date_forms)
    DatePattern("en_and_year", "and_year", ("y",),
                rf"(?:(?<=[0-9], )|(?<=[0-9] and )|(?<=[0-9] or )|(?<=[0-9] to )|(?<=[0-9], and ))((?:19|20){_D}{{2}})(?![0-9])"
                rf"(?![,.\-–/]?\d){_NOT_COUNTED}"),
    *bare_years("en"),  # "Guyana* (2015)" (en.txt:932), "treaties, 2011;" (en.txt:2417), "by rank, 2013" (en.txt:283)
    DatePattern("en_md", "yearless_day", ("mon", "d"), rf"({_MON})\s+{_DAY}\b(?![0-9])"),
    # A month without its year after a preposition: "scheduled for November" (en.txt:2602; 11月), "in April"
    # (en.txt:2456; 4月), "since December" (en.txt:442; 12月): its year is the context's, as 11月's.
    DatePattern("en_m", "yearless_month", ("mon",),
                rf"\b(?i:in|since|by|during|until|till|from|before|after|for)\s+({_MON})\b(?![-–]?\s*,?\s*[0-9])",
                surface="mon"),
]
# The words a date pattern may open with, besides digits and month names.
DATE_LEAD_WORDS = frozenset("between from the end beginning start middle late early mid in since by during until till "
                            "before after throughout of for year years first second third fourth last q h sha its their covering covers covered".split()
                            ) | frozenset(w.split()[0].split("-")[0] for w in HIJRI_MONTHS) | frozenset(CENTURY_WORDS)
DATE_FOLLOWERS = (r"\s*(?:to|and|through|until)|\s+[A-Z]|['’]?s|\s*[-–/.]\s*[0-9]|(?:st|nd|rd|th)\b|\s*A\.?H\b|"  # "5 to 6",
                  + YEAR_TOKEN)  # "12 January", "1990s", a bare year
NUMERIC_DATE_ORDER = "dmy"  # "04/01/2019" in English text: day first (UN English), unless the document's dates say otherwise
RECURRING = (r"\b(?:[Ee]very|[Ee]ach)\s+$", r"\s*(?:of\s+)?(?:each|every)\s+year\b")  # "31 March of each year"
# Durations in words (claims.durations): two and a half years, a year and a half, half a century,
# several months, a decade, two centuries.
_UNIT_WORDS = r"years|months|weeks|days|hours|minutes|decades|centuries"
_WORD = (rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?|"  # one English number word, "twenty-one"
         rf"(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})")
DURATION_UNITS = {"year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks",
                  "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
                  "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries"}
DURATION_PATTERNS = [
    rf"\b(?P<n>[0-9]+|{_WORD})\s+and\s+a\s+(?P<half>half)\s+(?P<unit>{_UNIT_WORDS})\b",
    r"\b(?P<one>a|an|one)\s+(?P<unit>year|month|week|day|hour|decade|century)\s+and\s+a\s+(?P<half>half)\b",
    r"\b(?:an?\s+)?(?P<half>half)(?:\s+an?\s+|\s*-\s*|\s+)(?P<unit>year|month|decade|century)\b",
    rf"\b(?P<several>several|a\s+few)\s+(?P<unit>{_UNIT_WORDS})\b",
    r"(?<!\bper\s)(?<!\bonce\s)(?<!\beach\s)(?<!\bevery\s)\b(?P<one>a|one)\s+(?P<unit>decade|century)\b",
    rf"\b(?P<n>[0-9]+|{_WORD})\s+(?P<unit>centuries|century)\b",
    # "over the past year" (en.txt:509, 698, 433; 过去一年), "a one-year term" (en.txt:1204), "one-year extensions"
    # (en.txt:946), "the year-long training course" (en.txt:2730; 为期一年): one unit.
    r"\bpast\s+(?P<unit>year|month|week|decade|century)\b(?!\s*(?:'s|’s))",
    r"\b(?P<one>one|a)-(?P<unit>year|month|week|day|decade)\b(?!-old)",
    r"(?<![-‐])\b(?P<unit>year|month|week|day|decade)-long\b",  # not "70-year-long" (a number's)
    # "in the past decades" (en.txt:2683), "decades of authoritarian rule" (en.txt:3090): tens of years, as 几十年.
    r"(?<![0-9]\s)" + "".join(rf"(?<!\b{w}\s)" for w in _UNITS + _TENS) + r"\b(?P<tens>)(?P<unit>decades)\b",
]
DURATION_KEYS = ("half", "several", "few", "decade", "centur", "past", "one-", "a-", "-long")  # a word duration holds one (case aside)
PERIOD_LABEL_AFTER = ""
PERIOD_LABEL_BEFORE = ""
# "by no later than 30 days after" (en.txt:527), "within 30 days": a time limit, at most N
TIME_LIMIT_BEFORE = r"\b(?:within|(?:by\s+)?(?:no|not)\s+later\s+than)\s+(?:(?:the|a)\s+(?:next|coming|following|period\s+of|maximum\s+of)\s+)?$"
TIME_LIMIT_AFTER = ""
LEAD_TIME_AFTER = r"\s+(?:before|prior\s+to|ahead\s+of)\b"  # "no later than six months before the expiry" (en.txt:2977): a lead time, no limit
SINCE = (r"\b[Ss]ince\s+$", None, 7)  # "since X": (before, after, how far back to look)
COORDINATORS = ("and", "to")

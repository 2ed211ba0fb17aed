"""English: the words and patterns the grammars read English letters with.

Data only (tables and regex text built from them); ``figtrace.lang.registry`` lists this
module and the grammars combine it with the other languages.  Every table a language
may give is named in ``registry.TABLES``.
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import DatePattern

CODE = "en"
WORD_SPACING = True  # words stand between spaces: word boundaries around them
LETTERS = "A-Za-z"  # a word's characters, as a regex class body

# ----------------------------------------------------------------------------- numerals
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
NUMBER_HUNDREDS = {"hundred": 100}  # multiplies what comes before it: "two hundred"
NUMBER_JOINERS = ("and",)  # "one hundred and five"
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORD = (rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?|"
         rf"(?:{'|'.join(sorted(_UNITS, key=len, reverse=True))})")
NUMERAL_PATTERN = rf"\b(?:{_WORD})(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD}))?)?\b"
# The words an English quantity may open with (checked on whole letter runs).
TRIGGER_WORDS = frozenset(["tens", "hundreds", "thousands", "millions", *_TENS, *_UNITS])
PERCENT_AFTER = r"per\s?cent\b|percent\b"

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "between": "range",
}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
POST_QUALIFIERS = {"or more": "at_least"}
VAGUE = {
    "tens of thousands": ("tens_of", 10_000, 100_000), "hundreds of thousands": ("hundreds_of", 100_000, 1_000_000),
    "tens of millions": ("tens_of", 10_000_000, 100_000_000), "hundreds": ("hundreds_of", 100, 1_000),
    "thousands": ("thousands_of", 1_000, 10_000), "millions": ("thousands_of", 1_000_000, 10_000_000),
}
# A vague word that counts only with these words after it: "hundreds of people", not "hundreds".
VAGUE_NEEDS_AFTER = {"hundreds": r"\s+of\b", "thousands": r"\s+of\b", "millions": r"\s+of\b"}
RANGE_WORDS = ("to", "and")  # "between 5 and 6"
ONE_WORDS = ("a", "an", "one")  # "less than a month": the article stands for one
A_UNIT_NOUNS = ("day", "week", "month", "year", "decade")

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
              "months": "months", "year": "years", "years": "years", "decade": "decades",
              "decades": "decades", "hour": "hours", "hours": "hours"}
NOUN_UNITS = {
    "people": "persons", "persons": "persons", "civilians": "persons", "residents": "persons",
    "inhabitants": "persons", "women": "persons", "children": "persons", "men": "persons",
    "soldiers": "persons", "refugees": "persons", "hostages": "persons", "victims": "persons",
    "letters": "letters", "statements": "documents", "documents": "documents", "reports": "documents",
    "resolutions": "documents", "districts": "districts", "regions": "districts",
    "villages": "settlements", "towns": "settlements", "cities": "settlements", "settlements": "settlements",
    "states": "states", "countries": "states", "per": None,
} | TIME_WORDS
# Looking for the counted noun after a figure: stop at these, step over those.
NOUN_STOPS = frozenset(("and or to in on at by for with from is are was were per as than that which a an went had "
                        "have has been be remained died fled left lost became who whom whose were").split())
NOUN_SKIPS = frozenset("of the their its these those his her our".split())

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("No.", "no.", "Nos.")
IDENTIFIER_NOUNS_BEFORE = (
    r"paras?\.|paragraphs?|articles?|arts?\.|pages?|pp?\.|items?|resolutions?|decisions?|"
    r"chapters?|sections?|annex(?:es)?|rules?|regiment|brigade|division|meeting|session|"
    r"volume|vol\.|case|numbers?|nos?\.|footnotes?|notes?|table|figure|part|clause"
)
DESIGNATORS_AFTER = r"[ap]\.m\."  # "at 5 a.m."

# ----------------------------------------------------------------------------- dates
MONTH_NAMES = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "oct": 10, "nov": 11, "dec": 12, "sept": 9}
MONTH_PATTERN = ("|".join(m.title() for m in MONTH_NAMES)
                 + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
PART_WORDS = {
    "late": "late", "end of": "late", "the end of": "late", "end-": "late", "early": "early",
    "beginning of": "early", "the beginning of": "early", "mid": "mid", "mid-": "mid",
    "the middle of": "mid", "middle of": "mid",
}
PAIR_WORDS = ("and",)  # "30 and 31 March": two days, not a range
_MON = f"(?:{MONTH_PATTERN})"
_PART = (r"(?i:the\s+end\s+of|end\s+of|end-|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of|middle\s+of"
         r"|late|early|mid-?)")
DATE_PATTERNS = [  # tried in order after the languages before this one; first match at a position wins
    DatePattern("en_dmy", "day_span", ("d", "d2", "mon", "y"),
                rf"(?<![0-9])({_D}{{1,2}})(?:\s*(?:-|–|—|to|and)\s*({_D}{{1,2}}))?\s+({_MON})\s*,?\s*({_D}{{4}})\b"),
    DatePattern("en_mdy", "day_span", ("mon", "d", "d2", "y"),
                rf"({_MON})\s+({_D}{{1,2}})(?:\s*(?:-|–)\s*({_D}{{1,2}}))?,?\s+({_D}{{4}})\b"),
    DatePattern("en_mrange", "month_range", ("mon", "y", "mon2", "y2"),
                rf"(?:(?i:between|from)\s+)?({_MON})(?:\s+({_D}{{4}}))?\s*(?:and|to|through|until|-|–)\s*({_MON})\s+({_D}{{4}})\b"),
    DatePattern("en_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*({_MON})\s+({_D}{{4}})\b"),
    DatePattern("en_my", "month", ("mon", "y"), rf"({_MON})\s+({_D}{{4}})\b"),
    DatePattern("en_decade", "decade", ("part", "decade"), rf"(?:(?i:the)\s+)?(?:({_PART})\s*)?({_D}{{3}}0)s\b"),
    DatePattern("en_part_y", "year", ("part", "y"), rf"({_PART})\s*({_D}{{4}})\b(?!s)"),
    DatePattern("en_yrange", "year_range", ("y", "y2"), rf"(?i:between|from)\s+({_D}{{4}})\s+(?:and|to)\s+({_D}{{4}})\b"),
    DatePattern("en_year", "year", ("y",),
                rf"\b(?i:in|since|by|during|until|till|before|after|throughout|from|of)\s+((?:1[89]|20){_D}{{2}})\b(?![,.]?\d)",
                surface="y"),
    DatePattern("en_dm", "yearless_day", ("d", "mon"), rf"(?<![0-9])({_D}{{1,2}})\s+({_MON})\b"),
    DatePattern("en_md", "yearless_day", ("mon", "d"), rf"({_MON})\s+({_D}{{1,2}})\b(?![0-9])"),
]
# The words a date pattern may open with, besides digits and month names.
DATE_LEAD_WORDS = frozenset("between from the end beginning middle late early mid in since by during until till "
                            "before after throughout of".split())
DATE_FOLLOWERS = r"\s*(?:to|and)|\s+[A-Z]|s"  # after a date's first digits: "5 to 6", "12 January", "1990s"
SINCE = (r"\b[Ss]ince\s+$", None, 7)  # "since X": (before, after, how far back to look)
COORDINATORS = ("and", "to")

# ----------------------------------------------------------------------------- the letter's masthead
LETTER_TITLE_LINE = r"(?:Identical\s+letters|Letter|Note\s+verbale)\s+dated\s+.+"
WRITTEN_DAY = r"(?P<d>\d{1,2})\s+(?P<mon>\w+)\s+(?P<y>\d{4})"  # the title's date; a month name checked after
LETTER_TITLE = r"dated\s+{date}(?:\s+from\s+(?:the\s+)?(?P<author>.+?))?(?:\s+addressed\s+to\s+(?P<addressee>.+))?$"
STATE_TITLE = r"Representative|Mission|Chargé d'affaires a\.i\.|Minister for Foreign Affairs"
STATE_OF = r"of"
STATE_ARTICLES = ("the",)  # "of the Republic of ...": the state's name follows them
STATE_END = r"to\s+the\s+United\s+Nations"
AGENDA_HEADING = r"Agenda items?"
SIGNATURE_WORDS = ("Signed",)

# ----------------------------------------------------------------------------- around a figure
# A place the gazetteer may not know, named by its kind or standing before a date (each
# pattern's group "place"): "the town of Northvale", "in Sukhumi on 4 March 2015".
_NAME = r"[A-Z][a-z'\-]+(?:[ \-](?:al-|el-)?[A-Z][a-z'\-]+){0,2}"
PLACE_PATTERNS = [
    rf"\b(?:town|city|village|district|region|province|governorate|municipality|settlement|camp)s? of (?P<place>{_NAME})",
    rf"\b(?:in|at|near) (?P<place>{_NAME})(?:, {_NAME})?(?=,? (?:on|in|during|between|from|since|by|as of) "
    rf"(?:(?:early|mid|late|the end of|the beginning of) )?(?:[0-9]|{MONTH_PATTERN}))",
]
_REF = r"[0-9]+(?:[./][0-9]+)*(?:\s*\((?:[0-9]{4}|[IVXLC]+)\))?(?:\s*\([a-z]\))?"  # 2118 (2013), 68/262, 5 (b)
# "1662 (2006), 1746 (2007) and 2145 (2014)"; not the day of a date after it ("253 (III), 16 October 1948")
_REFS = rf"{_REF}(?:\s*(?:,\s*and|,|and|to|-|–)\s*{_REF}(?![0-9]|\s+(?:{MONTH_PATTERN})\b))*"
IDENTIFIER_PATTERNS = [
    r"\bagenda\s+items?\s+[0-9]+(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*[0-9]+(?:\s*\([a-z]\))?)*",
    rf"\b(?:resolutions?|decisions?)\s+{_REFS}",
    r"\b(?:paragraphs?|paras?\.|articles?|arts?\.|pages?|pp?\.|chapters?|sections?|annex(?:es)?|"
    r"No\.|Nos\.|rules?|regulations?|items?|tables?|figure|actions?|parts?|volumes?|vol\.|footnotes?|notes?|"
    r"goals?|targets?|indicators?|principles?|recommendations?|phases?|levels?|sectors?|zones?|cascades?|steps?|"
    rf"stages?|options?)\s*{_REFS}",
    rf"\bday\s+[0-9]{{1,3}}\b(?!\s*(?:{MONTH_PATTERN}))",  # "from day 1 of the withdrawal"
    r"\b[0-9]+(?:st|nd|rd|th)\b",
]
IDENTIFIER_WORDS = frozenset(
    "agenda resolution resolutions decision decisions paragraph paragraphs para paras article articles art arts "
    "page pages p pp chapter chapters section sections annex annexes no nos rule rules item items regulation "
    "regulations table tables figure action actions part parts volume volumes vol footnote footnotes note notes "
    "goal goals target targets indicator indicators principle principles recommendation recommendations phase "
    "phases level levels sector sectors zone zones cascade cascades step steps stage stages option options "
    "day".split())
# A time of day, never a count or a duration: "At 1310", "at 1720 hours", "10 a.m.", "3.30 p.m."
# (opens with one digit class: the identifier scan reads that digit once for every such pattern).
TIME_OF_DAY = (r"[0-9](?<![0-9][0-9])(?:[0-9]{3}(?<=(?:[01][0-9]|2[0-3])[0-5][0-9])(?![0-9])"
               r"(?:\s*(?:hours|hrs)\b|(?<=[Aa]t [0-9]{4})(?!\s*(?:levels?|prices|figures|dollars|population))"
               r"|\s*(?:and|to|-|–)\s*(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:hours|hrs)\b)"  # between 1100 and 1200 hours
               r"|[0-9]?(?:[.:][0-5][0-9])?\s*[ap]\.m\.)")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# "resolution 822 (1993)", "resolutions 822 (1993), 853 (1993) and 874 (1993)"
RESOLUTION_BEFORE = (r"(?<=resolution )", r"(?<=resolutions )", r"(?<=and )", r"(?<=, )")
RESOLUTION_AFTER = ()
ADOPTION_VERBS = r"adopted"
CATEGORY_VERBS = {
    "killed": r"\bkilled\b|\bdead\b|\bdied\b|\bdie\b|\bdeaths?\b|lost their lives|(?:claimed|took|cost) the lives\b|"
              r"lives (?:were|have been|had been) lost|\bfatalities\b|\bfatally\b|\bmurdered\b|\bmassacred\b|"
              r"\bslain\b|\bexecuted\b|\bperished\b",
    "wounded": r"\bwounded\b|\binjured\b|\binjuries\b|\binjuring\b|\bmaimed\b",
    "missing": r"\bmissing\b|\bdisappeared\b|unaccounted for",
    "hostages": r"\bhostages?\b|\bdetained\b|\bdetainees\b|\babducted\b|\bkidnapped\b|\bheld captive\b|"
                r"\btaken captive\b",
    "population": r"\bnumbering\b|\bpopulation of\b|\binhabited by\b|\bhome to\b",
    "displaced": r"\bdisplaced\b|\bexpelled\b|\bfled\b|\bflee\b|ethnically cleansed|\bcleansed\b|"
                 r"forced to (?:leave|flee)|\brefugees\b|\bIDPs\b|\bdeported\b|\bevicted\b|\buprooted\b|"
                 r"forcibly (?:transferred|removed)|driven (?:out|from)",
}
HEAD_NOUNS = {
    "inhabitants": ("population", "persons"), "residents": ("population", "persons"),
    "population": ("population", "persons"),
    "people": ("other", "persons"), "persons": ("other", "persons"),
    "civilians": ("other", "persons"), "women": ("other", "persons"), "children": ("other", "persons"),
    "fatalities": ("killed", "persons"), "deaths": ("killed", "persons"), "dead": ("killed", "persons"),
    "refugees": ("displaced", "persons"), "idps": ("displaced", "persons"), "hostages": ("hostages", "persons"),
    "detainees": ("hostages", "persons"),
    "villages": ("settlements", "settlements"), "towns": ("settlements", "settlements"),
    "cities": ("settlements", "settlements"), "settlements": ("settlements", "settlements"),
    "municipalities": ("settlements", "settlements"),
    "districts": ("territory", "districts"), "regions": ("territory", "districts"),
    "provinces": ("territory", "districts"), "governorates": ("territory", "districts"),
    "letters": ("documents", "letters"),
    "statements": ("documents", "documents"), "reports": ("documents", "documents"),
    "resolutions": ("documents", "documents"), "documents": ("documents", "documents"),
    "states": ("other", "states"), "countries": ("other", "states"), "republics": ("other", "states"),
    "principles": ("other", "principles"),
}
SUBJECT_STOPS = r"\bwere\b|\bwas\b|\bhad\b|\bhave\b"
SUBJECT_SKIPS = ("of", "the", "their", "its", "these", "those")  # before an English subject's first word
# Each alternative opens with a plain character, the word boundary checked after it: the
# regex engine then skips impossible positions fast.
HYPOTHETICAL_BEFORE = (r"[Aa]void(?<![A-Za-z][Aa]void)|[Pp]revent(?<![A-Za-z][Pp]revent)|[Rr]isk of|"
                       r"[Cc]ould\b(?<![A-Za-z][Cc]ould)|[Ww]ould\b(?<![A-Za-z][Ww]ould)|[Mm]ight\b(?<![A-Za-z][Mm]ight)")
CONDITIONS = r"[Ii]f\b(?<![A-Za-z][Ii]f)|[Uu]nless\b(?<![A-Za-z][Uu]nless)"
HYPOTHETICAL_AFTER = r"[Ww]ould\b(?<![A-Za-z][Ww]ould)|[Cc]ould\b(?<![A-Za-z][Cc]ould)|[Mm]ight\b(?<![A-Za-z][Mm]ight)"
BREAKDOWN = r"including|of whom|of which|among them|among whom"
BREAKDOWN_END = r"additionally"
SPEECH_VERBS = r"\bsaid\b|\bstated\b|\breported\b|\bnoted\b|\bfound\b|\bdeclared\b"
REPORTED_VERBS = ""
SPEAKER_FRAMES = ()
SPEAKER_LEADS = (r"[Aa]ccording to(?<![A-Za-z][Aa]ccording to)\s+([^,;.]{2,60})",)  # according to X
TITLE_SPEAKER = ""
SPEAKER_PREPOSITIONS = ""
SPEAKER_TRAILING_WORDS = ()
PRONOUNS = ("it", "he", "she", "they")
IMPERSONAL = ("we", "I", "it")

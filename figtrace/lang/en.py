"""English: the words and patterns the grammars read English letters with.

Data only (tables and regex text built from them); ``figtrace.lang.registry`` lists this
module and the grammars combine it with the other languages.  Every table a language
may give is named in ``registry.TABLES``.  Dates and durations live in ``en_dates``.
"""
from __future__ import annotations

from figtrace.lang.en_dates import (CENTURY_WORDS, COORDINATORS, DATE_FOLLOWERS, DATE_LEAD_WORDS,  # noqa: F401
                                    DATE_PATTERNS, DURATION_KEYS, DURATION_PATTERNS, DURATION_UNITS, HIJRI_MONTHS,
                                    LEAD_TIME_AFTER, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_PATTERN,
                                    NUMERIC_DATE_ORDER, PAIR_WORDS, PART_WORDS, PERIOD_LABEL_AFTER,
                                    PERIOD_LABEL_BEFORE, RANGE_AFTER, RECURRING, SINCE, TIME_LIMIT_AFTER,
                                    TIME_LIMIT_BEFORE)

CODE = "en"
WORD_SPACING = True  # words stand between spaces: word boundaries around them
LETTERS = "A-Za-z"  # a word's characters, as a regex class body
CURRENCY_GLUED = ("Euro",)  # loses its space before a number in some PDFs' text: "Euro131 million" (not EUR131: a code)

# ----------------------------------------------------------------------------- numerals
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
NUMBER_HUNDREDS = {"hundred": 100}  # multiplies what comes before it: "two hundred"
NUMBER_JOINERS = ("and",)  # "one hundred and five"
NUMBER_ARTICLES = ("a",)  # "a hundred", "a thousand", "a dozen": one
NUMBER_HALVES = ("half",)  # "half a million", "half a dozen"
NUMBER_DOZENS = {"dozen": 12, "dozens": 12}  # "three dozen", "a dozen" (not after a hundred)
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALES = "|".join(MULTIPLIERS)
_ONE_TO_19 = "|".join(sorted(_UNITS, key=len, reverse=True))
_S = (rf"(?:(?:{'|'.join(_TENS)})(?:\s*-\s*|\s+)(?:{'|'.join(_UNITS[:9])})\b"
      rf"|(?:{'|'.join(_TENS)})\b|(?:{_ONE_TO_19})\b)")  # below a hundred: "fifty-two", "fifty two"
_H = rf"(?:(?:{_S}|a)\s+hundred\b(?:\s+(?:and\s+)?{_S})?|{_S})"  # below a thousand
_G = rf"(?:{_H}|a)\s+(?:{_SCALES})\b"  # "two hundred thousand", "a million"
NUMERAL_PATTERN = (rf"\b(?:half\s+(?:a\s+)?(?:{_SCALES}|dozen)\b|(?:{_S}|a)\s+dozens?\b"
                   rf"|{_G}(?:\s+(?:and\s+)?{_G})*(?:\s+(?:and\s+)?{_H})?|{_H})")
# The words an English quantity may open with (checked on whole letter runs); "a" and "half"
# only before the words in TRIGGER_NEEDS.
TRIGGER_WORDS = frozenset(["tens", "hundreds", "thousands", "millions", "dozens", "a", "half", *_TENS, *_UNITS])
TRIGGER_NEEDS = {"a": rf"\s+(?:hundred|dozen|{_SCALES})\b", "half": rf"\s+(?:a\s+)?(?:dozen|{_SCALES})\b"}
PERCENT_AFTER = r"per\s?cent\b|percent\b"

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "as many as": "at_most", "as much as": "at_most", "as high as": "at_most",
    # "a maximum of $299,589" (en.txt:674), "up to the amount of $5.8 million" (en.txt:1955)
    "a maximum of": "at_most", "up to a maximum of": "at_most", "up to the amount of": "at_most",
    "not exceeding": "at_most", "not to exceed": "at_most", "a minimum of": "at_least",
    "less than or equal to": "at_most", "fewer than or equal to": "at_most", "smaller or equal than": "at_most",
    "less or equal than": "at_most", "lower or equal than": "at_most", "equal to or less than": "at_most",
    "equal to or fewer than": "at_most",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "greater than or equal to": "at_least", "more than or equal to": "at_least", "higher or equal than": "at_least",
    "bigger or equal than": "at_least", "greater or equal than": "at_least", "larger or equal than": "at_least",
    "equal to or more than": "at_least", "equal to or greater than": "at_least", "at least or equal to": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "above": "more_than", "greater than": "more_than", "larger than": "more_than", "bigger than": "more_than",
    "higher than": "more_than", "exceeding": "more_than", "exceed": "more_than", "exceeds": "more_than",
    "surpass": "more_than", "surpassing": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "smaller than": "less_than", "lower than": "less_than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "scarcely": "nearly", "barely": "nearly",  # "scarcely 30 per cent" (en.txt:1103; 几乎不到30%)
    "approximately": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "estimated at": "approximately", "between": "range", "from": "range",
    "equal to": "exact", "equals": "exact", "equals to": "exact", "equaling to": "exact",
}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
# A verb of change before "from": "from N to M" is then two values, before and after, not a range
# ("has grown from 31 to 56 per cent", en.txt:2253).
CHANGE_BEFORE = (r"\b(?:increas|decreas|ris|rose|fell|fall|gr[eo]w|declin|reduc|drop|climb|jump|shr[iau]nk|expand|rais"
                 r"|lower|cut|went|gone|go|moved?|chang|improv|doubl|tripl|halv)\w*(?:\s+\w+ly)?\s+from")
POST_QUALIFIERS = {"or more": "at_least", "and more": "at_least", "or above": "at_least", "or over": "at_least",
                   "or greater": "at_least", "or greater than": "at_least", "or more than": "at_least",
                   "or less": "at_most", "or fewer": "at_most", "or below": "at_most", "or under": "at_most",
                   "or less than": "at_most", "or fewer than": "at_most"}
VAGUE = {
    "tens of thousands": ("tens_of", 10_000, 100_000), "hundreds of thousands": ("hundreds_of", 100_000, 1_000_000),
    "tens of millions": ("tens_of", 10_000_000, 100_000_000), "hundreds": ("hundreds_of", 100, 1_000),
    "thousands": ("thousands_of", 1_000, 10_000), "millions": ("thousands_of", 1_000_000, 10_000_000),
    "dozens": ("tens_of", 24, 144, "dozens"),  # two dozen to a dozen dozen: bounds.FORM_RULES
}
# A vague word that counts only with these words after it: "hundreds of people", not "hundreds".
VAGUE_NEEDS_AFTER = {"hundreds": r"\s+of\b", "thousands": r"\s+of\b", "millions": r"\s+of\b", "dozens": r"\s+of\b"}
RANGE_WORDS = ("to", "and", "through", "or")  # "between 5 and 6", "20 through 100", "two or three hundred"
BOUND_JOINERS = r"\s*,?\s*(?:and|but)?\s*"  # "more than 10 and less than 20": one range
ONE_WORDS = ("a", "an", "one")  # "less than a month": the article stands for one
A_UNIT_NOUNS = ("day", "week", "month", "year", "decade", "hour", "minute")

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
              "months": "months", "year": "years", "years": "years", "decade": "decades",
              "decades": "decades", "hour": "hours", "hours": "hours", "minute": "minutes",
              "minutes": "minutes"}  # "a time limit of five minutes" (en.txt:318)
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
# "United": a name follows ("201,054,800 United States dollars", en.txt:1141), not the counted noun.
NOUN_STOPS = frozenset(("and or to in on at by for with from is are was were per as than that which a an went had united "
                        "have has been be remained died fled left lost became who whom whose were another "
                        "you we they he she it i do does did can will would could should may might must not").split())
NOUN_SKIPS = frozenset("of the their its these those his her our".split())
# A number word alone is a figure when it counts something: a noun after it ("five headings",
# "One incident"), or it stands for a counted group, before its verb ("sixteen were killed").
SUBJECT_VERBS = frozenset("were are have had died fled remain remained became lost went".split())
# "one" after these is a pronoun ("the one", "which one"), never a figure.
ONE_NOT_AFTER = ("the", "this", "that", "which", "each", "every", "any", "no", "another", "last", "next", "previous",
                 "current", "same", "other", "but")

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("No.", "no.", "Nos.")
IDENTIFIER_NOUNS_BEFORE = (
    r"paras?\.|paragraphs?|articles?|arts?\.|pages?|pp?\.|items?|resolutions?|decisions?|"
    r"chapters?|sections?|annex(?:es)?|rules?|regiment|brigade|division|meeting|session|"
    r"volume|vol\.|case|numbers?|nos?\.|footnotes?|notes?|table|figure|part|clause|ages?|aged|per"
)  # "per": the base of a rate is no figure ("211 per 100,000 live births"; Chinese 每 100 000 neither)
DESIGNATORS_AFTER = r"[ap]\.m\.|years?\s+(?:old|of\s+age)\b|-years?-olds?\b"  # "at 5 a.m.", ages
NEGATIVE_BEFORE = r"\b(?:minus|negative)\s+$|(?:^|\s)[-−][0-9][0-9.,]*\s+(?:and|to)\s+$"  # "minus five", "-10 to 15"
_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth "
        "seventieth eightieth ninetieth hundredth thousandth millionth billionth trillionth").split()
_PARTS = "|".join(["half", "halves", "quarters?", *(f"{w}s?" for w in _ORD[2:]), "first", "second"])
_NUM_WORD = rf"(?:{'|'.join([*_TENS, *_UNITS, 'zero', 'nought', 'naught'])})\b"
# Scale words figtrace does not read after a number: "10 k", "1,674.5 G", "13 lakh", "322 hundred".
_UNREAD_SCALES = r"k|m|g|b|bn|mn|mm|mil|bln|tln|lakhs?|crores?|dzs|dozs|dozens?|hundreds?"  # matched ignoring case
# After a number: the number goes on as a fraction, an ordinal, a decimal, a ratio or an unread
# scale ("two thirds", "one hundred twenty-fifth", "two point five", "one over three",
# "2 in 5", "3 million and a half", "1 3/5", "10 bln"): nothing, and the whole of it is skipped.
NOT_WHOLE_AFTER = (
    rf"(?:\s*-\s*|\s+)(?:and\s+)?(?:(?:a|an|{_NUM_WORD})[\s-]+)?(?:{_PARTS})\b"
    rf"|\s+(?:point|dot)\s+(?:[0-9]|{_NUM_WORD})|\s+(?:over|out\s+of)\s+(?:[0-9]|a\b|{_NUM_WORD})"
    rf"|\s+in\s+(?:[0-9]{{1,3}}(?![0-9,.])|{_NUM_WORD}(?:[\s-]+{_NUM_WORD})*)(?=\s*(?:[.,;:!?)]|or\b|and\b|$))"
    rf"|\s+[0-9０-９]+\s*[/／]\s*[0-9０-９]|\s+(?:{_UNREAD_SCALES})\b"
)
ONE_RATIO_AFTER = rf"\s+in\s+(?:[0-9]|{_NUM_WORD})"  # "one in five children", "1 in twenty-one": a ratio
NOT_WHOLE_BEFORE = rf"\b(?:point|dot)\s+(?:{_NUM_WORD}\s+)*$"  # "nought point nought three": a decimal
# After a number ending in a scale word ("4 thousand", "two million"), another number goes on with it.
AFTER_SCALE = rf"[\s-]+(?:and\s+)?(?:[0-9]|{_NUM_WORD})"
NOT_WHOLE_SPAN = (rf"(?:(?:\s*-\s*|\s+)(?:and\s+|a\s+|an\s+|out\s+of\s+|over\s+|in\s+|point\s+|dot\s+)*"
                  rf"(?:[0-9０-９][0-9０-９.,/／]*|{_NUM_WORD}|(?:hundred|{_SCALES}|{_UNREAD_SCALES}|{_PARTS})\b"
                  rf"|of\s+an?\s+(?:hundred|dozen|{_SCALES})\b))*")


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
    rf"No\.|Nos\.|rules?|regulations?|items?|tables?|figure|actions?|parts?|volumes?|vol\.|footnotes?|notes?)\s*{_REFS}",
    # Goals, targets, phases are numbered small; a year after them dates them: "Target 2015:" (en.txt:1860),
    # "Target 2016 - 2017: 350,000" (en.txt:434), a results framework's headings.
    r"\b(?:goals?|targets?|indicators?|principles?|recommendations?|phases?|levels?|sectors?|zones?|cascades?|steps?|"
    rf"stages?|options?)\s*(?!(?:19|20)[0-9]{{2}}(?![0-9./]))(?:{_REFS})",
    # a law, a legal text's part, a volume by its number: "Law 26.659", "Act 10364", "Title 18", "Supplements 17 and 18"
    rf"\b(?:supplements?|(?-i:Laws?|Acts?|Titles?|Schedules?|Segments?|Action\s+Teams?|Agenda))\s+{_REFS}",
    r"\b(?:standards?|(?-i:ISO|OHSAS))\s+[0-9]{4,5}(?![0-9])",  # "standard 16304", "ISO 14001"
    rf"\bday\s+[0-9]{{1,3}}\b(?!\s*(?:{MONTH_PATTERN}))",  # "from day 1 of the withdrawal"
    rf"\b[0-9]+(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MONTH_PATTERN})\b)",  # "4th of July 1776" is a date
    # an isotope is named by its mass number: "20% U 235" (en.txt:2906), "Pu-239", "Cs 137"
    r"\b(?-i:U|Pu|Th|Cs|Sr|Co|Am|Np|Tc)[- ]?[0-9]{2,3}\b",
]
IDENTIFIER_WORDS = frozenset(
    "agenda resolution resolutions decision decisions paragraph paragraphs para paras article articles art arts "
    "page pages p pp chapter chapters section sections annex annexes no nos rule rules item items regulation "
    "regulations table tables figure action actions part parts volume volumes vol footnote footnotes note notes "
    "goal goals target targets indicator indicators principle principles recommendation recommendations phase "
    "phases level levels sector sectors zone zones cascade cascades step steps stage stages option options "
    "day supplement supplements law laws act acts title titles schedule schedules segment segments standard "
    "standards iso ohsas u pu th cs sr co am np tc".split())
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
SUBJECT_STOPS = r"\bwere\b|\bwas\b|\bhad\b|\bhave\b|\bUnited\s+States\b"  # a name, not the noun: "United States dollars"
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

"""Arabic: the words and patterns the grammars read Arabic letters with.

Data only; ``registry`` lists this module.  Arabic documents are read with these tables
alone (``registry.reading_set``), through ``number_tables.reading_text`` (Arabic-Indic ٠١٢
and Eastern Arabic-Indic ۰۱۲ digits, ٫ ٬ ٪ read as 0-9 . , %): a dot or ٫ marks decimals,
a comma groups thousands ("9,999") unless decimals follow it ("1,5 مليون"), and figures
grouped with spaces are written lowest group first ("000 2" is 2 000: ``GROUPS_REVERSED``,
every such figure of the development corpus).  Words may carry a glued conjunction or
preposition (و, ب, ل, ف): "وخمسة", "بأكثر من".  Dates live in ``ar_dates``.
"""
from __future__ import annotations

from figtrace.lang.ar_dates import (CENTURY_WORDS, COORDINATORS, DATE_BETWEEN, DATE_FOLLOWERS,  # noqa: F401
                                    DATE_LEAD_WORDS, DATE_PATTERNS, DURATION_KEYS, DURATION_PATTERNS,
                                    DURATION_UNITS, LEAD_TIME_AFTER, MONTH_NAMES, MONTH_PATTERN,
                                    NUMERIC_DATE_ORDER, PAIR_WORDS, PART_WORDS, PERIOD_LABEL_AFTER,
                                    PERIOD_LABEL_BEFORE, RANGE_AFTER, RECURRING, SINCE, TIME_LIMIT_AFTER,
                                    TIME_LIMIT_BEFORE, WRITTEN_DAY)

CODE = "ar"
WORD_SPACING = True
_W = "\u0621-\u063A\u0640-\u065F\u0670-\u06D3"  # Arabic letters, tatweel and vowel marks
LETTERS = "A-Za-z" + _W
_S = rf"(?<![{_W}])"  # an Arabic word starts here
_NW = rf"(?![{_W}])"  # ... ends here
_P = "[وبلف]?"  # a glued conjunction or preposition

# ----------------------------------------------------------------------------- digits
SCRIPT_DIGITS = True
GROUP_SEPARATORS = "[  \u202f\u2009,]"
DECIMAL_MARKS = "[.,]"
GROUPS_REVERSED = True

# ----------------------------------------------------------------------------- numerals
_FORMS = {
    1: "واحد واحدة", 2: "اثنان اثنين اثنتان اثنتين اثنا اثنتا اثني", 3: "ثلاث ثلاثة", 4: "أربع أربعة", 5: "خمس خمسة",
    6: "ست ستة", 7: "سبع سبعة", 8: "ثمان ثماني ثمانية", 9: "تسع تسعة", 10: "عشر عشرة",
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "أربعون أربعين", 50: "خمسون خمسين", 60: "ستون ستين",
    70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
    200: "مائتان مائتين مئتان مئتين مائتا مئتا", 300: "ثلاثمائة ثلاثمئة", 400: "أربعمائة أربعمئة",
    500: "خمسمائة خمسمئة", 600: "ستمائة ستمئة", 700: "سبعمائة سبعمئة", 800: "ثمانمائة ثمانمئة ثمانيمائة",
    900: "تسعمائة تسعمئة", 2000: "ألفان ألفين", 2_000_000: "مليونان مليونين", 2_000_000_000: "ملياران مليارين",
}
NUMBER_WORDS = {w: v for v, forms in _FORMS.items() for w in forms.split()} | {"أحد": 1, "إحدى": 1}
# "الدول الخمس" (the five States): a definite number after its noun (not 1 and 2: "الاثنين" is also Monday); a
# definite ten only goes on one ("الأربع والعشرون": the twenty-four) - alone it is an ordinal ("دورتها السبعين").
_DEFINITE_UNITS = {f"ال{w}": v for w, v in NUMBER_WORDS.items() if 3 <= v <= 10}
_DEFINITE_TENS = {f"ال{w}": v for w, v in NUMBER_WORDS.items() if 20 <= v < 100}
NUMBER_WORDS |= _DEFINITE_UNITS | _DEFINITE_TENS
NUMBER_HUNDREDS = {"مائة": 100, "مئة": 100}
NUMBER_JOINERS = ("و",)
# A scale word standing first in its dual construct form: "ألفا دولار" (two thousand dollars); after a count
# the same letters are the accusative ("عشرون ألفا": twenty thousand).
NUMBER_DUALS = {"ألفا": 2000, "مليونا": 2_000_000, "مليارا": 2_000_000_000}
NUMBER_WORD_PREFIXES = ("و",)
MULTIPLIERS = {"ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6, "مليار": 1e9,
               "مليارات": 1e9, "بليون": 1e9, "بلايين": 1e9}
_FIRST = "|".join(sorted([w for w in NUMBER_WORDS if w not in ("أحد", "إحدى") and w not in _DEFINITE_TENS]
                          + list(NUMBER_HUNDREDS), key=len, reverse=True))
_ANY = "|".join(sorted([*NUMBER_WORDS, *NUMBER_HUNDREDS, *MULTIPLIERS], key=len, reverse=True))
# A spelled number: "خمسة", "ثلاثة آلاف", "خمسة وعشرون"; never "أحد" alone (one of ...).
_M = "[\u064B-\u0652]*"  # vowel marks a word may carry ("ألفاً")
NUMERAL_PATTERN = rf"{_S}(?:{_FIRST}){_M}{_NW}(?:(?:\s+و\s*|\s+)(?:{_ANY}){_M}{_NW})*"
NUMBER_AFTER_NOUN = r"ال"  # "الدول الخمس": a definite number follows the noun it counts
TRIGGER_WORDS = frozenset([*(w for w in NUMBER_WORDS if w not in _DEFINITE_TENS), *NUMBER_HUNDREDS, "عشرات", "مئات",
                           "آلاف", "ملايين"])
PERCENT_AFTER = r"في\s*الما?ئة|في\s*المئة|بالما?ئة|بالمئة"

# ----------------------------------------------------------------------------- qualifiers
_QUALIFIERS = {
    "أكثر من": "more_than", "ما يزيد على": "more_than", "ما يزيد عن": "more_than", "يزيد على": "more_than",
    "يزيد عن": "more_than", "ما يربو على": "more_than", "يربو على": "more_than", "أزيد من": "more_than",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "على الأقل": "at_least",
    "أقل من": "less_than", "ما يقل عن": "less_than", "يقل عن": "less_than",
    "ما لا يزيد على": "at_most", "لا يزيد على": "at_most", "ما لا يزيد عن": "at_most", "لا يزيد عن": "at_most",
    "حتى": "at_most", "بحد أقصى": "at_most", "أقصاه": "at_most", "حدا أقصى قدره": "at_most",
    "حداً أقصى قدره": "at_most", "يصل إلى": "at_most", "تصل إلى": "at_most",
    "قرابة": "nearly", "ما يقرب من": "nearly", "يقرب من": "nearly", "ما يناهز": "nearly", "يناهز": "nearly",
    "زهاء": "nearly", "نحو": "approximately", "حوالي": "approximately", "حوالى": "approximately",
    "ما يقارب": "approximately", "تقريبا": "approximately", "بين": "range", "من": "range",
}
# "بأكثر من", "وحوالي": the glued conjunction or preposition belongs to the sentence, not the qualifier.
PRE_QUALIFIERS = _QUALIFIERS | {f"{p}{w}": q for w, q in _QUALIFIERS.items() for p in "وبل" if q != "range"}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
POST_QUALIFIERS = {"أو أكثر": "at_least", "فأكثر": "at_least", "على الأقل": "at_least", "أو أقل": "at_most",
                   "فأقل": "at_most", "تقريبا": "approximately", "تقريباً": "approximately"}
_VAGUE = {
    "عشرات الآلاف": ("tens_of", 10_000, 100_000), "مئات الآلاف": ("hundreds_of", 100_000, 1_000_000),
    "عشرات الملايين": ("tens_of", 10_000_000, 100_000_000), "عشرات": ("tens_of", 10, 100),
    "مئات": ("hundreds_of", 100, 1_000), "آلاف": ("thousands_of", 1_000, 10_000),
    "ملايين": ("thousands_of", 1_000_000, 10_000_000),
}
VAGUE = _VAGUE | {f"{p}{w}": v for w, v in _VAGUE.items() for p in "وبل"}
VAGUE_NEEDS_AFTER = {k: rf"\s+[{_W}]" for k in VAGUE}
RANGE_WORDS = ("إلى", "الى", "أو")  # "من 5 إلى 10"
NUMBER_PAIR_WORDS = ("و",)  # "بين 5 و10": glued, a range only after بين
BOUND_JOINERS = r"\s*[،,]?\s*(?:و)?\s*"
ONE_WORDS = ()
A_UNIT_NOUNS = ()

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"يوم": "days", "يوما": "days", "أيام": "days", "أسبوع": "weeks", "أسبوعا": "weeks", "أسابيع": "weeks",
              "شهر": "months", "شهرا": "months", "أشهر": "months", "شهور": "months", "سنة": "years", "سنوات": "years",
              "عام": "years", "عاما": "years", "أعوام": "years", "عقد": "decades", "عقود": "decades",
              "ساعة": "hours", "ساعات": "hours", "دقيقة": "minutes", "دقائق": "minutes"}
NOUN_UNITS = {
    "شخص": "persons", "شخصا": "persons", "أشخاص": "persons", "مدني": "persons", "مدنيا": "persons",
    "مدنيين": "persons", "لاجئ": "persons", "لاجئا": "persons", "لاجئين": "persons", "طفل": "persons",
    "طفلا": "persons", "أطفال": "persons", "امرأة": "persons", "نساء": "persons", "فرد": "persons", "فردا": "persons",
    "أفراد": "persons", "جندي": "persons", "جنديا": "persons", "موظف": "persons", "موظفا": "persons",
    "موظفين": "persons", "عضو": "persons", "عضوا": "persons", "أعضاء": "persons", "ضحية": "persons",
    "رسالة": "letters", "رسائل": "letters", "تقرير": "documents", "تقارير": "documents", "قرار": "documents",
    "قرارات": "documents", "قرية": "settlements", "قرى": "settlements", "مدينة": "settlements", "مدن": "settlements",
    "منطقة": "districts", "مناطق": "districts", "محافظة": "districts", "محافظات": "districts", "مقاطعة": "districts",
    "ولاية": "districts", "ولايات": "districts",
    "دولة": "states", "دول": "states", "بلد": "states", "بلدا": "states", "بلدان": "states",
} | TIME_WORDS
NOUN_UNITS |= {f"ال{k}": u for k, u in NOUN_UNITS.items() if k != "ولايات"}  # not "الولايات المتحدة"  # "عشرات الآلاف من الأشخاص": the noun after من is definite
NOUN_STOPS = frozenset(("و أو في على إلى الى عن مع خلال منذ حتى قبل بعد لدى عند التي الذي الذين قد لم لا كان كانت كانوا "
                        "هو هي هم").split())
NOUN_SKIPS = frozenset(("من",))
SUBJECT_VERBS = frozenset()
ONE_NOT_AFTER = ()

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("رقم", "الرقم")
_ID_BASES = ("قرار", "قرارا", "قراري", "قرارات", "قراره", "قرارها", "فقرة", "فقرتين", "فقرات", "مادة", "مادتين", "مواد", "بند",
             "بندين", "بنود", "جلسة", "جلستها", "جلسته", "صفحة", "فصل", "فرع", "مرفق", "قاعدة", "جدول", "جدولان", "شكل",
             "مقرر", "مقررات", "حاشية", "هدف", "غاية", "توصية", "مبدأ", "مرحلة", "قانون", "رقم", "دورة", "دورتها", "جزء",
             "إجراء", "إجراءات")
IDENTIFIER_WORDS = frozenset(f"{p}{a}{b}" for b in _ID_BASES for a in ("", "ال") for p in ("", "و", "ب", "ف", "ك", "ل")) | frozenset(
    f"{p}لل{b}" for b in _ID_BASES for p in ("", "و", "ف"))
_ID_NOUNS = rf"{_P}(?:ال|ل)?(?:{'|'.join(sorted(_ID_BASES, key=len, reverse=True))})"
IDENTIFIER_NOUNS_BEFORE = _ID_NOUNS + r"|عمر|أعمار(?:هم)?|سن"
DESIGNATORS_AFTER = r"\s*(?:أعلاه|أدناه)"  # "الفقرة 5 أعلاه" (above): a reference
NEGATIVE_BEFORE = rf"{_S}سالب\s+$"
NOT_WHOLE_AFTER = r"\s*/\s*[0-9]"
NOT_WHOLE_SPAN = r"(?:\s*/\s*[0-9]+)*"
_REF = r"[0-9]+(?:[./-][0-9]+)*(?:\s*\((?:[0-9]{4}|[IVXLC]+)\))?(?:\s*\([\u0621-\u064Aa-z]\))?"
_REFS = rf"{_REF}(?:\s*(?:،\s*و|،|,|و|-|–|إلى)\s*{_REF}(?![0-9]|\s+(?:{MONTH_PATTERN})))*"
IDENTIFIER_PATTERNS = [
    rf"{_S}{_P}(?:ال)?بنود?\s+{_REFS}\s+من\s+جدول\s+الأعمال",
    rf"{_S}{_P}(?:ال|ل)?(?:قرار(?:ات|ا|ان|ي|ين|ه|ها)?|مقرر(?:ات)?)\s+(?:(?:مجلس\s+الأمن|الجمعية\s+العامة)\s+)?(?:رقم\s+)?{_REFS}",
    rf"{_S}{_ID_NOUNS}\s*{_REFS}",
    rf"{_S}{_P}(?:ال|ل)?جلس(?:ة|ته|تها)\s+(?:مجلس\s+الأمن\s+)?(?:رقم\s+)?[0-9]+",  # "لجلسة مجلس الأمن 7367"
]
IDENTIFIER_OPENERS = ""
ORDINAL_SUFFIXES = ()
TIME_OF_DAY = r"[0-9](?<![0-9][0-9])[0-9]?[.:][0-5][0-9](?![0-9])"
RESOLUTION_BEFORE = (r"(?<=القرار )", r"(?<=قرار مجلس الأمن )", r"(?<=والقرار )")
RESOLUTION_AFTER = ()
ADOPTION_VERBS = r"اتخذ|اعتمد|اتخذه|اعتمده"
_V = "[\u064B-\u0652\u0640]*"  # vowel marks and tatweel a word may carry between its letters ("وقُتل", "مدنياً")


def _marked(alternation: str) -> str:
    """The words of an alternation, each letter followed by the marks it may carry."""
    return "|".join(_V.join(word) for word in alternation.split("|"))


_CATEGORY_WORDS = {
    "killed": r"قتل|قتلى|قتيل|مقتل|حتفهم|حتفه|مصرع|وفاة|وفيات|توفي|أعدم|إعدام|استشهد|شهداء|شهيد",
    "wounded": r"جرح|جريح|إصاب|أصيب|مصاب",
    "missing": r"مفقود|فقدوا|فقدان|في عداد المفقودين",
    "hostages": r"رهائن|رهينة|محتجز|احتجاز|احتجز|معتقل|اعتقال|اعتقل|أسرى|أسير|مختطف|اختطاف|اختطف|سجين|سجناء|محبوس",
    "population": r"نسمة|سكان|يقطن|يسكن",
    "displaced": r"مشرد|تشريد|نازح|نزوح|لاجئ|فروا|فرار|الفرار|طرد|ترحيل|تهجير|هجر|أجبروا على",
}
CATEGORY_VERBS = {category: _marked(words) for category, words in _CATEGORY_WORDS.items()}
HEAD_NOUNS = {
    "نسمة": ("population", "persons"), "ساكن": ("population", "persons"), "شخص": ("other", "persons"),
    "شخصا": ("other", "persons"), "أشخاص": ("other", "persons"), "مدني": ("other", "persons"),
    "مدنيا": ("other", "persons"), "مدنيين": ("other", "persons"), "طفل": ("other", "persons"),
    "طفلا": ("other", "persons"), "أطفال": ("other", "persons"), "قتيل": ("killed", "persons"),
    "قتيلا": ("killed", "persons"), "قتلى": ("killed", "persons"), "جريح": ("wounded", "persons"),
    "جريحا": ("wounded", "persons"), "جرحى": ("wounded", "persons"), "لاجئ": ("displaced", "persons"),
    "لاجئا": ("displaced", "persons"), "لاجئين": ("displaced", "persons"), "نازح": ("displaced", "persons"),
    "نازحا": ("displaced", "persons"), "نازحين": ("displaced", "persons"), "رهينة": ("hostages", "persons"),
    "رهائن": ("hostages", "persons"), "معتقل": ("hostages", "persons"), "معتقلا": ("hostages", "persons"),
    "قرية": ("settlements", "settlements"), "قرى": ("settlements", "settlements"), "مدينة": ("settlements", "settlements"),
    "مدن": ("settlements", "settlements"), "منطقة": ("territory", "districts"), "مناطق": ("territory", "districts"),
    "محافظة": ("territory", "districts"), "محافظات": ("territory", "districts"), "ولاية": ("territory", "districts"),
    "ولايات": ("territory", "districts"), "رسالة": ("documents", "letters"),
    "رسائل": ("documents", "letters"), "تقرير": ("documents", "documents"), "تقارير": ("documents", "documents"),
    "دولة": ("other", "states"), "دول": ("other", "states"), "بلدان": ("other", "states"), "بلدا": ("other", "states"),
}
HEAD_NOUNS |= {f"ال{k}": v for k, v in HEAD_NOUNS.items() if k != "ولايات"}
SUBJECT_STOPS = rf"{_S}(?:كانوا|كان|كانت){_NW}"
SUBJECT_SKIPS = ("من",)
HYPOTHETICAL_BEFORE = rf"{_S}(?:تجنب|منع|خطر|قد|يمكن|يحتمل)"
CONDITIONS = rf"{_S}(?:إذا|إن|لو|في حال)"
HYPOTHETICAL_AFTER = rf"{_S}(?:قد|يمكن){_NW}"
BREAKDOWN = rf"{_S}(?:من بينهم|منهم|بينهم|بمن فيهم|منها|بما في ذلك)"
BREAKDOWN_END = rf"{_S}(?:وبالإضافة إلى ذلك|علاوة على ذلك)"
SPEECH_VERBS = rf"{_S}(?:صرح|أعلن|ذكر|أفاد|أشار|قال){_NW}"
REPORTED_VERBS = ""
SPEAKER_FRAMES = ()
SPEAKER_LEADS = (rf"{_S}(?:وفقا ل|وفقاً ل|حسب|بحسب|وفق)\s*([^،,؛;.]{{2,60}})",)
TITLE_SPEAKER = ""
SPEAKER_PREPOSITIONS = ""
SPEAKER_TRAILING_WORDS = ()
PRONOUNS = ("هو", "هي", "هم")
IMPERSONAL = ("نحن",)

# ----------------------------------------------------------------------------- the letter's masthead
LETTER_TITLE_LINE = r"(?:رسالتان\s+متطابقتان|رسائل\s+متطابقة|رسالة|مذكرة\s+شفوية)\s+مؤرخة\s+.+"
LETTER_TITLE = (r"مؤرخة\s+{date}(?:\s+موجهة\s+إلى\s+(?P<addressee>.+?))?(?:\s+من\s+(?P<author>.+?))?$")
AGENDA_HEADING = r"البندان|البنود|البند"
SIGNATURE_WORDS = ("توقيع",)
PLACE_PATTERNS = [
    rf"{_S}(?:مدينة|بلدة|قرية|مخيم|محافظة|منطقة|مقاطعة)\s+(?P<place>[{_W}]{{3,}}(?:\s+[{_W}]{{3,}})?)(?=\s+(?:في|يوم|بتاريخ))",
]

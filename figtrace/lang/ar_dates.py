"""Arabic dates and durations: "11 أيار/مايو 2015" (the month pair: Levantine name / Egyptian name),
"4 و 27 آذار/مارس", "من 31 آذار/مارس إلى 3 نيسان/أبريل 2015", "عام 2015", "أواخر عام 2014",
"القرن العشرين", "لمدة 44 يوما" (the tables ``ar`` gives; data only).

A year after عام or سنة ("the year") is always a date, as 年 is in Chinese; a bare year only
after a preposition.  Words may carry the glued conjunction و or preposition ب ل ("وعام 2015").
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import YEAR_TOKEN, DatePattern, alt, bare_years, neutral_dates

_LEVANTINE = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول")
_EGYPTIAN = (("يناير",), ("فبراير",), ("مارس",), ("أبريل", "ابريل", "إبريل"), ("مايو",), ("يونيه", "يونيو"),
             ("يوليه", "يوليو"), ("أغسطس", "اغسطس"), ("سبتمبر",), ("أكتوبر", "اكتوبر"), ("نوفمبر",), ("ديسمبر",))
MONTH_NAMES = ({m: i for i, m in enumerate(_LEVANTINE, 1)} | {m: i for i, ms in enumerate(_EGYPTIAN, 1) for m in ms}
               | {f"{lv}/{eg}": i for i, (lv, egs) in enumerate(zip(_LEVANTINE, _EGYPTIAN), 1) for eg in egs})
_LV = alt(_LEVANTINE).replace(r"\ ", r"\s+")
_EG = alt([m for ms in _EGYPTIAN for m in ms])
MONTH_PATTERN = rf"(?:{_LV})\s*/\s*(?:{_EG})|{_EG}|(?:{_LV})(?![\u0621-\u064A])"
_MON = MONTH_PATTERN
_BASE_PARTS = {"أواخر": "late", "نهاية": "late", "أوائل": "early", "بداية": "early", "مطلع": "early",
               "منتصف": "mid", "أواسط": "mid", "النصف الأول من": "h1", "النصف الثاني من": "h2",
               "الربع الأول من": "q1", "الربع الثاني من": "q2", "الربع الثالث من": "q3", "الربع الرابع من": "q4",
               "الربع الأخير من": "q4"}
PART_WORDS = {f"{p}{base}": v for base, v in _BASE_PARTS.items() for p in ("", "في ", "ب", "و", "خلال ")}
_PART = alt(PART_WORDS).replace(r"\ ", r"\s+")
CENTURY_WORDS = {"الثامن عشر": 18, "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الحادي و العشرين": 21}
DATE_BETWEEN = ("بين",)
PAIR_WORDS = ("و", ",", "،")  # "4 و 27 آذار/مارس": two days
RANGE_AFTER = ()
_A = r"(?<![\u0621-\u064A])"  # an Arabic word starts here
_YEAR_WORD = r"(?:[وبلف]?(?:ال)?(?:عام|سنة)|[وبلف]?عامي|[لو]?لعام|لسنة)"  # عام, العام, لعام, وعام, سنة, عامي
_DAY = rf"({_D}{{1,2}})"
_LEAD = r"(?:(من|بين|في\s+الفترة\s+من|خلال\s+الفترة\s+من)\s+)?"
_JOIN = r"\s*(-|–|—|إلى|الى|حتى|و|،|,)\s*"
_Y = rf"({_D}{{4}})(?:\s*م)?(?![0-9])(?![-–/]?[0-9])"
_FIRST, _LAST = neutral_dates("ar")
DATE_PATTERNS = [  # tried in order; first match at a position wins
    *_FIRST,
    DatePattern("ar_dmy_full", "day", ("lead", "d", "mon", "y", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON})\s*{_Y}{_JOIN}{_DAY}\s+({_MON})\s*{_Y}"),
    DatePattern("ar_dm_dmy", "day", ("lead", "d", "mon", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON}){_JOIN}{_DAY}\s+({_MON})(?:\s*{_Y})?"),
    DatePattern("ar_dmy", "day_span", ("lead", "d", "join", "d2", "mon", "y"),
                rf"{_LEAD}(?<![0-9]){_DAY}(?:{_JOIN}{_DAY})?\s+({_MON})(?:\s*،?\s*{_Y})?(?![0-9])"),
    DatePattern("ar_mrange", "month_range", ("lead", "part", "mon", "y", "join", "part2", "mon2", "y2"),
                rf"{_LEAD}(?:({_PART})\s*)?({_MON})(?:\s*{_Y})?\s*(إلى|الى|حتى|و|-|–)\s*(?:({_PART})\s*)?({_MON})(?:\s*{_Y})?"),
    DatePattern("ar_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*(?:شهر\s+)?({_MON})(?:\s*{_Y})?"),
    DatePattern("ar_my", "month", ("mon", "y"), rf"{_A}({_MON})\s*{_Y}"),
    DatePattern("ar_century", "century", ("part", "c"), rf"(?:({_PART})\s*)?(?:ال)?قرن\s+({alt(CENTURY_WORDS)})"),
    DatePattern("ar_yrange", "year_range", ("lead", "y", "join", "part2", "y2"),
                rf"{_A}(من|بين|منذ)\s+(?:{_YEAR_WORD}\s+)?{_Y}\s*(إلى|الى|حتى|و)\s*(?:({_PART})\s*)?(?:{_YEAR_WORD}\s+)?{_Y}"),
    DatePattern("ar_part_y", "year", ("part", "y"), rf"({_PART})\s*(?:{_YEAR_WORD}\s+)?{_Y}"),
    DatePattern("ar_year_w", "year", ("y",), rf"{_A}{_YEAR_WORD}\s+({_D}{{4}})(?:\s*م)?(?![0-9])(?![-–/]?[0-9])", surface="y"),
    *_LAST,
    DatePattern("ar_year", "year", ("y",),
                rf"{_A}(?:في|منذ|حتى|قبل|بعد|خلال|بحلول)\s+((?:1[5-9]|20){_D}{{2}})(?![0-9])(?![,.\-–/]?\d)", surface="y"),
    *bare_years("ar"),  # "(2015)" after a name, ", 2013" closing a title (ar.txt:283)
]
DATE_LEAD_WORDS = frozenset(
    "من بين في خلال منذ حتى قبل بعد بحلول عام العام سنة السنة لعام وعام بعام عامي لعامي القرن قرن شهر".split()) | frozenset(
    w.split()[0] for w in PART_WORDS) | frozenset(m.split()[0] for m in _LEVANTINE) | frozenset(
    m for ms in _EGYPTIAN for m in ms)
DATE_FOLLOWERS = (rf"\s+(?:{_MON})|\s*[-–—/.]\s*[0-9]|\s*(?:إلى|الى|حتى|و|،|,)\s*[0-9]"
                  + "|" + YEAR_TOKEN)
NUMERIC_DATE_ORDER = "dmy"
RECURRING = (r"(?<![\u0621-\u064A])(?:كل|سنويا)\s+$", r"\s*من\s+كل\s+عام")
SINCE = (r"(?<![\u0621-\u064A])منذ\s+$", None, 8)
COORDINATORS = ("و", "إلى", "الى", "حتى")
WRITTEN_DAY = r"(?P<d>\d{1,2})\s+(?P<mon>[^\s\d/]+(?:\s+[^\s\d/]+)?\s*/\s*[^\s\d]+)\s+(?P<y>\d{4})"

# ----------------------------------------------------------------------------- durations in words
_UNITS = r"سنوات|سنين|أعوام|أشهر|شهور|أسابيع|أيام|ساعات|عقود|قرون"
DURATION_UNITS = {"سنة": "years", "سنوات": "years", "سنين": "years", "عام": "years", "عاما": "years", "أعوام": "years",
                  "شهر": "months", "شهرا": "months", "أشهر": "months", "شهور": "months", "أسبوع": "weeks",
                  "أسبوعا": "weeks", "أسابيع": "weeks", "يوم": "days", "يوما": "days", "أيام": "days", "ساعة": "hours",
                  "ساعات": "hours", "عقد": "decades", "عقدا": "decades", "عقود": "decades", "قرن": "centuries",
                  "قرنا": "centuries", "قرون": "centuries"}
DURATION_PATTERNS = [
    rf"{_A}(?P<several>عدة|بضعة|بضع)\s+(?P<unit>{_UNITS})(?![\u0621-\u064A])",       # عدة أشهر: several months
    rf"{_A}(?P<unit>{_UNITS})\s+(?P<several>عديدة|قليلة)(?![\u0621-\u064A])",       # سنوات عديدة
    r"(?<![\u0621-\u064A])(?P<unit>عقد|قرن)\s+(?P<one>من\s+الزمن)",                   # عقد من الزمن: a decade
    r"(?<![\u0621-\u064A])(?P<half>نصف)\s+(?P<unit>قرن|ساعة|عام|سنة|شهر)(?![\u0621-\u064A])",  # نصف قرن
]
DURATION_KEYS = ("عدة", "بضع", "عديدة", "قليلة", "الزمن", "نصف")
PERIOD_LABEL_AFTER = ""
PERIOD_LABEL_BEFORE = ""
# "في موعد لا يتجاوز 30 يوما" (ar.txt:527): a time limit, at most N
TIME_LIMIT_BEFORE = r"(?:موعد\s+لا\s+يتجاوز|موعد\s+أقصاه|في\s+غضون)\s+$"
TIME_LIMIT_AFTER = ""
LEAD_TIME_AFTER = r"\s+قبل"  # "no later than six months before the expiry" (en.txt:2977): a lead time, no limit

"""Russian dates and durations: "11 мая 2015 года", "4 и 27 марта", "с 31 марта по 3 апреля 2015 года",
"в 2015 году", "в конце 2014 года", "1990-х годов", "XX века", "полтора года" (the tables ``ru`` gives).

A year followed by its word (год, года, году, г.) is always a date, as 年 is in Chinese; a
bare year only after a preposition.  Month names are given in the three cases dates use
(января, январь, январе).
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import YEAR_TOKEN, DatePattern, alt, bare_years, neutral_dates

_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
_NOM = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
MONTH_NAMES = {m: i for forms in (_GEN, _NOM, _PREP) for i, m in enumerate(forms, 1)}
MONTH_PATTERN = "(?i:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + ")"
_MON = MONTH_PATTERN
_BASE_PARTS = {"конце": "late", "конца": "late", "конец": "late", "начале": "early", "начала": "early",
               "начало": "early", "середине": "mid", "середины": "mid", "середина": "mid",
               "первой половине": "h1", "первой половины": "h1", "второй половине": "h2", "второй половины": "h2",
               "первом квартале": "q1", "первого квартала": "q1", "втором квартале": "q2", "второго квартала": "q2",
               "третьем квартале": "q3", "третьего квартала": "q3", "четвертом квартале": "q4",
               "четвёртом квартале": "q4", "четвертого квартала": "q4", "последнем квартале": "q4"}
PART_WORDS = _BASE_PARTS
_PART = "(?i:" + alt(PART_WORDS) + ")"
CENTURY_WORDS = {"xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
DATE_BETWEEN = ("между",)
PAIR_WORDS = ("и", ",")  # "4 и 27 марта": two days
RANGE_AFTER = ()
_YW = r"(?:год(?:а|у|ом|е|ы|ов|ам|ами|ах)?|гг?\.)(?![А-Яа-яЁё])"  # год, года, году, г., гг.
_DAY = rf"({_D}{{1,2}})(?:-?(?:го|е))?"
_LEAD = r"(?:((?i:с|со|между|от))\s+)?"
_JOIN = r"\s*(-|–|—|−|по|до|и|,)\s*"
_Y = rf"({_D}{{4}})(?![0-9])(?![-–/]?[0-9])"
_FIRST, _LAST = neutral_dates("ru", r"(?!\s+(?:человек|случа|семей|детей|женщин|беженцев|долл|евро|час))")
DATE_PATTERNS = [  # tried in order; first match at a position wins
    *_FIRST,
    DatePattern("ru_dmy_full", "day", ("lead", "d", "mon", "y", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON})\s+{_Y}(?:\s*{_YW})?{_JOIN}{_DAY}\s+({_MON})\s+{_Y}(?:\s*{_YW})?"),
    DatePattern("ru_dm_dmy", "day", ("lead", "d", "mon", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON}){_JOIN}{_DAY}\s+({_MON})(?:\s+{_Y}(?:\s*{_YW})?)?"),
    DatePattern("ru_dmy", "day_span", ("lead", "d", "join", "d2", "mon", "y"),
                rf"{_LEAD}(?<![0-9]){_DAY}(?:{_JOIN}{_DAY})?\s+({_MON})(?:\s+{_Y}(?:\s*{_YW})?)?(?![0-9])"),
    DatePattern("ru_mrange", "month_range", ("lead", "part", "mon", "y", "join", "part2", "mon2", "y2"),
                rf"{_LEAD}(?:({_PART})\s*)?({_MON})(?:\s+{_Y}(?:\s*{_YW})?)?\s*(по|до|и|-|–|—)\s*(?:({_PART})\s*)?({_MON})"
                rf"(?:\s+{_Y}(?:\s*{_YW})?)?"),
    DatePattern("ru_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*({_MON})(?:\s+{_Y}(?:\s*{_YW})?)?"),
    DatePattern("ru_my", "month", ("mon", "y"), rf"({_MON})\s+{_Y}(?:\s*{_YW})?"),
    DatePattern("ru_century", "century", ("part", "c"),
                rf"(?:({_PART})\s*)?((?i:{alt(CENTURY_WORDS)}))\s+(?i:век(?:а|е|ов)?)(?![А-Яа-яЁё])"),
    DatePattern("ru_decade", "decade", ("part", "decade"),
                rf"(?:({_PART})\s*)?({_D}{{3}}0)-?(?:х|е)(?![А-Яа-яЁё])(?:\s*{_YW})?"),
    DatePattern("ru_yrange", "year_range", ("lead", "y", "join", "part2", "y2"),
                rf"((?i:с|со|между|от))\s+{_Y}(?:\s*{_YW})?\s+(по|до|и)\s+(?:({_PART})\s*)?{_Y}(?:\s*{_YW})?"),
    DatePattern("ru_yrange_w", "year_range", ("y", "join", "y2"),
                rf"(?<![0-9/.\-])({_D}{{4}})\s*(-|–|—|−)\s*{_Y}\s*{_YW}"),  # "2012−2017 годы" (a minus sign)
    DatePattern("ru_part_y", "year", ("part", "y"), rf"({_PART})\s*{_Y}(?:\s*{_YW})?"),
    DatePattern("ru_year_w", "year", ("y",), rf"(?<![0-9/.,\-]){_Y}\s*{_YW}"),
    *_LAST,
    DatePattern("ru_year", "year", ("y",),
                rf"(?<![А-Яа-яЁё])(?i:с|со|до|после|к|по|в|во|начиная\s+с)\s+((?:1[5-9]|20){_D}{{2}})(?![0-9])"
                rf"(?![,.\-–/]?\d)(?!\s*(?:{_YW}|человек|долл|процент|%))", surface="y"),
    *bare_years("ru"),  # "(2015)" after a name, ", 2013" closing a title (ru.txt:283)
]
DATE_LEAD_WORDS = frozenset("с со между от до после к по в во начиная".split()) | frozenset(
    w.split()[0] for w in PART_WORDS) | frozenset(CENTURY_WORDS)
DATE_FOLLOWERS = (rf"(?:-?(?:го|е))?\s+{_MON}|\s*[-–—−/.]\s*[0-9]|\s*(?:по|до|и|,)\s*[0-9]|\s*{_YW}|-?(?:х|е)(?![А-Яа-яЁё])"
                  rf"|\s*(?:по|до|и|,|-|–|—)\s*[0-9]{{1,2}}\s+{_MON}"
                  + "|" + YEAR_TOKEN)
NUMERIC_DATE_ORDER = "dmy"  # "04.01.2019": day first
RECURRING = (r"(?<![А-Яа-яЁё])(?:[Кк]аждого|[Ее]жегодно)\s+$", r"\s*каждого\s+года")
SINCE = (r"(?<![А-Яа-яЁё])(?:[Сс]|[Сс]о|[Нн]ачиная\s+с)\s+$", None, 12)
COORDINATORS = ("и", "по", "до")
WRITTEN_DAY = r"(?P<d>\d{1,2})\s+(?P<mon>\w+)\s+(?P<y>\d{4})"

# ----------------------------------------------------------------------------- durations in words
_NUM = r"[0-9]+|два|две|двух|три|трех|трёх|четыре|пять|пяти|шесть|семь|восемь|девять|десять|двадцать|тридцать"
_UNITS = r"лет|года|месяцев|месяца|недель|недели|дней|дня|часов|часа|десятилетий|десятилетия|веков|века"
DURATION_UNITS = {"лет": "years", "года": "years", "год": "years", "месяцев": "months", "месяца": "months",
                  "месяц": "months", "недель": "weeks", "недели": "weeks", "неделю": "weeks", "дней": "days",
                  "дня": "days", "день": "days", "часов": "hours", "часа": "hours", "час": "hours",
                  "десятилетий": "decades", "десятилетия": "decades", "десятилетие": "decades", "веков": "centuries",
                  "века": "centuries", "век": "centuries"}
DURATION_PATTERNS = [
    rf"(?<![А-Яа-яЁё])(?P<n>{_NUM})\s+с\s+(?P<half>половиной)\s+(?P<unit>{_UNITS})(?![А-Яа-яЁё])",  # два с половиной года
    r"(?<![А-Яа-яЁё])(?P<one>пол)(?P<half>тор[аы])\s+(?P<unit>года|месяца|недели|дня|часа|века)(?![А-Яа-яЁё])",  # полтора: one and a half
    r"(?<![А-Яа-яЁё])(?P<half>пол)(?P<unit>года|века|месяца)(?![А-Яа-яЁё])",                       # полгода
    rf"(?<![А-Яа-яЁё])(?P<several>несколько|нескольких)\s+(?P<unit>{_UNITS})(?![А-Яа-яЁё])",
]
DURATION_KEYS = ("пол", "нескольк")
PERIOD_LABEL_AFTER = ""
PERIOD_LABEL_BEFORE = ""
# "не позднее 30 дней" (ru.txt:527), "не позднее чем через 30 дней" (ru.txt:1267): at most N
TIME_LIMIT_BEFORE = r"(?<![А-Яа-яЁё])не\s+позднее\s+(?:чем\s+)?(?:через\s+)?$"
TIME_LIMIT_AFTER = ""
LEAD_TIME_AFTER = r"\s+до\b"  # "no later than six months before the expiry" (en.txt:2977): a lead time, no limit

"""French dates and durations: "11 mai 2015", "le 4 et le 27 mars", "du 31 mars au 3 avril 2015",
"fin 2014", "les années 1990", "XXe siècle", "deux ans et demi" (the tables ``fr`` gives; data only).

The forms follow the UN's French style; each pattern's roles are read by ``date_forms``
as the English ones are (a day, a month or a year, a part of one, a range or a pair).
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import YEAR_MARKED, YEAR_TOKEN, DatePattern, alt, bare_years, neutral_dates

MONTH_NAMES = {m: i for i, m in enumerate(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)} | {
    "fevrier": 2, "aout": 8, "decembre": 12}
MONTH_PATTERN = "(?i:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + ")"
_MON = MONTH_PATTERN
_BASE_PARTS = {"fin": "late", "début": "early", "milieu": "mid", "premier semestre": "h1", "second semestre": "h2",
               "deuxième semestre": "h2", "premier trimestre": "q1", "deuxième trimestre": "q2",
               "troisième trimestre": "q3", "quatrième trimestre": "q4", "dernier trimestre": "q4"}
# "fin 2014", "à la fin de 2014", "au début de mars", "au premier semestre de 2015", "mi-2015", "à la mi-mars"
PART_WORDS = {f"{lead}{base}{tail}": v for base, v in _BASE_PARTS.items()
              for lead in ("", "au ", "à la ", "la ", "le ") for tail in ("", " de", " du", " d'", " d’")} | {
    "mi-": "mid", "à la mi-": "mid", "la mi-": "mid"}
_PART = "(?i:" + alt(PART_WORDS) + ")"
CENTURY_WORDS = {"xviiie": 18, "xixe": 19, "xxe": 20, "xxie": 21, "dix-huitième": 18, "dix-neuvième": 19,
                 "vingtième": 20, "vingt et unième": 21}
DATE_BETWEEN = ("entre",)  # "entre le 3 et le 5 mars": a range, not two dates
PAIR_WORDS = ("et", "et le", ",")  # "le 4 et le 27 mars": two days
RANGE_AFTER = ()
_DAY = rf"({_D}{{1,2}})(?:er|re)?"
_LEAD = r"(?:((?i:entre|du|de))\s+(?:le\s+)?)?"
_JOIN = r"\s*(-|–|—|au|à|et\s+le|et|,)\s*"
_Y = rf"({_D}{{4}})\b(?![-–/]?[0-9])"
# A bare year is a count before these: "en 1990 cas".
_NOT_COUNTED = (r"(?!\s+(?:personnes|cas|familles|enfants|femmes|hommes|réfugiés|ménages|civils|heures|habitants"
                r"|dollars|euros|francs)\b)")
_FIRST, _LAST = neutral_dates("fr", _NOT_COUNTED)
# (a scan starts at these words: "à partir de 2015" and "au cours de 2015" are found at their "de", "l'année 2015"
# at "année"; articles and "à" are too frequent to start a scan at)
_PREPOSITIONS = r"en|depuis|dès|de|d['’]ici(?:\s+à)?|jusqu['’]en|jusqu['’]à|avant|après|pour|pendant|durant|courant|année|exercice"
DATE_PATTERNS = [  # tried in order; first match at a position wins
    *_FIRST,
    DatePattern("fr_dmy_full", "day", ("lead", "d", "mon", "y", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON})\s+{_Y}{_JOIN}{_DAY}\s+({_MON})\s+{_Y}"),
    DatePattern("fr_dm_dmy", "day", ("lead", "d", "mon", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+({_MON}){_JOIN}{_DAY}\s+({_MON})(?:\s+{_Y})?"),
    DatePattern("fr_dmy", "day_span", ("lead", "d", "join", "d2", "mon", "y"),
                rf"{_LEAD}(?<![0-9]){_DAY}(?:{_JOIN}{_DAY})?\s+({_MON})(?:\s+{_Y}{_NOT_COUNTED})?(?![0-9])"),
    DatePattern("fr_mrange", "month_range", ("lead", "part", "mon", "y", "join", "part2", "mon2", "y2"),
                rf"{_LEAD}(?:({_PART})\s*)?({_MON})(?:\s+{_Y})?\s*(à|au|et|-|–)\s*(?:({_PART})\s*)?({_MON})(?:\s+{_Y})?"),
    DatePattern("fr_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*({_MON})(?:\s+{_Y})?"),
    DatePattern("fr_my", "month", ("mon", "y"), rf"({_MON})\s+{YEAR_MARKED}"),
    DatePattern("fr_century", "century", ("part", "c"),
                rf"(?:({_PART})\s*)?((?i:{alt(CENTURY_WORDS)}))\s+(?i:siècle)\b"),
    DatePattern("fr_decade", "decade", ("part", "decade"),
                rf"(?:({_PART})\s*(?:des\s+)?)?(?i:années)\s+({_D}{{3}}0)(?![0-9])"),
    DatePattern("fr_yrange", "year_range", ("lead", "y", "join", "part2", "y2"),
                rf"((?i:entre|de|depuis))\s+{_Y}\s+(à|et|au|jusqu['’]à|jusqu['’]en)\s+(?:({_PART})\s*)?{_Y}{_NOT_COUNTED}"),
    DatePattern("fr_part_y", "year", ("part", "y"), rf"({_PART})\s*(?:l['’]année\s+)?{_Y}(?![0-9])"),
    *_LAST,
    DatePattern("fr_year", "year", ("y",),
                rf"\b(?i:{_PREPOSITIONS})\s+((?:1[5-9]|20){_D}{{2}})\b(?![,.\-–/]?\d){_NOT_COUNTED}", surface="y"),
    *bare_years("fr"),  # "(2015)" after a name, ", 2013" closing a title (fr.txt:283)
]
DATE_LEAD_WORDS = frozenset(
    "entre du de depuis dès en d jusqu avant après pour pendant durant courant année exercice "
    "fin début milieu mi premier second deuxième troisième quatrième dernier années".split()
) | frozenset(CENTURY_WORDS) | frozenset(w.split()[0].split("-")[0] for w in CENTURY_WORDS)
DATE_FOLLOWERS = (rf"(?:er|re)?\s+{_MON}|\s*[-–/.]\s*[0-9]|\s*(?:au|à|et|,)\s*(?:le\s+)?[0-9]"
                  rf"|(?:er|re)?\s*(?:au|à|et|,|-|–)\s*(?:le\s+)?[0-9]{{1,2}}(?:er)?\s+{_MON}"
                  + "|" + YEAR_TOKEN)
NUMERIC_DATE_ORDER = "dmy"  # "04/01/2019": day first
RECURRING = (r"\b(?:[Cc]haque|[Tt]ous\s+les)\s+$", r"\s*(?:de\s+)?chaque\s+année\b")
SINCE = (r"\b[Dd](?:epuis|ès)\s+(?:le\s+|l['’]|la\s+)?$", None, 12)
COORDINATORS = ("et", "au", "à")
WRITTEN_DAY = r"(?P<d>\d{1,2})(?:er)?\s+(?P<mon>\w+)\s+(?P<y>\d{4})"  # the title's date; a month name checked after

# ----------------------------------------------------------------------------- durations in words
_NUM = r"[0-9]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent"
_UNITS = r"ans|années|mois|semaines|jours|heures|décennies|siècles"
DURATION_UNITS = {"an": "years", "ans": "years", "année": "years", "années": "years", "mois": "months",
                  "semaine": "weeks", "semaines": "weeks", "jour": "days", "jours": "days", "heure": "hours",
                  "heures": "hours", "décennie": "decades", "décennies": "decades", "siècle": "centuries",
                  "siècles": "centuries"}
DURATION_PATTERNS = [
    rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNITS})\s+et\s+(?P<half>demie?)\b",         # deux ans et demi
    r"\b(?P<one>une?)\s+(?P<unit>an|année|mois|semaine|jour|heure|décennie|siècle)\s+et\s+(?P<half>demie?)\b",
    r"\b(?P<half>demi)-(?P<unit>siècle|heure|journée)\b",                      # un demi-siècle
    rf"\b(?P<several>plusieurs|quelques)\s+(?P<unit>{_UNITS})\b",
    r"(?<!\bpar\s)(?<!\bchaque\s)\b(?P<one>une?)\s+(?P<unit>décennie|siècle)\b",
    rf"\b(?P<n>{_NUM})\s+(?P<unit>siècles)\b",
]
DURATION_KEYS = ("demi", "plusieurs", "quelques", "décennie", "siècle")
PERIOD_LABEL_AFTER = ""
PERIOD_LABEL_BEFORE = ""
# "30 jours au plus tard" (fr.txt:527), "dans un délai de 30 jours": a time limit, at most N
TIME_LIMIT_BEFORE = r"\b(?:dans\s+un\s+délai\s+(?:maximum\s+|maximal\s+)?de|au\s+plus\s+tard|dans\s+les)\s+$"
TIME_LIMIT_AFTER = r"\s+au\s+plus\s+tard\b"
LEAD_TIME_AFTER = r"\s+avant\b"  # "no later than six months before the expiry" (en.txt:2977): a lead time, no limit

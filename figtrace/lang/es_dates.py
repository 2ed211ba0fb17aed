"""Spanish dates and durations: "11 de mayo de 2015", "el 4 y el 27 de marzo", "del 31 de marzo al 3 de abril
de 2015", "a finales de 2014", "el decenio de 1990", "el siglo XX", "dos años y medio" (tables ``es`` gives).

The forms follow the UN's Spanish style; each pattern's roles are read by ``date_forms`` as
the English ones are.
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import YEAR_MARKED, YEAR_TOKEN, DatePattern, alt, bare_years, neutral_dates

MONTH_NAMES = {m: i for i, m in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)} | {
    "setiembre": 9}
MONTH_PATTERN = "(?i:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + ")"
_MON = MONTH_PATTERN
_BASE_PARTS = {"finales": "late", "fines": "late", "final": "late", "principios": "early", "comienzos": "early",
               "inicios": "early", "mediados": "mid", "primer semestre": "h1", "segundo semestre": "h2",
               "primer trimestre": "q1", "segundo trimestre": "q2", "tercer trimestre": "q3",
               "cuarto trimestre": "q4", "último trimestre": "q4"}
# "a finales de 2014", "a principios de marzo", "mediados de 2015", "el primer semestre de 2015"
PART_WORDS = {f"{lead}{base} {tail}".strip(): v for base, v in _BASE_PARTS.items()
              for lead in ("", "a ", "el ", "en el ", "al ", "a lo largo del ") for tail in ("", "de", "del")}
_PART = "(?i:" + alt(PART_WORDS) + ")"
CENTURY_WORDS = {"xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
DATE_BETWEEN = ("entre",)
PAIR_WORDS = ("y", "y el", ",")  # "el 4 y el 27 de marzo": two days
RANGE_AFTER = ()
_DAY = rf"({_D}{{1,2}})(?:º|°|o\b)?"
_LEAD = r"(?:((?i:entre|del|desde\s+el|de))\s+(?:el\s+)?)?"
_JOIN = r"\s*(-|–|—|al|a|y\s+el|y|,|hasta\s+el)\s*"
_Y = rf"({_D}{{4}})\b(?![-–/]?[0-9])"
_NOT_COUNTED = (r"(?!\s+(?:personas|casos|familias|niños|niñas|mujeres|hombres|refugiados|hogares|civiles|horas"
                r"|habitantes|dólares|euros)\b)")
_FIRST, _LAST = neutral_dates("es", _NOT_COUNTED)
# (a scan starts at these words: "a partir de 2015" is found at its "de", "el año 2015" at "año")
_PREPOSITIONS = r"en|desde|hasta|antes\s+de|después\s+de|para|durante|de|año|ejercicio\s+de"
DATE_PATTERNS = [  # tried in order; first match at a position wins
    *_FIRST,
    DatePattern("es_dmy_full", "day", ("lead", "d", "mon", "y", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+de\s+({_MON})\s+de\s+{_Y}{_JOIN}{_DAY}\s+de\s+({_MON})\s+de\s+{_Y}"),
    DatePattern("es_dm_dmy", "day", ("lead", "d", "mon", "join", "d2", "mon2", "y2"),
                rf"{_LEAD}{_DAY}\s+de\s+({_MON}){_JOIN}{_DAY}\s+de\s+({_MON})(?:\s+de\s+{_Y})?"),
    DatePattern("es_dmy", "day_span", ("lead", "d", "join", "d2", "mon", "y"),
                rf"{_LEAD}(?<![0-9]){_DAY}(?:{_JOIN}{_DAY})?\s+de\s+({_MON})(?:\s+(?:de|del)\s+(?:año\s+)?{_Y}{_NOT_COUNTED})?(?![0-9])"),
    DatePattern("es_mrange", "month_range", ("lead", "part", "mon", "y", "join", "part2", "mon2", "y2"),
                rf"{_LEAD}(?:({_PART})\s*)?({_MON})(?:\s+de\s+{_Y})?\s*(a|y|hasta|-|–)\s*(?:({_PART})\s*)?({_MON})(?:\s+de\s+{_Y})?"),
    DatePattern("es_part_my", "month", ("part", "mon", "y"), rf"({_PART})\s*({_MON})(?:\s+de\s+{_Y})?"),
    DatePattern("es_my", "month", ("mon", "y"), rf"({_MON})\s+(?:de\s+|del\s+)?{YEAR_MARKED}"),
    DatePattern("es_century", "century", ("part", "c"),
                rf"(?:({_PART})\s*)?(?i:siglo)\s+((?i:{alt(CENTURY_WORDS)}))\b"),
    DatePattern("es_decade", "decade", ("part", "decade"),
                rf"(?:({_PART})\s*)?(?i:(?:decenio|década)\s+de|años)\s+({_D}{{3}}0)(?![0-9])"),
    DatePattern("es_yrange", "year_range", ("lead", "y", "join", "part2", "y2"),
                rf"((?i:entre|de|desde))\s+{_Y}\s+(a|y|hasta)\s+(?:({_PART})\s*)?{_Y}{_NOT_COUNTED}"),
    DatePattern("es_part_y", "year", ("part", "y"), rf"({_PART})\s*(?:año\s+)?{_Y}(?![0-9])"),
    *_LAST,
    DatePattern("es_year", "year", ("y",),
                rf"\b(?i:{_PREPOSITIONS})\s+((?:1[5-9]|20){_D}{{2}})\b(?![,.\-–/]?\d){_NOT_COUNTED}", surface="y"),
    *bare_years("es"),  # "(2015)" after a name, ", 2013" closing a title (es.txt:283)
]
DATE_LEAD_WORDS = frozenset(
    "entre del desde de en hasta antes después para durante año años ejercicio siglo decenio década "
    "finales fines final principios comienzos inicios mediados primer segundo tercer cuarto último".split())
DATE_FOLLOWERS = (rf"(?:º|°)?\s+de\s+{_MON}|\s*[-–/.]\s*[0-9]|\s*(?:al|a|y|,)\s*(?:el\s+)?[0-9]"
                  rf"|(?:º|°)?\s*(?:al|a|y|,|-|–)\s*(?:el\s+)?[0-9]{{1,2}}(?:º|°)?\s+de\s+{_MON}"
                  + "|" + YEAR_TOKEN)
NUMERIC_DATE_ORDER = "dmy"
RECURRING = (r"\b(?:[Cc]ada|[Tt]odos\s+los)\s+$", r"\s*de\s+cada\s+año\b")
SINCE = (r"\b[Dd]esde\s+(?:el\s+|la\s+)?$", None, 10)
COORDINATORS = ("y", "al", "a")
WRITTEN_DAY = r"(?P<d>\d{1,2})\s+de\s+(?P<mon>\w+)\s+de\s+(?P<y>\d{4})"

# ----------------------------------------------------------------------------- durations in words
_NUM = r"[0-9]+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cincuenta|cien"
_UNITS = r"años|meses|semanas|días|horas|decenios|décadas|siglos"
DURATION_UNITS = {"año": "years", "años": "years", "mes": "months", "meses": "months", "semana": "weeks",
                  "semanas": "weeks", "día": "days", "días": "days", "hora": "hours", "horas": "hours",
                  "decenio": "decades", "decenios": "decades", "década": "decades", "décadas": "decades",
                  "siglo": "centuries", "siglos": "centuries"}
DURATION_PATTERNS = [
    rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNITS})\s+y\s+(?P<half>medio|media)\b",          # dos años y medio
    r"\b(?P<one>un|una)\s+(?P<unit>año|mes|semana|día|hora|decenio|década|siglo)\s+y\s+(?P<half>medio|media)\b",
    r"\b(?P<half>medio|media)\s+(?P<unit>siglo|año|hora)\b",                        # medio siglo
    rf"\b(?P<several>varios|varias|algunos|algunas|unos\s+pocos|unas\s+pocas)\s+(?P<unit>{_UNITS})\b",
    r"(?<!\bpor\s)(?<!\bcada\s)\b(?P<one>un|una)\s+(?P<unit>decenio|década|siglo)\b",
    rf"\b(?P<n>{_NUM})\s+(?P<unit>siglos)\b",
]
DURATION_KEYS = ("medi", "vari", "algun", "pocos", "pocas", "decenio", "década", "siglo")
PERIOD_LABEL_AFTER = ""
PERIOD_LABEL_BEFORE = ""
# "en un plazo no mayor de 30 días" (es.txt:527), "en un plazo máximo de treinta días" (es.txt:1267)
TIME_LIMIT_BEFORE = r"\b(?:en\s+un\s+plazo\s+(?:no\s+mayor\s+de|máximo\s+de|de)|a\s+más\s+tardar(?:\s+en)?|dentro\s+de(?:\s+los)?)\s+$"
TIME_LIMIT_AFTER = ""
LEAD_TIME_AFTER = r"\s+antes\b"  # "no later than six months before the expiry" (en.txt:2977): a lead time, no limit

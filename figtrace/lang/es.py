"""Spanish: the words and patterns the grammars read Spanish letters with.

Data only; ``registry`` lists this module.  Spanish documents are read with these tables
alone (``registry.reading_set``): "1.000,5" or "1 000,5" (a dot or a space groups
thousands, a comma marks decimals; "10.00 horas" is a time of day), "doscientos", "más
de", "decenas de", "11 de mayo de 2015", "durante 30 años", "resolución 1325 (2000)".
Dates live in ``es_dates``.
"""
from __future__ import annotations

from figtrace.lang.es_dates import (CENTURY_WORDS, COORDINATORS, DATE_BETWEEN, DATE_FOLLOWERS,  # noqa: F401
                                    DATE_LEAD_WORDS, DATE_PATTERNS, DURATION_KEYS, DURATION_PATTERNS,
                                    DURATION_UNITS, LEAD_TIME_AFTER, MONTH_NAMES, MONTH_PATTERN,
                                    NUMERIC_DATE_ORDER, PAIR_WORDS, PART_WORDS, PERIOD_LABEL_AFTER,
                                    PERIOD_LABEL_BEFORE, RANGE_AFTER, RECURRING, SINCE, TIME_LIMIT_AFTER,
                                    TIME_LIMIT_BEFORE, WRITTEN_DAY)

CODE = "es"
WORD_SPACING = True
LETTERS = "A-Za-zÁÉÍÑÓÚÜáéíñóúü"
_W = LETTERS

# ----------------------------------------------------------------------------- digits
GROUP_SEPARATORS = "[.  \u202f\u2009]"  # "1.000", "156 734": a dot or a space
DECIMAL_MARKS = ","  # "1,5 millones"

# ----------------------------------------------------------------------------- numerals
_UNITS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
          "ocho": 8, "nueve": 9}
_TEENS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
          "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19}
_TWENTIES = {"veinte": 20, "veintiún": 21, "veintiun": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22,
             "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
             "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
_HUNDREDS = {"cien": 100, "ciento": 100, **{f"{h}{g}": v for h, v in (
    ("doscient", 200), ("trescient", 300), ("cuatrocient", 400), ("quinient", 500), ("seiscient", 600),
    ("setecient", 700), ("ochocient", 800), ("novecient", 900)) for g in ("os", "as")}}
NUMBER_WORDS = _UNITS | _TEENS | _TWENTIES | _TENS | _HUNDREDS
NUMBER_HUNDREDS: dict[str, int] = {}
NUMBER_JOINERS = ("y",)  # "treinta y cinco"
MULTIPLIERS = {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12,
               "billones": 1e12}
_ARTICLES = ("un", "una", "uno")
_WORD = "|".join(sorted([w for w in NUMBER_WORDS if w not in _ARTICLES], key=len, reverse=True))
_ANY = "|".join(sorted([*NUMBER_WORDS, *MULTIPLIERS], key=len, reverse=True))
# A spelled number: never "un"/"una" alone (the article), but "un millón", "treinta y uno".
NUMERAL_PATTERN = (rf"\b(?:un\s+(?:millón|millon|billón)|(?:{_WORD}|mil))"
                   rf"(?:\s+(?:y\s+)?(?:{_ANY})(?![{_W}]))*(?![{_W}])")
TRIGGER_WORDS = frozenset([*(w for w in NUMBER_WORDS if w not in _ARTICLES), "mil", "un", "una", "decenas", "cientos",
                           "centenares", "miles", "millones"])
TRIGGER_NEEDS = {"un": r"\s+(?:millón|millon|billón|centenar|millar)\b", "una": r"\s+(?:decena|veintena)\b",
                 "millones": r"\s+de\b"}
PERCENT_AFTER = r"por\s+ciento\b"

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "más de": "more_than", "más del": "more_than", "superior a": "more_than", "superiores a": "more_than",
    "por encima de": "more_than", "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least",
    "no menos de": "at_least", "un mínimo de": "at_least",
    "menos de": "less_than", "menos del": "less_than", "inferior a": "less_than", "inferiores a": "less_than",
    "hasta": "at_most", "como máximo": "at_most", "no más de": "at_most", "un máximo de": "at_most",
    "cerca de": "nearly", "cerca del": "nearly", "casi": "nearly",
    "unos": "approximately", "unas": "approximately", "alrededor de": "approximately", "alrededor del": "approximately",
    "aproximadamente": "approximately", "aproximadamente el": "approximately", "en torno a": "approximately",
    "en torno al": "approximately", "del orden de": "approximately", "estimado en": "approximately",
    "estimada en": "approximately", "estimados en": "approximately", "estimadas en": "approximately",
    "entre": "range", "de": "range", "del": "range",
    "igual a": "exact",
}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
POST_QUALIFIERS = {"o más": "at_least", "y más": "at_least", "como mínimo": "at_least", "o menos": "at_most",
                   "aproximadamente": "approximately"}
VAGUE = {
    "decenas de miles": ("tens_of", 10_000, 100_000), "cientos de miles": ("hundreds_of", 100_000, 1_000_000),
    "centenares de miles": ("hundreds_of", 100_000, 1_000_000), "decenas de millones": ("tens_of", 10_000_000, 100_000_000),
    "decenas": ("tens_of", 10, 100), "cientos": ("hundreds_of", 100, 1_000), "centenares": ("hundreds_of", 100, 1_000),
    "miles": ("thousands_of", 1_000, 10_000), "millones": ("thousands_of", 1_000_000, 10_000_000),
    "una decena": ("approximately", 10, 10), "una veintena": ("approximately", 20, 20),
    "un centenar": ("approximately", 100, 100), "un millar": ("approximately", 1000, 1000),
}
VAGUE_NEEDS_AFTER = {k: r"\s+de\b" for k in VAGUE}
RANGE_WORDS = ("a", "al", "y", "o", "hasta")  # "de 5 a 10", "entre 5 y 10", "dos o tres"
BOUND_JOINERS = r"\s*,?\s*(?:y|pero)?\s*"
ONE_WORDS = ("un", "una")  # "menos de un año"
A_UNIT_NOUNS = ("año", "mes", "semana", "día", "decenio", "década")

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"día": "days", "días": "days", "semana": "weeks", "semanas": "weeks", "mes": "months",
              "meses": "months", "año": "years", "años": "years", "decenio": "decades", "decenios": "decades",
              "década": "decades", "décadas": "decades", "hora": "hours", "horas": "hours",
              "minuto": "minutes", "minutos": "minutes"}
NOUN_UNITS = {
    "personas": "persons", "civiles": "persons", "habitantes": "persons", "mujeres": "persons", "niños": "persons",
    "niñas": "persons", "hombres": "persons", "soldados": "persons", "refugiados": "persons", "rehenes": "persons",
    "víctimas": "persons", "miembros": "persons", "detenidos": "persons", "migrantes": "persons",
    "cartas": "letters", "declaraciones": "documents", "documentos": "documents", "informes": "documents",
    "resoluciones": "documents", "distritos": "districts", "regiones": "districts", "provincias": "districts",
    "aldeas": "settlements", "pueblos": "settlements", "ciudades": "settlements", "localidades": "settlements",
    "estados": "states", "países": "states",
} | TIME_WORDS
NOUN_STOPS = frozenset(("y o a al en con por para sin que quien cual cuyo es son era eran fue fueron ha han había habían "
                        "será serán no se lo la las los el un una este esta estos estas").split())
NOUN_SKIPS = frozenset("de del sus su nuestros nuestras".split())
SUBJECT_VERBS = frozenset("han son eran fueron habían murieron huyeron resultaron siguen".split())
ONE_NOT_AFTER = ("el", "la", "lo", "cada", "ningún", "ninguna", "otro", "otra", "cual")

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("Nº", "nº", "N°", "n°", "núm.", "Núm.", "No.")
IDENTIFIER_NOUNS_BEFORE = (
    r"párrafos?|párrs?\.|artículos?|arts?\.|páginas?|págs?\.|temas?|resoluci(?:ón|ones)|decisi(?:ón|ones)|"
    r"capítulos?|secci(?:ón|ones)|anexos?|reglas?|sesi(?:ón|ones)|cuadros?|gráficos?|figuras?|notas?|objetivos?|"
    r"metas?|indicadores?|recomendaci(?:ón|ones)|principios?|etapas?|fases?|niveles?|leyes|ley|decretos?|"
    r"números?|medidas?|edad(?:es)?\s+de|de\s+edad"
)
DESIGNATORS_AFTER = r"[º°ª]|[.:][0-5][0-9]\s*horas\b|horas\s+(?:del|de\s+la)\b|años\s+de\s+edad\b"
NEGATIVE_BEFORE = r"(?<!\bal )(?<!\blo )(?<!\bo )\bmenos\s+$"  # "menos 5" (minus); not "al menos 5"
NOT_WHOLE_AFTER = r"\s*/\s*[0-9]|(?:\s*-\s*|\s+)(?:tercios?|cuartos?|quintos?|décimos?|centésimos?|milésimos?)\b"
NOT_WHOLE_SPAN = r"(?:\s*[/,]\s*[0-9]+|(?:\s*-\s*|\s+)(?:tercios?|cuartos?|quintos?|décimos?|centésimos?|milésimos?))*"

# ----------------------------------------------------------------------------- the letter's masthead
LETTER_TITLE_LINE = r"(?:Cartas?\s+idénticas\s+)?(?:Carta|Nota\s+verbal)\s+de\s+fecha\s+.+"
LETTER_TITLE = (r"de\s+fecha\s+{date}(?:,?\s+dirigida\s+(?:al\s+|a\s+la\s+|a\s+los\s+)(?P<addressee>.+?))?"
                r"(?:\s+por\s+(?:el\s+|la\s+)?(?P<author>.+?))?$")
STATE_TITLE = r"Representante Permanente|Encargad[oa] de Negocios Interin[oa]|Misión Permanente|Ministro de Relaciones Exteriores"
STATE_OF = r"del|de(?:\s+la|\s+los)?"
STATE_ARTICLES = ()
STATE_END = r"ante"
AGENDA_HEADING = r"Temas? del programa"
SIGNATURE_WORDS = ("Firmado",)

# ----------------------------------------------------------------------------- around a figure
PLACE_PATTERNS = [
    r"\b(?:ciudad|aldea|pueblo|distrito|región|provincia|gobernación|campamento|localidad) de (?P<place>[A-Z][a-záéíóúñ'\-]+(?:[ \-][A-Z][a-záéíóúñ'\-]+){0,2})",
]
_REF = r"[0-9]+(?:[./][0-9]+)*(?:\s*\((?:[0-9]{4}|[IVXLC]+)\))?(?:\s*\([a-z]\))?"
_REFS = rf"{_REF}(?:\s*(?:,\s*y|,|y|a|-|–)\s*{_REF}(?![0-9]|\s+de\s+(?:{MONTH_PATTERN})\b))*"
IDENTIFIER_PATTERNS = [
    r"\btemas?\s+[0-9]+(?:\s*\([a-z]\))?(?:\s*(?:,|y)\s*[0-9]+(?:\s*\([a-z]\))?)*\s+del\s+programa",
    rf"\b(?:resoluci(?:ón|ones)|decisi(?:ón|ones))\s+(?:(?:del\s+Consejo\s+de\s+Seguridad|de\s+la\s+Asamblea\s+General)\s+)?{_REFS}",
    r"\b(?:párrafos?|párrs?\.|artículos?|arts?\.|páginas?|págs?\.|temas?|capítulos?|secci(?:ón|ones)|anexos?|"
    r"reglas?|cuadros?|gráficos?|figuras?|notas?|objetivos?|metas?|indicadores?|recomendaci(?:ón|ones)|principios?|"
    rf"etapas?|fases?|niveles?|leyes|ley|decretos?|números?|medidas?|núm\.|N[º°]|n[º°])\s*{_REFS}",
    r"\b[0-9]+(?:º|ª|°|er|o|a)(?![0-9A-Za-z])(?!\s+de\s+(?:" + MONTH_PATTERN + r"))",  # "7376ª sesión", "48º período"
]
IDENTIFIER_OPENERS = ""
IDENTIFIER_WORDS = frozenset(
    "resolución resoluciones decisión decisiones párrafo párrafos párr párrs artículo artículos art arts página "
    "páginas pág págs tema temas capítulo capítulos sección secciones anexo anexos regla reglas cuadro cuadros "
    "gráfico gráficos figura figuras nota notas objetivo objetivos meta metas indicador indicadores recomendación "
    "recomendaciones principio principios etapa etapas fase fases nivel niveles ley leyes decreto decretos número "
    "números medida medidas núm n".split())
ORDINAL_SUFFIXES = ("º", "ª", "°", "er", "o", "a")
# A time of day: "10.00 horas", "a las 15.00 horas", "10:30".
TIME_OF_DAY = r"[0-9](?<![0-9][0-9])[0-9]?[.:][0-5][0-9](?![0-9])(?:\s*horas\b)?"
RESOLUTION_BEFORE = (r"(?<=resolución )", r"(?<=resoluciones )", r"(?<=y )")
RESOLUTION_AFTER = ()
ADOPTION_VERBS = r"aprobó|aprobada|aprobado"
CATEGORY_VERBS = {
    "killed": r"\bmuert[oa]s?\b|\bmuerte\b|\bfallecid[oa]s?\b|\bfallecieron\b|\bmurieron\b|\bmurió\b|"
              r"\basesinad[oa]s?\b|perdieron la vida|perdido la vida|\bejecutad[oa]s?\b|\bmasacrad[oa]s?\b|"
              r"víctimas mortales",
    "wounded": r"\bherid[oa]s?\b|\blesionad[oa]s?\b|\blesiones\b",
    "missing": r"\bdesaparecid[oa]s?\b",
    "hostages": r"\brehenes\b|\brehén\b|\bdetenid[oa]s?\b|\bsecuestrad[oa]s?\b|\barrestad[oa]s?\b|"
                r"\bencarcelad[oa]s?\b|privad[oa]s? de (?:su )?libertad|\bpresos\b",
    "population": r"\bhabitantes\b|población de",
    "displaced": r"\bdesplazad[oa]s?\b|\brefugiad[oa]s?\b|\bexpulsad[oa]s?\b|\bhuyeron\b|\bhuido\b|\bhuir\b|"
                 r"\bdeportad[oa]s?\b|\bdesarraigad[oa]s?\b",
}
HEAD_NOUNS = {
    "habitantes": ("population", "persons"), "población": ("population", "persons"),
    "personas": ("other", "persons"), "civiles": ("other", "persons"), "mujeres": ("other", "persons"),
    "niños": ("other", "persons"), "muertos": ("killed", "persons"), "fallecidos": ("killed", "persons"),
    "refugiados": ("displaced", "persons"), "desplazados": ("displaced", "persons"), "rehenes": ("hostages", "persons"),
    "detenidos": ("hostages", "persons"), "presos": ("hostages", "persons"), "heridos": ("wounded", "persons"),
    "aldeas": ("settlements", "settlements"), "pueblos": ("settlements", "settlements"),
    "ciudades": ("settlements", "settlements"), "localidades": ("settlements", "settlements"),
    "distritos": ("territory", "districts"), "regiones": ("territory", "districts"),
    "provincias": ("territory", "districts"), "cartas": ("documents", "letters"),
    "declaraciones": ("documents", "documents"), "informes": ("documents", "documents"),
    "resoluciones": ("documents", "documents"), "documentos": ("documents", "documents"),
    "estados": ("other", "states"), "países": ("other", "states"),
}
SUBJECT_STOPS = r"\bhan\b|\bson\b|\beran\b|\bfueron\b|\bhabían\b"
SUBJECT_SKIPS = ("de", "del", "sus")
HYPOTHETICAL_BEFORE = r"[Ee]vitar\b|[Pp]revenir\b|[Rr]iesgo de|[Pp]odría(?:n)?\b"
CONDITIONS = r"\b[Ss]i\b(?<![A-Za-z][Ss]i)"
HYPOTHETICAL_AFTER = r"[Pp]odría(?:n)?\b"
BREAKDOWN = r"entre ellos|entre ellas|de los cuales|de las cuales|incluidos|incluidas|en particular"
BREAKDOWN_END = r"además|asimismo"
SPEECH_VERBS = r"\bdeclaró\b|\bindicó\b|\bseñaló\b|\binformó\b|\bafirmó\b"
REPORTED_VERBS = ""
SPEAKER_FRAMES = ()
SPEAKER_LEADS = (r"[Ss]egún(?<![A-Za-z][Ss]egún)\s+([^,;.]{2,60})", r"[Dd]e acuerdo con\s+([^,;.]{2,60})")
TITLE_SPEAKER = ""
SPEAKER_PREPOSITIONS = ""
SPEAKER_TRAILING_WORDS = ()
PRONOUNS = ("él", "ella", "ellos", "ellas")
IMPERSONAL = ("nosotros", "yo", "se")

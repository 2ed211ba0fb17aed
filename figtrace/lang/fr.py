"""French: the words and patterns the grammars read French letters with.

Data only; ``registry`` lists this module.  French documents are read with these tables
alone (``registry.reading_set``): "1 000,5" (a space or no-break space groups thousands,
a comma marks decimals), "trois cents", "plus de", "des dizaines de", "11 mai 2015",
"du 31 mars au 3 avril 2015", "pendant 44 jours", "résolution 1325 (2000)".  Dates
live in ``fr_dates``.  Comments cite the corpus line a word was met on
("fr.txt:LINE": ../shared/corpus/unpc-dev, the development set).
"""
from __future__ import annotations

from figtrace.lang.fr_dates import (CENTURY_WORDS, COORDINATORS, DATE_BETWEEN, DATE_FOLLOWERS,  # noqa: F401
                                    DATE_LEAD_WORDS, DATE_PATTERNS, DURATION_KEYS, DURATION_PATTERNS,
                                    DURATION_UNITS, LEAD_TIME_AFTER, MONTH_NAMES, MONTH_PATTERN,
                                    NUMERIC_DATE_ORDER, PAIR_WORDS, PART_WORDS, PERIOD_LABEL_AFTER,
                                    PERIOD_LABEL_BEFORE, RANGE_AFTER, RECURRING, SINCE, TIME_LIMIT_AFTER,
                                    TIME_LIMIT_BEFORE, WRITTEN_DAY)

CODE = "fr"
WORD_SPACING = True
LETTERS = "A-Za-zÀ-ÖØ-öø-ÿŒœ"  # a word's characters, as a regex class body
_W = LETTERS

# ----------------------------------------------------------------------------- digits
GROUP_SEPARATORS = "[  \u202f\u2009]"  # "1 000", "1 000" (no-break), thin spaces: never a dot or a comma
DECIMAL_MARKS = ","  # "1,5 million", "2,3 %"

# ----------------------------------------------------------------------------- numerals
_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
          "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
         "quatre-vingt": 80, "quatre-vingts": 80}
NUMBER_WORDS = _UNITS | _TEENS | _TENS
NUMBER_HUNDREDS = {"cent": 100, "cents": 100}  # "trois cents": times a hundred; "cent" alone is 100
NUMBER_JOINERS = ("et",)  # "vingt et un", "soixante et onze"
MULTIPLIERS = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}
_ONE = r"une?"
_WORD = "|".join(sorted([w for w in NUMBER_WORDS if w not in ("un", "une")] + list(NUMBER_HUNDREDS), key=len, reverse=True))
_ANY = "|".join(sorted([*NUMBER_WORDS, *NUMBER_HUNDREDS, *MULTIPLIERS], key=len, reverse=True))
# A spelled number: never "un"/"une" alone (the article), but "un million", "vingt et un".
_END = rf"(?![{_W}])(?!-[{_W}\-]*ièmes?\b)"  # a word ends, and no ordinal goes on ("cinquante-huitième")
NUMERAL_PATTERN = (rf"\b(?:{_ONE}\s+(?:millions?|milliards?)|(?:{_WORD}|mille))"
                   rf"(?:(?:\s*-\s*|\s+(?:et\s+)?|-et-)(?:{_ANY}){_END})*{_END}")
TRIGGER_WORDS = frozenset([*(w for w in NUMBER_WORDS if "-" not in w), *NUMBER_HUNDREDS, "mille", "quatre",
                           "dizaines", "centaines", "milliers", "millions", "plusieurs", "une", "un"])
TRIGGER_NEEDS = {"un": r"\s+(?:millions?|milliards?|millier|centaine|dizaine)\b",
                 "une": r"\s+(?:centaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine)\b",
                 "plusieurs": r"\s+(?:dizaines|centaines|milliers|millions)\b"}
PERCENT_AFTER = r"pour\s?cent\b|p\.\s?100\b"

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "plus de": "more_than", "plus d'": "more_than", "plus d’": "more_than", "au-delà de": "more_than",
    "supérieur à": "more_than", "supérieure à": "more_than", "supérieurs à": "more_than", "dépassant": "more_than",
    "au moins": "at_least", "pas moins de": "at_least", "un minimum de": "at_least", "minimum": "at_least",
    "moins de": "less_than", "moins d'": "less_than", "moins d’": "less_than", "inférieur à": "less_than",
    "inférieure à": "less_than", "inférieurs à": "less_than",
    "jusqu'à": "at_most", "jusqu’à": "at_most", "au plus": "at_most", "pas plus de": "at_most", "au maximum": "at_most",
    "un maximum de": "at_most", "maximum de": "at_most", "tout au plus": "at_most",
    "près de": "nearly", "près d'": "nearly", "près d’": "nearly", "presque": "nearly", "quasiment": "nearly",
    "environ": "approximately", "quelque": "approximately", "approximativement": "approximately",
    "à peu près": "approximately", "autour de": "approximately", "de l'ordre de": "approximately",
    "de l’ordre de": "approximately", "estimé à": "approximately", "estimée à": "approximately",
    "estimés à": "approximately", "estimées à": "approximately",
    "entre": "range", "de": "range",
    "égal à": "exact",
}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
POST_QUALIFIERS = {"ou plus": "at_least", "et plus": "at_least", "au moins": "at_least", "ou moins": "at_most",
                   "environ": "approximately"}
VAGUE = {
    "dizaines de milliers": ("tens_of", 10_000, 100_000), "centaines de milliers": ("hundreds_of", 100_000, 1_000_000),
    "dizaines de millions": ("tens_of", 10_000_000, 100_000_000),
    "dizaines": ("tens_of", 10, 100), "centaines": ("hundreds_of", 100, 1_000),
    "milliers": ("thousands_of", 1_000, 10_000), "millions": ("thousands_of", 1_000_000, 10_000_000),
    "une dizaine": ("approximately", 10, 10), "une vingtaine": ("approximately", 20, 20),
    "une trentaine": ("approximately", 30, 30), "une quarantaine": ("approximately", 40, 40),
    "une cinquantaine": ("approximately", 50, 50), "une centaine": ("approximately", 100, 100),
    "un millier": ("approximately", 1000, 1000),
}
# "des dizaines de personnes", "plusieurs milliers de réfugiés": a vague amount counts with "de" after it.
VAGUE_NEEDS_AFTER = {k: r"\s+d(?:e\b|['’])" for k in VAGUE}
RANGE_WORDS = ("à", "et", "ou")  # "de 5 à 10", "entre 5 et 10", "deux ou trois cents"
BOUND_JOINERS = r"\s*,?\s*(?:et|mais)?\s*"
ONE_WORDS = ("un", "une")  # "moins d'un an": the article stands for one
A_UNIT_NOUNS = ("an", "année", "mois", "semaine", "jour", "décennie")

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"jour": "days", "jours": "days", "journée": "days", "journées": "days", "semaine": "weeks",
              "semaines": "weeks", "mois": "months", "an": "years", "ans": "years", "année": "years",
              "années": "years", "décennie": "decades", "décennies": "decades", "heure": "hours", "heures": "hours",
              "minute": "minutes", "minutes": "minutes"}
NOUN_UNITS = {
    "personnes": "persons", "civils": "persons", "habitants": "persons", "femmes": "persons", "enfants": "persons",
    "hommes": "persons", "soldats": "persons", "réfugiés": "persons", "otages": "persons", "victimes": "persons",
    "membres": "persons", "détenus": "persons", "migrants": "persons", "fonctionnaires": "persons",
    "lettres": "letters", "déclarations": "documents", "documents": "documents", "rapports": "documents",
    "résolutions": "documents", "districts": "districts", "régions": "districts", "provinces": "districts",
    "villages": "settlements", "villes": "settlements", "localités": "settlements",
    "états": "states", "pays": "states", "%": "percent",
} | TIME_WORDS
NOUN_STOPS = frozenset(("et ou à au aux en dans sur par pour avec sans qui que qu dont est sont était étaient ont "
                        "avait avaient a été sera seront ne n se s y il elle ils elles nous vous on le la l les "
                        "un une ce cette ces").split())
NOUN_SKIPS = frozenset("de d' d’ des du leurs leur ses son sa nos notre".split())
SUBJECT_VERBS = frozenset("ont sont étaient avaient furent restent demeurent".split())
ONE_NOT_AFTER = ("l'", "le", "la", "chaque", "aucun", "aucune", "quel", "quelle")

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("n°", "N°", "no", "No", "nº", "Nº")
IDENTIFIER_NOUNS_BEFORE = (
    r"paragraphes?|par\.|alinéas?|articles?|art\.|pages?|p\.|points?|résolutions?|décisions?|chapitres?|sections?|"
    r"annexes?|règles?|séances?|sessions?|tableaux?|tableau|figures?|graphiques?|notes?|objectifs?|cibles?|"
    r"indicateurs?|recommandations?|principes?|étapes?|phases?|niveaux?|lois?|décrets?|numéros?|actions?|mesures?|"
    r"âgée?s? de|âge de"
)
DESIGNATORS_AFTER = r"heures?\s+[0-9]|h\s*[0-9]|ans\s+(?:révolus|d['’]âge)\b"  # "10 h 30", "18 ans révolus"
NEGATIVE_BEFORE = r"(?<!\bau )(?<!\bdu )(?<!\bde )\bmoins\s+$"  # "moins 5" (minus); not "au moins 5"
NOT_WHOLE_AFTER = (r"\s*/\s*[0-9]|\s+(?:virgule)\s+|(?:\s*-\s*|\s+)(?:tiers|quarts?|demis?|cinquièmes?|dixièmes?|"
                   r"centièmes?|millièmes?)\b")
NOT_WHOLE_SPAN = r"(?:\s*[/,]\s*[0-9]+|(?:\s*-\s*|\s+)(?:tiers|quarts?|demis?|cinquièmes?|dixièmes?|centièmes?|millièmes?))*"

# ----------------------------------------------------------------------------- the letter's masthead
LETTER_TITLE_LINE = r"(?:Lettres?\s+identiques\s+)?(?:Lettre|Note\s+verbale)\s+datée\s+du\s+.+"
LETTER_TITLE = (r"datée\s+du\s+{date}(?:,?\s+adressée?\s+(?:au\s+|à\s+la\s+|à\s+l['’]|aux\s+)(?P<addressee>.+?))?"
                r"(?:,?\s+par\s+(?:le\s+|la\s+|l['’])?(?P<author>.+?))?$")
STATE_TITLE = r"Représentante? permanente?|Chargée? d['’]affaires par intérim|Mission permanente|Ministre des affaires étrangères"
STATE_OF = r"de(?:\s+la|\s+l['’])?|du|des"
STATE_ARTICLES = ()
STATE_END = r"auprès"
AGENDA_HEADING = r"Points? de l['’]ordre du jour"
SIGNATURE_WORDS = ("Signé",)

# ----------------------------------------------------------------------------- around a figure
PLACE_PATTERNS = [
    r"\b(?:ville|village|district|région|province|gouvernorat|camp|localité) (?:de |d['’])(?P<place>[A-Z][a-zéèêëïîôûç'\-]+(?:[ \-][A-Z][a-zéèêëïîôûç'\-]+){0,2})",
]
_REF = r"[0-9]+(?:[./][0-9]+)*(?:\s*\((?:[0-9]{4}|[IVXLC]+)\))?(?:\s*\([a-z]\))?"
_REFS = rf"{_REF}(?:\s*(?:,\s*et|,|et|à|-|–)\s*{_REF}(?![0-9]|\s+(?:{MONTH_PATTERN})\b))*"
IDENTIFIER_PATTERNS = [
    r"\bpoints?\s+[0-9]+(?:\s*\([a-z]\))?(?:\s*(?:,|et)\s*[0-9]+(?:\s*\([a-z]\))?)*\s+de\s+l['’]ordre\s+du\s+jour",
    rf"\b(?:résolutions?|décisions?)\s+{_REFS}",
    r"\b(?:paragraphes?|par\.|alinéas?|articles?|art\.|pages?|p\.|chapitres?|sections?|annexes?|règles?|points?|"
    r"tableaux?|figures?|graphiques?|notes?|objectifs?|cibles?|indicateurs?|recommandations?|principes?|étapes?|"
    rf"phases?|niveaux?|lois?|décrets?|numéros?|actions?|mesures?|n[°º]|N[°º])\s*{_REFS}",
    rf"\b[0-9]+(?:e|er|re|ème|es|èmes)\b(?!\s+(?:{MONTH_PATTERN})\b)",  # "7376e séance", "69e session"; not "1er mai"
]
IDENTIFIER_OPENERS = ""
IDENTIFIER_WORDS = frozenset(
    "résolution résolutions décision décisions paragraphe paragraphes par alinéa alinéas article articles art page "
    "pages p chapitre chapitres section sections annexe annexes règle règles point points tableau tableaux figure "
    "figures graphique graphiques note notes objectif objectifs cible cibles indicateur indicateurs recommandation "
    "recommandations principe principes étape étapes phase phases niveau niveaux loi lois décret décrets numéro "
    "numéros action actions mesure mesures n".split())
ORDINAL_SUFFIXES = ("e", "er", "re", "ème", "es", "èmes")
# A time of day, never a count or a duration: "10 h 30", "à 10 heures" (not "pendant 10 heures"); one
# digit class first (the identifier scan reads that digit once for every such pattern).
TIME_OF_DAY = (r"[0-9](?<![0-9][0-9])(?:[0-9]?\s*h\s*[0-5][0-9](?![0-9])"
               r"|(?:(?<=à [0-9])|(?<=vers [0-9])|(?<=dès [0-9]))[0-9]?\s*heures?\b(?:\s*[0-5][0-9](?![0-9]))?)")
RESOLUTION_BEFORE = (r"(?<=résolution )", r"(?<=résolutions )", r"(?<=et )")
RESOLUTION_AFTER = ()
ADOPTION_VERBS = r"adopté|adoptée"
CATEGORY_VERBS = {
    "killed": r"\btuée?s?\b|\bmorte?s?\b|\bdécès\b|\bdécédée?s?\b|\bpéri\b|perdu la vie|trouvé la mort|coûté la vie|"
              r"\bassassinée?s?\b|\bmassacrée?s?\b|\bexécutée?s?\b|victimes mortelles",
    "wounded": r"\bblessée?s?\b|\bblessures\b",
    "missing": r"\bdisparue?s?\b|portée?s? disparue?s?",
    "hostages": r"\botages?\b|\bdétenue?s?\b|\barrêtée?s?\b|\benlevée?s?\b|\bprisonniers?\b|\bemprisonnée?s?\b|"
                r"\bkidnappée?s?\b|\bcaptivité\b|\bincarcérée?s?\b",
    "population": r"\bhabitants\b|population de|\bpeuplée? de",
    "displaced": r"\bdéplacée?s?\b|\bréfugiée?s?\b|\bexpulsée?s?\b|\bfui\b|\bfuir\b|\bchassée?s?\b|"
                 r"\bdéportée?s?\b|\bdéracinée?s?\b",
}
HEAD_NOUNS = {
    "habitants": ("population", "persons"), "population": ("population", "persons"),
    "personnes": ("other", "persons"), "civils": ("other", "persons"), "femmes": ("other", "persons"),
    "enfants": ("other", "persons"), "morts": ("killed", "persons"), "décès": ("killed", "persons"),
    "réfugiés": ("displaced", "persons"), "déplacés": ("displaced", "persons"), "otages": ("hostages", "persons"),
    "détenus": ("hostages", "persons"), "prisonniers": ("hostages", "persons"), "blessés": ("wounded", "persons"),
    "villages": ("settlements", "settlements"), "villes": ("settlements", "settlements"),
    "localités": ("settlements", "settlements"), "districts": ("territory", "districts"),
    "régions": ("territory", "districts"), "provinces": ("territory", "districts"),
    "lettres": ("documents", "letters"), "déclarations": ("documents", "documents"),
    "rapports": ("documents", "documents"), "résolutions": ("documents", "documents"),
    "documents": ("documents", "documents"), "états": ("other", "states"), "pays": ("other", "states"),
}
SUBJECT_STOPS = r"\bont\b|\bsont\b|\bétaient\b|\bavaient\b|\ba\b"
SUBJECT_SKIPS = ("de", "d'", "d’", "des", "du", "leurs", "ses")
HYPOTHETICAL_BEFORE = r"[Éé]viter\b|[Pp]révenir\b|[Rr]isque de|[Pp]ourrai(?:t|ent)\b|[Pp]ourra(?:it)?\b"
CONDITIONS = r"\b[Ss]i\b(?<![A-Za-z][Ss]i)|\b[Ss]['’]il"
HYPOTHETICAL_AFTER = r"[Pp]ourrai(?:t|ent)\b"
BREAKDOWN = r"dont|parmi lesquels|parmi lesquelles|notamment|y compris"
BREAKDOWN_END = r"en outre|par ailleurs"
SPEECH_VERBS = r"\bdéclaré\b|\bindiqué\b|\bsignalé\b|\bconstaté\b|\baffirmé\b"
REPORTED_VERBS = ""
SPEAKER_FRAMES = ()
SPEAKER_LEADS = (r"[Ss]elon(?<![A-Za-z][Ss]elon)\s+([^,;.]{2,60})", r"[Dd]['’]après\s+([^,;.]{2,60})")
TITLE_SPEAKER = ""
SPEAKER_PREPOSITIONS = ""
SPEAKER_TRAILING_WORDS = ()
PRONOUNS = ("il", "elle", "ils", "elles")
IMPERSONAL = ("nous", "je", "il", "on")

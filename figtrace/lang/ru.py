"""Russian: the words and patterns the grammars read Russian letters with.

Data only; ``registry`` lists this module.  Russian documents are read with these tables
alone (``registry.reading_set``): "1 000,5" (a space or no-break space groups thousands, a
comma marks decimals), numbers spelled out in every case ("двух тысяч", "пяти"), "млн",
"тыс.", "более", "около", "не менее", "свыше", "десятки тысяч", "11 мая 2015 года",
"в течение 44 дней", "резолюция 2254 (2015)", "7376-м заседании".  Dates live in ``ru_dates``.
"""
from __future__ import annotations

from figtrace.lang.ru_dates import (CENTURY_WORDS, COORDINATORS, DATE_BETWEEN, DATE_FOLLOWERS,  # noqa: F401
                                    DATE_LEAD_WORDS, DATE_PATTERNS, DURATION_KEYS, DURATION_PATTERNS,
                                    DURATION_UNITS, LEAD_TIME_AFTER, MONTH_NAMES, MONTH_PATTERN,
                                    NUMERIC_DATE_ORDER, PAIR_WORDS, PART_WORDS, PERIOD_LABEL_AFTER,
                                    PERIOD_LABEL_BEFORE, RANGE_AFTER, RECURRING, SINCE, TIME_LIMIT_AFTER,
                                    TIME_LIMIT_BEFORE, WRITTEN_DAY)

CODE = "ru"
WORD_SPACING = True
LETTERS = "A-Za-zА-Яа-яЁё"
_W = "А-Яа-яЁё"
_NW = rf"(?![{_W}])"  # a Cyrillic word ends here

# ----------------------------------------------------------------------------- digits
GROUP_SEPARATORS = "[  \u202f\u2009]"
DECIMAL_MARKS = ","

# ----------------------------------------------------------------------------- numerals (every case form)
_FORMS = {
    1: "один одна одно одного одной одному одним одном одну", 2: "два две двух двум двумя",
    3: "три трех трёх трем трём тремя", 4: "четыре четырех четырёх четырем четырём четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи семью", 8: "восемь восьми восемью",
    9: "девять девяти девятью", 10: "десять десяти десятью", 11: "одиннадцать одиннадцати",
    12: "двенадцать двенадцати", 13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати",
    15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати",
    18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати", 20: "двадцать двадцати двадцатью",
    30: "тридцать тридцати", 40: "сорок сорока", 50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти",
    70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти", 90: "девяносто девяноста", 100: "сто ста",
    200: "двести двухсот двумстам", 300: "триста трехсот трёхсот", 400: "четыреста четырехсот четырёхсот",
    500: "пятьсот пятисот", 600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}
NUMBER_WORDS = {w: v for v, forms in _FORMS.items() for w in forms.split()}
NUMBER_HUNDREDS: dict[str, int] = {}
NUMBER_JOINERS = ()
_THOUSAND = "тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах".split()
_MILLION = "миллион миллиона миллионов миллиону миллионом миллионам миллионами миллионах".split()
_BILLION = "миллиард миллиарда миллиардов миллиардам миллиардами".split()
MULTIPLIERS = ({w: 1e3 for w in _THOUSAND} | {w: 1e6 for w in _MILLION} | {w: 1e9 for w in _BILLION}
               | {"тыс.": 1e3, "тыс": 1e3, "млн.": 1e6, "млн": 1e6, "млрд.": 1e9, "млрд": 1e9})
_ONES = _FORMS[1].split()
# "один" alone is "one", "a" or "alone" ("еще один семинар", "в одном лишь 2014 году"): as French "un", it
# opens no number; it counts inside one ("двадцать один") or before a scale ("один миллион").
_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in _ONES), key=len, reverse=True))
_ANY = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE = "|".join(sorted((w for w in MULTIPLIERS if "." not in w), key=len, reverse=True))
# A spelled number, or a scale word standing for one ("тысяча человек": a thousand people).
NUMERAL_PATTERN = (rf"(?<![{_W}])(?:(?:{_WORD})|(?:(?:{'|'.join(_ONES)})\s+)?(?:тысяча|тысячу|миллион)(?=\s+[{_W}]))"
                   rf"(?:\s+(?:{_ANY}|{_SCALE}){_NW})*{_NW}")
TRIGGER_WORDS = frozenset([*NUMBER_WORDS, *_THOUSAND, *_MILLION, "десятки", "десятков", "сотни", "сотен"])
TRIGGER_NEEDS = {w: r"\s+(?:тысяч|миллион)" for w in _ONES}  # "один миллион"
PERCENT_AFTER = rf"процент(?:а|ов|ам|ами)?{_NW}|проц\."

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "более": "more_than", "более чем": "more_than", "свыше": "more_than", "больше": "more_than", "больше чем": "more_than",
    "не менее": "at_least", "не менее чем": "at_least", "по меньшей мере": "at_least", "как минимум": "at_least",
    "по крайней мере": "at_least", "не меньше": "at_least",
    "менее": "less_than", "менее чем": "less_than", "меньше": "less_than", "меньше чем": "less_than",
    "не более": "at_most", "не более чем": "at_most", "до": "at_most", "вплоть до": "at_most", "не свыше": "at_most",
    "максимум": "at_most", "не больше": "at_most",
    "почти": "nearly", "около": "approximately", "примерно": "approximately", "приблизительно": "approximately",
    "порядка": "approximately", "ориентировочно": "approximately",
    "между": "range", "от": "range",
}
PRE_QUALIFIER_GUARDS: dict[str, str] = {}
POST_QUALIFIERS = {"и более": "at_least", "или более": "at_least", "и выше": "at_least", "или больше": "at_least",
                   "и менее": "at_most", "или менее": "at_most"}
VAGUE = {
    "десятки тысяч": ("tens_of", 10_000, 100_000), "десятков тысяч": ("tens_of", 10_000, 100_000),
    "сотни тысяч": ("hundreds_of", 100_000, 1_000_000), "сотен тысяч": ("hundreds_of", 100_000, 1_000_000),
    "десятки миллионов": ("tens_of", 10_000_000, 100_000_000),
    "десятки": ("tens_of", 10, 100), "десятков": ("tens_of", 10, 100), "сотни": ("hundreds_of", 100, 1_000),
    "сотен": ("hundreds_of", 100, 1_000), "тысячи": ("thousands_of", 1_000, 10_000), "тысяч": ("thousands_of", 1_000, 10_000),
    "миллионы": ("thousands_of", 1_000_000, 10_000_000), "миллионов": ("thousands_of", 1_000_000, 10_000_000),
}
VAGUE_NEEDS_AFTER = {k: rf"\s+[{_W}]" for k in VAGUE}  # "тысячи людей"; not "тысячи." (a scale's end)
RANGE_WORDS = ("до", "и", "или")  # "от 5 до 10", "между 5 и 10"
BOUND_JOINERS = r"\s*,?\s*(?:и|но)?\s*"
ONE_WORDS = ()
A_UNIT_NOUNS = ()

# ----------------------------------------------------------------------------- units
TIME_WORDS = {"дней": "days", "дня": "days", "день": "days", "суток": "days", "недель": "weeks", "недели": "weeks",
              "неделю": "weeks", "месяцев": "months", "месяца": "months", "месяц": "months", "лет": "years",
              "года": "years", "год": "years", "годы": "years", "десятилетий": "decades", "десятилетия": "decades",
              "часов": "hours", "часа": "hours", "час": "hours", "минут": "minutes", "минуты": "minutes", "минуту": "minutes"}
NOUN_UNITS = {
    "человек": "persons", "людей": "persons", "жителей": "persons", "жителя": "persons", "мирных": "persons",
    "беженцев": "persons", "беженца": "persons", "детей": "persons", "ребенка": "persons", "женщин": "persons",
    "мужчин": "persons", "военнослужащих": "persons", "заложников": "persons", "сотрудников": "persons",
    "членов": "persons", "жертв": "persons", "писем": "letters", "письма": "letters", "докладов": "documents",
    "резолюций": "documents", "документов": "documents", "районов": "districts",
    "провинций": "districts", "провинциях": "districts", "районах": "districts", "деревень": "settlements", "сел": "settlements", "городов": "settlements",
    "населенных": "settlements", "государств": "states", "государства": "states", "стран": "states",
    "страны": "states",
} | TIME_WORDS
NOUN_STOPS = frozenset(("и или в во на с со по к от до из за для при о об что которые который была были было был "
                        "является являются не ни а но же").split())
NOUN_SKIPS = frozenset("их его ее её наших".split())
SUBJECT_VERBS = frozenset("были погибли получили бежали остаются стали".split())
ONE_NOT_AFTER = ("ни", "ни в", "каждый", "каждая", "какой", "который")

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("№", "No.", "N")
_REF = r"[0-9]+(?:[./][0-9]+)*(?:\s*\((?:[0-9]{4}|[IVXLC]+)\))?(?:\s*\([a-zа-я]\))?"
_REFS = rf"{_REF}(?:\s*(?:,\s*и|,|и|-|–)\s*{_REF}(?![0-9]|\s+(?:{MONTH_PATTERN}){_NW}))*"
_ID_NOUNS = (r"резолюци[а-яё]*|решени[а-яё]*|пункт[а-яё]*|п\.|подпункт[а-яё]*|стать[а-яё]*|ст\.|глав[а-яё]*|"
             r"раздел[а-яё]*|приложени[а-яё]*|правил[а-яё]*|таблиц[а-яё]*|рисун[а-яё]*|диаграмм[а-яё]*|сноск[а-яё]*|"
             r"цел[ьи]|целей|задач[а-яё]*|рекомендаци[а-яё]*|принцип[а-яё]*|этап[а-яё]*|заседани[а-яё]*|сесси[а-яё]*|"
             r"стр\.|страниц[а-яё]*|закон[а-яё]*|№|номер[а-яё]*|возраст[а-яё]*|част[иьяею][а-яё]*|действи[еяюи]|мер[аыуе]")
IDENTIFIER_NOUNS_BEFORE = _ID_NOUNS
_ORD = r"(?:й|я|е|го|му|м|ми|х|ю|ое|ая|ый|ий|ые|ых|ой|ом)"
# "7376-м", "70-летие", "5-процентный" (a compound word), "10 ч. 30 м." (a time)
DESIGNATORS_AFTER = rf"-[{_W}]|\s*ч\.?\s*[0-5][0-9]\s*м|\s+летн"
NEGATIVE_BEFORE = rf"(?<![{_W}])минус\s+$"
# After a spelled number, an ordinal word makes it one ordinal ("шестьдесят седьмой сессии": sixty-seventh).
_ORDINALS = (r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|\w+надцат|двадцат|тридцат|сороков|"
             r"пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот|тысячн)(?:ый|ий|ой|ая|ое|ые|ого|его|ому|ему|ым|им|"
             r"ом|ем|ую|ых|их|ыми|ими|ья|ье|ьего|ьей|ьем|ьих|ьи)")
NOT_WHOLE_AFTER = (rf"\s*/\s*[0-9]|\s+(?:трет[иья][а-яё]*|четверт[иья][а-яё]*|десят(?:ых|ой|ая)|сотых|тысячных){_NW}"
                   rf"|\s+{_ORDINALS}{_NW}")
NOT_WHOLE_SPAN = r"(?:\s*[/,]\s*[0-9]+)*"

# ----------------------------------------------------------------------------- the letter's masthead
LETTER_TITLE_LINE = r"(?:Идентичные\s+письма|Письмо|Вербальная\s+нота)\s+.+?\s+от\s+\d.+"
LETTER_TITLE = (r"(?:Идентичные\s+письма|Письмо|Вербальная\s+нота)\s+(?P<author>.+?)\s+от\s+{date}(?:\s+(?:года|г\.))?"
                r"(?:,?\s+на\s+имя\s+(?P<addressee>.+?))?\.?$")
AGENDA_HEADING = r"Пункты?\s+\d[^\n]*?повестки\s+дня|Пункты?"
SIGNATURE_WORDS = ("Подпись",)

# ----------------------------------------------------------------------------- around a figure
PLACE_PATTERNS = [
    rf"(?<![{_W}])(?:городе|поселке|деревне|селе|районе|провинции|области|лагере) (?P<place>[А-ЯЁ][а-яё\-]+(?:[ \-][А-ЯЁ][а-яё\-]+){{0,2}})",
]
IDENTIFIER_PATTERNS = [
    rf"(?<![{_W}])пункт[а-яё]*\s+[0-9]+(?:\s*\([a-zа-я]\))?(?:\s*(?:,|и)\s*[0-9]+(?:\s*\([a-zа-я]\))?)*\s+повестки\s+дня",
    rf"(?<![{_W}])(?:резолюци[а-яё]*|решени[а-яё]*)\s+{_REFS}",
    rf"(?<![{_W}])(?:{_ID_NOUNS})\s*{_REFS}",
    rf"\b[0-9]+-{_ORD}{_NW}(?!\s*(?:{'|'.join(('год', 'гг'))}))",  # "7376-м заседании", "69-й сессии"; not "1990-х годов"
]
IDENTIFIER_OPENERS = "№"
IDENTIFIER_WORDS = frozenset(
    "пункт пункта пункте пункты пунктов пунктах пунктом п подпункт подпункта подпункте резолюция резолюции резолюцию "
    "резолюцией резолюциях резолюциям резолюциями решение решения решении решением решениях статья статьи статье "
    "статей статьях статью статьями ст глава главы главе главой раздел раздела разделе разделах приложение приложения "
    "приложении правило правила правиле правил таблица таблицы таблице рисунок рисунке рисунка диаграмма диаграмме "
    "сноска сноске сноски цель цели целей задача задачи задаче рекомендация рекомендации рекомендаций принцип "
    "принципа принципе этап этапа этапе заседание заседания заседании сессия сессии стр страница странице закон "
    "закона законе номер номера возраст возрасте возраста часть части частью действие действия мера меры".split())
ORDINAL_SUFFIXES = tuple(f"-{s}" for s in "й я е го му м ми х ю ое ая ый ий ые ых ой ом".split())
TIME_OF_DAY = r"[0-9](?<![0-9][0-9])[0-9]?\s*ч\.?\s*[0-5][0-9]\s*м(?:ин)?\.?|[0-9](?<![0-9][0-9])[0-9]?[.:][0-5][0-9]\s*час"
RESOLUTION_BEFORE = (r"(?<=резолюции )", r"(?<=резолюция )", r"(?<=резолюцию )", r"(?<=резолюциях )", r"(?<=и )")
RESOLUTION_AFTER = ()
ADOPTION_VERBS = r"принят[аоы]?|приняла|принял"
_S = rf"(?<![{_W}])"  # a word starts here (stems take their endings after)
CATEGORY_VERBS = {
    "killed": rf"{_S}(?:убит|погиб|гибел|смерт|умер|скончал|казнен|казнён|расстрелян|уничтожен[оы]? (?:людей|человек))",
    "wounded": rf"{_S}(?:ранен|ранени|травм|увечь)",
    "missing": rf"{_S}(?:пропал[аио]? без вести|пропавш|без вести)",
    "hostages": rf"{_S}(?:заложник|задержан|арестован|похищен|лишен[аоы]? свободы|заключенн|заключённ|содерж[аи]тся под стражей|пленн)",
    "population": rf"{_S}(?:жител|населени|насчитыва|проживает|проживают)",
    "displaced": rf"{_S}(?:перемещенн|перемещённ|беженц|изгнан|бежал|покинул|выселен|депортирован|вынужден[аоы]? покинуть)",
}
HEAD_NOUNS = {
    "жителей": ("population", "persons"), "жителя": ("population", "persons"), "населения": ("population", "persons"),
    "человек": ("other", "persons"), "людей": ("other", "persons"), "мирных": ("other", "persons"),
    "детей": ("other", "persons"), "женщин": ("other", "persons"), "погибших": ("killed", "persons"),
    "убитых": ("killed", "persons"), "раненых": ("wounded", "persons"), "пропавших": ("missing", "persons"),
    "беженцев": ("displaced", "persons"), "перемещенных": ("displaced", "persons"), "заложников": ("hostages", "persons"),
    "задержанных": ("hostages", "persons"), "заключенных": ("hostages", "persons"),
    "деревень": ("settlements", "settlements"), "сел": ("settlements", "settlements"), "городов": ("settlements", "settlements"),
    "населенных": ("settlements", "settlements"), "районов": ("territory", "districts"),
    "районах": ("territory", "districts"), "провинций": ("territory", "districts"), "провинциях": ("territory", "districts"), "писем": ("documents", "letters"), "докладов": ("documents", "documents"),
    "резолюций": ("documents", "documents"), "документов": ("documents", "documents"),
    "государств": ("other", "states"), "стран": ("other", "states"), "государства": ("other", "states"),
}
SUBJECT_STOPS = rf"{_S}(?:были|был|была|было|являются){_NW}"
SUBJECT_SKIPS = ()
HYPOTHETICAL_BEFORE = rf"{_S}(?:[Ии]збежать|[Пп]редотвратить|[Рр]иск|[Мм]огл[аио]? бы|[Мм]ожет)"
CONDITIONS = rf"{_S}(?:[Ее]сли|[Вв] случае)"
HYPOTHETICAL_AFTER = rf"{_S}(?:могл[аио]? бы|может){_NW}"
BREAKDOWN = rf"{_S}(?:в том числе|из них|из которых|включая|среди них)"
BREAKDOWN_END = rf"{_S}(?:кроме того|помимо этого)"
SPEECH_VERBS = rf"{_S}(?:заявил[аио]?|сообщил[аио]?|указал[аио]?|отметил[аио]?){_NW}"
REPORTED_VERBS = ""
SPEAKER_FRAMES = ()
SPEAKER_LEADS = (rf"{_S}(?:[Пп]о (?:данным|словам|оценкам|сообщениям)|[Сс]огласно)\s+([^,;.]{{2,60}})",)
TITLE_SPEAKER = ""
SPEAKER_PREPOSITIONS = ""
SPEAKER_TRAILING_WORDS = ()
PRONOUNS = ("он", "она", "они")
IMPERSONAL = ("мы", "я")
YEAR_AFTER = r"год|г\."

"""French, Spanish, Russian and Arabic (issue 10): spelled-out numbers, identifiers, mastheads, language detection.

The number and date case tables live in tests/cases (``LANGUAGE_QUANTITY_CASES``,
``LANGUAGE_DATE_CASES``, ``LANGUAGE_DURATION_CASES``); the corpus gold in tests/gold.  Here:
spelled-out numbers read back from num2words (an independent writer of numbers in words),
identifiers never counted in each language's phrasing, titles and footers of each language
version, sentence ends of Arabic and Russian, and how a document's language is decided.
"""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figtrace.claims.context import identifier_spans
from figtrace.lang.number_tables import for_language, reading_text
from figtrace.lang.numbers import find_quantities
from figtrace.lang.spelled import parse_spelled
from figtrace.layout.language import decide, detect, language_of_file, language_of_job
from figtrace.layout.meta import letter_title_parts
from tests.score_corpus import line_claims

OTHER = ("fr", "es", "ru", "ar")


# ----------------------------------------------------------------------------- spelled-out numbers
def _written(n: int, lang: str) -> str:
    from num2words import num2words

    return num2words(n, lang=lang)


def _sane(words: str) -> bool:
    """num2words' Arabic writes some numbers with a scale twice ("مئتان و ألف ألف" for 201 000): left out."""
    return not any(f"{w} {w}" in words for w in ("ألف", "مليون", "مليار"))


@pytest.mark.parametrize("lang", OTHER)
def test_every_number_to_ten_thousand_read_back_from_words(lang):
    t = for_language(lang)
    wrong = [(n, w) for n in range(1, 10_001) if _sane(w := _written(n, lang)) and parse_spelled(w, t) != n]
    assert wrong == []


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=10_001, max_value=999_999_999), st.sampled_from(OTHER))
def test_large_numbers_read_back_from_words(n, lang):
    words = _written(n, lang)
    if _sane(words):
        assert parse_spelled(words, for_language(lang)) == n


@pytest.mark.parametrize("lang", OTHER)
def test_a_spelled_number_in_a_sentence_is_a_count(lang):
    """The number grammar finds a spelled number followed by the noun it counts (ten random ones a language)."""
    noun = {"fr": "personnes", "es": "personas", "ru": "человек", "ar": "شخصا"}[lang]
    for n in random.Random(10).sample(range(2, 999), 10):
        words = _written(n, lang)
        found = find_quantities(f"{words} {noun}", lang=lang)
        assert [(q.surface, q.value_best) for q in found] == [(words, float(n))], words


@pytest.mark.parametrize(("lang", "words"), [("fr", "cinq trois"), ("fr", "mille deux mille"), ("es", "cinco tres"),
                                             ("ru", "пять три"), ("ar", "خمسة ثلاثة")])
def test_a_form_the_grammar_does_not_know_gives_nothing(lang, words):
    assert parse_spelled(words, for_language(lang)) is None


def test_arabic_indic_digits_are_read_at_the_same_offsets():
    text = "قتل ٢٣ شخصا و ۱۲ آخرون"
    assert len(reading_text(text, "ar")) == len(text)
    assert [(q.start, q.end, q.value_best) for q in find_quantities(reading_text(text, "ar"), lang="ar")] == [
        (4, 6, 23.0), (14, 16, 12.0)]
    assert reading_text(text, "fr") == text  # only Arabic documents are translated


# ----------------------------------------------------------------------------- identifiers never counted
IDENTIFIER_CASES = [  # (lang, text, the number that must lie in an identifier span, source)
    ("fr", "la résolution 2127 (2013) concernant la République centrafricaine", "2127", "unpc-dev fr.txt:66"),
    ("fr", "Au paragraphe 237 du rapport", "237", "unpc-dev fr.txt:707"),
    ("fr", "Ordre du jour provisoire de la 7368e séance du Conseil de sécurité", "7368", "unpc-dev fr.txt:692"),
    ("fr", "Point 19 de l'ordre du jour", "19", "unpc-dev fr.txt:1107"),
    ("es", "la resolución 2118 (2013) del Consejo de Seguridad", "2118", "unpc-dev es.txt:357"),
    ("es", "Resoluciones del Consejo de Seguridad 1267 (1999) y 1989 (2011)", "1989", "unpc-dev es.txt:2733"),
    ("es", "Orden del día provisional de la 7368a sesión", "7368", "unpc-dev es.txt:692"),
    ("es", "Tema 19 del programa", "19", "unpc-dev es.txt:1107"),
    ("ru", "резолюции 2118 (2013) Совета Безопасности", "2118", "unpc-dev ru.txt:357"),
    ("ru", "Предварительная повестка дня 7368-го заседания", "7368", "unpc-dev ru.txt:692"),
    ("ru", "Пункт 19 повестки дня", "19", "unpc-dev ru.txt:1107"),
    ("ru", "В пункте 237 доклада", "237", "unpc-dev ru.txt:707"),
    ("ar", "قرار مجلس الأمن 2118 (2013)", "2118", "unpc-dev ar.txt:357"),
    ("ar", "جدول الأعمال المؤقت لجلسة مجلس الأمن 7368", "7368", "unpc-dev ar.txt:692"),
    ("ar", "البند 19 من جدول الأعمال", "19", "unpc-dev ar.txt:1107"),
    ("ar", "80 - ويسعى دليل السوق الجنوبية المشتركة", "80", "unpc-dev ar.txt:127 (a paragraph number)"),
]


@pytest.mark.parametrize(("lang", "text", "number", "source"), IDENTIFIER_CASES)
def test_identifiers_are_masked_and_never_counted(lang, text, number, source):
    s = text.index(number)
    assert any(a <= s and s + len(number) <= b for a, b in identifier_spans(text, lang=lang))
    _, claims = line_claims(text, lang)
    assert [c.surface for c in claims if c.char_start <= s < c.char_end] == []


# ----------------------------------------------------------------------------- categories
@pytest.mark.parametrize(("lang", "text", "category"), [
    ("fr", "L'attaque a fait 12 morts et 30 blessés.", "killed"),
    ("es", "Al menos 15 civiles murieron en el ataque.", "killed"),
    ("ru", "В результате нападения погибли 12 человек.", "killed"),
    ("ar", "وقتل 12 شخصا في الهجوم.", "killed"),
    ("fr", "Plus de 3 000 personnes ont été déplacées.", "displaced"),
    ("es", "Hay 500 desplazados en la región.", "displaced"),
    ("ru", "Были задержаны 40 человек.", "hostages"),
    ("ar", "وأصيب 30 شخصا بجروح.", "wounded"),
])
def test_the_category_of_a_casualty_figure(lang, text, category):
    _, claims = line_claims(text, lang)
    assert claims[0].category == category


# ----------------------------------------------------------------------------- mastheads and sentences
@pytest.mark.parametrize(("title", "day"), [
    ("Lettre datée du 12 janvier 2021, adressée au Secrétaire général par le Représentant permanent de l'Azerbaïdjan",
     "2021-01-12"),
    ("Carta de fecha 12 de enero de 2021 dirigida al Secretario General por el Representante Permanente de Azerbaiyán",
     "2021-01-12"),
    ("Письмо Постоянного представителя Азербайджана от 12 января 2021 года на имя Генерального секретаря", "2021-01-12"),
    ("رسالة مؤرخة 12 كانون الثاني/يناير 2021 موجهة إلى الأمين العام من الممثل الدائم لأذربيجان", "2021-01-12"),
])
def test_the_title_line_of_each_language_version_gives_the_letter_date(title, day):
    date, author, addressee = letter_title_parts(title)
    assert str(date) == day and author and addressee


@pytest.mark.parametrize(("line", "lang"), [("15-01234 (F)    120315    130315", "fr"), ("15-01234 (S)", "es"),
                                            ("15-01234 (R)", "ru"), ("15-01234 (A)", "ar"), ("21-00487 (C)", "zh"),
                                            ("A/69/720", None)])
def test_the_job_numbers_letter_names_the_language(line, lang):
    assert language_of_job(line) == lang


@pytest.mark.parametrize(("text", "expected"), [
    ("El Consejo de Seguridad decidió que los Estados y la resolución del año", ("es", "words")),
    ("The Security Council decided that the States and the resolution", ("en", "words")),
    ("مجلس الأمن يقرر أن الدول", ("ar", "script")),
    ("安全理事会决定", ("zh", "script")),
    ("12 345", ("en", "default")),
])
def test_the_language_of_a_text_without_a_sidecar(text, expected):
    assert detect(text) == expected


def test_how_the_language_was_decided_is_recorded_in_order():
    assert decide("zh", "fr", "x.ru.txt", ["15-01234 (A)"], "text") == ("zh", "sidecar")
    assert decide(None, "fr", "x.ru.txt", [], "text") == ("fr", "settings")
    assert decide(None, None, "data/S_2015_77.ru.txt", ["15-01234 (A)"], "text") == ("ru", "file_name")
    assert decide(None, None, "letter.txt", ["15-01234 (A)"], "text") == ("ar", "job_number")
    assert language_of_file("letter.de.txt") is None  # not a registered language


def test_a_french_letter_without_a_sidecar_is_read_as_french(tmp_path):
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    path = tmp_path / "lettre.txt"
    path.write_text("Lettre datée du 3 mars 2015, adressée au Secrétaire général par le Représentant permanent "
                    "de la Fredonie\n\nLe 2 mars 2015, plus de 1 500 personnes ont été déplacées et 12 civils "
                    "ont été tués. La résolution 2118 (2013) s'applique.\n", encoding="utf-8")
    result = process_document(path, Settings(), "run")
    (doc,) = result.tables["documents"]
    assert (doc.language, doc.language_source, str(doc.letter_date)) == ("fr", "words", "2015-03-03")
    counts = [(c.surface, c.qualifier, c.value_low, c.category) for c in result.tables["claims"] if c.kind == "count"]
    assert counts == [("plus de 1 500", "more_than", 1500.0, "displaced"), ("12", "exact", 12.0, "killed")]


def test_arabic_and_russian_sentences_end_where_they_end():
    from figtrace.layout.assemble import _sentences

    ar = "قتل 12 شخصا. وأصيب 30 آخرون؟ وفر 100 شخص."
    assert [ar[s:e] for s, e in _sentences(ar, 0, len(ar), [], "ar")] == ["قتل 12 شخصا.", "وأصيب 30 آخرون؟",
                                                                        "وفر 100 شخص."]
    ru = "Погибли 12 человек. Ранены 30 человек."
    assert len(_sentences(ru, 0, len(ru), [], "ru")) == 2


FRENCH_LETTER = """Nations Unies
S/2099/77
Conseil de sécurité
Distr. générale
4 février 2099
Français
Original : anglais

Lettre datée du 3 février 2099, adressée au Président du Conseil de sécurité par le Représentant permanent de la Fredonie auprès de l'Organisation des Nations Unies

J'ai l'honneur de vous faire part de ce qui suit. Le 2 février 2099, plus de 1 500 personnes ont été déplacées et 12 civils ont été tués.

Depuis, des dizaines de milliers de personnes ont fui la région. Conformément à la résolution 2118 (2013), je vous prie de faire distribuer la présente lettre.

(Signé) Jean Dupont
99-01234 (F)    050299    050299
*9901234*
"""


def test_a_french_letter_with_its_masthead_and_footer(tmp_path):
    """A made-up letter laid out as the UN's French version is: masthead, title, signature, the job number's (F)."""
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    path = tmp_path / "lettre.txt"
    path.write_text(FRENCH_LETTER, encoding="utf-8")
    result = process_document(path, Settings(), "run")
    (doc,) = result.tables["documents"]
    assert (doc.doc_id, doc.language, doc.language_source, doc.job_number) == ("S/2099/77:fr", "fr", "job_number", "99-01234")
    assert (str(doc.letter_date), doc.author_state, doc.signatory) == ("2099-02-03", "Fredonie", "Jean Dupont")
    assert doc.addressee == "Président du Conseil de sécurité"
    got = [(c.kind, c.surface, c.category) for c in result.tables["claims"]]
    assert got == [("date", "2 février 2099", None), ("count", "plus de 1 500", "displaced"), ("count", "12", "killed"),
                   ("count", "dizaines de milliers", "displaced")]

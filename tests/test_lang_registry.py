"""The language registry: every language module gives well-formed tables, and the grammars read them all."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from figtrace.lang import dates, registry
from figtrace.lang.shapes import DatePattern

LANGUAGES = sorted(registry.LANGUAGES)
ALL_TABLES = registry.TABLES | registry.SCRIPT_TABLES
ROLES = {"y", "m", "d", "mon", "part", "decade", "y2", "m2", "d2", "mon2", "part2", "join", "lead", "c", "dec", "a", "b"}


def _tables_of(module) -> set[str]:
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_table_a_language_gives_is_a_known_table_of_its_type(code):
    """A misspelt table would be silently ignored by the grammars: none may exist."""
    module = registry.LANGUAGES[code]
    given = _tables_of(module)
    assert given <= set(ALL_TABLES), sorted(given - set(ALL_TABLES))
    assert [n for n in given if not isinstance(getattr(module, n), ALL_TABLES[n])] == []
    assert set(registry.REQUIRED) <= given
    assert module.CODE == code


@pytest.mark.parametrize("code", registry.COMPLETE)
def test_a_complete_language_gives_every_table(code):
    assert sorted(set(registry.TABLES) - _tables_of(registry.LANGUAGES[code])) == []


# Dict tables every language's words are merged into, whatever the document's language (the
# date grammar reads month and part words through one lookup); the others merge within a reading set.
MERGED_EVERYWHERE = {"MONTH_NAMES", "MONTH_ABBREVIATIONS", "PART_WORDS", "CENTURY_WORDS", "HIJRI_MONTHS"}
READING_SETS = sorted({registry.reading_set(code) for code in LANGUAGES})


@pytest.mark.parametrize("table", sorted(n for n, t in ALL_TABLES.items() if t is dict and n != "CATEGORY_VERBS"))
def test_languages_agree_where_their_tables_share_a_key(table):
    """Tables merged into one lookup: a word two languages share must mean the same in both.

    (CATEGORY_VERBS is keyed by category and its languages' verbs are joined, not merged.)
    """
    groups = [tuple(LANGUAGES)] if table in MERGED_EVERYWHERE else READING_SETS
    for codes in groups:
        seen: dict = {}
        for code in codes:
            for key, value in getattr(registry.LANGUAGES[code], table, {}).items():
                assert seen.setdefault(key, (code, value))[1] == value, (table, key, seen[key][0], code)


def test_each_language_but_chinese_and_english_reads_with_its_own_tables():
    assert registry.reading_set("zh") == registry.reading_set("en") == registry.reading_set(None) == ("zh", "en")
    assert [registry.reading_set(c) for c in ("fr", "es", "ru", "ar")] == [("fr",), ("es",), ("ru",), ("ar",)]
    assert registry.reading_set("de") == ("zh", "en")  # a language not registered: the shared tables


@pytest.mark.parametrize("pattern", registry.joined("DATE_PATTERNS"), ids=lambda p: p.name)
def test_date_patterns_name_their_groups(pattern: DatePattern):
    assert re.compile(pattern.regex).groups == len(pattern.roles)
    assert set(pattern.roles) <= ROLES and pattern.form in dates.FORMS
    assert pattern.surface is None or pattern.surface in pattern.roles


def test_date_pattern_names_are_unique():
    names = [p.name for p in registry.joined("DATE_PATTERNS")]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("code", registry.COMPLETE)
def test_a_titles_written_day_is_a_day_the_date_grammar_reads(code):
    """The title's date pattern and the date grammar agree on how a full date is written."""
    module = registry.LANGUAGES[code]
    text = {"zh": "2021 年 1 月 12 日", "en": "12 January 2021", "fr": "12 janvier 2021", "es": "12 de enero de 2021",
            "ru": "12 января 2021", "ar": "12 كانون الثاني/يناير 2021"}[code]
    m = re.fullmatch(module.WRITTEN_DAY, text)
    (d,) = dates.find_dates(text, lang=code)
    assert m and (d.surface, str(d.date_start), d.precision) == (text, "2021-01-12", "day")


def test_registry_helpers_keep_registry_order():
    shared = registry.SHARED_READING
    assert registry.merged("MULTIPLIERS", langs=shared) == {**registry.LANGUAGES["zh"].MULTIPLIERS,
                                                            **registry.LANGUAGES["en"].MULTIPLIERS}
    assert registry.joined("SIGNATURE_WORDS")[:2] == ["签名", "Signed"]
    assert registry.tables("NUMERAL_PATTERN", spaced=True, langs=shared) == [registry.LANGUAGES["en"].NUMERAL_PATTERN]
    assert registry.View(("fr",)).merged("MULTIPLIERS") == registry.LANGUAGES["fr"].MULTIPLIERS
    assert registry.alternation("REPORTED_VERBS") == registry.LANGUAGES["zh"].REPORTED_VERBS  # English gives ""


NEW_LANGUAGE = textwrap.dedent('''
    """A made-up language "xx": qualifier and date words only, registered before the grammars load."""
    import sys, types
    from figtrace.lang import registry
    from figtrace.lang.shapes import DatePattern

    xx = types.ModuleType("xx")
    xx.CODE, xx.WORD_SPACING, xx.SIGNATURE_WORDS = "xx", True, ("Firmatu",)
    xx.PRE_QUALIFIERS = {"plus que": "more_than"}
    xx.MONTH_NAMES = {"zanvier": 1}
    xx.DATE_PATTERNS = [DatePattern("xx_dmy", "day_span", ("d", "mon", "y"), r"([0-9]{1,2}) (zanvier) ([0-9]{4})")]
    xx.DATE_FOLLOWERS = r"\\s+[a-z]"  # a date's first digits are followed by a lower-case month name
    registry.LANGUAGES["xx"] = xx

    from figtrace.lang.dates import find_dates
    from figtrace.lang.numbers import find_quantities
    from figtrace.layout.blocks import SIGNED_RE

    q = find_quantities("plus que 300 people", lang="xx")[0]
    d = find_dates("le 12 zanvier 2021", lang="xx")[0]
    print(q.surface, q.qualifier, d.surface, d.date_start, bool(SIGNED_RE.search("(Firmatu)")))
''')


def test_a_new_language_is_one_module_and_one_line():
    """Registering a module is all it takes for its words to reach the grammars (of documents in that language)."""
    out = subprocess.run([sys.executable, "-c", NEW_LANGUAGE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["plus", "que", "300", "more_than", "12", "zanvier", "2021", "2021-01-12", "True"]

"""Any state's own organs are self-sourcing; any place the gazetteer knows is a place (issue 8)."""
from __future__ import annotations

import datetime as dt

import pytest

from figtrace.claims.places import COUNTRIES, PLACES, NameIndex, place_mentions
from figtrace.sources.issuers import find_issuer, submitted_by_author
from tests.claimdocs import make_doc
from tests.stages import citations_of, claims_of
from tests.synthetic import letter

# (footnote text, author state as layout gives it, is the issuer the author's own state?, source).
# All synthetic, in the seed's footnote shapes; the first five failed before states came from data
# (only Azerbaijan and Armenia were known, so only a same-language name as written could match).
SELF_CASES = [
    ("2008 年 8 月 9 日格鲁吉亚外交部的声明，S/2008/536。", "Georgia", True, "synthetic: English author, Chinese footnote"),
    ("Statement by the Ministry of Foreign Affairs of Georgia, 9 August 2008 (S/2008/536).", "格鲁吉亚", True,
     "synthetic: Chinese author, English footnote"),
    ("Statement by the Georgian Ministry of Foreign Affairs, 9 August 2008.", "Georgia", True, "synthetic: adjective"),
    ("Letter from the Permanent Representative of the Russian Federation (S/2008/545).", "Russia", True,
     "synthetic: official name, author given by its short name"),
    ("Statement by the Ministry of Foreign Affairs of Türkiye, 2 March 2021.", "Turkey", True, "synthetic: renamed state"),
    ("格鲁吉亚外交部 2008 年 8 月 9 日的声明。", "格鲁吉亚", True, "synthetic: same language, name as written"),
    ("俄罗斯联邦外交部 2008 年 8 月 9 日的声明。", "格鲁吉亚", False, "synthetic: another state's ministry"),
    ("Statement by the Ministry of Foreign Affairs of the Russian Federation.", "Georgia", False, "synthetic"),
    ("赤道几内亚外交部的声明。", "几内亚", False, "synthetic: a state's name inside another's"),
    ("Statement by the Ministry of Foreign Affairs of Guinea-Bissau.", "Guinea", False, "synthetic: name inside another's"),
    ("Statement by the South Sudanese Ministry of Foreign Affairs.", "Sudan", False, "synthetic: adjective inside another's"),
    ("阿塞拜疆共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)。", "阿塞拜疆", True, "seed footnote 20 shape"),
    ("Statement by the Ministry of Foreign Affairs of Freedonia.", "Freedonia", True,
     "tests/fixtures/letter.en.txt: a state the data does not know is matched as written"),
]


@pytest.mark.parametrize("text, state, is_self, source", SELF_CASES, ids=[c[3] + f" [{i}]" for i, c in enumerate(SELF_CASES)])
def test_issuer_is_the_author_state(text, state, is_self, source):
    issuer = find_issuer(text, state)
    assert bool(issuer and issuer.is_self) is is_self


@pytest.mark.parametrize("title, footnote", [
    ("2008 年 8 月 12 日格鲁吉亚常驻联合国代表给秘书长的信", "2008 年 8 月 9 日格鲁吉亚外交部的声明，S/2008/536。"),
    ("2008 年 8 月 12 日格鲁吉亚常驻联合国代表给秘书长的信", "Statement by the Ministry of Foreign Affairs of Georgia (S/2008/536)."),
    ("Letter dated 12 August 2008 from the Permanent Representative of Georgia to the United Nations addressed "
     "to the Secretary-General", "格鲁吉亚外交部的声明，S/2008/536。"),
])
def test_a_georgian_letter_citing_its_foreign_ministry_is_self_sourced(title, footnote):
    """Synthetic Georgian letters through the real layout and citation stages."""
    doc = letter(["冲突造成 30 名平民死亡。1"], [footnote], title=title)
    (row,), _ = citations_of(doc)
    assert row.self_sourced is True


def test_a_body_sentence_names_the_author_in_another_language():
    assert submitted_by_author("Georgia submitted a report to the Secretary-General in 2009.", "格鲁吉亚")
    assert not submitted_by_author("Armenia submitted a report to the Secretary-General in 2009.", "格鲁吉亚")


# ------------------------------------------------------------------ places
def _places(sentence: str) -> list[tuple[str, str | None]]:
    claims = claims_of(make_doc([sentence], letter_date=dt.date(2008, 8, 20)))
    return [(c.surface, c.place) for c in claims if c.kind == "count"]


@pytest.mark.parametrize("sentence, expected, source", [
    ("2008 年 8 月，阿布哈兹有 30 名平民被打死。", [("30", "阿布哈兹")], "synthetic: ISO 3166-2 GE-AB, Chinese from iso-codes"),
    ("In Abkhazia, 30 civilians were killed in August 2008.", [("30", "Abkhazia")], "synthetic: ISO 3166-2 GE-AB"),
    ("在第比利斯有 30 名平民被打死。", [("30", "第比利斯")], "synthetic: capital, Chinese from CLDR"),
    ("In Tbilisi, 30 civilians were killed.", [("30", "Tbilisi")], "synthetic: capital from GeoNames"),
    ("2008 年 8 月，在格鲁吉亚有 30 名平民被打死。", [("30", "格鲁吉亚")], "synthetic: a state in locative use"),
    ("格鲁吉亚说有 30 名平民被打死。", [("30", None)], "synthetic: a state as speaker is not a place"),
    ("欧安会明斯克小组的 3 个共同主席国发表了声明。", [("3", None)], "seed p24 shape: a group named after a city"),
    ("1992 年 5 月 9 日，舒沙市被占领。这座城市的 24 000 名阿塞拜疆人遭到种族清洗。", [("24 000", "舒沙")],
     "seed p11 (places.hand.json)"),
])
def test_place_of_a_figure(sentence, expected, source):
    assert _places(sentence) == expected


def test_places_are_whole_words_in_alphabetic_scripts():
    text = "Officials of Nigeria and the Minsk Group met in Vienna."
    assert [m[2] for m in place_mentions(text, 0, len(text))] == ["Vienna"]
    text = "Nigeria, 5Niger, Niger."
    assert NameIndex(["Niger"]).find(text, 0, len(text)) == [(17, 22, "Niger")]


def test_gazetteer_is_well_beyond_the_seed_region():
    assert {"阿布哈兹", "Abkhazia", "第比利斯", "Tbilisi", "大马士革", "Aleppo", "Kharkiv", "基辅"} <= PLACES
    assert {"格鲁吉亚", "Georgia", "Géorgie", "Грузия"} <= COUNTRIES
    assert not PLACES & {"Central", "Northern", "Delta", "Male", "玻璃", "Georgia"}  # words, and a state's name

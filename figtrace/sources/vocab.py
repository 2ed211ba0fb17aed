"""Vocabulary (data, not logic) for telling who issued a cited source.

Read from the package's data files (``figtrace/data/``), never written here:

- ``states.json``: every UN Member State, the two observer States and a few other entities,
  named in the six UN languages (from CLDR, iso-codes and GeoNames; ``tools/build_vocab.py``);
- ``sourcing.json``: per-language phrasing (organs of a state, other issuers, reference leads).

``{state}`` in a pattern stands for the letter's author state, as layout found it
(``DocumentMeta.author_state``: "阿塞拜疆", "Azerbaijan", "Azerbaïdjan"), which
``state_named`` maps to its record.

>>> state_named("格鲁吉亚").code, state_named("Georgia").code, state_named("the Republic of Azerbaijan").code
('GE', 'GE', 'AZ')
>>> state_named("中非").names["zh"][0]
'中非共和国'
>>> state_named("Atlantis") is None
True
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


def read_data(name: str) -> dict:
    """The parsed JSON data file ``figtrace/data/<name>`` (UTF-8, shipped as package data)."""
    return json.loads(files("figtrace").joinpath("data", name).read_text(encoding="utf-8"))


def read_data_per_language(stem: str) -> dict[str, dict]:
    """Every ``figtrace/data/<stem>.<lang>.json``, by language, in language order."""
    names = sorted(p.name for p in files("figtrace").joinpath("data").iterdir())
    found = (re.fullmatch(rf"{re.escape(stem)}\.([a-z]{{2,3}})\.json", n) for n in names)
    return {m[1]: read_data(m[0]) for m in found if m}


@dataclass(frozen=True, slots=True)
class State:
    """A state as the data names it: ISO code, UN status, names and adjectives per language."""

    code: str
    status: str
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]

    def names_in(self, lang: str) -> tuple[str, ...]:
        return self.names.get(lang, ())


def _state(record: dict) -> State:
    return State(record["code"], record["status"],
                 {lang: tuple(ns) for lang, ns in record["names"].items()},
                 {lang: tuple(ns) for lang, ns in record["adjectives"].items()})


_STATES_DATA = read_data("states.json")
STATES: tuple[State, ...] = tuple(_state(r) for r in _STATES_DATA["states"])
LANGUAGES: tuple[str, ...] = tuple(_STATES_DATA["languages"])
_ARTICLE_RE = re.compile(r"^(?:the|l['’]|la|le|les|el|los|las)\s*(?<=\s|['’])", re.I)


def name_key(name: str) -> str:
    """A state name folded for lookup: NFC, case, spacing, a leading article ("the Sudan", "l'Azerbaïdjan")."""
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().strip(".,;:，。")
    return _ARTICLE_RE.sub("", name).casefold()


_BY_NAME = {name_key(n): s for s in STATES for ns in s.names.values() for n in ns}


@lru_cache(maxsize=256)
def state_named(name: str | None) -> State | None:
    """The state a name (in any of the six UN languages) refers to, or None.

    Layout cuts a Chinese author at "共和国" ("中非共和国常驻代表" -> "中非"), so a Chinese
    name is also tried with it put back.
    """
    if not name:
        return None
    key = name_key(name)
    return _BY_NAME.get(key) or (_BY_NAME.get(key + "共和国") if re.search(r"[\u4e00-\u9fff]$", key) else None)


def longer_names_ending_with(name: str, lang: str) -> tuple[str, ...]:
    """What other states' names put before ``name`` ("赤道" for "几内亚", "South " for "Sudan")."""
    others = {n for s in STATES for n in s.names_in(lang) + s.adjectives.get(lang, ())}
    return tuple(sorted(o[: -len(name)] for o in others if o != name and o.endswith(name)))


_SOURCING = read_data("sourcing.json")
_BY_LANG = {lang: _SOURCING[lang] for lang in LANGUAGES if lang in _SOURCING}  # zh, en, ...: the UN's order

# Organs of a state, as footnotes name the issuer of a letter or statement.
STATE_ORGANS = {lang: tuple(t["state_organs"]) for lang, t in _BY_LANG.items()}
# Words a state name may carry before its organ (阿塞拜疆共和国外交部, of the Republic of Azerbaijan).
STATE_LINKS = {lang: tuple(t.get("state_links", ())) for lang, t in _BY_LANG.items()}
# "Azerbaijani Ministry of Foreign Affairs": organs an adjective stands before.
ORGAN_NOUNS = {lang: tuple(t["organ_nouns"]) for lang, t in _BY_LANG.items() if "organ_nouns" in t}
# Issuers that are not the author's government: international bodies, courts, NGOs, publishers.
OTHER_ISSUERS = tuple(w for t in _BY_LANG.values() for w in t["other_issuers"])
# Leading words of a reference that carry no meaning for its title ("见", "See also"); tried in order.
REFERENCE_LEADS = tuple(w for t in _BY_LANG.values() for w in t["reference_leads"])
# A footnote that repeats the previous one.
IBID_WORDS = tuple(w for t in _BY_LANG.values() for w in t["ibid_words"])
# A body sentence saying the author's own side sent the document its footnote cites
# ("阿塞拜疆于 2016 年向秘书长提交了一份……报告。33"): a footnote naming no issuer is then self-sourced.
SUBMISSION_PATTERNS = {lang: t["submission_pattern"] for lang, t in _BY_LANG.items()}

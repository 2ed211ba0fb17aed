"""Keys that bring comparable things together: versions of one document, places, subjects.

A document's *version keys* are its UN symbols and, for a document whose versions a symbol
cannot join (no symbol found, or a different one detected in each language), the path of its
source with the extension and the language code taken off (``.../S_2015_90.zh.txt`` and
``.../S_2015_90.en.txt`` meet). A *place key* is the gazetteer entry a place name belongs to, in
any of the six languages (``figtrace/data/places.json``, ``places.hand.json``, the states of
``states.json``), so "甘贾" and "Ganja" meet; a name the gazetteer lacks is its folded self.

>>> file_key("file:///data/raw/S_2015_90.zh.txt", "zh")
'file:///data/raw/S_2015_90'
>>> place_key("Ganja") == place_key("甘贾") == place_key("the city of Ganja")
True
>>> place_key("Atlantis")
'atlantis'
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from figtrace.claims.places import NameIndex
from figtrace.lang import registry
from figtrace.sources.vocab import STATES, read_data

_LANG_SUFFIX = re.compile(r"[._-]([a-z]{2,3})$")
_EXTENSIONS = re.compile(r"(?:\.(?:txt|text|md|pdf|html?))+$", re.I)
# Words around a place name that say what kind of place it is ("the town of X", "X 市").
_PLACE_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:town|city|village|district|region|province|settlement|municipality)\s+of\s+)?|"
    r"(?:市|县|区|镇|村|省|州|地区)$", re.I)


def file_key(source_uri: str, language: str) -> str:
    """The source path without its extension and its language code (``name.zh.txt`` -> ``name``)."""
    stem = _EXTENSIONS.sub("", source_uri)
    m = _LANG_SUFFIX.search(stem)
    if m and (m.group(1) == language or m.group(1) in registry.LANGUAGES):
        stem = stem[: m.start()]
    return stem


def version_keys(symbols: Iterable[str], source_uri: str, language: str) -> list[str]:
    """Every key under which a document's other-language versions are found."""
    keys = [f"symbol:{s}" for s in symbols]
    if source_uri:
        keys.append(f"file:{file_key(source_uri, language)}")
    return keys


def fold(text: str) -> str:
    """NFKC, case and spacing folded: the form two spellings of one name share."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:，。、")


@functools.cache
def _gazetteer() -> tuple[dict[str, str], NameIndex]:
    """Folded name -> place id (ISO 3166-2 code, ``state:XX``), and an index to find names inside text."""
    ids: dict[str, str] = {}
    names: list[str] = []
    for file in ("places.json", "places.hand.json"):
        for record in read_data(file)["places"]:
            pid = record.get("of") or record["id"]
            for forms in record["names"].values():
                for name in forms:
                    ids.setdefault(fold(name), pid)
                    names.append(name)
    for state in STATES:
        for forms in state.names.values():
            for name in forms:
                ids.setdefault(fold(name), f"state:{state.code}")
                names.append(name)
    return ids, NameIndex(names)


@functools.lru_cache(maxsize=65536)
def place_key(place: str | None) -> str | None:
    """The gazetteer id of a place as written, else the name folded; None for no place."""
    if not place or not place.strip():
        return None
    ids, index = _gazetteer()
    key = fold(place)
    if key in ids:
        return ids[key]
    bare = fold(_PLACE_WORDS.sub("", place.strip()))
    if bare in ids:
        return ids[bare]
    found = index.find(place, 0, len(place))
    if found:
        longest = max(found, key=lambda f: f[1] - f[0])[2]
        return ids.get(fold(longest), fold(longest))
    return bare or key


@functools.lru_cache(maxsize=1 << 16)
def subject_key(subject: str | None) -> str | None:
    """A subject as written, folded ("Civilians" and "civilians" meet; 平民 and civilians do not)."""
    return fold(subject) if subject and subject.strip() else None

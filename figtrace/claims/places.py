"""Where a figure happened: place names in a paragraph, and the one a figure belongs to."""
from __future__ import annotations

import bisect
import re

from figtrace.lang import registry
from figtrace.sources.vocab import STATES, read_data, state_named
from figtrace.spans import SpanSet


def _names(records) -> frozenset[str]:
    return frozenset(n for r in records for ns in r["names"].values() for n in ns)


# Places from the gazetteer (figtrace/data/places.json, generated from ISO 3166-2, GeoNames and
# CLDR; places.hand.json, kept by hand), and every state's names in the six UN languages:
# a state counts as the place of a figure only in locative use.
PLACES = _names(read_data("places.json")["places"]) | _names(read_data("places.hand.json")["places"])
COUNTRIES = frozenset(n for s in STATES for ns in s.names.values() for n in ns)
_CJK = "\u3400-\u9fff"
# A run of Chinese characters, or a word of letters in any other script.
_RUN_RE = re.compile(rf"[{_CJK}]+|(?:(?![{_CJK}])[^\W\d_])+")
_CJK_RE = re.compile(rf"[{_CJK}]")
# What may not touch a whole word: a letter or digit of an alphabetic script (Chinese may).
_WORD_CHAR_RE = re.compile(rf"(?![{_CJK}])[^\W_]")


class NameIndex:
    """Finds literal names in text, longest first at each start: Chinese names anywhere, names in
    other scripts only as whole words ("Niger" is not found in "Nigeria").

    Thousands of names make one regex slow to compile (a quarter of a second); a dict keyed on
    the first two Chinese characters (every name has two or more) or the first word keeps
    loading and matching cheap.

    >>> NameIndex(["几内亚", "几内亚比绍", "Niger"]).find("在几内亚比绍和Nigeria、Niger", 0, 20)
    [(1, 6, '几内亚比绍'), (15, 20, 'Niger')]
    """

    def __init__(self, names) -> None:
        self.names = frozenset(names)
        keyed: dict[str, list[str]] = {}
        for n in self.names:
            keyed.setdefault(self._key(n), []).append(n)
        self._by_key = {k: sorted(v, key=lambda n: (-len(n), n)) for k, v in keyed.items()}

    @staticmethod
    def _key(name: str) -> str:
        m = _RUN_RE.match(name)
        run = m.group() if m else name
        return run[:2] if _CJK_RE.match(run) else run

    def _at(self, text: str, i: int, hi: int, key: str, whole_word: bool) -> str | None:
        """The longest name with this key written at ``i`` (ending at a word's end if ``whole_word``)."""
        if whole_word and i > 0 and _WORD_CHAR_RE.match(text, i - 1):
            return None  # "5Niger": inside a token
        for n in self._by_key.get(key, ()):
            e = i + len(n)
            if e <= hi and text.startswith(n, i) and not (whole_word and _WORD_CHAR_RE.match(text, e)):
                return n
        return None

    def find(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Every name in text[lo:hi] as (start, end, name), left to right, not overlapping."""
        out, pos = [], lo
        while (m := _RUN_RE.search(text, pos, hi)) is not None:
            pos = m.end()
            if not _CJK_RE.match(m.group()):
                if (n := self._at(text, m.start(), hi, m.group(), True)) is not None:
                    out.append((m.start(), m.start() + len(n), n))
                    pos = max(pos, m.start() + len(n))
                continue
            i = m.start()
            while i < m.end():
                n = self._at(text, i, hi, text[i:i + 2], False)
                if n is None:
                    i += 1
                    continue
                out.append((i, i + len(n), n))
                i += len(n)
                pos = max(pos, i)
        return out


_NAMES = NameIndex(PLACES | COUNTRIES)
_PHRASING = read_data("place_phrasing.json")
# "欧安会明斯克小组", "the Geneva Conventions": a name called after a place, not the place.
_NAMED_AFTER_RE = re.compile(
    r"\s*(?:" + "|".join(re.escape(w) for w in sorted(_PHRASING["zh"]["named_after_place"], key=len, reverse=True))
    + r"|(?i:" + "|".join(re.escape(w) for w in sorted(_PHRASING["en"]["named_after_place"], key=len, reverse=True))
    + r")\b)")
_OUTSIDE_RE = re.compile(r"(?:区|市|镇|地区|州)?(?:以外|之外)")
# Places the gazetteer does not know, found by how the languages name them ("the town of
# Northvale", "in Sukhumi on 4 March", "苏呼米市"): each pattern's group "place".
_PATTERN_RES = [re.compile(rx) for rx in registry.joined("PLACE_PATTERNS")]


_AROUND_RE = re.compile(r"周围|周边|附近|以外|之外|\baround\b|\bnear\b|\boutside\b|\bsurrounding\b")
_COORD_PLACE_RE = re.compile(r"(?:区|市|镇|地区|州)?\s*(?:和|、|及|与)\s*")
_LOCATIVE_BEFORE_RE = re.compile(r"(?:在|(?<![关对由至属])于|\bin)\s*$")
_COUNTRY_OF_FIGURE_RE = re.compile(r"(?:的(?:另外|其他)?)?\s*(?:[0-9]|数|超过|约|近|[两三四五六七八九十])")


def place_mentions(text: str, lo: int, hi: int) -> "PlaceMentions":
    """Place names in [lo, hi) as (start, end, name), coordinated runs merged ("X 区和 Y 区")."""
    found = _NAMES.find(text, lo, hi)
    known = SpanSet((a, b) for a, b, _ in found)  # log-time overlap test: a paragraph may hold thousands
    for rx in _PATTERN_RES:
        found += [(m.start("place"), m.end("place"), m.group("place")) for m in rx.finditer(text, lo, hi)
                  if m.group("place") not in COUNTRIES and not _inside(m.span("place"), known)]
    runs: list[list] = []
    for start, end, name in sorted(found):
        if name in COUNTRIES and not _locative_country(text, start, end, lo):
            continue
        if _NAMED_AFTER_RE.match(text, end):
            continue
        if _OUTSIDE_RE.match(text, end):
            continue
        if runs and _COORD_PLACE_RE.fullmatch(text, runs[-1][1], start):
            runs[-1][1], runs[-1][2] = end, runs[-1][2] + "、" + name
        else:
            runs.append([start, end, name])
    return PlaceMentions(tuple(r) for r in runs)


def _inside(span: tuple[int, int], spans: SpanSet) -> bool:
    """True when ``span`` overlaps one of ``spans`` (a name the gazetteer already found there)."""
    return spans.overlaps(*span)


def _locative_country(text: str, s: int, e: int, lo: int) -> bool:
    before = text[max(lo, s - 3):s]
    after = text[e:e + 5]
    return bool(_LOCATIVE_BEFORE_RE.search(before)) or bool(_COUNTRY_OF_FIGURE_RE.match(after))


class PlaceMentions(list):
    """``place_mentions``' result, with what ``place_for`` looks up per figure prepared once (linear time).

    Mentions come in text order; when their ends are in order too (they do not nest), each
    lookup is a bisection instead of a pass over the paragraph's places.
    """

    def prepare(self) -> bool:
        if "_starts" not in self.__dict__:
            self._starts = [p[0] for p in self]
            self._ends = [p[1] for p in self]
            self._ordered = self._ends == sorted(self._ends) and self._starts == sorted(self._starts)
            last, self._last_local = -1, []
            for i, p in enumerate(self):
                last = i if p[2] not in COUNTRIES else last
                self._last_local.append(last)
        return self._ordered


def place_for(text: str, pos: int, sent: tuple[int, int], para_places: list, subject_span: tuple[int, int],
              clause_end: int | None = None) -> str | None:
    """The place a figure belongs to: in its subject, else before it in its sentence, else after it in its
    clause (up to ``clause_end``), else earlier in the paragraph.

    ``para_places`` is ``place_mentions`` over the whole paragraph, computed once.
    """
    if not (isinstance(para_places, PlaceMentions) and para_places.prepare()):
        return _place_for_scan(text, pos, sent, para_places, subject_span, clause_end)
    starts, ends = para_places._starts, para_places._ends
    i = bisect.bisect_left(starts, subject_span[0])
    if i < bisect.bisect_right(ends, subject_span[1]):
        return para_places[i][2]
    i, j = bisect.bisect_left(starts, sent[0]), bisect.bisect_right(ends, pos)
    if i < j:
        return _unless_related(text, pos, para_places[j - 1])
    i = bisect.bisect_left(starts, subject_span[1])
    if i < len(para_places) and para_places[i][1] <= (clause_end or sent[1]):
        return para_places[i][2]  # "... were killed in the city of Bangui": the figure's own clause first
    j = bisect.bisect_right(ends, sent[0])
    k = para_places._last_local[j - 1] if j else -1
    return para_places[k][2] if k >= 0 else None


def _unless_related(text: str, pos: int, place: tuple[int, int, str]) -> str | None:
    s, e, name = place
    if _COORD_PLACE_RE.fullmatch(text, e, pos) or _AROUND_RE.search(text, e, pos):
        return None  # a sibling in a list of places, or "周围的 7 个区": related to the place, not in it
    return name


def _place_for_scan(text: str, pos: int, sent: tuple[int, int], para_places: list, subject_span: tuple[int, int],
                    clause_end: int | None = None) -> str | None:
    """``place_for`` by scanning every mention (for mentions that nest)."""
    inside = [p for p in para_places if subject_span[0] <= p[0] and p[1] <= subject_span[1]]
    if inside:
        return inside[0][2]
    before = [p for p in para_places if sent[0] <= p[0] and p[1] <= pos]
    if before:
        s, e, name = before[-1]
        if _COORD_PLACE_RE.fullmatch(text, e, pos) or _AROUND_RE.search(text, e, pos):
            return None  # a sibling in a list of places, or "周围的 7 个区": related to the place, not in it
        return name
    after = [p for p in para_places if subject_span[1] <= p[0] and p[1] <= (clause_end or sent[1])]
    if after:  # "... were killed in the city of Bangui": the figure's own clause before an earlier sentence
        return after[0][2]
    earlier = [p for p in para_places if p[1] <= sent[0] and p[2] not in COUNTRIES]
    return earlier[-1][2] if earlier else None


# After a count of states, the opening of the list that names them: "two more States, Lesotho and
# Malawi", "两个国家(莱索托和马拉维)".
_ENUMERATION_RE = re.compile(r"[^,，:：(（—\n]{0,16}?[,，:：(（—]\s*")


def refers_to_named_states(text: str, sent: tuple[int, int], unit: str | None, qualifier: str | None,
                           value: float | None, after: int | None = None) -> bool:
    """True when a count of states only counts the states its sentence names ("亚美尼亚在两个共和国
    独立后对阿塞拜疆", "Armenia and Azerbaijan, the two republics"): a reference, not a figure.

    A count followed (from ``after``, the end of its noun) by the list of the states it counts
    ("two more States, Lesotho and Malawi, submitted ...") is a figure.
    """
    if unit != "states" or qualifier != "exact" or value is None or value < 2:
        return False
    found = [(a, n) for a, _, n in _NAMES.find(text, *sent) if n in COUNTRIES]
    if after is not None and (m := _ENUMERATION_RE.match(text, after, sent[1])) and any(a == m.end() for a, _ in found):
        return False
    return len({getattr(state_named(n), "code", n) for _, n in found}) >= value

"""``same_figure``: one figure stated in several documents (other letters, other authors, other years).

Two counts describe the same thing when they count the same category, in the same place
(``figtrace.compare.keys.place_key``: any language), for the same event date or period, of
the same subject. Blocking first: a count is filed under (category, year) for each year of its
period and under (category, place); only counts that share a block, in documents that are not
versions of one another, are ever scored. A pair is kept when the score reaches ``MIN_SCORE``
and place or period matched; a place or a period that both give and that differ rule a pair
out. Each count meets at most one count of each other document (best score first).

``agree`` when the values agree (``figtrace.compare.values``) or can both be true ("613" and
"more than 600": ``value_compatible``), ``differ`` otherwise.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from figtrace.compare.keys import place_key, subject_key
from figtrace.compare.values import dates_overlap, date_relation, interval, value_relation
from figtrace.flags.kit import compatible
from figtrace.records import ClaimRow

# What is counted in a way another source may count too (not "other", not letters).
CATEGORIES = ("killed", "wounded", "missing", "hostages", "displaced", "population", "settlements", "territory")
MIN_SCORE = 0.5
MAX_YEARS = 5  # a period longer than this is filed under its place only
WEIGHTS = {"category": 0.2, "place": 0.3, "event_date": 0.3, "event_date_within": 0.2, "event_date_overlap": 0.1,
           "subject": 0.15, "unit": 0.05}


@dataclass(frozen=True, slots=True)
class Match:
    """Two counts of one thing in two documents."""

    left: ClaimRow
    right: ClaimRow
    score: float
    matched_on: tuple[str, ...]
    relation: str


def comparable(c: ClaimRow) -> bool:
    """A count another source may state too: a casualty-like category, not a supposition."""
    return c.kind == "count" and c.category in CATEGORIES and c.modality != "hypothetical"


def blocking_keys(c: ClaimRow) -> list[tuple]:
    """The blocks a count is filed under: (category, year) per year of its period, (category, place)."""
    keys: list[tuple] = []
    start, end = interval(c)
    if start and end and end.year - start.year < MAX_YEARS:
        keys += [("year", c.category, y) for y in range(start.year, end.year + 1)]
    place = place_key(c.place)
    if place:
        keys.append(("place", c.category, place))
    return keys


def features(a: ClaimRow, b: ClaimRow) -> tuple[float, list[str]] | None:
    """Score and matched features of two counts, or None when place or period rule them apart."""
    if a.category != b.category:
        return None
    matched = ["category"]
    pa, pb = place_key(a.place), place_key(b.place)
    if pa and pb:
        if pa != pb:
            return None
        matched.append("place")
    how = date_relation(a, b)
    if how:
        matched.append("event_" + how)
    elif dates_overlap(a, b):
        matched.append("event_date_overlap")
    elif None not in (*interval(a), *interval(b)):
        return None
    sa, sb = subject_key(a.subject), subject_key(b.subject)
    if sa and sa == sb:
        matched.append("subject")
    if a.unit and a.unit == b.unit:
        matched.append("unit")
    score = round(sum(WEIGHTS[f] for f in matched), 4)
    if score < MIN_SCORE or not ({"place", "event_date", "event_date_within"} & set(matched)):
        return None
    return score, matched


def relation(a: ClaimRow, b: ClaimRow) -> tuple[str, list[str]]:
    """``agree`` (with how) or ``differ`` for two statements of one figure by different sources."""
    how = value_relation(a, b)
    if how:
        return "agree", [how]
    if compatible(a, b):
        return "agree", ["value_compatible"]
    return "differ", []


def candidate_pairs(claims: Iterable[ClaimRow], group_of: dict[str, str]) -> list[tuple[ClaimRow, ClaimRow]]:
    """Every pair of comparable counts that share a block, in documents of different version groups
    (``group_of``: doc -> group), each once and in a fixed order: the only pairs ever scored."""
    blocks: dict[tuple, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        if comparable(c):
            for key in blocking_keys(c):
                blocks[key].append(c)
    pairs: dict[tuple[str, str], tuple[ClaimRow, ClaimRow]] = {}
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if group_of.get(a.doc_id, a.doc_id) == group_of.get(b.doc_id, b.doc_id):
                    continue
                if (a.doc_id, a.claim_id) > (b.doc_id, b.claim_id):
                    a, b = b, a
                pairs.setdefault((a.claim_id, b.claim_id), (a, b))
    return [pairs[k] for k in sorted(pairs)]


def match_across(claims: Iterable[ClaimRow], group_of: dict[str, str]) -> list[Match]:
    """The counts of one thing in documents of different version groups, each count meeting at most
    one count of each other document (best score first)."""
    scored = []
    for a, b in candidate_pairs(claims, group_of):
        found = features(a, b)
        if found is not None:
            scored.append((-found[0], a.claim_id, b.claim_id, a, b, found[1]))
    used: set[tuple[str, str]] = set()  # (claim, other document)
    out = []
    for neg, _, _, a, b, matched in sorted(scored, key=lambda t: t[:3]):
        if (a.claim_id, b.doc_id) in used or (b.claim_id, a.doc_id) in used:
            continue
        used |= {(a.claim_id, b.doc_id), (b.claim_id, a.doc_id)}
        rel, how = relation(a, b)
        out.append(Match(a, b, -neg, tuple(matched + how), rel))
    return out


def clusters(matches: list[Match]) -> list[list[ClaimRow]]:
    """Groups of counts joined by matches (one figure as stated over time), largest first."""
    parent: dict[str, str] = {}
    claims: dict[str, ClaimRow] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in matches:
        for c in (m.left, m.right):
            claims[c.claim_id] = c
            parent.setdefault(c.claim_id, c.claim_id)
        parent[root(m.left.claim_id)] = root(m.right.claim_id)
    groups: dict[str, list[ClaimRow]] = defaultdict(list)
    for cid, c in claims.items():
        groups[root(cid)].append(c)
    return sorted(groups.values(), key=lambda g: (-len(g), min(c.claim_id for c in g)))

"""``same_figure``: one figure stated in several documents (other letters, other authors, other years).

Two counts describe the same thing when they count the same category, in the same place
(``figtrace.compare.keys.place_key``: any language), for the same event date or period, of
the same subject. Blocking first: a count is filed under (category, year) for each year of its
period and under (category, place); only counts that share a block, in documents that are not
versions of one another, are ever scored, each count against earlier ones (by letter date). A
pair is kept when the score reaches ``MIN_SCORE`` and place or period matched; a place or a
period that both give and that differ rule a pair out. Each count is compared with the
best-scoring earlier statement of each source (author State, else author): when dozens of letters
repeat one figure, each statement meets the previous one of every source, not every letter.

``agree`` when the values agree (``figtrace.compare.values``) or can both be true ("613" and
"more than 600": ``value_compatible``), ``differ`` otherwise.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from figtrace.compare.corpus import DocInfo
from figtrace.compare.keys import fold, place_key, subject_key
from figtrace.compare.values import dates_overlap, date_relation, interval, value_relation
from figtrace.compare.versions import version_groups
from figtrace.flags.kit import compatible
from figtrace.records import ClaimRow
from figtrace.sources.vocab import state_named

# What is counted in a way another source may count too (not "other", not letters).
CATEGORIES = ("killed", "wounded", "missing", "hostages", "displaced", "population", "settlements", "territory")
MIN_SCORE = 0.5
MAX_YEARS = 5  # a period longer than this is filed under its place only
MAX_SCAN = 200  # earlier counts of one block looked at for each count (the latest)
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


def source_of(info: DocInfo | None, doc_id: str) -> str:
    """Who states a document's figures: its author's State (any language), else its author as
    written, else the document itself."""
    who = info and (info.author_state or info.author)
    state = state_named(info.author_state) if info and info.author_state else None
    if state is not None:
        return f"state:{state.code}"
    return f"author:{fold(who)}" if who else f"doc:{doc_id}"


def _chronology(docs: dict[str, DocInfo]):
    """Sort key of a document in time: its letter date (undated last), then its id."""
    return lambda doc_id: ((docs[doc_id].letter_date if doc_id in docs and docs[doc_id].letter_date
                            else dt.date.max), doc_id)


def signature(c: ClaimRow) -> tuple:
    """What ``features`` reads of a count: two counts of one signature score alike against any other."""
    return (c.category, place_key(c.place), interval(c), c.kind, getattr(c, "date_edtf", None), subject_key(c.subject), c.unit)


def _scan(claims: Iterable[ClaimRow], docs: dict[str, DocInfo]):
    """(a count, the earlier counts of other version groups sharing a block with it, latest first).

    Counts are taken in the order of their letters' dates.  A block keeps, for each source and
    signature, only the latest two counts of different version groups: the others score the
    same against any later count, and a tie goes to the latest, so they could never be chosen
    (the second stands in when the latest is a version of the later count's own document).
    Of those, the ``MAX_SCAN`` latest are looked at: the work grows with the number of counts,
    not with its square, however many letters repeat one figure.
    """
    groups = version_groups(docs.values())
    when = _chronology(docs)
    ordered = sorted((c for c in claims if comparable(c)), key=lambda c: (when(c.doc_id), c.char_start))
    blocks: dict[tuple, dict[tuple, list[ClaimRow]]] = defaultdict(dict)
    sources: dict[str, str] = {}
    for b in ordered:
        keys = blocking_keys(b)
        seen: set[str] = set()
        earlier = []
        group_b = groups.get(b.doc_id, b.doc_id)
        for key in keys:
            slots = list(blocks[key].values())[-MAX_SCAN:]
            for slot in reversed(slots):
                a = next((c for c in slot if groups.get(c.doc_id, c.doc_id) != group_b), None)
                if a is not None and a.claim_id not in seen:
                    seen.add(a.claim_id)
                    earlier.append(a)
        yield b, sorted(earlier, key=lambda a: (when(a.doc_id), a.char_start), reverse=True)
        source = sources.get(b.doc_id) or sources.setdefault(b.doc_id, source_of(docs.get(b.doc_id), b.doc_id))
        name = (source, signature(b))
        for key in keys:
            kept = blocks[key].pop(name, [])  # re-inserted last: dicts keep insertion order, latest last
            blocks[key][name] = [b, *[c for c in kept if groups.get(c.doc_id, c.doc_id) != group_b]][:2]


def candidate_pairs(claims: Iterable[ClaimRow], docs: dict[str, DocInfo]) -> list[tuple[ClaimRow, ClaimRow]]:
    """Every (earlier, later) pair of counts that is ever scored: sharing a block, in documents
    that are not versions of one another."""
    return [(a, b) for b, earlier in _scan(claims, docs) for a in earlier]


def match_across(claims: Iterable[ClaimRow], docs: dict[str, DocInfo]) -> list[Match]:
    """Each count with the best-scoring earlier statement of the same figure by each source (the
    latest of equal scores): a timeline's links, and every source's view of the figure, in rows
    that grow with the statements rather than with their pairs."""
    out = []
    sources: dict[str, str] = {}  # doc_id -> source_of(...): asked for every pair scored, the same per document
    for b, earlier in _scan(claims, docs):
        best: dict[str, tuple] = {}
        for a in earlier:  # latest first: a tie keeps the latest
            found = features(a, b)
            source = sources.get(a.doc_id) or sources.setdefault(a.doc_id, source_of(docs.get(a.doc_id), a.doc_id))
            if found is not None and (source not in best or found[0] > best[source][0]):
                best[source] = (found[0], a, found[1])
        for source in sorted(best):
            score, a, matched = best[source]
            rel, how = relation(a, b)
            out.append(Match(a, b, score, tuple(matched + how), rel))
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

"""``language_versions``: one document in several languages, every figure paired with its counterpart.

Which documents: those that share a version key (a UN symbol, or the source path without its
language code: ``figtrace.compare.keys``) and differ in language. How: paragraphs are aligned
first, then the sentences inside each aligned group of paragraphs (``figtrace.compare.align``),
then the figures, in passes that widen:

1. inside one aligned group of sentences: figures of one kind whose values (or dates) agree,
   best score first; then, when exactly one date, or one count or duration of a unit, is left
   on each side and they share unit and qualifier family, the two are the same figure stated
   differently (``differ``);
2. inside one aligned group of paragraphs: figures whose values or dates agree;
3. in the neighbouring groups (an alignment slip): figures whose values or dates are the same
   and not small numbers that any paragraph may hold.

What is left has no counterpart (``left_only`` / ``right_only``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from figtrace.compare.align import align, unit_of
from figtrace.compare.corpus import DocInfo
from figtrace.compare.keys import version_keys
from figtrace.compare.values import compatible_families, family, figure_relation, value_relation, version_date_relation
from figtrace.records import ClaimRow, Passage

SMALL = 10  # counts below this are too common to pair across paragraphs on their value alone


@dataclass(frozen=True, slots=True)
class Pairing:
    """One figure and its counterpart (either may be None), with the score and features of the match."""

    left: ClaimRow | None
    right: ClaimRow | None
    score: float = 0.0
    matched_on: tuple[str, ...] = ()
    relation: str = "agree"
    # for a one-sided figure: the passage aligned with its sentence in the other version, and its page
    other_quote: str | None = None
    other_page: int | None = None


def version_groups(docs: Iterable[DocInfo]) -> dict[str, str]:
    """doc id -> id of its version group: documents joined through any version key they share
    (union-find), so a symbol found in one version and the file name in another still meet."""
    docs = list(docs)
    parent = {d.doc_id: d.doc_id for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for d in sorted(docs, key=lambda d: d.doc_id):
        for key in version_keys(d.symbols, d.source_uri, d.language):
            if key in first:
                a, b = root(d.doc_id), root(first[key])
                parent[max(a, b)] = min(a, b)
            else:
                first[key] = d.doc_id
    return {d.doc_id: root(d.doc_id) for d in docs}


def version_pairs(docs: Iterable[DocInfo]) -> list[tuple[str, str]]:
    """(left, right) doc ids of every two documents of one version group in different languages;
    left is the smaller doc id."""
    docs = sorted(docs, key=lambda d: d.doc_id)
    groups: dict[str, list[DocInfo]] = defaultdict(list)
    of = version_groups(docs)
    for d in docs:
        groups[of[d.doc_id]].append(d)
    pairs = []
    for members in groups.values():
        for i, a in enumerate(members):
            pairs += [(a.doc_id, b.doc_id) for b in members[i + 1:] if b.language != a.language]
    return sorted(pairs)


@dataclass
class _Side:
    """One version: its paragraphs, sentences per paragraph, and claims per sentence and paragraph."""

    paragraphs: list[Passage]
    sentences: dict[str, list[Passage]] = field(default_factory=dict)
    by_sentence: dict[str, list[ClaimRow]] = field(default_factory=dict)
    by_paragraph: dict[str, list[ClaimRow]] = field(default_factory=dict)

    @classmethod
    def of(cls, passages: list[Passage], claims: list[ClaimRow]) -> "_Side":
        paras = sorted((p for p in passages if p.kind == "paragraph"), key=lambda p: p.char_start)
        side = cls(paras)
        for s in sorted((p for p in passages if p.kind == "sentence"), key=lambda p: p.char_start):
            side.sentences.setdefault(s.parent_id, []).append(s)
        known = {p.passage_id for p in paras}
        for c in sorted(claims, key=lambda c: c.char_start):
            side.by_sentence.setdefault(c.sentence_id, []).append(c)
            # a claim whose paragraph the passages lack still gets a unit of its own
            side.by_paragraph.setdefault(c.paragraph_id, []).append(c)
            if c.paragraph_id not in known:
                known.add(c.paragraph_id)
                side.paragraphs.append(Passage(c.paragraph_id, c.doc_id, "paragraph", None, c.page, c.page,
                                               c.char_start, c.char_end, c.sentence))
        side.paragraphs.sort(key=lambda p: p.char_start)
        return side


def _features(a: ClaimRow, b: ClaimRow, rank: float) -> tuple[float, list[str]]:
    """Score (0-1) and matched features of a candidate pair of one kind; ``rank`` is their order likeness.

    The value or date itself decides (0.6); the order among the figures of the kind (0.2), the
    unit (0.1) and the qualifier family (0.1) choose between candidates that agree alike.
    """
    how = version_date_relation(a, b) if a.kind == "date" else value_relation(a, b)
    matched = [how] if how else []
    score = 0.6 * bool(how) + 0.2 * rank
    if a.unit == b.unit:
        score += 0.1
        if a.unit:
            matched.append("unit")
    if family(a.qualifier) == family(b.qualifier):
        score += 0.1
    if rank >= 0.75:
        matched.append("order")
    return round(min(score, 1.0), 4), matched


def _ranks(claims: list[ClaimRow]) -> dict[str, float]:
    """Each claim's place among the claims of its kind, from 0 to 1."""
    by_kind: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        by_kind[c.kind].append(c)
    out = {}
    for group in by_kind.values():
        for i, c in enumerate(group):
            out[c.claim_id] = i / (len(group) - 1) if len(group) > 1 else 0.5
    return out


def _match(left: list[ClaimRow], right: list[ClaimRow], used: set[str], strict: bool = False) -> list[Pairing]:
    """Greedy one-to-one pairs of free figures whose values or dates agree, best score first.

    ``strict`` asks for the same value or date (not another form of it) and no small counts.
    """
    free_l = [c for c in left if c.claim_id not in used]
    free_r = [c for c in right if c.claim_id not in used]
    if not free_l or not free_r:
        return []
    rl, rr = _ranks(free_l), _ranks(free_r)
    candidates = []
    for a in free_l:
        for b in free_r:
            if a.kind != b.kind:
                continue
            score, matched = _features(a, b, 1 - abs(rl[a.claim_id] - rr[b.claim_id]))
            if not matched or matched[0] not in ("value", "value_form", "date", "date_within"):
                continue
            if strict and (matched[0] not in ("value", "date") or (a.kind == "count" and _small(a))):
                continue
            candidates.append((-score, a.char_start, b.char_start, a, b, matched))
    out = []
    for neg, _, _, a, b, matched in sorted(candidates, key=lambda t: t[:3]):
        if a.claim_id in used or b.claim_id in used:
            continue
        used |= {a.claim_id, b.claim_id}
        relation, _ = figure_relation(a, b)
        out.append(Pairing(a, b, -neg, tuple(matched), relation))
    return out


def _small(c: ClaimRow) -> bool:
    return all(v < SMALL for v in (c.value_low, c.value_best, c.value_high) if v is not None)


def _last_of_kind(left: list[ClaimRow], right: list[ClaimRow], used: set[str]) -> list[Pairing]:
    """Pairs of the one figure of a kind left on each side, when unit and qualifier family agree
    (and, for counts and durations, a unit is given)."""
    out = []
    for kind in ("count", "date", "duration"):
        fl = [c for c in left if c.kind == kind and c.claim_id not in used]
        fr = [c for c in right if c.kind == kind and c.claim_id not in used]
        if len(fl) != 1 or len(fr) != 1:
            continue
        a, b = fl[0], fr[0]
        if a.unit != b.unit or not compatible_families(family(a.qualifier), family(b.qualifier)):
            continue
        if kind != "date" and not a.unit:  # a bare number (a paragraph or table number?) proves too little
            continue
        score, matched = _features(a, b, 1.0)
        relation, _ = figure_relation(a, b)
        used |= {a.claim_id, b.claim_id}
        out.append(Pairing(a, b, score, tuple(matched), relation))
    return out


def _claims_of(ids: Iterable[str], table: dict[str, list[ClaimRow]]) -> list[ClaimRow]:
    return [c for i in ids for c in table.get(i, ())]


def pair_versions(left_passages: list[Passage], left_claims: list[ClaimRow],
                  right_passages: list[Passage], right_claims: list[ClaimRow]) -> list[Pairing]:
    """Every figure of two language versions, paired with its counterpart or left one-sided."""
    L, R = _Side.of(left_passages, left_claims), _Side.of(right_passages, right_claims)
    beads = align([unit_of(p.text) for p in L.paragraphs], [unit_of(p.text) for p in R.paragraphs])
    used: set[str] = set()
    pairs: list[Pairing] = []
    groups = []
    other: dict[str, tuple[str, int]] = {}  # claim id -> (aligned passage of the other version, its page)
    for li, ri in beads:
        lp, rp = [L.paragraphs[i] for i in li], [R.paragraphs[j] for j in ri]
        a = _claims_of([p.passage_id for p in lp], L.by_paragraph)
        b = _claims_of([p.passage_id for p in rp], R.by_paragraph)
        groups.append((a, b))
        _note_other(other, a, rp)
        _note_other(other, b, lp)
        ls = [s for p in lp for s in L.sentences.get(p.passage_id, ())]
        rs = [s for p in rp for s in R.sentences.get(p.passage_id, ())]
        if not ls or not rs:
            continue
        for si, sj in align([unit_of(s.text) for s in ls], [unit_of(s.text) for s in rs]):
            a = _claims_of([ls[i].passage_id for i in si], L.by_sentence)
            b = _claims_of([rs[j].passage_id for j in sj], R.by_sentence)
            _note_other(other, a, [rs[j] for j in sj])
            _note_other(other, b, [ls[i] for i in si])
            pairs += _match(a, b, used)
            pairs += _last_of_kind(a, b, used)
    for a, b in groups:
        pairs += _match(a, b, used)
    for k, (a, _) in enumerate(groups):
        pairs += _match(a, [c for _, b in groups[max(k - 1, 0):k + 2] for c in b], used, strict=True)
    for claims, side in ((left_claims, "left_only"), (right_claims, "right_only")):
        for c in claims:
            if c.claim_id not in used:
                quote, page = other.get(c.claim_id, (None, None))
                one = (c, None) if side == "left_only" else (None, c)
                pairs.append(Pairing(*one, 0.0, (), side, quote, page))
    return pairs


def _note_other(other: dict, claims: list[ClaimRow], passages: list[Passage]) -> None:
    """Remember, for each claim, the passages aligned with it in the other version (the narrowest wins)."""
    if passages:
        text = " ".join(p.text for p in passages)
        for c in claims:
            other[c.claim_id] = (text, passages[0].page_start)

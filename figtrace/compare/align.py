"""Align two sequences of passages (paragraphs, sentences) of one text in two languages.

No translation: a passage is described by what survives translation, its share of the text's
length and the digits it writes ("2015", "36 070" / "36,070", "0.9" / "0,9"). Alignment is the
Gale-Church dynamic programme over beads of 1-1, 1-0, 0-1, 2-1, 1-2, 3-1 and 1-3 passages: the length
cost of a bead is the squared deviation of its right length from the left length times the
texts' length ratio, the digits it shares lower its cost and the digits only one side writes
raise it. The programme runs in a band around the diagonal, so long texts stay near linear.

>>> left = [Unit(40, ("2015",)), Unit(10, ()), Unit(30, ("5",))]
>>> right = [Unit(120, ("2015",)), Unit(15, ()), Unit(15, ()), Unit(90, ("5",))]
>>> align(left, right)
[((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

# A number as written in any of the six languages: digit groups with thousands separators or
# decimal marks between them. Only its digits are kept, so "36 070", "36,070" and "36.070" meet.
_NUMBER_RE = re.compile(r"\d+(?:[ \u00a0\u202f,.'’]\d+)*")
# Bead shapes (left passages, right passages) and their cost (minus the log of their prior:
# one to one is the rule, a split or a merge rarer, a passage with no counterpart rarer still).
# Three to one: lines with no closing stop that one language joins into a paragraph (unpc-dev S/2015/104).
BEADS = {(1, 1): 0.0, (2, 1): 2.3, (1, 2): 2.3, (3, 1): 4.0, (1, 3): 4.0, (1, 0): 4.6, (0, 1): 4.6}
VARIANCE = 2.5  # of the right length per character, around the ratio times the left length
SHARED = 1.5  # a number both sides of a bead write
UNSHARED = 0.7  # a number only one side writes
BAND = 12  # cells either side of the diagonal, beyond the difference in lengths


@dataclass(frozen=True, slots=True)
class Unit:
    """A passage as the aligner sees it: its length in characters and the numbers it writes."""

    length: int
    numbers: tuple[str, ...]


def number_tokens(text: str) -> tuple[str, ...]:
    """The digits of every number written in ``text``, each number one token.

    >>> number_tokens("36 070 人, 0.9%, 2015年")
    ('36070', '09', '2015')
    """
    return tuple(re.sub(r"\D", "", m.group()) for m in _NUMBER_RE.finditer(text))


def unit_of(text: str) -> Unit:
    return Unit(len(text), number_tokens(text))


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many numbers two bags share (with repeats)."""
    if not a or not b:
        return 0
    return sum(min(a.count(t), b.count(t)) for t in set(a))


class _Costs:
    """Bead costs over prefix sums: a bead's lengths and numbers without re-adding its passages."""

    def __init__(self, left: list[Unit], right: list[Unit]) -> None:
        self.left, self.right = left, right
        self.sum_l, self.sum_r = _prefix(left), _prefix(right)
        self.ratio = max(self.sum_r[-1], 1) / max(self.sum_l[-1], 1)

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        ll, lr = self.sum_l[i1] - self.sum_l[i0], self.sum_r[j1] - self.sum_r[j0]
        length = 0.0
        if i1 > i0 and j1 > j0:
            delta = (lr - self.ratio * ll) / math.sqrt(VARIANCE * max((self.ratio * ll + lr) / 2, 1.0))
            length = delta * delta / 2
        na = self.left[i0].numbers if i1 - i0 == 1 else tuple(t for u in self.left[i0:i1] for t in u.numbers)
        nb = self.right[j0].numbers if j1 - j0 == 1 else tuple(t for u in self.right[j0:j1] for t in u.numbers)
        shared = _shared(na, nb)
        return length - SHARED * shared + UNSHARED * (len(na) + len(nb) - 2 * shared)


def _prefix(units: list[Unit]) -> list[int]:
    out = [0]
    for u in units:
        out.append(out[-1] + u.length)
    return out


def align(left: list[Unit], right: list[Unit]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The cheapest monotone alignment: beads of (left indexes, right indexes), in order, covering both."""
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    if n == 1 or m == 1:  # one passage on a side: everything opposite is its counterpart
        return [(tuple(range(n)), tuple(range(m)))]
    bead_cost = _Costs(left, right)
    band = BAND + abs(n - m)
    inf = math.inf
    cost = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = round(i * m / n)
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                continue
            best, step = inf, None
            for (di, dj), prior in BEADS.items():
                pi, pj = i - di, j - dj
                prev = cost.get((pi, pj)) if pi >= 0 and pj >= 0 else None
                if prev is None:
                    continue
                c = prev + prior + bead_cost(pi, i, pj, j)
                if c < best:
                    best, step = c, (di, dj)
            if step is not None:
                cost[(i, j)], back[(i, j)] = best, step
    beads, i, j = [], n, m
    while (i, j) != (0, 0):
        di, dj = back[(i, j)]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]

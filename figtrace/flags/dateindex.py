"""The date claims of one document, indexed once for rules that look dates up per figure.

A rule asking "the dates of this paragraph before this offset" or "the first later date
of an ending" for every duration would scan every claim each time: quadratic in the
figures.  Here each such question costs a dictionary lookup, a bisection or a walk
down a segment tree (``FirstGreater``), so the rules stay near-linear (issue 12).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict

from figtrace.records import ClaimRow, ParsedDocument


class FirstGreater:
    """The first position at or after ``lo`` whose value exceeds ``x``, in O(log n) (a max segment tree).

    >>> FirstGreater([3, 1, 4, 1, 5]).first(1, 3)
    2
    >>> FirstGreater([3, 1, 4, 1, 5]).first(0, 5) is None
    True
    """

    def __init__(self, values: list[int]) -> None:
        self.size = 1
        while self.size < len(values):
            self.size *= 2
        self.tree = [float("-inf")] * (2 * self.size)
        self.tree[self.size:self.size + len(values)] = values
        for i in range(self.size - 1, 0, -1):
            self.tree[i] = max(self.tree[2 * i], self.tree[2 * i + 1])

    def first(self, lo: int, x) -> int | None:
        return self._first(1, 0, self.size, max(lo, 0), x)

    def _first(self, node: int, left: int, right: int, lo: int, x) -> int | None:
        if right <= lo or self.tree[node] <= x:
            return None
        if right - left == 1:
            return left
        mid = (left + right) // 2
        found = self._first(2 * node, left, mid, lo, x)
        return found if found is not None else self._first(2 * node + 1, mid, right, lo, x)


class DateIndex:
    """Date claims with a start date, in text order, by paragraph and by sentence."""

    def __init__(self, doc: ParsedDocument, claims: list[ClaimRow]) -> None:
        self.dates = sorted((c for c in claims if c.kind == "date" and c.date_start), key=lambda c: c.char_start)
        self.by_paragraph: dict[str, list[ClaimRow]] = defaultdict(list)
        self.by_sentence: dict[str, list[ClaimRow]] = defaultdict(list)
        for c in self.dates:
            self.by_paragraph[c.paragraph_id].append(c)
            self.by_sentence[c.sentence_id].append(c)
        self.paragraph_ids = [p.passage_id for p in doc.paragraphs]
        self.paragraph_pos = {pid: i for i, pid in reversed(list(enumerate(self.paragraph_ids)))}
        self._first: dict = {}
        self._mentions: dict = {}
        self._later: dict = {}

    @staticmethod
    def last_before(dates: list[ClaimRow], pos: int) -> ClaimRow | None:
        """The last of ``dates`` (in text order) that starts before ``pos``, or None."""
        i = bisect.bisect_left(_Starts(dates), pos)
        return dates[i - 1] if i else None

    def latest_of_paragraph(self, paragraph_id: str) -> ClaimRow | None:
        """The paragraph's date with the latest end (the first such in text order)."""
        key = ("latest", paragraph_id)
        if key not in self._first:
            dates = self.by_paragraph.get(paragraph_id)
            self._first[key] = max(dates, key=lambda c: c.date_end) if dates else None
        return self._first[key]

    def first_where(self, key, sentence_test) -> ClaimRow | None:
        """The first date (in text order) whose sentence passes ``sentence_test``; cached under ``key``."""
        if key not in self._first:
            self._first[key] = next((c for c in self.dates if sentence_test(c.sentence)), None)
        return self._first[key]

    def first_mentioning(self, pattern: re.Pattern, text: str, sentence_test) -> ClaimRow | None:
        """The first date whose sentence passes ``sentence_test`` and in which ``pattern`` finds ``text``."""
        key = (pattern.pattern, getattr(sentence_test, "__qualname__", id(sentence_test)))
        if key not in self._mentions:
            found: dict[str, ClaimRow] = {}
            for c in self.dates:
                if sentence_test(c.sentence):
                    for m in pattern.finditer(c.sentence):
                        found.setdefault(m.group(0), c)
            self._mentions[key] = found
        return self._mentions[key].get(text)

    def first_later(self, key, sentence_test, after: int, start_above) -> ClaimRow | None:
        """The first date starting after offset ``after`` whose date_start exceeds ``start_above`` and
        whose sentence passes ``sentence_test`` (cached under ``key``)."""
        if key not in self._later:
            chosen = [c for c in self.dates if sentence_test(c.sentence)]
            self._later[key] = chosen, [c.char_start for c in chosen], FirstGreater([c.date_start.toordinal() for c in chosen])
        chosen, starts, tree = self._later[key]
        i = tree.first(bisect.bisect_right(starts, after), start_above.toordinal())
        return chosen[i] if i is not None else None


class _Starts:
    """A read-only view of the char_start of each date, for ``bisect`` without copying."""

    def __init__(self, dates: list[ClaimRow]) -> None:
        self.dates = dates

    def __len__(self) -> int:
        return len(self.dates)

    def __getitem__(self, i: int) -> int:
        return self.dates[i].char_start


def date_index(ctx) -> DateIndex:
    """The ``DateIndex`` of a flag context, built on first use."""
    if "date_index" not in ctx.extras:
        ctx.extras["date_index"] = DateIndex(ctx.doc, ctx.claims)
    return ctx.extras["date_index"]

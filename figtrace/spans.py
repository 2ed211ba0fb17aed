"""Spans and offsets every stage measures with: span sets, and the canonical -> raw offset map."""
from __future__ import annotations

import bisect
from dataclasses import dataclass


class SpanSet:
    """A set of character spans, merged, answering "does [s, e) touch any of them?" in log time."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans=()) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(spans):  # built for every paragraph: plain lists, no pairs to unzip
            if ends and a <= ends[-1]:
                if b > ends[-1]:
                    ends[-1] = b
            else:
                starts.append(a)
                ends.append(b)
        self.starts, self.ends = starts, ends

    def overlaps(self, s: int, e: int) -> bool:
        j = bisect.bisect_right(self.ends, s)
        return j < len(self.starts) and self.starts[j] < e

    def __bool__(self) -> bool:
        return bool(self.starts)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps canonical offsets to raw offsets, segment by segment."""

    starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    verbatim: tuple[bool, ...]
    length: int

    def _segment(self, pos: int) -> int:
        if not 0 <= pos <= self.length:
            raise IndexError(f"offset {pos} outside canonical text of length {self.length}")
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def to_raw(self, pos: int) -> int:
        """Raw offset of canonical offset ``pos`` (synthetic characters map to their joint)."""
        if not self.starts:
            return 0
        i = self._segment(pos)
        if not self.verbatim[i]:
            return self.raw_starts[i]
        return self.raw_starts[i] + (pos - self.starts[i])

    def is_verbatim(self, pos: int) -> bool:
        """True when the character at ``pos`` was copied from the raw text."""
        return bool(self.starts) and pos < self.length and self.verbatim[self._segment(pos)]

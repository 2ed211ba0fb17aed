"""Sets of character spans with a fast overlap test."""
from __future__ import annotations

import bisect


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

"""Sets of character spans with a fast overlap test."""
from __future__ import annotations

import bisect


class SpanSet:
    """A set of character spans, merged, answering "does [s, e) touch any of them?" in log time."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans=()) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, s: int, e: int) -> bool:
        j = bisect.bisect_right(self.ends, s)
        return j < len(self.starts) and self.starts[j] < e

    def __bool__(self) -> bool:
        return bool(self.starts)

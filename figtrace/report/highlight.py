"""A document's text as HTML with every figure an element carrying ``data-claim-id``."""
from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: a span of the text and the attributes of its element."""

    start: int
    end: int
    claim_id: str
    classes: tuple[str, ...] = ()
    title: str = ""


def _open(m: Mark, end: int) -> str:
    clipped = ' data-clipped="true"' if end < m.end else ""
    return (f'<mark class="{html.escape(" ".join(("fig", *m.classes)))}" data-claim-id="{html.escape(m.claim_id)}"'
            f' tabindex="0" title="{html.escape(m.title)}"{clipped}>')


def highlighted_html(text: str, marks: list[Mark]) -> str:
    """``text`` escaped, with one ``<mark>`` element per mark (nested when one lies inside another).

    A mark that starts inside another and ends beyond it is cut at the outer one's end
    (``data-clipped``), so that every mark stays exactly one element.

    >>> highlighted_html("a 12 <b>", [Mark(2, 4, "c1", ("count",))])
    'a <mark class="fig count" data-claim-id="c1" tabindex="0" title="">12</mark> &lt;b&gt;'
    """
    out: list[str] = []
    pos = 0
    stack: list[int] = []  # ends of the open marks, innermost last
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        while stack and stack[-1] <= m.start:
            out.append(html.escape(text[pos:stack[-1]]))
            pos = stack.pop()
            out.append("</mark>")
        out.append(html.escape(text[pos:m.start]))
        pos = m.start
        end = min(m.end, stack[-1]) if stack else m.end
        out.append(_open(m, end))
        stack.append(end)
    while stack:
        out.append(html.escape(text[pos:stack[-1]]))
        pos = stack.pop()
        out.append("</mark>")
    out.append(html.escape(text[pos:]))
    return "".join(out)

"""Document metadata from the masthead, title, furniture and signature.

The phrasing is the registered languages' (``figtrace.lang.registry``: letter titles,
the words around the author's state, the agenda heading); a title's date is written as
the date grammar writes a full date (each language's ``WRITTEN_DAY``).

>>> letter_title_parts("2021 年 1 月 12 日阿塞拜疆常驻联合国代表给秘书长的信")
(datetime.date(2021, 1, 12), '阿塞拜疆常驻联合国代表', '秘书长')
>>> letter_title_parts("Letter dated 12 January 2021 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General")[0]
datetime.date(2021, 1, 12)
>>> author_state_of("Permanent Representative of Azerbaijan to the United Nations")
'Azerbaijan'
"""
from __future__ import annotations

import datetime as dt
import re

from figtrace.lang import registry
from figtrace.lang.intervals import calendar_date
from figtrace.lang.shapes import with_date
from figtrace.layout.blocks import SIGNED_RE

# A letter title per language, with groups y, m (or mon), d, author and addressee.
_TITLES = [re.compile(with_date(mod.LETTER_TITLE, mod.WRITTEN_DAY), re.IGNORECASE)
           for mod in registry.LANGUAGES.values() if hasattr(mod, "LETTER_TITLE")]
# "阿塞拜疆常驻联合国代表": the state's name, then words such as 常驻.
_STATE_FIRST = re.compile(rf"^(.+?)(?:{'|'.join(map(re.escape, registry.joined('STATE_BEFORE')))})")
# "Permanent Representative of Azerbaijan to the United Nations": a title, "of", the state.
_STATE_ENDS = "|".join(r"\s+(?:" + rx + ")" for rx in registry.tables("STATE_END"))  # " to the United Nations"
_STATE_AFTER = re.compile(
    rf"(?:{registry.alternation('STATE_TITLE')})\s+(?:{registry.alternation('STATE_OF')})\s+"
    rf"(?:(?:{'|'.join(registry.joined('STATE_ARTICLES'))})\s+)?(.+?)(?:{_STATE_ENDS}|$)",
    re.IGNORECASE,
)
_MONTH_NAMES = registry.merged("MONTH_NAMES")  # january, janvier, enero ... -> 1
AGENDA_RE = re.compile(rf"(?:{registry.alternation('AGENDA_HEADING')})\s*(.+)", re.I)
AGENDA_ITEM_RE = re.compile(r"\d+(?:\s*\([a-z]\))?")


def letter_title_parts(title: str) -> tuple[dt.date | None, str | None, str | None]:
    """(letter date, author as written, addressee as written) from a letter title."""
    for pattern in _TITLES:
        m = pattern.search(title)
        if m is None:
            continue
        parts = m.groupdict()
        month = int(parts["m"]) if parts.get("m") else _MONTH_NAMES.get(parts["mon"].lower())
        if month is None:
            continue  # "dated 12 Foo 2021": no month, no title
        author, addressee = (parts.get(k) for k in ("author", "addressee"))
        return (calendar_date(int(parts["y"]), month, int(parts["d"])), author.strip() if author else None,
                addressee.strip() if addressee else None)
    return None, None, None


def author_state_of(author: str | None) -> str | None:
    """The state an author speaks for, as written ("阿塞拜疆", "Azerbaijan")."""
    if not author:
        return None
    m = _STATE_FIRST.match(author) or _STATE_AFTER.search(author)
    return m.group(1).strip() if m else None


def agenda_items(lines: list[str]) -> tuple[str, ...]:
    """Agenda item numbers from a masthead line such as "议程项目 34、35、40 和 86"."""
    for line in lines:
        m = AGENDA_RE.search(line)
        if m:
            return tuple(re.sub(r"\s+", "", x) for x in AGENDA_ITEM_RE.findall(m.group(1)))
    return ()


def signatory(signature_lines: list[str]) -> str | None:
    """The signer's name as written, from the line carrying "(签名)" / "(Signed)"."""
    for line in signature_lines:
        if SIGNED_RE.search(line):
            name = SIGNED_RE.sub("", line).strip()
            return name or None
    return None

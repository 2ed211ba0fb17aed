"""Document metadata from the masthead, title, furniture and signature.

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

from figtrace.layout.blocks import SIGNED_RE

MONTHS = {
    name: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    )
    for i, name in enumerate(names.split())
}
_ZH_TITLE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(.+?)给(.+?)的(?:同文)?(?:信|普通照会)"
)
_LATIN_TITLE = re.compile(
    r"dated\s+(?:du\s+)?(?:de\s+)?(\d{1,2})(?:er)?\s+(?:de\s+)?(\w+)\s+(?:de\s+)?(\d{4})"
    r"(?:\s+(?:from|de\s+la|de\s+l['’]|du|del)\s+(.+?))?"
    r"(?:\s+(?:addressed\s+to|adressée\s+au|adressée\s+à|dirigida\s+al)\s+(.+))?$",
    re.IGNORECASE,
)
_ZH_STATE = re.compile(r"^(.+?)(?:常驻|代表团|共和国|政府|总统|外交部|驻联合国)")
_LATIN_STATE = re.compile(
    r"(?:Representative|Mission|Chargé d'affaires a\.i\.|Minister for Foreign Affairs|Représentant permanent|Representante Permanente)"
    r"\s+(?:of|de(?:\s+la|\s+l['’])?|del)\s+(?:the\s+)?(.+?)(?:\s+to\s+the\s+United\s+Nations|\s+auprès|\s+ante|$)",
    re.IGNORECASE,
)
AGENDA_RE = re.compile(r"(?:议程项目|Agenda items?|Points? de l['’]ordre du jour|Temas? del programa)\s*(.+)", re.I)
AGENDA_ITEM_RE = re.compile(r"\d+(?:\s*\([a-z]\))?")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def letter_title_parts(title: str) -> tuple[dt.date | None, str | None, str | None]:
    """(letter date, author as written, addressee as written) from a letter title."""
    m = _ZH_TITLE.search(title)
    if m:
        y, mo, d = (int(g) for g in m.groups()[:3])
        return _safe_date(y, mo, d), m.group(4).strip(), m.group(5).strip()
    m = _LATIN_TITLE.search(title)
    if m and m.group(2).lower() in MONTHS:
        date = _safe_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        author = m.group(4).strip() if m.group(4) else None
        if author and author.lower().startswith("the "):
            author = author[4:]
        return date, author, m.group(5).strip() if m.group(5) else None
    return None, None, None


def author_state_of(author: str | None) -> str | None:
    """The state an author speaks for, as written ("阿塞拜疆", "Azerbaijan")."""
    if not author:
        return None
    m = _ZH_STATE.match(author) or _LATIN_STATE.search(author)
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

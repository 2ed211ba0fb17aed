"""Who issued a cited source: the author's own state (self), someone else, or unknown.

Reads the vocabulary in ``figtrace.sources.vocab`` (data files); knows nothing of any one letter.
Any state the data names is known: its names in Chinese and English, its English adjective.

>>> find_issuer("1993 年 7 月 24 日阿塞拜疆代理总统给安全理事会主席的信", "阿塞拜疆")
Issuer(text='阿塞拜疆代理总统', is_self=True, start=15)
>>> find_issuer("Malcolm N. Shaw, “Report on war crimes”", "阿塞拜疆").is_self
False
>>> find_issuer("Letter from the Permanent Representative of Azerbaijan", "Azerbaijan").is_self
True
>>> find_issuer("见 S/23496", "阿塞拜疆") is None
True
>>> find_issuer("2008 年 8 月 9 日格鲁吉亚外交部的声明", "格鲁吉亚").is_self
True
>>> find_issuer("Statement by the Ministry of Foreign Affairs of Georgia", "Georgia").is_self
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from figtrace.sources import vocab as V


@dataclass(frozen=True, slots=True)
class Issuer:
    text: str
    is_self: bool
    start: int


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ZH_ORGANS = _alt(V.STATE_ORGANS["zh"])
_EN_ORGANS = _alt(V.STATE_ORGANS["en"])
_ZH_ORGAN_RE = re.compile(rf"(?P<pre>[\u4e00-\u9fff]{{0,8}}?)(?P<organ>{_ZH_ORGANS})")
_EN_ORGAN_RE = re.compile(rf"(?P<organ>{_EN_ORGANS})\s+(?:the\s+Republic\s+of\s+|the\s+)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_OTHER_RE = re.compile(_alt(V.OTHER_ISSUERS))
_NAME = r"(?:[A-Z][a-z’'\-]+|[A-Z]\.)"
_PERSON = rf"{_NAME}(?:\s+{_NAME})+"
LATIN_AUTHOR_RE = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, V.REFERENCE_LEADS))})?\s*(?P<author>{_PERSON}(?:\s+and\s+{_PERSON})?)\s*[,，]")
PUBLISHER_RE = re.compile(r"[”\"]\s*[,，]\s*(?P<pub>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)\s*[,，]")
_FUNCTION_CHARS = "见对的在和及给于由另"
_QUOTE_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _state_names(author_state: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(Chinese names, English names, English adjectives) of the author state: its record's,
    and the name as written; only the name as written when the data does not know it."""
    state = V.state_named(author_state)
    written = (author_state,)
    zh = (state.names_in("zh") if state else ()) + written
    en = (state.names_in("en") if state else ()) + written
    adjectives = state.adjectives.get("en", ()) if state else ()
    return (tuple(n for n in zh if _CJK_RE.search(n)), tuple(n for n in en if not _CJK_RE.search(n)), adjectives)


def _unless_longer(names, lang: str) -> str:
    """Lookbehinds keeping a name from matching inside another state's ("几内亚" in "赤道几内亚")."""
    heads = {h for n in names for h in V.longer_names_ending_with(n, lang)}
    return "".join(f"(?<!{re.escape(h)})" for h in sorted(heads))


def _links(lang: str) -> str:
    return _alt(re.sub(r"\s+", " ", w).strip() for w in V.STATE_LINKS[lang]).replace(r"\ ", r"\s+")


@lru_cache(maxsize=64)
def self_regex(author_state: str) -> re.Pattern[str]:
    """A pattern matching the author state's own organs, in Chinese and English."""
    zh, en, adjectives = _state_names(author_state)
    parts = []
    if zh:
        parts.append(rf"{_unless_longer(zh, 'zh')}(?:{_alt(zh)})(?:{_links('zh')})?(?:{_ZH_ORGANS})")
    if en:
        parts.append(rf"(?:{_EN_ORGANS})\s+(?:(?:{_links('en')})\s+)?{_unless_longer(en, 'en')}(?:{_alt(en)})(?![\w-])")
    if adjectives:
        parts.append(rf"(?<![\w-]){_unless_longer(adjectives, 'en')}(?:{_alt(adjectives)})\s+(?:{_alt(V.ORGAN_NOUNS['en'])})")
    return re.compile("|".join(parts))


def _zh_other(text: str, self_spans: list[tuple[int, int]]):
    for m in _ZH_ORGAN_RE.finditer(text):
        if any(s < m.end() and m.start("organ") < e for s, e in self_spans):
            continue  # the author's own organ, already matched as self
        pre = re.split(r"[日月年给对在的]", m["pre"])[-1].lstrip(_FUNCTION_CHARS)
        if len(pre) >= 2:  # "亚美尼亚总统"; a bare "总统" names no state
            yield Issuer(pre + m["organ"], False, m.start("organ") - len(pre))


def _candidates(text: str, author_state: str | None):
    self_spans = []
    if author_state:
        for m in self_regex(author_state).finditer(text):
            self_spans.append(m.span())
            yield Issuer(m.group(), True, m.start())
    yield from _zh_other(text, self_spans)
    for m in _EN_ORGAN_RE.finditer(text):
        if re.search(r"\bto\s+(?:the\s+)?$", text[max(m.start() - 16, 0):m.start()]):
            continue  # "addressed to the President of the Security Council": the addressee
        if not any(s <= m.start() < e for s, e in self_spans):
            yield Issuer(m.group(), False, m.start())
    for m in _OTHER_RE.finditer(text):
        if text[max(m.start() - 1, 0):m.start()] != "给":
            yield Issuer(m.group(), False, m.start())
    if m := LATIN_AUTHOR_RE.match(text):
        yield Issuer(m["author"], False, m.start("author"))
    if m := PUBLISHER_RE.search(text):
        yield Issuer(m["pub"], False, m.start("pub"))


def _inside_title(pos: int, quotes: list[tuple[int, int]]) -> bool:
    """True for a match inside a quoted title other than at its start (the subject, not the issuer)."""
    return any(s + 1 < pos < e for s, e in quotes)


def find_issuer(description: str, author_state: str | None) -> Issuer | None:
    """The first-named issuer or author of a reference, or None when it names none.

    A self match wins over an "other" match at the same place (the author's own
    organ is also an organ of a state).
    """
    quotes = [m.span() for m in _QUOTE_RE.finditer(description)]
    found = sorted(
        (c for c in _candidates(description, author_state) if not _inside_title(c.start, quotes)),
        key=lambda i: (i.start, not i.is_self),
    )
    return found[0] if found else None


def submitted_by_author(sentence: str, author_state: str | None) -> bool:
    """True when a sentence says the author's side sent a document ("阿塞拜疆于 2016 年向秘书长提交了……")."""
    if not author_state:
        return False
    zh, en, _ = _state_names(author_state)
    names = _alt(zh + en)
    return any(re.search(p.format(state=f"(?:{names})"), sentence) for p in V.SUBMISSION_PATTERNS.values())

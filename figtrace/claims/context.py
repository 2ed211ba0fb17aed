"""What surrounds a figure: identifiers to skip, quotes and speakers, category, subject (places: ``places``).

The words are the registered languages' (``figtrace.lang.registry``: identifier phrasing,
category verbs, head nouns, speech verbs, conditions ...); this module combines them.
Everything here is a pure function of the canonical text and offsets into it.

Per figure, no search reaches further than ``REACH`` characters from it: a speaker, a
condition or a predicate that far away is not the figure's, and a paragraph holding
thousands of figures costs thousands of bounded searches, not thousands of searches of
the whole paragraph (linear time, issue 12).
"""
from __future__ import annotations

import bisect
import itertools
import re

from figtrace.claims.words import ClaimWords, for_language
from figtrace.lang.number_tables import folded, is_spaced_word
from figtrace.lang.symbols import find_symbols

REACH = 1500  # characters: how far from a figure its context is looked for (longer than real sentences)
_SHARED = for_language(None)  # the shared (Chinese and English) words, under their former names
CATEGORY_VERBS, HEAD_NOUNS, PRONOUNS = _SHARED.category_verbs, _SHARED.head_nouns, _SHARED.pronouns
SPEECH_VERBS, ID_RE, _ID_WORDS, _OPENERS, _PASSES = (_SHARED.speech_verbs, _SHARED.id_re, _SHARED.id_words,
                                                     _SHARED.openers, _SHARED.passes)
BREAKDOWN_RE, BREAKDOWN_END_RE = _SHARED.breakdown, _SHARED.breakdown_end
_TITLE_OPENERS = "《"  # the identifier patterns that mask a whole title open with these
_TITLE_YEARS_RE = re.compile(r"(?<![0-9])[0-9]{4}(?:\s*[-–—至]\s*[0-9]{4})?\s*年")  # 《2006-2015年…》, not (2014-2016)
_DELIM_RE = re.compile("[" + re.escape("，,；;。.!?！？：:()（）“”\n") + "]")
_DELIM_RTL_RE = re.compile("[" + re.escape("，,；;。.!?！？：:()（）“”\n،؛؟«»") + "]")  # Arabic ، ؛ ؟, French « »
# Everything up to the last clause mark (greedy, so the engine backtracks from the end in C).
_UP_TO_LAST_DELIM_RE = re.compile(r"[\s\S]*[，,；;。：:“”]")
_QUOTE_PAIRS = {"“": "”", "「": "」", "\"": "\"", "«": "»", "„": "“"}
_QUOTE_OPEN_RE = re.compile('[“「"]')
_QUOTE_OPEN_ALL_RE = re.compile('[“「"«„]')


def _speaker(m: re.Match) -> str:
    """The speaker a frame or lead pattern caught (each alternative holds one group)."""
    return next(g for g in m.groups() if g is not None)


def identifier_spans(text: str, start: int = 0, end: int | None = None, lang: str | None = None) -> list[tuple[int, int]]:
    """Spans that hold reference numbers, never figures: symbols, resolutions, ordinals, articles ...

    ``lang``: the document's language, whose reading set's phrasing is read (``claims.words``).
    """
    w = for_language(lang)
    end = len(text) if end is None else end
    spans, last = [], start
    tokens = w.scan.finditer(text, start, end)
    if start:  # a run cut by ``start`` is a token of its own (the scan's lookbehinds would see its head)
        tokens = itertools.chain(filter(None, [w.run.match(text, start, end)]), tokens)
    id_re, id_words, letter = w.id_re, w.id_words, w.letter
    for t in tokens:
        p = t.start()
        if p < last:
            continue
        c = text[p]
        if (c.isascii() and c.isalpha() or not c.isascii() and letter.match(c)) and t.group().lower() not in id_words:
            continue
        m = id_re.match(text, p, end)
        if m and m.end() > m.start():
            spans += _title_pieces(text, m.start(), m.end()) if c in _TITLE_OPENERS else [m.span()]
            last = m.end()
    spans += [m.span() for rx in w.passes for m in rx.finditer(text, start, end)]
    whole = start == 0 and end == len(text)
    spans += [(m.start + start, m.end + start) for m in find_symbols(text if whole else text[start:end])]
    return sorted(spans)


def _title_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A title's span without the years it names: "《2006-2015年国家妇女发展战略》" masks its words
    (no count in a title), while the period it covers stays a date."""
    pieces, pos = [], s
    for m in _TITLE_YEARS_RE.finditer(text, s, e):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, e))
    return [(a, b) for a, b in pieces if b > a]


def clause_bounds(text: str, pos: int, lo: int, hi: int, delims: list[int] | None = None) -> tuple[int, int]:
    """The clause around ``pos`` inside [lo, hi): between the nearest clause delimiters.

    ``delims`` (from ``delimiters``) saves rescanning when a sentence has many figures.
    """
    if delims is None:
        delims = delimiters(text, lo, hi)
    i = bisect.bisect_left(delims, pos)
    return (delims[i - 1] + 1 if i else lo), (delims[i] if i < len(delims) else hi)


def delimiters(text: str, lo: int, hi: int, lang: str | None = None) -> list[int]:
    """Offsets of clause delimiters in [lo, hi) (Arabic ، ؛ ؟ and French « » too, outside Chinese and English)."""
    rx = _DELIM_RE if for_language(lang).shared else _DELIM_RTL_RE
    return [m.start() for m in rx.finditer(text, lo, hi)]


_GAP_MAX = 8  # characters between a predicate and the figure it governs ("killed 21", "the lives of")


def predicate_categories(text: str, after: tuple[int, int], next_figure: int,
                         before: tuple[int, int], w: ClaimWords = _SHARED) -> tuple[str | None, str | None]:
    """(category of the first predicate after the figure in its clause, category of the predicate
    that governs the figure).

    A predicate right before the figure ("which killed 21 civilians and injured more than 70",
    "claimed the lives of") governs it when the predicate after it belongs to a coordinated
    clause ("... civilians and injured"); otherwise the predicate after it does ("21 civilians
    were killed", 造成 613 名平民死亡), else any before it in its clause.  Only predicates
    before ``next_figure`` can govern the figure; ``before`` starts after the previous figure.
    """
    m_after = w.verbs.search(text, *after)
    own = m_after.lastgroup if m_after else None
    if m_after and m_after.start() >= next_figure:
        m_after = None
    last = None
    for last in w.verbs.finditer(text, *before):
        pass
    gap = text[last.end():before[1]] if last else ""
    adjacent = last is not None and len(gap.strip()) <= _GAP_MAX and not w.coordination.search(gap)
    if m_after and not (adjacent and w.coordination.search(text, after[0], m_after.start())):
        return own, m_after.lastgroup
    return own, (last.lastgroup if last else None)


def subject_of(text: str, pos: int, hi: int, classifier: str | None, number_end: int | None = None,
               w: ClaimWords = _SHARED) -> tuple[str | None, str | None]:
    """(subject as written, head noun) right after the figure's classifier, inside [pos, hi).

    English nouns come with the words before them: "613 Azerbaijani civilians" -> "Azerbaijani civilians".
    """
    spaced = bool(classifier) and (classifier.isascii() if w.shared else is_spaced_word(classifier)) and classifier.isalpha()
    if spaced and number_end is not None:
        words = text[number_end:pos].split()
        while words and words[0].lower() in w.subject_skips:
            words.pop(0)
        return " ".join(words) or classifier, classifier.lower()
    window_end = min(hi, pos + 16)
    stop = w.stop.search(text, pos, window_end)
    limit = stop.start() if stop else window_end
    if classifier and (classifier.lower() in w.head_nouns or spaced):
        return classifier, classifier.lower()  # "1 000 人受伤", "九国", "613 civilians": the noun itself
    head = w.head.search(text, pos, limit)
    if head:
        return text[pos:head.end()].strip().lstrip("的") or None, head.group().lower()
    return None, None


_PEOPLE_AND_LAND = ("persons", "districts", "settlements", "km2")
# Units that measure rather than count: a noun after the figure names what is measured
# ("21.2%以上来自外国投资": a share of investment, zh.txt:459), never what the figure counts.
_MEASURES = ("percent", "USD", "km", "km2", "hectares", "tonnes")


def noun_reading(head: str | None, unit_hint: str | None, w: ClaimWords = _SHARED) -> tuple[str | None, str | None]:
    """(category, unit) a head noun gives a count, unless the figure's own unit rules it out.

    A classifier or unit that counts something else ("五次 ... 人口与发展会议": five meetings;
    "20% 的 ... 生产区": a share) keeps a later noun from recasting the figure as people or land.
    """
    if head and not w.shared:
        head = folded(head)  # "مدنياً": the table's "مدنيا"
    cat, unit = w.head_nouns.get(head, (None, None)) if head else (None, None)
    if unit_hint not in (None, "persons", "items") and unit != unit_hint and (
            unit in _PEOPLE_AND_LAND or unit_hint in _MEASURES):
        return None, None
    return cat, unit


def hypothetical(text: str, sent_start: int, clause_start: int, pos: int, clause_end: int,
                 w: ClaimWords = _SHARED) -> bool:
    """True when the figure at ``pos`` is something that might happen, not something that did."""
    near = pos - REACH
    return bool(w.hypo.search(text, max(clause_start, near), pos) or w.condition.search(text, max(sent_start, near), pos)
                or w.hypo_after.search(text, pos, min(clause_end, pos + REACH)))


def quote_spans(text: str, lo: int, hi: int, lang: str | None = None) -> list[tuple[int, int]]:
    """Spans of quoted text (opening mark to closing mark) in [lo, hi); an open quote runs to hi.

    « » and „ “ open and close quotes too outside Chinese and English.
    """
    spans, i = [], lo
    rx = _QUOTE_OPEN_RE if for_language(lang).shared else _QUOTE_OPEN_ALL_RE
    while (m := rx.search(text, i, hi)) is not None:
        close = text.find(_QUOTE_PAIRS[m.group()], m.end(), hi)
        i = hi if close < 0 else close + 1
        spans.append((m.start(), i))
    return spans


def speaker_before(text: str, lo: int, pos: int, previous: str | None = None, w: ClaimWords = _SHARED) -> str | None:
    """Who speaks in the words leading to ``pos`` ("正如“人权观察”所说", "X 认定", "according to X")."""
    lo = max(lo, pos - REACH)
    seg_start = max(text.rfind("。", lo, pos), text.rfind("；", lo, pos), lo - 1) + 1
    m = None
    for m in w.framed.finditer(text, seg_start, pos):
        pass
    if m:
        return _speaker(m).strip("“”\"「」 ") or None
    m = None
    for m in w.lead.finditer(text, seg_start, pos):
        pass
    if m:
        return _speaker(m).strip()
    verbs = list(w.speech.finditer(text, seg_start, pos))
    if not verbs:
        titles = w.title.findall(text, seg_start, pos)
        return titles[-1] if titles else None
    v = verbs[-1]
    d = _UP_TO_LAST_DELIM_RE.match(text, seg_start, v.start())  # the speaker's clause opens after it
    a = d.end() if d else seg_start
    who = w.prep.split(text[a:v.start()], maxsplit=1)[0]
    who = w.adverb_tail.sub("", who.strip()).strip()
    if not who or who in w.impersonal:
        return None
    return previous if who in w.pronouns else who


def reported_speaker(text: str, lo: int, pos: int, w: ClaimWords = _SHARED) -> str | None:
    """Speaker of reported speech outside quotes: "欧洲人权法院认定，... <figure>"."""
    lo = max(lo, pos - REACH)
    m = None
    for m in w.reported.finditer(text, lo, pos):
        pass
    if m is None:
        leads = list(w.lead.finditer(text, lo, pos))
        return _speaker(leads[-1]).strip() if leads else None
    return speaker_before(text, lo, m.end(), None, w)

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

from figtrace.lang import registry
from figtrace.lang.symbols import find_symbols

REACH = 1500  # characters: how far from a figure its context is looked for (longer than real sentences)

# --------------------------------------------------------------------------- tables (from the languages)


def _alternations_by_key(table: str) -> dict[str, str]:
    """Each key's regex texts of every language joined as one alternation (key order: first seen)."""
    out: dict[str, str] = {}
    for entries in registry.tables(table):
        for key, rx in entries.items():
            out[key] = f"{out[key]}|{rx}" if key in out else rx
    return out


# Predicate words after (or before) a count -> category; only for counts of people.
CATEGORY_VERBS = _alternations_by_key("CATEGORY_VERBS")
# Head nouns -> (category when no predicate says otherwise, unit).  Longest first wins.
HEAD_NOUNS: dict[str, tuple[str, str]] = registry.merged("HEAD_NOUNS")
SUBJECT_STOP = registry.alternation("SUBJECT_STOPS")
_SUBJECT_SKIPS = frozenset(registry.joined("SUBJECT_SKIPS"))  # "613 of the civilians": words before the noun
# A figure is hypothetical when its clause leads to it with an avoidance/possibility word,
# when a condition opens its sentence before it, or when a modal follows it in its clause.
HYPO_BEFORE = registry.alternation("HYPOTHETICAL_BEFORE")
HYPO_CONDITION = registry.alternation("CONDITIONS")
HYPO_AFTER = registry.alternation("HYPOTHETICAL_AFTER")
BREAKDOWN = registry.alternation("BREAKDOWN")
BREAKDOWN_END = registry.alternation("BREAKDOWN_END")
SPEECH_VERBS = registry.alternation("SPEECH_VERBS")
REPORTED_VERBS = registry.alternation("REPORTED_VERBS")
PRONOUNS = tuple(registry.joined("PRONOUNS"))
IMPERSONAL = tuple(registry.joined("IMPERSONAL"))  # "应特别指出", "we note": the author's own voice

# --------------------------------------------------------------------------- identifiers
# Language-neutral reference numbers; each language adds its own phrasing (第 N 号, paragraph N ...).
_NEUTRAL_ID_PATTERNS = [
    r"(?<![\d/])[0-9]{3,6}/[0-9]{2}(?![\d/])",                                   # case 40984/07
    r"(?<![\d/])[0-9]{1,3}/[0-9]{1,3}(?![\d/])",                                 # page 2/13
    r"https?://\S+|www\.\S+",
]
# Furniture and labels found by a pass of their own, never counted: a paragraph or list number
# opening a line ("43.", "7. 儿基会", "(2)"); a bracketed reference mark ("[2]", "(1) [2]"
# ending a heading); a barcode ("*2012655*").  Each opens with a plain character or a line
# start, so that the engine skips the rest of the text fast.
_LINE_NUMBER_RE = re.compile(r"(?m)^[ \t]*(?:[0-9]{1,3}\.(?![0-9])|\([0-9]{1,3}\)(?=\s))")
_REFERENCE_MARK_RE = re.compile(r"\[[0-9]{1,3}\]|\([0-9]{1,2}\)(?=\s*\[)")  # not "Asia (7)": 7 States
_BARCODE_RE = re.compile(r"\*[0-9]{7}\*")
# The labels that open with a digit, as one pattern "a digit, then one of the tails", so that the
# text's digits are read once: a time of day in any registered language ("11时15分", "At 1310",
# "10 a.m.", "10:30"); a job-number footer left in the body ("20-12655 (E) 011020 *2012655*");
# a weapon's calibre ("122 mm", "122毫米"); a code joined to letters ("UF6", "U-235", "COVID-19").
_DIGIT = "[0-9]"
_TIMES = [rx[len(_DIGIT):] for rx in registry.tables("TIME_OF_DAY") if rx.startswith(_DIGIT)]
_DIGIT_TAILS = [
    *_TIMES,
    r"[0-9]?[:：][0-5][0-9](?![0-9])",                                                   # 10:30
    r"[0-9]-[0-9]{5}(?![0-9])(?:\s*\([A-Z]\))?(?:\s+[0-9]{6}(?![0-9]))?(?:\s+\*[0-9]{7}\*)?",  # 20-12655 (E) 011020
    r"[0-9]{1,2}(?:\s|-)?(?:mm|毫米)(?![A-Za-z])",                                        # 122 mm
    r"(?<=[A-Z][0-9])[0-9A-Z]*",                                                          # UF6, H5N1
    r"(?<=[A-Z\u4e00-\u9fff]-[0-9])[0-9]*",                                               # U-235, 铀-235, COVID-19
]
_DIGIT_LED_RE = re.compile(rf"{_DIGIT}(?<![0-9][0-9])(?:{'|'.join(_DIGIT_TAILS)})")
_PASSES = (_LINE_NUMBER_RE, _REFERENCE_MARK_RE, _BARCODE_RE, _DIGIT_LED_RE)
_TITLE_OPENERS = "《"  # the identifier patterns that mask a whole title open with these
_TITLE_YEARS_RE = re.compile(r"(?<![0-9])[0-9]{4}(?:\s*[-–—至]\s*[0-9]{4})?\s*年")  # 《2006-2015年…》, not (2014-2016)
ID_PATTERNS = registry.joined("IDENTIFIER_PATTERNS") + _NEUTRAL_ID_PATTERNS
ID_RE = re.compile("|".join(f"(?:{p})" for p in ID_PATTERNS), re.IGNORECASE)
# Every identifier pattern starts at one of these: scan from them only (keeps masking fast).
# Tokens: an opener character (第/议/《); a whole ASCII digit run, but only when a "/" or an
# ordinal suffix follows it (the only identifiers that start with a digit); a whole letter
# run.  The pattern opens with one character class so that the regex engine skips
# everything else in C.
_OPENERS = "".join(registry.tables("IDENTIFIER_OPENERS"))
_LETTERS = "".join(registry.tables("LETTERS"))
_ID_SCAN_RE = re.compile(rf"[{_OPENERS}0-9{_LETTERS}](?:(?<=[{_OPENERS}])"
                         rf"|(?<=[0-9])(?<![0-9][0-9])[0-9]*(?=/|(?i:{'|'.join(registry.joined('ORDINAL_SUFFIXES'))}))"
                         rf"|(?<=[{_LETTERS}])(?<![{_LETTERS}][{_LETTERS}])[{_LETTERS}]*)")
_ID_RUN_RE = re.compile(rf"[0-9]+|[{_LETTERS}]+")  # the token at a scan's start may be a cut run
_ID_WORDS = frozenset(registry.joined("IDENTIFIER_WORDS")) | {"http", "https", "www"}
_VERBS_RE = re.compile("|".join(f"(?P<{cat}>{rx})" for cat, rx in CATEGORY_VERBS.items()), re.IGNORECASE)
_DELIM_RE = re.compile("[" + re.escape("，,；;。.!?！？：:()（）“”\n") + "]")
_HEAD_RE = re.compile("|".join(re.escape(k) for k in sorted(HEAD_NOUNS, key=len, reverse=True)), re.IGNORECASE)
_STOP_RE = re.compile(SUBJECT_STOP, re.IGNORECASE)
_HYPO_RE = re.compile(HYPO_BEFORE)
_COND_RE = re.compile(HYPO_CONDITION)
_HYPO_AFTER_RE = re.compile(HYPO_AFTER)
BREAKDOWN_RE = re.compile(BREAKDOWN, re.IGNORECASE)
BREAKDOWN_END_RE = re.compile(rf"[；;]|{BREAKDOWN_END}", re.IGNORECASE)


def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled; one that no registered language gives ("" or "[]") never matches."""
    return re.compile(pattern if pattern.strip("[]") else "(?!)", flags)


def _speaker(m: re.Match) -> str:
    """The speaker a frame or lead pattern caught (each alternative holds one group)."""
    return next(g for g in m.groups() if g is not None)


def _boundary_last(alternation: str) -> str:
    r"""``\bword\b`` alternatives rewritten as ``word(?<!\wword)\b`` (same matches).

    When every alternative opens with a plain character the regex engine can skip to those
    characters in C; a leading ``\b`` makes it try the whole pattern at every position.
    """
    return re.sub(r"\\b(\w+)\\b", r"\1(?<!\\w\1)\\b", alternation)


_SPEECH_RE = re.compile(_boundary_last(SPEECH_VERBS))
_FRAMED_RE = _compiled("|".join(registry.joined("SPEAKER_FRAMES")))  # 正如 X 所说: the speaker inside the frame
_LEAD_RE = _compiled("|".join(registry.joined("SPEAKER_LEADS")))  # according to X
_QUOTE_PAIRS = {"“": "”", "「": "」", "\"": "\""}
_QUOTE_OPEN_RE = re.compile('[“「"]')
_TITLE_RE = _compiled(registry.alternation("TITLE_SPEAKER"))  # a work named before the figure: 《X》
_PREP_RE = _compiled(f"[{''.join(registry.tables('SPEAKER_PREPOSITIONS'))}]")  # "X 向安理会指出": X ends there
# Everything up to the last clause mark (greedy, so the engine backtracks from the end in C).
_UP_TO_LAST_DELIM_RE = re.compile(r"[\s\S]*[，,；;。：:“”]")
_ADVERB_TAIL_RE = _compiled(f"({'|'.join(map(re.escape, registry.joined('SPEAKER_TRAILING_WORDS')))})+$")
_REPORTED_RE = _compiled(REPORTED_VERBS and rf"({REPORTED_VERBS})[，,：:]")


def identifier_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans that hold reference numbers, never figures: symbols, resolutions, ordinals, articles ..."""
    end = len(text) if end is None else end
    spans, last = [], start
    tokens = _ID_SCAN_RE.finditer(text, start, end)
    if start:  # a run cut by ``start`` is a token of its own (the scan's lookbehinds would see its head)
        tokens = itertools.chain(filter(None, [_ID_RUN_RE.match(text, start, end)]), tokens)
    for t in tokens:
        p = t.start()
        if p < last:
            continue
        c = text[p]
        if c.isascii() and c.isalpha() and t.group().lower() not in _ID_WORDS:
            continue
        m = ID_RE.match(text, p, end)
        if m and m.end() > m.start():
            spans += _title_pieces(text, m.start(), m.end()) if c in _TITLE_OPENERS else [m.span()]
            last = m.end()
    spans += [m.span() for rx in _PASSES for m in rx.finditer(text, start, end)]
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


def delimiters(text: str, lo: int, hi: int) -> list[int]:
    """Offsets of clause delimiters in [lo, hi)."""
    return [m.start() for m in _DELIM_RE.finditer(text, lo, hi)]


_COORDINATION_RE = re.compile(r"\band\b|\bor\b|[,，、；;和及或]")
_GAP_MAX = 8  # characters between a predicate and the figure it governs ("killed 21", "the lives of")


def predicate_categories(text: str, after: tuple[int, int], next_figure: int,
                         before: tuple[int, int]) -> tuple[str | None, str | None]:
    """(category of the first predicate after the figure in its clause, category of the predicate
    that governs the figure).

    A predicate right before the figure ("which killed 21 civilians and injured more than 70",
    "claimed the lives of") governs it when the predicate after it belongs to a coordinated
    clause ("... civilians and injured"); otherwise the predicate after it does ("21 civilians
    were killed", 造成 613 名平民死亡), else any before it in its clause.  Only predicates
    before ``next_figure`` can govern the figure; ``before`` starts after the previous figure.
    """
    m_after = _VERBS_RE.search(text, *after)
    own = m_after.lastgroup if m_after else None
    if m_after and m_after.start() >= next_figure:
        m_after = None
    last = None
    for last in _VERBS_RE.finditer(text, *before):
        pass
    gap = text[last.end():before[1]] if last else ""
    adjacent = last is not None and len(gap.strip()) <= _GAP_MAX and not _COORDINATION_RE.search(gap)
    if m_after and not (adjacent and _COORDINATION_RE.search(text, after[0], m_after.start())):
        return own, m_after.lastgroup
    return own, (last.lastgroup if last else None)


def subject_of(text: str, pos: int, hi: int, classifier: str | None, number_end: int | None = None) -> tuple[str | None, str | None]:
    """(subject as written, head noun) right after the figure's classifier, inside [pos, hi).

    English nouns come with the words before them: "613 Azerbaijani civilians" -> "Azerbaijani civilians".
    """
    if classifier and classifier.isascii() and classifier.isalpha() and number_end is not None:
        words = text[number_end:pos].split()
        while words and words[0].lower() in _SUBJECT_SKIPS:
            words.pop(0)
        return " ".join(words) or classifier, classifier.lower()
    window_end = min(hi, pos + 16)
    stop = _STOP_RE.search(text, pos, window_end)
    limit = stop.start() if stop else window_end
    if classifier and (classifier.lower() in HEAD_NOUNS or classifier.isascii() and classifier.isalpha()):
        return classifier, classifier.lower()  # "1 000 人受伤", "九国", "613 civilians": the noun itself
    head = _HEAD_RE.search(text, pos, limit)
    if head:
        return text[pos:head.end()].strip().lstrip("的") or None, head.group().lower()
    return None, None


_PEOPLE_AND_LAND = ("persons", "districts", "settlements", "km2")


def noun_reading(head: str | None, unit_hint: str | None) -> tuple[str | None, str | None]:
    """(category, unit) a head noun gives a count, unless the figure's own unit rules it out.

    A classifier or unit that counts something else ("五次 ... 人口与发展会议": five meetings;
    "20% 的 ... 生产区": a share) keeps a later noun from recasting the figure as people or land.
    """
    cat, unit = HEAD_NOUNS.get(head, (None, None)) if head else (None, None)
    if unit_hint not in (None, "persons", "items") and unit in _PEOPLE_AND_LAND and unit != unit_hint:
        return None, None
    return cat, unit


def hypothetical(text: str, sent_start: int, clause_start: int, pos: int, clause_end: int) -> bool:
    """True when the figure at ``pos`` is something that might happen, not something that did."""
    near = pos - REACH
    return bool(_HYPO_RE.search(text, max(clause_start, near), pos) or _COND_RE.search(text, max(sent_start, near), pos)
                or _HYPO_AFTER_RE.search(text, pos, min(clause_end, pos + REACH)))


def quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of quoted text (opening mark to closing mark) in [lo, hi); an open quote runs to hi."""
    spans, i = [], lo
    while (m := _QUOTE_OPEN_RE.search(text, i, hi)) is not None:
        close = text.find(_QUOTE_PAIRS[m.group()], m.end(), hi)
        i = hi if close < 0 else close + 1
        spans.append((m.start(), i))
    return spans


def speaker_before(text: str, lo: int, pos: int, previous: str | None = None) -> str | None:
    """Who speaks in the words leading to ``pos`` ("正如“人权观察”所说", "X 认定", "according to X")."""
    lo = max(lo, pos - REACH)
    seg_start = max(text.rfind("。", lo, pos), text.rfind("；", lo, pos), lo - 1) + 1
    m = None
    for m in _FRAMED_RE.finditer(text, seg_start, pos):
        pass
    if m:
        return _speaker(m).strip("“”\"「」 ") or None
    m = None
    for m in _LEAD_RE.finditer(text, seg_start, pos):
        pass
    if m:
        return _speaker(m).strip()
    verbs = list(_SPEECH_RE.finditer(text, seg_start, pos))
    if not verbs:
        titles = _TITLE_RE.findall(text, seg_start, pos)
        return titles[-1] if titles else None
    v = verbs[-1]
    d = _UP_TO_LAST_DELIM_RE.match(text, seg_start, v.start())  # the speaker's clause opens after it
    a = d.end() if d else seg_start
    who = _PREP_RE.split(text[a:v.start()], maxsplit=1)[0]
    who = _ADVERB_TAIL_RE.sub("", who.strip()).strip()
    if not who or who in IMPERSONAL:
        return None
    return previous if who in PRONOUNS else who


def reported_speaker(text: str, lo: int, pos: int) -> str | None:
    """Speaker of reported speech outside quotes: "欧洲人权法院认定，... <figure>"."""
    lo = max(lo, pos - REACH)
    m = None
    for m in _REPORTED_RE.finditer(text, lo, pos):
        pass
    if m is None:
        leads = list(_LEAD_RE.finditer(text, lo, pos))
        return _speaker(leads[-1]).strip() if leads else None
    return speaker_before(text, lo, m.end())

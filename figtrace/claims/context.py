"""What surrounds a figure: identifiers to skip, quotes and speakers, category, subject (places: ``places``).

Keyword tables are data (Chinese + English) so that an analyst can read and extend them.
Everything here is a pure function of the canonical text and offsets into it.
"""
from __future__ import annotations

import bisect
import itertools
import re

from figtrace.lang.symbols import JOB_NUMBER_RE, find_symbols

# --------------------------------------------------------------------------- tables (data)
# Predicate words after (or before) a count -> category; only for counts of people.
CATEGORY_VERBS = {
    "killed": r"死亡|丧生|遇难|被杀|杀害|被打死|遇害|罹难|身亡|\bkilled\b|\bdead\b|\bdied\b|\bdie\b|\bdeaths?\b|lost their lives",
    "wounded": r"受伤|负伤|伤员|\bwounded\b|\binjured\b",
    "missing": r"失踪|\bmissing\b",
    "hostages": r"人质|被扣|扣押|\bhostages?\b",
    "population": r"\bnumbering\b|\bpopulation of\b",
    "displaced": r"种族清洗|驱逐|流离失所|背井离乡|被迫离开|逃离|\bdisplaced\b|\bexpelled\b|\bfled\b|"
                 r"ethnically cleansed|forced to (?:leave|flee)|\brefugees\b",
}
# Head nouns -> (category when no predicate says otherwise, unit).  Longest first wins.
HEAD_NOUNS = {
    "人口": ("population", "persons"), "居民": ("population", "persons"),
    "inhabitants": ("population", "persons"), "residents": ("population", "persons"),
    "population": ("population", "persons"),
    "平民": ("other", "persons"), "妇女": ("other", "persons"), "儿童": ("other", "persons"),
    "老人": ("other", "persons"), "人民": ("other", "persons"), "难民": ("displaced", "persons"),
    "人质": ("hostages", "persons"), "士兵": ("other", "persons"), "军人": ("other", "persons"),
    "人": ("other", "persons"), "people": ("other", "persons"), "persons": ("other", "persons"),
    "civilians": ("other", "persons"), "women": ("other", "persons"), "children": ("other", "persons"),
    "城市、村镇": ("settlements", "settlements"), "城市": ("settlements", "settlements"),
    "村镇": ("settlements", "settlements"), "村庄": ("settlements", "settlements"),
    "城镇": ("settlements", "settlements"), "定居点": ("settlements", "settlements"),
    "villages": ("settlements", "settlements"), "towns": ("settlements", "settlements"),
    "cities": ("settlements", "settlements"), "settlements": ("settlements", "settlements"),
    "区": ("territory", "districts"), "地区": ("territory", "districts"),
    "districts": ("territory", "districts"), "regions": ("territory", "districts"),
    "平方公里": ("territory", "km2"), "信函": ("documents", "letters"), "信": ("documents", "letters"),
    "letters": ("documents", "letters"), "主席说明": ("documents", "documents"),
    "声明": ("documents", "documents"), "报告": ("documents", "documents"), "说明": ("documents", "documents"),
    "决议": ("documents", "documents"), "文件": ("documents", "documents"),
    "statements": ("documents", "documents"), "reports": ("documents", "documents"),
    "resolutions": ("documents", "documents"), "documents": ("documents", "documents"),
    "发言": ("documents", "speeches"), "国家": ("other", "states"), "共和国": ("other", "states"),
    "国": ("other", "states"), "states": ("other", "states"), "countries": ("other", "states"),
    "原则": ("other", "principles"), "principles": ("other", "principles"),
}
SUBJECT_STOP = r"被|遭|在|于|死亡|丧生|受伤|失踪|组成|独立|都|已|[和与及]\s*[0-9]|\bwere\b|\bwas\b|\bhad\b|\bhave\b"
# A figure is hypothetical when its clause leads to it with an avoidance/possibility word,
# when a condition opens its sentence before it, or when a modal follows it in its clause.
# (Each alternative starts with a plain character, word boundaries checked after it: the regex
# engine then skips impossible positions fast.)
HYPO_BEFORE = (r"避免|以免|防止|免遭|可能|将会|[Aa]void(?<![A-Za-z][Aa]void)|[Pp]revent(?<![A-Za-z][Pp]revent)|"
               r"[Rr]isk of|[Cc]ould\b(?<![A-Za-z][Cc]ould)|[Ww]ould\b(?<![A-Za-z][Ww]ould)|[Mm]ight\b(?<![A-Za-z][Mm]ight)")
HYPO_CONDITION = r"如果|假如|倘若|一旦|若(?<!倘若)|[Ii]f\b(?<![A-Za-z][Ii]f)|[Uu]nless\b(?<![A-Za-z][Uu]nless)"
HYPO_AFTER = r"[Ww]ould\b(?<![A-Za-z][Ww]ould)|[Cc]ould\b(?<![A-Za-z][Cc]ould)|[Mm]ight\b(?<![A-Za-z][Mm]ight)|将会|可能会"
BREAKDOWN = r"其中包括|其中|包括|including|of whom|of which|among them|among whom"
SPEECH_VERBS = (r"表达了|报告说|讲话时说|发表如下讲话|声明如下|的结论是|结论是|所说|所述|指出|认定|认为|表示|宣布|强调|"
                r"写道|描述为|说|称|\bsaid\b|\bstated\b|\breported\b|\bnoted\b|\bfound\b|\bdeclared\b")
REPORTED_VERBS = r"认定|指出|报告说|认为|表示|称"
PRONOUNS = ("它", "他", "她", "他们", "其", "it", "he", "she", "they")
# "应特别指出" (it should be noted), "我们指出": the author's own voice, not a source.
IMPERSONAL = ("应", "应当", "应该", "必须", "需要", "值得", "须", "我们", "我", "我国", "we", "I", "it")

# --------------------------------------------------------------------------- identifiers
ID_PATTERNS = [
    r"第\s*[0-9０-９]+\s*[(（]\s*[0-9]{4}\s*[)）]\s*号",                       # 第 822(1993)号
    r"第\s*[0-9A-Za-z][0-9A-Za-z/.\-()（） ]{0,30}?(?:之[一二三四五六七八九十]+)?\s*号",  # 第 40984/07 号
    r"第\s*[0-9０-９]+(?:\s*(?:至|-|–|和|、)\s*[0-9０-９]+)*",                     # 第 366 团, 第 154 至 178 段
    r"第[〇零一二两三四五六七八九十百千]+",                                        # 第七十五届
    r"议程项目\s*[0-9０-９]+(?:\s*(?:、|，|,|和|及)\s*[0-9０-９]+)*",              # 议程项目 34、35、40 和 86
    r"\bagenda\s+items?\s+[0-9]+(?:\s*(?:,|and)\s*[0-9]+)*",
    r"(?<![\d/])[0-9]{3,6}/[0-9]{2}(?![\d/])",                                   # case 40984/07
    r"(?<![\d/])[0-9]{1,3}/[0-9]{1,3}(?![\d/])",                                 # page 2/13
    r"https?://\S+|www\.\S+",
    r"《[^》\n]{0,60}》",                                                          # titles: 《九国宣言》
    r"\b(?:resolutions?|decisions?)\s+[0-9]+(?:/[0-9]+)?\s*(?:\([0-9]{4}\))?",
    r"\b(?:paragraphs?|paras?\.|articles?|arts?\.|pages?|pp?\.|chapters?|sections?|annex(?:es)?|"
    r"No\.|Nos\.|rules?|items?)\s*[0-9]+(?:\s*(?:-|–|to|and|,)\s*[0-9]+)*",
    r"\b[0-9]+(?:st|nd|rd|th)\b",
]
ID_RE = re.compile("|".join(f"(?:{p})" for p in ID_PATTERNS), re.IGNORECASE)
# Every identifier pattern starts at one of these: scan from them only (keeps masking fast).
# Tokens: 第/议/《; a whole ASCII digit run, but only when a "/" or an ordinal suffix follows
# it (the only identifiers that start with a digit); a whole ASCII letter run.  The pattern
# opens with one character class so that the regex engine skips everything else in C.
_ID_SCAN_RE = re.compile(r"[第议《0-9A-Za-z](?:(?<=[第议《])"
                         r"|(?<=[0-9])(?<![0-9][0-9])[0-9]*(?=/|(?i:st|nd|rd|th))"
                         r"|(?<=[A-Za-z])(?<![A-Za-z][A-Za-z])[A-Za-z]*)")
_ID_RUN_RE = re.compile(r"[0-9]+|[A-Za-z]+")  # the token at a scan's start may be a cut run
_ID_WORDS = frozenset(
    "agenda resolution resolutions decision decisions paragraph paragraphs para paras article articles art arts "
    "page pages p pp chapter chapters section sections annex annexes no nos rule rules item items http https www".split())
_VERBS_RE = re.compile("|".join(f"(?P<{cat}>{rx})" for cat, rx in CATEGORY_VERBS.items()), re.IGNORECASE)
_DELIM_RE = re.compile("[" + re.escape("，,；;。.!?！？：:()（）“”\n") + "]")
_HEAD_RE = re.compile("|".join(re.escape(k) for k in sorted(HEAD_NOUNS, key=len, reverse=True)), re.IGNORECASE)
_STOP_RE = re.compile(SUBJECT_STOP, re.IGNORECASE)
_HYPO_RE = re.compile(HYPO_BEFORE)
_COND_RE = re.compile(HYPO_CONDITION)
_HYPO_AFTER_RE = re.compile(HYPO_AFTER)
BREAKDOWN_RE = re.compile(BREAKDOWN, re.IGNORECASE)


def _boundary_last(alternation: str) -> str:
    r"""``\bword\b`` alternatives rewritten as ``word(?<!\wword)\b`` (same matches).

    When every alternative opens with a plain character the regex engine can skip to those
    characters in C; a leading ``\b`` makes it try the whole pattern at every position.
    """
    return re.sub(r"\\b(\w+)\\b", r"\1(?<!\\w\1)\\b", alternation)


_SPEECH_RE = re.compile(_boundary_last(SPEECH_VERBS))
_ZHENGRU_RE = re.compile(r"(?:正如|如)(.{1,24}?)所(?:说|指出|述|言|报告)")
_ACCORDING_RE = re.compile(r"[Aa]ccording to(?<![A-Za-z][Aa]ccording to)\s+([^,;.]{2,60})")
_QUOTE_PAIRS = {"“": "”", "「": "」", "\"": "\""}
_QUOTE_OPEN_RE = re.compile('[“「"]')
_TITLE_RE = re.compile(r"《([^》]{1,40})》")
_PREP_RE = re.compile(r"[向对在于就给]")
# Everything up to the last clause mark (greedy, so the engine backtracks from the end in C).
_UP_TO_LAST_DELIM_RE = re.compile(r"[\s\S]*[，,；;。：:“”]")
_ADVERB_TAIL_RE = re.compile(r"(尤其|还|也|特别|一再|多次|进一步|曾|的|所)+$")
_REPORTED_RE = re.compile(rf"({REPORTED_VERBS})[，,：:]")


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
            spans.append((m.start(), m.end()))
            last = m.end()
    spans += [m.span() for m in JOB_NUMBER_RE.finditer(text, start, end)]
    whole = start == 0 and end == len(text)
    spans += [(m.start + start, m.end + start) for m in find_symbols(text if whole else text[start:end])]
    return sorted(spans)


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


def verb_category(text: str, after: tuple[int, int], before: tuple[int, int]) -> str | None:
    """killed / wounded / ... from the predicate after the figure, else before it, in its clause."""
    for lo, hi in (after, before):
        m = _VERBS_RE.search(text, lo, hi)
        if m:
            return m.lastgroup
    return None


def subject_of(text: str, pos: int, hi: int, classifier: str | None, number_end: int | None = None) -> tuple[str | None, str | None]:
    """(subject as written, head noun) right after the figure's classifier, inside [pos, hi).

    English nouns come with the words before them: "613 Azerbaijani civilians" -> "Azerbaijani civilians".
    """
    if classifier and classifier.isascii() and classifier.isalpha() and number_end is not None:
        words = text[number_end:pos].split()
        while words and words[0].lower() in ("of", "the", "their", "its", "these", "those"):
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


def hypothetical(text: str, sent_start: int, clause_start: int, pos: int, clause_end: int) -> bool:
    """True when the figure at ``pos`` is something that might happen, not something that did."""
    return bool(_HYPO_RE.search(text, clause_start, pos) or _COND_RE.search(text, sent_start, pos)
                or _HYPO_AFTER_RE.search(text, pos, clause_end))


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
    seg_start = max(text.rfind("。", lo, pos), text.rfind("；", lo, pos), lo - 1) + 1
    m = None
    for m in _ZHENGRU_RE.finditer(text, seg_start, pos):
        pass
    if m:
        return m.group(1).strip("“”\"「」 ") or None
    m = None
    for m in _ACCORDING_RE.finditer(text, seg_start, pos):
        pass
    if m:
        return m.group(1).strip()
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
    m = None
    for m in _REPORTED_RE.finditer(text, lo, pos):
        pass
    if m is None:
        acc = list(_ACCORDING_RE.finditer(text, lo, pos))
        return acc[-1].group(1).strip() if acc else None
    return speaker_before(text, lo, m.end())

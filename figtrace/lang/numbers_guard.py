"""When a number found in text is no figure, or only a part of a number figtrace does not read.

The number grammar (``figtrace.lang.numbers``) asks these about every candidate number.  Two
kinds of refusal:

- not a figure: ordinals and reference numbers ("第 3", "paragraph 87"), dates ("1993 年"),
  codes ("007"), idioms (千方百计), an article (一个, "the one"), a numeral that counts
  nothing (see ``counts_something``);
- a part of a longer number written in a form not read: fractions ("two thirds", "三分之一",
  "1 3/5"), ordinals ("one hundred twenty-fifth"), decimals in words ("two point five"),
  ratios ("one over three", "2 in 5"), unread scales ("10 k", "13 lakh", "322 hundred"),
  negatives ("负三十二", "minus five"), spaced-out or financial numerals ("一百 五 十 二",
  "壹萬三").  These give nothing, and the whole number is skipped (``unread_span``: scanning
  resumes after it), so that no part of it is read as a smaller figure: a form figtrace does
  not read gives nothing, never a wrong value.

The rule for a numeral written in characters or words (one rule, both languages): it is a
figure when it counts something - a classifier or noun after it ("三个区", "five headings",
"One incident"), a verb whose subject it is ("sixteen were killed"), or a qualifier around it
("超过一千", "三十以上", "more than thirty").  "一"/"one" alone is an article or a pronoun
unless a noun follows it directly ("One incident"; not "one of the towns", "the one").

>>> from figtrace.lang.numbers import find_quantities
>>> [q.surface for q in find_quantities("There were sixteen. Sixteen were killed, five headings, two thirds.")]
['Sixteen', 'five']
"""
from __future__ import annotations

import re
import string

from figtrace.lang import registry
from figtrace.lang.numerals import NUMERAL_CHARS, parse_number

_LETTERS = "".join(registry.tables("LETTERS"))
TIME_UNITS = {"days": "days", "years": "years", "months": "months", "weeks": "weeks", "hours": "hours",
              "decades": "decades"}  # the normalised units a duration has
_IDIOM_RE = re.compile("|".join(sorted(map(re.escape, registry.joined("IDIOMS")), key=len, reverse=True)))
_ORDINAL_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, registry.joined('ORDINAL_BEFORE')))}|#)\s*$"
                                rf"|[{''.join(registry.tables('NOT_AFTER_CHARS'))}]$")
_ONE_AFTER_CHARS = "".join(w for w in registry.joined("ONE_NOT_AFTER", spaced=False))
_ONE_AFTER_WORDS_RE = re.compile(rf"\b(?:{'|'.join(registry.joined('ONE_NOT_AFTER', spaced=True))})\s+$", re.IGNORECASE)
_ID_WORD_BEFORE_RE = re.compile(rf"\b(?:{registry.alternation('IDENTIFIER_NOUNS_BEFORE')})\s*$", re.IGNORECASE)
_DESIGNATOR_AFTER_RE = re.compile(rf"\s*(?:{registry.alternation('DESIGNATORS_AFTER')})")
# Glued to a letter, a digit group or a code: "40k", "1.1^23", "1,3", "192.168", "2/3", "１５Ｋ".
_GLUED_AFTER_RE = re.compile(rf"[{_LETTERS}0-9０-９Ａ-Ｚａ-ｚ^]|[-/:：／][0-9０-９]|[.．][0-9０-９]|,[0-9]")
_YEAR_AFTER_RE = re.compile(rf"\s*(?:{registry.alternation('YEAR_AFTER')})")
_NEGATIVE_RE = re.compile(rf"(?:{registry.alternation('NEGATIVE_BEFORE')}|[−－]\s*$)", re.IGNORECASE)
_BEFORE_RE = re.compile(registry.alternation("NOT_WHOLE_BEFORE"), re.IGNORECASE)
_ONE_RATIO_RE = re.compile(registry.alternation("ONE_RATIO_AFTER"), re.IGNORECASE)
_SPACED_BEFORE_RE = re.compile(registry.alternation("NUMERALS_SPACED_BEFORE"))
_AFTER_RE = re.compile(registry.alternation("NOT_WHOLE_AFTER"), re.IGNORECASE)
_AFTER_SCALE_RE = re.compile(registry.alternation("AFTER_SCALE"), re.IGNORECASE)
_SPAN_RES = [re.compile(rx, re.IGNORECASE) for rx in registry.tables("NOT_WHOLE_SPAN")]
_SCALE_WORDS = frozenset(k for k in registry.merged("MULTIPLIERS") | registry.merged("NUMBER_HUNDREDS")
                         if k.isascii())
_WORD_AFTER_RE = re.compile(rf"\s+([{_LETTERS}][{_LETTERS}\-]*)")
_NOUN_STOPS = frozenset(registry.joined("NOUN_STOPS")) | frozenset(registry.joined("NOUN_SKIPS"))
_SUBJECT_VERBS = frozenset(registry.joined("SUBJECT_VERBS"))
# Every character a pattern of what comes before a number can end with (see ``before_text``).
_BEFORE_SOURCES = [*registry.joined("ORDINAL_BEFORE"), "#−－", *registry.tables("NOT_AFTER_CHARS"),
                   *(rx for t in ("IDENTIFIER_NOUNS_BEFORE", "NEGATIVE_BEFORE", "NOT_WHOLE_BEFORE",
                                  "NUMERALS_SPACED_BEFORE") for rx in registry.tables(t))]
_BEFORE_GATE = frozenset("".join(_BEFORE_SOURCES)) | frozenset(string.ascii_letters)
_NUMBER_WORD_AFTER_RE = re.compile(rf"[\s-]+(?:{'|'.join(registry.merged('NUMBER_WORDS'))})\b", re.IGNORECASE)


def is_characters(raw: str) -> bool:
    """True for a number written in numeral characters only (三千), not digits ("3万4000") or words."""
    return not NUMERAL_CHARS.isdisjoint(raw) and not any(c.isdigit() for c in raw)


def unread_span(text: str, start: int, end: int) -> int:
    """Where a number figtrace does not read, starting at ``start``, ends (at least ``end``)."""
    return max([end] + [rx.match(text, end).end() for rx in _SPAN_RES])


def _before(text: str, s: int, lo: int, n: int = 16) -> str:
    return text[max(lo, s - n):s]


def before_text(text: str, s: int, lo: int) -> str:
    """The text before a number that its refusals look at, or "" when its last character (spaces aside)
    can end none of their patterns - a pattern ends with a character written in it, or a letter - so
    that most numbers are spared every search."""
    q = s - 1
    while q >= lo and text[q] in " \u3000\t":
        q -= 1
    return _before(text, s, lo) if q >= lo and text[q] in _BEFORE_GATE else ""


def is_identifier_context(text: str, before: str, e: int) -> bool:
    """True where the number ending at ``e`` is an ordinal, a reference number or a date part."""
    if before and (_ORDINAL_BEFORE_RE.search(before) or _ID_WORD_BEFORE_RE.search(before)):
        return True
    return bool(_DESIGNATOR_AFTER_RE.match(text, e) or _GLUED_AFTER_RE.match(text, e))


def goes_on_unread(text: str, before: str, q_end: int, raw: str, scaled: bool) -> bool:
    """True when the number ending at ``q_end`` is a part of a longer number written in a form not read."""
    if before and (_NEGATIVE_RE.search(before) or _BEFORE_RE.search(before)
                   or is_characters(raw) and _SPACED_BEFORE_RE.search(before)):
        return True
    if _AFTER_RE.match(text, q_end):
        return True
    if scaled and _AFTER_SCALE_RE.match(text, q_end):
        return True  # "4 thousand 3 hundred", "two million 5"
    if _ONE_RATIO_RE.match(text, q_end) and parse_number(raw) == 1:
        return True  # "one in five children": a ratio
    return raw.isascii() and raw[:1].isalpha() and bool(_NUMBER_WORD_AFTER_RE.match(text, q_end))


def continues(text: str, pos: int) -> bool:
    """True when a number not read goes on at ``pos`` (七成 六: the 六 belongs to the 七成)."""
    return bool(_AFTER_RE.match(text, pos))


def ends_in_scale(raw: str, mult: str | None) -> bool:
    """True when the number as written ends in a scale word ("4 thousand", "two hundred")."""
    last = (mult or raw).split()[-1].lower() if (mult or raw).split() else ""
    return last in _SCALE_WORDS


def counts_something(text: str, s: int, q_end: int, raw: str, unit_cls: tuple[str | None, str | None],
                     reading: tuple[str, float | None], qualified: bool, lo: int) -> bool:
    """The rule for a numeral in characters or words (module docstring); digits always count.

    ``unit_cls``: (unit, classifier) after the number; ``reading``: (qualifier, value);
    ``qualified``: a qualifier before or after it, or 多/余.
    """
    (unit, cls), (qualifier, value) = unit_cls, reading
    words = raw.isascii() and raw[:1].isalpha()
    if not (words or is_characters(raw)):
        return True
    if qualifier == "range":
        return cls is not None or unit is not None or words
    if value == 1:
        if not words:
            prev = _before(text, s, lo, 1)
            return unit in TIME_UNITS and not (prev and prev in _ONE_AFTER_CHARS)  # 一个月; not 这一天
        nxt = _WORD_AFTER_RE.match(text, q_end)
        return bool(nxt and nxt.group(1).lower() not in _NOUN_STOPS and not _ONE_AFTER_WORDS_RE.search(
            _before(text, s, lo, 12)))  # "One incident"; not "one of the towns", "the one"
    if cls is not None or unit is not None or qualified:
        return True
    nxt = _WORD_AFTER_RE.match(text, q_end) if words else None
    return bool(nxt and nxt.group(1).lower() in _SUBJECT_VERBS)  # "sixteen were killed"


def is_idiom(text: str, s: int, q_end: int, lo: int) -> bool:
    """True when an idiom (千方百计, 万一, 千万) overlaps the numeral other than strictly inside it
    ("四千万" holds 千万 but is a number; "千万不要" is "never")."""
    for m in _IDIOM_RE.finditer(text, max(lo, s - 3), min(len(text), q_end + 3)):
        inside = s <= m.start() and m.end() <= q_end and m.end() - m.start() < q_end - s
        if m.start() < q_end and m.end() > s and not inside:
            return True
    return False


def is_year_or_code(text: str, raw: str, q_end: int, scaled: bool, unit: str | None, qualifier: str) -> bool:
    """True for "1993 年", a bare year ("in 1993"), and codes with a leading zero ("007")."""
    if len(raw) > 1 and raw[0] in "0０" and raw[1] not in ".．":
        return True
    if raw.isascii() and raw.isdigit() and len(raw) == 4 and not scaled and qualifier == "exact":
        if _YEAR_AFTER_RE.match(text, q_end):
            return True
        return unit is None and 1800 <= int(raw) <= 2100
    return False

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

from figtrace.lang.number_tables import TIME_UNITS, NumberTables
from figtrace.lang.numerals import NUMERAL_CHARS, parse_number


def is_characters(raw: str) -> bool:
    """True for a number written in numeral characters only (三千), not digits ("3万4000") or words."""
    return not NUMERAL_CHARS.isdisjoint(raw) and not any(c.isdigit() for c in raw)


def unread_span(text: str, start: int, end: int, t: NumberTables) -> int:
    """Where a number figtrace does not read, starting at ``start``, ends (at least ``end``)."""
    return max([end] + [rx.match(text, end).end() for rx in t.span_res])


def _before(text: str, s: int, lo: int, n: int = 16) -> str:
    return text[max(lo, s - n):s]


def before_text(text: str, s: int, lo: int, t: NumberTables) -> str:
    """The text before a number that its refusals look at, or "" when its last character (spaces aside)
    can end none of their patterns - a pattern ends with a character written in it, or a letter - so
    that most numbers are spared every search."""
    q = s - 1
    while q >= lo and text[q] in " \u3000\t":
        q -= 1
    return _before(text, s, lo) if q >= lo and text[q] in t.before_gate else ""


def is_identifier_context(text: str, before: str, e: int, t: NumberTables) -> bool:
    """True where the number ending at ``e`` is an ordinal, a reference number or a date part."""
    if before and (t.ordinal_before.search(before) or t.id_word_before.search(before)):
        return True
    return bool(t.designator_after.match(text, e) or t.glued_after.match(text, e))


def goes_on_unread(text: str, before: str, q_end: int, number: tuple[str, bool], t: NumberTables) -> bool:
    """True when the number ending at ``q_end`` is a part of a longer number written in a form not read.

    ``number``: (the number as written, whether it ends in a scale word).
    """
    raw, scaled = number
    if before and (t.negative.search(before) or t.before.search(before)
                   or is_characters(raw) and t.spaced_before.search(before)):
        return True
    if t.after.match(text, q_end):
        return True
    if scaled and t.after_scale.match(text, q_end):
        return True  # "4 thousand 3 hundred", "two million 5"
    if t.one_ratio.match(text, q_end) and parse_number(raw, 1.0, t) == 1:
        return True  # "one in five children": a ratio
    return t.is_words(raw) and bool(t.number_word_after.match(text, q_end))


def continues(text: str, pos: int, t: NumberTables) -> bool:
    """True when a number not read goes on at ``pos`` (七成 六: the 六 belongs to the 七成)."""
    return bool(t.after.match(text, pos))


def ends_in_scale(raw: str, mult: str | None, t: NumberTables) -> bool:
    """True when the number as written ends in a scale word ("4 thousand", "two hundred")."""
    last = (mult or raw).split()[-1].lower() if (mult or raw).split() else ""
    return last in t.scale_words


def counts_something(text: str, where: tuple[int, int, int], raw: str, unit_cls: tuple[str | None, str | None],
                     reading: tuple[str, float | None], qualified: bool, t: NumberTables) -> bool:
    """The rule for a numeral in characters or words (module docstring); digits always count.

    ``where``: (start, end of the number, start of the scanned text); ``unit_cls``: (unit,
    classifier) after the number; ``reading``: (qualifier, value); ``qualified``: a qualifier
    before or after it, or 多/余.
    """
    (s, q_end, lo), (unit, cls), (qualifier, value) = where, unit_cls, reading
    words = t.is_words(raw)
    if not (words or is_characters(raw)):
        return True
    if qualifier == "range":
        return cls is not None or unit is not None or words
    if value == 1:
        if not words:
            prev = _before(text, s, lo, 1)
            return unit in TIME_UNITS and not (prev and prev in t.one_after_chars)  # 一个月; not 这一天
        nxt = t.word_after.match(text, q_end)
        return bool(nxt and nxt.group(1).lower() not in t.noun_stops_all and not t.one_after_words.search(
            _before(text, s, lo, 12)))  # "One incident"; not "one of the towns", "the one"
    if cls is not None or unit is not None or qualified or (t.after_noun is not None and t.after_noun.match(raw)):
        return True
    nxt = t.word_after.match(text, q_end) if words else None
    return bool(nxt and nxt.group(1).lower() in t.subject_verbs)  # "sixteen were killed"


def is_idiom(text: str, s: int, q_end: int, lo: int, t: NumberTables) -> bool:
    """True when an idiom (千方百计, 万一, 千万) overlaps the numeral other than strictly inside it
    ("四千万" holds 千万 but is a number; "千万不要" is "never")."""
    for m in t.idiom.finditer(text, max(lo, s - 3), min(len(text), q_end + 3)):
        inside = s <= m.start() and m.end() <= q_end and m.end() - m.start() < q_end - s
        if m.start() < q_end and m.end() > s and not inside:
            return True
    return False


def is_year_or_code(text: str, raw: str, q_end: int, reading: tuple, t: NumberTables) -> bool:
    """True for "1993 年", a bare year ("in 1993"), and codes with a leading zero ("007").

    ``reading``: (scaled, unit, qualifier, classifier) of the number.  Outside Chinese and English a
    four-digit number with a word after it counts ("1800 полицейских"): the date grammar took the years.
    """
    scaled, unit, qualifier, cls = reading
    if len(raw) > 1 and raw[0] in "0０" and raw[1] not in ".．" + ("," if not t.shared else "") and not (
            t.reversed_groups and not raw.isdigit()):  # Arabic "000 2" is 2 000, not a code
        return True
    if raw.isascii() and raw.isdigit() and len(raw) == 4 and not scaled and qualifier == "exact":
        if t.year_after.match(text, q_end):
            return True
        return unit is None and 1800 <= int(raw) <= 2100 and (t.shared or cls is None)
    return False

"""Claims: every count, date and duration in the body of a letter, with bounds and provenance.

``extract_claims`` reads the body sentences (``char_end <= body_char_end``).  Footnote markers and reference
numbers (symbols, resolutions, ordinals, case numbers, agenda items, titles, job numbers, URLs) are masked
first (same length), so they can never become figures.  Each paragraph is scanned once - dates first, then
durations, then counts - so a year carries over between its sentences and no further; each hit is then handed
to its sentence, which supplies category, subject, place, event date, part_of, modality, attribution and
footnotes.  A heading after the first paragraph is a one-sentence paragraph; the masthead's headings (title
included) give no claims: the letter date is ``documents.letter_date``.

A year-less date takes the year of an earlier date in its sentence, else in its paragraph, else the letter's
year, else the ``reference_year`` setting; ``year_source`` and ``estimate_rule`` say which.  With none of them
it is kept with its year unknown: no ``date_start``/``date_end``, its month and day in ``date_edtf``
("XXXX-07-23").  A Hijri date is converted where it can be, else kept in its calendar the same way.  A
recurring date ("每年 3 月 31 日") is no claim, but no figure is read inside it either.  A claim's footnotes are
the sources stage's (``FootnoteLinks``), not read again here.

Event date of a count: the nearest date before it in its sentence, else the first after it in its clause, else
the nearest in an earlier sentence of the paragraph, else the first in a later one; "自 X 以来" / "since X" runs
to the letter date.  Place and event date are left empty for category ``other`` (two republics, nine states),
place also for documents.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import operator
import re

from figtrace.claims import context as ctx
from figtrace.claims import places
from figtrace.claims.durations import durations_and_counts
from figtrace.claims.words import ClaimWords, for_language
from figtrace.lang.dates import DateMention, NumericOrder, find_dates
from figtrace.lang.number_tables import is_spaced_word, reading_text
from figtrace.lang.numbers import Quantity
from figtrace.records import ClaimRow, ParsedDocument, Passage
from figtrace.settings import Settings
from figtrace.sources.footnotes import FootnoteLinks

MASK = "\ufffc"
_DELIM_RE = re.compile(r"[，,；;。!?！？：:]")
_BY_OFFSETS = operator.attrgetter("char_start", "char_end")  # sort key of claim rows
PLACED = frozenset({"killed", "wounded", "missing", "hostages", "displaced", "population", "settlements", "territory"})


def _language(doc: ParsedDocument) -> str | None:
    return doc.meta.language if doc.meta else None


def masked_body(doc: ParsedDocument) -> tuple[str, list[tuple[int, int]]]:
    """The body text as the grammars read it (``reading_text``: Arabic-Indic digits as ASCII) with
    markers and identifiers blanked (same length), and those spans."""
    lang = _language(doc)
    body = reading_text(doc.text[: doc.body_char_end], lang)
    spans = sorted(ctx.identifier_spans(body, lang=lang) + [(m.char_start, m.char_end) for m in doc.markers
                                                            if m.char_end <= doc.body_char_end])
    parts, pos = [], 0
    for s, e in spans:
        if e <= pos:
            continue
        s = max(s, pos)
        parts += [body[pos:s], MASK * (e - s)]
        pos = e
    parts.append(body[pos:])
    return "".join(parts), spans


class _Index:
    """Per-document lookups built once: the footnote links and page raw starts (keeps extraction linear)."""

    def __init__(self, doc: ParsedDocument, footnotes: FootnoteLinks) -> None:
        self.doc = doc
        self.footnotes = footnotes
        self.lang = _language(doc)
        self.words: ClaimWords = for_language(self.lang)
        self.page_starts = [p.raw_start for p in doc.pages]

    def page_of(self, pos: int, sentence: Passage) -> int:
        """The page of a canonical offset (through the raw offset map), else the sentence's page."""
        try:
            raw = self.doc.raw_offsets.to_raw(pos)
        except (AttributeError, IndexError):
            return sentence.page_start
        i = bisect.bisect_right(self.page_starts, raw) - 1
        page = self.doc.pages[i].number if i >= 0 else sentence.page_start
        return min(max(page, sentence.page_start), sentence.page_end)


def date_groups(mentions: list[DateMention], text: str, w: ClaimWords | None = None) -> list[tuple[int, int, dt.date, dt.date]]:
    """Coordinated date mentions ("1993 年 3 月底和 4 月初") merged into (start, end, first, last)."""
    coord = (w or for_language(None)).coordinators
    groups: list[list] = []
    for d in mentions:
        if d.date_start is None or d.recurring:
            continue  # no interval to give a figure: year unknown, or every year
        if groups and coord.fullmatch(text, groups[-1][1], d.start):
            g = groups[-1]
            g[1], g[2], g[3] = d.end, min(g[2], d.date_start), max(g[3], d.date_end)
        else:
            groups.append([d.start, d.end, d.date_start, d.date_end])
    return [tuple(g) for g in groups]


def _event_group(groups_sent, groups_before, groups_para, pos: int, text: str, sent_end: int):
    """The date group ``event_date`` takes, each choice looked up by bisection (groups are in text order):
    linear time however many figures and dates a paragraph holds."""
    i = bisect.bisect_right(groups_sent, pos, key=lambda g: g[1])
    if i:
        return groups_sent[i - 1]  # nearest before, in the sentence
    j = bisect.bisect_left(groups_sent, pos, key=lambda g: g[0])
    if j < len(groups_sent) and not _DELIM_RE.search(text, pos, groups_sent[j][0]):
        return groups_sent[j]  # first after, in the clause
    if groups_before:
        return groups_before[-1]
    k = bisect.bisect_left(groups_para, sent_end, key=lambda g: g[0])
    return groups_para[k] if k < len(groups_para) else None


def event_date(groups_sent, groups_before, groups_para, pos: int, text: str, letter_date, sent_end: int,
               w: ClaimWords | None = None):
    """The date a count belongs to, as its sentence or paragraph gives it.

    Nearest before it in its sentence, else the first after it in its clause, else the
    nearest in earlier sentences of the paragraph, else the first in a later sentence.
    """
    g = _event_group(groups_sent, groups_before, groups_para, pos, text, sent_end)
    if g is None:
        return None, None
    start, end = g[2], g[3]
    since = any(before.search(text, max(0, g[0] - reach), g[0]) and (after is None or after.match(text, g[1]))
                for before, after, reach in (w or for_language(None)).since)
    if since and letter_date:
        end = max(end, letter_date)  # 自 1992 年 3 月以来 / since March 1992: up to the letter
    return start, end


class _Para:
    """What one paragraph knows: footnotes, dates seen so far, and (lazily) its quotes and speakers."""

    def __init__(self, ix: _Index, para: Passage, prev: Passage | None) -> None:
        self.ix, self.para, self.prev = ix, para, prev
        self.dates_before: list = []
        self.date_groups: list = []  # every date group of the paragraph
        self.footnotes = ix.footnotes.of_paragraph(para.passage_id)
        self._quotes: list | None = None
        self._speakers: list = []  # speakers of the first quotes, found in order on demand
        self._last_speaker: str | None = None  # who the next quote's pronoun stands for
        self._block: str | None = None
        self._places: list | None = None

    @property
    def places(self) -> list:
        if self._places is None:
            self._places = places.place_mentions(self.ix.doc.text, self.para.char_start, self.para.char_end)
        return self._places

    def _quote_speaker(self, k: int) -> str | None:
        """Speaker of the paragraph's k-th quote (a pronoun stands for the previous speaker).

        Speakers are looked up only as far as a figure needs them: most quotes hold none.
        """
        text, lo = self.ix.doc.text, self.para.char_start
        while len(self._speakers) <= k:
            who = ctx.speaker_before(text, lo, self._quotes[len(self._speakers)][0], None, self.ix.words)
            who = self._last_speaker if who in self.ix.words.pronouns else who
            self._speakers.append(who)
            self._last_speaker = who or self._last_speaker
        return self._speakers[k]

    def _block_speaker(self) -> str:
        """When the previous paragraph ends with a colon, its speaker (or "?" if it names none); else ""."""
        if self._block is None:
            prev, self._block = self.prev, ""
            if prev is not None and prev.text.rstrip().endswith(("：", ":")):
                self._block = ctx.speaker_before(self.ix.doc.text, prev.char_start, prev.char_end, None, self.ix.words) or "?"
        return self._block

    def voice(self, sent: Passage, s: int, e: int) -> tuple[str, str | None]:
        """(modality without hypotheticals, attributed_to) of a span."""
        if self._quotes is None:
            self._quotes = ctx.quote_spans(self.ix.doc.text, self.para.char_start, self.para.char_end, self.ix.lang)
        for k, (qs, qe) in enumerate(self._quotes):
            if qs <= s and e <= qe:
                return "quoted", self._quote_speaker(k)
        block = self._block_speaker()
        if block:
            return "quoted", None if block == "?" else block
        return "asserted", ctx.reported_speaker(self.ix.doc.text, sent.char_start, s, self.ix.words)


def _body_units(doc: ParsedDocument) -> tuple[dict[str, list[Passage]], list[Passage]]:
    """(body sentences per paragraph id, paragraphs and headings after the first one, in text order)."""
    out: dict[str, list[Passage]] = {}
    for s in doc.sentences:
        if s.kind == "sentence" and s.char_end <= doc.body_char_end and s.parent_id:
            out.setdefault(s.parent_id, []).append(s)
    first = doc.paragraphs[0].char_start if doc.paragraphs else doc.body_char_end  # the masthead's give none
    heads = [h for h in doc.headings if first < h.char_start and h.char_end <= doc.body_char_end]
    out.update((h.passage_id, [h]) for h in heads)  # "2014-2015两年期方案预算": one sentence
    return out, sorted([*doc.paragraphs, *heads], key=lambda p: p.char_start)


def extract_claims(doc: ParsedDocument, footnotes: FootnoteLinks, settings: Settings, run_id: str) -> list[ClaimRow]:
    """Every count, date and duration in the body sentences of ``doc``, ordered by char_start.

    Dates and quantities are scanned once per paragraph (so a year carries over between its
    sentences and no further) and then handed to the sentence they stand in.  ``footnotes``
    are the sources stage's links of passages to footnotes.
    """
    masked, _ = masked_body(doc)
    ix = _Index(doc, footnotes)
    letter = doc.meta.letter_date if doc.meta else None
    context_year, context_source = _context_year(letter, settings)
    lang = ix.lang
    order = NumericOrder(masked, doc.body_char_end, lang)
    sentences, units = _body_units(doc)
    rows: list[ClaimRow] = []
    prev = None
    for para in units:
        sents, previous, prev = sentences.get(para.passage_id), prev, para
        if not sents:
            continue
        lo, hi = sents[0].char_start, sents[-1].char_end
        dates = [_before_letter(d, letter) for d in find_dates(masked, lo, hi, context_year, context_source=context_source,
                                                               incomplete=True, order=order, lang=lang)]
        durations, counts = durations_and_counts(masked, lo, hi, [(d.start, d.end) for d in dates], lang)
        dates = [d for d in dates if not d.recurring]
        if not (dates or durations or counts):
            continue
        st = _Para(ix, para, previous)
        st.date_groups = date_groups(dates, doc.text, ix.words)
        starts = [s.char_start for s in sents]
        buckets: list[tuple[list, list, list]] = [([], [], []) for _ in sents]
        for k, hits in enumerate((dates, durations, counts)):
            for h in hits:
                buckets[max(bisect.bisect_right(starts, h.start) - 1, 0)][k].append(h)
        for sent, (ds, us, cs) in zip(sents, buckets):
            rows += _sentence_claims(ix, sent, st, ds, us, cs, letter, run_id)
    return sorted(rows, key=_BY_OFFSETS)


def _context_year(letter: dt.date | None, settings: Settings) -> tuple[int | None, str]:
    """The year a year-less date takes when its paragraph gives none, and where it comes from."""
    if letter is not None:
        return letter.year, "letter"
    return settings.reference_year, "reference_year"


def _before_letter(d: DateMention, letter: dt.date | None) -> DateMention:
    """A year-less date that the year it took puts after the letter, moved back one year."""
    if not d.year_inferred or letter is None or d.date_start is None or d.date_start <= letter:
        return d
    try:
        return dataclasses.replace(d, date_start=d.date_start.replace(year=d.date_start.year - 1),
                                   date_end=d.date_end.replace(year=d.date_end.year - 1), moved_back=True)
    except ValueError:  # 29 February
        return d


def _in_sentence(d: DateMention, sentence_start: int) -> DateMention:
    """A date whose year came from an earlier date of its own sentence says so (``sentence``)."""
    if d.year_source == "paragraph" and d.year_from is not None and d.year_from >= sentence_start:
        return dataclasses.replace(d, year_source="sentence")
    return d


# The optional columns of a claim row, all empty; each kind of claim fills its own.
_NO_VALUES = dict(category=None, subject=None, unit=None, qualifier=None, value_low=None, value_best=None,
                  value_high=None, estimate_rule=None, date_start=None, date_end=None, date_precision=None,
                  event_date_start=None, event_date_end=None, place=None, part_of=None, year_source=None,
                  date_edtf=None, calendar=None)


def _sentence_claims(ix: _Index, sent: Passage, st: _Para, dates, durations, counts, letter, run_id) -> list[ClaimRow]:
    if not (dates or durations or counts):
        return []
    doc = ix.doc
    text, doc_id = doc.text, doc.doc_id
    w = ix.words
    groups = date_groups(dates, text, w)
    lo, hi = sent.char_start, sent.char_end
    cited = ix.footnotes.of_sentence(sent.passage_id)
    delims = ctx.delimiters(text, lo, hi, ix.lang)

    def row(kind, s, e, **kw) -> ClaimRow:
        modality, who = st.voice(sent, s, e)
        clause_start, clause_end = ctx.clause_bounds(text, s, lo, hi, delims)
        if ctx.hypothetical(text, lo, clause_start, s, max(clause_end, e), w):
            modality = "hypothetical"
        return ClaimRow(f"{doc_id}#{kind}@{s}-{e}", doc_id, ix.page_of(s, sent), sent.parent_id or sent.passage_id,
                        sent.passage_id, s, e, text[s:e], sent.text, kind, modality=modality, attributed_to=who,
                        cited_footnotes=list(cited), paragraph_footnotes=list(st.footnotes), run_id=run_id,
                        **(_NO_VALUES | kw))

    dates = [_in_sentence(d, lo) for d in dates]
    out = [row("date", d.start, d.end, date_start=d.date_start, date_end=d.date_end, date_precision=d.precision,
               estimate_rule=d.estimate_rule, year_source=d.year_source, date_edtf=d.edtf, calendar=d.calendar)
           for d in dates]
    out += [row("duration", q.start, q.end, unit=q.unit_hint, qualifier=q.qualifier, value_low=q.value_low,
                value_best=q.value_best, value_high=q.value_high, estimate_rule=q.estimate_rule) for q in durations]
    out += _count_rows(text, counts, sent, st, (groups, letter, w), row, delims)
    st.dates_before += groups
    return out


def _count_rows(text, counts: list[Quantity], sent, st: _Para, around, row, delims) -> list[ClaimRow]:
    groups, letter, w = around  # the sentence's date groups, the letter date, the reading set's words
    lo, hi = sent.char_start, sent.char_end
    out: list[ClaimRow] = []
    total: ClaimRow | None = None
    in_breakdown = False
    for i, q in enumerate(counts):
        c0, _ = ctx.clause_bounds(text, q.start, lo, hi, delims)
        _, after_end = ctx.clause_bounds(text, q.unit_end, lo, hi, delims)
        subject, head = ctx.subject_of(text, q.unit_end, after_end, q.classifier, q.end, w)
        noun_cat, noun_unit = ctx.noun_reading(head, q.unit_hint, w)
        unit = noun_unit or q.unit_hint
        if places.refers_to_named_states(text, (lo, hi), unit, q.qualifier, q.value_best, q.unit_end):
            continue  # "两个共和国", "the two countries": the states the sentence names, not a figure
        category, own = None, None
        if unit in (None, "persons"):
            nxt = counts[i + 1].start if i + 1 < len(counts) else after_end
            prev_end = counts[i - 1].unit_end if i else c0
            own, category = ctx.predicate_categories(text, (q.unit_end, after_end), nxt, (max(c0, prev_end), q.start), w)
        category = category or noun_cat or "other"
        prev = out[-1] if out else None
        if prev is not None and w.breakdown.search(text, prev.char_end, q.start):
            total, in_breakdown = prev, True
        elif in_breakdown and prev is not None and (
                w.breakdown_end.search(text, prev.char_end, q.start) or (own and total and own != total.category)):
            in_breakdown = False  # "另有 ...", or a figure with its own predicate ("... and 1,200 were wounded")
        part_of = None
        if in_breakdown and total is not None and total.unit == (unit or total.unit):
            part_of, category, unit = total.claim_id, total.category, total.unit
        english = bool(q.classifier and (q.classifier.isascii() if w.shared else is_spaced_word(q.classifier))
                       and q.classifier.isalpha())  # a noun after a space: the subject is the words up to it
        subj_span = (q.end, q.unit_end) if english else (
            q.unit_end, q.unit_end + (len(subject) if subject and subject != q.classifier else 0))
        place, ev0, ev1 = None, None, None
        if category != "other":  # event dates belong to events, not to "two republics"
            ev0, ev1 = event_date(groups, st.dates_before, st.date_groups, q.start, text, letter, hi, w)
        if category in PLACED:
            place = places.place_for(text, q.start, (lo, hi), st.places, subj_span, after_end)
        out.append(row("count", q.start, q.end, category=category, subject=subject, unit=unit,
                       qualifier=q.qualifier, value_low=q.value_low, value_best=q.value_best,
                       value_high=q.value_high, estimate_rule=q.estimate_rule, event_date_start=ev0,
                       event_date_end=ev1, place=place, part_of=part_of))
    return out

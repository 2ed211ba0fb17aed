"""What the report says of every letter in a folder, however many: tallies, never rows.

One summary line per letter (figures by kind, raised flags by severity, flags reviewed,
footnotes cited), the figures per category and letter (the bar chart), the dated figures
per month (the month chart) and the folder's totals.  ``read_overview`` builds them from
an output folder one Parquet file at a time, reading only the columns it counts, so that
its memory follows the letters (one summary each), not their figures and flags;
``overview_of`` builds the same from rows already in memory (a ``ReportBundle``).  Both go
through one ``Tally``, so a page is the same whichever way its folder was read.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from figtrace.report.bundle import ReportBundle, file_rows, latest_run, read_rows, table_columns
from figtrace.report.reviews import OPEN, REOPENED, review_states

# What the tally reads of every letter's rows.
COLUMNS = {
    "claims": ("doc_id", "kind", "category", "date_start", "event_date_start"),
    "flags": ("flag_id", "doc_id", "rule", "severity", "passed", "claim_id", "footnote_number", "evidence"),
    "citations": ("doc_id", "footnote_number"),
}
# The month chart's two series: dates the text gives, and counts at the date of their event.
MONTH_SERIES = (("date", "date_start", "dates in the text"), ("count", "event_date_start", "counts, at their event date"))


def _text(v) -> str | None:
    return None if v is None else str(v)


def label(doc: dict) -> str:
    """A letter as the charts name it: its first symbol and its language.

    >>> label({"doc_id": "A/1:en", "symbols": ["A/1", "S/2"], "language": "en"})
    'A/1 (en)'
    """
    return f"{(doc.get('symbols') or [doc['doc_id']])[0]} ({doc.get('language')})"


def month(value) -> str | None:
    """``YYYY-MM`` of a date, or None.

    >>> month(dt.date(2020, 9, 27)), month(None)
    ('2020-09', None)
    """
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


@dataclass
class Tally:
    """Counts of a folder's rows, added a batch of rows at a time (in any order)."""

    reviews: list[dict] = field(default_factory=list)
    kinds: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # doc_id -> kind -> figures
    categories: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # key -> doc_id -> figures
    months: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # series -> YYYY-MM -> figures
    severities: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # doc_id -> severity -> raised
    reviewed: Counter = field(default_factory=Counter)  # doc_id -> raised flags with a decision that holds
    footnotes: dict[str, set] = field(default_factory=lambda: defaultdict(set))  # doc_id -> footnotes with a citation
    figures: int = 0
    raised: int = 0

    def add_claims(self, rows: list[dict]) -> None:
        for c in rows:
            self.figures += 1
            self.kinds[c["doc_id"]][c["kind"]] += 1
            key = (c.get("category") or "other") if c["kind"] == "count" else c["kind"]
            self.categories[key][c["doc_id"]] += 1
            for kind, column, series in MONTH_SERIES:
                if c["kind"] == kind and (m := month(c.get(column))):
                    self.months[series][m] += 1

    def add_flags(self, rows: list[dict]) -> None:
        raised = [f for f in rows if not f.get("passed")]
        self.raised += len(raised)
        for f in raised:
            self.severities[f["doc_id"]][f["severity"]] += 1
        if self.reviews:
            states = review_states(raised, self.reviews)
            for f in raised:
                if states[f["flag_id"]].status not in (OPEN, REOPENED):
                    self.reviewed[f["doc_id"]] += 1

    def add_citations(self, rows: list[dict]) -> None:
        for c in rows:
            self.footnotes[c["doc_id"]].add(c["footnote_number"])

    def summary(self, doc: dict, latest_run_id: str | None) -> dict:
        """One line of the per-letter summary."""
        doc_id = doc["doc_id"]
        kinds, severities = self.kinds.get(doc_id, Counter()), self.severities.get(doc_id, Counter())
        return {
            "doc_id": doc_id, "symbols": " / ".join(doc.get("symbols") or []) or doc_id, "language": doc.get("language"),
            "title": doc.get("title"), "letter_date": _text(doc.get("letter_date")), "pages": doc.get("page_count"),
            "footnotes": len(self.footnotes.get(doc_id, ())), "counts": kinds.get("count", 0),
            "dates": kinds.get("date", 0), "durations": kinds.get("duration", 0), "errors": severities.get("error", 0),
            "warnings": severities.get("warning", 0), "info": severities.get("info", 0),
            "reviewed": self.reviewed.get(doc_id, 0),
            "run_id": doc.get("run_id"), "in_latest_run": doc.get("run_id") == latest_run_id,
        }


@dataclass(frozen=True)
class Overview:
    """Every letter of a folder as the summary table and the charts show it."""

    latest_run_id: str | None
    documents: list[dict]  # without their text (the page shows that of the detailed letters only), by doc_id
    summaries: list[dict]  # one per document, in the same order
    categories: dict[str, dict[str, int]]  # category (counts) or kind -> chart label -> figures
    months: dict[str, dict[str, int]]  # month series -> YYYY-MM -> figures
    figures: int
    raised: int

    @property
    def labels(self) -> list[str]:
        return [label(d) for d in self.documents]


def _overview(tally: Tally, documents: list[dict], latest_run_id: str | None) -> Overview:
    docs = sorted(({k: v for k, v in d.items() if k != "text"} for d in documents), key=lambda d: d["doc_id"])
    labels = {d["doc_id"]: label(d) for d in docs}
    categories: dict[str, dict[str, int]] = {}
    for key, per_doc in sorted(tally.categories.items()):
        by_label: Counter = Counter()
        for doc_id, n in per_doc.items():
            by_label[labels.get(doc_id, doc_id)] += n  # two versions of one letter share a label
        categories[key] = dict(by_label)
    return Overview(latest_run_id, docs, [tally.summary(d, latest_run_id) for d in docs], categories,
                    {s: dict(sorted(c.items())) for s, c in sorted(tally.months.items())}, tally.figures, tally.raised)


def overview_of(bundle: ReportBundle) -> Overview:
    """The overview of rows already read (every letter's)."""
    tally = Tally(bundle.rows("reviews"))
    tally.add_claims(bundle.rows("claims"))
    tally.add_flags(bundle.rows("flags"))
    tally.add_citations(bundle.rows("citations"))
    return _overview(tally, bundle.rows("documents"), bundle.latest_run_id)


def _raised(data: pa.Table):
    return pc.invert(pc.fill_null(data["passed"], False))


def read_overview(out_dir: Path, latest_run_id: str | None = None) -> Overview:
    """The overview of an output folder, read a file at a time (see module docstring)."""
    runs = read_rows(out_dir, "runs", ("run_id",))
    documents = read_rows(out_dir, "documents", tuple(c for c in table_columns(out_dir, "documents") if c != "text"))
    tally = Tally(read_rows(out_dir, "reviews"))
    for rows in file_rows(out_dir, "claims", COLUMNS["claims"]):
        tally.add_claims(rows)
    for rows in file_rows(out_dir, "flags", COLUMNS["flags"], where=_raised):
        tally.add_flags(rows)
    for rows in file_rows(out_dir, "citations", COLUMNS["citations"]):
        tally.add_citations(rows)
    return _overview(tally, documents, latest_run_id or latest_run(runs))


"""The comparisons report for people: totals, disagreements with both quotes, a timeline per figure.

A *timeline* is one figure as stated over time: the counts that ``same_figure`` joined
(directly or through others), in the order of their letters' dates, each with its document,
author, the figure as written and its values.
"""
from __future__ import annotations

from collections import Counter

from figtrace.compare.corpus import DocInfo
from figtrace.compare.findings import figure_text, stated
from figtrace.compare.keys import place_key
from figtrace.records import ClaimRow, ComparisonRow

MAX_LISTED = 50


def _cell(text) -> str:
    return " ".join(str(text if text is not None else "").split()).replace("|", "\\|")


def _totals(rows: list[ComparisonRow]) -> list[str]:
    counts = Counter((r.basis, r.relation) for r in rows)
    relations = ("agree", "differ", "outside_bounds", "left_only", "right_only")
    lines = ["| basis | " + " | ".join(relations) + " |", "|---|" + "---:|" * len(relations)]
    for basis in ("language_versions", "same_figure", "reference"):
        lines.append(f"| `{basis}` | " + " | ".join(str(counts[(basis, r)]) for r in relations) + " |")
    return lines


def _disagreements(rows: list[ComparisonRow], basis: str, docs: dict[str, DocInfo]) -> list[str]:
    bad = [r for r in rows if r.basis == basis and r.relation in ("differ", "outside_bounds")]
    if not bad:
        return ["No disagreement."]
    out = []
    for r in bad[:MAX_LISTED]:
        left = docs[r.left_doc_id].label() if r.left_doc_id in docs else r.left_doc_id
        right = (docs[r.right_doc_id].label() if r.right_doc_id in docs else r.right_doc_id) if r.right_doc_id \
            else f"{r.reference_source} {r.reference_id}"
        out += [f"- **{r.relation}** `{r.comparison_id}` (score {r.score:.2f}; {', '.join(r.matched_on) or '-'})",
                f"  - {left}, p. {r.left_page}: {_cell(stated(r, 'left'))} in: {_cell(r.left_quote)}",
                f"  - {right}{f', p. {r.right_page}' if r.right_page else ''}: {_cell(stated(r, 'right'))}"
                f" in: {_cell(r.right_quote)}"]
    if len(bad) > MAX_LISTED:
        out.append(f"- … and {len(bad) - MAX_LISTED} more (table `comparisons`).")
    return out


def _versions(rows: list[ComparisonRow]) -> list[str]:
    pairs = Counter()
    for r in rows:
        if r.basis == "language_versions":
            pairs[(r.left_doc_id, r.right_doc_id, r.relation)] += 1
    docs = sorted({(a, b) for a, b, _ in pairs})
    if not docs:
        return ["No document has a version in another language in the output folder."]
    lines = ["| left | right | agree | differ | left only | right only |", "|---|---|---:|---:|---:|---:|"]
    for a, b in docs[:MAX_LISTED]:
        lines.append(f"| {a} | {b} | " + " | ".join(str(pairs[(a, b, r)]) for r in
                                                    ("agree", "differ", "left_only", "right_only")) + " |")
    return lines


def timeline(group: list[ClaimRow], docs: dict[str, DocInfo]) -> list[str]:
    """One figure as stated over time: a table in letter-date order."""
    def when(c: ClaimRow):
        d = docs.get(c.doc_id)
        return (d.letter_date.isoformat() if d and d.letter_date else "9999", c.doc_id, c.char_start)

    first = group[0]
    place = next((c.place for c in group if c.place), None)
    period = next((c for c in group if c.event_date_start), None)
    head = ", ".join(x for x in (first.category, place and f"{place} ({place_key(place)})",
                                 period and f"{period.event_date_start}..{period.event_date_end}") if x)
    lines = [f"##### {head}", "", "| letter date | document | author | as written | values | page |",
             "|---|---|---|---|---|---:|"]
    for c in sorted(group, key=when):
        d = docs.get(c.doc_id)
        lines.append(
            f"| {when(c)[0] if when(c)[0] != '9999' else '?'} | {c.doc_id} | {_cell(d and (d.author_state or d.author))} | "
            f"“{_cell(c.surface)}” | {figure_text(c.value_low, c.value_best, c.value_high)} | {c.page} |")
    return lines + [""]


def render_comparisons(rows: list[ComparisonRow], docs: dict[str, DocInfo], timelines: list[list[ClaimRow]],
                       run_id: str) -> str:
    """The Markdown report of one comparison run."""
    lines = ["## Comparisons", "", f"Run `{run_id}`: {len(docs)} document(s) in the output folder, "
             f"{len(rows)} comparison row(s) (table `comparisons`).", "", *_totals(rows), "",
             "### Language versions", "", *_versions(rows), "",
             *(_disagreements(rows, "language_versions", docs) if any(r.basis == "language_versions" for r in rows)
               else []), "",
             "### Same figure across sources", "", *_disagreements(rows, "same_figure", docs), "",
             "#### Timelines", ""]
    shown = [g for g in timelines if len({c.doc_id for c in g}) > 1]
    if not shown:
        lines += ["No figure is stated in more than one document.", ""]
    for group in shown[:MAX_LISTED]:
        lines += timeline(group, docs)
    lines += ["### Against reference data", "", *_disagreements(rows, "reference", docs)]
    return "\n".join(lines).rstrip() + "\n"

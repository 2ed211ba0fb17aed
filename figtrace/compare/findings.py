"""The flags comparisons raise: ``version-mismatch``, ``differs-across-sources``, ``differs-from-reference``.

Each flag stands on the document that holds its figure (``claim_id``), names the other
document (or the reference figure) and quotes both sides; its evidence carries the
comparison id, so an analyst can go from the flag to its ``comparisons`` row. Severity:
``warning`` for a disagreement, ``info`` for a figure with no counterpart in another version
(often a figure the extractor read in one language only). A language-version pair whose
figures all agree records the check that held (``passed``).
"""
from __future__ import annotations

from collections import defaultdict

from figtrace.compare.corpus import DocInfo
from figtrace.compare.vocab import RULES
from figtrace.flags.kit import Finding, flag_row
from figtrace.records import ComparisonRow, FlagRow

MAX_QUOTE = 240


def _clip(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def figure_text(low, best, high) -> str:
    """A figure's values as a reader writes them: ``613``, ``10000-100000``, ``>= 700000``, ``<= 30``."""
    def n(v):
        return f"{v:g}" if abs(v) < 1e15 else f"{v:.0f}"
    if best is not None and low in (None, best) and high in (None, best):
        return n(best)
    if low is not None and high is not None:
        return f"{n(low)}-{n(high)}"
    if low is not None:
        return f">= {n(low)}"
    if high is not None:
        return f"<= {n(high)}"
    return "?"


def _dates(start, end) -> str:
    if start is None:
        return ""
    return start.isoformat() if end in (None, start) else f"{start.isoformat()}..{end.isoformat()}"


def stated(row: ComparisonRow, side: str) -> str:
    """``“613” (613, 1992-02-26)``: the figure as written, its values and dates."""
    g = lambda k: getattr(row, f"{side}_{k}")  # noqa: E731
    what = [figure_text(g("value_low"), g("value_best"), g("value_high")) if row.kind != "date" else "",
            _dates(g("date_start"), g("date_end"))]
    what = ", ".join(w for w in what if w and w != "?")
    surface = g("surface")
    name = f"“{surface}”" if surface else ("the reference figure" if row.reference_id and side == "right" else "a figure")
    return name + (f" ({what})" if what else "")


def _evidence(row: ComparisonRow) -> dict:
    side = lambda s: {  # noqa: E731
        "doc_id": getattr(row, f"{s}_doc_id"), "claim_id": getattr(row, f"{s}_claim_id"),
        "surface": getattr(row, f"{s}_surface"), "quote": _clip(getattr(row, f"{s}_quote")),
        "page": getattr(row, f"{s}_page"),
        "values": [getattr(row, f"{s}_value_{k}") for k in ("low", "best", "high")],
        "dates": [getattr(row, f"{s}_date_start"), getattr(row, f"{s}_date_end")],
    }
    out = {"comparison_id": row.comparison_id, "basis": row.basis, "relation": row.relation, "score": row.score,
           "matched_on": list(row.matched_on), "left": side("left"), "right": side("right")}
    if row.reference_id:
        out["reference"] = {"reference_id": row.reference_id, "source": row.reference_source, "url": row.reference_url}
    return out


def _language(docs: dict[str, DocInfo], doc_id: str | None) -> str:
    info = docs.get(doc_id or "")
    return info.language if info else "other"


def _label(docs: dict[str, DocInfo], doc_id: str | None) -> str:
    info = docs.get(doc_id or "")
    return info.label() if info else str(doc_id)


def _version_finding(row: ComparisonRow, docs: dict[str, DocInfo]) -> tuple[str, Finding]:
    if row.relation == "differ":
        lang = _language(docs, row.right_doc_id)
        msg = (f"The {lang} version ({row.right_doc_id}) states {stated(row, 'right')} where this version "
               f"states {stated(row, 'left')}: “{_clip(row.right_quote)}”")
        return row.left_doc_id, Finding(RULES["language_versions"], "warning", msg, _evidence(row), row.left_claim_id)
    here, there, side = ((row.left_doc_id, row.right_doc_id, "left") if row.relation == "left_only"
                         else (row.right_doc_id, row.left_doc_id, "right"))
    opposite = row.right_quote if side == "left" else row.left_quote
    msg = (f"{stated(row, side)} has no counterpart in the {_language(docs, there)} version ({there})"
           + (f"; the passage aligned with it there reads: “{_clip(opposite)}”" if opposite else "."))
    return here, Finding(RULES["language_versions"], "info", msg, _evidence(row), getattr(row, f"{side}_claim_id"))


def _across_finding(row: ComparisonRow, docs: dict[str, DocInfo]) -> tuple[str, Finding]:
    features = ", ".join(f for f in row.matched_on if not f.startswith("value"))
    msg = (f"{_label(docs, row.left_doc_id)} states {stated(row, 'left')} where {_label(docs, row.right_doc_id)} "
           f"states {stated(row, 'right')} for what looks like the same figure (matched on {features}): "
           f"“{_clip(row.right_quote)}”")
    return row.left_doc_id, Finding(RULES["same_figure"], "warning", msg, _evidence(row), row.left_claim_id)


def _reference_finding(row: ComparisonRow) -> tuple[str, Finding]:
    ref = figure_text(row.right_value_low, row.right_value_best, row.right_value_high)
    how = "outside the bounds" if row.relation == "outside_bounds" else "different from the best estimate"
    where = f", {row.right_quote}" if row.right_quote else ""
    msg = (f"{stated(row, 'left')} is {how} of {row.reference_source} {row.reference_id} "
           f"({ref}{where}, {_dates(row.right_date_start, row.right_date_end)}).")
    return row.left_doc_id, Finding(RULES["reference"], "warning", msg, _evidence(row), row.left_claim_id)


def comparison_flags(rows: list[ComparisonRow], docs: dict[str, DocInfo], run_id: str) -> list[FlagRow]:
    """The flags of every disagreement, plus one passed check per language-version pair that agrees throughout."""
    out: list[FlagRow] = []
    pairs: dict[tuple[str, str], list[ComparisonRow]] = defaultdict(list)
    for row in rows:
        if row.basis == "language_versions":
            pairs[(row.left_doc_id, row.right_doc_id)].append(row)
        if row.relation == "agree":
            continue
        if row.basis == "language_versions":
            doc_id, finding = _version_finding(row, docs)
        elif row.basis == "same_figure":
            doc_id, finding = _across_finding(row, docs)
        else:
            doc_id, finding = _reference_finding(row)
        out.append(flag_row(finding, doc_id, run_id))
    for (left, right), group in sorted(pairs.items()):
        if all(r.relation == "agree" for r in group):
            msg = f"All {len(group)} figure(s) agree with the {_language(docs, right)} version ({right})."
            evidence = {"other_doc_id": right, "figures": len(group)}
            out.append(flag_row(Finding(RULES["language_versions"], "info", msg, evidence, None, True), left, run_id))
    return out

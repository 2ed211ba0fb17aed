"""What the page shows of the letters shown in detail, as JSON-ready dicts: a card per figure and the
flag rows (every letter's summary line is ``figtrace.report.overview``'s)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from figtrace.report.bundle import ReportBundle
from figtrace.report.reviews import ReviewState, review_states
from figtrace.report.words import bounds_kind, claim_in_words, dates_in_words

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _text(v) -> str | None:
    return None if v is None else str(v)


@dataclass
class Indexes:
    """The bundle's rows looked up by document, footnote and claim (built once per report)."""

    bundle: ReportBundle

    @cached_property
    def citations(self) -> dict[tuple, dict]:
        return {(c["doc_id"], c["footnote_number"]): c for c in self.bundle.rows("citations")}

    @cached_property
    def cited(self) -> dict[tuple, list[dict]]:
        out: dict[tuple, list[dict]] = defaultdict(list)
        for r in sorted(self.bundle.rows("cited_documents"), key=lambda r: r.get("ref_index", 0)):
            out[(r["doc_id"], r["footnote_number"])].append(r)
        return out

    @cached_property
    def claims(self) -> dict[str, dict]:
        return {c["claim_id"]: c for c in self.bundle.rows("claims")}

    @cached_property
    def flags_by_claim(self) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = defaultdict(list)
        for f in self.bundle.rows("flags"):
            if f.get("claim_id"):
                out[f["claim_id"]].append(f)
        return out

    @cached_property
    def comparisons_by_claim(self) -> dict[str, list[tuple[dict, str]]]:
        """claim_id -> (comparison row, which side the claim is on)."""
        out: dict[str, list[tuple[dict, str]]] = defaultdict(list)
        for row in self.bundle.rows("comparisons"):
            for side in ("left", "right"):
                if row.get(f"{side}_claim_id"):
                    out[row[f"{side}_claim_id"]].append((row, side))
        return out

    @cached_property
    def reviews(self) -> dict[str, ReviewState]:
        return review_states(self.bundle.rows("flags"), self.bundle.rows("reviews"))


def footnote_card(ix: Indexes, doc_id: str, number: int) -> dict:
    """A footnote a figure rests on: its text, whether it is self-sourced, the documents it cites."""
    c = ix.citations.get((doc_id, number), {})
    cited = [{"symbol": r.get("symbol"), "date": _text(r.get("date_as_cited")), "title": r.get("title_as_cited"),
              "issuer": r.get("issuer_as_cited")} for r in ix.cited.get((doc_id, number), [])]
    return {"number": number, "page": c.get("page"), "text": c.get("text"), "self_sourced": c.get("self_sourced"),
            "urls": list(c.get("urls") or []), "cited": cited}


def flag_row(ix: Indexes, f: dict) -> dict:
    """A flag as the flags table and the cards show it, with its review state."""
    state = ix.reviews.get(f["flag_id"], ReviewState("open"))
    decision = state.decision or {}
    return {
        "flag_id": f["flag_id"], "doc_id": f["doc_id"], "rule": f["rule"], "severity": f["severity"],
        "passed": bool(f.get("passed")), "message": f["message"], "claim_id": f.get("claim_id"),
        "footnote_number": f.get("footnote_number"), "cited_symbol": f.get("cited_symbol"),
        "review": state.status, "review_label": state.label, "review_note": decision.get("note"),
    }


def comparison_card(ix: Indexes, row: dict, side: str) -> dict:
    """One comparison of a figure, told from the figure's side."""
    other = "right" if side == "left" else "left"
    other_claim = ix.claims.get(row.get(f"{other}_claim_id") or "", {})
    return {"basis": row.get("basis"), "relation": row.get("relation"), "score": row.get("score"),
            "other_doc_id": row.get(f"{other}_doc_id"), "other_claim_id": row.get(f"{other}_claim_id"),
            "other_surface": other_claim.get("surface") or row.get(f"{other}_surface"),  # the row says it too:
            "reference_id": row.get("reference_id")}  # the other letter may not be shown in detail


def claim_card(ix: Indexes, c: dict) -> dict:
    """Everything the card of one figure shows."""
    notes = list(c.get("cited_footnotes") or []) or list(c.get("paragraph_footnotes") or [])
    level = "sentence" if c.get("cited_footnotes") else "paragraph" if notes else None
    flags = sorted(ix.flags_by_claim.get(c["claim_id"], []), key=lambda f: (f.get("passed", False), SEVERITY_ORDER.get(f["severity"], 9)))
    return {
        "claim_id": c["claim_id"], "doc_id": c["doc_id"], "surface": c["surface"], "kind": c["kind"],
        "category": c.get("category"), "subject": c.get("subject"), "unit": c.get("unit"), "place": c.get("place"),
        "qualifier": c.get("qualifier"), "estimate_rule": c.get("estimate_rule"), "page": c.get("page"),
        "value": claim_in_words(c),
        "bounds": bounds_kind(c.get("value_low"), c.get("value_best"), c.get("value_high")) if c["kind"] != "date" else "none",
        "event_date": dates_in_words(c.get("event_date_start"), c.get("event_date_end")),
        "dates": dates_in_words(c.get("date_start"), c.get("date_end"), c.get("date_precision")),
        "attributed_to": c.get("attributed_to"), "modality": c.get("modality"), "sentence": c.get("sentence"),
        "footnote_level": level, "footnotes": [footnote_card(ix, c["doc_id"], n) for n in notes],
        "flags": [flag_row(ix, f) for f in flags],
        "comparisons": [comparison_card(ix, row, side) for row, side in ix.comparisons_by_claim.get(c["claim_id"], [])],
    }

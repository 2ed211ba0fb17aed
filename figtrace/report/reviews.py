"""Which reviewer's decision holds for each flag of a run, and when a decision reopens.

A decision is made on a flag's evidence: it holds while a rerun gives the flag the same
evidence (same SHA-256), and the flag *reopens* when the evidence changes.  A decision is
found by ``flag_id`` first; a flag whose evidence changed may carry a new id, so it is
also found by what the flag is about (document, rule, and its claim or footnote).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

OPEN, REOPENED = "open", "reopened"


@dataclass(frozen=True, slots=True)
class ReviewState:
    """The review state of one flag: ``open``, a decision's status, or ``reopened``."""

    status: str
    decision: dict | None = None  # the reviews row that applies (for reopened: the old one)

    @property
    def label(self) -> str:
        """A short phrase for people, e.g. ``dismissed by ana``."""
        if self.decision is None:
            return "not reviewed"
        who = self.decision.get("reviewer")
        if self.status == REOPENED:
            return f"reopened: evidence changed since {self.decision['status']} by {who}"
        return f"{self.status} by {who}"


def evidence_sha256(evidence: str) -> str:
    """SHA-256 (hex) of a flag's evidence JSON, as stored.

    >>> evidence_sha256("{}")[:12]
    '44136fa355b3'
    """
    return hashlib.sha256(evidence.encode("utf-8")).hexdigest()


def subject_key(row: dict) -> tuple | None:
    """What a flag is about, stable when its evidence changes; None when it names no claim or footnote."""
    if row.get("claim_id") is None and row.get("footnote_number") is None:
        return None
    return row["doc_id"], row["rule"], row.get("claim_id"), row.get("footnote_number")


def _latest(reviews: list[dict], key) -> dict[object, dict]:
    out: dict[object, dict] = {}
    for r in sorted(reviews, key=lambda r: r["decided_at"]):
        k = key(r)
        if k is not None:
            out[k] = r
    return out


def review_states(flags: list[dict], reviews: list[dict]) -> dict[str, ReviewState]:
    """flag_id -> its ReviewState, for every flag given.

    >>> flag = {"flag_id": "f1", "doc_id": "d", "rule": "r", "claim_id": "c1", "evidence": "{}"}
    >>> decision = dict(flag_id="f1", status="dismissed", reviewer="ana", decided_at=1,
    ...                 evidence_sha256=evidence_sha256("{}"), doc_id="d", rule="r", claim_id="c1")
    >>> review_states([flag], [decision])["f1"].status
    'dismissed'
    >>> changed = dict(flag, flag_id="f2", evidence='{"n": 2}')
    >>> review_states([changed], [decision])["f2"].status
    'reopened'
    """
    by_id = _latest(reviews, lambda r: r["flag_id"])
    by_subject = _latest(reviews, subject_key)
    out = {}
    for f in flags:
        r = by_id.get(f["flag_id"]) or (by_subject.get(key) if (key := subject_key(f)) else None)
        if r is None:
            out[f["flag_id"]] = ReviewState(OPEN)
        elif r["evidence_sha256"] == evidence_sha256(f["evidence"]):
            out[f["flag_id"]] = ReviewState(r["status"], r)
        else:
            out[f["flag_id"]] = ReviewState(REOPENED, r)
    return out

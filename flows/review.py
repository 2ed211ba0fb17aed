"""``figtrace review``: a reviewer's decision on a flag, kept in ``<out>/reviews/`` across reruns.

Runs never write or remove ``reviews/``; the report and the DuckDB ``flags`` view read it
(``figtrace.report.reviews`` decides which decision holds, and when a flag reopens).
"""
from __future__ import annotations

import datetime as dt
import getpass
import os
from pathlib import Path

from figtrace.errors import InputError
from figtrace.records import ReviewRow
from figtrace.report.bundle import read_rows
from figtrace.report.reviews import evidence_sha256, review_states

from . import steps

REVIEWS_KEY = "reviews"  # one file: <out>/reviews/reviews.parquet


def default_reviewer() -> str:
    """``FIGTRACE_REVIEWER``, else the login name."""
    try:
        return os.environ.get("FIGTRACE_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "unknown"


def find_flag(out: Path, flag_id: str) -> dict:
    """The flags row whose id is ``flag_id`` or starts with it (a unique prefix); InputError otherwise."""
    flags = read_rows(out, "flags")
    exact = [f for f in flags if f["flag_id"] == flag_id]
    found = exact or [f for f in flags if f["flag_id"].startswith(flag_id)]
    if not flags:
        raise InputError("no flags table here: run `figtrace run` first", path=str(out))
    if not found:
        raise InputError(f"no flag with id {flag_id!r}", path=str(out))
    if len(found) > 1:
        raise InputError(f"{len(found)} flags start with {flag_id!r}: give more of the id", path=str(out))
    return found[0]


def record_review(out: Path, flag_id: str, status: str, note: str = "", reviewer: str | None = None,
                  now: dt.datetime | None = None) -> ReviewRow:
    """Append a decision on the flag ``flag_id`` to ``out/reviews/`` (validated, written atomically)."""
    out = Path(out)
    flag = find_flag(out, flag_id)
    row = ReviewRow(
        flag_id=flag["flag_id"], status=status, note=note or "", reviewer=reviewer or default_reviewer(),
        decided_at=now or dt.datetime.now(dt.timezone.utc), evidence_sha256=evidence_sha256(flag["evidence"]),
        doc_id=flag["doc_id"], rule=flag["rule"], claim_id=flag.get("claim_id"), footnote_number=flag.get("footnote_number"),
    )
    rows = read_rows(out, "reviews") + [row]
    good, bad = steps.validate_and_write(out, "reviews", rows, flag["run_id"], None, REVIEWS_KEY)
    if len(bad):
        raise InputError(f"the review was not recorded: {bad['failed_check'].iloc[-1]}", path=str(out))
    return row


def review_lines(out: Path, flag_id: str) -> list[str]:
    """The flag, its review state and every decision on it, as lines for the terminal."""
    flag = find_flag(out, flag_id)
    state = review_states([flag], read_rows(out, "reviews"))[flag["flag_id"]]
    lines = [f"flag {flag['flag_id']} ({flag['rule']}, {flag['severity']}, {flag['doc_id']}): {flag['message']}",
             f"  review: {state.label}"]
    for r in sorted(read_rows(out, "reviews"), key=lambda r: r["decided_at"]):
        if r["flag_id"] == flag["flag_id"]:
            lines.append(f"  {r['decided_at']:%Y-%m-%d %H:%M} {r['reviewer']}: {r['status']} {r['note']}".rstrip())
    return lines

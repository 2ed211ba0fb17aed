"""The flags report for people: Markdown per document, per rule, with the figure marked in its sentence.

>>> flag_counts([])
{}
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

from figtrace.records import ClaimRow, DocumentRow, FlagRow

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_SENT_END = re.compile(r"[。！？!?\n]|\.(?=\s)")
MAX_QUOTE = 220


def flag_counts(flags: list[FlagRow], *, include_passed: bool = False) -> dict[str, int]:
    """Number of flags per rule (failed checks only unless ``include_passed``), sorted by rule."""
    counts = Counter(f.rule for f in flags if include_passed or not f.passed)
    return dict(sorted(counts.items()))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or footnote line) around a span: from after the previous stop to the next stop."""
    left = max((m.end() for m in _SENT_END.finditer(text, max(start - MAX_QUOTE, 0), start)), default=max(start - MAX_QUOTE, 0))
    right = next((m.end() for m in _SENT_END.finditer(text, end, end + MAX_QUOTE)), min(end + MAX_QUOTE, len(text)))
    return left, right


def marked_quote(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, with that span in bold."""
    left, right = sentence_bounds(text, start, end)
    inner = f"{text[left:start]}**{text[start:end]}**{text[end:right]}"
    return re.sub(r"\s*\n\s*", " ", inner).strip()


def _spans(evidence) -> list[dict]:
    """Every span mentioned in a piece of evidence, in order of appearance."""
    if isinstance(evidence, dict):
        own = [evidence] if {"char_start", "char_end"} <= evidence.keys() else []
        return own + [s for v in evidence.values() for s in _spans(v)]
    if isinstance(evidence, list):
        return [s for v in evidence for s in _spans(v)]
    return []


def _quotes(flag: FlagRow, text: str, claims: dict[str, ClaimRow]) -> list[tuple[str, int | None, str]]:
    """(quote, page, where) for a flag: its claim's sentence, then the other spans of its evidence."""
    out, seen = [], set()
    if flag.claim_id in claims:
        c = claims[flag.claim_id]
        seen.add((c.char_start, c.char_end))
        out.append((marked_quote(text, c.char_start, c.char_end), c.page, "body"))
    for s in _spans(json.loads(flag.evidence)):
        key = (s["char_start"], s["char_end"])
        if key not in seen and s["char_end"] <= len(text):
            seen.add(key)
            out.append((marked_quote(text, *key), s.get("page"), s.get("where", "body")))
    return out[:4]


def _flag_block(flag: FlagRow, text: str, claims: dict[str, ClaimRow]) -> list[str]:
    lines = [f"- **{flag.severity}** {flag.message}"]
    for quote, page, where in _quotes(flag, text, claims):
        lines.append(f"  - p. {page if page is not None else '?'} ({where}): {quote}")
    lines.append(f"  - evidence: `{flag.evidence}`")
    return lines


def _document_section(doc: DocumentRow, flags: list[FlagRow], claims: dict[str, ClaimRow]) -> list[str]:
    failed = sorted((f for f in flags if not f.passed), key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule))
    passed = [f for f in flags if f.passed]
    out = [f"## {' / '.join(doc.symbols) or doc.doc_id} ({doc.language})", "", f"{doc.title or ''}".strip(), ""]
    out += ["| rule | flagged | checks that held |", "|---|---:|---:|"]
    fail_n, pass_n = Counter(f.rule for f in failed), Counter(f.rule for f in passed)
    for rule in sorted(set(fail_n) | set(pass_n)):
        out.append(f"| `{rule}` | {fail_n[rule]} | {pass_n[rule]} |")
    by_rule: dict[str, list[FlagRow]] = defaultdict(list)
    for f in failed:
        by_rule[f.rule].append(f)
    for rule, items in by_rule.items():
        out += ["", f"### `{rule}` ({len(items)})", ""]
        for f in items:
            out += _flag_block(f, doc.text, claims)
    if passed:
        out += ["", f"<details><summary>Checks that held ({len(passed)})</summary>", ""]
        out += [f"- `{f.rule}`: {f.message}" for f in sorted(passed, key=lambda f: f.rule)]
        out += ["", "</details>"]
    return out + [""]


def render_report(documents: list[DocumentRow], claims: list[ClaimRow], flags: list[FlagRow], *, header: bool = True) -> str:
    """Markdown listing, per document and rule, each flag with its sentence, page and evidence.

    ``header=False`` leaves out the title and totals, for reports joined into a run report.
    """
    claims_by_id = {c.claim_id: c for c in claims}
    flags_by_doc: dict[str, list[FlagRow]] = defaultdict(list)
    for f in flags:
        flags_by_doc[f.doc_id].append(f)
    totals = flag_counts(flags)
    lines = []
    if header:
        lines += ["# figtrace flags report", "",
                  f"{len(documents)} document(s), {sum(totals.values())} flag(s) raised, "
                  f"{sum(1 for f in flags if f.passed)} check(s) that held.", ""]
    for doc in documents:
        lines += _document_section(doc, flags_by_doc.get(doc.doc_id, []), claims_by_id)
    return "\n".join(lines).rstrip() + "\n"

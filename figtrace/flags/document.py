"""Flag rules about the document as a whole: is the text complete?"""
from __future__ import annotations

from figtrace.flags.kit import Finding, FlagContext


def incomplete_document(ctx: FlagContext) -> list[Finding]:
    """One document-level finding: the text looks cut short or excerpted (warning), else the check that held.

    The layout stage judged the text (``meta.completeness``); an incomplete text is read all
    the same, so its figures may lack the context the missing part held.
    """
    meta = ctx.doc.meta
    reasons = meta.completeness_reason.split("; ") if meta.completeness_reason else []
    evidence = {"completeness": meta.completeness, "reasons": reasons, "pages_found": len(ctx.doc.pages)}
    if meta.completeness == "complete":
        return [Finding("incomplete-document", "warning", "The text looks complete: it ends a sentence and "
                        "no page the footers count is missing.", evidence, passed=True)]
    figures = sum(c.kind == "count" for c in ctx.claims)
    return [Finding("incomplete-document", "warning",
                    f"The text looks incomplete ({'; '.join(reasons)}); it was read as it is, and its "
                    f"{figures} count(s) may lack context that the missing part holds.", evidence)]

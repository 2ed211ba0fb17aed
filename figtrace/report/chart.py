"""The report's charts, made with Plotly and embedded with plotly.js inlined (no network).

``figures_by_category``: how many figures of each category every letter states, stacked
by category (a picture of what each letter counts); ``timeline``: the event dates of the
figures and the dates the letters give, per letter (what period each letter speaks of).
"""
from __future__ import annotations

from collections import Counter

PLOT_CONFIG = {"displaylogo": False, "responsive": True}
# 12 distinct colours (Plotly's "Safe" and "Vivid" qualitative sets): every category its own
PALETTE = ["#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933",
           "#882255", "#661100", "#6699CC", "#E58606"]


def _label(doc: dict) -> str:
    return f"{(doc.get('symbols') or [doc['doc_id']])[0]} ({doc.get('language')})"


def category_counts(claims: list[dict], documents: list[dict]) -> dict[str, dict[str, int]]:
    """category (counts) or kind (dates, durations) -> document label -> number of figures.

    >>> category_counts([{"doc_id": "d", "kind": "count", "category": "killed"}, {"doc_id": "d", "kind": "date"}],
    ...                 [{"doc_id": "d", "symbols": ["A/1"], "language": "en"}])
    {'killed': {'A/1 (en)': 1}, 'date': {'A/1 (en)': 1}}
    """
    labels = {d["doc_id"]: _label(d) for d in documents}
    counts: dict[str, Counter] = {}
    for c in claims:
        key = (c.get("category") or "other") if c["kind"] == "count" else c["kind"]
        counts.setdefault(key, Counter())[labels.get(c["doc_id"], c["doc_id"])] += 1
    return {k: dict(v) for k, v in counts.items()}


def figures_by_category(claims: list[dict], documents: list[dict]):
    """A stacked bar chart: figures per document, by category."""
    import plotly.graph_objects as go

    labels = [_label(d) for d in documents]
    fig = go.Figure()
    for key, per_doc in sorted(category_counts(claims, documents).items()):
        fig.add_bar(name=key, x=labels, y=[per_doc.get(label, 0) for label in labels])
    fig.update_layout(barmode="stack", colorway=PALETTE, title="Figures per letter, by category (counts) or kind",
                      xaxis_title="letter", yaxis_title="figures", legend_title="category", height=380,
                      margin={"t": 50, "b": 40, "l": 50, "r": 20})
    return fig


def timeline(claims: list[dict], documents: list[dict]):
    """A scatter of dated figures over time, one row per letter (hover: the figure as written)."""
    import plotly.graph_objects as go

    labels = {d["doc_id"]: _label(d) for d in documents}
    fig = go.Figure()
    for kind, field in (("date", "date_start"), ("count", "event_date_start")):
        rows = [c for c in claims if c["kind"] == kind and c.get(field) is not None]
        fig.add_scatter(name="dates in the text" if kind == "date" else "counts, at their event date",
                        mode="markers", x=[str(c[field]) for c in rows], y=[labels.get(c["doc_id"]) for c in rows],
                        text=[c["surface"] for c in rows], customdata=[c["claim_id"] for c in rows],
                        hovertemplate="%{text}<br>%{x}<extra></extra>", marker={"size": 9, "opacity": 0.7})
    fig.update_layout(title="When: dates and event dates of the figures", xaxis_title="date", height=320,
                      margin={"t": 50, "b": 40, "l": 50, "r": 20})
    return fig


def charts_html(claims: list[dict], documents: list[dict]) -> str:
    """Both charts as HTML fragments, plotly.js inlined once (before the first chart)."""
    import plotly.io as pio

    parts = []
    for i, (div_id, fig) in enumerate((("chart-categories", figures_by_category(claims, documents)),
                                       ("chart-timeline", timeline(claims, documents)))):
        parts.append(pio.to_html(fig, full_html=False, include_plotlyjs=(i == 0), div_id=div_id,
                                 config=PLOT_CONFIG, include_mathjax=False))
    return "\n".join(parts)

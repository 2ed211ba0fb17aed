"""The report's charts, made with Plotly and embedded with plotly.js inlined (no network).

``figures_by_category``: how many figures of each category every letter states, stacked
by category (a picture of what each letter counts); ``figures_by_month``: the dated figures
of every letter per month (what period the folder speaks of); ``timeline``: the dates and
event dates of the figures of the letters shown in detail, one point each, per letter.
The first two are drawn from tallies (``figtrace.report.overview``), so the page does not
grow with the folder's figures; the timeline has the detailed letters' points only.
"""
from __future__ import annotations

from figtrace.report.overview import Overview, label

PLOT_CONFIG = {"displaylogo": False, "responsive": True}
# 12 distinct colours (Plotly's "Safe" and "Vivid" qualitative sets): every category its own
PALETTE = ["#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933",
           "#882255", "#661100", "#6699CC", "#E58606"]


def figures_by_category(overview: Overview):
    """A stacked bar chart: figures per letter, by category (counts) or kind."""
    import plotly.graph_objects as go

    labels = overview.labels
    fig = go.Figure()
    for key, per_doc in overview.categories.items():
        fig.add_bar(name=key, x=labels, y=[per_doc.get(name, 0) for name in labels])
    fig.update_layout(barmode="stack", colorway=PALETTE, title="Figures per letter, by category (counts) or kind",
                      xaxis_title="letter", yaxis_title="figures", legend_title="category", height=380,
                      margin={"t": 50, "b": 40, "l": 50, "r": 20})
    return fig


def figures_by_month(overview: Overview):
    """Bars per month: the dates the letters give and the event dates of their counts, every letter."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for series, per_month in overview.months.items():
        fig.add_bar(name=series, x=list(per_month), y=list(per_month.values()))
    fig.update_layout(barmode="group", title="When, every letter: dated figures per month", xaxis_title="month",
                      yaxis_title="figures", height=320, margin={"t": 50, "b": 40, "l": 50, "r": 20})
    return fig


def timeline(claims: list[dict], documents: list[dict]):
    """A scatter of dated figures over time, one row per letter (hover: the figure as written)."""
    import plotly.graph_objects as go

    labels = {d["doc_id"]: label(d) for d in documents}
    fig = go.Figure()
    for kind, field in (("date", "date_start"), ("count", "event_date_start")):
        rows = [c for c in claims if c["kind"] == kind and c.get(field) is not None]
        fig.add_scatter(name="dates in the text" if kind == "date" else "counts, at their event date",
                        mode="markers", x=[str(c[field]) for c in rows], y=[labels.get(c["doc_id"]) for c in rows],
                        text=[c["surface"] for c in rows], customdata=[c["claim_id"] for c in rows],
                        hovertemplate="%{text}<br>%{x}<extra></extra>", marker={"size": 9, "opacity": 0.7})
    fig.update_layout(title="When, the letters shown in detail: dates and event dates of the figures", xaxis_title="date",
                      height=320,
                      margin={"t": 50, "b": 40, "l": 50, "r": 20})
    return fig


def charts_html(overview: Overview, claims: list[dict], documents: list[dict]) -> str:
    """The charts as HTML fragments, plotly.js inlined once (before the first chart): the folder's from
    ``overview``, the timeline from ``claims`` of the letters ``documents`` shown in detail."""
    import plotly.io as pio

    charts = (("chart-categories", figures_by_category(overview)), ("chart-months", figures_by_month(overview)),
              ("chart-timeline", timeline(claims, documents)))
    return "\n".join(pio.to_html(fig, full_html=False, include_plotlyjs=(i == 0), div_id=div_id, config=PLOT_CONFIG,
                                 include_mathjax=False) for i, (div_id, fig) in enumerate(charts))

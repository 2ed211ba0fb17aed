"""``report.html``: one self-contained page for an output folder (no network, no server).

Each letter's text with every figure highlighted by kind and category (one ``<mark>`` per
claim, ``data-claim-id``), flagged figures marked; a click opens the figure's card (built
by ``assets/report.js`` from the JSON embedded in the page); sortable, filterable tables
of figures and flags; a summary per letter; Plotly charts with plotly.js inlined.

A folder of many letters is summarised: the summary table and the charts cover every letter,
while texts, figures, flags and cards are shown for at most ``DETAIL_LETTERS`` of them (those
of the latest run first, then the most flagged), and the page says which; every letter's own
report is in ``reports/<key>.md``.  So the page stays a few megabytes however big the folder.
"""
from __future__ import annotations

import html
import json
from importlib import resources

from figtrace.report.bundle import ReportBundle, load_detail
from figtrace.report.cards import Indexes, claim_card, flag_row
from figtrace.report.chart import charts_html
from figtrace.report.highlight import Mark, highlighted_html
from figtrace.report.overview import Overview, overview_of, read_overview

RTL_LANGUAGES = ("ar", "he", "fa", "ur")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
DETAIL_LETTERS = 50  # like the Prefect artifact's ARTIFACT_DOCS
SUMMARY_COLUMNS = (("symbols", "letter"), ("language", "lang"), ("letter_date", "dated"), ("pages", "pages"),
                   ("footnotes", "footnotes"), ("counts", "counts"), ("dates", "dates"), ("durations", "durations"),
                   ("errors", "errors"), ("warnings", "warnings"), ("reviewed", "flags reviewed"), ("run_id", "written by run"))


def asset(name: str) -> str:
    """A file of ``figtrace/report/assets`` as text."""
    return resources.files("figtrace.report").joinpath("assets", name).read_text(encoding="utf-8")


def esc(v) -> str:
    return html.escape("" if v is None else str(v))


def script_json(data) -> str:
    """JSON safe inside a ``<script>`` element (no ``</`` to end it early)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).replace("</", "<\\/")


def mark_for(card: dict, c: dict) -> Mark:
    """The highlight of one claim: kind and category classes, flagged and review classes."""
    failed = [f for f in card["flags"] if not f["passed"]]
    classes = [card["kind"], f"cat-{card['category'] or 'none'}"]
    if failed:
        worst = min(failed, key=lambda f: SEVERITY_RANK.get(f["severity"], 9))["severity"]
        classes += ["flagged", f"sev-{worst}"]
        if all(f["review"] in ("dismissed", "confirmed") for f in failed):
            classes.append("reviewed")
    title = f"{card['surface']}: {card['value']}" + (f" ({len(failed)} flag{'s' * (len(failed) > 1)})" if failed else "")
    return Mark(c["char_start"], c["char_end"], c["claim_id"], tuple(classes), title)


def document_section(doc: dict, cards: dict[str, dict], claims: list[dict], summary: dict) -> str:
    lang = doc.get("language") or ""
    marks = [mark_for(cards[c["claim_id"]], c) for c in claims]
    earlier = "" if summary["in_latest_run"] else f' <span class="badge earlier">from an earlier run: {esc(doc.get("run_id"))}</span>'
    return (
        f'<section class="doc" data-doc-id="{esc(doc["doc_id"])}">'
        f'<h3>{esc(summary["symbols"] or doc["doc_id"])} <span class="lang">{esc(lang)}</span>{earlier}</h3>'
        f'<p class="meta">{esc(doc.get("title"))}</p>'
        f'<div class="doctext" lang="{esc(lang)}" dir="{"rtl" if lang in RTL_LANGUAGES else "ltr"}">'
        f'{highlighted_html(doc["text"], marks)}</div></section>'
    )


def _table(table_id: str, head: list[str], rows: list[list], row_attrs: list[str]) -> str:
    ths = "".join(f'<th data-col="{i}" tabindex="0">{esc(h)}</th>' for i, h in enumerate(head))
    body = "".join(f"<tr {attrs}>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row, attrs in zip(rows, row_attrs))
    return f'<table id="{table_id}" class="sortable"><thead><tr>{ths}</tr></thead><tbody>{body}</tbody></table>'


def figures_table(cards: list[dict]) -> str:
    head = ["letter", "page", "figure", "kind", "category", "value", "bounds", "qualifier", "subject", "place", "flags"]
    rows = [[c["doc_id"], c["page"], c["surface"], c["kind"], c["category"], c["value"], c["bounds"], c["qualifier"],
             c["subject"], c["place"], len([f for f in c["flags"] if not f["passed"]])] for c in cards]
    attrs = [f'data-claim-id="{esc(c["claim_id"])}" data-kind="{esc(c["kind"])}" data-category="{esc(c["category"])}"' for c in cards]
    return _table("figures-table", head, rows, attrs)


def flags_table(flags: list[dict], surfaces: dict[str, str]) -> str:
    head = ["letter", "severity", "rule", "message", "figure", "footnote", "cited symbol", "review"]
    rows = [[f["doc_id"], f["severity"], f["rule"], f["message"], surfaces.get(f["claim_id"] or ""), f["footnote_number"],
             f["cited_symbol"], f["review_label"]] for f in flags]
    attrs = [f'data-flag-id="{esc(f["flag_id"])}" data-rule="{esc(f["rule"])}" data-severity="{esc(f["severity"])}" '
             f'data-review="{esc(f["review"])}" data-passed="{str(f["passed"]).lower()}"'
             + (f' data-claim-id="{esc(f["claim_id"])}"' if f["claim_id"] else "") for f in flags]
    return _table("flags-table", head, rows, attrs)


def _options(select_id: str, label: str, values) -> str:
    opts = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in sorted(set(values)))
    return f'<label>{esc(label)} <select id="{select_id}"><option value="">all</option>{opts}</select></label>'


def summary_table(summaries: list[dict]) -> str:
    rows = [[s[k] for k, _ in SUMMARY_COLUMNS] for s in summaries]
    attrs = [f'data-doc-id="{esc(s["doc_id"])}" data-in-latest-run="{str(s["in_latest_run"]).lower()}"' for s in summaries]
    return _table("summary-table", [h for _, h in SUMMARY_COLUMNS], rows, attrs)


def detailed_letters(summaries: list[dict], limit: int = DETAIL_LETTERS) -> set[str]:
    """The doc_ids shown in detail: all when there are at most ``limit``, else the latest run's first,
    then the most flagged (errors, then warnings), then by id.

    >>> s = [{"doc_id": d, "in_latest_run": d == "c", "errors": e, "warnings": 0} for d, e in (("a", 0), ("b", 2), ("c", 0))]
    >>> sorted(detailed_letters(s, 2))
    ['b', 'c']
    """
    ranked = sorted(summaries, key=lambda s: (not s["in_latest_run"], -s["errors"], -s["warnings"], s["doc_id"]))
    return {s["doc_id"] for s in ranked[:limit]}


def render_folder(out_dir, latest_run_id: str | None = None, limit: int = DETAIL_LETTERS) -> str:
    """The page for an output folder, read in two passes: every letter's tallies
    (``figtrace.report.overview``), then every row of the letters shown in detail only."""
    overview = read_overview(out_dir, latest_run_id)
    shown = detailed_letters(overview.summaries, limit)
    return render_report_html(load_detail(out_dir, overview.latest_run_id, shown), limit, overview)


def render_report_html(bundle: ReportBundle, limit: int = DETAIL_LETTERS, overview: Overview | None = None) -> str:
    """The whole page for ``bundle`` (see module docstring); ``limit``: letters shown in detail at most.

    ``overview`` (``figtrace.report.overview.read_overview``) gives the summary table and the
    folder's charts every letter when ``bundle`` holds only the rows of the letters shown in
    detail; by default it is tallied from ``bundle``.
    """
    overview = overview or overview_of(bundle)
    shown = detailed_letters(overview.summaries, limit)
    summary_of = {s["doc_id"]: s for s in overview.summaries}
    ix = Indexes(bundle)
    docs = [d for d in sorted(bundle.rows("documents"), key=lambda d: d["doc_id"]) if d["doc_id"] in shown]
    summaries = [summary_of[d["doc_id"]] for d in docs]
    claims = sorted((c for c in bundle.rows("claims") if c["doc_id"] in shown), key=lambda c: (c["doc_id"], c["char_start"]))
    cards = {c["claim_id"]: claim_card(ix, c) for c in claims}
    flags = sorted((flag_row(ix, f) for f in bundle.rows("flags") if f["doc_id"] in shown),
                   key=lambda f: (f["passed"], f["doc_id"], SEVERITY_RANK.get(f["severity"], 9), f["rule"], f["flag_id"]))
    by_doc: dict[str, list[dict]] = {}
    for c in claims:
        by_doc.setdefault(c["doc_id"], []).append(c)
    sections = "".join(document_section(d, cards, by_doc.get(d["doc_id"], []), s) for d, s in zip(docs, summaries))
    earlier = sum(1 for s in overview.summaries if not s["in_latest_run"])
    left_out = len(overview.documents) - len(docs)
    detail = (f'<p id="detail-note">{len(docs)} of {len(overview.documents)} letters are shown in detail below (the latest '
              f'run\'s first, then the most flagged); every letter\'s own report is in <code>reports/</code>.</p>'
              if left_out else "")
    filters = (_options("flag-rule", "rule", [f["rule"] for f in flags]) + _options("flag-severity", "severity", [f["severity"] for f in flags])
               + _options("flag-review", "review", [f["review"] for f in flags])
               + '<label><input type="checkbox" id="flag-passed"> include checks that held</label>'
               + '<label>search <input type="search" id="flag-search"></label> <span id="flag-count"></span>')
    fig_filters = (_options("fig-kind", "kind", [c["kind"] for c in cards.values()])
                   + _options("fig-category", "category", [c["category"] or "" for c in cards.values()])
                   + '<label>search <input type="search" id="fig-search"></label> <span id="fig-count"></span>')
    data = {"claims": cards, "latest_run_id": bundle.latest_run_id}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>figtrace report</title><style>{asset("report.css")}</style></head>
<body><header><h1>figtrace report</h1>
<p>{len(overview.documents)} letter(s) in this folder, {overview.figures} figures, {overview.raised} flags raised.
Latest run <code id="latest-run">{esc(bundle.latest_run_id)}</code>{f"; {earlier} letter(s) written by an earlier run" if earlier else ""}.</p>
<nav><a href="#summary">summary</a> <a href="#charts">charts</a> <a href="#documents">letters</a> <a href="#figures">figures</a> <a href="#flags">flags</a></nav>
<p class="legend"><mark class="fig count">count</mark> <mark class="fig date">date</mark> <mark class="fig duration">duration</mark>
<mark class="fig count flagged sev-error">flagged (error)</mark> <mark class="fig count flagged sev-warning">flagged (warning)</mark>
<mark class="fig count flagged sev-warning reviewed">flags reviewed</mark> click a figure for its card</p></header>
<main>
<section id="summary"><h2>Letters</h2>{summary_table(overview.summaries)}</section>
<section id="charts"><h2>Charts</h2>{charts_html(overview, claims, docs)}</section>
<section id="documents"><h2>The letters, figures highlighted</h2>{detail}{sections}</section>
<section id="figures"><h2>Figures</h2><div class="filters">{fig_filters}</div>{figures_table(list(cards.values()))}</section>
<section id="flags"><h2>Flags</h2><div class="filters">{filters}</div>{flags_table(flags, {k: v["surface"] for k, v in cards.items()})}</section>
</main>
<aside id="card" hidden><button id="card-close" type="button" aria-label="close">×</button><div id="card-body"></div></aside>
<script type="application/json" id="figtrace-data">{script_json(data)}</script>
<script>{asset("report.js")}</script>
</body></html>
"""

"""report.html as written (issue 14), read as HTML without a browser: one highlight per claim,
cards with the right values, flags, reviews and comparisons, every letter covered, nothing fetched."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from figtrace.report.bundle import load_bundle
from figtrace.report.html import render_report_html
from flows import review
from tests.outfolder import EN_LETTER, SEED, THREE_SCRIPTS, run_into
from tests.reportdata import write_comparisons

RUN = "20990325T100000000Z-test0001"


class Marks(HTMLParser):
    """Collects every ``data-claim-id`` element inside ``.doctext`` with its text, and the doctext attributes."""

    def __init__(self):
        super().__init__()
        self.depth, self.open, self.marks, self.texts = 0, [], {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "doctext" in (a.get("class") or ""):
            self.depth, self.texts = 1, self.texts + [a]
        elif self.depth and tag == "mark":
            self.open.append(a["data-claim-id"])
            self.marks.setdefault(a["data-claim-id"], [a, ""])

    def handle_endtag(self, tag):
        if tag == "mark" and self.open:
            self.open.pop()
        elif tag == "div" and self.depth:
            self.depth = 0

    def handle_data(self, data):
        for cid in self.open:
            self.marks[cid][1] += data


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_into(out, THREE_SCRIPTS, RUN)
    return out


def page(out: Path) -> tuple[str, Marks, dict]:
    text = render_report_html(load_bundle(out))
    parser = Marks()
    parser.feed(text)
    data = json.loads(re.search(r'<script type="application/json" id="figtrace-data">(.*?)</script>', text, re.S).group(1))
    return text, parser, data


def test_every_claim_is_one_highlight_quoting_its_surface(out):
    _, marks, _ = page(out)
    claims = pd.read_parquet(out / "claims")
    assert sorted(marks.marks) == sorted(claims["claim_id"])
    surfaces = dict(zip(claims["claim_id"], claims["surface"]))
    assert {cid: text for cid, (_, text) in marks.marks.items()} == surfaces


def test_highlights_carry_kind_category_and_flags(out):
    _, marks, data = page(out)
    for cid, (attrs, _) in marks.marks.items():
        card = data["claims"][cid]
        classes = attrs["class"].split()
        assert card["kind"] in classes and f"cat-{card['category'] or 'none'}" in classes
        assert ("flagged" in classes) == any(not f["passed"] for f in card["flags"])


def test_letters_keep_their_language_and_direction(out):
    _, marks, _ = page(out)
    assert {(a["lang"], a["dir"]) for a in marks.texts} == {("zh", "ltr"), ("en", "ltr"), ("ar", "rtl")}


def test_the_card_of_a_figure_says_its_value_in_words_and_what_it_rests_on(out):
    _, _, data = page(out)
    card = next(c for c in data["claims"].values() if c["surface"] == "613")  # seed p. 2: 613 名阿塞拜疆平民
    assert (card["value"], card["bounds"], card["category"], card["page"]) == ("exactly 613 persons", "exact", "killed", 2)
    assert "uncited-in-paragraph" in [f["rule"] for f in card["flags"] if not f["passed"]]
    more = next(c for c in data["claims"].values() if c["surface"] == "more than 1,200")  # letter.en.txt
    assert (more["value"], more["bounds"], more["qualifier"]) == ("at least 1 200 persons; no upper bound", "open_above", "more_than")
    cited = [c for c in data["claims"].values() if c["footnotes"] and c["footnotes"][0]["cited"]]
    assert cited and all(fn["text"] for c in cited for fn in c["footnotes"])


def test_the_page_fetches_nothing(out):
    text, _, _ = page(out)
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link[^>]+href=|@import|url\(\s*['\"]?https?:", text)
    assert "Plotly" in text and 'id="chart-categories"' in text  # plotly.js inlined, chart present


def test_reviews_and_comparisons_show_on_the_card(tmp_path):
    run_into(tmp_path, [EN_LETTER], RUN)
    flags = pd.read_parquet(tmp_path / "flags")
    flag = flags[~flags["passed"] & flags["claim_id"].notna()].iloc[0]
    review.record_review(tmp_path, flag["flag_id"], "dismissed", "the regional authority is independent", "ana")
    claims = pd.read_parquet(tmp_path / "claims")
    left, right = claims["claim_id"].iloc[0], claims["claim_id"].iloc[1]
    write_comparisons(tmp_path, [{"comparison_id": "k1", "run_id": RUN, "basis": "same_figure", "relation": "differ",
                                  "left_doc_id": "A/99/123:en", "left_claim_id": left, "right_doc_id": "A/99/123:en",
                                  "right_claim_id": right, "score": 0.5}], RUN)
    text, marks, data = page(tmp_path)
    [state] = [f for f in data["claims"][flag["claim_id"]]["flags"] if f["flag_id"] == flag["flag_id"]]
    assert (state["review"], state["review_note"]) == ("dismissed", "the regional authority is independent")
    assert "reviewed" in marks.marks[flag["claim_id"]][0]["class"].split() or len(
        [f for f in data["claims"][flag["claim_id"]]["flags"] if not f["passed"]]) > 1
    [comp] = data["claims"][left]["comparisons"]
    assert (comp["relation"], comp["other_claim_id"], comp["other_surface"]) == ("differ", right, claims["surface"].iloc[1])
    assert data["claims"][right]["comparisons"][0]["other_claim_id"] == left


def test_letters_from_an_earlier_run_are_covered_and_marked(tmp_path):
    run_into(tmp_path, [SEED, EN_LETTER], "20990101T000000000Z-first000")
    run_into(tmp_path, [EN_LETTER], "20990201T000000000Z-second00")
    text, marks, _ = page(tmp_path)
    assert len(marks.texts) == 2  # both letters in the folder are shown
    assert "from an earlier run: 20990101T000000000Z-first000" in text
    assert 'data-doc-id="A/75/709:zh" data-in-latest-run="false"' in text
    assert 'data-doc-id="A/99/123:en" data-in-latest-run="true"' in text


def test_a_big_folder_is_summarised_every_letter_listed_some_in_detail(tmp_path):
    """Past the detail limit the page lists every letter but shows the text, figures and cards of the
    latest run's letters (then the most flagged) only, and says so: its size stops growing with the folder."""
    run_into(tmp_path, [SEED, EN_LETTER], "20990101T000000000Z-first000")
    run_into(tmp_path, [EN_LETTER], "20990201T000000000Z-second00")
    bundle = load_bundle(tmp_path)
    text = render_report_html(bundle, limit=1)
    marks = Marks()
    marks.feed(text)
    assert len(marks.texts) == 1 and 'data-doc-id="A/99/123:en"' in text and 'data-doc-id="A/75/709:zh"' in text
    english = {c["claim_id"] for c in bundle.rows("claims") if c["doc_id"] == "A/99/123:en"}
    assert set(marks.marks) == english
    assert '<p id="detail-note">1 of 2 letters are shown in detail' in text
    assert 'id="detail-note"' not in render_report_html(bundle)  # under the limit: every letter in detail


def test_the_analyst_files_are_left_alone_when_the_folder_shows_the_same(tmp_path):
    """A run that changed nothing (every input unchanged) does not rebuild them; a changed folder does."""
    from flows import analyst

    run_into(tmp_path, [EN_LETTER], "20990101T000000000Z-first000")
    first = analyst.write_analyst_files(tmp_path, "20990101T000000000Z-first000")
    stamp = first["report.html"].stat().st_mtime_ns
    assert analyst.write_analyst_files(tmp_path, "20990201T000000000Z-second00") == first
    assert first["report.html"].stat().st_mtime_ns == stamp
    assert len(list((tmp_path / "history").iterdir())) == 1
    run_into(tmp_path, [SEED], "20990301T000000000Z-third000")
    again = analyst.write_analyst_files(tmp_path, "20990301T000000000Z-third000")
    assert 'data-doc-id="A/75/709:zh"' in again["report.html"].read_text(encoding="utf-8")
    assert len(list((tmp_path / "history").iterdir())) == 2


def test_a_folder_read_in_two_passes_gives_the_same_page(tmp_path):
    """render_folder tallies every letter a file at a time, then reads every row of the letters it details
    only: the page is the one a whole read gives, and the detail pass holds no row of the other letters."""
    from figtrace.report.bundle import load_detail
    from figtrace.report.html import render_folder
    from figtrace.report.overview import overview_of, read_overview

    run_into(tmp_path, [SEED, EN_LETTER], "20990101T000000000Z-first000")
    run_into(tmp_path, [EN_LETTER], "20990201T000000000Z-second00")
    for limit in (1, 50):
        assert render_folder(tmp_path, limit=limit) == render_report_html(load_bundle(tmp_path), limit=limit)
    overview = read_overview(tmp_path)
    assert overview == overview_of(load_bundle(tmp_path))
    assert all("text" not in d for d in overview.documents) and len(overview.documents) == 2
    detail = load_detail(tmp_path, overview.latest_run_id, {"A/99/123:en"})
    for table in ("documents", "claims", "flags", "citations", "cited_documents"):
        assert {r["doc_id"] for r in detail.rows(table)} <= {"A/99/123:en"}
    assert detail.rows("documents")[0]["text"]


def test_the_overview_counts_every_letter_as_its_rows_say(tmp_path):
    """Each summary line and chart tally checked against the tables themselves (pandas), reviews included."""
    from figtrace.report.overview import read_overview

    run_into(tmp_path, [SEED, EN_LETTER], "20990101T000000000Z-first000")
    flags = pd.read_parquet(tmp_path / "flags")
    decided = flags[~flags["passed"]].iloc[0]
    review.record_review(tmp_path, decided["flag_id"], "dismissed", "not a figure", "ana")
    overview = read_overview(tmp_path)
    claims, citations = pd.read_parquet(tmp_path / "claims"), pd.read_parquet(tmp_path / "citations")
    raised = flags[~flags["passed"]]
    assert (overview.figures, overview.raised) == (len(claims), len(raised))
    for s in overview.summaries:
        mine = claims[claims["doc_id"] == s["doc_id"]]
        assert (s["counts"], s["dates"], s["durations"]) == tuple((mine["kind"] == k).sum() for k in ("count", "date", "duration"))
        theirs = raised[raised["doc_id"] == s["doc_id"]]
        assert (s["errors"], s["warnings"]) == ((theirs["severity"] == "error").sum(), (theirs["severity"] == "warning").sum())
        assert s["footnotes"] == citations[citations["doc_id"] == s["doc_id"]]["footnote_number"].nunique()
        assert s["reviewed"] == int(s["doc_id"] == decided["doc_id"])
    counts = claims[claims["kind"] == "count"]
    assert sum(overview.categories["killed"].values()) == (counts["category"] == "killed").sum() > 0
    dated = claims[claims["kind"] == "date"]["date_start"].dropna()
    assert overview.months["dates in the text"] == dated.map(lambda d: f"{d.year:04d}-{d.month:02d}").value_counts().sort_index().to_dict()
    from figtrace.report.html import render_folder

    page = render_folder(tmp_path)  # the month chart names every month the tally counts
    assert 'id="chart-months"' in page and all(f'"{m}"' in page for m in overview.months["dates in the text"])

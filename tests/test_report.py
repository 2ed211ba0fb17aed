"""The Markdown flags report and the per-rule counts the CLI prints."""
from __future__ import annotations

from figtrace.flags.report import flag_counts, marked_quote, render_report
from figtrace.records import SourceInfo
from figtrace.run.pipeline import document_row
from tests.stages import claims_of, flags_of
from tests.synthetic import count, letter

SOURCE = SourceInfo("synthetic.txt", "file:///synthetic.txt", "0" * 64)


def _report(paragraphs, footnotes, make_claims):
    doc = letter(paragraphs, footnotes)
    claims = make_claims(doc)
    flags = flags_of(doc, claims)
    return render_report([document_row(doc, SOURCE, "t")], claims, flags), flags


def test_marked_quote_bolds_the_span_inside_its_sentence():
    text = "前一句。袭击造成 613 名平民死亡，其中包括 106 名妇女。后一句。"
    start = text.index("613 名")
    assert marked_quote(text, start, start + 5) == "袭击造成 **613 名**平民死亡，其中包括 106 名妇女。"


def test_report_lists_flags_per_rule_with_sentence_page_and_evidence():
    report, flags = _report(
        ["袭击造成 613 名平民死亡，其中包括 106 名妇女。", "甲。1 乙。2"],
        ["阿塞拜疆共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)。", "另见 S/26160(1993 年 7 月 26 日)。"],
        lambda doc: [count(doc, "613 名", 613, category="killed")],
    )
    assert "### `uncited-in-paragraph` (1)" in report
    assert "- p. 1 (body): 袭击造成 **613 名**平民死亡，其中包括 106 名妇女。" in report
    assert "### `cited-date-mismatch` (1)" in report
    assert "(footnote 1): 1 **阿塞拜疆共和国外交部声明，S/26160，附件(1993 年 6 月 29 日)**。" in report
    assert '"date_as_cited": "1993-06-29"' in report  # evidence as JSON
    assert "Checks that held" in report
    assert report.index("uncited-in-paragraph` (1)") < report.index("self-sourced-footnote` (1)")  # errors first


def test_flag_counts():
    _, flags = _report(
        ["袭击造成 613 名平民死亡，其中包括 106 名妇女。", "造成 24 000 人被驱逐。1"], ["见 S/23496(1992 年 1 月 29 日)。"],
        lambda doc: [count(doc, "613 名", 613, category="killed"), count(doc, "106 名", 106, category="killed"),
                     count(doc, "24 000 人", 24000, category="displaced")],
    )
    assert flag_counts(flags) == {"uncited-in-paragraph": 2}
    counts = flag_counts(flags, include_passed=True)
    assert counts["uncited-in-paragraph"] == 2 and counts["uncited-casualty-figure"] == 1


def test_empty_report():
    assert render_report([], [], []).startswith("# figtrace flags report")
    assert render_report([], [], [], header=False) == "\n"
    assert flag_counts([]) == {}


def test_seed_report(seed_doc):
    claims = claims_of(seed_doc)
    flags = flags_of(seed_doc, claims)
    report = render_report([document_row(seed_doc, SOURCE, "t")], claims, flags)
    assert "拜疆平民死亡" in report and "**613**" in report  # Khojaly, figure marked
    assert "**24 000**" in report  # Shusha
    assert "S/26160 is given different dates" in report
    assert "footnote 18 dates it 1993-07-24" in report
    for n in (13, 17, 18, 19, 26):
        assert f"Footnote {n} cites only the author's own government" in report

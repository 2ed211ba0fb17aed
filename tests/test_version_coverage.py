"""Coverage of language versions: a figure both versions state is read in both, so that it finds its counterpart.

Issue 11's benchmark (bench/bench_compare.py) counts the corpus lines whose figures all found a
counterpart.  Most misses were figures read in one language only; each case below is a form one
grammar read and the other did not (or read as no figure), taken from aligned lines of
``../shared/corpus/unpc-dev/`` (the line number is the same in zh.txt and en.txt; the text is
copied here).  Each document goes through the real layout and claim stages with no sidecar,
as the benchmark builds it (``tests/parallel.py``).
"""
from __future__ import annotations

import pytest

from figtrace.compare.versions import pair_versions
from figtrace.run.pipeline import all_passages
from tests.parallel import AlignedDocument
from tests.stages import claims_of


def versions(zh: tuple[str, ...], en: tuple[str, ...], symbol: str = "A/69/999"):
    """(Chinese claims, English claims, pairings) of two versions built from aligned lines."""
    a = AlignedDocument(symbol, {"zh": zh, "en": en})
    dz, de = a.parse("zh"), a.parse("en")
    cz, ce = claims_of(dz), claims_of(de)
    return cz, ce, pair_versions(all_passages(dz), cz, all_passages(de), ce)


def one_sided(pairs) -> list[str]:
    return [(p.left or p.right).surface for p in pairs if p.left is None or p.right is None]


def test_a_paragraph_number_after_a_joined_paragraph_is_no_figure():
    """Layout joins a paragraph to the one before it when the text gives it no cue to keep them
    apart (a heading without a stop, one-line paragraphs); the paragraph number then follows a
    full stop mid-line.  A/69/791 as the corpus aligns it: lines 1127, 1736, 481."""
    zh = ("任务数",
          "这样，经常预算中为与维持和平有关的活动编制的员额数增加，从23个增至25个。",
          "23. 在审查调查司的工作计划执行情况过程中，审咨委着重于其先前的各项建议。")
    en = ("Number of assignments",
          "This will increase the number of posts for peacekeeping-related activities to 5 compared to 23 in the "
          "regular budget.",
          "23. In reviewing the workplan implementation of the Investigations Division, the Committee focused on its "
          "prior recommendations.")
    cz, ce, _ = versions(zh, en, "A/69/791")
    assert [c.surface for c in cz] == ["23", "25"]
    assert [c.surface for c in ce] == ["5", "23"]


@pytest.mark.parametrize("text, lang", [
    ("2.5%的增长。 3.5%的增长。", "zh"),  # a decimal after a full stop is a figure
    ("It rose by 5. 6 States objected.", "en"),  # no point after the number: a figure
])
def test_a_number_after_a_full_stop_that_is_no_paragraph_number_is_read(text, lang):
    a = AlignedDocument("A/69/999", {lang: (text,)})
    assert claims_of(a.parse(lang))

"""Each kind of broken input gets one clear message naming the file and the problem (core level).

The end-to-end counterpart (nothing in data/processed lost) is in tests/test_flow.py.
"""
from __future__ import annotations

import json

import pytest

from figtrace.errors import InputError
from figtrace.ingest.files import read_source
from figtrace.layout.parse import parse_document
from figtrace.settings import Settings

# A two-paragraph letter with a title and no footnote at all (synthetic).
NO_FOOTNOTES_LETTER = (
    " 2021 年 1 月 12 日某国常驻联合国代表给秘书长的信\n 据报，冲突造成 613 名平民死亡。\n 请将本函作为文件分发为荷。\n"
)


def parse(path):
    extraction, source = read_source(path)
    return parse_document(extraction, source, Settings())


def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\n \n", "file is empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary file (NUL byte at offset 0)"),
        ("latin1.txt", "Lettre datée du 12 janvier 2021, intégrité".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 10)"),
        ("gb18030.txt", "阿塞拜疆常驻联合国代表".encode("gb18030"), "not UTF-8 text"),
    ],
)
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        parse(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse(tmp_path / "nope.txt")


def test_directory_is_not_a_file(tmp_path):
    with pytest.raises(InputError, match="not a file"):
        parse(tmp_path)


def _process(path):
    from figtrace.run.pipeline import process_document

    return process_document(path, Settings(), "run-x")


def _incomplete_flag(result):
    [flag] = [f for f in result.tables["flags"] if f.rule == "incomplete-document"]
    return flag


def test_missing_pages_are_read_and_flagged(tmp_path, seed_path):
    """What the user sees for the first half of the seed (source: seed cut after a full stop):
    the document, its figures, and a warning that pages are missing; nothing is refused."""
    text = seed_text(seed_path)
    path = tmp_path / "half.txt"
    path.write_text(text[: len(text) // 2].rsplit("。", 1)[0] + "。\n", encoding="utf-8")
    result = _process(path)
    [doc] = result.tables["documents"]
    assert doc.completeness == "incomplete"
    assert doc.completeness_reason == f"pages missing: {doc.page_count} page(s) found but the page footer says 13"
    assert {"613", "1 275", "24 000"} <= {c.surface for c in result.tables["claims"]}
    flag = _incomplete_flag(result)
    assert (flag.severity, flag.passed, flag.claim_id) == ("warning", False, None)
    assert flag.message.startswith("The text looks incomplete (pages missing: ")


def test_text_cut_mid_sentence_is_read_and_flagged(tmp_path, seed_path):
    """The seed's first 640 characters (page 1, cut inside footnote 1): the letter's figures up
    to the cut are extracted, and the reason names the line where the text stops."""
    path = tmp_path / "cut.txt"
    path.write_text(seed_text(seed_path)[:640], encoding="utf-8")
    result = _process(path)
    [doc] = result.tables["documents"]
    assert (doc.completeness, doc.doc_id) == ("incomplete", "cut.txt:zh")  # the symbol stands on page 2
    assert doc.completeness_reason.startswith("ends mid-sentence at line ")
    assert [c.surface for c in result.tables["claims"] if c.kind == "count"] == ["50 万"]
    assert [f.footnote_number for f in result.tables["citations"]] == [1]
    assert "ends mid-sentence" in _incomplete_flag(result).message


def test_web_excerpt_without_final_punctuation(tmp_path):
    """A paragraph copied from a web page, no title, no final full stop (source: corpus line
    unpc-dev en.txt:1809 with "their homes" added and cut): read as one page and one paragraph."""
    path = tmp_path / "excerpt.txt"
    path.write_text("Hundreds of thousands of civilians belonging to these communities have been forced to flee their",
                    encoding="utf-8")
    result = _process(path)
    [doc] = result.tables["documents"]
    assert (doc.page_count, doc.completeness) == (1, "incomplete")
    assert [(c.surface, c.category) for c in result.tables["claims"]] == [("Hundreds of thousands", "displaced")]


def test_excerpt_starting_on_a_later_page(tmp_path, seed_path):
    """The seed from page 2 on (source: seed from its page-2 header "A/75/709 ... 21-00487 2/13"): an excerpt."""
    text = seed_text(seed_path)
    path = tmp_path / "from-page-2.txt"
    path.write_text(text[text.index("A/75/709 \n"):], encoding="utf-8")
    [doc] = _process(path).tables["documents"]
    assert (doc.completeness, doc.doc_id) == ("incomplete", "A/75/709:zh")
    assert "excerpt: the first page found is printed as page 2" in doc.completeness_reason


def test_complete_letter_records_the_check(seed_path):
    result = _process(seed_path)
    assert result.tables["documents"][0].completeness == "complete"
    flag = _incomplete_flag(result)
    assert (flag.passed, flag.severity) == (True, "info")


@pytest.mark.flow
def test_cut_text_run_exits_0(prefect_harness, capsys, tmp_path, seed_path):
    """`figtrace run` on a cut text: exit status 0, the document published, the warning counted."""
    from flows.cli import main

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "cut.txt").write_text(seed_text(seed_path)[:640], encoding="utf-8")
    assert main(["run", str(inputs), "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "  incomplete-document: 1" in stdout.splitlines()
    assert f"  note: {inputs / 'cut.txt'}: the text looks incomplete (ends mid-sentence at line " in stdout
    import pandas as pd

    assert pd.read_parquet(out / "documents")["completeness"].tolist() == ["incomplete"]


def test_no_footnotes_is_parsed_not_refused(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(NO_FOOTNOTES_LETTER, encoding="utf-8")
    doc = parse(path)
    assert doc.footnotes == () and doc.markers == ()
    assert len(doc.paragraphs) == 2


def test_sidecar_hash_mismatch(tmp_path, seed_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(seed_path.read_bytes())
    (tmp_path / "letter.json").write_text(json.dumps({"sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(InputError, match="sha256 mismatch: sidecar says 000000000000…"):
        parse(path)


def test_broken_sidecar(tmp_path, seed_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(seed_path.read_bytes())
    (tmp_path / "letter.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="sidecar letter.json is not valid JSON"):
        parse(path)


def test_no_footnotes_is_reported_to_the_user(tmp_path):
    from figtrace.run.pipeline import process_document

    path = tmp_path / "plain.txt"
    path.write_text(NO_FOOTNOTES_LETTER, encoding="utf-8")
    result = process_document(path, Settings(), "run-x")
    assert result.notes == ("no footnotes found: every figure is uncited",)
    assert result.tables["citations"] == []
    uncited = [f for f in result.tables["flags"] if f.rule == "uncited-in-paragraph" and not f.passed]
    assert [f.claim_id.split("#")[1] for f in uncited] == ["count@39-42"]  # "613"

"""Each kind of broken input gets one clear message naming the file and the problem (core level).

The end-to-end counterpart (nothing in data/processed lost) is in tests/test_flow.py.
"""
from __future__ import annotations

import json

import pytest

from figtrace.errors import InputError, LayoutError
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


def test_truncated_by_pages(tmp_path, seed_path):
    text = seed_text(seed_path)
    path = tmp_path / "half.txt"
    path.write_text(text[: len(text) // 2].rsplit("。", 1)[0] + "。\n", encoding="utf-8")
    with pytest.raises(LayoutError, match=r"truncated: \d+ page\(s\) found but the page footer says 13"):
        parse(path)


def test_truncated_mid_sentence(tmp_path, seed_path):
    text = seed_text(seed_path)
    path = tmp_path / "cut.txt"
    path.write_text(text[:600], encoding="utf-8")  # inside page 1, before any footer
    with pytest.raises(LayoutError, match="truncated: the text stops mid-sentence at line"):
        parse(path)


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

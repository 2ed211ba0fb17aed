"""Golden files: the structure and the claims of every input fixture, as last reviewed.

The fixtures are found by glob (the bundled inputs in ``data/raw/`` and the
``tests/fixtures/letter.*`` inputs), so a new fixture is one new file plus its
golden files.  Each is compared with ``tests/golden/<name>.structure.json`` and
``tests/golden/<name>.claims.json``.  A missing golden file fails the test;
``pytest tests/test_golden.py --update-golden`` writes them from current output
(review the diff before committing).  The hand-checked gold
(``tests/gold/``) says what is right; these files say what changed.
"""
from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest

from figtrace.ingest.files import INPUT_SUFFIXES
from tests.conftest import GOLDEN, ROOT

FIXTURES = sorted(
    p for pattern in ("data/raw/*", "tests/fixtures/letter.*")
    for p in ROOT.glob(pattern) if p.is_file() and p.suffix in INPUT_SUFFIXES
)


def golden_name(path: Path) -> str:
    """The fixture's name in ``tests/golden/``: the file name, less ``.txt`` for text inputs.

    >>> golden_name(Path("letter.en.txt")), golden_name(Path("letter.zh.pdf"))
    ('letter.en', 'letter.zh.pdf')
    """
    return path.stem if path.suffix == ".txt" else path.name  # the PDF and HTML of one letter must not collide


@functools.cache
def processed(path: Path):
    from figtrace.run.pipeline import process_document
    from figtrace.settings import Settings

    return process_document(path, Settings(), "golden")


def structure(doc) -> dict:
    """Pages, footnotes, markers, paragraphs, sentences, headings and signature, abridged."""
    text = doc.text
    return {
        "doc_id": doc.doc_id,
        "pages": len(doc.pages),
        "footnotes": [[f.footnote_number, f.page_start, f.text[:20]] for f in doc.footnotes],
        "markers": [[m.number, m.page, m.char_start, text[max(m.char_start - 6, 0):m.char_end + 3]] for m in doc.markers],
        "paragraphs": [
            [p.passage_id, p.page_start, p.page_end, p.char_start, p.char_end, p.text[:12], p.text[-8:]]
            for p in doc.paragraphs
        ],
        "sentences_per_paragraph": dict(Counter(s.parent_id for s in doc.sentences)),
        "headings": [h.text for h in doc.headings],
        "signature": doc.signature.text if doc.signature else None,
    }


def claims_snapshot(claims) -> list[dict]:
    """Every claim field except the run id, JSON-ready (dates as ISO strings)."""
    out = []
    for c in claims:
        row = {f: getattr(c, f) for f in c.__dataclass_fields__ if f != "run_id"}
        out.append({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()})
    return out


def dump_rows(data: dict) -> str:
    """JSON with one list item per line, so a golden diff shows which row changed."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            rows = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in value)
            parts.append(f" {json.dumps(key)}: [\n{rows}\n ]")
        else:
            parts.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def dump_claims(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


# what: (current value of one processed fixture, how it is written)
VIEWS = {
    "structure": (lambda result: structure(result.doc), dump_rows),
    "claims": (lambda result: claims_snapshot(result.tables["claims"]), dump_claims),
}


def test_fixtures_are_found():
    names = [golden_name(p) for p in FIXTURES]
    assert {"A_75_709-S_2021_39.zh", "letter.en", "letter.zh.html", "letter.zh.pdf"} <= set(names)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("view", sorted(VIEWS))
@pytest.mark.parametrize("path", FIXTURES, ids=[golden_name(p) for p in FIXTURES])
def test_matches_golden(path, view, update_golden):
    current, dump = VIEWS[view]
    got = current(processed(path))
    golden = GOLDEN / f"{golden_name(path)}.{view}.json"
    if update_golden:
        golden.write_text(dump(got), encoding="utf-8")
    if not golden.exists():
        pytest.fail(f"no golden file {golden.relative_to(ROOT)}: write it with "
                    f"`pytest tests/test_golden.py --update-golden`, review it and commit it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))

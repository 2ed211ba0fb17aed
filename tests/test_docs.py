"""The README's data dictionary is the one generated from the pandera models."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import schemas
from schemas import docs

ROOT = Path(__file__).resolve().parent.parent


def test_readme_data_dictionary_is_current():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = docs.readme_block(text)
    assert block is not None, f"README.md lacks {docs.START} ... {docs.END}"
    assert block == schemas.data_dictionary_markdown(), "stale: run `python -m schemas.docs`"


def test_dictionary_has_every_table_and_column():
    md = schemas.data_dictionary_markdown()
    for table in schemas.TABLES:
        assert f"### `{table}`" in md
        section = md.split(f"### `{table}`", 1)[1].split("\n### ", 1)[0]
        for name, col in schemas.schema(table).columns.items():
            assert f"| `{name}` |" in section
            assert col.description.split("`")[0][:20] in section
    assert "One of: `count`, `date`, `duration`." in md


def test_the_script_rewrites_only_the_block(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\nbefore\n\n{docs.START}\nold\n{docs.END}\n\nafter\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "schemas.docs", str(readme)], check=True, cwd=ROOT, capture_output=True)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\nbefore\n\n") and text.endswith("\n\nafter\n")
    assert docs.readme_block(text) == schemas.data_dictionary_markdown()
    assert docs.rewrite_readme(readme) is False  # idempotent


def test_the_script_creates_a_placeholder(tmp_path):
    readme = tmp_path / "README.md"
    assert docs.rewrite_readme(readme) is True
    assert docs.readme_block(readme.read_text(encoding="utf-8")) == schemas.data_dictionary_markdown()


def test_readme_lists_every_flag_rule():
    from figtrace.flags.rules import RULE_SLUGS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for slug in (*RULE_SLUGS, "row-quarantined"):
        assert f"| `{slug}` |" in readme, slug


def test_readme_opens_with_the_two_commands_ci_runs():
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```")[0].strip() for b in readme.split("```\n")[1:4:2]]
    assert blocks == ["pip install -e . && figtrace run", "bash tools/install-test-deps.sh && pip install -e '.[test]' && pytest"]
    assert blocks[1] in (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_script_answers_help_without_writing_a_file_of_that_name(tmp_path):
    done = subprocess.run([sys.executable, "-m", "schemas.docs", "--help"], cwd=tmp_path, capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0 and done.stdout.startswith("usage: python -m schemas.docs")
    assert list(tmp_path.iterdir()) == []

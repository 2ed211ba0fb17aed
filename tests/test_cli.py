"""The `figtrace` command as a user runs it: a new process with its own temporary Prefect server."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.flow


def test_multi_document_run_with_one_broken_input(tmp_path, seed_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(seed_path, inputs / seed_path.name)
    shutil.copy(ROOT / "tests" / "fixtures" / "letter.en.txt", inputs / "letter.en.txt")
    (inputs / "broken.txt").write_bytes("Lettre datée".encode("latin-1"))
    out = tmp_path / "out"
    env = dict(os.environ, FIGTRACE_PREFECT_HOME=str(tmp_path / "prefect"))
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(inputs), "--out", str(out)],
        capture_output=True, text=True, timeout=300, env=env, cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr
    progress = [line for line in proc.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 3 and progress[-1].startswith("[3/3]")
    assert f"error: {inputs / 'broken.txt'}: not UTF-8 text (byte 0xe9 at offset 10)" in proc.stderr.splitlines()
    summary = proc.stdout.splitlines()[0]
    assert "2 document(s), 15 pages" in summary and "57 footnotes" in summary
    assert sorted(p.name for p in (out / "documents").glob("*.parquet")) == ["A_75_709.zh.parquet", "A_99_123.en.parquet"]
    assert "report: " in proc.stdout and (out / "report.md").exists()

"""The core is pure Python: importing every figtrace module pulls in neither Prefect nor pandera."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import figtrace


def test_core_imports_neither_prefect_nor_pandera():
    modules = sorted(f"figtrace.{m.name}" for m in pkgutil.iter_modules(figtrace.__path__))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'pandera'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 10
    assert out.stdout.strip() == ""


def test_cli_fails_fast_on_a_missing_path(tmp_path):
    """A path that does not exist is refused before any server starts: one line, exit 1."""
    missing = tmp_path / "nope.txt"
    out = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(missing), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 1
    assert out.stderr.strip() == f"error: {missing}: no such file or folder"
    assert not (tmp_path / "out").exists()

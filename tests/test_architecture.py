"""The shape of the core: pure Python, stage packages layered one way, no import cycles.

Stages in the order data flows (``figtrace/__init__.py``): a module imports only from its
own stage or stages before it, never back; function-level imports count too.
"""
from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import figtrace

CORE = Path(figtrace.__file__).resolve().parent
GROUND = ("records", "settings", "errors", "spans")
STAGES = ("ingest", "lang", "layout", "sources", "claims", "flags", "compare", "report", "run")
MAX_LINES = 350


def core_modules() -> dict[str, Path]:
    """Dotted name -> file of every module of the core package."""
    out = {}
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports_of(name: str, path: Path) -> set[str]:
    """Every figtrace module ``name`` imports, at any level of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "figtrace"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "figtrace":
                continue
            modules = core_modules()
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return found


def rank(module: str) -> int:
    """0 for the ground, then the stage's place in STAGES (1-based); -1 for the package root."""
    parts = module.split(".")
    if len(parts) == 1:
        return -1
    if parts[1] in GROUND:
        return 0
    assert parts[1] in STAGES, f"{module} lives in no known stage: add it to STAGES or GROUND"
    return STAGES.index(parts[1]) + 1


GRAPH = {name: imports_of(name, path) for name, path in core_modules().items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_stage_imports_only_from_stages_before_it(module):
    back = sorted(dep for dep in GRAPH[module] if rank(dep) > rank(module) and dep != "figtrace")
    assert back == [], f"{module} imports from a later stage: {back}"


def test_no_import_cycles():
    state: dict[str, int] = {}
    cycles = []

    def visit(node, trail):
        state[node] = 1
        for dep in sorted(GRAPH.get(node, ())):
            if dep not in GRAPH or dep == "figtrace":
                continue
            if state.get(dep) == 1:
                cycles.append(trail[trail.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, trail + [dep])
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_checker_sees_function_level_and_relative_imports(tmp_path):
    """The layering test is only as good as its import finder: it must see these."""
    src = tmp_path / "m.py"
    src.write_text("def f():\n    from figtrace.run import store\n    from ..flags import kit\n", encoding="utf-8")
    found = imports_of("figtrace.lang.m", src)
    assert {"figtrace.run.store", "figtrace.flags.kit"} <= found
    assert rank("figtrace.run.store") > rank("figtrace.lang.m")


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_is_overlong(module):
    lines = core_modules()[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines"


def test_every_stage_package_says_what_goes_in_and_out():
    for stage in STAGES:
        doc = ast.get_docstring(ast.parse((CORE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "In:" in doc and "Out:" in doc, stage


def test_core_imports_neither_prefect_nor_pandera():
    modules = sorted(m.name for m in pkgutil.walk_packages(figtrace.__path__, "figtrace."))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('prefect', 'pandera'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(modules) >= 30
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


@pytest.mark.parametrize("module", ["flows.server", "flows.inputs", "flows.unchanged", "flows.preload"])
def test_what_runs_before_or_without_prefect_does_not_import_it(module):
    """The temporary server is launched before Prefect is imported (its start-up overlaps that import),
    an unchanged rerun is recorded without Prefect, and the forkserver's workers never need it."""
    code = f"import sys, {module}\nprint(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'prefect')))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=CORE.parent)
    assert out.stdout.strip() == ""

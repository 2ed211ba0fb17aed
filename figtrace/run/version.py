"""The code version a run records: the package version, plus the git commit when run from a checkout."""
from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from figtrace import __version__

CHECKOUT = Path(__file__).resolve().parents[2]  # the folder holding figtrace/, when not installed from a wheel


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(CHECKOUT), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


@functools.cache
def git_commit() -> str | None:
    """The checkout's commit (12 hex digits, ``.dirty`` when tracked files changed), or None outside a checkout."""
    if not (CHECKOUT / ".git").exists():
        return None
    sha = _git("rev-parse", "--short=12", "HEAD")
    if not sha:
        return None
    return f"{sha}.dirty" if _git("status", "--porcelain", "--untracked-files=no") else sha


def code_version() -> str:
    """``0.1.0`` or, from a git checkout, ``0.1.0+g<commit>`` (PEP 440 local version)."""
    commit = git_commit()
    return f"{__version__}+g{commit}" if commit else __version__

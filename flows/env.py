"""Quiet, project-local Prefect settings, applied before the first ``import prefect``.

See shared/design/stack-notes.md: without these the temporary server writes to
~/.prefect, logs a "database is locked" traceback and may time out on a busy machine.
A value the user already set is left alone.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def prefect_home() -> Path:
    return Path(os.environ.get("FIGTRACE_PREFECT_HOME", PROJECT_ROOT / ".prefect"))


def configure_prefect_env() -> None:
    """Set Prefect's environment defaults for figtrace (idempotent)."""
    home = prefect_home()
    defaults = {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_RESULTS_LOCAL_STORAGE_PATH": str(home / "results"),
        "PREFECT_UI_ENABLED": "false",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)

"""Shared fixtures: the seed letter, parsed once; golden-file updating; the Prefect test harness."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "A_75_709-S_2021_39.zh.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_doc():
    from figtrace.ingest.files import read_source
    from figtrace.layout.parse import parse_document
    from figtrace.settings import Settings

    extraction, source = read_source(SEED)
    return parse_document(extraction, source, Settings())


@pytest.fixture(scope="session", autouse=True)
def prefect_home(tmp_path_factory) -> str:
    """A Prefect home of the session's own, set before any test can call ``flows.cli.main``.

    ``main`` applies figtrace's Prefect defaults (``flows.env``), which would
    otherwise point Prefect at the project's ``.prefect/`` for the rest of the session.
    """
    os.environ.setdefault("FIGTRACE_PREFECT_HOME", str(tmp_path_factory.mktemp("prefect-home")))
    return os.environ["FIGTRACE_PREFECT_HOME"]


@pytest.fixture(scope="session")
def prefect_harness(prefect_home):
    """One temporary Prefect server for the whole session, only for the tests that run flows."""
    from flows.env import configure_prefect_env

    configure_prefect_env()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield

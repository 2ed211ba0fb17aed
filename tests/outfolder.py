"""An output folder made by the real steps (process, validate, stage, publish, runs row), without Prefect.

The report, data-package, DuckDB, review and diff tests need a folder as `figtrace run`
leaves it; the flow itself is tested in tests/test_flow.py and tests/test_cli.py.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from figtrace.run import publish, runs
from figtrace.settings import Settings
from flows import steps
from tests.conftest import ROOT, SEED

EN_LETTER = ROOT / "tests" / "fixtures" / "letter.en.txt"
AR_LETTER = ROOT / "tests" / "report_inputs" / "letter.ar.txt"
THREE_SCRIPTS = (SEED, EN_LETTER, AR_LETTER)  # Chinese, Latin and Arabic (right to left)


def run_into(out: Path, inputs, run_id: str, settings: Settings | None = None) -> list[runs.DocSummary]:
    """Process ``inputs`` into ``out`` as one run ``run_id`` (staged, published whole) and record its runs row."""
    settings = settings or Settings()
    started = dt.datetime.now(dt.timezone.utc)
    summaries = []
    with publish.RunStaging(out, run_id) as staging:
        for i, p in enumerate(inputs):
            staged = steps.process_and_stage(str(p), settings, run_id, str(staging.doc_dir(i)))
            summaries.append(steps.publish_document(out, staged, run_id))
    steps.record_run(out, runs.run_row(run_id, started, {"inputs": [str(p) for p in inputs]}, summaries, []))
    return summaries

"""What the forkserver of the worker processes loads once, so that every worker starts with it.

The steps a worker runs (``flows.steps``, and with it pandas, pandera and the core) and
every table's pandera schema built (``schemas.warm``, about 0.5 s).  Only the forkserver
imports this module (``flows.steps`` names it to ``figtrace.run.worker.preload``); the
flow's own process builds the few schemas it uses (runs, comparisons) on first use.
"""
from __future__ import annotations

import schemas

from . import steps  # noqa: F401 - loaded for the workers

schemas.warm()

"""Progress of a multi-document run on stderr: one line per document, and in a terminal a rich
progress bar with documents done, claims and flags so far, elapsed time and ETA."""
from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from figtrace.run.runs import DocSummary


def document_line(i: int, n: int, summary: DocSummary) -> str:
    """``[i/n] path: 12 claims, 3 flags`` (or the error)."""
    state = summary.error or f"{summary.counts.get('claims', 0)} claims, {summary.counts.get('flags', 0)} flags"
    return f"[{i}/{n}] {summary.path}: {state}"


class RunProgress:
    """``with RunProgress(n) as p: p.advance(summary)`` for each document as it finishes."""

    def __init__(self, total: int, console: Console | None = None, enabled: bool = True):
        self.total, self.done, self.claims, self.flags = total, 0, 0, 0
        self.console = console or Console(file=sys.stderr, highlight=False, soft_wrap=True)
        self.enabled = enabled
        self.bar: Progress | None = None

    def __enter__(self) -> "RunProgress":
        if self.enabled and self.total > 1 and self.console.is_terminal:
            self.bar = Progress(
                TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[claims]} claims, {task.fields[flags]} flags"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=self.console, transient=False)
            self.bar.start()
            self.task = self.bar.add_task("run", total=self.total, claims=0, flags=0)
        return self

    def advance(self, summary: DocSummary) -> None:
        """One document finished: its line above the bar, and the bar moved on."""
        self.done += 1
        self.claims += summary.counts.get("claims", 0)
        self.flags += summary.counts.get("flags", 0)
        if not self.enabled:
            return
        line = document_line(self.done, self.total, summary)
        if self.bar is not None:
            self.bar.console.print(line, markup=False)
            self.bar.update(self.task, advance=1, claims=self.claims, flags=self.flags)
        else:
            print(line, file=self.console.file, flush=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()

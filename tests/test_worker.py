"""figtrace.run.worker: one input's work in a child process, stopped for real, every outcome one line.

The targets below run in real child processes (forked from the forkserver), as documents do.
"""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from figtrace.errors import InputError
from figtrace.run import worker


def _divide(a, b):
    return a / b


def _exit(code):
    os._exit(code)


def _segfault():
    os.kill(os.getpid(), signal.SIGSEGV)


def _sleep(seconds):
    time.sleep(seconds)
    return "woke"


def _input_error():
    raise InputError("no such letter", path="elsewhere.txt")


def run(target: str, *args, limit: float = 30.0):
    return worker.call_with_time_limit(f"tests.test_worker:{target}", args, limit, "input.txt")


def error_of(target: str, *args, limit: float = 30.0) -> str:
    with pytest.raises(InputError) as info:
        run(target, *args, limit=limit)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_a_result_comes_back():
    assert run("_divide", 6, 3) == 2.0


def test_an_input_error_keeps_its_own_words_and_path():
    assert error_of("_input_error") == "elsewhere.txt: no such letter"


def test_a_bug_is_one_line_naming_where_it_happened():
    assert error_of("_divide", 1, 0) == "input.txt: internal error (ZeroDivisionError at test_worker.py:19: division by zero)"


@pytest.mark.parametrize("target, args, words", [
    ("_exit", (3,), "the worker process died (exit status 3)"),
    ("_segfault", (), "the worker process died (killed by SIGSEGV)"),
])
def test_a_worker_that_dies_is_reported_not_waited_for(target, args, words):
    assert error_of(target, *args) == f"input.txt: {words}"


def test_the_time_limit_kills_the_worker():
    t0 = time.monotonic()
    assert error_of("_sleep", 60, limit=0.5) == "input.txt: took longer than 0.5 s (setting doc_time_limit_s): stopped"
    assert time.monotonic() - t0 < 5
    assert not worker._LIVE


def test_stop_all_ends_running_workers_and_refuses_new_ones():
    errors = []
    waiting = threading.Thread(target=lambda: errors.append(error_of("_sleep", 60)))
    waiting.start()
    deadline = time.monotonic() + 10
    while not worker._LIVE and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert worker.stop_all() == 1
        waiting.join(10)
        assert errors == ["input.txt: not processed: the run was interrupted"]
        assert error_of("_divide", 1, 1) == "input.txt: not processed: the run was interrupted"
    finally:
        worker.reset()
    assert run("_divide", 1, 1) == 1.0


def _items(names, report):
    """A batch target: reports each item before working on it; 'hang' sleeps, 'die' exits."""
    done = []
    for n, name in enumerate(names):
        report(n)
        if name == "hang":
            time.sleep(60)
        if name == "die":
            os._exit(9)
        done.append(name.upper())
    return done


def progress_error(names, limit=30.0) -> worker.Stopped:
    with pytest.raises(worker.Stopped) as info:
        worker.call_with_progress("tests.test_worker:_items", (names,), limit, "batch")
    return info.value


def test_a_batch_reports_progress_and_returns_its_results():
    assert worker.call_with_progress("tests.test_worker:_items", (["a", "b"],), 30.0, "batch") == ["A", "B"]


def test_the_time_limit_is_per_item_and_names_the_item_it_stopped_on():
    t0 = time.monotonic()
    stopped = progress_error(["a", "b", "hang", "c"], limit=0.5)
    assert stopped.at == 2 and "took longer than 0.5 s" in stopped.message
    assert time.monotonic() - t0 < 5 and not worker._LIVE


def test_a_worker_dying_on_an_item_names_it():
    stopped = progress_error(["a", "die"])
    assert stopped.at == 1 and stopped.message == "the worker process died (exit status 9)"


def _schemas_built() -> bool:
    import schemas.tables

    return schemas.tables.schema.cache_info().currsize >= len(__import__("schemas").TABLES)


def test_workers_start_with_the_table_schemas_built(tmp_path):
    """flows.steps has the forkserver preload flows.preload, which builds them: no batch builds them again.
    In a process of its own, as a run is (this one's forkserver may have started before the preload)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = tmp_path / "probe.py"
    script.write_text("if __name__ == '__main__':\n    import flows.steps\n    from figtrace.run import worker\n"
                      "    print(worker.call_with_time_limit('tests.test_worker:_schemas_built', (), 60, 'probe'))\n")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "True", done.stderr[-2000:]

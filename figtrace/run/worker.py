"""One input's work in a child process, under a time limit that really stops it.

A thread cannot be stopped: a PDF whose object refers to itself keeps pdfminer
busy forever, and a regex or a parser gone quadratic holds its thread until it is
done.  ``call_with_time_limit`` runs a function in a child process (forked from
a ``forkserver`` that has the heavy modules loaded, so a child starts in
milliseconds and never inherits the parent's threads or locks) and kills it
(SIGKILL) when the limit passes.  The child ignores SIGINT: a Ctrl-C in the
terminal reaches the parent, which decides (``stop_all``).

As with every start method but ``fork``, a child imports the parent's ``__main__`` module
again (as ``__mp_main__``): a script that calls this needs ``if __name__ == "__main__":``.

Whatever the child raises becomes one line: a ``FigtraceError`` its own message,
anything else ``internal error (Type at file:line: message)``; a child that dies
(killed, out of memory, segfault) is reported as such.  The caller gets an
``InputError`` naming the input, never a traceback, and the run goes on.
"""
from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import signal
import sysconfig
import threading
import traceback
from pathlib import Path

from figtrace.errors import FigtraceError, InputError

_LIVE: set = set()  # child processes running now
_LOCK = threading.Lock()
_STOPPING = threading.Event()
_PRELOAD: list[str] = []


class Interrupted(InputError):
    """The run is stopping (SIGINT/SIGTERM): this input was not processed."""


def preload(*modules: str) -> None:
    """Modules the forkserver imports once, before the first child (later calls add; a running server keeps its list)."""
    for name in modules:
        if name not in _PRELOAD:
            _PRELOAD.append(name)


def _context():
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(list(_PRELOAD))
    return ctx


def warm_up() -> None:
    """Start the forkserver now (it returns at once; the server loads the preloaded modules meanwhile),
    so that the first input does not wait for it: a run calls this before its own set-up."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def resolve(target: str):
    """``"package.module:function"`` -> the function."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


_LIBRARIES = tuple({sysconfig.get_paths()[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")})


def internal_error_line(exc: BaseException) -> str:
    """One line for an unexpected exception: its type, where it was raised (the innermost frame
    outside the standard library and installed packages) and its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if not f.filename.startswith(_LIBRARIES)]
    where = ours[-1] if ours else (frames[-1] if frames else None)
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    message = " ".join(str(exc).split())[:200]
    return f"internal error ({type(exc).__name__}{at}: {message})" if message else f"internal error ({type(exc).__name__}{at})"


def _child(conn, target: str, args: tuple, progress: bool = False) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    extra = (lambda item: conn.send(("progress", item)),) if progress else ()
    try:
        result = ("ok", resolve(target)(*args, *extra))
    except FigtraceError as exc:
        result = ("error", exc.message, exc.path)
    except BaseException as exc:  # noqa: BLE001 - the parent gets one line for anything
        result = ("error", internal_error_line(exc), None)
    try:
        conn.send(result)
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
        conn.send(("error", internal_error_line(exc), None))
    finally:
        conn.close()


class Stopped(InputError):
    """The child was killed (time limit) or died while working on ``at`` (its last progress item, or None)."""

    def __init__(self, message: str, *, path: str | None = None, at=None) -> None:
        super().__init__(message, path=path)
        self.at = at


def call_with_time_limit(target: str, args: tuple, limit_s: float, label: str):
    """``target(*args)`` run in a child process; its result, or ``InputError`` naming ``label``.

    ``limit_s`` is wall time: past it the child is killed and the error says so (an
    infinite limit waits as long as the child runs).
    """
    return call_with_progress(target, args, limit_s, label, progress=False)


def call_with_progress(target: str, args: tuple, limit_s: float, label: str, progress: bool = True):
    """``target(*args, report)`` in a child process, where ``report(item)`` says the child starts on ``item``.

    ``limit_s`` applies to each item (the clock restarts at every report): a child that
    stays on one item longer is killed, and ``Stopped`` says which item (``at``), so
    that the caller can blame that one and redo the rest.  A child that dies is reported
    the same way.  An error the target raises is an ``InputError`` naming ``label``.
    """
    if _STOPPING.is_set():
        raise Interrupted("not processed: the run was interrupted", path=label)
    if mp.current_process().daemon:  # multiprocessing refuses: e.g. a Dask worker under a nanny (flows/engine.py)
        raise InputError("a daemonic process cannot start the worker process (a Dask worker: start it with --no-nanny)",
                         path=label)
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, target, args, progress), daemon=True, name=f"figtrace-worker {label}")
    with _LOCK:
        proc.start()
        _LIVE.add(proc)
    sender.close()
    at, where = None, label
    try:
        while True:
            if not receiver.poll(None if limit_s == float("inf") else max(0.0, limit_s)):
                raise Stopped(f"took longer than {limit_s:g} s (setting doc_time_limit_s): stopped", path=where, at=at)
            try:
                message = receiver.recv()
            except (EOFError, OSError):
                proc.join(5)
                if _STOPPING.is_set():
                    raise Interrupted("not processed: the run was interrupted", path=label) from None
                raise Stopped(f"the worker process died ({_exit_reason(proc.exitcode)})", path=where, at=at) from None
            if message[0] != "progress":
                break
            at = message[1]
            where = str(at) if isinstance(at, str) else label
    finally:
        _end(proc)
        receiver.close()
    if message[0] == "ok":
        return message[1]
    raise InputError(message[1], path=message[2] or label)


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _end(proc) -> None:
    """Kill (if still running) and reap one child."""
    if proc.is_alive():
        proc.kill()
    proc.join()
    with _LOCK:
        _LIVE.discard(proc)
    proc.close()


def stop_all() -> int:
    """Stop every running child now and refuse new ones (the run is being interrupted); returns how many."""
    _STOPPING.set()
    with _LOCK:
        live = list(_LIVE)
    for proc in live:
        try:
            os.kill(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, TypeError, ValueError):
            pass
    return len(live)


def reset() -> None:
    """Accept new children again (after ``stop_all``: a new run in the same process)."""
    _STOPPING.clear()

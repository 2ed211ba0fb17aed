"""Where a run's documents are processed: threads on this machine, or a Dask cluster (``--dask-address``).

Only ``process-documents`` tasks are submitted to the task runner; fetching, comparing and
the reports run in the flow's own process.  On Dask each task runs on a cluster worker,
which forks one child per document (``figtrace.run.worker``) as a local run does, so the
same code writes the same files.  That asks four things of the cluster, which
``check_cluster`` verifies before the run starts, each refusal one line:

- a scheduler answers at the address, and has workers;
- the workers are not daemonic: a worker under a nanny runs in a daemonic process, which
  cannot start children (``dask worker ADDRESS --no-nanny``, or keep the nanny with
  ``DASK_DISTRIBUTED__WORKER__DAEMON=False``);
- the workers run the same figtrace (the code version is written into every file);
- the workers see the output folder at the same path and may write in it (a shared
  filesystem): a document is staged and published there by the worker that processed it.

A task on a worker also talks to the Prefect API of the run: the temporary server of
``figtrace run`` listens on 127.0.0.1 only, so a cluster with workers on other machines
needs a Prefect server they can reach (``PREFECT_API_URL``).
"""
from __future__ import annotations

import dataclasses
import ipaddress
import os
import secrets
import urllib.parse
from pathlib import Path

from figtrace.errors import FigtraceError
from figtrace.ingest.netpolicy import redact_url

CONNECT_TIMEOUT_S = 5.0  # a scheduler that does not answer in this time is not there
LOCAL, DASK = "local", "dask"
NONE = "none"  # nothing to process: recorded without a Prefect flow run (flows/unchanged.py)
NO_NANNY = "start workers with `dask worker ADDRESS --no-nanny` (or DASK_DISTRIBUTED__WORKER__DAEMON=False)"


class EngineError(FigtraceError):
    """The Dask cluster cannot run figtrace (unreachable, no workers, other code, no shared folder)."""


@dataclasses.dataclass(frozen=True)
class Cluster:
    """What ``check_cluster`` found: the address as shown, the workers and their threads in total."""

    address: str
    workers: int
    threads: int


def shown_address(address: str) -> str:
    """The address as recorded and printed: a user name or password in it is replaced by ``***``.

    >>> shown_address("tcp://10.0.0.5:8786"), shown_address("tls://user:secret@dask.example:8786")
    ('tcp://10.0.0.5:8786', 'tls://***@dask.example:8786')
    >>> shown_address("user:secret@dask.example:8786")  # Dask takes an address without a scheme as tcp://
    '***@dask.example:8786'
    """
    if "://" in address:
        return redact_url(address)
    return redact_url(f"tcp://{address}").removeprefix("tcp://")


def task_runner(workers: int, dask_address: str | None = None):
    """Prefect's thread pool of ``workers`` threads (each waits on one worker process), or, given an
    address, prefect-dask's runner connected to the scheduler there (never a cluster of its own)."""
    if not dask_address:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=workers)
    from prefect_dask import DaskTaskRunner

    # the client's connect timeout: a scheduler gone during a run fails the run, not hangs it
    return DaskTaskRunner(address=dask_address, client_kwargs={"timeout": CONNECT_TIMEOUT_S})


def describe(runner) -> dict[str, str]:
    """The engine of ``runner`` for the runs row: ``{"engine": "local"}`` or the Dask address, redacted.

    >>> describe(None)
    {'engine': 'local'}
    """
    address = getattr(runner, "address", None)
    if type(runner).__name__ == "DaskTaskRunner" and address:
        return {"engine": DASK, "dask_address": shown_address(str(address))}
    return {"engine": LOCAL}


def is_loopback(url: str) -> bool:
    """True when ``url``'s host is this machine only (127.0.0.0/8, ::1, localhost).

    >>> is_loopback("tcp://127.0.0.1:8786"), is_loopback("http://localhost:4200/api"), is_loopback("tcp://10.0.0.5:8786")
    (True, True, False)
    """
    host = urllib.parse.urlsplit(url if "://" in url else f"tcp://{url}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def api_problem(api_url: str | None, workers: list[str]) -> str | None:
    """Why ``workers`` cannot reach the Prefect API at ``api_url`` (None: the temporary server, on
    127.0.0.1 only), or None: a worker on another machine needs an API URL that is not loopback."""
    if (api_url and not is_loopback(api_url)) or all(is_loopback(w) for w in workers):
        return None
    return (f"Dask workers on other machines cannot reach the Prefect API at "
            f"{api_url or 'the temporary server on 127.0.0.1'}: start `prefect server start --host 0.0.0.0` "
            f"and export PREFECT_API_URL=http://THIS-HOST:4200/api")


def _probe(out_dir: str, token: str, reads: list[str]) -> dict:
    """Run on each Dask worker: whether it may fork, its figtrace, whether it sees (and may write) the
    output folder with the probe file in it, and which of the folders ``reads`` it cannot read."""
    import multiprocessing

    from figtrace.run.version import code_version

    probe = Path(out_dir) / f".dask-probe-{token}"
    try:
        sees = probe.read_text(encoding="utf-8") == token and os.access(out_dir, os.W_OK)
    except OSError:
        sees = False
    unseen = [d for d in reads if not os.access(d, os.R_OK | os.X_OK)]
    return {"daemon": bool(multiprocessing.current_process().daemon), "code_version": code_version(), "sees_out": sees,
            "unseen": unseen}


def _reach(address: str, timeout_s: float) -> None:
    """Connect to ``address`` and shake hands as Dask does (tcp, or tls with the Dask config's security
    settings); ``OSError`` when nothing answers within ``timeout_s``, ``EngineError`` when what answers is
    not a Dask scheduler."""
    import asyncio
    import socket

    from distributed.comm import connect, get_address_host_port
    from distributed.security import Security

    try:
        host, port = get_address_host_port(address)
    except (ValueError, NotImplementedError):
        host = port = None
    if host is not None:  # a refused port or an unknown host fails now, where Dask retries until the timeout
        socket.create_connection((host, port), timeout=timeout_s).close()

    async def once() -> None:
        comm = await connect(address, timeout=timeout_s, **Security().get_connection_args("client"))
        await comm.close()

    try:
        asyncio.run(asyncio.wait_for(once(), timeout_s))  # Dask's own timeout stops at connect, not at the handshake
    except (OSError, TimeoutError, ValueError):
        raise
    except Exception:  # noqa: BLE001 - e.g. an HTTP server's reply read as a Dask frame
        raise EngineError(f"what answers at {shown_address(address)} is not a Dask scheduler: fix --dask-address") from None


def _connect(address: str, timeout_s: float):
    """A Dask client of the scheduler at ``address``, or ``EngineError`` in one line."""
    from distributed import Client

    shown = shown_address(address)
    try:
        _reach(address, timeout_s)  # first: a Client that fails to connect prints a traceback when collected
        return Client(address, timeout=timeout_s, set_as_default=False)
    except (OSError, TimeoutError):  # refused, unknown host, no answer in time
        raise EngineError(f"no Dask scheduler answers at {shown} (within {timeout_s:g} s): start one "
                          f"(dask scheduler) or fix --dask-address") from None
    except ValueError:  # not an address distributed can parse (its message quotes the address unredacted)
        raise EngineError(f"not a Dask scheduler address such as tcp://HOST:8786: {shown}") from None


def check_cluster(address: str, out_dir: Path, api_url: str | None, reads=(),
                  timeout_s: float = CONNECT_TIMEOUT_S) -> Cluster:
    """The cluster at ``address`` when it can run figtrace into ``out_dir`` and read the folders ``reads``
    (those of the inputs; see the module docstring); ``EngineError`` saying what to do otherwise.
    ``api_url`` is the Prefect API the run will use (None: the temporary server on 127.0.0.1)."""
    shown = shown_address(address)
    try:
        import prefect_dask  # noqa: F401 - the optional extra, needed by the run itself
    except ImportError:
        raise EngineError("--dask-address needs prefect-dask: pip install 'figtrace[dask]'") from None
    with _connect(address, timeout_s) as client:
        workers = client.scheduler_info(n_workers=-1)["workers"]
        if not workers:
            raise EngineError(f"the Dask scheduler at {shown} has no workers: {NO_NANNY.replace('ADDRESS', shown)}")
        problem = api_problem(api_url, list(workers))
        if problem:
            raise EngineError(problem)
        token = secrets.token_hex(8)
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".dask-probe-{token}"
        probe.write_text(token, encoding="utf-8")
        try:
            found = client.run(_probe, str(out_dir.resolve()), token, sorted({str(Path(d).resolve()) for d in reads}))
        except Exception as exc:  # noqa: BLE001 - e.g. ModuleNotFoundError on a worker without figtrace
            raise EngineError(f"the Dask workers cannot run figtrace ({type(exc).__name__}: {exc}): "
                              f"install this figtrace on every worker") from None
        finally:
            probe.unlink(missing_ok=True)
    return _judge(shown, out_dir, found, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def _judge(shown: str, out_dir: Path, found: dict[str, dict], threads: int) -> Cluster:
    """The cluster, or the first problem the workers' probes show."""
    from figtrace.run.version import code_version

    ours = code_version()
    for worker, probe in sorted(found.items()):
        if probe["daemon"]:
            raise EngineError(f"Dask worker {worker} runs in a daemonic process (under a nanny) and cannot start "
                              f"the document worker processes: {NO_NANNY.replace('ADDRESS', shown)}")
        if probe["code_version"] != ours:
            raise EngineError(f"Dask worker {worker} runs figtrace {probe['code_version']}, this machine {ours}: "
                              f"install the same figtrace on every worker")
        if not probe["sees_out"]:
            raise EngineError(f"Dask worker {worker} cannot write the output folder {out_dir.resolve()}: every worker "
                              f"must see it at the same path (a shared filesystem)")
        if probe["unseen"]:
            raise EngineError(f"Dask worker {worker} cannot read {probe['unseen'][0]}: every worker must see the "
                              f"inputs at the same paths (a shared filesystem)")
    return Cluster(shown, len(found), threads)

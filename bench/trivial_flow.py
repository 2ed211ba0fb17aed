"""A trivial three-task Prefect flow: the floor Prefect itself sets for one `figtrace run`.

    python bench/trivial_flow.py                 # Prefect starts its temporary server, as by default
    python bench/trivial_flow.py --early-server  # figtrace's ways: the server starts first (flows.server),
                                                 # no heartbeats to it, no final garbage collection (flows.cli)
"""
import contextlib
import gc
import sys

from flows.env import configure_prefect_env

configure_prefect_env()


def main(early_server: bool) -> None:
    from flows.server import temporary_server

    with temporary_server() if early_server else contextlib.nullcontext() as server:
        from prefect import flow, task

        @task
        def one(x: int) -> int:
            return x + 1

        @flow(name="trivial-three-tasks")
        def trivial() -> int:
            return one(one(one(0)))

        if server is not None:
            server.wait_ready()
        assert trivial() == 3


if __name__ == "__main__":
    early = "--early-server" in sys.argv[1:]
    main(early)
    if early:
        gc.freeze()

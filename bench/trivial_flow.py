"""A trivial three-task Prefect flow: the floor Prefect itself sets for one `figtrace run`."""
from flows.env import configure_prefect_env

configure_prefect_env()

from prefect import flow, task  # noqa: E402


@task
def one(x: int) -> int:
    return x + 1


@flow(name="trivial-three-tasks")
def trivial() -> int:
    return one(one(one(0)))


if __name__ == "__main__":
    assert trivial() == 3

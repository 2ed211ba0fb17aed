"""Prefect flows, tasks and the CLI: thin shells over the figtrace core."""
from .env import configure_prefect_env

configure_prefect_env()
